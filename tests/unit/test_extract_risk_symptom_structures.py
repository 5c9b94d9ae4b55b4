"""Risk factors and symptoms read from general structures of patient pages: lists written as
paragraphs under a colon lead-in, "People with X may develop these symptoms:", "more often in
older men"; and the readings that must give nothing (a negated risk verb, a bare category, a
group defined by its symptoms, a clause coordinated after a cause's object).

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR
SYMPTOM = Relation.SYMPTOM_CAUSE


def test_a_negated_risk_verb_gives_no_factor(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nObesity does not increase the risk of asthma. Dust mites never raise "
        "the risk of asthma. Smoking increases the risk of asthma.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {("asthma", "smoking")}


def test_a_bare_category_is_no_factor(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nCertain medicines raise the risk of asthma. Some forms of air pollution "
        "can raise the risk of asthma. Causes of asthma may include cold air; some drugs; and "
        "smoking.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {("asthma", "cold air"), ("asthma", "smoking")}


def test_more_often_in_older_men_gives_sex_and_age(tmp_path: Path) -> None:
    text = "# Asthma\n\nThe cause is unknown. It occurs more often in older women.\n"
    assert of_markdown(tmp_path, text, RISK) == {
        ("asthma", "female sex"),
        ("asthma", "older age"),
    }


def test_paragraphs_after_a_colon_lead_in_are_its_members(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nSigns and symptoms of asthma may include:\n\n"
        "Wheezing, especially when breathing out.\n\n"
        "Chest tightness or a cough that gets worse at night.\n\n"
        "Most children recover. Fever is rare.\n\n"
        "Certain habits put you at higher risk for asthma. These include:\n\n"
        "Smoking, even a few cigarettes a day.\n\n"
        "Obesity (a body mass index of 30 or more).\n\n"
        "Your doctor may ask about fatigue.\n"
    )
    # the prose after each run of members is no member: no fever, no fatigue
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("asthma", "wheezing"),
        ("asthma", "chest tightness"),
        ("asthma", "cough"),
    }
    assert of_markdown(tmp_path, text, RISK) == {("asthma", "smoking"), ("asthma", "obesity")}


def test_people_with_a_condition_may_develop_the_symptoms_listed(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nPeople with asthma may develop the following signs and symptoms:\n\n"
        "- wheezing\n- chest tightness\n\n"
        "Some people with asthma may not develop symptoms such as cough and fever.\n\n"
        "Children with asthma often have symptoms such as chest pain, cough and "
        "shortness of breath.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("asthma", "wheezing"),
        ("asthma", "chest tightness"),
        ("asthma", "chest pain"),
        ("asthma", "cough"),
        ("asthma", "shortness of breath"),
    }


def test_a_group_defined_by_its_symptoms_is_not_a_list_of_the_topics(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nStage B is given to patients with any of the following symptoms:\n\n"
        "- weight loss\n- night sweats\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == set()


def test_a_clause_coordinated_after_the_object_is_not_caused(tmp_path: Path) -> None:
    text = "# Asthma\n\nAnemia results in fatigue, and bleeding in the gums may occur later.\n"
    assert of_markdown(tmp_path, text, SYMPTOM) == {("anemia", "fatigue")}


def test_a_list_seen_with_this_disease_is_the_topics(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\n## Symptoms\n\nThe following is a list of symptoms commonly seen with "
        "this disease, however, they differ from person to person.\n\n- wheezing\n- cough\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {("asthma", "wheezing"), ("asthma", "cough")}


def test_items_completing_people_who_are_factors_unless_clauses(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nAnyone can get asthma, but those more likely to are people who\n\n"
        "- were born early\n- have eczema\n- live in a city with heavy traffic\n"
        "- are taking medicines that weaken the lungs\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("asthma", "born early"),
        ("asthma", "eczema"),
    }


def test_items_completing_if_you_keep_the_state_not_the_verb(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nYou are more likely to get asthma if you:\n\n"
        "- are overweight\n- have a parent with asthma\n- are from a big city\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("asthma", "overweight"),
        ("asthma", "parent with asthma"),
    }


def test_a_list_right_under_a_symptoms_heading_gives_the_topics(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\n## Symptoms\n\n- Wheezing\n- Chest tightness\n\n"
        "## Treatment\n\n- Rest\n- Fever control\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("asthma", "wheezing"),
        ("asthma", "chest tightness"),
    }


def test_a_treatment_raising_the_risk_of_another_condition_is_a_side_effect(
    tmp_path: Path,
) -> None:
    text = (
        "# Acute lymphoblastic leukemia\n\nAcute lymphoblastic leukemia is a cancer of the "
        "blood. Taking anastrozole raises the risk of osteoporosis. Radiation therapy to the "
        "chest raises the risk of heart disease. Obesity raises the risk of heart disease. "
        "Previous chemotherapy raises the risk of acute lymphoblastic leukemia.\n\n"
        "Previous chemotherapy also raises the risk of acute myeloid leukemia.\n"
    )
    # a past treatment is an exposure, a risk factor of any condition
    assert of_markdown(tmp_path, text, RISK) == {
        ("acute lymphoblastic leukemia", "prior chemotherapy"),
        ("heart disease", "obesity"),
        ("acute myeloid leukemia", "prior chemotherapy"),
    }


def test_an_example_aside_is_not_a_factor_of_its_own(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nPoor sleep, especially sleep apnea, can increase the risk of asthma.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {("asthma", "poor sleep")}
