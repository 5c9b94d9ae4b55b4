"""A list of risk factors whose lead-in points back to the sentence that states the risk:
"Some people are at higher risk. They include - A - B", "Several conditions raise the risk of
X. These include: A, B".

The pointing lead-in ("They include", "These are") names no risk itself; the sentence just
before it in the same paragraph does, so the items are read as under a risk lead-in. A sentence
before that lowers the risk ("things you can do to lower your risk. They include ..."), denies
it, or names no risk at all ("there are other types of X. These include ...") leaves the list
unread.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.risk_cues import RISK_LEAD

_POINTING = re.compile(
    r"^\s*(?:they|these|those|such\s+(?:people|factors|conditions))\s+(?:include|includes|are)"
    r"\s*(?:the\s+following\s*)?:?\s*$",
    re.IGNORECASE,
)
# what lowers the risk or prevents the condition: its list is of protective things
_LOWERS = re.compile(
    r"\b(?:lower|reduce|decrease|cut|prevent|protect|avoid)\w*\b", re.IGNORECASE
)


def opens_pointing(text: str) -> bool:
    """Whether a segment opens with a pointing lead-in ("They include - A"), which names no
    risk word of its own and so is worth reading only for this."""
    return _POINTING_START.match(text) is not None


_POINTING_START = re.compile(r"\s*(?:they|these|those|such)\s+(?:include|includes|are)\b", re.I)


def risk_pointed_to(dc: DocContext, seg: Segment, lead_in: str) -> bool:
    """Whether ``lead_in`` (an inline list's lead-in in ``seg``) points back to a sentence
    just before it, in its paragraph, that states a raised risk."""
    if not _POINTING.match(lead_in) or seg.lead is not None:
        return False
    i = seg.main.index
    if i == 0:
        return False
    before = dc.units[i - 1]
    if before.para != seg.main.para or before.kind != "sentence":
        return False
    text = before.text
    return (
        RISK_LEAD.search(text) is not None
        and not _LOWERS.search(text)
        and not NEGATION.search(text)
    )
