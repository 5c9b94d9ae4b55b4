"""Whether a span next to a treatment measures something other than the treatment's course.

:mod:`.durations` reads a span after a cue ("for", "of", "over") as the length of the phase
the sentence names. Three other things are told with the same words, and none of them is how
long the treatment lasts:

* how long a drug has been in use or the standard: "X has been the standard first treatment
  for more than 20 years", "the drug has been used world-wide for over 50 years" (a perfect
  tense of standing before the span: history, not the course);
* the shorter or other course a comparison sets the course against: "5 years of X is better
  than 2 years of treatment", "5 instead of 2 years" (the comparator arm of a trial, never the
  course given);
* how long a benefit or a protection lasts: "the course gives benefits for up
  to 15 years", "it protects women for 10 years" (a result, like a survival figure).
"""

from __future__ import annotations

import re

# the clause that holds the span ends at ";", a sentence's end or a contrast word
_CLAUSE_START = re.compile(r"[.;!?]\s|\b(?:but|whereas|while|although)\b", re.IGNORECASE)

# "has been the standard initial treatment for more than", "have been used for": standing
_STANDING = re.compile(
    r"\b(?:has|have|had)\s+(?:long\s+|now\s+|already\s+)?been\b[^.;:]*?\bfor\s+"
    r"(?:(?:about|around|nearly|almost|more\s+than|over|at\s+least|well\s+over)\s+)?$",
    re.IGNORECASE,
)
# "better than 2 years of", "versus 2 years", "instead of 2 years": the other arm
_COMPARED = re.compile(
    r"(?:\b(?:better|worse|safer|superior|inferior|rather|(?:more|less)\s+[a-z]+)\s+than|"
    r"\bversus|\bvs\.?|\binstead\s+of|\bcompared\s+(?:with|to)|\bas\s+opposed\s+to)\s+"
    r"(?:(?:only|just|the|a|an|those\s+who\s+(?:took|received|had))\s+)*$",
    re.IGNORECASE,
)
# "confers benefits for up to", "protects women for": a result's span (not "risk", which
# also names who gets a phase: "patients at high risk get maintenance for 2 years")
_RESULT = re.compile(
    r"\b(?:benefits?|benefited|benefitted|benefiting|protect(?:s|ed|ing|ion)?|"
    r"advantages?)\b[^.;:]*?\bfor\s+"
    r"(?:(?:about|around|up\s+to|at\s+least|more\s+than|over|nearly|almost)\s+)?$",
    re.IGNORECASE,
)


def measures_something_else(text: str, start: int) -> bool:
    """Whether the span at ``text[start]`` tells a standing, a comparator or a result's
    length rather than how long the treatment of the sentence lasts (see the module)."""
    a = max((m.end() for m in _CLAUSE_START.finditer(text, 0, start)), default=0)
    before = text[a:start]
    return bool(
        _STANDING.search(before)
        or _COMPARED.search(before[-40:])
        or _RESULT.search(before)
    )
