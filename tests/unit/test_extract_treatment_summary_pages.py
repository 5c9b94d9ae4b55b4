"""Treatment summary pages, read by the structure of their text.

A page titled "<Condition> Treatment" is about that condition, even one the lexicon does not
know, so its prognosis list, risk factors and symptoms get it as their subject. Items asked as
questions stay questions, a lead-in whose items finish it gives no factor of its own, and a
list a lead-in says holds symptoms without naming whose holds the topic's.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation as R

GLAND = (
    "# Salivary Gland Cancer Treatment\n\n"
    "Salivary gland cancer forms in the glands of the mouth. Salivary gland cancer is rare.\n\n"
)


def test_a_treatment_title_names_the_condition_the_prognosis_is_of(tmp_path: Path) -> None:
    text = GLAND + (
        "The prognosis depends on the following:\n\n"
        "- The size of the tumor.\n"
        "- The number and size of lymph nodes with cancer.\n"
        "- Whether the cancer has recurred (come back).\n"
        "- Whether all of the tumor is removed by surgery.\n"
        "- Where the tumor is in the body.\n"
    )
    assert of_markdown(tmp_path, text, R.PROGNOSTIC_FACTOR) == {
        ("salivary gland cancer", "size of the tumor"),
        ("salivary gland cancer", "number of lymph nodes with cancer"),
        ("salivary gland cancer", "size of lymph nodes with cancer"),
        ("salivary gland cancer", "whether the cancer has recurred"),
        ("salivary gland cancer", "whether all of the tumor is removed by surgery"),
        ("salivary gland cancer", "where the tumor is in the body"),
    }


def test_a_title_about_a_procedure_names_no_condition(tmp_path: Path) -> None:
    text = (
        "# Lasers in Skin Treatment\n\nLasers in skin treatment are common.\n\n"
        "The prognosis depends on the following:\n\n- The size of the tumor.\n"
    )
    assert of_markdown(tmp_path, text, R.PROGNOSTIC_FACTOR) == set()


def test_a_lead_in_the_items_finish_gives_no_factor_of_its_own(tmp_path: Path) -> None:
    text = (
        "# Hodgkin Lymphoma Treatment\n\nHodgkin lymphoma is a cancer of the lymph system.\n\n"
        "The prognosis depends on whether the cancer:\n\n"
        "- has spread to the bones.\n"
    )
    assert ("Hodgkin lymphoma", "whether the cancer") not in of_markdown(
        tmp_path, text, R.PROGNOSTIC_FACTOR
    )


def test_items_that_finish_a_bare_symptoms_lead_in_are_the_topics(tmp_path: Path) -> None:
    text = GLAND + (
        "Sometimes salivary gland cancer causes no early signs. "
        "When signs and symptoms occur, they may include:\n\n"
        "- a sore throat that does not go away\n"
        "- trouble swallowing\n"
    )
    assert of_markdown(tmp_path, text, R.SYMPTOM_CAUSE) == {
        ("salivary gland cancer", "sore throat"),
        ("salivary gland cancer", "trouble swallowing"),
    }


def test_a_list_of_treatments_for_symptoms_holds_no_symptoms(tmp_path: Path) -> None:
    text = GLAND + (
        "Care aimed at relieving symptoms may include:\n\n"
        "- pain medicine\n"
        "- a feeding tube\n"
    )
    assert of_markdown(tmp_path, text, R.SYMPTOM_CAUSE) == set()


def test_a_condition_more_likely_in_some_children_is_the_subject(tmp_path: Path) -> None:
    text = GLAND + (
        "Salivary gland cancer is more likely to develop in children with the following:\n\n"
        "- Down syndrome\n\n"
        "Spindle cell hemangiomas are more likely to develop in children with the following:\n\n"
        "- Maffucci syndrome\n"
    )
    assert of_markdown(tmp_path, text, R.RISK_FACTOR) == {
        ("salivary gland cancer", "Down syndrome")
    }


def test_an_opening_connective_is_not_a_risk_factor(tmp_path: Path) -> None:
    text = (
        "# Hodgkin Lymphoma Treatment\n\nHodgkin lymphoma is a cancer of the lymph system.\n\n"
        "Many risk factors do not cause cancer directly. Instead, they increase the risk of "
        "Hodgkin lymphoma by damaging cells.\n"
    )
    assert of_markdown(tmp_path, text, R.RISK_FACTOR) == set()


def test_an_especially_tail_narrows_a_risk_factor_it_does_not_join(tmp_path: Path) -> None:
    text = GLAND + (
        "Risk factors for salivary gland cancer include:\n\n"
        "- being infected with human papillomavirus (HPV), especially HPV type 16\n"
        "- heavy alcohol use\n"
    )
    assert of_markdown(tmp_path, text, R.RISK_FACTOR) == {
        ("salivary gland cancer", "human papillomavirus infection"),
        ("salivary gland cancer", "heavy alcohol use"),
    }


def test_a_check_with_your_doctor_list_after_a_caused_by_sentence(tmp_path: Path) -> None:
    text = GLAND + (
        "These and other signs may be caused by salivary gland cancer or by other conditions. "
        "Check with your doctor if you have:\n\n"
        "- A lump in the cheek.\n"
        "- Trouble swallowing.\n"
    )
    assert of_markdown(tmp_path, text, R.SYMPTOM_CAUSE) == {
        ("salivary gland cancer", "lump in the cheek"),
        ("salivary gland cancer", "trouble swallowing"),
    }


def test_a_check_list_about_another_syndrome_is_not_the_topics(tmp_path: Path) -> None:
    text = GLAND + (
        "## Symptoms of salivary gland cancer\n\n"
        "Children with a changed gene may have signs of a rare endocrine syndrome. "
        "Check with your child's doctor if your child has:\n\n"
        "- constipation\n"
        "- trouble making tears\n"
    )
    assert of_markdown(tmp_path, text, R.SYMPTOM_CAUSE) == set()


def test_a_section_heading_says_what_the_listed_tests_are_for(tmp_path: Path) -> None:
    text = GLAND + (
        "### Tests that examine the mouth are used to diagnose and stage salivary gland cancer.\n\n"
        "Your doctor may perform the following tests and procedures:\n\n"
        "- **Physical exam**: An exam of the mouth to feel for lumps.\n"
        "- **CT scan**: A procedure that makes detailed pictures of the head.\n"
    )
    # the exam the list names is one of the tests used, as the development keys read it
    assert of_markdown(tmp_path, text, R.MARKER) == {
        ("CT scan", "diagnosis of salivary gland cancer"),
        ("CT scan", "staging of salivary gland cancer"),
        ("physical examination", "diagnosis of salivary gland cancer"),
        ("physical examination", "staging of salivary gland cancer"),
    }


def test_a_title_naming_a_condition_and_the_aspects_a_page_covers(tmp_path: Path) -> None:
    text = (
        "# Salivary Gland Cancer Causes, Risk Factors, and Prevention\n\n"
        "Salivary gland cancer is rare.\n\n"
        "Some risk factors make salivary gland cancer more likely. These risk factors include:\n\n"
        "- **Obesity.** It is linked to many cancers.\n"
    )
    assert of_markdown(tmp_path, text, R.RISK_FACTOR) == {("salivary gland cancer", "obesity")}


def test_a_symptom_with_its_place_is_one_member_of_a_pair(tmp_path: Path) -> None:
    text = GLAND + (
        "### Signs of salivary gland cancer include a lump in the cheek and a numb face.\n"
    )
    assert of_markdown(tmp_path, text, R.SYMPTOM_CAUSE) == {
        ("salivary gland cancer", "lump in the cheek"),
        ("salivary gland cancer", "numb face"),
    }


def test_an_opening_clause_with_commas_before_a_bare_lead_in(tmp_path: Path) -> None:
    text = GLAND + (
        "As the cancer grows and presses on nerves, muscles, or vessels, "
        "signs and symptoms may include:\n\n"
        "- Pain.\n"
        "- Numbness of the face.\n"
    )
    assert of_markdown(tmp_path, text, R.SYMPTOM_CAUSE) == {
        ("salivary gland cancer", "pain"),
        ("salivary gland cancer", "numbness of the face"),
    }
