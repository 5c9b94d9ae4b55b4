"""Readings of a symptom that the sentence around them puts in doubt, kept as drafts.

Met on fresh pages, each a wording the symptom readers take at its cue words:

* a cause that opens with a concessive clause ("Though rare, X can cause A"): the words before
  the comma were read into the condition's name;
* a cause that is a negation ("Some people have no identifiable cause for their X"): nothing
  causes anything;
* what the sentence itself calls complications ("X may lead to A, B, and other
  complications"): a complication is what a disease leads to, not a sign a nurse looks for;
* a vague category as the symptom ("long-lasting health problems"): no card can ask about it;
* two items of a list joined into one ("A, B, and C" read as "A or B");
* a cause given inside the definition of another word ("A and B, which is a bluish colour
  caused by C", "D, which is swelling caused by E"): C is the cause of the defined word, and the
  pairing of C with A, or of E with the word it defines, is the definition, not a symptom.

:func:`doubt` gives the reason, or None for a reading that stands.
"""

from __future__ import annotations

import re

from trainer.generator.extract.patterns import word_places

_CONCESSIVE = re.compile(
    r"^(?:though|although|even\s+though|while|whilst|albeit)\b[^,]{0,40},", re.IGNORECASE
)
_NEGATED_CAUSE = re.compile(r"^(?:no|not|none|without)\b", re.IGNORECASE)
_OTHER_COMPLICATIONS = re.compile(
    r"\b(?:and|or)\s+other\s+(?:\w+\s+)?complications\b", re.IGNORECASE
)
_VAGUE_SYMPTOM = re.compile(r"health\s*problems?$|^(?:other\s+)?problems?$", re.IGNORECASE)
# ", which is (a bluish colour of the skin ...) caused by": a definition with its own cause
_DEFINITION_CAUSED_BY = re.compile(
    r",\s+(?:which|that)\s+(?:is|are|means?)\b[^.;]*?\b(?:caused\s+by|due\s+to)\s+",
    re.IGNORECASE,
)


def doubt(cause: str, symptom: str, sentence: str) -> str | None:
    """Why the reading ``cause`` -> ``symptom`` from ``sentence`` is unsure, or None."""
    c = cause.strip()
    if _CONCESSIVE.match(c):
        return "uncertain: a concessive clause read into the cause"
    if _NEGATED_CAUSE.match(c):
        return "uncertain: the sentence denies a cause"
    if _VAGUE_SYMPTOM.search(symptom.strip()):
        return "uncertain: a category of problems, not a symptom"
    if _OTHER_COMPLICATIONS.search(sentence) and _before(symptom, sentence, _OTHER_COMPLICATIONS):
        return "uncertain: named among the condition's complications, not its symptoms"
    if _joined_items(symptom, sentence):
        return "uncertain: two items of the sentence's list joined into one"
    if _defined_elsewhere(cause, symptom, sentence):
        return "uncertain: the cause of a word the sentence defines, not of this symptom"
    return None


def _before(symptom: str, sentence: str, rx: re.Pattern[str]) -> bool:
    """Whether the symptom stands before the words ``rx`` finds (the list they close)."""
    m = rx.search(sentence)
    places = word_places(symptom, sentence)
    return m is not None and any(s < m.start() for s, _ in places)


def _defined_elsewhere(cause: str, symptom: str, sentence: str) -> bool:
    """Whether the cause is named only after "caused by" inside a definition (", which is ...
    caused by C") that follows the symptom: the cause belongs to the defined word."""
    m = _DEFINITION_CAUSED_BY.search(sentence)
    if m is None:
        return False
    cause_places = word_places(cause, sentence)
    symptom_places = word_places(symptom, sentence)
    return bool(cause_places) and all(s >= m.end() for s, _ in cause_places) and any(
        s < m.start() for s, _ in symptom_places
    )


def _joined_items(symptom: str, sentence: str) -> bool:
    """Whether a symptom "A or B" stands in the sentence only as two items of a list ("A, B,
    and C"): the reading joined two symptoms the text keeps apart."""
    halves = [h.strip() for h in re.split(r"\s+or\s+", symptom.strip()) if h.strip()]
    if len(halves) != 2 or re.search(rf"\b{re.escape(symptom.strip())}\b", sentence, re.I):
        return False
    return re.search(
        rf"\b{re.escape(halves[0])}\s*,\s*{re.escape(halves[1])}\b", sentence, re.IGNORECASE
    ) is not None
