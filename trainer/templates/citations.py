"""How a card names where its content comes from: file name, page and line range."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from trainer.domain import Citation, Source


def describe_lines(lines: tuple[int, int]) -> str:
    """``(14, 15)`` -> ``"lines 14–15"``; ``(7, 7)`` -> ``"line 7"``."""
    first, last = lines
    return f"line {first}" if first == last else f"lines {first}–{last}"


def describe_citation(file: str, lines: tuple[int, int], page: int | None = None) -> str:
    """``"003_4dc0.txt, lines 14–15"``, with ``"page 3, "`` before the lines when known."""
    where = f"page {page}, " if page is not None else ""
    return f"{file}, {where}{describe_lines(lines)}"


def explain_sources(citations: Iterable[Citation], sources: Mapping[str, Source]) -> str:
    """``"Source: a.txt, lines 1–2"`` or ``"Sources: a.txt, line 4; b.txt, lines 8–9"``.

    A document is named by its title when the deck gives one, else by its file name; a
    citation whose source id the deck does not list is named by that id.
    """
    parts: list[str] = []
    for citation in citations:
        source = sources.get(citation.doc)
        file = citation.doc
        if source is not None:
            file = source.title or source.file
        text = describe_citation(file, citation.lines, citation.page)
        if text not in parts:
            parts.append(text)
    if not parts:
        return ""
    label = "Source" if len(parts) == 1 else "Sources"
    return f"{label}: " + "; ".join(parts)
