"""How each relation is asked about, in the project's own words.

What a fact's subject and objects are, per relation (the generator's convention):

================= ============================ ===========================================
relation          subject                      objects
================= ============================ ===========================================
drug_target       a drug                       what it acts on (CD19, asparagine)
drug_class        a drug                       its classes (tyrosine kinase inhibitor)
phase_duration    a phase of treatment         how long it lasts (2-3 years): one value
phase_drugs       a phase of treatment         drugs (or drug classes) given in it
marker            a test or marker             what it shows or is used for
risk_factor       a disease                    things that raise the risk of getting it
symptom_cause     a cause (low platelet count) symptoms it brings about
prognostic_factor a disease                    factors, "(better prognosis)" when stated
numeric           a measure (cure rate)        its value (30-40%); qualifier: in whom
note              a question, as written       its answer(s)
================= ============================ ===========================================

A question must be answerable from its own text and have one right answer; when a phrasing
cannot promise that, the relation has no such question. Hence:

* Subjects of unknown grammar (a cause such as "leukemia cells spread to the brain", a test
  name that may or may not take an article) are put before a colon, not inside a sentence.
* Drug classes: a class that four or more drugs of the deck share ("chemotherapy",
  "targeted therapy") is a grouping, not the answer to "What class of drug is X?"; such a
  drug is asked only by multiple choice. "Which drug in this deck is a TKI?" is asked only
  when the deck names a specific class for every one of its drugs: otherwise another drug
  (imatinib, say) might be a right answer the deck does not know about.
* No reverse question for durations, numbers, phase drugs, symptoms, risk or prognostic
  factors: many subjects share such answers outside the deck too.
* No multiple choice for phase drugs (regimens overlap between phases and protocols:
  methotrexate is given in nearly every phase), nor for symptoms (one cytopenia's symptoms
  are another's), so a wrong choice could not be shown to be clearly wrong.
* Risk factors are asked only as multiple choice ("Name a risk factor" has countless right
  answers), with other diseases' risk factors as the wrong choices. A symptom is never a
  wrong choice: it is of another kind, so the card could be answered without knowing any
  risk factor. A deck on one disease therefore has no risk-factor card unless an instructor
  writes one (``trainer check-deck`` points these facts out).
* A drug's class is asked by its most specific class; a broad grouping ("chemotherapy") is
  asked only for a drug the deck gives no specific class.
* A marker is asked what it shows or what it is used for, never a bare "what does it help
  guide?" (six markers answered "classification and treatment" alike, and taught nothing).
* Prognostic factors are asked only where the source states the direction: "Does younger
  age point to a better or a poorer prognosis?".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from trainer.domain import Fact, Relation
from trainer.templates.deck_index import DeckIndex
from trainer.templates.distractors import BROAD_GROUP
from trainer.templates.phases import phase_order
from trainer.templates.wording import content_words, join_and, sentence_case, with_article

Question = Callable[[Fact, DeckIndex], str]
ObjectQuestion = Callable[[Fact, str, DeckIndex], str | None]  # None: not for this object
ObjectCard = Callable[[Fact, str, DeckIndex], tuple[str, str] | None]  # (question, answer)
Objects = Callable[[Fact, DeckIndex], tuple[str, ...]]



def _all_objects(fact: Fact, index: DeckIndex) -> tuple[str, ...]:
    return fact.objects


@dataclass(frozen=True, slots=True)
class Wording:
    """The questions one relation supports; None where it has none of that kind."""

    forward: Question | None = None  # answered by all of ``forward_objects``
    forward_objects: Objects = _all_objects
    reverse: ObjectQuestion | None = None  # answered by the subject (if unique in the deck)
    choice: Question | None = None  # multiple choice, one object right (one card per object)
    choice_objects: Objects = _all_objects  # the objects asked by multiple choice
    per_object: ObjectCard | None = None  # a basic card per object, template "ask-<object>"
    typed: bool = False  # also ask forward as a typed answer when it is one short value
    distractors_from: tuple[Relation, ...] = ()  # () -> the relation itself
    numeric: bool = False  # answers are numbers or durations, compared by value
    exclusive: bool = False  # a distractor never shares a subject with a right answer
    qualifier_in_question: bool = False  # else "In <qualifier>, ..." is put before it


def _topic_in(index: DeckIndex) -> str:
    return f" in {index.topic}" if index.topic else ""


def _phase(fact: Fact, index: DeckIndex) -> str:
    """``"the maintenance phase of ALL treatment"`` ("post-induction" phrased alike)."""
    name = phase_order().canonical(fact.subject) or fact.subject
    of_topic = f"{index.topic} " if index.topic else ""
    if re.search(r"\b(?:treatment|therapy|chemotherapy|phase)$", name):
        return f"{name} for {index.topic}" if index.topic else name
    return f"the {name} phase of {of_topic}treatment"


# ---- drug classes --------------------------------------------------------------------------


def _is_specific_class(cls: str, index: DeckIndex) -> bool:
    return len(index.subjects_of(Relation.DRUG_CLASS, cls)) < BROAD_GROUP


def _specific_classes(fact: Fact, index: DeckIndex) -> tuple[str, ...]:
    return tuple(c for c in fact.objects if _is_specific_class(c, index))


def _broad_classes_only(fact: Fact, index: DeckIndex) -> tuple[str, ...]:
    """A broad class is asked only when the deck knows no specific class of the drug."""
    return () if _specific_classes(fact, index) else fact.objects


def _class_reverse(fact: Fact, cls: str, index: DeckIndex) -> str | None:
    if not _is_specific_class(cls, index):
        return None
    for other in index.with_relation(Relation.DRUG_CLASS):
        if other.subject.casefold() == fact.subject.casefold():
            continue
        if not _specific_classes(other, index):
            return None  # the deck does not say what this drug is: it might be a `cls`
        if content_words(other.subject) & content_words(cls):
            return None  # "asparaginase" would answer "which drug is an asparaginase enzyme?"
    return f"Which drug in this deck is {with_article(cls)}?"


# ---- markers -------------------------------------------------------------------------------
# A marker's objects are of three kinds, each asked its own way: what the test is used for
# ("diagnosis of ALL", "treatment planning"), what a marker helps guide (bare decisions:
# "classification and treatment": CD10 is not *used for* treatment), and what a test can
# show ("abnormal white blood cell counts").

_GUIDES = re.compile(r"^(?:classification|diagnosis|prognosis|treatment|therapy|risk)"
                     r"(?:(?:,\s*|\s+and\s+)(?:classification|diagnosis|prognosis|treatment|"
                     r"therapy|risk))*$", re.IGNORECASE)
_PURPOSE = re.compile(
    r"^(?:diagnosis|classification|confirmation|detection|identification|monitoring|"
    r"measurement|assessment|determination|prediction|evaluation|staging)\s+of\b|planning$",
    re.IGNORECASE,
)


def _marker_kind(obj: str) -> str:
    if _GUIDES.match(obj):
        return "guides"
    return "purpose" if _PURPOSE.search(obj) else "shows"


def _purposes(fact: Fact, index: DeckIndex) -> tuple[str, ...]:
    return tuple(o for o in fact.objects if _marker_kind(o) == "purpose")




def _marker_other(fact: Fact, obj: str, index: DeckIndex) -> tuple[str, str] | None:
    """One card for all of a marker's findings (made for the first of them)."""
    kind = _marker_kind(obj)
    if kind != "shows":
        return None
    same = [o for o in fact.objects if _marker_kind(o) == kind]
    if obj != same[0]:
        return None
    question = f"{sentence_case(fact.subject)}: what can it show{_topic_in(index)}?"
    return question, sentence_case(join_and(same))


