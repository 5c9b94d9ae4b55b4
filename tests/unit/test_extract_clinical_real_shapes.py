"""Risk factors and symptoms in the shapes public health pages use, each with a negative case.

The sentences are our own, written in the manner of patient pages outside oncology: a question
heading names the topic, a risk sentence names the condition after "the risk of", a symptom
sentence names the condition after "symptoms of".
"""

from __future__ import annotations

from pathlib import Path

from trainer.domain import Relation
from trainer.generator.facts import extract_documents

Pair = tuple[str, str]


def read(tmp_path: Path, text: str, relation: Relation) -> set[Pair]:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return {(f.subject, f.object) for f in extract_documents([path]) if f.relation is relation}


RISK = Relation.RISK_FACTOR
SYMPTOM = Relation.SYMPTOM_CAUSE
PROGNOSIS = Relation.PROGNOSTIC_FACTOR


# -- the subject of a risk factor ----------------------------------------------------------------


def test_a_question_heading_names_the_subject_of_its_risk_factors(tmp_path: Path) -> None:
    text = (
        "## Who is at risk for Atrial Fibrillation?\n\n"
        "Obesity and diabetes raise your risk.\n"
    )
    assert read(tmp_path, text, RISK) == {
        ("atrial fibrillation", "obesity"),
        ("atrial fibrillation", "diabetes"),  # a disease can be a risk factor of another
    }


def test_the_topic_wins_among_the_conditions_named_after_the_risk_of(tmp_path: Path) -> None:
    text = (
        "## Who is at risk for High Blood Pressure?\n\n"
        "Family history raises the risk of developing prehypertension or high blood pressure.\n"
    )
    assert read(tmp_path, text, RISK) == {("hypertension", "family history")}


def test_an_unknown_condition_after_the_risk_of_is_not_the_topic(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nAsthma is a long-term disease.\n\n"
        "Poor asthma control increases the risk of placental abruption.\n"
        "Poor asthma control also increases the risk that a baby will be born early.\n"
    )
    assert read(tmp_path, text, RISK) == set()


def test_conditions_that_raise_the_risk_include_a_list(tmp_path: Path) -> None:
    text = (
        "## Who is at risk for Atrial Fibrillation?\n\n"
        "Other conditions that raise your risk for AF include hyperthyroidism, obesity and "
        "lung disease.\n"
    )
    assert read(tmp_path, text, RISK) == {
        ("atrial fibrillation", "hyperthyroidism"),
        ("atrial fibrillation", "obesity"),
        ("atrial fibrillation", "lung disease"),
    }  # never "condition"


# -- the factor phrase ---------------------------------------------------------------------------


def test_a_disease_abbreviation_in_a_factor_is_written_out(tmp_path: Path) -> None:
    text = (
        "# Hodgkin lymphoma\n\nRisk factors for HL include:\n\n"
        "- Having a first-degree relative with HL.\n"
    )
    assert read(tmp_path, text, RISK) == {
        ("Hodgkin lymphoma", "first-degree relative with Hodgkin lymphoma")
    }


def test_age_groups_keep_their_ages_and_split_on_or(tmp_path: Path) -> None:
    text = (
        "# Hodgkin lymphoma\n\nRisk factors for Hodgkin lymphoma include:\n\n"
        "- Being in early adulthood (aged 20-39 years) (most often) or late adulthood "
        "(aged 65 years and older) (less often).\n"
    )
    assert read(tmp_path, text, RISK) == {
        ("Hodgkin lymphoma", "early adulthood (aged 20-39 years)"),
        ("Hodgkin lymphoma", "late adulthood (aged 65 years and older)"),
    }


def test_a_bracket_that_is_no_age_is_dropped(tmp_path: Path) -> None:
    text = (
        "# Hodgkin lymphoma\n\nRisk factors for Hodgkin lymphoma include:\n\n"
        "- Being male (in most series).\n"
    )
    assert read(tmp_path, text, RISK) == {("Hodgkin lymphoma", "male sex")}


def test_one_verb_with_two_amounts_gives_two_factors(tmp_path: Path) -> None:
    text = (
        "## Who is at risk for High Blood Pressure?\n\n"
        "Unhealthy habits can raise your risk for high blood pressure, and they include:\n\n"
        "- Eating too much sodium or too little potassium\n"
    )
    assert read(tmp_path, text, RISK) == {
        ("hypertension", "unhealthy habits"),
        ("hypertension", "too much sodium"),
        ("hypertension", "too little potassium"),
    }


def test_a_one_word_either_or_is_one_factor(tmp_path: Path) -> None:
    text = (
        "## Who is at risk for High Blood Pressure?\n\n"
        "Age, race or ethnicity, and gender can increase your risk for high blood pressure.\n"
    )
    found = read(tmp_path, text, RISK)
    assert ("hypertension", "race or ethnicity") in found
    assert ("hypertension", "race") not in found


