"""A class that is the whole of a list item under a lead-in naming the phase.

"Treatment of recurrent X may include:" + "- interferon" or "- An aromatase inhibitor.": the
item is the class alone, so the class is what the phase gives. So is a class in brackets
after the item's kind of treatment, "- Hormone therapy (an aromatase inhibitor).", "- Targeted
therapy (tyrosine kinase inhibitor).": the bracket says which drugs the kind stands for here.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import Segment
from trainer.generator.lexicon import Mention

# Before the class: nothing or an article; or the kind of treatment and an opening bracket
_BEFORE = re.compile(
    r"\s*(?P<kind>(?:[\w-]+\s+){0,2}(?:therapy|treatment)\s*\(\s*)?(?:an?\s+)?", re.IGNORECASE
)
# After the class: its short name in brackets, "alone", "(drug) therapy": "- Nonsteroidal
# anti-inflammatory drug (NSAID) therapy."
_AFTER = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:alone|(?:drugs?\s+)?(?:therapy|treatment))?\s*[.;]?\s*",
    re.IGNORECASE,
)
_BRACKET_CLOSE = re.compile(r"\s*(?:drugs?|therapy)?\s*\)\s*[.;]?\s*", re.IGNORECASE)


def sole_item(seg: Segment, m: Mention) -> bool:
    """Whether class ``m`` is the whole item of a list, alone or in brackets after the item's
    kind of treatment (see the module)."""
    before = _BEFORE.fullmatch(seg.text, seg.body_start, m.start)
    if before is None:
        return False
    after = _BRACKET_CLOSE if before.group("kind") else _AFTER
    return after.fullmatch(seg.text, m.end) is not None


# The lead-in of a list that lost its line breaks ends with a colon before the first dash
_FLAT_LEAD_END = re.compile(r":\s+[-–•]\s+")
_FLAT_DASH = re.compile(r"\s[-–•]\s+")


def flat_sole_item(text: str, phases: list[Mention], m: Mention) -> bool:
    """Whether class ``m`` is the whole of an item of a list flattened into one sentence,
    "Treatment of recurrent X may include the following: - Surgery. - Targeted therapy
    (tyrosine kinase inhibitor).", whose lead-in, before the colon, names the phase."""
    leads = [c for c in _FLAT_LEAD_END.finditer(text, 0, m.start)]
    if not leads or not any(p.end <= leads[-1].start() for p in phases):
        return False
    starts = [d.end() for d in _FLAT_DASH.finditer(text, leads[-1].start(), m.start)]
    start = starts[-1] if starts else leads[-1].end()
    nxt = _FLAT_DASH.search(text, m.end)
    end = nxt.start() if nxt else len(text)
    before = _BEFORE.fullmatch(text, start, m.start)
    if before is None:
        return False
    after = _BRACKET_CLOSE if before.group("kind") else _AFTER
    return after.fullmatch(text, m.end, end) is not None
