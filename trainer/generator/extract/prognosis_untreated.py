"""How a prognostic card names the untreated disease, and why a hedged reading is a draft.

"X can be fatal if not treated", "Left untreated, X is life threatening", "Without treatment,
X can cause death": the factor is the disease left without care, whichever words the
sentence turns it in, so the card names it once, "untreated disease". A factor that says how
the care fell short ("not treated right away", "not properly treated", "not diagnosed and
treated") tells more than that and keeps the sentence's words. One that says only how well
the care was given ("not treated correctly", "if it is not properly treated") names nothing a
reader could look for in a patient, so it is held as a draft.

A prognostic reading from a clause whose writer is unsure of it ("people with A appear to
develop more severe disease", "B is thought to worsen the outlook") says what the text only
suggests; the card is held as a draft, for a reader to confirm. The ordinary "may" of a
patient page ("X may be fatal if not treated", "Factors that may affect the outcome are:")
states a possibility of the disease, not a doubt about the factor, and keeps its card.
"""

from __future__ import annotations

import re
from dataclasses import replace

from trainer.generator.facts import DRAFT_CONFIDENCE, ExtractedFact

UNTREATED_DISEASE = "untreated disease"

# The bare lack of care, with nothing said of its timing, manner or of the diagnosis
_BARE_UNTREATED = re.compile(
    r"(?:(?:it|they)(?:\s+is|\s+are|[’']s|[’']re)\s+)?"
    r"(?:not\s+treated|left\s+untreated|untreated|not\s+given\s+treatment|"
    r"without\s+treatment)",
    re.IGNORECASE,
)

HEDGED_WHY = "hedged: the text only suggests this bearing on the outlook"


def untreated_factor(said: str) -> str:
    """The factor of an untreated-disease reading: "untreated disease" for the bare lack of
    care, else the sentence's own words ("not treated right away")."""
    return UNTREATED_DISEASE if _BARE_UNTREATED.fullmatch(said.strip()) else said


# How well care is given, not when or whether: "not treated correctly", "not properly treated"
_MANNER = re.compile(r"\b(?:correctly|properly|adequately|appropriately)\b", re.IGNORECASE)


def care_manner_only(factor: str) -> bool:
    """Whether an untreated-disease factor says only how well the care was given."""
    return _MANNER.search(factor) is not None


# The writer's doubt, not a possibility of the disease
_DOUBT = re.compile(
    r"\b(?:appears?\s+to|seems?\s+to|suggests?|suggested|thought\s+to|believed\s+to|"
    r"possibly|probably)\b",
    re.IGNORECASE,
)


def hedged_as_draft(fact: ExtractedFact) -> ExtractedFact:
    """A card read from a clause of the writer's doubt, held below the card threshold."""
    if "hedged" not in fact.flags or fact.confidence <= DRAFT_CONFIDENCE:
        return fact
    if not _DOUBT.search(fact.evidence):
        return fact
    return replace(fact, confidence=DRAFT_CONFIDENCE, flags=(*fact.flags, HEDGED_WHY))
