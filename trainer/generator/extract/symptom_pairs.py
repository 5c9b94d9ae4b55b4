"""Which (cause, symptoms) readings become symptom_cause facts: a treatment's effects are side
effects, a cause must be a clean name, an infection is a symptom only of a condition, and a
disease, the page's own topic or a complication named among diseases or as a "health problem"
is no symptom a nurse looks for. "Complications" owns no symptom ("signs of complications, such
as ascites"), and under a lead-in of what a disease leads to ("problems of X can include A due
to B") A is a complication of the symptom B, not B's symptom.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract import page_topic
from trainer.generator.extract.cause_names import (
    SERIAL_LIST,
    TREATMENT_CAUSE,
    a_condition,
    an_infection,
    clean_cause,
)
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.germ_names import a_page_germ
from trainer.generator.extract.symptom_and_parts import and_apart
from trainer.generator.extract.symptom_doubts import doubt
from trainer.generator.extract.symptom_members import lead_in_member
from trainer.generator.extract.symptom_owners import an_activity
from trainer.generator.extract.symptom_shapes import symptom_shaped
from trainer.generator.facts import DRAFT_CONFIDENCE, ExtractedFact

# A cause that opens with an adverbial phrase and a comma ("in a few cases, X") was cut from a
# clause: its scope and rarity are lost, so it names no cause
_ADVERBIAL_OPENING = re.compile(r"^\s*(?:in|at|for|on|during|after|with)\s+[^,]{2,40},", re.I)
# "signs of complications, such as A", "Complications <heading run into> X can lead to A": the
# word names a category of what a disease leads to, never the condition whose sign A is
# "The problems of X can include A due to B", "Complications may be A caused by B": what a
# disease leads to, so A is a complication of the symptom B, not B's symptom
COMPLICATIONS_LEAD = re.compile(
    r"\b(?:complications|problems)\b(?:\s+(?:of|from|with)\s+[^,;]{1,60}?)?\s+"
    r"(?:(?:can|may|might|could)\s+)?(?:include|includes|be|are)\b",
    re.IGNORECASE,
)
# "These bruises, called purpura,": a word pointing back to the sentence before, then the
# name the text gives what it points to; the name is the symptom
NAMED_POINTER = re.compile(
    r"^\s*(?:these|those|this|such|the)\s+[\w-]+(?:\s+[\w-]+)?,?\s+(?:called|known\s+as|"
    r"named)\s+(?P<n>[^,;]{2,60}?)\s*,?\s*$",
    re.IGNORECASE,
)
# "if X causes (serious) symptoms, such as A": what follows the cue is named as symptoms, so the
# condition the clause stands in does not make A a mere possibility of the future
SYMPTOMS_NAMED = re.compile(
    r"^\s*(?:(?:serious|severe|bothersome|troublesome|noticeable|other)\s+)?(?:signs\s+and\s+)?"
    r"symptoms\s*,?\s+(?:such\s+as|like|including)\b",
    re.IGNORECASE,
)
# The conjunction that opens such a condition, and the words before it
IF_OPENING = re.compile(
    r"^.*\b(?:if|when)\s+(?:(?:your|their|his|her|a\s+person's|the\s+person's)\s+)?", re.I
)
_COMPLICATIONS_OWNER = re.compile(r"^(?:the\s+|its\s+|other\s+)?complications?\b", re.I)


def _topic_for_its_head(dc: DocContext, cause: str) -> str:
    """The page's topic where ``cause`` is its head ("lung cancer" on a page about small cell
    lung cancer): the page speaks of its topic by the shorter name, as the risk readers take
    it; any other cause is kept."""
    topic = dc.main_disease
    if topic is None:
        return cause
    c, t = cause.lower().strip(), topic.lower()
    return topic if len(c.split()) >= 2 and t.endswith(f" {c}") else cause


def pair_facts(
    dc: DocContext, seg: Segment, pairs: list[tuple[str, list[str], float]]
) -> list[ExtractedFact]:
    out = []
    for c, syms, conf in pairs:
        c = _topic_for_its_head(dc, c)
        if is_treatment(dc, c):
            continue  # "chemotherapy can cause nausea" is a side effect, not a symptom's cause
        if TREATMENT_CAUSE.search(c):
            continue  # "treatments for X can cause infertility": a side effect
        if _ADVERBIAL_OPENING.match(c) or not clean_cause(c):
            continue  # "in a few cases, bacteria": an aside cut into the cause, a clause
        if _COMPLICATIONS_OWNER.match(c):
            continue  # "signs of complications, such as ascites": no condition owns them
        if a_page_germ(dc, c):
            # "Group A strep causes - Strep throat - Scarlet fever": a germ makes the infection,
            # no symptom of it; the germ is what each infection it names is caught from
            out += [dc.fact(seg, Relation.RISK_FACTOR, s, c, conf) for s in syms
                    if _an_illness(dc, s) and s.lower() != c.lower()]
            continue
        if SERIAL_LIST.match(c) or an_activity(dc, c):
            continue  # "fever, vomiting, and diarrhea": several things; "surviving cancer"
        if _CATEGORY_CAUSE.match(c.strip()) and not _the_topic(dc, c):
            continue  # "heart conditions", "diseases and disorders", "others": no one condition
        # "Clots can cause a heart attack or stroke": a complication listed beside a disease is
        # an event the cause leads to, not a symptom
        among_diseases = any(_a_disease(dc, s) for s in syms)
        for s in [part for sign in syms for part in and_apart(dc.lexicon, sign)]:
            if an_infection(dc, s) and not a_condition(dc, c):
                continue  # "infections caused by Acanthamoeba": a germ makes the disease itself
            if among_diseases and a_complication(dc, s):
                continue
            if lead_in_member(s):
                continue  # "following: - Fast": the lead-in's words read into a member
            if c.lower().endswith(f" {s.lower()}") and not symptom_shaped(dc.lexicon, s):
                continue  # "arthritis" of juvenile idiopathic arthritis: the name's own head
                # (the fever of Q fever is a sign, and kept)
            if s.lower() != c.lower() and not _a_disease(dc, s):
                why = doubt(c, s, seg.body)
                if why is None:
                    out.append(dc.fact(seg, Relation.SYMPTOM_CAUSE, c, s, conf))
                else:  # a reading the sentence puts in doubt: a draft, with the reason
                    out.append(dc.fact(seg, Relation.SYMPTOM_CAUSE, c, s,
                                       min(conf, DRAFT_CONFIDENCE), flags=(why,)))
    return out


# A category of conditions, or a pronoun, in the cause's place: it names no condition a card
# could ask about ("Heart conditions can cause A", "Diseases and disorders that cause B")
_CATEGORY_CAUSE = re.compile(
    r"^(?:(?:some|many|other|certain|several|these|those|various)\s+)?(?:[\w-]+\s+)?"
    r"(?:conditions|disorders|diseases|illnesses)(?:\s+and\s+(?:conditions|disorders|diseases))?$"
    # "a symptom of another disorder": some other one, not named
    r"|^(?:another|some\s+other|an?\s+other)\s+(?:[\w-]+\s+)?(?:condition|disorder|disease|illness)$"
    r"|^(?:others?|some|many|these|those)$",
    re.IGNORECASE,
)


def _the_topic(dc: DocContext, cause: str) -> bool:
    """Whether ``cause`` names the page's topic ("many foodborne illnesses" on their page)."""
    bare = re.sub(r"^(?:some|many|other|certain|several|most)\s+", "", cause.strip(), flags=re.I)
    return page_topic.names_topic(dc, bare) is not None


