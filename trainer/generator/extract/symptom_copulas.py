"""Symptoms named as the subject of a copula: "Night sweats and weight loss are common symptoms
of the disease", "Proteinuria is the most common sign of FSGS", "A burning pain between the
navel and the chest is the most common symptom of a peptic ulcer".

The condition after "of" is read by the structure (:func:`.symptom_owners.condition_named`:
a lexicon name, the topic as "the disease", or a free name that reads as one); the subject
is one symptom or a list of them, each of which must read as a symptom. A negated sentence
("is not a sign of"), a hedge ("may be a sign of"), a category ("signs of other conditions") and
a subject that points back ("These lumps are signs of ...") give nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.symptom_members import inline_members, item_symptoms
from trainer.generator.extract.symptom_owners import condition_named
from trainer.generator.extract.symptom_shapes import symptom_shaped
from trainer.generator.text import Unit

_SIGNS_OF = re.compile(
    # ("Missed periods are usually the first sign of POF")
    r"^(?P<s>[^.;:]{3,90}?)\s+(?:is|are)\s+(?:(?:also|usually|typically|often|generally|"
    r"commonly)\s+)*(?:(?:an?|the|one of the)\s+)?"
    r"(?:(?:most|more|very)\s+)?(?:(?:common|typical|main|usual|frequent|classic|early|first|key|"
    r"major|hallmark|warning|earliest|only)\s+)*"
    r"(?:signs?\s+and\s+symptoms?|symptoms?\s+and\s+signs?|symptoms?|signs?)\s+of\s+"
    r"(?:an?\s+|the\s+)?(?P<x>[^,.;:()]{2,60}?)\s*(?=[,.;:(]|$)",
    re.IGNORECASE,
)
# A subject that points back or hedges: "These lumps", "It", "Such pain"
_POINTS_BACK = re.compile(
    r"^(?:this|these|those|that|it|they|such|some|many|other|what|which|who|how|why|when|where)\b",
    re.I,
)
_HEDGE = re.compile(r"\b(?:may|might|could|can)\s+(?:also\s+)?be\b|\bnot\b|\bnever\b", re.I)
# A subject holding a clause: "Options depend on whether there are signs of X"
_CLAUSE = re.compile(
    r"\b(?:whether|if|when|there|depends?|depending|because|while|unless|until|whose|"
    r"can|may|might|will|would|should|must|do|does|did)\b",
    re.IGNORECASE,
)
# "(Often) the first sign of melanoma is a change in a mole": the sign named last
_FIRST_SIGN_IS = re.compile(
    r"^(?:often|usually|typically)?,?\s*the\s+(?:(?:first|earliest|most\s+common|main|usual)\s+)"
    r"(?:signs?|symptoms?)\s+of\s+(?:an?\s+|the\s+)?(?P<x>[^,.;:()]{2,60}?)\s+(?:is|are)\s+"
    r"(?:(?:usually|often|typically)\s+)?(?P<s>[^;:]{3,90}?)\.?$",
    re.IGNORECASE,
)
# A connective before the subject ("However, ..."); a scope ("In children, ...") is kept, and
# then no subject matches
_OPENING = re.compile(r"^(?:however|also|often|usually),\s*", re.I)


def copula_pairs(
    dc: DocContext, sentence: str, unit: Unit | None = None
) -> list[tuple[str, list[str], float]]:
    """(cause, symptoms, confidence) stated as "S is a symptom of X" in ``sentence`` (the
    condition a general noun names is asked about the paragraph of ``unit``)."""
    low = sentence.lower()
    if ("sign" not in low and "symptom" not in low) or "?" in sentence:
        return []  # a cheap test first: most sentences name neither; a question states nothing
    said = _OPENING.sub("", sentence.strip())
    first = None if (m := _SIGNS_OF.match(said)) else _FIRST_SIGN_IS.match(said)
    m = m or first
    if m is None or _HEDGE.search(m.group(0)) or NEGATION.search(m.group(0)):
        return []
    subject = m.group("s").strip()
    if _POINTS_BACK.match(subject) or _CLAUSE.search(subject):
        return []
    cause = condition_named(dc, m.group("x"), unit)
    if cause is None:
        return []
    # ("The first sign of X is a change in the size, shape, or feel of a mole": one sign)
    one = first is not None and re.search(r"\sis\s", first.group(0)) is not None
    if first is not None and not re.search(r",|\s(?:and|or)\s", subject) and not (
        symptom_shaped(dc.lexicon, subject)
    ):
        return []  # "The first symptoms of TS are almost always noticed in childhood": when
    listed = (
        inline_members(dc, subject) if re.search(r",|\s(?:and|or)\s", subject) and not one
        else []
    )
    syms = listed or item_symptoms(dc, subject)
    return [(cause, syms, 0.75)] if syms else []
