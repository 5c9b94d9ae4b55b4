"""General structures the marker, risk_factor, symptom_cause and numeric readers take facts from,
each with the right fact and with the near miss that must give none.

The sentences are written for these tests; the conditions and tests are chosen away from the
real-document set, so each case checks a structure, not a document's wording.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of
from extract_helpers import triples as facts

from trainer.domain import Relation

# -- numeric: the cut-off values of a test ---------------------------------------------------


def test_a_range_that_indicates_a_condition_is_a_key_figure(tmp_path: Path) -> None:
    found = facts(tmp_path, "An eGFR between 30 and 59 indicates kidney damage.\n")
    assert of(found, Relation.NUMERIC) == {("eGFR for kidney damage", "30-59")}


def test_a_normal_level_keeps_its_unit_and_direction(tmp_path: Path) -> None:
    found = facts(tmp_path, "A normal fasting glucose level is below 100 mg/dL.\n")
    assert of(found, Relation.NUMERIC) == {("normal fasting glucose level", "below 100 mg/dL")}


def test_a_condition_defined_by_two_measures_gives_both(tmp_path: Path) -> None:
    found = facts(
        tmp_path, "Hypotension is a systolic pressure below 90 or a diastolic pressure below 60.\n"
    )
    assert of(found, Relation.NUMERIC) == {
        ("systolic pressure for hypotension", "below 90"),
        ("diastolic pressure for hypotension", "below 60"),
    }


def test_value_first_lines_under_a_measure_line_take_that_measure(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Kidney disease\n\nAn eGFR:\n\nBelow 15 is a sign of kidney failure.\n\n"
        "Between 15 and 29 is considered severe kidney damage.\n",
    )
    assert of(found, Relation.NUMERIC) == {
        ("eGFR for kidney failure", "below 15"),
        ("eGFR for severe kidney damage", "15-29"),
    }


def test_a_hedged_value_or_a_dose_is_no_key_figure(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "People with an A1C below 5.7 percent may still be at risk for diabetes. "
        "A dose of 500 mg means the patient needs monitoring.\n",
    )
    assert of(found, Relation.NUMERIC) == set()


def test_figures_under_an_evidence_line_are_a_studys_not_headlines(tmp_path: Path) -> None:
    study = (
        "# Melanoma\n\nEvidence (surgery):\n\n"
        "1. In 300 patients, the 5-year survival rate was 60%.\n"
    )
    headline = "# Melanoma\n\nThe 5-year survival rate is about 60%.\n"
    assert of(facts(tmp_path, study), Relation.NUMERIC) == set()
    assert of(facts(tmp_path, headline), Relation.NUMERIC) == {
        ("5-year survival rate", "about 60%")
    }


# -- symptom_cause: lists whose lead-in says whose symptoms they are --------------------------


def test_items_under_a_list_of_symptoms_keep_their_words(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "The following is a list of symptoms often seen with acute bronchitis.\n\n"
        "- persistent dry cough\n- low-grade fever\n- sore chest muscles\n"
        "- You may find it hard to sleep when the cough is bad\n",
    )
    # the last item is a sentence, not a symptom's name: it gives nothing
    assert of(found, Relation.SYMPTOM_CAUSE) == {
        ("acute bronchitis", "persistent dry cough"),
        ("acute bronchitis", "low-grade fever"),
        ("acute bronchitis", "sore chest muscles"),
    }


def test_characterized_by_lists_the_conditions_signs(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Cytokine release syndrome is characterized by high fever, low blood pressure, and "
        "rapid breathing.\n",
    )
    assert ("cytokine release syndrome", "rapid breathing") in of(found, Relation.SYMPTOM_CAUSE)


def test_an_inline_list_with_a_clause_in_it_gives_no_free_phrase(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Cytokine release syndrome is characterized by fever, and you should call the team.\n",
    )
    objects = {o for _, o in of(found, Relation.SYMPTOM_CAUSE)}
    assert not any("call" in o for o in objects)


# -- risk_factor ------------------------------------------------------------------------------


def test_one_sex_more_likely_to_develop_the_disease(tmp_path: Path) -> None:
    found = facts(tmp_path, "# Asthma\n\nWomen are more likely than men to develop asthma.\n")
    assert of(found, Relation.RISK_FACTOR) == {("asthma", "female sex")}


def test_a_sex_difference_within_an_age_band_is_no_risk_factor(tmp_path: Path) -> None:
    found = facts(
        tmp_path, "# Asthma\n\nBefore age 12, boys are more likely than girls to develop asthma.\n"
    )
    assert of(found, Relation.RISK_FACTOR) == set()


def test_a_risk_that_rises_with_age(tmp_path: Path) -> None:
    found = facts(
        tmp_path, "# Type 2 diabetes\n\nThe risk of type 2 diabetes increases as you get older.\n"
    )
    assert of(found, Relation.RISK_FACTOR) == {("type 2 diabetes", "older age")}


def test_the_factor_is_the_clause_after_because_not_the_opinion(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Asthma\n\nDoctors think genes matter because having a parent with asthma raises a "
        "person's risk of asthma.\n",
    )
    assert of(found, Relation.RISK_FACTOR) == {("asthma", "parent with asthma")}


def test_a_relative_clause_says_its_risk_of_the_noun_before_that(tmp_path: Path) -> None:
    found = facts(
        tmp_path, "Smokers often have damaged airways that increase the risk of pneumonia.\n"
    )
    assert of(found, Relation.RISK_FACTOR) == {("pneumonia", "damaged airways")}


def test_causes_divided_by_semicolons(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Hypertension\n\nCauses of hypertension may include kidney disease; thyroid problems; "
        "heavy drinking, especially binge drinking; and some medicines.\n",
    )
    assert of(found, Relation.RISK_FACTOR) == {
        ("hypertension", "kidney disease"),
        ("hypertension", "thyroid problems"),
        ("hypertension", "heavy drinking"),
    }  # "some medicines" is a category, not a factor a card can ask about


# -- marker -----------------------------------------------------------------------------------


def test_a_test_guides_a_decision_not_an_instrument(tmp_path: Path) -> None:
    needle = facts(tmp_path, "Ultrasound may be used to guide the biopsy needle.\n")
    decision = facts(tmp_path, "Ultrasound may be used to guide treatment decisions.\n")
    assert of(needle, Relation.MARKER) == set()
    assert of(decision, Relation.MARKER) == {("ultrasound", "treatment decisions")}


def test_seeing_whether_a_person_has_a_condition_is_detecting_it(tmp_path: Path) -> None:
    found = facts(tmp_path, "A chest x-ray is needed to see whether the person has pneumonia.\n")
    assert of(found, Relation.MARKER) == {("chest X-ray", "detection of pneumonia")}


def test_a_provider_uses_a_test_to_diagnose_and_to_find_what_is_present(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "A doctor can use a kidney biopsy to diagnose lupus nephritis and determine if scarring "
        "is present.\n",
    )
    assert of(found, Relation.MARKER) == {
        ("kidney biopsy", "diagnosis of lupus nephritis"),
        ("kidney biopsy", "presence of scarring"),
    }


def test_a_measure_of_something_is_the_test_turned_round(tmp_path: Path) -> None:
    found = facts(tmp_path, "A useful measure of kidney function is the eGFR.\n")
    assert of(found, Relation.MARKER) == {("glomerular filtration rate", "kidney function")}


def test_the_following_tests_name_a_category_not_a_test(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "The doctor may order the following blood tests to help find out if the liver is "
        "damaged.\n",
    )
    assert of(found, Relation.MARKER) == set()


# -- sections a page nests under "Related Links" ------------------------------------------------


def test_prose_under_a_heading_nested_in_related_links_is_read(tmp_path: Path) -> None:
    nested = facts(
        tmp_path,
        "# Asthma\n\nRelated Links\n\nFor Patients\n\nHow common is asthma?\n\n"
        "Women are more likely than men to develop asthma.\n",
    )
    links = facts(
        tmp_path,
        "# Asthma\n\n## Related Links\n\n- Women are more likely than men to develop asthma.\n",
    )
    assert of(nested, Relation.RISK_FACTOR) == {("asthma", "female sex")}
    assert of(links, Relation.RISK_FACTOR) == set()  # a list of links is still skipped


# -- marker: a test defined by what it shows; vague findings --------------------------------


def test_a_test_defined_as_an_exam_that_shows_something(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Gastritis\n\nAn upper GI series is an x-ray exam that provides a look at ulcers "
        "of the esophagus.\n",
    )
    assert of(found, Relation.MARKER) == {("upper GI series", "ulcers of the esophagus")}


def test_signs_of_other_problems_are_no_finding_to_learn(tmp_path: Path) -> None:
    found = facts(
        tmp_path, "A chest x-ray is a quick test that can show signs of other problems.\n"
    )
    assert of(found, Relation.MARKER) == set()


# -- prognostic_factor ------------------------------------------------------------------------


def test_a_list_run_into_one_line_after_depends_on_the_following(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Multiple myeloma\n\nThe prognosis depends on the following: - The stage of the "
        "myeloma. - Whether the myeloma responds to treatment. Treatment options also depend on "
        "the wishes of the patient.\n",
    )
    # the sentence after the list is not an item of it
    assert of(found, Relation.PROGNOSTIC_FACTOR) == {
        ("multiple myeloma", "stage of the myeloma"),
        ("multiple myeloma", "response to treatment"),
    }


def test_favourable_survival_associated_with_factors(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Multiple myeloma\n\nFavorable survival has been associated with younger age, a low "
        "beta-2 microglobulin level, and a complete response to induction.\n",
    )
    assert of(found, Relation.PROGNOSTIC_FACTOR) == {
        ("multiple myeloma", "younger age (better prognosis)"),
        ("multiple myeloma", "low beta-2 microglobulin level (better prognosis)"),
        ("multiple myeloma", "complete response to induction (better prognosis)"),
    }


def test_survival_of_another_population_is_not_the_diseases_prognosis(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Multiple myeloma\n\nFavorable survival after transplant has been associated with "
        "younger age.\n",
    )
    assert of(found, Relation.PROGNOSTIC_FACTOR) == set()


def test_symptoms_of_a_condition_such_as_a_list_up_to_an_aside(tmp_path: Path) -> None:
    such_as = facts(
        tmp_path,
        "A beta blocker can ease many of the symptoms of hyperthyroidism, such as tremors, "
        "sweating, and nervousness.\n",
    )
    aside = facts(
        tmp_path,
        "The symptoms of Q fever may include high fevers, dry cough, and muscle aches, usually "
        "in the legs, arms, or back.\n",
    )
    assert of(such_as, Relation.SYMPTOM_CAUSE) >= {
        ("hyperthyroidism", "nervousness"),
        ("hyperthyroidism", "sweating"),
    }
    # the aside after "usually" is where the list ends: "arms" is no symptom; a condition the
    # lexicon does not know keeps the text's name, each symptom the lexicon's
    assert of(aside, Relation.SYMPTOM_CAUSE) == {
        ("Q fever", "fever"),
        ("Q fever", "cough"),
        ("Q fever", "myalgia"),
    }


def test_a_share_of_people_who_have_a_named_condition(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Asthma\n\nAbout 20 percent of people with eczema develop asthma. About 30 percent of "
        "children with asthma have a good outcome.\n",
    )
    # the second figure names no condition: an outcome is no share of people with a disease
    assert of(found, Relation.NUMERIC) == {("people with eczema who develop asthma", "about 20%")}


# -- round three: generic readings give no card ------------------------------------------------


def test_a_physical_exam_helping_to_diagnose_a_disease_gives_no_card(tmp_path: Path) -> None:
    # every disease is diagnosed partly by examining the patient: no card in that
    found = facts(tmp_path, "A physical exam may help diagnose sarcoidosis.\n")
    assert of(found, Relation.MARKER) == set()


def test_a_biopsy_helping_to_diagnose_a_disease_is_still_a_marker(tmp_path: Path) -> None:
    found = facts(tmp_path, "A lung biopsy may help diagnose sarcoidosis.\n")
    assert ("biopsy", "diagnosis of sarcoidosis") in of(found, Relation.MARKER)


def test_symptoms_of_a_generic_severe_disease_give_no_cause(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Treatment should start before symptoms of severe disease, such as confusion, appear.\n",
    )
    assert not {s for s, _ in of(found, Relation.SYMPTOM_CAUSE)} & {"severe disease", "disease"}


def test_a_cause_cut_after_an_opening_aside_gives_no_symptom(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "In a very small number of cases, fungi can cause serious conditions, including "
        "meningitis, a severe infection of the brain lining.\n",
    )
    assert of(found, Relation.SYMPTOM_CAUSE) == set()



def test_a_head_shared_by_two_adjectives_is_not_split_into_fragments(tmp_path: Path) -> None:
    # "the number of red and white blood cells": "red" alone is no finding
    found = facts(
        tmp_path,
        "# Sepsis\n\nSepsis is a serious illness. A full blood count can be used to check the "
        "number of red and white blood cells in the blood.\n",
    )
    objects = {o for s, o in of(found, Relation.MARKER) if s == "complete blood count"}
    assert all("red and white" in o for o in objects)


def test_a_normal_range_between_two_values(tmp_path: Path) -> None:
    found = facts(tmp_path, "A normal blood oxygen level is between 95 and 100 percent.\n")
    assert of(found, Relation.NUMERIC) == {("normal blood oxygen level", "95-100%")}
    found = facts(tmp_path, "Normal fasting glucose levels are between 70 and 99 mg/dL.\n")
    assert of(found, Relation.NUMERIC) == {("normal fasting glucose level", "70-99 mg/dL")}
    found = facts(tmp_path, "A normal dose is between 5 and 10 mg.\n")
    assert of(found, Relation.NUMERIC) == set()
