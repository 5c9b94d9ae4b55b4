"""What a drug_class reading must not take as said of a drug's kind.

A goal or setting of care named where a class stands ("Subsequent palliative therapy may
include: - X") says why or where treatment is given, never what kind of drug X is. A negation
in a clause of condition before the class ("If X does not help, NSAIDs such as Y may be used")
denies the condition, not the list the main clause gives. A bare name alone in brackets after a
drug ("digoxin (digitalis)") may be the drug's other name as much as its class, so the
reading is kept as a draft for review.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention

# A class named as a goal or setting of care ("palliative care", "best supportive care")
_CARE = re.compile(r"\bcare$", re.IGNORECASE)
# A subordinate clause that ends before the main clause a class opens: "If X does not help,
# (then) NSAIDs such as Y may be used"
_CONDITION_THEN = re.compile(
    r"\b(?:if|when|unless|once|because|although|though)\b[^,;.:()\[\]]{1,120},\s*"
    r"(?P<main>(?:then\s+)?[^,;.:()\[\]]{0,40})$",
    re.IGNORECASE,
)
BARE_BRACKET_NAME = "a bare name in brackets after a drug may be its other name"
_BARE_BRACKET = re.compile(r"\s*[\(\[]\s*")
_CLOSES = re.compile(r"\s*[\)\]]")


def care_as_class(fact: ExtractedFact) -> bool:
    """Whether ``fact`` gives a goal or setting of care as a drug's class."""
    return fact.relation is Relation.DRUG_CLASS and bool(_CARE.search(fact.object))


def main_clause(text: str, at: int, near: str) -> str:
    """The words before a class at ``at`` in which a negation would deny its list: ``near``,
    cut to the main clause when a subordinate clause ends just before."""
    cond = _CONDITION_THEN.search(text, max(0, at - 200), at)
    return cond.group("main") if cond is not None else near


def bare_bracket_name(text: str, between: str, cls: Mention, *, single: bool) -> bool:
    """Whether class ``cls`` stands alone in brackets right after a drug, no article or other
    word with it: after a ``single`` drug, or as a singular name that only ends in "s"
    ("digitalis"), which is no plural over a list."""
    return (
        _BARE_BRACKET.fullmatch(between) is not None
        and _CLOSES.match(text, cls.end) is not None
        and (single or cls.surface.lower() == cls.name("drug_class").lower())
    )
