"""Prognostic factors stated across two sentences, read by :mod:`.prognosis`.

One sentence states an outcome for a group or says that factors bear on the outlook, and the
next names the factors, pointed to by "This includes / These include / They include":

* "Certain people are at higher risk for poor outcomes. This includes people who have A, B or
  C." -> A, B and C, each with the poorer prognosis of the sentence before;
* "Some patients have a better outlook. These include those with A." -> A (better prognosis);
* "Several factors affect the outlook. These include A and B." -> A and B, with no direction.

The pointer sentence is read with the sentence right before it in the same paragraph only
(a pointer opening a paragraph points to nothing this reader can see). A negated or hedged
outcome ("are not at higher risk"), a pointer to an outcome said of another population, and a
member that names a drug or the disease itself give nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.factors import list_members
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.prognosis_compare import compared
from trainer.generator.extract.prognosis_outcomes import factor_of, group_members

# The pointer: "This includes", "These include", "They may include", "Such people include",
# "Examples include"; what follows is the list.
_POINTER = re.compile(
    r"^\s*(?:this|these|they|those|such|examples)(?:\s+(?:people|patients|persons|groups?|"
    r"factors|features|characteristics|conditions))?\s+(?:may\s+|can\s+|often\s+)?(?:also\s+)?"
    r"includes?\b\s*:?\s*(?P<rest>.+)$"
    # "This is especially true for people who have ...": the group the outcome holds for most
    r"|^\s*this\s+is\s+(?:especially|particularly|most)\s+true\s+(?:for|of|in)\s+(?P<rest2>.+)$",
    re.IGNORECASE,
)
_GROUP = r"(?:people|patients|persons|individuals|children|adults|groups?)"
_POOR = (
    r"(?:poor(?:er)?|worse|bad|unfavou?rable)\s+(?:outcomes?|outlook|prognosis|results?)"
    r"|severe\s+(?:disease|illness|forms?\s+of\s+the\s+disease)|death|dying|a\s+fatal\s+outcome"
)
# The sentence before, an outcome said of a group whose members it does not name:
# "Certain people are at higher risk for poor outcomes", "Some patients have a poorer outlook"
_GROUP_AT_RISK = re.compile(
    rf"^\s*(?:certain|some|many|several|other)\s+{_GROUP}\s+(?:are|may\s+be|can\s+be)\s+(?:at\s+)?"
    r"(?:an?\s+)?(?:higher|increased|greater|high|elevated)\s+risk\s+(?:for|of)\s+(?:an?\s+)?"
    rf"(?:{_POOR})\b",
    re.IGNORECASE,
)
_GROUP_OUTLOOK = re.compile(
    rf"^\s*(?:certain|some|many|several|other)\s+{_GROUP}\s+(?:may\s+|can\s+|tend\s+to\s+)?"
    r"(?:have|has|show)\s+(?:an?\s+|the\s+)?(?:(?P<good>better|good|best|excellent|favou?rable)|"
    r"(?:poorer|poor|worse|worst|unfavou?rable))\s+(?:outcomes?|outlook|prognosis|results?)\b",
    re.IGNORECASE,
)
# "Several factors affect the outlook", "Certain factors can influence the prognosis"
_FACTORS_BEAR = re.compile(
    r"^\s*(?:certain|some|many|several|other|a\s+number\s+of)\s+(?:factors|things|features)\s+"
    r"(?:can\s+|may\s+)?(?:affect|influence|determine|predict)s?\s+(?:the\s+|a\s+person's\s+|"
    r"your\s+)?(?:prognosis|outlook|outcomes?|survival|chances?\s+of\s+(?:recovery|survival))\b",
    re.IGNORECASE,
)
# A hedge on the outcome: "may possibly", "it is unclear whether"
_HEDGE = re.compile(r"\b(?:unclear|unknown|not\s+known|uncertain|possibly|might)\b", re.I)
# "people who have A", "those with B": the group's words before the factor
_GROUP_WORDS = re.compile(
    r"^\s*(?:(?:people|patients|persons|individuals|those|children|adults|anyone)\s+"
    r"(?:who\s+(?:have|has|had|are|were|show|develop)\s+(?:had\s+|been\s+)?|with\s+|"
    r"that\s+have\s+)"
    r"|(?:having|a\s+history\s+of)\s+)",
    re.IGNORECASE,
)


def has_pointer_cue(low: str) -> bool:
    """A cheap test on lower-cased text before any pattern runs."""
    return "includ" in low


def pointer_facts(dc: DocContext, seg: Segment, disease: str) -> list[tuple[str, str, float]]:
    """(subject, factor with its direction, confidence) for each member of a pointer sentence
    whose sentence before, in the same paragraph, states an outcome. The subject is the
    disease the sentence before names, else ``disease``."""
    if seg.main.kind != "sentence" or seg.lead is not None:
        return []
    p = _POINTER.match(seg.body.rstrip(" .!?"))
    prev = dc.previous(seg.main) if p is not None else None
    if p is None or prev is None or prev.kind != "sentence":
        return []
    said = prev.text
    d = _direction(said)
    if d is False or NEGATION.search(said + " " + p.group(0)) or _HEDGE.search(said):
        return []
    subject = dc.disease_and_subtype(dc.segment_of(prev).mentions)[0] or disease
    out: list[tuple[str, str, float]] = []
    for part in _words(p.group("rest") or p.group("rest2")):
        # a group's "who have A and B" is one condition (both at once); factors are a list
        members = list_members(dc, part) if d == "" else group_members(part)
        if _THRESHOLD_END.search(part) and "," not in part:
            members = [part]  # "for 6 months or more" is one threshold, not two members
        for member in members:
            f = factor_of(dc, member)
            if f:
                out.append((subject, f"{f} ({d})" if d else f, 0.75))
    return out


_THRESHOLD_END = re.compile(
    r"\s+or\s+(?:more|longer|older|less|fewer|younger|above|over|below|higher|lower)\s*$", re.I
)


def _direction(said: str) -> str | bool:
    """The direction an outcome sentence states: a prognosis phrase; "" when it says only that
    factors bear on the outlook; False when it states no outcome this reader knows."""
    if _GROUP_AT_RISK.match(said):
        return "poorer prognosis"
    g = _GROUP_OUTLOOK.match(said)
    if g:
        return "better prognosis" if g.group("good") else "poorer prognosis"
    if _FACTORS_BEAR.match(said):
        return ""
    c = compared(said)
    return c[1] if c else False


def _words(rest: str) -> list[str]:
    """The listed members with the group's words taken off each: "people who have A, B, or C"
    -> ["A, B, or C"] split by the caller; "people with A and those with B" -> two parts."""
    rest = re.sub(r"\([^()]*\)", " ", rest)  # glosses ("(LU-pus)") are no members
    parts = re.split(r",?\s+(?:and|or)\s+(?=(?:people|patients|those|persons|anyone)\s)", rest)
    return [_GROUP_WORDS.sub("", part).strip(" ,") for part in parts if part.strip(" ,")]
