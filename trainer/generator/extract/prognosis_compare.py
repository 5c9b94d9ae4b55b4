"""Prognostic factors stated as a comparison of degree, read by :mod:`.prognosis`:

* "The longer you have AF, the less likely it is that doctors can restore a normal rhythm"
  -> "longer duration of AF (poorer prognosis)";
* "The higher the hormone level before surgery, the lower the chance of a cure" -> "higher
  hormone level before surgery (poorer prognosis)";
* "The higher the grade, the more likely the cancer will spread" -> "higher grade (poorer
  prognosis)".

The first half names the factor (a duration, a measure, an age), the second an outcome whose
direction is plain: a good outcome made less likely, a bad one (spread, recurrence, death) made
more likely, or a better or worse outlook. A second half that names the disease itself ("the
greater the risk of osteoporosis") is a risk, not an outlook, and gives nothing here; so does a
timing of care ("The sooner treatment begins, ..."), read in :mod:`.prognosis_outcomes`.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.prognosis_outcomes import factor_of

_COMPARE = re.compile(
    r"^\s*(?:(?:in\s+general|generally|usually|often),?\s+)?the\s+(?P<cmp>longer|higher|larger|"
    r"bigger|greater|lower|smaller|older|younger)\s+(?P<x>[^,;]{2,80}?),\s+the\s+(?P<y>.+)$",
    re.IGNORECASE,
)
# "you have AF", "a person has had the disease": a duration
_HAS = re.compile(
    r"^(?:you|a\s+person|someone|the\s+patient|people|patients)\s+(?:have|has)\s+(?:had\s+)?"
    r"(?P<n>.+)$",
    re.IGNORECASE,
)
_AGE = re.compile(r"^(?:you|a\s+person|the\s+patient|people|patients)\s+(?:are|is)$", re.I)
# A bad outcome in the second half: what makes it worse to have more of the factor
_BAD = r"(?:grow|spread|recur|come\s+back|return|relapse|die|dying|death|recurrence)"
# A good outcome in the second half, which "less likely" or "the lower the chance" makes worse
# ("the lower the chance of a flare" says nothing of the outlook)
_GOOD = (
    r"(?:cure|cured|curing|restor\w*|normal\w*|recover\w*|surviv\w*|success\w*|remission|"
    r"controll?\w*|respond\w*|response)"
)
_WORSE = re.compile(
    rf"^(?:(?:less\s+likely|lower|smaller)\b(?=.*\b{_GOOD}\b)|(?:poorer|worse)\s+(?:the\s+|your\s+)?"
    r"(?:outlook|prognosis|outcomes?|survival|chances?)\b)(?!.*\b" + _BAD + r"\b)"
    rf"|\bmore\s+likely\s+(?:it\s+is\s+that\s+)?(?:\w+\s+){{0,4}}?(?:will\s+|to\s+)?{_BAD}\b"
    rf"|^(?:higher|greater)\s+(?:the\s+|your\s+)?(?:risk|chance|likelihood)\s+(?:of|that)\s+"
    rf"(?:\w+\s+){{0,3}}?(?:will\s+)?{_BAD}\b",
    re.IGNORECASE,
)
_BETTER = re.compile(
    r"^(?:better|greater|higher)\s+(?:the\s+|your\s+)?(?:chances?\s+of\s+(?:recovery|survival|"
    r"cure)|outlook|prognosis|survival)\b",
    re.IGNORECASE,
)


def has_compare_cue(low: str) -> bool:
    """A cheap test on lower-cased text before the pattern runs."""
    return ", the " in low and "the " in low[:30]


def compared(text: str) -> tuple[str, str] | None:
    """(factor words, direction) of a comparison of degree, or None."""
    c = _COMPARE.match(text.rstrip(" .!?"))
    if c is None or NEGATION.search(text):
        return None
    y = c.group("y")
    d = (
        "poorer prognosis" if _WORSE.search(y)
        else "better prognosis" if _BETTER.search(y)
        else None
    )  # fmt: skip
    if d is None:
        return None
    cmp, x = c.group("cmp").lower(), c.group("x").strip()
    has = _HAS.match(x)
    if has and cmp == "longer":
        return f"longer duration of {has.group('n')}", d
    if _AGE.match(x) and cmp in ("older", "younger"):
        return f"{cmp} age", d
    if x.lower().startswith("the ") and cmp not in ("longer", "older", "younger"):
        return f"{cmp} {x[4:]}", d
    return None


def compare_facts(dc: DocContext, text: str) -> list[tuple[str, float]]:
    """(factor with direction, confidence) of a comparison of degree in ``text``; nothing for
    a factor that names a drug, a pronoun, or the page's disease as the second half's risk."""
    found = compared(text)
    if found is None:
        return []
    f = factor_of(dc, found[0])
    if f is None or dc.disease_in(dc.find(text[text.rfind(", the ") :])) is not None:
        return []
    return [(f"{f} ({found[1]})", 0.75)]
