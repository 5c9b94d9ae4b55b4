"""How each relation is asked about, in the project's own words.

What a fact's subject and objects are, per relation (the generator's convention):

============== ======================== ===============================================
relation       subject                  objects
============== ======================== ===============================================
drug_target    a drug                   what it binds or inhibits (CD19, BCR-ABL)
drug_class     a drug                   its class (tyrosine kinase inhibitor)
phase_duration a phase of treatment     how long it lasts (2-3 years): one value
phase_drugs    a phase of treatment     drugs given in it
marker         a disease or subtype     markers that identify or classify it
risk_factor    a disease                things that raise the risk of getting it
symptom_cause  a cause (low platelets)  symptoms it brings about
prognostic_... a disease                factors that affect its prognosis
numeric        a measured quantity      its value (80-90%): one value; the qualifier
                                        says in whom (adults, children)
note           a question, as written   its answer(s)
============== ======================== ===============================================

Each :class:`Wording` says which questions a relation supports. A question must be
answerable from its own text and have one right answer; when a phrasing cannot promise
that, the relation simply has no such question. In particular:

* no reverse question for durations, numbers, phase drugs, risk or prognostic factors:
  many subjects share such answers, or the deck cannot know it lists them all;
* no multiple-choice question for phase drugs: regimens overlap between phases and
  protocols (methotrexate is given in nearly every phase), so a drug listed for another
  phase is not clearly wrong;
* risk factors are asked only as multiple choice ("Name a risk factor" has many right
  answers), with symptoms as the wrong choices: a symptom is an effect of the disease.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from trainer.domain import Fact, Relation
from trainer.templates.phases import phase_order
from trainer.templates.wording import join_and, sentence_case, with_article

Question = Callable[[Fact, str], str]  # (fact, topic) -> question
ReverseQuestion = Callable[[Fact, str, str], str]  # (fact, object, topic) -> question


@dataclass(frozen=True, slots=True)
class Wording:
    """The questions one relation supports; None where it has none of that kind."""

    forward: Question | None = None  # answered by all the fact's objects
    reverse: ReverseQuestion | None = None  # answered by the subject, given one object
    choice: Question | None = None  # multiple choice, one object right (per object)
    typed: bool = False  # also ask forward as a typed answer when it is short
    distractors_from: tuple[Relation, ...] = ()  # () -> the relation itself
    numeric: bool = False  # answers are numbers or durations


def _in_topic(topic: str) -> str:
    return f" in {topic}" if topic else ""


def _phase(fact: Fact, topic: str) -> str:
    """``"the maintenance phase of ALL treatment"``, or the subject as written when the
    phase is not a known one ("post-induction therapy for ALL")."""
    canonical = phase_order().canonical(fact.subject)
    if canonical is not None:
        of_topic = f"{topic} " if topic else ""
        return f"the {canonical} phase of {of_topic}treatment"
    return fact.subject + (f" for {topic}" if topic else "")


def _many(fact: Fact, one: str, several: str) -> str:
    return one if len(fact.objects) == 1 else several


WORDINGS: dict[Relation, Wording] = {
    Relation.DRUG_TARGET: Wording(
        forward=lambda f, t: f"What does {f.subject} target?",
        reverse=lambda f, o, t: f"Which drug in this deck targets {o}?",
        choice=lambda f, t: _many(
            f, f"What does {f.subject} target?", f"Which of these is a target of {f.subject}?"
        ),
        typed=True,
    ),
    Relation.DRUG_CLASS: Wording(
        forward=lambda f, t: f"What class of drug is {f.subject}?",
        reverse=lambda f, o, t: f"Which drug in this deck is {with_article(o)}?",
        choice=lambda f, t: _many(
            f, f"What class of drug is {f.subject}?", f"Which of these describes {f.subject}?"
        ),
        typed=True,
    ),
    Relation.PHASE_DURATION: Wording(
        forward=lambda f, t: f"How long does {_phase(f, t)} usually last?",
        choice=lambda f, t: f"How long does {_phase(f, t)} usually last?",
        typed=True,
        numeric=True,
    ),
    Relation.PHASE_DRUGS: Wording(
        forward=lambda f, t: _many(
            f,
            f"Which drug does this deck list for {_phase(f, t)}?",
            f"Which drugs are typically given during {_phase(f, t)}?",
        ),
    ),
    Relation.MARKER: Wording(
        forward=lambda f, t: _many(
            f,
            f"Which marker identifies {f.subject}?",
            f"Which markers are used to identify and classify {f.subject}?",
        ),
        choice=lambda f, t: f"Which of these is a marker used to classify {f.subject}?",
    ),
    Relation.RISK_FACTOR: Wording(
        choice=lambda f, t: f"Which of these is a recognised risk factor for {f.subject}?",
        distractors_from=(Relation.SYMPTOM_CAUSE,),
    ),
    Relation.SYMPTOM_CAUSE: Wording(
        forward=lambda f, t: _many(
            f,
            f"Which symptom can {f.subject} cause{_in_topic(t)}?",
            f"Which symptoms can {f.subject} cause{_in_topic(t)}?",
        ),
    ),
    Relation.PROGNOSTIC_FACTOR: Wording(
        choice=lambda f, t: f"Which of these affects the prognosis of {f.subject}?",
    ),
    Relation.NUMERIC: Wording(
        forward=lambda f, t: f"Roughly what is the {f.subject}{_in_topic(t)}?",
        choice=lambda f, t: f"Roughly what is the {f.subject}{_in_topic(t)}?",
        numeric=True,
    ),
    Relation.NOTE: Wording(forward=lambda f, t: f.subject),
}


def qualified(question: str, qualifier: str | None) -> str:
    """``"In adults, what ...?"`` when the fact is qualified."""
    if not qualifier:
        return question
    return f"In {qualifier}, {question[:1].lower()}{question[1:]}"


def answer_text(objects: tuple[str, ...]) -> str:
    """All of a fact's objects as one answer."""
    return sentence_case(join_and(list(objects))) if objects else ""
