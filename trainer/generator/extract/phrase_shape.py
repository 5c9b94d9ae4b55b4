"""Whether a fact's phrased parts read as names, not as pieces of a clause.

The readers of markers, risk factors, symptoms, prognostic factors and key figures take the
words between cues as a phrase. Where the cue was found in the wrong place, the words are a
piece of a clause: "improving blood pressure can significantly", "children with diabetes can
prevent or", "diagnosis of these kinds of problems", "people in this age group) who have
diabetes". A card asking for such a piece teaches nothing, and on fresh pages these pieces were
the commonest wrong facts of those relations. One check of the phrase's shape, made once for
every reader, holds them as drafts with the reason, below the card threshold: a phrase must
not end on a word that needs more after it (or on a pronoun), be one adjective with no noun,
hold a modal verb, point back with a demonstrative
to something it does not name, or carry a bracket or dash that the reading cut through.
"""

from __future__ import annotations

import re

from trainer.domain import Relation

# Relations whose subject or object is a phrase taken from the text, not a lexicon name
_PHRASED = {
    Relation.MARKER,
    Relation.RISK_FACTOR,
    Relation.SYMPTOM_CAUSE,
    Relation.PROGNOSTIC_FACTOR,
    Relation.NUMERIC,
}
# A direction a prognostic factor carries: "(better prognosis)"; not part of the phrase
_DIRECTION = re.compile(r"\s*\([^()]*\)\s*$")
# Words after which a name cannot end: the phrase was cut inside a clause
_OPEN_END = re.compile(
    r"\b(?:and|or|but|nor|can|may|might|will|would|could|should|must|to|of|the|an?|with|for|"
    r"in|on|by|than|as|that|which|who|whose|is|are|was|were|be|been|not|significantly|also|only|"
    r"it|its|they|them|their|he|she|his)$",
    re.IGNORECASE,
)
# A modal verb makes the words a clause ("X can prevent Y"), never a name, unless it stands in
# a relative clause that qualifies a noun ("bacteria that may cause disease") or the factor is
# asked as a question ("whether the tumor can be removed by surgery")
_MODAL = re.compile(
    r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )\b(?:can|could|may|might|must|should|would|will)\s+\w",
    re.IGNORECASE,
)
# A demonstrative pointing back ("these kinds of problems", "individuals with these symptoms"):
# what it stands for is in another sentence, so the phrase names nothing on its own
_POINTER = re.compile(r"\b(?:these|those|this|such)\s+(?:\w+\s+){0,2}?(?:problems?|symptoms?|"
                      r"conditions?|kinds?|types?|diseases?|disorders?|signs?|changes?|"
                      r"people|patients|individuals|cases?|findings?)\b", re.IGNORECASE)
# One adjective with no noun: "progressive" cut from "progressive and severe mental impairment"
_LONE_ADJECTIVE = re.compile(r"[A-Za-z]+(?:ive|ous|ful|less)", re.IGNORECASE)
# A dash or bracket the reading cut through: "people 65 or older -- who had diabetes"
_CUT = re.compile(r"\s--\s|\s—\s")


def _clause_piece(phrase: str) -> bool:
    text = _DIRECTION.sub("", phrase).strip(" ,;:.")
    if not text:
        return True
    if text.count("(") != text.count(")"):
        return True
    if _CUT.search(text):
        return True
    if re.match(r"(?:whether|how|if)\b", text, re.IGNORECASE):
        return False  # a question is a clause by design ("how bad the attacks are")
    return bool(_OPEN_END.search(text) or _MODAL.search(text) or _POINTER.search(text)
                or _LONE_ADJECTIVE.fullmatch(text))


WHY = "uncertain: a piece of a clause, not a name"


def reads_as_names(relation: Relation, subject: str, obj: str) -> bool:
    """Whether the phrased parts of a fact read as names (always, for relations whose parts
    are lexicon names)."""
    if relation not in _PHRASED:
        return True
    return not (_clause_piece(subject) or _clause_piece(obj))
