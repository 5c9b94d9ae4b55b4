"""The tests a list item names: the one it opens with, and the one opening each alternative
after "; or" ("CT of the chest ...; or PET-CT"), never a test named inside its description;
else the tests it gives as examples of the kind it opens with ("imaging tests, such as ...")."""
from __future__ import annotations

import re

from trainer.generator.extract.marker_objects import is_marker
from trainer.generator.lexicon import Mention


def item_heads(body: str, base: int, ms: list[Mention]) -> list[Mention]:
    """The tests a list item names: the one it opens with, and the one opening each
    alternative after "; or" ("CT of the chest ...; or PET-CT"). Tests named inside it
    ("Chemistry panel (electrolytes, creatinine ...)") are parts of the first, not items."""
    out = []
    for start in [0] + [m.end() for m in re.finditer(r";\s*(?:or\s+|and\s+)?", body)]:
        lead = re.match(r"\s*(?:(?:an?|the)\s+)?", body[start:])
        at = base + start + (lead.end() if lead else 0)
        first = next((m for m in ms if m.start == at and is_marker(m)), None)
        if first is None:
            # "metabolic imaging (... PET ...) with PET-CT": the test the alternative names
            stop = base + _end_clause(body, start)
            first = next((m for m in ms if at < m.start < stop and is_marker(m)
                          and not _inside_parens(body, m.start - base)), None)
            if first is None or start == 0:
                continue
        out.append(first)
    return out


def _end_clause(body: str, start: int) -> int:
    m = re.compile(r";|\.(?:\s|$)").search(body, start)
    return m.start() if m else len(body)


def _inside_parens(text: str, pos: int) -> bool:
    return text.count("(", 0, pos) > text.count(")", 0, pos) or text.count(
        "[", 0, pos
    ) > text.count("]", 0, pos)


def example_heads(body: str, base: int, ms: list[Mention]) -> list[Mention]:
    """The tests an item gives as examples of the kind it opens with ("imaging tests, such as
    a mammogram, breast ultrasound, or breast MRI, to see if ..."): each test named between
    "such as" and the end of the example list."""
    such = re.search(r"\bsuch\s+as\s+", body)
    if such is None:
        return []
    end = re.compile(r",?\s+(?:to|that|which|for)\s|[;.:)]").search(body, such.end())
    stop = base + (end.start() if end else len(body))
    return [m for m in ms if base + such.end() <= m.start < stop and is_marker(m)
            and not _inside_parens(body, m.start - base)]
