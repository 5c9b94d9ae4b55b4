"""Whose outlook a sentence about a group of patients states, read by :mod:`.prognosis_outcomes`
and :mod:`.prognosis`.

"People with A have a poorer outlook than others" sets the group beside another: A is a factor
of the page's condition. "Children with asthma usually have a good outlook" sets it beside no
one: when A is an illness of its own and the sentence names no other disease whose patients
they are, the outlook is A's own, and the page's condition gets no card from it. A finding or
complication ("patients who develop kidney failure have a poor prognosis") stays a factor;
so does a group of the page's own patients ("people with gout who have A").
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.factors import is_disease
from trainer.generator.extract.patterns import clean_phrase

_ILLNESS_HEAD = re.compile(
    # (not a syndrome: "Lofgren's syndrome" is a form of the page's disease with its own course)
    r"\b(?:infections?|diseases?|flu|cold|fever|cancer|virus|\w+itis)$", re.I
)


def an_illness(dc: DocContext, words: str) -> bool:
    """Whether a group's words name an illness of its own ("the flu", "a shingles infection",
    "viral hepatitis"), whose course is no factor of the page's disease."""
    t = re.sub(r"^(?:the|an?)\s+", "", clean_phrase(words))
    if _ILLNESS_HEAD.search(t) or is_disease(dc, t):
        return True
    found = dc.find(t)
    return len(found) == 1 and found[0].end - found[0].start == len(t) and any(
        h.kind == "condition" and h.type in ("infection", "disease", "subtype")
        for h in found[0].hits
    )


def sentence_subject(
    dc: DocContext, seg: Segment, at: int, span: tuple[int, int], text: str
) -> str | None:
    """The disease the sentence names outside its factor and before any comparison."""
    than = re.search(r"\bthan\b", text)
    end = at + (than.start() if than else len(text))
    own = [m for m in seg.mentions
           if at <= m.start < end and not at + span[0] <= m.start < at + span[1]]
    return dc.disease_and_subtype(own)[0]


# An outcome word that states a level, not a comparison with another group
_LEVEL = re.compile(r"good|excellent|favou?rable|unfavou?rable|poor|well|poorly|badly", re.I)
# The group's own condition, as a relative clause names it: "people who have A"
_HAS = re.compile(r"\bwith\s*$|\bwho\s+(?:also\s+)?(?:have|has|had)\s*$", re.IGNORECASE)


def uncompared(outcome: str, after: str) -> bool:
    """Whether the ``outcome`` words state a level ("a good outlook", "do poorly") and the
    words ``after`` them set the group beside no other ("than ...")."""
    if not any(_LEVEL.fullmatch(w) for w in re.findall(r"[a-z]+", outcome.lower())):
        return False
    return re.search(r"\bthan\b", after, re.IGNORECASE) is None


def own_outlook(
    dc: DocContext, seg: Segment, at: int, text: str, span: tuple[int, int], words: str
) -> bool:
    """Whether an uncompared group's outlook is that of the group's own condition: the group is
    "people with A" for an illness A, and the sentence (at offset ``at`` of the segment) names
    no other disease whose patients they are ("Children with asthma usually have a good
    outlook" on a page about another disease states asthma's outlook, no factor of the
    page's)."""
    if not _HAS.search(text[: span[0]]) or not an_illness(dc, words):
        return False
    return sentence_subject(dc, seg, at, span, text) is None
