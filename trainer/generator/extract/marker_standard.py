"""A finding named as the standard way to diagnose a disease, when no test's name is given.

"The standard method for diagnosing X is by identifying X eggs in a stool sample using a
microscope", "The usual way to diagnose X is finding the parasite in a blood smear": what is
identified is the marker of the disease, a phrase the lexicon need not know ("eggs in a stool
sample"); the instrument after "using" / "under" and a reason after a comma are no part of it.
The fact is that phrase -> "diagnosis of X".

Read only from this copula of a named method: "is diagnosed by examining ..." names an
action, not a finding, and is left alone; so is a negated or hedged method ("may not be the
best way"), and one of another disease than the page's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.marker_objects import canonical_disease
from trainer.generator.extract.patterns import MODAL_HEDGE, NEGATION, clean_phrase
from trainer.generator.facts import ExtractedFact

_STANDARD = re.compile(
    r"\b(?:standard|usual|main|best|most\s+common|preferred|definitive|simplest)\s+"
    r"(?:method|way|means)\s+(?:for|of|to)\s+(?:diagnosing|diagnose|confirming|confirm)\s+"
    r"(?P<x>[^.;:,]{2,60}?)\s+is\s+(?:by\s+|through\s+)?(?:identifying|finding|detecting|seeing)"
    r"\s+(?P<np>[^.;:,]{3,80}?)(?=\s+(?:using|with|under|through|by|on|in\s+order|so|because)\b|"
    r"\s*[.;:,]|\s*$)",
    re.IGNORECASE,
)
_PRESENCE = re.compile(r"^(?:the\s+)?(?:presence\s+of\s+|infection\s+with\s+)?", re.IGNORECASE)


def standard_methods(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """finding -> "diagnosis of X" for a sentence naming the standard way to diagnose X."""
    body = seg.body
    low = body.lower()
    if "diagnos" not in low and "confirm" not in low:
        return []
    out = []
    for m in _STANDARD.finditer(body):
        if NEGATION.search(body[: m.end()]) or MODAL_HEDGE.search(body[: m.start("np")]):
            continue
        disease = canonical_disease(dc, clean_phrase(_PRESENCE.sub("", m.group("x"))))
        named = dc.disease_in(dc.find(disease))
        main = dc.main_disease
        if named is not None and main is not None and not dc.same_disease(named, main):
            continue  # another disease's diagnosis
        finding = clean_phrase(m.group("np"))
        if not finding or len(finding.split()) > 10:
            continue
        fact = dc.fact(seg, Relation.MARKER, finding, f"diagnosis of {disease}", 0.75)
        out.append(replace(fact, origin="marker:standard"))
    return out
