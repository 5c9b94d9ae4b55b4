"""Whose risk "The risk increases with age" speaks of, when the sentence names no condition.

A bare "the risk" points back to the risk the sentence before named. After "AF raises the risk
of stroke. The risk increases with age." it is the risk of stroke, not of the page's AF, so
reading "older age" as a factor of the page's condition gives the wrong owner. The factor is
left unread there (the earlier sentence's condition may not be one the page is about).
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import SENTENCE_BREAK

# "the risk" / "this risk" with nothing after it that says of what
_BARE_RISK_BEFORE = re.compile(r"\b(?:the|this|that|such|their|your|his|her)\s+$", re.I)
_RISK_OF = re.compile(r"\brisks?\s+(?:of|for)\s+(?:(?:a|an|the|having|getting)\s+)?", re.I)


def risk_of_another(
    dc: DocContext, seg: Segment, disease: str, body: str, age: re.Match[str]
) -> bool:
    """Whether ``age`` (a "risk increases with age" match in ``body``) speaks of a bare "the
    risk" whose condition, named by the sentence before, is another than ``disease``."""
    if _RISK_OF.search(age.group(0)) or not _BARE_RISK_BEFORE.search(body[: age.start()]):
        return False
    done = SENTENCE_BREAK.split(body[: age.start()].strip())[:-1]
    before = done[-1] if done else None
    if before is None:
        prev = dc.previous(seg.main)
        before = prev.text if prev is not None else ""
    named_risks = list(_RISK_OF.finditer(before))
    if not named_risks:
        return False
    of = named_risks[-1]  # the last risk the sentence names is the one pointed back to
    named = [m for m in dc.find(before[of.end() :]) if m.start == 0]
    hit = named[0].hit("condition") if named else None
    return hit is not None and not dc.same_disease(hit.name, disease) and not (
        dc.same_disease(disease, hit.name)
    )
