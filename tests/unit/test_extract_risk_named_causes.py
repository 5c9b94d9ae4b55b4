"""Causes a page names as such: "Some of the diseases that can cause symptoms of X are A, B and
C", "Other conditions that can cause X or X-like symptoms including D, E, and heart and lung
problems". Each named cause is a risk factor of X, an organ before a shared head noun takes it
("heart problems"), and a category in a cause's place ("Heart conditions can cause A") names no
condition a card could ask about, unless it is the page's own topic ("foodborne illnesses").

Every text is written for the test; the condition's name is invented.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR
SYMPTOM = Relation.SYMPTOM_CAUSE


def test_diseases_that_can_cause_the_condition_are_its_causes(tmp_path: Path) -> None:
    text = (
        "# Morvane\n\nMorvane is a loss of mental function. Some of the diseases that can cause "
        "symptoms of morvane are Huntington disease and vascular dementia. Other conditions that "
        "can cause morvane or morvane-like symptoms including poisoning, brain tumors, and heart "
        "and lung problems.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("morvane", "Huntington disease"),
        ("morvane", "vascular dementia"),
        ("morvane", "poisoning"),
        ("morvane", "brain tumors"),
        ("morvane", "heart problems"),
        ("morvane", "lung problems"),
    }


def test_a_habit_before_a_disease_keeps_its_own_name(tmp_path: Path) -> None:
    text = "# Morvane\n\nMorvane is rare. Smoking and lung disease increase the risk of morvane.\n"
    assert of_markdown(tmp_path, text, RISK) == {
        ("morvane", "smoking"), ("morvane", "lung disease"),
    }


def test_a_category_in_the_causes_place_gives_no_symptom(tmp_path: Path) -> None:
    text = (
        "# Palpitations\n\nPalpitations are feelings that your heart is beating fast. Heart "
        "conditions can cause chest pain and fainting.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == set()


def test_the_pages_own_category_topic_keeps_its_symptoms(tmp_path: Path) -> None:
    text = (
        "# Foodborne Illnesses\n\nFoodborne illnesses are infections caused by food. Many "
        "foodborne illnesses cause vomiting and diarrhea.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("foodborne illnesses", "vomiting"), ("foodborne illnesses", "diarrhea"),
    }


def test_causes_with_bracketed_asides_and_examples_are_each_read(tmp_path: Path) -> None:
    text = (
        "# Palpitations\n\nPalpitations are feelings that your heart is skipping a beat. "
        "Caffeine, nicotine (found in tobacco), alcohol, and stimulants (such as "
        "amphetamines) also can cause palpitations.\n"
    )
    assert {
        ("palpitations", "caffeine"), ("palpitations", "nicotine"),
        ("palpitations", "alcohol"), ("palpitations", "amphetamines"),
    } <= of_markdown(tmp_path, text, RISK)


def test_a_word_before_the_next_causes_verb_shares_no_head_noun(tmp_path: Path) -> None:
    text = (
        "# Palpitations\n\nPalpitations are feelings that your heart is skipping a beat. "
        "Caffeine and alcohol can cause palpitations. Brain or spinal cord trauma can cause "
        "palpitations.\n"
    )
    found = of_markdown(tmp_path, text, RISK)
    assert ("palpitations", "caffeine") in found
    assert ("palpitations", "brain") not in found


def test_examples_after_a_sentence_naming_a_category_of_causes(tmp_path: Path) -> None:
    text = (
        "# Heart murmur\n\nA heart murmur is an extra sound. A heart murmur can be harmless. "
        "Many conditions can cause heart "
        "valve disease. Examples include age-related changes, rheumatic fever, and "
        "infections.\n\nMany conditions can cause swelling. Examples include heart failure.\n"
    )
    found = of_markdown(tmp_path, text, RISK)
    assert {
        ("heart valve disease", "age-related changes"),
        ("heart valve disease", "rheumatic fever"),
        ("heart valve disease", "infection"),
    } <= found
    assert not any(subject == "swelling" for subject, _ in found)

