"""The lead-in of a flattened list that an item's own explanation interrupts.

Pages whose list markup was lost keep each item's dash inline: "Risk factors for X include the
following: - Smoking. This is the most important risk factor. The earlier in life a person
starts, the greater the risk. - Being exposed to secondhand smoke. - Living where there is air
pollution." The sentences after the first item explain it; the dashes after them are further
items of the same list, not a list of their own. A sentence that holds inline items and does
not open a list itself (no colon or "include" before its first dash) continues the nearest list
opened earlier in its paragraph, so its items are read under that list's lead-in.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.text import Unit

# where an inline list opens: the lead-in's colon (or "include") before the first dash
_OPENS = re.compile(r"(?::|\binclud(?:e|es|ing))\s+-\s+\S", re.IGNORECASE)
_FIRST_DASH = re.compile(r"(?:^|\s)-\s+\S")
_BACK = 8  # sentences of one paragraph looked back at for the list's lead-in


def continued_lead(dc: DocContext, unit: Unit, body: str) -> str | None:
    """The lead-in (the words before its first dash) of the flattened list whose items
    ``body`` continues after an item's explanation, or None when ``body`` opens its own list
    or holds no inline item."""
    dash = _FIRST_DASH.search(body)
    if dash is None or _OPENS.search(body[: dash.end()]):
        return None
    before = body[: dash.start()].strip()
    if before.endswith(":") or (not before and unit.kind != "sentence"):
        return None  # (a sentence may open with the next item's dash: "... trimester. - B.")
    k = unit.index - 1
    seen = 0
    while k >= 0 and seen < _BACK and dc.units[k].para == unit.para:
        u = dc.units[k]
        if u.kind != "sentence":
            return None
        opened = _OPENS.search(u.text)
        if opened is not None:
            return u.text[: opened.start()].strip()
        k -= 1
        seen += 1
    return None


def continued_item(dc: DocContext, unit: Unit, body: str) -> tuple[str, list[str]]:
    """(the list's lead-in, [the item]) when ``body`` is an item's explanation followed by the
    one next item of a flattened list opened earlier in its paragraph ("This is the most common
    cause. - Problems with the uterus."); ("", []) otherwise."""
    lead = continued_lead(dc, unit, body)
    dash = _FIRST_DASH.search(body)
    if lead is None or dash is None or _FIRST_DASH.search(body, dash.end()):
        return "", []
    item = re.split(r"(?<=[a-z)])\.(?:\s|$)", body[dash.end() - 1 :], maxsplit=1)[0]
    item = re.sub(r"\s*\([^()]*\)", "", item).strip(" .")
    if re.search(r"\b(?:include|includes|including)\b", item, re.IGNORECASE):
        return "", []  # "- C Signs of X can include A, B": the item ran into the next list
    return (lead, [item]) if item else ("", [])
