"""Lists flattened into a paragraph: "Treatment may include the following: - Surgery. - A
clinical trial of X." (pages whose list markup was lost keep each item's dash inline).

Each item is a statement of its own, read together with the lead-in before the first dash and
apart from the other items; a sentence split off the paragraph ("Sometimes A and B are given
together. - Targeted therapy with X.") still belongs to the lead-in that opened the list.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.text import Unit

# the start of an item: a dash after the lead-in's colon or after the previous item's end
_ITEM_START = re.compile(r"(?:[.;:]|^)\s+[-–•]\s+(?=[A-Z])")
# a sentence that holds items: a dash after a sentence end or a colon
HOLDS_ITEMS = re.compile(r"[.;:]\s+[-–•]\s+[A-Z]")
# the lead-in: the text up to the colon before the first dash, over a label's own colon
# ("Node-negative: for these men, treatment may include: - A"), never past an item's end
_LEAD = re.compile(r"^(?:(?![.;]\s+[-–•]\s)[^\n]){1,400}?:(?=\s+[-–•]\s+[A-Z])")
_BACK = 8  # sentences of one paragraph a split-off part may look back for its lead-in


def inline_item(text: str, at: int) -> str:
    """The lead-in and the flattened item of ``text`` that holds offset ``at``, the other
    items blanked out with offsets kept (the whole text when it holds no such list). Text
    before the first dash counts as the lead-in only when it ends in a colon; otherwise it is
    the tail of an item a sentence break split off ("... may need more treatment. - B")."""
    found = list(_ITEM_START.finditer(text))
    cuts = [m.end() for m in found]
    if not cuts:
        return text
    start = max((c for c in cuts if c <= at), default=0)
    end = min((c for c in cuts if c > at), default=len(text))
    if start == 0:
        return text[:end] + " " * (len(text) - end)
    lead_end = cuts[0] if _LEAD.match(text) else 0
    view = text[:lead_end] + " " * (start - lead_end) + text[start:end] + " " * (len(text) - end)
    nested = _nested_lead(text, found, start)
    if nested is not None and nested[0] >= lead_end:
        a, b = nested
        view = view[:a] + text[a:b] + view[b:]
    return view


# an item that is itself a lead-in: "- Node-positive: for these men, treatment may include"
_LEADS_ITEMS = re.compile(r"\b(?:include|includes|including|following|are|is)\s*$", re.I)
# a labelled item of the outer list: "- Stage II: ..."
_LABEL = re.compile(r"[^.;:]{1,60}:\s")  # used with .match at an item start


def _nested_lead(text: str, found: list[re.Match[str]], start: int) -> tuple[int, int] | None:
    """The span of the item that opened the sub-list holding the item at ``start``: the last
    item before it that ends in a lead-in's colon ("... may include the following:"), when no
    labelled item of the outer list ("- Stage III: ...") comes between. None without one."""
    k = next((n for n, m in enumerate(found) if m.end() == start), None)
    if k is None:
        return None
    for n in range(k, 0, -1):
        sep = found[n].group(0).lstrip()[:1]
        opener_start = found[n - 1].end()
        if sep == ":":
            colon = found[n].start()
            if _LEADS_ITEMS.search(text, opener_start, colon):
                return opener_start, colon + 1
            return None
        if _LABEL.match(text, found[n].end()):
            return None  # a labelled item of the outer list ends the sub-list
    return None


# "- A clinical trial of nivolumab.", "- Clinical trials testing new drugs": an item that is
# a trial, whose drugs are what the trial tests
_TRIAL_ITEM = re.compile(
    r"^\s*(?:\W\s*)?(?:an?\s+|the\s+)?(?:clinical\s+)?(?:trials?|stud(?:y|ies))\s+(?:of|testing|"
    r"using|with|comparing|that)\b",
    re.IGNORECASE,
)


def in_trial_item(text: str, at: int, body_start: int = 0) -> bool:
    """Whether offset ``at`` of ``text`` lies in a list item that is a trial: a flattened item,
    or the item whose text starts at ``body_start`` (after its lead-in)."""
    start = max((m.end() for m in _ITEM_START.finditer(text, 0, at)), default=body_start)
    nxt = _ITEM_START.search(text, at)
    return bool(_TRIAL_ITEM.match(text[max(start, body_start) : nxt.start() if nxt else None]))


def lead_end(text: str) -> int:
    """Where the lead-in of a list flattened into ``text`` ends (the whole text without one)."""
    m = _LEAD.match(text)
    return len(text) if m is None else m.end()


def opening_lead(dc: DocContext, unit: Unit) -> Unit | None:
    """The sentence of the same paragraph whose lead-in opened the flattened list that
    ``unit``'s items continue; None when ``unit`` holds no items, opens the list itself, or no
    such lead-in stands close before it."""
    if unit.kind != "sentence" or not HOLDS_ITEMS.search(unit.text) or _LEAD.match(unit.text):
        return None
    u: Unit | None = unit
    for _ in range(_BACK):
        u = dc.previous(u) if u is not None else None
        if u is None or u.kind != "sentence":
            return None
        if _LEAD.match(u.text):
            return u
    return None
