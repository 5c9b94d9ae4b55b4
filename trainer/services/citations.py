"""Showing where a card comes from: the citation, and the passage when the file is here."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from trainer.config import default_documents_dir, find_document
from trainer.domain import CardView

_CONTEXT = 1


def describe(card: CardView) -> str:
    src = card.content.source
    if src is None:
        return "This card does not cite a source."
    name = card.source_file or src.doc
    a, b = src.lines
    lines = f"line {a}" if a == b else f"lines {a}\u2013{b}"
    page = f", page {src.page}" if src.page else ""
    return f"{name}, {lines}{page}"


def passage(card: CardView, *, documents_dir: Path | Sequence[Path] | None
            ) -> tuple[str, str | None]:
    """(citation, passage or None). The passage is read fresh from the user's own copy,
    found in the first of the ``documents_dir`` folders that holds it."""
    citation = describe(card)
    src = card.content.source
    folders = documents_dir or default_documents_dir()
    if src is None or card.source_file is None or not folders:
        return citation, None
    found = find_document(card.source_file, folders)
    if found is None:
        return citation, None
    from trainer.generator.ingest import IngestError, read_document  # heavy: only when asked

    try:
        # Line numbers refer to the text the generator read (HTML main text, PDF text layer).
        lines = read_document(found).lines
    except IngestError:
        return citation, None
    a, b = src.lines
    if a < 1 or a > len(lines):
        return citation, None
    start, end = max(1, a - _CONTEXT), min(len(lines), b + _CONTEXT)
    shown = []
    for number in range(start, end + 1):
        marker = "\u25b6 " if a <= number <= b else "  "
        shown.append(f"{marker}{number:>4}  {lines[number - 1].rstrip()}")
    return citation, "\n".join(shown)
