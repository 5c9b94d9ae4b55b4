"""Risk factors and symptoms on structures met in fresh patient pages: a heading run into the
sentence it titles, a sentence saying a link is not proven, a scope phrase before the subject,
an inline list after "include the following:", items whose words share one head noun, pointers
to other reading, definitions and category words; a germ making an infection, a sentence adverb
before a cause, and names the lexicon must keep apart (kidney failure is no acute injury).

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR
SYMPTOM = Relation.SYMPTOM_CAUSE


def test_a_heading_run_into_its_sentence_is_not_part_of_the_factor(tmp_path: Path) -> None:
    text = "# Asthma\n\nObesity Obesity increases the risk of asthma, especially in adults.\n"
    assert of_markdown(tmp_path, text, RISK) == {("asthma", "obesity")}


def test_a_link_not_proven_or_unclear_gives_no_factor(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nStudies have not proven that dust from carpets raises the risk of asthma. "
        "It is not clear whether mold increases the risk of asthma. Smoking increases the risk "
        "of asthma.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {("asthma", "smoking")}


def test_a_scope_phrase_before_the_subject_is_no_factor(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nFor people who work on farms with hay and straw, exposure to mold spores "
        "may further increase the risk of asthma.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {("asthma", "exposure to mold spores")}


def test_an_include_list_stops_where_inline_items_or_its_sentence_end(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nRisk factors for asthma include the following: - Being a smoker. - Having "
        "many pets. - Dark or damp housing. Some of the home risk factors for asthma are dust, "
        "mold, and pet dander. - Having a parent with asthma. - Living in a city.\n"
    )
    # each item is one factor: "dark or damp housing" shares its head noun, "many" is kept,
    # and no item is split into pieces such as "and pet dander" or "dark"
    assert of_markdown(tmp_path, text, RISK) == {
        ("asthma", "smoking"),
        ("asthma", "many pets"),
        ("asthma", "dark or damp housing"),
        ("asthma", "dust"),
        ("asthma", "mold"),
        ("asthma", "pet dander"),
        ("asthma", "parent with asthma"),
        ("asthma", "living in a city"),
    }


def test_pointers_definitions_and_categories_are_no_factors(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nSee the following summaries for more information on risk factors for "
        "asthma: - Asthma Genetics - Asthma Prevention\n\n"
        "Risk factors are conditions or habits that raise a person's chance of getting a "
        "disease. Risk factors for asthma include smoking.\n\n"
        "Other risk factors for asthma include: - diseases of the lungs, including bronchitis "
        "- medical conditions or drugs that weaken the immune system - a family history of "
        "asthma.\n\n"
        "Activities That Can Increase Risk - Running in cold air.\n"
    )
    found = of_markdown(tmp_path, text, RISK)
    assert ("asthma", "smoking") in found
    assert ("asthma", "bronchitis") in found
    objects = {o for _, o in found}
    for wrong in (
        "asthma Genetics",
        "asthma Prevention",
        "conditions or habits",
        "diseases of the lungs",
        "medical conditions or drugs",
        "activities",
    ):
        assert wrong not in objects


def test_a_name_and_an_exposure_are_two_factors(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nRisk factors include smoking and exposure to dust, fumes, and other harsh "
        "chemicals.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("asthma", "smoking"),
        ("asthma", "exposure to dust"),
        ("asthma", "fumes"),
        ("asthma", "harsh chemicals"),
    }


def test_two_states_joined_by_or_are_two_factors(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nBeing a smoker or having a parent with asthma increases the risk of "
        "asthma.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("asthma", "smoking"),
        ("asthma", "parent with asthma"),
    }


def test_the_topic_is_named_whole_not_by_its_head_noun(tmp_path: Path) -> None:
    text = "# Urinary tract infections\n\nWomen are more likely than men to get UTIs.\n"
    assert of_markdown(tmp_path, text, RISK) == {("urinary tract infection", "female sex")}


def test_a_sentence_adverb_is_not_part_of_the_cause(tmp_path: Path) -> None:
    text = "# Anemia\n\nSometimes, anemia can cause fatigue and pale skin.\n"
    assert of_markdown(tmp_path, text, SYMPTOM) == {("anemia", "fatigue"), ("anemia", "pallor")}


def test_a_germ_making_an_infection_gives_no_symptom(tmp_path: Path) -> None:
    text = (
        "# Giardiasis\n\nInfections caused by Giardia are common in campers. Infections due to "
        "G. lamblia happen in hikers. A low white blood cell count can cause infections.\n"
    )
    # the infection is the disease the germ makes; a low count lets infections in (a symptom)
    assert of_markdown(tmp_path, text, SYMPTOM) == {("low white blood cell count", "infection")}


def test_a_bare_word_shares_the_head_noun_of_the_next_symptom(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nRare signs of asthma include skin rashes, hearing loss, and eye or ear "
        "abnormalities.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("asthma", "rash"),
        ("asthma", "hearing loss"),
        ("asthma", "eye abnormalities"),
        ("asthma", "ear abnormalities"),
    }


def test_kidney_failure_is_not_read_as_an_acute_injury(tmp_path: Path) -> None:
    text = "# Kidney disease\n\nSymptoms of kidney failure include nausea and itching.\n"
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("kidney failure", "itching"),
        ("kidney failure", "nausea"),
    }


def test_muscle_weakness_is_a_symptom_not_a_muscle_disease(tmp_path: Path) -> None:
    text = "# Stroke\n\nSymptoms of stroke include muscle weakness and confusion.\n"
    assert ("stroke", "muscle weakness") in of_markdown(tmp_path, text, SYMPTOM)


def test_a_group_at_greater_risk_names_its_factor(tmp_path: Path) -> None:
    text = (
        "# Lung cancer\n\nPeople who have asbestosis are at greater risk for lung cancer, "
        "especially if they smoke. Some data suggest that people who have gout are at greater "
        "risk for lung cancer.\n"
    )
    # the hedged group ("some data suggest") gives nothing
    assert of_markdown(tmp_path, text, RISK) == {("lung cancer", "asbestosis")}


def test_if_you_have_x_you_are_at_risk_names_x_but_not_the_topic(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nIf you have parents with asthma, you're at increased risk for the "
        "condition. People who have asthma are at increased risk for pneumonia.\n"
    )
    # the second sentence tells a risk the topic brings, not a risk factor of the topic
    assert of_markdown(tmp_path, text, RISK) == {("asthma", "parents with asthma")}


def test_two_symptoms_joined_by_and_without_a_comma_are_two(tmp_path: Path) -> None:
    text = (
        "# Laryngeal cancer\n\nSigns of laryngeal cancer include a hoarse voice and ear pain.\n\n"
        "## Outlook\n\nSigns of laryngeal cancer include a hoarse voice that lasts for weeks and "
        "ear pain.\n"
    )
    # the second list is no pair of short names: nothing is guessed from it
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("laryngeal cancer", "hoarseness"),
        ("laryngeal cancer", "ear pain"),
    }


def test_items_after_an_unclear_lead_in_are_no_factors(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nIt is not clear whether the following affect the risk of asthma. - Gas "
        "stoves. Cooking on gas stoves may slightly increase the risk of asthma in children.\n\n"
        "## Known risks\n\nSmoking increases the risk of asthma.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {("asthma", "smoking")}


def test_a_quantifier_the_factor_needs_is_kept(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nRisk factors for asthma include the following: - Having many pets. - "
        "Having several colds a year.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("asthma", "many pets"),
        ("asthma", "several colds a year"),
    }


def test_kinds_of_sight_and_lung_trouble_are_not_narrowed(tmp_path: Path) -> None:
    text = "# Stroke\n\nSymptoms of stroke include vision problems and lung infections.\n"
    # "vision problems" is no "blurred vision", a lung infection no "pneumonia"
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("stroke", "vision problems"),
        ("stroke", "lung infection"),
    }


def test_one_known_symptom_after_include_is_read(tmp_path: Path) -> None:
    text = (
        "# Laryngeal cancer\n\nSigns of laryngeal cancer include hoarseness.\n\n"
        "## Treatment\n\nOptions depend on whether there are signs of laryngeal cancer, such as "
        "nosebleeds.\n"
    )
    # "whether there are signs ..., such as" states no symptom of the topic
    assert of_markdown(tmp_path, text, SYMPTOM) == {("laryngeal cancer", "hoarseness")}


def test_a_cause_pointing_back_or_a_disease_as_symptom_gives_nothing(tmp_path: Path) -> None:
    text = (
        "# Heart valve disease\n\nThe leaking blood strains the heart muscle. Over time, the "
        "strain can lead to palpitations. Most heart attacks are caused by blocked arteries. "
        "Cystic fibrosis can cause clubbing.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {("cystic fibrosis", "clubbing")}
