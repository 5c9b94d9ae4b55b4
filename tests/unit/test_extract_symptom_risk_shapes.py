"""Symptoms and risk factors read from the structure of a sentence rather than from one
wording: list lead-ins whose pointer words ("the following") and coordinated predicates do not
change whose symptoms they list; what the people who have a condition are said to have; a
cause verb's object read by the shape of a symptom's name; the routes an infection is caught
by. Each structure gives the right fact, and nothing where the text states none.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR
SYMPTOM = Relation.SYMPTOM_CAUSE


def test_the_following_and_a_coordinated_predicate_do_not_hide_a_lead_in(
    tmp_path: Path,
) -> None:
    text = (
        "Symptoms of pyelonephritis can vary from person to person and may include the "
        "following:\n\n- fever\n- back pain\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("pyelonephritis", "fever"), ("pyelonephritis", "back pain")
    }


def test_a_negated_sentence_before_the_lead_in_does_not_negate_it(tmp_path: Path) -> None:
    text = (
        "# Hepatitis B\n\nMany people with hepatitis B have no symptoms. Adults may have one or "
        "more of the following symptoms:\n\n- fever\n- dark urine\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("hepatitis B", "fever"), ("hepatitis B", "dark urine")
    }


def test_the_one_condition_a_promise_of_symptoms_names_is_their_cause(tmp_path: Path) -> None:
    text = (
        "# Hashimoto's disease\n\nAs the disease advances to hypothyroidism, people may have "
        "one or more of the following symptoms:\n\n- fatigue\n- weight gain\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("hypothyroidism", "fatigue"), ("hypothyroidism", "weight gain")
    }


def test_symptoms_after_a_treatment_are_no_symptoms_of_the_condition(tmp_path: Path) -> None:
    text = (
        "# Gout\n\nAfter surgery for gout, people may have the following symptoms:\n\n"
        "- fatigue\n- weight gain\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == set()


def test_an_items_label_other_symptoms_is_no_symptom(tmp_path: Path) -> None:
    text = (
        "The symptoms of pyelonephritis include the following:\n\n- Fever. The fever is often "
        "high.\n- Other symptoms. Some people also feel unwell.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {("pyelonephritis", "fever")}


def test_what_the_people_with_a_condition_experience(tmp_path: Path) -> None:
    text = (
        "# Lyme disease\n\nChildren with Lyme disease may experience nausea, vomiting, and "
        "loss of appetite.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("Lyme disease", "nausea"), ("Lyme disease", "vomiting"),
        ("Lyme disease", "loss of appetite"),
    }


def test_coordinated_verbs_each_give_their_symptom(tmp_path: Path) -> None:
    text = (
        "# Gout\n\nPeople with kidney stones often have a burning pain while urinating, "
        "notice nausea, or feel a dull ache in the side or lower back.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("kidney stones", "burning pain while urinating"),
        ("kidney stones", "nausea"),
        ("kidney stones", "dull ache in the side or lower back"),
    }


def test_what_people_with_a_condition_have_that_is_no_symptom(tmp_path: Path) -> None:
    text = (
        "# Gout\n\nPeople with gout may have a higher risk of kidney stones. People with gout "
        "may develop kidney disease. People with gout may not have symptoms.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == set()


def test_a_cause_verbs_object_read_by_its_shape(tmp_path: Path) -> None:
    text = "# Gout\n\nGallstones can cause sudden pain in the upper right abdomen.\n"
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("gallstones", "sudden pain in the upper right abdomen")
    }


def test_no_shape_reading_after_a_negated_verb_or_a_pointing_cause(tmp_path: Path) -> None:
    text = (
        "# Narcolepsy\n\nEarly gout usually doesn't cause joint swelling. Gout causes no "
        "pain at first.\n\nCataplexy. This condition causes a sudden loss of muscle tone.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == set()


def test_the_routes_an_infection_is_spread_by_are_its_risk_factors(tmp_path: Path) -> None:
    text = "# Hepatitis B\n\nHepatitis B is spread by sharing needles and by sexual contact.\n"
    assert of_markdown(tmp_path, text, RISK) == {
        ("hepatitis B", "sharing needles"), ("hepatitis B", "sexual contact")
    }


def test_a_list_of_ways_people_become_infected(tmp_path: Path) -> None:
    text = (
        "# Hepatitis B\n\nPeople can become infected by:\n\n- sharing razors\n"
        "- unprotected sex\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("hepatitis B", "sharing razors"), ("hepatitis B", "unprotected sex")
    }


def test_no_route_from_a_negation_an_animal_a_count_or_a_cancer(tmp_path: Path) -> None:
    text = (
        "# Tuberculosis\n\nTuberculosis is not spread by shaking hands. Raccoons become "
        "infected by eating eggs. People typically become infected by two main routes.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == set()
    cancer = "# Lung cancer\n\nLung cancer can spread through the blood and the lymph system.\n"
    assert of_markdown(tmp_path, cancer, RISK) == set()


def test_a_route_with_a_tail_of_its_own_is_left_out(tmp_path: Path) -> None:
    text = (
        "# Hepatitis B\n\nPeople can become infected by:\n\n- receiving blood via "
        "transfusion\n- eating food that was handled by a sick person\n- sharing razors\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {("hepatitis B", "sharing razors")}


def test_symptoms_listed_without_saying_whose_are_the_topics(tmp_path: Path) -> None:
    text = (
        "# Hepatitis B\n\nCall a doctor if you notice symptoms such as fever, rectal bleeding, "
        "or a change in bowel habits.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("hepatitis B", "fever"), ("hepatitis B", "rectal bleeding"),
        ("hepatitis B", "change in bowel habits"),
    }


def test_symptoms_of_a_labelled_thing_or_a_qualified_kind_are_not_the_topics(
    tmp_path: Path,
) -> None:
    text = (
        "# Hepatitis B\n\nEye damage: vessels in the eyes may bleed. Signs and symptoms include "
        "vision changes or blindness.\n\nReflux symptoms include heartburn and nausea.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == set()


def test_an_item_that_lists_symptoms_gives_each(tmp_path: Path) -> None:
    text = (
        "The symptoms of pyelonephritis include:\n\n- Bleeding from your gums and heavy "
        "bleeding from small cuts\n- Pain and bloating from fluid in the abdomen\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert {
        ("pyelonephritis", "bleeding from the gums"),
        ("pyelonephritis", "heavy bleeding from small cuts"),
    } <= found
    # "pain and bloating from fluid": the bare first word shares the tail, no split of it
    assert ("pyelonephritis", "bloating from fluid in the abdomen") not in found


def test_a_route_a_relative_clause_qualifies_is_left_out(tmp_path: Path) -> None:
    text = (
        "# Hepatitis B\n\nPeople can get infected by sharing needles or by using razors that "
        "were used by someone with the virus.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {("hepatitis B", "sharing needles")}
