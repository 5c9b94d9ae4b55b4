"""risk_factor from the exposures a patient's history is searched for to diagnose the page's
condition: "Information such as recent tick bites, exposure to tick-infested areas, or recent
travel to areas where X is common can be helpful in making the diagnosis", "A history of contact
with farm animals or work in a slaughterhouse may help doctors diagnose X".

Why these are risk factors: the history is asked for because the exposure raises the chance
that the illness is this one; the sentence states no risk verb, so no other reader takes it.
Only the members that name an exposure (a bite, a contact, a travel, an occupation, what was
eaten or handled) are factors: the other clues a history gives ("similar illnesses in family
members", "a rash") are findings, not exposures. A negated sentence gives nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.factors import as_factor, list_members
from trainer.generator.extract.patterns import NEGATION, SENTENCE_BREAK, drop_parens
from trainer.generator.extract.risk_factor_phrases import factor

# "Information such as A, B, or C can be helpful in making the diagnosis", "A history of A or
# B may help doctors diagnose X"
_HISTORY = re.compile(
    r"^(?:(?:information|details|clues|a\s+(?:patient's\s+|recent\s+)?history|the\s+history)\s+"
    r"(?:(?:from|in|of)\s+the\s+patient(?:'s|’s)?\s+history\s+)?(?:such\s+as|of|like)\s+)"
    r"(?P<x>.{3,400}?)\s+(?:(?:can|may|might|will|often)\s+)?(?:be\s+|is\s+|are\s+)?(?:(?:very|especially)\s+)?"
    r"(?:helpful|useful|important|help|helps)\s+(?:\w+\s+){0,2}?(?:in|for|to)?\s*"
    r"(?:(?:making|make)\s+(?:the|a)\s+)?diagnos(?:is|e|ing)\b",
    re.IGNORECASE,
)
# An exposure: what was done, touched, visited or caught
_EXPOSURE = re.compile(
    r"\b(?:bites?|exposure|exposed|contact|travel\w*|trips?|visit\w*|employment|occupations?|"
    r"work\w*|hunting|camping|hiking|swimming|handling|eating|drinking|ingest\w*|"
    r"transfusions?|injections?|needles?)\b",
    re.IGNORECASE,
)
_HISTORY_OF = re.compile(r"^\s*(?:a\s+)?(?:recent\s+)?history\s+of\s+", re.IGNORECASE)


def history_factors(dc: DocContext, body: str) -> list[tuple[str, str]]:
    """(topic, exposure) for each exposure a history is searched for to diagnose the topic."""
    topic = dc.main_disease
    low = body.lower()
    if topic is None or "diagnos" not in low or not ("such as" in low or "history" in low):
        return []
    out: list[tuple[str, str]] = []
    for sentence in SENTENCE_BREAK.split(body):
        m = _HISTORY.match(sentence.strip())
        if m is None or NEGATION.search(sentence):
            continue
        # (the list runs to the verb: "A, B and C, or D can be helpful")
        for member in _exposures_apart(list_members(dc, drop_parens(m.group("x")))):
            member = _HISTORY_OF.sub("", member)  # "history of recent travel": the travel
            if not _EXPOSURE.search(member):
                continue  # a finding the history gives, no exposure
            for f in factor(dc, member):
                typed = as_factor(dc, f)
                if typed:
                    out.append((topic, typed))
    return out


def _exposures_apart(members: list[str]) -> list[str]:
    """ "deer fly bites and recent travel to rural areas": a member the list left whole is two
    when each side of its "and" / "or" names an exposure of its own."""
    out: list[str] = []
    for member in members:
        sides = re.split(r"\s+(?:and|or)\s+", member)
        apart = len(sides) > 1 and all(_EXPOSURE.search(x) for x in sides)
        out += sides if apart else [member]
    return out
