"""Checks on the cause of a symptom_cause fact: whether it reads as a whole name, and whether
it is a condition (whose infections are a symptom) rather than a germ (whose infection is the
disease itself); and the patterns that cut or refuse a cause phrase (a leading aside, a rare or
hedged case, a word pointing back, a treatment, a relative clause's list of predicates)."""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext

# "low platelet count": a deficit named as a count
DEFICIT_NAME = re.compile(r"^low .+ count$")
# A cause cut short ("bacteria overcome the defenses and") stops on a word needing more after it
_DANGLING = re.compile(
    # "an abnormal immune response in" (cut before "which"): a preposition needs its object
    r"\b(?:and|or|of|with|to|the|a|an|that|which|in|on|at|for|from|by|into|as|than)$",
    re.IGNORECASE,
)


# "disrupted signaling between these cells": a word pointing back to the sentence before,
# whose name the card would not have
_POINTING_BACK = re.compile(
    # "enlargement of the gland": a bare body noun after "the" stands for the organ the sentence
    # before named in full ("the pituitary gland")
    r"\b(?:this|these|those|such)\b|\bthe\s+(?:gland|organ|tumou?r|growth|mass|area|region)s?$",
    re.IGNORECASE,
)
# "in infants especially those at risk RSV": a cause that opens with a preposition is an
# adverbial phrase cut into the subject (its dashes lost), not a name
# (a focus word, "even basic activities", opens the tail of a phrase cut from its head)
_PREPOSITION_OPENING = re.compile(
    r"^(?:in|on|at|for|during|after|among|with|by|even|only|just|especially|particularly)\s", re.I
)
# "Certain treatments for testicular cancer can cause infertility": what a treatment causes is
# a side effect, never a symptom's cause
TREATMENT_CAUSE = re.compile(
    r"\b(?:treatments?|therap(?:y|ies)|surgery|surgeries|chemotherapy|radiation|radiotherapy|"
    r"transplants?|transfusions?|"
    # "Enemas may cause soreness", "the injection can cause swelling": a procedure's effects
    r"enemas?|procedures?|operations?|injections?|vaccines?|vaccinations?)\b",
    re.IGNORECASE,
)


# A name opens with a letter, a chromosome band ("22q11.2 deletion syndrome") or a numbered
# prefix ("3-methylglutaconic aciduria")
_NAME_OPENING = re.compile(r"[A-Za-z]|[0-9]{1,2}[pq][0-9]|[0-9]+-[A-Za-z]")


def clean_cause(cause: str) -> bool:
    """Whether a cause reads as a whole name: it opens as a name does, holds a word of two
    letters or more ("t" of "T. solium" does not, nor does a stray ")"), does not stop on a
    word that needs more after it or on an adverb after "and" (a verb phrase cut), point back
    to the sentence before ("these cells") or open with a preposition ("in infants ...")."""
    t = cause.strip()
    return (
        bool(_NAME_OPENING.match(t))
        and bool(re.search(r"[A-Za-z]{2}", t))
        and not _DANGLING.search(t)
        and not _POINTING_BACK.search(t)
        and not _PREPOSITION_OPENING.match(t)
        and not _NOT_A_NAME.search(t)
        and not _CUT_VERB_PHRASE.search(t)
        and not _GENE_CHANGE.match(t)
    )


# "mutations in the X gene (in two families)": a gene's change makes the condition itself, whose
# features the sentence names with it ("A with B was caused by ..."), not one symptom of it
_GENE_CHANGE = re.compile(
    r"^(?:(?:an?|the|some|certain)\s+)?(?:mutations?|variants?|alterations?|deletions?|"
    r"duplications?|changes?|defects?)\s+(?:in|of|on)\b.*\bgenes?\b",
    re.IGNORECASE,
)


