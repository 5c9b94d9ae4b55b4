"""Risk factors listed as the examples of a listed category: under "The risk is higher in
people who have:", an item "a family cancer syndrome, such as:" opens a list of its own, whose
items ("Lynch syndrome", "Li-Fraumeni syndrome") are factors of the outer lead-in's condition,
as the category itself is.

The item's own lead-in is the category item, which names no risk; the reading that gives the
examples their factors is the outer lead-in's, so the item is read as an item under both. A
category item that does not end with its examples' cue ("such as:", "including:"), or whose own
lead-in states no risk, leaves the item as it is.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Part, Segment, hedge_factor
from trainer.generator.extract.risk_cues import RISK_LEAD
from trainer.generator.lexicon import Mention

# A category item that ends with the cue of the examples listed under it
_EXAMPLES_CUE = re.compile(
    r",?\s*(?:such\s+as|including|like|for\s+example|for\s+instance|e\.g\.)\s*:\s*$",
    re.IGNORECASE,
)


def under_category(dc: DocContext, seg: Segment) -> Segment:
    """``seg`` read as an item under its category item and that item's risk lead-in, when its
    lead-in is such a category item; else ``seg`` itself."""
    cat = seg.lead
    if (
        cat is None
        or len(seg.parts) != 2
        or cat.kind != "item"
        or cat.lead is None
        or not seg.main.item_start
        or not _EXAMPLES_CUE.search(cat.text)
    ):
        return seg
    outer = dc.units[cat.lead]
    if not RISK_LEAD.search(outer.text):
        return seg
    text, parts, mentions = "", [], []
    for u in (outer, cat, seg.main):
        offset = len(text) + (1 if text else 0)
        text = f"{text} {u.text}" if text else u.text
        parts.append(Part(offset, u))
        mentions += [_shifted(m, offset) for m in dc.mentions(u)]
    hedge = min(hedge_factor(outer.text), seg.hedge)
    return Segment(text, mentions, parts, seg.main, parts[-1].offset, hedge, dc)


def _shifted(m: Mention, by: int) -> Mention:
    return Mention(m.start + by, m.end + by, m.surface, m.hits)
