"""A class said of the drugs the sentence names, which is their description, not another drug.

"X and Y are tyrosine kinase inhibitors that may be used to treat recurrent disease", "X is an
mTOR inhibitor used as maintenance": the class is the predicate of a copula whose subject is
the drugs; "a tyrosine kinase inhibitor (X, Y or Z)": brackets that hold only drugs name its
members. Either way the class tells what the drugs are (a drug_class fact), and the phase gives
the drugs themselves. A card "salvage therapy -> tyrosine kinase inhibitor" beside "salvage
therapy -> X" would teach a whole class where the page names its members, so the reading is
kept as a draft for the fact review. A class that is the subject ("TKIs such as X are used"),
an item beside the drugs ("X, Y or a TKI") or a kind of therapy named with its drug
("monoclonal antibody therapy (X)") stays a phase object.
"""

from __future__ import annotations

import re
from dataclasses import replace

from trainer.generator.facts import DRAFT_CONFIDENCE, ExtractedFact
from trainer.generator.lexicon import Mention

# "<drug> is a", "<drug> and <drug> are (both) (types of)": the copula between the drugs and
# the class that describes them
_COPULA = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:is|are)\s+(?:also\s+|both\s+|each\s+|all\s+)?"
    r"(?:(?:an?|the|one)\s+)?(?:(?:types?|kinds?|forms?|sorts?|examples?)\s+of\s+(?:an?\s+)?)?",
    re.IGNORECASE,
)


def predicate_of_drugs(text: str, ms: list[Mention], c: Mention) -> bool:
    """Whether class ``c`` follows the drug(s) right before it as the predicate of "is/are"
    ("Sunitinib and lenvatinib are TKIs", "Everolimus is an mTOR inhibitor")."""
    i = ms.index(c)
    prev = ms[i - 1] if i else None
    return (
        prev is not None
        and prev.is_kind("drug")
        and _COPULA.fullmatch(text, prev.end, c.start) is not None
    )


# The keys of the development set differ on such a class (one keeps it beside its members,
# others only the members), so the reading reaches the fact review as a draft, not a card.
DESCRIBES_DRUGS = "the class describes the drugs named before it"
BRACKETS_DRUGS = "the class is named with its drugs in brackets"


def as_draft(fact: ExtractedFact, why: str) -> ExtractedFact:
    """``fact`` below the card threshold, flagged ``uncertain: <why>``; unchanged if no ``why``."""
    if not why:
        return fact
    return replace(fact, confidence=min(fact.confidence, DRAFT_CONFIDENCE),
                   flags=(*fact.flags, f"uncertain: {why}"))


# what may stand in the brackets besides the drug names: commas, "or", "and", "e.g."
_BRACKET_GLUE = re.compile(
    r"(?:\s|,|\bor\b|\band\b|\be\.g\.,?|\bsuch\s+as\b|\bincluding\b|\bfor\s+example\b,?)*",
    re.IGNORECASE,
)
_OPENS = re.compile(r"\s*\(", re.IGNORECASE)
_A_THERAPY = re.compile(r"\b(?:therapy|treatment)$", re.IGNORECASE)


def members_in_brackets(text: str, ms: list[Mention], c: Mention) -> bool:
    """Whether class ``c`` is followed by brackets that hold only drug names, its members
    ("a tyrosine kinase inhibitor (sorafenib, lenvatinib or cabozantinib)")."""
    opened = _OPENS.match(text, c.end)
    if opened is None or _A_THERAPY.search(c.surface):
        # "monoclonal antibody therapy (dinutuximab)": a kind of therapy and the drug it uses
        return False
    close = text.find(")", opened.end())
    if close < 0:
        return False
    inside = [m for m in ms if opened.end() <= m.start and m.end <= close]
    if not inside or not all(m.is_kind("drug") for m in inside):
        return False
    pos = opened.end()
    for m in inside:
        if _BRACKET_GLUE.fullmatch(text, pos, m.start) is None:
            return False
        pos = m.end
    return _BRACKET_GLUE.fullmatch(text, pos, close) is not None
