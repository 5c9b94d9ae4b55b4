"""Multiple-choice cards never offer a second right answer, whatever the deck.

A deck asks each thing once, so an object its forward card asks for gets no multiple-choice
card; the quiz still asks every object by multiple choice. The distractor rules are checked
here on every (fact, object) a multiple-choice question could be made for.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.domain import CardKind, Citation, Deck, Fact, FactStatus, Relation
from trainer.templates import render_cards
from trainer.templates.deck_index import DeckIndex, value_key
from trainer.templates.distractors import MIN_DISTRACTORS, choose_distractors
from trainer.templates.keys import stable_rng
from trainer.templates.phrasing import WORDINGS

CITE = Citation("doc000", (1, 1))
TARGETS = ["CD19", "CD3", "CD22", "CD20", "BCR-ABL", "CD38", "FLT3", "JAK2"]
DRUGS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
DURATIONS = ["2-3 years", "4-6 weeks", "6 months", "1 year", "8 weeks", "30 months"]
PHASES = ["induction", "consolidation", "maintenance", "pre-phase"]

targets_decks = st.lists(
    st.tuples(st.sampled_from(DRUGS), st.lists(st.sampled_from(TARGETS), min_size=1,
                                                  max_size=3, unique=True)),
    min_size=1, max_size=6, unique_by=lambda pair: pair[0],
)


def make_deck(relation: Relation, rows: list[tuple[str, list[str]]]) -> Deck:
    facts = tuple(
        Fact(f"{subject}.{relation.value}", relation, subject, tuple(objects), (CITE,))
        for subject, objects in rows
    )
    return Deck(id="h", title="H", facts=facts)


def choices_for(deck: Deck, fact: Fact, obj: str) -> list[str]:
    """The choices a multiple-choice question on ``obj`` of ``fact`` would offer."""
    wording = WORDINGS[fact.relation]
    wrong = choose_distractors(fact, obj, DeckIndex.of(deck), stable_rng(f"{fact.id}/{obj}"),
                               pool=wording.distractors_from or (fact.relation,),
                               numeric=wording.numeric, exclusive=wording.exclusive)
    return [obj, *wrong] if len(wrong) >= MIN_DISTRACTORS else []


def check_mcqs(deck: Deck) -> None:
    for card in render_cards(deck):
        if card.kind is CardKind.MCQ:
            assert card.correct_choice is not None
            assert card.choices[card.correct_choice] == card.answer
    for fact in deck.facts:
        right = {value_key(o) for f in deck.facts if f.relation is fact.relation
                 and f.subject.casefold() == fact.subject.casefold() for o in f.objects}
        for obj in fact.objects:
            choices = choices_for(deck, fact, obj)
            if not choices:
                continue
            assert 3 <= len(choices) <= 4
            assert len({value_key(c) for c in choices}) == len(choices)
            assert [c for c in choices if value_key(c) in right] == [obj], choices


@settings(max_examples=200, deadline=None)
@given(targets_decks)
def test_target_mcq_has_exactly_one_right_choice(rows: list[tuple[str, list[str]]]) -> None:
    check_mcqs(make_deck(Relation.DRUG_TARGET, rows))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PHASES), st.lists(st.sampled_from(DURATIONS),
                                                              min_size=1, max_size=1)),
                min_size=1, max_size=4, unique_by=lambda pair: pair[0]))
def test_duration_mcq_has_exactly_one_right_choice(rows: list[tuple[str, list[str]]]) -> None:
    check_mcqs(make_deck(Relation.PHASE_DURATION, rows))


def test_a_drug_never_gets_its_other_target_as_a_distractor() -> None:
    deck = make_deck(Relation.DRUG_TARGET, [
        ("blinatumomab", ["CD19", "CD3"]), ("inotuzumab", ["CD22"]), ("imatinib", ["BCR-ABL"]),
        ("rituximab", ["CD20"]),
    ])
    blinatumomab = deck.facts[0]
    for target in ("CD19", "CD3"):
        choices = choices_for(deck, blinatumomab, target)
        assert choices and not ({"CD19", "CD3"} - {target}) & set(choices)


def test_mcq_is_skipped_with_fewer_than_two_distractors() -> None:
    deck = make_deck(Relation.DRUG_CLASS, [("alpha", ["chemotherapy"]),
                                           ("beta", ["glucocorticoid"])])
    assert choices_for(deck, deck.facts[0], "chemotherapy") == []
    assert not [c for c in render_cards(deck) if c.kind is CardKind.MCQ]


def test_near_duplicate_names_are_not_distractors() -> None:
    deck = make_deck(Relation.DRUG_TARGET, [
        ("imatinib", ["BCR-ABL"]), ("dasatinib", ["BCR-ABL1"]), ("blinatumomab", ["CD19"]),
        ("inotuzumab", ["CD22"]),
    ])
    choices = choices_for(deck, deck.facts[0], "BCR-ABL")
    assert choices and "BCR-ABL1" not in choices


def test_overlapping_numbers_are_not_distractors() -> None:
    facts = tuple(
        Fact(f"{s.replace(' ', '-')}.numeric", Relation.NUMERIC, s, (v,), (CITE,))
        for s, v in [("remission rate", "80-90%"), ("cure rate", "30-40%"),
                     ("survival rate", "85%"), ("relapse rate", "10%"), ("event rate", "90%")]
    )
    deck = Deck(id="n", title="N", facts=facts)
    assert set(choices_for(deck, facts[0], "80-90%")) == {"80-90%", "30-40%", "10%"}


def test_unsettled_values_are_never_offered() -> None:
    deck = Deck(id="c", title="C", facts=(
        Fact("a.drug_target", Relation.DRUG_TARGET, "a", ("CD19",), (CITE,)),
        Fact("b.drug_target", Relation.DRUG_TARGET, "b", ("CD22",), (CITE,)),
        Fact("c.drug_target", Relation.DRUG_TARGET, "c", ("CD20",), (CITE,)),
        Fact("d.drug_target", Relation.DRUG_TARGET, "d", ("CD33",), (CITE,),
             status=FactStatus.CONFLICT),
    ))
    for card in render_cards(deck):
        assert "CD33" not in card.choices
        assert "CD33" not in card.answer


def test_choices_are_stable_across_runs() -> None:
    deck = make_deck(Relation.DRUG_TARGET, [(d, [t]) for d, t in zip(DRUGS, TARGETS, strict=False)])
    assert render_cards(deck) == render_cards(deck)


CLASSES = ["chemotherapy", "glucocorticoid", "targeted therapy", "tyrosine kinase inhibitor",
           "antibody-drug conjugate", "CAR T-cell therapy"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(DRUGS), st.lists(st.sampled_from(CLASSES),
                                                             min_size=1, max_size=2, unique=True)),
                min_size=1, max_size=6, unique_by=lambda pair: pair[0]))
def test_class_mcq_never_offers_a_class_that_shares_a_drug_with_a_right_one(
        rows: list[tuple[str, list[str]]]) -> None:
    deck = make_deck(Relation.DRUG_CLASS, rows)
    check_mcqs(deck)
    together = {(a, b) for _, classes in rows for a in classes for b in classes}
    for card in render_cards(deck):
        if card.kind is CardKind.MCQ:
            right = card.answer.casefold()
            for choice in card.choices:
                if choice != card.answer:
                    assert (right, choice.casefold()) not in {
                        (a.casefold(), b.casefold()) for a, b in together}


SYMPTOMS = ["fatigue", "fever", "nosebleeds", "headache", "male sex", "infection"]
RISKS = ["Down syndrome", "benzene", "infections", "male sex", "age"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(RISKS), min_size=1, max_size=5, unique=True),
       st.lists(st.sampled_from(SYMPTOMS), min_size=1, max_size=6, unique=True))
def test_risk_factor_distractors_are_other_diseases_risk_factors(risks: list[str],
                                                                  symptoms: list[str]) -> None:
    others = ["smoking", "obesity", "asbestos", "sun exposure"]
    deck = Deck(id="r", title="R", facts=(
        Fact("all.risk_factor", Relation.RISK_FACTOR, "ALL", tuple(risks), (CITE,)),
        Fact("cause.symptom_cause", Relation.SYMPTOM_CAUSE, "cause", tuple(symptoms), (CITE,)),
        Fact("lung.risk_factor", Relation.RISK_FACTOR, "lung cancer", tuple(others), (CITE,)),
    ))
    mcqs = [c for c in render_cards(deck) if c.kind is CardKind.MCQ
            and c.sibling == "all.risk_factor"]
    assert len(mcqs) == len(risks)
    for card in mcqs:
        wrong = {c.casefold() for i, c in enumerate(card.choices) if i != card.correct_choice}
        assert wrong <= set(others)  # never a symptom, never one of ALL's own risk factors


@settings(max_examples=150, deadline=None)
@given(st.lists(
    st.tuples(st.sampled_from(list(Relation)), st.text(min_size=1, max_size=20),
              st.lists(st.text(min_size=1, max_size=20), min_size=1, max_size=4),
              st.sampled_from(list(FactStatus))),
    max_size=12))
def test_any_deck_renders_with_unique_keys(
        rows: list[tuple[Relation, str, list[str], FactStatus]]) -> None:
    facts = tuple(Fact(f"f{i}", relation, subject, tuple(objects), (CITE,), status=status)
                  for i, (relation, subject, objects, status) in enumerate(rows))
    deck = Deck(id="any", title="Any", group="ALL", facts=facts)
    cards = render_cards(deck)
    assert len({c.key for c in cards}) == len(cards)
    assert cards == render_cards(deck)
    studied = {f.id for f in facts if f.status.yields_cards}
    assert all(c.sibling in studied or c.key.startswith("order/") for c in cards)


def test_a_one_disease_deck_offers_no_symptom_as_a_wrong_risk_factor() -> None:
    deck = Deck(id="r", title="R", facts=(
        Fact("all.risk_factor", Relation.RISK_FACTOR, "ALL", ("benzene", "Down syndrome"),
             (CITE,)),
        Fact("cause.symptom_cause", Relation.SYMPTOM_CAUSE, "anaemia",
             ("fatigue", "dizziness", "pallor", "weakness"), (CITE,)),
    ))
    assert not [c for c in render_cards(deck) if c.kind is CardKind.MCQ]
