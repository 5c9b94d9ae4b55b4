"""Helpers the extractor's unit tests share (imported as a plain module: pytest puts
tests/unit on sys.path)."""

from __future__ import annotations

from pathlib import Path

from trainer.domain import Relation
from trainer.generator import ExtractedFact, extract_documents
from trainer.generator.extract.context import DocContext
from trainer.generator.ingest import read_document
from trainer.generator.lexicon import Lexicon

TEXTS = Path(__file__).resolve().parents[1] / "data" / "texts"


def extract(path: Path, min_confidence: float = 0.5) -> list[ExtractedFact]:
    return extract_documents([path], min_confidence=min_confidence)


def pairs(facts: list[ExtractedFact], relation: Relation) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in facts if f.relation is relation}


def lowered(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The pairs as a reader compares them (a card keeps the page's casing of a name)."""
    return {(a.lower(), b.lower()) for a, b in pairs}


def write_doc(tmp_path: Path, text: str, *, heading: str = "") -> Path:
    p = tmp_path / "doc.txt"
    p.write_text(heading + text, encoding="utf-8")
    return p


def of_text(tmp_path: Path, text: str, relation: Relation, *,
            heading: str = "") -> set[tuple[str, str]]:
    return pairs(extract(write_doc(tmp_path, text, heading=heading)), relation)


def drafts(tmp_path: Path, text: str, relation: Relation, *,
           heading: str = "") -> set[tuple[str, str]]:
    """Readings kept as drafts for the instructor's review: below the card threshold and
    flagged ``uncertain: <reason>`` (a reading path of measured low precision)."""
    found = extract(write_doc(tmp_path, text, heading=heading), min_confidence=0.0)
    return pairs([f for f in found if f.confidence < 0.5
                  and any(flag.startswith("uncertain: ") for flag in f.flags)], relation)


def draft_pairs(facts: list[ExtractedFact], relation: Relation) -> set[tuple[str, str]]:
    """(subject, object) of the facts kept as drafts flagged ``uncertain: <reason>``."""
    return pairs([f for f in facts if f.confidence < 0.5
                  and any(flag.startswith("uncertain: ") for flag in f.flags)], relation)


def of_page(tmp_path: Path, text: str, relation: Relation, *,
            intro: str = "# Gout\n\nGout is a kind of arthritis.\n\n") -> set[tuple[str, str]]:
    """Cards of ``text`` on a page about one condition (gout unless ``intro`` says otherwise),
    lower-cased: the page's topic owns what the text does not ascribe to another condition."""
    p = tmp_path / "page.md"
    p.write_text(f"{intro}{text}\n", encoding="utf-8")
    return {(f.subject.lower(), f.object.lower()) for f in extract(p) if f.relation is relation}


def team_text_lines() -> list[str]:
    """Every line of the team-written texts (tests/data/texts*), for checks over many
    sentences of our own."""
    out: list[str] = []
    for folder in sorted(TEXTS.parent.glob("texts*")):
        for path in sorted(folder.iterdir()):
            if path.is_file():
                out += path.read_text(encoding="utf-8", errors="replace").splitlines()
    return out


def of_markdown(tmp_path: Path, text: str, relation: Relation) -> set[tuple[str, str]]:
    """Facts of a markdown page (headings and nested lists read as such)."""
    p = tmp_path / "page.md"
    p.write_text(text, encoding="utf-8")
    return pairs(extract(p), relation)


# A one-paragraph patient page, as MedQuAD gives a MedlinePlus health topic: the topic as its
# title, the question about it as a heading, then its whole text
TOPIC_PAGE = "# {t}\n\n## What is (are) {t} ?\n\n{p}\n"


def of_topic_page(
    tmp_path: Path, topic: str, paragraph: str, relation: Relation
) -> set[tuple[str, str]]:
    """The (subject, object) pairs, lowered, of ``relation`` on a one-paragraph page about
    ``topic`` (:data:`TOPIC_PAGE`)."""
    return lowered(of_markdown(tmp_path, TOPIC_PAGE.format(t=topic, p=paragraph), relation))


Triple = tuple[str, str, str]


def triples(tmp_path: Path, text: str, name: str = "notes.md") -> set[Triple]:
    """(relation, subject, object) of every fact found in ``text``, saved as ``name``."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {(f.relation.value, f.subject, f.object) for f in extract_documents([path])}


def of(found: set[Triple], relation: Relation) -> set[tuple[str, str]]:
    """The (subject, object) pairs of one relation among ``found``."""
    return {(s, o) for r, s, o in found if r == relation.value}


def page_topic(tmp_path: Path, lexicon: Lexicon, text: str) -> str | None:
    """The condition a markdown page is about, as the clinical readers see it."""
    p = tmp_path / "page.md"
    p.write_text(text, encoding="utf-8")
    return DocContext(read_document(p), lexicon).main_disease