def test_gene_variations_and_a_named_gene(tmp_path: Path) -> None:
    text = (
        "# rheumatoid arthritis\n\n"
        "The most significant genetic risk factors for rheumatoid arthritis are variations in "
        "human leukocyte antigen (HLA) genes, especially the HLA-DRB1 gene.\n"
    )
    assert read(tmp_path, text, RISK) == {
        ("rheumatoid arthritis", "human leukocyte antigen gene variations"),
        ("rheumatoid arthritis", "HLA-DRB1"),
    }


def test_well_established_risk_factor_and_an_adverb_before_the_verb(tmp_path: Path) -> None:
    text = (
        "# rheumatoid arthritis\n\n"
        "Long-term smoking is a well-established risk factor for developing rheumatoid "
        "arthritis. Having a close relative with rheumatoid arthritis likely increases a "
        "person's risk of developing the condition.\n"
    )
    assert read(tmp_path, text, RISK) == {
        ("rheumatoid arthritis", "long-term smoking"),
        ("rheumatoid arthritis", "close relative with rheumatoid arthritis"),
    }


def test_risk_factors_for_a_disease_do_not_run_into_the_next_sentence(tmp_path: Path) -> None:
    text = (
        "# Diabetes\n\n"
        "People should be tested if they have additional risk factors for diabetes. - If "
        "results are normal, testing is repeated.\n"
    )
    assert read(tmp_path, text, RISK) == set()


# -- symptoms ------------------------------------------------------------------------------------


def test_symptoms_of_a_condition_include(tmp_path: Path) -> None:
    text = (
        "# High blood pressure\n\n"
        "The most common warning symptoms of a heart attack are chest pain, palpitations and "
        "shortness of breath.\n"
    )
    assert read(tmp_path, text, SYMPTOM) == {
        ("heart attack", "chest pain"),
        ("heart attack", "palpitations"),
        ("heart attack", "shortness of breath"),
    }


def test_symptoms_of_an_unnamed_thing_give_nothing(tmp_path: Path) -> None:
    text = "# Notes\n\nSymptoms of this include chest pain and palpitations.\n"
    assert read(tmp_path, text, SYMPTOM) == set()


def test_symptoms_listed_under_a_lead_in_and_other_symptoms_after(tmp_path: Path) -> None:
    text = (
        "# Notes\n\nSymptoms of cytokine release syndrome include\n\n"
        "- fever - headache\n\n"
        "Other symptoms can include hypotension and hypoxia.\n"
    )
    assert read(tmp_path, text, SYMPTOM) == {
        ("cytokine release syndrome", "fever"),
        ("cytokine release syndrome", "headache"),
        ("cytokine release syndrome", "hypotension"),
        ("cytokine release syndrome", "hypoxia"),
    }


def test_a_lead_in_saying_the_symptoms_may_be_caused_by_a_complication(tmp_path: Path) -> None:
    text = (
        "# Notes\n\n"
        "These signs and symptoms may be caused by cytokine release syndrome or by other "
        "conditions:\n\n- Fatigue.\n- Fever.\n"
    )
    assert read(tmp_path, text, SYMPTOM) == {
        ("cytokine release syndrome", "fatigue"),
        ("cytokine release syndrome", "fever"),
    }


def test_a_disease_is_the_cause_of_its_own_symptoms(tmp_path: Path) -> None:
    # "What symptoms does diabetes cause?" is the card a nurse needs from such a sentence
    text = "# Diabetes\n\nSymptoms of diabetes include increased thirst and blurred vision.\n"
    assert read(tmp_path, text, SYMPTOM) == {
        ("diabetes", "increased thirst"), ("diabetes", "blurred vision")
    }


def test_a_risk_is_not_a_symptom(tmp_path: Path) -> None:
    text = (
        "# Diabetes\n\n"
        "Prediabetes means a person is at increased risk for heart disease and stroke.\n"
    )
    assert read(tmp_path, text, SYMPTOM) == set()


def test_triggers_as_a_noun_and_a_relative_clause_give_no_cause(tmp_path: Path) -> None:
    text = (
        "# Notes\n\nPotential triggers include viral or bacterial infections.\n"
        "Alcohol adds extra calories, which may cause weight gain.\n"
    )
    assert read(tmp_path, text, SYMPTOM) == set()


def test_a_risk_factor_name_is_never_a_symptom(tmp_path: Path) -> None:
    text = (
        "# Notes\n\n"
        "The diagnosis rests on family history and the results from tests and procedures.\n"
    )
    assert read(tmp_path, text, SYMPTOM) == set()


# -- prognosis -----------------------------------------------------------------------------------


def test_several_factors_is_no_prognostic_factor(tmp_path: Path) -> None:
    text = "# Hodgkin lymphoma\n\nThe prognosis depends on several factors.\n"
    assert read(tmp_path, text, PROGNOSIS) == set()
