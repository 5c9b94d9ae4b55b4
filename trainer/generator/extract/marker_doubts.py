"""Marker readings that name no condition the test shows, whatever path read them.

A marker card says "test T shows condition C". The development keys take what a test shows,
measures or pictures as its finding, even in a healthy person ("records the heart's electrical
activity", "measures the pressure inside the eye"); what they never take, and what fresh pages
gave as wrong cards, is an object that names nothing the test shows:

* a problem watched but left unnamed: "an important test both for diagnosing a defect and
  for following the problem over time" (monitoring, of a problem the clause does not name);
  the "both" of that coordination is no part of the first object;
* a body part checked with nothing said of what is looked for: "an echocardiogram to check the
  heart" (the "assessment of heart" it gives is no finding; "to check the heart for a clot" is);
* a research aim: "research includes using MRI to develop a biomarker" says what scientists
  try, not what the test is used for in care.

These readings are held as drafts with the reason, so the instructor's review still sees them.
Cue words and sentence shapes only: no test or condition is named here.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext

# Watching a problem the clause does not name: "following the problem over time"
_FOLLOWING = re.compile(
    r"^(?:both\s+)?(?:following|tracking|watching)\s+"
    r"(?:the|a|this|that|your|their|its)\s+(?:problem|defect|issue)s?"
    r"\b",
    re.IGNORECASE,
)
# A sentence about research: what scientists try, not what care uses
_RESEARCH = re.compile(
    r"\b(?:research(?:ers)?|scientists|investigators)\b[^.;]*?\b(?:develop\w*|stud(?:y|ying|ies)|"
    r"explor\w*|investigat\w*|testing|trying)\b",
    re.IGNORECASE,
)
# A body part checked, with nothing said of what is looked for: "to check the heart"
_CHECKED = re.compile(
    r"^(?:assessment|evaluation|examination|inspection|check(?:ing)?)\s+of\s+(?:the\s+|your\s+)?"
    r"(?P<part>[\w'’-]+(?:\s+[\w'’-]+)?)$",
    re.IGNORECASE,
)
# The same part as the whole object of a verb of checking: "MRI is used to evaluate the brain"
_BARE_PART = re.compile(r"^(?:the\s+|your\s+)?(?P<part>[\w'’-]+(?:\s+[\w'’-]+)?)$", re.I)
# Reading paths whose verb checks a part rather than shows a finding
_CHECKING_PATHS = frozenset({"cue:check", "cue:assess", "cue:evaluat", "cue:look"})
_CHECK_VERB = r"(?:check|checks|checking|evaluate|evaluates|evaluating|examine|examines|examining|"\
    r"assess|assesses|assessing|inspect|inspects|look\s+at|looks\s+at|looking\s+at)"
_BOTH = re.compile(r"^both\s+", re.IGNORECASE)


def tidy_object(obj: str) -> str:
    """``obj`` without a leading "both", which a reading of "for both A and B" leaves on A."""
    return _BOTH.sub("", obj)


def unnamed_finding(obj: str) -> str | None:
    """Why ``obj`` names no condition the test shows (watching a problem left unnamed), or
    None."""
    if _FOLLOWING.match(obj.strip()):
        return "follows an unnamed problem, not a finding"
    return None


def part_checked(dc: DocContext, obj: str, evidence: str, path: str = "") -> str | None:
    """Why ``obj`` names no finding when it is a body part the test checks ("assessment of
    heart", from "to check the heart"; "brain", from "used to evaluate the brain" read by a
    verb of checking, ``path``): a word or two the lexicon knows as no condition, which the
    sentence checks as "the" or "your" part, with no "for" after it saying what is looked for."""
    checked = _CHECKED.match(obj.strip())
    if checked is None and path in _CHECKING_PATHS:
        checked = _BARE_PART.match(obj.strip())
    if checked is None:
        return None
    part = re.escape(checked.group("part"))
    if not re.search(rf"\b{_CHECK_VERB}\s+(?:the|your)\s+{part}\b(?!\s+(?:for|to)\b)",
                     evidence, re.IGNORECASE):
        return None  # "evaluate brain tumors", "check the heart for clots": what is looked for
    if any(m.is_kind("condition", "marker") for m in dc.find(checked.group("part"))):
        return None  # "evaluation of anemia", "check your hemoglobin level": what is looked for
    return "a body part checked, not a finding"


def research_aim(evidence: str) -> str | None:
    """Why the sentence ``evidence`` gives no use of a test in care (a research aim), or None."""
    if _RESEARCH.search(evidence):
        return "a research aim, not a test in use"
    return None
