"""The public entry point: order, determinism, progress, cancellation, thresholds, provenance."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_ingest import make_pdf  # pytest puts this folder on sys.path (no __init__.py)

from trainer.domain import Relation
from trainer.generator import ExtractedFact, IngestError, extract_documents, load_lexicon
from trainer.generator.extract.places import MAX_PLACES
from trainer.generator.facts import extract_document
from trainer.generator.ingest import Document

TEXTS = Path(__file__).resolve().parents[1] / "data" / "texts"
DOCS = sorted(p for p in TEXTS.iterdir() if p.suffix in (".txt", ".md", ".html"))


def test_order_is_deterministic_and_grouped_by_document() -> None:
    first = extract_documents(DOCS)
    second = extract_documents(list(reversed(DOCS)))
    assert first == extract_documents(DOCS)
    assert sorted(first, key=repr) == sorted(second, key=repr)
    stems = [f.doc for f in first]
    assert stems == sorted(stems, key=[p.stem for p in DOCS].index)
    for doc in {f.doc for f in first}:
        mine = [f for f in first if f.doc == doc]
        order = list(Relation)
        keys = [
            (order.index(f.relation), f.lines, f.subject.lower(), f.object.lower()) for f in mine
        ]
        assert keys == sorted(keys)


def test_one_fact_per_place_and_sane_fields() -> None:
    facts = extract_documents(DOCS)
    places: dict[tuple[object, ...], list[tuple[int, int]]] = {}
    for f in facts:
        key = (f.doc, f.relation, f.subject.lower(), f.object.lower(), f.qualifier)
        # A fact stated again elsewhere in the document is another place, never a repeat.
        assert not any(a <= f.lines[1] and f.lines[0] <= b for a, b in places.get(key, []))
        places.setdefault(key, []).append(f.lines)
        assert len(places[key]) <= MAX_PLACES
        assert 0.5 <= f.confidence <= 1.0
        assert 1 <= f.lines[0] <= f.lines[1]
        assert f.file.startswith(f.doc) and f.evidence
        assert f.subject and f.object and f.subject.lower() != f.object.lower()


def test_threshold_is_the_default_and_can_be_lowered() -> None:
    path = TEXTS / "negations_hedges.txt"
    default = extract_documents([path])
    everything = extract_documents([path], min_confidence=0.0)
    assert set(default) < set(everything)
    assert min(f.confidence for f in everything) < 0.5


def test_progress_and_cancellation() -> None:
    calls: list[tuple[int, int, str]] = []
    extract_documents(
        DOCS[:3], progress=lambda done, total, name: calls.append((done, total, name))
    )
    assert calls == [(0, 3, DOCS[0].name), (1, 3, DOCS[1].name), (2, 3, DOCS[2].name), (3, 3, "")]
    seen: list[str] = []

    def progress(done: int, total: int, name: str) -> None:
        seen.append(name)

    facts = extract_documents(DOCS, progress=progress, cancelled=lambda: len(seen) >= 1)
    assert seen == [DOCS[0].name]
    assert {f.doc for f in facts} <= {DOCS[0].stem}


def test_bad_document_raises_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(make_pdf([[]]))
    with pytest.raises(IngestError, match=r"^scan\.pdf: .*no text layer"):
        extract_documents([TEXTS / "targeted_drugs.txt", bad])


def test_pdf_facts_carry_pages(tmp_path: Path) -> None:
    p = tmp_path / "leaflet.pdf"
    p.write_bytes(
        make_pdf(
            [["Imatinib is a tyrosine kinase", "inhibitor."], ["Maintenance lasts", "2 years."]]
        )
    )
    facts = {f.relation: f for f in extract_documents([p])}
    assert facts[Relation.DRUG_CLASS].page == 1 and facts[Relation.DRUG_CLASS].lines == (1, 2)
    assert facts[Relation.PHASE_DURATION].page == 2 and facts[Relation.PHASE_DURATION].lines == (
        3,
        4,
    )


def test_record_has_the_public_keys_only() -> None:
    fact = ExtractedFact(
        doc="d", file="d.txt", relation=Relation.NUMERIC, subject="overall cure rate",
        object="30-40%", lines=(3, 4), confidence=0.81234, qualifier="adults",
        flags=("hedged",), evidence="secret sentence",
    )  # fmt: skip
    assert fact.to_record() == {
        "doc": "d", "relation": "numeric", "subject": "overall cure rate", "object": "30-40%",
        "lines": [3, 4], "confidence": 0.81, "qualifier": "adults", "flags": ["hedged"],
    }  # fmt: skip


def test_a_one_megabyte_document_is_read_to_its_end() -> None:
    body = "\n".join((TEXTS / name).read_text(encoding="utf-8") for name in (
        "treatment_phases.txt", "targeted_drugs.txt", "british_spelling.txt",
        "adult_all_overview.txt", "negations_hedges.txt",
    ))  # fmt: skip
    lines = (body * (1_000_000 // len(body) + 1))[:1_000_000].splitlines()
    lex = load_lexicon()
    big = extract_document(Document(Path("big.txt"), "big", "big.txt", lines), lexicon=lex)
    once = extract_document(
        Document(Path("one.txt"), "one", "one.txt", body.splitlines()), lexicon=lex
    )
    # how long it takes is measured by bench/bench_generate.py; here: the same facts, none lost
    assert once
    assert {(f.relation, f.subject, f.object) for f in big} >= {
        (f.relation, f.subject, f.object) for f in once
    }


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.sampled_from([
                "Imatinib is a TKI.", "- vincristine", "Induction lasts 4 weeks.", "Risk factors:",
                "| Drug | Class |", "| Imatinib | TKI |", "It binds CD19;", "not", "(CAR)", "",
                "Maintenance", "About 90% of children are cured.", "anaemia causes fatigue",
            ]),
            st.text(max_size=40),
        ),
        max_size=30,
    )
)  # fmt: skip
def test_extraction_never_crashes(lines: list[str]) -> None:
    lines = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    doc = Document(Path("x.txt"), "x", "x.txt", lines)
    for f in extract_document(doc, lexicon=load_lexicon(), min_confidence=0.0):
        assert 1 <= f.lines[0] <= f.lines[1] <= len(lines)