# ---- prognostic factors --------------------------------------------------------------------

_DIRECTION = re.compile(r"^(?P<factor>.+?)\s*\((?P<dir>better|poorer|worse|good|poor)"
                        r"(?:er)?\s+prognosis\)$", re.IGNORECASE)


def _prognosis_direction(fact: Fact, obj: str, index: DeckIndex) -> tuple[str, str] | None:
    match = _DIRECTION.match(obj)
    if match is None:
        return None
    better = match.group("dir").lower() in ("better", "good")
    where = fact.qualifier or fact.subject  # the subtype, when the source names one
    question = (f"{sentence_case(match.group('factor'))} in {where}: "
                "a better or a poorer prognosis?")
    return question, "A better prognosis" if better else "A poorer prognosis"


# ---- numbers -------------------------------------------------------------------------------


def _numeric(fact: Fact, index: DeckIndex) -> str:
    if fact.qualifier and index.topic:
        return f"Roughly what is the {fact.subject} for {fact.qualifier} with {index.topic}?"
    if fact.qualifier:
        return f"Roughly what is the {fact.subject} for {fact.qualifier}?"
    return f"Roughly what is the {fact.subject}{_topic_in(index)}?"


WORDINGS: dict[Relation, Wording] = {
    Relation.DRUG_TARGET: Wording(
        forward=lambda f, i: f"What does {f.subject} target?",
        reverse=lambda f, o, i: f"Which drug in this deck targets {o}?",
        choice=lambda f, i: (f"What does {f.subject} target?" if len(f.objects) == 1
                             else f"Which of these is a target of {f.subject}?"),
        typed=True,
    ),
    Relation.DRUG_CLASS: Wording(
        forward=lambda f, i: f"What class of drug is {f.subject}?",
        forward_objects=_specific_classes,
        reverse=_class_reverse,
        choice=lambda f, i: f"Which of these classes does {f.subject} belong to?",
        choice_objects=_broad_classes_only,
        typed=True,
        exclusive=True,
    ),
    Relation.PHASE_DURATION: Wording(
        forward=lambda f, i: f"How long does {_phase(f, i)} usually last?",
        choice=lambda f, i: f"How long does {_phase(f, i)} usually last?",
        typed=True,
        numeric=True,
    ),
    Relation.PHASE_DRUGS: Wording(
        forward=lambda f, i: (f"Which drug does this deck list for {_phase(f, i)}?"
                              if len(f.objects) == 1
                              else f"Which drugs are typically given during {_phase(f, i)}?"),
    ),
    Relation.MARKER: Wording(
        forward=lambda f, i: f"{sentence_case(f.subject)}: what is it used for{_topic_in(i)}?",
        forward_objects=_purposes,
        per_object=_marker_other,
    ),
    Relation.RISK_FACTOR: Wording(
        choice=lambda f, i: f"Which of these is a recognised risk factor for {f.subject}?",
        exclusive=True,
    ),
    Relation.SYMPTOM_CAUSE: Wording(
        forward=lambda f, i: (f"{sentence_case(f.subject)}: which "
                              f"{'symptom' if len(f.objects) == 1 else 'symptoms'} "
                              f"can this cause{_topic_in(i)}?"),
    ),
    Relation.PROGNOSTIC_FACTOR: Wording(per_object=_prognosis_direction,
                                        qualifier_in_question=True),
    Relation.NUMERIC: Wording(
        forward=_numeric,
        choice=_numeric,
        numeric=True,
        qualifier_in_question=True,
    ),
    Relation.NOTE: Wording(forward=lambda f, i: f.subject),
}


def qualified(question: str, qualifier: str | None) -> str:
    """``"In adults, what ...?"`` when the fact is qualified."""
    if not qualifier:
        return question
    return f"In {qualifier}, {question[:1].lower()}{question[1:]}"


def answer_text(objects: tuple[str, ...]) -> str:
    """Objects as one answer: ``"CD19 and CD3"``."""
    return sentence_case(join_and(list(objects))) if objects else ""
