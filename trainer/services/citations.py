"""Showing where a card comes from: the citation, and the passage when the file is here.

A fact may cite several passages. The one shown is the passage that supports the card's
answer: the cited lines holding most of the answer's words, not simply the first citation.
Documents are named by their title when the deck gives one, else by their file name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from trainer.config import default_documents_dir, find_document
from trainer.domain import CardView, Citation
from trainer.templates.citations import describe_lines
from trainer.templates.wording import content_words

_CONTEXT = 1


@dataclass(frozen=True, slots=True)
class CitedPassage:
    """One citation of a card's fact, with the document's file name and title when known."""

    citation: Citation
    file: str | None = None
    title: str | None = None

    def describe(self) -> str:
        """``"Targeted therapies in ALL (003_x.txt), lines 14–15"``, or by file alone."""
        name = self.file or self.citation.doc
        if self.title:
            name = f"{self.title} ({name})" if self.file else self.title
        page = f", page {self.citation.page}" if self.citation.page else ""
        return f"{name}{page}, {describe_lines(self.citation.lines)}"


def describe(card: CardView) -> str:
    src = card.content.source
    if src is None:
        return "This card does not cite a source."
    return CitedPassage(src, card.source_file).describe()


def passage(card: CardView, *, documents_dir: Path | Sequence[Path] | None,
            cited: Sequence[CitedPassage] = ()) -> tuple[str, str | None]:
    """(citation, passage or None). The passage is read fresh from the user's own copy,
    found in the first of the ``documents_dir`` folders that holds it.

    ``cited`` lists every citation of the card's fact; the one whose lines hold most of the
    answer's words is shown (the card's own citation when none is readable).
    """
    src = card.content.source
    if src is None and not cited:
        return describe(card), None
    options = list(cited) or [CitedPassage(src, card.source_file)]  # type: ignore[arg-type]
    folders = documents_dir or default_documents_dir()
    if not folders:
        return options[0].describe(), None
    wanted = content_words(card.content.answer)
    best: tuple[int, CitedPassage, str] | None = None
    for option in options:
        read = _read(folders, option)
        if read is None:
            continue
        shown, cited_text = read
        score = len(wanted & content_words(cited_text))
        if best is None or score > best[0]:
            best = (score, option, shown)
    if best is None:
        return options[0].describe(), None
    return best[1].describe(), best[2]


def document_lines(name: str, folders: Path | Sequence[Path] | None) -> list[str] | None:
    """The lines of a cited document as the generator read them (HTML main text, PDF text
    layer), from the first folder that holds it; None when it is not here or unreadable."""
    found = find_document(name, folders)
    if found is None:
        return None
    from trainer.generator.ingest import IngestError, read_document  # heavy: only when asked

    try:
        return read_document(found).lines
    except IngestError:
        return None


def _read(folders: Path | Sequence[Path], cited: CitedPassage) -> tuple[str, str] | None:
    """(the cited lines with a line of context each side, the cited ones marked; the cited
    lines alone)."""
    lines = document_lines(cited.file, folders) if cited.file is not None else None
    if lines is None:
        return None
    a, b = cited.citation.lines
    if a < 1 or a > len(lines):
        return None
    start, end = max(1, a - _CONTEXT), min(len(lines), b + _CONTEXT)
    shown = []
    for number in range(start, end + 1):
        marker = "\u25b6 " if a <= number <= b else "  "
        shown.append(f"{marker}{number:>4}  {lines[number - 1].rstrip()}")
    return "\n".join(shown), "\n".join(lines[a - 1:b])


def card_passage(engine: Engine, card: CardView,
                 documents_dir: Sequence[Path]) -> tuple[str, str | None]:
    """The citation that supports a card's answer, and the passage when the file is in one
    of ``documents_dir``: every place its fact is cited from, else the card's own source."""
    from trainer.storage.sources import deck_documents, fact_citations

    with engine.connect() as conn:
        documents_of_deck = deck_documents(conn, card.deck_id)
        cited = [CitedPassage(c, *documents_of_deck.get(c.doc, (None, None)))
                 for c in fact_citations(conn, card.deck_id, card.content.sibling)]
    if not cited and card.content.source is not None:
        file, title = documents_of_deck.get(card.content.source.doc, (card.source_file, None))
        cited = [CitedPassage(card.content.source, file, title)]
    return passage(card, documents_dir=documents_dir, cited=cited)
