"""Checks on the cause of a symptom_cause fact: whether it reads as a whole name, and whether
it is a condition (whose infections are a symptom) rather than a germ (whose infection is the
disease itself)."""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext

# "low platelet count": a deficit named as a count
DEFICIT_NAME = re.compile(r"^low .+ count$")
# A cause cut short ("bacteria overcome the defenses and") stops on a word needing more after it
_DANGLING = re.compile(r"\b(?:and|or|of|with|to|the|a|an|that|which)$", re.IGNORECASE)


def clean_cause(cause: str) -> bool:
    """Whether a cause reads as a whole name: it opens with a letter, holds a word of two
    letters or more ("t" of "T. solium" does not, nor does a stray ")"), and does not stop on a
    word that needs more after it."""
    t = cause.strip()
    return bool(re.match(r"[A-Za-z]", t)) and bool(re.search(r"[A-Za-z]{2}", t)) and not (
        _DANGLING.search(t)
    )


def a_condition(dc: DocContext, cause: str) -> bool:
    """Whether a cause is a condition the lexicon names or a deficit ("low white cell count"):
    the causes whose infections are a symptom, unlike a germ, which makes the infection that is
    the disease ("infections caused by Acanthamoeba")."""
    return bool(DEFICIT_NAME.match(cause)) or any(
        h.kind == "condition" for h in dc.lexicon.lookup(cause)
    )



def an_infection(dc: DocContext, name: str) -> bool:
    """Whether a symptom's name is an infection ("infection", "pneumonia"): a symptom only of a
    condition that lets germs in, never of the germ that makes it."""
    hits = [h for h in dc.lexicon.lookup(name) if h.kind == "condition"]
    return name.lower() == "infection" or (
        bool(hits) and all(h.type == "infection" for h in hits)
    )
