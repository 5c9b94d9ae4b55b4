"""Risk factors, symptoms and key figures on structures met in a second batch of fresh patient
pages: a disease inside a list of causes, an item whose commas belong to one name, a heading run
into a sentence that opens with its own capital, a statement about cancer in general, categories
taken as names, "signs of other problems, such as", places after a sign, a closing verb after a
list, side effects, anaphors, and the place or bound a count is given with.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR
SYMPTOM = Relation.SYMPTOM_CAUSE
NUMERIC = Relation.NUMERIC


def test_a_disease_in_a_list_of_causes_is_a_member_not_the_subject(tmp_path: Path) -> None:
    text = (
        "# Cough\n\nCommon causes of a lasting cough are postnasal drip, asthma, and "
        "gastroesophageal reflux disease (GERD).\n\nOther causes of a lasting cough include "
        "chronic bronchitis, lung cancer, and heart failure.\n"
    )
    found = of_markdown(tmp_path, text, RISK)
    assert ("cough", "asthma") in found
    assert ("cough", "lung cancer") in found
    assert not {s for s, _ in found} - {"cough"}  # never "asthma -> GERD"


def test_causes_of_another_condition_give_no_factor_of_the_topic(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nCommon causes of a sore throat are colds and gastroesophageal reflux "
        "disease.\n\nCauses of asthma include smoking and obesity.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {("asthma", "smoking"), ("asthma", "obesity")}


def test_commas_inside_an_inline_item_belong_to_that_item(tmp_path: Path) -> None:
    text = (
        "# Lung cancer\n\nRisk factors for lung cancer include the following: - Smoking "
        "cigarettes, pipes, or cigars, now or in the past. This matters most. - Radon.\n\n"
        "Things that increase the risk of lung cancer include - cigarette, cigar, and pipe "
        "smoking, which cause most cases - secondhand smoke - family history\n"
    )
    found = of_markdown(tmp_path, text, RISK)
    assert ("lung cancer", "smoking cigarettes") in found
    assert ("lung cancer", "cigarette, cigar, and pipe smoking") in found
    objects = {o for _, o in found}
    assert not objects & {"pipes", "or cigars", "now", "in the past", "cigarette"}


def test_a_heading_run_into_a_capitalised_sentence_is_dropped(tmp_path: Path) -> None:
    text = (
        "# Anal cancer\n\nCertain sexual practices The following sexual practices increase the "
        "risk of anal cancer: - Having many sexual partners. - Sex between men. Cigarette "
        "smoking Studies show that cigarette smoking increases the risk of anal cancer.\n"
    )
    found = of_markdown(tmp_path, text, RISK)
    assert ("anal cancer", "smoking") in found
    assert ("anal cancer", "many sexual partners") in found
    assert not [o for _, o in found if "Studies" in o or "The following" in o]


def test_factors_of_cancer_in_general_are_not_the_pages_disease(tmp_path: Path) -> None:
    text = (
        "# Lung cancer\n\nAvoiding cancer risk factors may help prevent certain cancers. Risk "
        "factors include smoking, being overweight, and too little exercise.\n\n"
        "Lung cancer is common. Risk factors include smoking and radon.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("lung cancer", "smoking"),
        ("lung cancer", "radon"),
    }


def test_categories_are_no_factors(tmp_path: Path) -> None:
    text = (
        "# Anal cancer\n\nThe following are risk factors for anal cancer: - Certain medical "
        "conditions - HIV infection - Smoking\n\nHaving any of the following can increase the "
        "risk of anal cancer:\n\n- a disease or injury that weakens the immune system\n- "
        "diarrhea\n"
    )
    found = of_markdown(tmp_path, text, RISK)
    assert ("anal cancer", "smoking") in found
    assert ("anal cancer", "diarrhea") in found
    assert not {o for _, o in found} & {"medical conditions", "disease or injury"}


def test_the_condition_a_cause_verb_names_is_the_subject(tmp_path: Path) -> None:
    text = "# Proteinuria\n\nIn adults, diabetes is the leading cause of kidney failure.\n"
    assert of_markdown(tmp_path, text, RISK) == {("kidney failure", "diabetes")}


def test_an_inline_items_own_risk_does_not_become_the_lists_subject(tmp_path: Path) -> None:
    text = (
        "# Gum disease\n\nThere are several risk factors for gum disease. - Smoking is a major "
        "risk factor for gum disease. - Without saliva, the mouth is open to infections such "
        "as gum disease.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {("gum disease", "smoking")}


def test_signs_of_other_problems_such_as_give_no_symptom(tmp_path: Path) -> None:
    text = (
        "# Balance problems\n\nDizzy spells can be signs of other health problems, such as an "
        "ear infection, stroke, or multiple sclerosis.\n\nMany of these symptoms are like "
        "symptoms of other illnesses, such as infections, depression, and sleep disorders.\n\n"
        "Low blood pressure can also cause dizziness.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {("hypotension", "dizziness")}


def test_places_after_a_sign_and_a_closing_verb_are_no_symptoms(tmp_path: Path) -> None:
    text = (
        "# Heart defects\n\nLook for signs of a heart defect, such as a bluish tint to the "
        "skin, lips, or fingernails and rapid breathing.\n\nA transfusion is given when signs "
        "of anemia, such as shortness of breath or feeling very tired, occur.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("heart defect", "bluish tint to the skin"),
        ("heart defect", "rapid breathing"),
        ("anemia", "shortness of breath"),
        ("anemia", "fatigue"),
    }


def test_side_effects_anaphors_and_relative_lists_give_no_symptom(tmp_path: Path) -> None:
    text = (
        "# Leukemia\n\nSurgery is used for tumors that have ulcers, cause vision problems, or "
        "keep growing.\n\nSome treatments for leukemia can cause infertility.\n\nDisrupted "
        "signaling between these cells results in muscle weakness.\n\nA loss of appetite, "
        "especially in older adults, can lead to weight loss.\n\nAnemia can cause fatigue.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("loss of appetite", "weight loss"),
        ("anemia", "fatigue"),
    }


def test_a_placeholder_member_drops_the_guessed_list(tmp_path: Path) -> None:
    text = (
        "# Pituitary tumors\n\nSigns of a pituitary tumor include problems with vision and "
        "certain physical changes.\n\nSigns of a pituitary tumor include headache, problems "
        "with vision and weight gain.\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert ("pituitary tumors", "headache") in found
    assert not [o for _, o in found if "certain" in o]


def test_a_count_keeps_its_bound_and_the_place_its_sentence_opens_with(
    tmp_path: Path,
) -> None:
    text = (
        "# Narcolepsy\n\nLess than one-third of people who have narcolepsy have all four "
        "symptoms.\n\nIn the United States, about 100,000 people develop narcolepsy each "
        "year.\n"
    )
    found = of_markdown(tmp_path, text, NUMERIC)
    assert ("people who have narcolepsy have all four symptoms", "below one-third") in found
    assert ("people who develop narcolepsy in the United States each year", "about 100,000") in (
        found
    )


def test_the_main_risk_factor_is_a_factor_unless_negated(tmp_path: Path) -> None:
    text = (
        "# Lung cancer\n\nSmoking is the major risk factor for lung cancer. Radon gas Being "
        "exposed to radon is one of the most important risk factors for lung cancer. Age is not "
        "the main risk factor for lung cancer.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("lung cancer", "smoking"),
        ("lung cancer", "exposure to radon"),
    }


def test_a_short_name_after_a_comma_and_or_is_the_same_factor(tmp_path: Path) -> None:
    text = (
        "# Cough\n\nCommon causes of a lasting cough are asthma; and gastroesophageal reflux "
        "disease, or GERD.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("cough", "asthma"),
        ("cough", "gastroesophageal reflux disease"),
    }
