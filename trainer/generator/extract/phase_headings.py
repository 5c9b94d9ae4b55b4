"""The phase a section's parent heading names, for a span of treatment told under a sub-heading.

"#### Postoperative therapy" > "##### Trastuzumab" > "1 year of trastuzumab was superior to a
shorter course": the sentence names no phase and neither does its own heading (a drug's
name), but the heading above it does: the span is that phase's, not the treatment as a whole.
Only markdown headings have a known level (read from the file's "#" marks, which the plain
lines no longer hold); a heading of another kind has no parent here. The
climb stops at a heading about harms, and a parent naming more than one phase gives none.
"""

from __future__ import annotations

import re
from pathlib import Path

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.doc_cache import once_per_document
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

_LEVEL = re.compile(r"^\s*(#{1,6})\s")
_MAX_CLIMB = 3  # parent headings looked at, nearest first
_ABOUT_HARMS = re.compile(
    r"\b(?:side[- ]effects?|late\s+effects?|adverse\s+effects?|complications?|toxicit(?:y|ies))\b",
    re.IGNORECASE,
)


def heading_level(dc: DocContext, head: Unit) -> int | None:
    """A markdown heading's level (the number of "#"), or None for a heading of another kind."""
    return _levels(dc).get(head.first)


@once_per_document
def _levels(dc: DocContext) -> dict[int, int]:
    """Line number -> level of each "#" heading of a markdown file (read again only here: the
    plain lines the document keeps have lost the marks). A file that cannot be read has none."""
    path = str(dc.doc.path)
    if not path.lower().endswith((".md", ".markdown")):
        return {}
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return {}
    out: dict[int, int] = {}
    for i, line in enumerate(lines, start=1):
        if line.startswith("#"):
            m = _LEVEL.match(line)
            if m:
                out[i] = len(m.group(1))
    return out


def parent_heading_phase(dc: DocContext, unit: Unit) -> tuple[list[Mention], Unit | None]:
    """The one phase the nearest parent heading naming a phase gives (with that heading), when
    ``unit``'s own heading names none."""
    head = dc.heading(unit)
    level = heading_level(dc, head) if head is not None else None
    climbed = 0
    while head is not None and level is not None and climbed < _MAX_CLIMB:
        if _ABOUT_HARMS.search(head.text):
            break
        k = head.index - 1
        while k >= 0:
            u = dc.units[k]
            lv = heading_level(dc, u) if u.kind == "heading" else None
            if lv is not None and lv < level:
                break
            k -= 1
        if k < 0:
            break
        head, level = dc.units[k], heading_level(dc, dc.units[k])
        climbed += 1
        named = {m.name("phase"): m for m in dc.mentions(head) if m.is_kind("phase")}
        if len(named) > 1 or _ABOUT_HARMS.search(head.text):
            break
        if named:
            return list(named.values()), head
    return [], None
