"""Risk factors, symptoms and markers read from the structure of question-and-answer pages.

Each case is a short text written for the test in the shape such pages take (a question as the
title, lists flattened into one line, lead-ins that promise symptoms without naming whose), with
the facts a careful reader takes from it, and no fact where the text states none.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import Triple, of, triples

from trainer.domain import Relation


def facts(tmp_path: Path, text: str) -> set[Triple]:
    return triples(tmp_path, text, "page.md")


def test_a_question_title_names_the_topic_the_lexicon_does_not_know(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "## What causes Frobnitz Fever ?\n\n"
        "Some health problems can put people at risk for frobnitz fever. - hypothyroidism "
        "(an underactive thyroid) - psoriasis - chronic kidney disease\n",
    )
    assert of(found, Relation.RISK_FACTOR) == {
        ("frobnitz fever", "hypothyroidism"),
        ("frobnitz fever", "psoriasis"),
        ("frobnitz fever", "chronic kidney disease"),
    }


def test_a_title_naming_who_keeps_the_topic_whole(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "## Who is at risk for Urinary Tract Infection In Adults ?\n\n"
        "Having diabetes increases the risk of infection.\n",
    )
    assert of(found, Relation.RISK_FACTOR) == {("urinary tract infection", "diabetes")}


def test_inline_items_that_state_the_person_are_one_factor_each(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "## Who is at risk for Hodgkin Lymphoma ?\n\n"
        "Risk factors for Hodgkin lymphoma include the following: - Being male. - Being "
        "infected with the Epstein-Barr virus.\n",
    )
    assert of(found, Relation.RISK_FACTOR) == {
        ("Hodgkin lymphoma", "male sex"),
        ("Hodgkin lymphoma", "Epstein-Barr virus infection"),
    }


def test_a_pointer_or_a_clause_is_not_a_risk_factor(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Osteoporosis\n\nHere are risk factors for osteoporosis that you can change.\n\n"
        "Some studies suggest that coffee may raise the risk of osteoporosis.\n\n"
        "Smoking can weaken the bones and raise your risk for osteoporosis.\n",
    )
    assert of(found, Relation.RISK_FACTOR) == {("osteoporosis", "smoking")}


def test_a_dash_aside_gives_no_factors_of_its_own(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Osteoporosis\n\nLow vitamin D intake -- from food, pills, or sunshine -- can "
        "increase your risk for osteoporosis.\n",
    )
    objects = {o for _, o in of(found, Relation.RISK_FACTOR)}
    assert not objects & {"pills", "sunshine", "food"}


def test_risk_factors_of_another_disease_group_are_not_the_topics(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Gallstones\n\nThe three cardiovascular risk factors are smoking, obesity and a "
        "high salt intake.\n",
    )
    assert of(found, Relation.RISK_FACTOR) == set()


def test_following_symptoms_without_a_name_are_the_topics(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "## What are the symptoms of Hepatitis B ?\n\n"
        "Many adults may have one or more of the following symptoms:\n\n"
        "- fever\n- joint pain\n- dark urine\n",
    )
    assert of(found, Relation.SYMPTOM_CAUSE) >= {
        ("hepatitis B", "fever"),
        ("hepatitis B", "joint pain"),
        ("hepatitis B", "dark urine"),
    }


def test_a_cause_inside_a_condition_or_a_rare_case_gives_no_symptom(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Hepatitis C\n\nMost people feel well until the virus causes jaundice. "
        "Liver infections in adults rarely lead to fever.\n",
    )
    assert of(found, Relation.SYMPTOM_CAUSE) == set()


def test_what_a_nutrient_is_needed_for_is_no_marker(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Osteoporosis\n\nCalcium is needed for strong bones and healthy nerves.\n",
    )
    assert of(found, Relation.MARKER) == set()


def test_a_test_named_only_as_the_alternative_is_not_the_subject(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Stroke\n\nAn MRI may be used instead of a CT scan to diagnose a stroke.\n",
    )
    assert "CT scan" not in {s for s, _ in of(found, Relation.MARKER)}


def test_a_count_that_measures_its_own_name_gives_no_card(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Anemia\n\nA platelet count measures the number of platelets in the blood. "
        "A bone marrow biopsy shows scarring of the marrow.\n",
    )
    assert of(found, Relation.MARKER) == {("bone marrow biopsy", "scarring of the marrow")}


def test_what_a_test_uses_its_means_to_show_is_what_it_shows(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Heart attack\n\nSeveral tests find a heart attack. - A nuclear heart scan uses a "
        "tracer to show scarring of the heart muscle. - An electrocardiogram measures the "
        "rhythm of the heartbeat.\n",
    )
    # "measures the rhythm of the heartbeat" is read by a path measured below 0.9 precision:
    # a draft for review (test_extract_marker_calibration), not a card
    assert of(found, Relation.MARKER) == {
        ("nuclear heart scan", "scarring of the heart muscle"),
    }


def test_a_clause_after_a_test_is_not_what_it_shows(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Cystitis\n\nA urinalysis is used to confirm the bladder is free of infection.\n",
    )
    assert of(found, Relation.MARKER) == set()
