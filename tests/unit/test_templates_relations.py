"""Each relation's templates: the exact questions and answers they produce."""

from __future__ import annotations

from trainer.domain import CardContent, CardKind, Citation, Deck, Fact, FactStatus, Relation, Source
from trainer.templates import render_cards

R = Relation
CITE = Citation("doc003", (14, 15))


def fact(relation: Relation, subject: str, *objects: str, qualifier: str | None = None,
         status: FactStatus = FactStatus.DRAFT, fid: str | None = None) -> Fact:
    fid = fid or f"{subject.replace(' ', '-').lower()}.{relation.value}"
    if qualifier:
        fid += f".{qualifier}"
    return Fact(fid, relation, subject, objects, (CITE,), status=status, qualifier=qualifier)


def deck(*facts: Fact, group: str = "ALL") -> Deck:
    return Deck(id="test", title="Test", group=group,
                sources=(Source("doc003", "003_4dc0da2e69ed16bb.txt"),), facts=facts)


def cards_by_key(*facts: Fact, group: str = "ALL") -> dict[str, CardContent]:
    return {c.key: c for c in render_cards(deck(*facts, group=group))}


TARGETS = (
    fact(R.DRUG_TARGET, "blinatumomab", "CD19", "CD3"),
    fact(R.DRUG_TARGET, "inotuzumab ozogamicin", "CD22"),
    fact(R.DRUG_TARGET, "tisagenlecleucel", "CD19"),
    fact(R.DRUG_TARGET, "imatinib", "BCR-ABL"),
)


def test_drug_target_forward_lists_every_target() -> None:
    card = cards_by_key(*TARGETS)["blinatumomab.drug_target/forward"]
    assert (card.kind, card.prompt, card.answer) == (
        CardKind.BASIC, "What does blinatumomab target?", "CD19 and CD3")
    assert card.sibling == "blinatumomab.drug_target"


def test_drug_target_reverse_only_when_the_target_is_unique_in_the_deck() -> None:
    cards = cards_by_key(*TARGETS)
    reverse = cards["inotuzumab-ozogamicin.drug_target/reverse-cd22"]
    assert reverse.prompt == "Which drug in this deck targets CD22?"
    assert reverse.answer == "Inotuzumab ozogamicin"
    assert "blinatumomab.drug_target/reverse-cd3" in cards
    # CD19 is a target of two drugs: asking "which drug targets CD19?" has two answers.
    assert not any(k.endswith("/reverse-cd19") for k in cards)


def test_drug_target_is_typed_for_a_single_short_target_and_asked_once() -> None:
    cards = cards_by_key(*TARGETS)
    typed = cards["inotuzumab-ozogamicin.drug_target/forward"]
    assert (typed.kind, typed.prompt, typed.answer) == (
        CardKind.TYPED, "What does inotuzumab ozogamicin target?", "CD22")
    assert cards["blinatumomab.drug_target/forward"].kind is CardKind.BASIC  # two targets
    # The forward card asks for every target: no second card asks the same by choices.
    assert not any("/mcq-" in k or k.endswith("/typed") for k in cards)


def test_drug_class_forward_reverse_and_typed() -> None:
    cards = cards_by_key(
        fact(R.DRUG_CLASS, "imatinib", "tyrosine kinase inhibitor"),
        fact(R.DRUG_CLASS, "dasatinib", "tyrosine kinase inhibitor"),
        fact(R.DRUG_CLASS, "inotuzumab ozogamicin", "antibody-drug conjugate"),
    )
    forward = cards["imatinib.drug_class/forward"]
    assert (forward.prompt, forward.answer) == (
        "What class of drug is imatinib?", "Tyrosine kinase inhibitor")
    assert forward.kind is CardKind.TYPED
    assert not any(k.endswith("/typed") or "/mcq-" in k for k in cards)
    reverse = cards["inotuzumab-ozogamicin.drug_class/reverse-antibody-drug-conjugate"]
    assert reverse.prompt == "Which drug in this deck is an antibody-drug conjugate?"
    assert reverse.answer == "Inotuzumab ozogamicin"
    # Two tyrosine kinase inhibitors: "which drug is a TKI?" would have two answers.
    assert not any(k.endswith("reverse-tyrosine-kinase-inhibitor") for k in cards)


def test_phase_duration_question_names_the_phase_and_topic() -> None:
    cards = cards_by_key(fact(R.PHASE_DURATION, "maintenance", "2-3 years"))
    forward = cards["maintenance.phase_duration/forward"]
    assert forward.prompt == "How long does the maintenance phase of ALL treatment usually last?"
    assert (forward.answer, forward.kind) == ("2-3 years", CardKind.TYPED)
    assert list(cards) == ["maintenance.phase_duration/forward"]  # asked once


