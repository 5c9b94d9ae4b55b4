"""Whose course a sentence tells: "People who have mechanical valves must take blood thinners
for the rest of their lives" is the course of those who had a device fitted or a procedure
done, not the whole treatment of the page's disease.

A sentence whose subject is people defined by what they have or had ("people who have X",
"patients who have had X") speaks of the disease's course only when X names a condition the
lexicon knows ("people who have MVP and troublesome backflow"); otherwise the group is one the
page's treatment made (a valve, an implant, an operation), and no overall course is read.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import Segment

_DEFINED_BY = re.compile(
    r"^\s*(?:(?:many|most|some|all|the)\s+)?(?:people|patients|persons|those|children|adults|"
    r"women|men)\s+(?:who|that)\s+(?:have|has|had|get|got|receive|received)\s+(?:had\s+|been\s+"
    r"given\s+)?(?P<what>[^,;.()]{1,60}?)\s+(?:must|should|need|needs|will|may|might|usually|"
    r"often|generally|have\s+to|take|are|is)\b",
    re.IGNORECASE,
)


# words that name the disease or its signs whatever the lexicon knows ("people who have
# symptoms", "those who have a severe infection")
_DISEASE_WORD = re.compile(
    r"\b(?:symptoms?|signs?|infections?|disease|condition|disorder|illness|cancer|tumou?rs?|"
    r"attacks?|flares?|relapses?)\b",
    re.IGNORECASE,
)


def group_not_by_disease(seg: Segment) -> bool:
    """Whether the sentence's subject is a group defined by something other than a condition
    ("people who have mechanical valves")."""
    m = _DEFINED_BY.match(seg.body)
    if m is None or _DISEASE_WORD.search(m.group("what")):
        return False
    a, b = (seg.body_start + x for x in m.span("what"))
    return not any(
        a <= x.start < b and x.hit("condition") is not None for x in seg.mentions
    )
