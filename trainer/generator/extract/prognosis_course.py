"""How the page's condition is said to run, with or without care, as a prognostic factor.

Patient pages tell the outlook in plain clauses that name no "prognosis" or "outlook":

* "Most people get better with treatment": treatment, a better outcome;
* "Mild cases usually get better without treatment": mild disease, a better outcome;
* "When properly treated, X rarely comes back": proper treatment, a better outcome;
* "If you have a weak immune system, treatment might be more difficult": what the person has,
  a poorer outcome.

Each needs the page's condition as its subject, told or understood ("most people" with it,
"cases" of it); a negated sentence and one naming another disease give nothing. Read only where
no other prognosis reader took the sentence.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import NEGATION

BETTER = "(better prognosis)"
POORER = "(poorer prognosis)"

# "Most people get better with treatment", "Most patients recover with treatment"
_BETTER_WITH = re.compile(
    r"^\s*(?:most|many)\s+(?:people|patients|children|adults|cases)\s+(?:(?:usually|will|can|"
    r"often)\s+)?(?:get\s+better|improve|recover)\s+with\s+(?P<f>(?:proper\s+|early\s+|prompt\s+)?"
    r"treatment)\b",
    re.IGNORECASE,
)
# "Mild cases usually get better without treatment"
_MILD_CASES = re.compile(
    r"^\s*(?P<f>mild)\s+cases\s+(?:(?:usually|often|generally|typically|may)\s+)?"
    r"(?:get\s+better|go\s+away|clear\s+up|resolve)(?:\s+on\s+their\s+own|\s+without\s+"
    r"(?:any\s+)?treatment)",
    re.IGNORECASE,
)
# "When properly treated, X rarely comes back"
_PROPERLY_TREATED = re.compile(
    r"\b(?:when|if|once)\s+(?P<f>properly|correctly|adequately)\s+treated\s*,\s*(?P<x>[^,;]{2,60}?)"
    r"\s+(?:rarely|seldom)\s+(?:comes?\s+back|returns?|recurs?)\b",
    re.IGNORECASE,
)
# "If you have a weak immune system, treatment might be more difficult"
_HARDER_IF = re.compile(
    r"^\s*if\s+(?:you|a\s+person|someone|people|patients)\s+(?:have|has)\s+(?P<f>[^,;]{3,60}?)\s*,"
    r"\s*(?:the\s+)?treatment\s+(?:might|may|can|will|could)?\s*(?:be\s+)?(?:more\s+difficult|"
    r"harder|less\s+effective)\b",
    re.IGNORECASE,
)


def course_factors(dc: DocContext, seg: Segment, disease: str) -> list[tuple[str, str, float]]:
    """(subject, factor, confidence) of a sentence telling how the condition runs."""
    body = seg.body.strip()
    if NEGATION.search(re.sub(r"\bwithout\b", "", body)):
        return []
    named = dc.disease_in(seg.mentions)
    if named is not None and not dc.same_disease(named, disease):
        return []  # another disease's course
    if (m := _BETTER_WITH.match(body)) is not None:
        return [(disease, f"{m.group('f').lower()} {BETTER}", 0.75)]
    if (m := _MILD_CASES.match(body)) is not None:
        return [(disease, f"mild disease {BETTER}", 0.75)]
    if (m := _PROPERLY_TREATED.search(body)) is not None:
        return [(disease, f"{_PROPER[m.group('f').lower()]} treatment {BETTER}", 0.75)]
    if (m := _HARDER_IF.match(body)) is not None:
        factor = re.sub(r"^(?:an?|the)\s+", "", m.group("f").strip(), flags=re.IGNORECASE)
        return [(disease, f"{factor} {POORER}", 0.75)]
    return []


_PROPER = {"properly": "proper", "correctly": "correct", "adequately": "adequate"}


def has_course_cue(low: str) -> bool:
    """A cheap test before the patterns."""
    return any(w in low for w in ("better", "improve", "recover", "rarely", "seldom",
                                  "difficult", "harder", "go away", "clear up"))