def test_phase_duration_of_an_unknown_phase_keeps_its_name() -> None:
    cards = cards_by_key(fact(R.PHASE_DURATION, "post-induction therapy", "2-3 years"))
    assert cards["post-induction-therapy.phase_duration/forward"].prompt == (
        "How long does post-induction therapy for ALL usually last?")


def test_deck_without_group_asks_without_a_topic() -> None:
    cards = cards_by_key(fact(R.PHASE_DURATION, "maintenance", "2-3 years"), group="")
    assert cards["maintenance.phase_duration/forward"].prompt == (
        "How long does the maintenance phase of treatment usually last?")


def test_phase_drugs_lists_all_drugs_and_has_no_mcq() -> None:
    cards = cards_by_key(
        fact(R.PHASE_DRUGS, "induction", "vincristine", "prednisone", "asparaginase"),
        fact(R.PHASE_DRUGS, "maintenance", "mercaptopurine", "methotrexate"),
        fact(R.PHASE_DRUGS, "consolidation", "cytarabine", "cyclophosphamide"),
    )
    forward = cards["induction.phase_drugs/forward"]
    assert forward.prompt == (
        "Which drugs are typically given during the induction phase of ALL treatment?")
    assert forward.answer == "Vincristine, prednisone and asparaginase"
    assert not any("/mcq" in k or "/reverse" in k for k in cards)


def test_numeric_question_carries_its_qualifier() -> None:
    cards = cards_by_key(
        fact(R.NUMERIC, "remission rate after induction", "80-90%", qualifier="adults"))
    card = cards["remission-rate-after-induction.numeric.adults/forward"]
    assert card.prompt == "Roughly what is the remission rate after induction for adults with ALL?"
    assert card.answer == "80-90%"


def test_risk_factor_is_asked_by_choices_among_other_diseases_risk_factors() -> None:
    cards = cards_by_key(
        fact(R.RISK_FACTOR, "ALL", "Down syndrome", "ionizing radiation", "benzene exposure",
             fid="all.risk_factor"),
        fact(R.RISK_FACTOR, "lung cancer", "smoking", "asbestos", "radon", fid="lung.rf"),
        fact(R.SYMPTOM_CAUSE, "anemia", "fatigue", "shortness of breath"),
        fact(R.SYMPTOM_CAUSE, "low platelet count", "easy bruising", "nosebleeds"),
    )
    risk = [c for k, c in cards.items() if k.startswith("all.risk_factor/")]
    assert {c.key for c in risk} == {
        "all.risk_factor/mcq-down-syndrome",
        "all.risk_factor/mcq-ionizing-radiation",
        "all.risk_factor/mcq-benzene-exposure",
    }
    for card in risk:
        assert card.prompt == "Which of these is a recognised risk factor for ALL?"
        assert card.correct_choice is not None
        wrong = [c for i, c in enumerate(card.choices) if i != card.correct_choice]
        assert set(wrong) <= {"Smoking", "Asbestos", "Radon"}  # never a symptom
        assert len(card.choices) == 4


def test_risk_factors_of_a_one_disease_deck_yield_no_card() -> None:
    cards = cards_by_key(
        fact(R.RISK_FACTOR, "ALL", "Down syndrome", "benzene", "male sex", fid="all.rf"),
        fact(R.SYMPTOM_CAUSE, "anemia", "fatigue", "shortness of breath", "dizziness"),
    )
    assert not [k for k in cards if k.startswith("all.rf/")]


def test_risk_factor_without_symptoms_in_the_deck_yields_no_card() -> None:
    cards = cards_by_key(fact(R.RISK_FACTOR, "ALL", "Down syndrome", "male sex", fid="all.rf"))
    assert cards == {}


def test_every_card_cites_its_source_file_and_lines() -> None:
    for card in render_cards(deck(*TARGETS)):
        assert card.source == CITE
        assert card.explanation == "Source: 003_4dc0da2e69ed16bb.txt, lines 14–15"


def test_conflict_and_rejected_facts_yield_no_card() -> None:
    cards = cards_by_key(
        fact(R.PHASE_DURATION, "maintenance", "2-3 years", "5 years", status=FactStatus.CONFLICT),
        fact(R.DRUG_TARGET, "imatinib", "BCR-ABL", status=FactStatus.REJECTED),
    )
    assert cards == {}


def test_rendering_is_deterministic() -> None:
    first = render_cards(deck(*TARGETS))
    again = render_cards(deck(*TARGETS))
    assert first == again
    assert len({c.key for c in first}) == len(first)


CHEMO = [fact(R.DRUG_CLASS, d, "chemotherapy") for d in
         ("vincristine", "methotrexate", "cytarabine", "mercaptopurine")]


