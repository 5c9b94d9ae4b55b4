"""Page layout that is not text: page furniture, side columns and citation markers.

Text copied from a PDF carries page numbers and running headers or footers between the lines
of a sentence, side boxes flattened into the lines beside the main column, and citation
markers ("[3]") inside sentences. These functions find them so that :mod:`.text` can read
around them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s+\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?|\d{1,4}\s*(?:/|of)\s*\d{1,4})\s*$", re.I
)


def page_furniture(lines: Sequence[str]) -> frozenset[int]:
    """Line numbers of page numbers and the running headers or footers beside them (text
    copied from a PDF).

    A page number ("Page 3 of 8", "3/8") says nothing, nor does a line that comes back word
    for word next to page numbers (the journal's name in every footer). They are skipped as if
    they were not there, so a sentence broken by a page end reads as one.
    """
    pages = {no for no, line in enumerate(lines, start=1) if _PAGE_NUMBER.match(line)}
    if not pages:
        return frozenset()
    near = {p + k for p in pages for k in (-2, -1, 1, 2)} - pages
    beside: dict[str, list[int]] = {}
    for no in sorted(n for n in near if 1 <= n <= len(lines)):
        key = lines[no - 1].strip()
        if key:
            beside.setdefault(key, []).append(no)
    out = set(pages)
    for numbers in beside.values():
        if len(numbers) >= 2:
            out.update(numbers)
    return frozenset(out)


# A gap of four spaces or more between two runs of text: a second column may start after it.
_WIDE_GAP = re.compile(r"(?<=\S) {4,}(?=\S)")


def side_columns(lines: Sequence[str]) -> dict[int, int]:
    """Where a second column starts, by line number, in text laid out in two columns (a PDF's
    side box flattened into the lines beside the main text).

    Three or more lines in a row must each have text both sides of a run of two or more
    spaces at the same column (give or take three), and at least two of them a wide gap; a
    single wide gap ("Journal 2024        REVIEW") or a table with several gaps per line is
    not a column layout.
    """
    anchors: dict[int, int] = {}
    for no, line in enumerate(lines, start=1):
        gaps = list(_WIDE_GAP.finditer(line.rstrip()))
        if len(gaps) == 1 and _words(line[: gaps[0].start()]) >= 2 and (
            _words(line[gaps[0].end() :]) >= 2
        ):
            anchors[no] = gaps[0].end()
    out: dict[int, int] = {}
    for no, col in anchors.items():
        if no in out:
            continue
        run = _column_run(lines, no, col)
        if len(run) >= 3 and sum(n in anchors for n in run) >= 2:
            out.update(run)
    return out


def _column_run(lines: Sequence[str], first: int, col: int) -> dict[int, int]:
    """The lines from ``first`` on whose text splits near ``col`` (line number -> split)."""
    run: dict[int, int] = {}
    no = first
    while no <= len(lines):
        line = lines[no - 1].rstrip()
        split = next((c for c in range(col - 3, col + 4)
                      if 2 < c < len(line) and line[c - 2 : c] == "  " and line[c] != " "
                      and line[: c - 2].strip()), None)
        if split is None:
            break
        run[no] = split
        no += 1
    return run


def _words(text: str) -> int:
    return len(text.split())


_REFERENCE = re.compile(r"\[\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*\]")


def blank_references(line: str) -> str:
    """``line`` with citation markers ("[3]", "[6,7]", "[10-12]") blanked out, same length.

    They are not part of what a sentence states ("IKZF1 deletion [6,7]"), and blanking keeps
    every character where it was, so positions still map to source lines.
    """
    if "[" not in line:
        return line
    return _REFERENCE.sub(lambda m: " " * len(m.group()), line)