def is_treatment(dc: DocContext, cause: str) -> bool:
    """Whether a cause names a drug, a class or a treatment phase (its effects are side effects)."""
    return any(m.is_kind("drug", "drug_class", "phase") for m in dc.find(cause))


def a_complication(dc: DocContext, name: str) -> bool:
    """Whether the lexicon types a name as a complication ("stroke", "heart failure")."""
    return any(
        h.kind == "condition" and h.type == "complication" for h in dc.lexicon.lookup(name)
    )


# "can lead to serious health problems, such as A and B": what follows are complications
# ("digestive problems, such as constipation" names symptoms of one organ: not these)
PROBLEMS_SUCH_AS = re.compile(
    r"\b(?:health\s+problems|complications|conditions|diseases|illness(?:es)?)\s*,?\s+"
    r"(?:such\s+as|like|including)\b",
    re.IGNORECASE,
)


# A name shaped like an illness a germ makes: "strep throat", "scarlet fever", "skin infections"
_ILLNESS_NAME = re.compile(
    r"^(?:[\w-]+\s+){0,3}(?:infections?|[a-z]+itis|fever|throat|pneumonia|sepsis|impetigo)$",
    re.IGNORECASE,
)
# what names no one illness: "infections", "serious infections", "other infections"
_BARE_INFECTION = re.compile(
    r"^(?:(?:serious|severe|other|many|some|these|those|common)\s+)*infections?$", re.IGNORECASE
)


def _an_illness(dc: DocContext, name: str) -> bool:
    """Whether a germ's object names one illness (a condition the lexicon knows, or a name
    shaped like one), not the bare word "infections"."""
    if _BARE_INFECTION.match(name.strip()):
        return False
    return a_condition(dc, name) or _ILLNESS_NAME.match(name.strip()) is not None


def _a_disease(dc: DocContext, name: str) -> bool:
    """"Sleep apnea can cause pulmonary hypertension": a disease one condition leads to, or the
    document's own topic, is a cause or a complication, not a symptom a nurse looks for."""
    hits = [h for h in dc.lexicon.lookup(name) if h.kind == "condition"]
    if any(h.type in ("disease", "subtype") for h in hits):
        return True
    topic = dc.main_disease
    return topic is not None and any(dc.same_disease(h.name, topic) for h in hits)