def test_a_broad_class_is_not_the_answer_to_what_class_a_drug_is() -> None:
    cards = cards_by_key(
        *CHEMO,
        fact(R.DRUG_CLASS, "dexamethasone", "chemotherapy", "glucocorticoid"),
        fact(R.DRUG_CLASS, "blinatumomab", "bispecific T-cell engager"),
        fact(R.DRUG_CLASS, "inotuzumab ozogamicin", "antibody-drug conjugate"),
    )
    assert "vincristine.drug_class/forward" not in cards  # "chemotherapy" is a grouping
    assert cards["dexamethasone.drug_class/forward"].answer == "Glucocorticoid"
    mcq = cards["vincristine.drug_class/mcq-chemotherapy"]
    assert mcq.prompt == "Which of these classes does vincristine belong to?"
    # Dexamethasone is chemotherapy AND a glucocorticoid: "glucocorticoid" is no clearly
    # wrong class for a chemotherapy drug.
    assert "Glucocorticoid" not in mcq.choices


def test_class_reverse_needs_every_drug_of_the_deck_classified() -> None:
    specific = (fact(R.DRUG_CLASS, "dasatinib", "tyrosine kinase inhibitor"),
                fact(R.DRUG_CLASS, "blinatumomab", "bispecific T-cell engager"))
    cards = cards_by_key(*specific)
    assert cards["dasatinib.drug_class/reverse-tyrosine-kinase-inhibitor"].prompt == (
        "Which drug in this deck is a tyrosine kinase inhibitor?")
    # Vincristine and the others are known here only as chemotherapy, a grouping four
    # drugs share: the deck cannot rule out that one of them is a TKI too.
    cards = cards_by_key(*specific, *CHEMO)
    assert not any("/reverse" in k for k in cards)


def test_markers_are_asked_by_what_they_are_for() -> None:
    cards = cards_by_key(
        fact(R.MARKER, "bone marrow biopsy", "diagnosis of ALL", "treatment planning"),
        fact(R.MARKER, "CD10", "classification and treatment"),
        fact(R.MARKER, "complete blood count", "abnormal white blood cell counts"),
    )
    assert (cards["bone-marrow-biopsy.marker/forward"].prompt,
            cards["bone-marrow-biopsy.marker/forward"].answer) == (
        "Bone marrow biopsy: what is it used for in ALL?",
        "Diagnosis of ALL and treatment planning")
    # "What does CD10 help guide?" -> "classification and treatment" teaches nothing.
    assert not any(k.startswith("cd10.") for k in cards)
    card = cards["complete-blood-count.marker/ask-abnormal-white-blood-cell-counts"]
    assert (card.prompt, card.answer) == ("Complete blood count: what can it show in ALL?",
                                          "Abnormal white blood cell counts")


def test_symptom_causes_are_named_before_a_colon() -> None:
    cards = cards_by_key(
        fact(R.SYMPTOM_CAUSE, "leukemia cells spread to the brain", "headache", "seizures"),
        fact(R.SYMPTOM_CAUSE, "low platelet count", "nosebleeds"),
    )
    assert cards["leukemia-cells-spread-to-the-brain.symptom_cause/forward"].prompt == (
        "Leukemia cells spread to the brain: which symptoms can this cause in ALL?")
    card = cards["low-platelet-count.symptom_cause/forward"]
    assert (card.prompt, card.answer) == (
        "Low platelet count: which symptom can this cause in ALL?", "Nosebleeds")
    assert not any("/reverse" in k or "/mcq" in k for k in cards)


def test_prognostic_factors_are_asked_only_with_a_stated_direction() -> None:
    cards = cards_by_key(fact(
        R.PROGNOSTIC_FACTOR, "acute lymphoblastic leukemia", "younger age (better prognosis)",
        "Philadelphia chromosome (poorer prognosis)", "subtype", fid="all.pf"))
    assert {k: (c.prompt, c.answer) for k, c in cards.items()} == {
        "all.pf/ask-younger-age-better-prognosis": (
            "Younger age in acute lymphoblastic leukemia: a better or a poorer prognosis?",
            "A better prognosis"),
        "all.pf/ask-philadelphia-chromosome-poorer-prognosis": (
            "Philadelphia chromosome in acute lymphoblastic leukemia: a better or a poorer "
            "prognosis?", "A poorer prognosis"),
    }


def test_a_prognostic_factor_of_a_subtype_is_asked_about_the_subtype() -> None:
    cards = cards_by_key(fact(
        R.PROGNOSTIC_FACTOR, "acute lymphoblastic leukemia", "age over 35 years (poorer prognosis)",
        qualifier="Philadelphia chromosome-negative acute lymphoblastic leukemia", fid="all.pf"))
    assert [(c.prompt, c.answer) for c in cards.values()] == [(
        "Age over 35 years in Philadelphia chromosome-negative acute lymphoblastic leukemia: "
        "a better or a poorer prognosis?", "A poorer prognosis")]


def test_numeric_without_qualifier() -> None:
    cards = cards_by_key(fact(R.NUMERIC, "5-year survival rate", "about 90%"))
    card = cards["5-year-survival-rate.numeric/forward"]
    assert (card.prompt, card.answer) == (
        "Roughly what is the 5-year survival rate in ALL?", "About 90%")