# "clotting in the small vessels and quickly (leads to)": a cause ending on "and" and an adverb
# is the tail of a verb phrase coordinated with the sentence's own verb ("X begins with A and
# quickly leads to B"), whose subject is the cause, not the phrase the cut leaves
_CUT_VERB_PHRASE = re.compile(
    r"\b(?:and|or|but)\s+(?:[a-z]+ly|then|also|soon|later|often|sometimes|eventually)$",
    re.IGNORECASE,
)
# "fever, vomiting, and severe diarrhea (can cause dehydration)", "poor sleep, stress and skipped
# meals": a serial list of three or more (its last comma before "and" or not) is several
# things, no one condition whose sign a card could ask about
SERIAL_LIST = re.compile(r"^[^,]+(?:,[^,]+)*,\s*(?:[^,]*\s)?(?:and|or)\s+[^,]+$", re.IGNORECASE)
# "serious problems, but severe dry eye": a contrast opens the clause the cause stands in
CONTRAST = re.compile(r"(?:,\s*|\s+)(?:but|yet|whereas|while|although|though)\s+", re.IGNORECASE)


# "both types of nerve damage" points back to the kinds just named; "early cancer usually
# doesn't" is a negated clause cut at its verb, no name
_NOT_A_NAME = re.compile(r"^(?:both|either|neither)\b|n['’]t\b|\b(?:not|never)\b", re.IGNORECASE)


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


# "that have ulcers, (cause)": a relative clause's predicates in a list, the verb the next one
RELATIVE_LIST = re.compile(r"\b(?:that|which|who)\s+[^.;]*,\s*$", re.IGNORECASE)
# "A loss of appetite, especially in older adults, can lead to": the aside narrows the cause
CAUSE_ASIDE = re.compile(
    r",\s*(?:especially|particularly|mainly|mostly|notably)\b[^,]*,?\s*$", re.IGNORECASE
)


# An aside before the cause: "In rare cases, X can cause"
# ... or a sentence adverb ("Sometimes, X can cause", "Over time, damage to the lungs can")
LEADING_CLAUSE = re.compile(
    r"^\s*(?:(?:in (?:rare|some|many|most|severe) cases|however|sometimes|over time|eventually|"
    r"in time|at times|occasionally|later|then)\s*,?\s*)+",
    re.I,
)
# A cause inside a condition or a time clause ("no symptoms until the virus causes", "if X
# causes"): what may happen later, not how the symptoms arise
SUBORDINATE = re.compile(r"\b(?:until|unless|when|once|if)\b", re.IGNORECASE)
# What is rare or uncertain, medicines whose effects are side effects, and a device's use: no
# mechanism of the topic's symptoms
NOT_A_CAUSE = re.compile(
    r"\b(?:rarely|seldom|never|medicines?|medications?|drugs?|use of|being)\b",
    re.IGNORECASE,
)


# "the strain", "this damage": a bare noun pointing back to the sentence before
BACK_REFERENCE = re.compile(r"^(?:the|this|that|these|those|such)\s+(?P<n>[a-z]+)$", re.I)
# "In a very small number of cases, X can cause": what happens rarely is no symptom's cause
RARE_CASES = re.compile(
    r"^\s*in\s+(?:an?\s+)?(?:very\s+)?(?:small\s+number|handful|minority|few)\s+of\s+cases\b",
    re.IGNORECASE,
)


# "Gout is a form of arthritis that causes ...", "X is a chronic disease that leads to ...":
# the subject the relative clause's noun stands for is the cause (the noun only classifies it)
DEFINED_AS = re.compile(
    r"^(?P<x>[^,;:]{2,60}?)\s+(?:is|are)\s+(?:an?|the)\s+(?:(?:common\s+|rare\s+)?(?:form|type|kind)"
    r"\s+of\s+)?(?:[\w'-]+\s+){0,3}?(?:disease|disorder|condition|illness|infection|syndrome|"
    r"arthritis|problem)\s+(?:that|which)\s*$",
    re.IGNORECASE,
)
# a place after the last member ("pain, swelling, and stiffness in the joints"), which may
# belong to every member: where each symptom is felt is then unsure
TRAILING_PLACE = re.compile(
    r"\s(?:in|of|on|around|behind|below|above)\s+(?:the|your|their|one|both)\s+[\w\s-]+\.?\s*$",
    re.IGNORECASE,
)

