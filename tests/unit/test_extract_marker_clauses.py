"""What a test shows, read from the clause the test is the subject of: a test named inside
another clause (a purpose opening the sentence, a question word's clause, a phrase that sets it
aside) does no showing, a negation written without its apostrophe still negates, and what is
left of an object cut short (a span of time, an infinitive, an amount) is no finding. Cut-off
values read from a list run into one line, and headline figures that hold only under a stated
condition, close the file."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import drafts, of_text

from trainer.domain import Relation as R

LUNG = "# Asbestosis\n\n"
ANEMIA = "# Anemia\n\n"
KIDNEY = "# Kidney disease\n\n"


def test_a_negation_without_its_apostrophe_gives_no_finding(tmp_path: Path) -> None:
    text = (
        "A chest x-ray cant detect early scarring of the lungs, "
        "but it can show fluid around the lungs.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=LUNG) == {
        ("chest X-ray", "fluid around the lungs")
    }


def test_the_verb_of_a_question_word_clause_is_not_the_tests(tmp_path: Path) -> None:
    text = "The PET scanner builds an image of where sugar is being used in the body.\n"
    assert of_text(tmp_path, text, R.MARKER, heading="# Lung cancer\n\n") == set()


def test_a_span_of_time_is_no_finding(tmp_path: Path) -> None:
    text = "Follow-up scans with MRI are done for several months to check whether it returned.\n"
    assert of_text(tmp_path, text, R.MARKER, heading="# Brain tumour\n\n") == set()


def test_a_test_named_in_an_opening_purpose_clause_shows_nothing(tmp_path: Path) -> None:
    text = (
        "To confirm a chest x-ray result, or to find out how far the damage goes, "
        "your doctor may order further tests.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=LUNG) == set()


def test_the_subject_after_an_opening_purpose_clause_still_shows(tmp_path: Path) -> None:
    text = "To diagnose leukemia, a bone marrow biopsy shows the number of blast cells.\n"
    assert of_text(tmp_path, text, R.MARKER, heading="# Leukemia\n\n") == {
        ("bone marrow biopsy", "number of blast cells")
    }


def test_tests_after_in_addition_to_are_set_aside_up_to_the_comma(tmp_path: Path) -> None:
    text = (
        "In addition to measuring hematocrit and hemoglobin, "
        "a CBC can show signs of infection.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=ANEMIA) == {
        ("complete blood count", "signs of infection")
    }


def test_whether_a_person_has_enough_of_something_is_no_finding(tmp_path: Path) -> None:
    text = "A complete blood count shows whether a person has enough red blood cells.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=ANEMIA) == set()


def test_two_infinitives_of_purpose_give_two_objects(tmp_path: Path) -> None:
    text = (
        "A liver biopsy is often needed to diagnose the cause of the hepatitis "
        "and to plan treatment.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading="# Hepatitis\n\n") == {
        ("liver biopsy", "diagnosis of cause of the hepatitis"),
        ("liver biopsy", "treatment planning"),
    }


def test_an_organs_function_is_not_its_test(tmp_path: Path) -> None:
    text = "Liver function is important for digestion.\n"
    assert of_text(tmp_path, text, R.MARKER, heading="# Cirrhosis\n\n") == set()


def test_the_disease_diagnosed_keeps_the_sentences_words(tmp_path: Path) -> None:
    text = "A doctor diagnoses autosomal dominant PKD with an ultrasound.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=KIDNEY) == {
        ("ultrasound", "diagnosis of autosomal dominant PKD")
    }


def test_it_diagnosed_with_a_test_is_the_pages_disease(tmp_path: Path) -> None:
    text = "A doctor diagnoses it with spirometry.\n"
    assert of_text(tmp_path, text, R.MARKER, heading="# Asthma\n\n") == {
        ("spirometry", "diagnosis of asthma")
    }


def test_cut_offs_in_a_list_run_into_one_line_lose_the_dash(tmp_path: Path) -> None:
    text = (
        "GFR is reported as a number. - A GFR below 60 may mean kidney disease. "
        "- A GFR of 15 or lower may mean kidney failure.\n"
    )
    assert of_text(tmp_path, text, R.NUMERIC, heading=KIDNEY) == {
        ("GFR for kidney disease", "below 60"),
        ("GFR for kidney failure", "15 or lower"),
    }


def test_a_figure_that_holds_under_a_condition_is_no_headline(tmp_path: Path) -> None:
    text = "When the cancer is found early, 95 percent of women are alive five years later.\n"
    assert of_text(tmp_path, text, R.NUMERIC, heading="# Breast cancer\n\n") == set()


def test_a_relative_when_in_the_next_sentence_leaves_the_figure(tmp_path: Path) -> None:
    text = (
        "About 80 percent of children go into remission with steroids.2 "
        "Remission is a time when the child has no symptoms.\n"
    )
    assert of_text(tmp_path, text, R.NUMERIC, heading="# Nephrotic syndrome\n\n") == {
        ("remission rate", "about 80%")
    }


def test_whether_a_newborn_has_a_condition_is_its_detection(tmp_path: Path) -> None:
    text = "A CT scan can show whether the baby has a bowel blockage and how severe it is.\n"
    assert of_text(tmp_path, text, R.MARKER, heading="# Bowel disease\n\n") == {
        ("CT scan", "detection of a bowel blockage")
    }


def test_how_well_an_organ_works_is_a_finding_in_its_own_words(tmp_path: Path) -> None:
    text = (
        "Lung function tests measure how much air you can breathe out "
        "and how well your lungs pass oxygen to your blood.\n"
    )
    # a reading path measured below 0.9 precision: the reading is a draft, not a card
    assert of_text(tmp_path, text, R.MARKER, heading=LUNG) == set()
    assert drafts(tmp_path, text, R.MARKER, heading=LUNG) == {
        ("pulmonary function tests", "how well the lungs pass oxygen to the blood")
    }


def test_how_much_of_something_is_present_is_its_amount(tmp_path: Path) -> None:
    text = "The sedimentation rate shows how much inflammation is in the joints.\n"
    assert of_text(tmp_path, text, R.MARKER, heading="# Arthritis\n\n") == {
        ("erythrocyte sedimentation rate", "amount of inflammation in the joints")
    }


def test_a_test_named_as_the_usual_means_to_a_purpose(tmp_path: Path) -> None:
    text = "An echocardiogram is the most useful test for diagnosing valve disease.\n"
    assert of_text(tmp_path, text, R.MARKER, heading="# Heart disease\n\n") == {
        ("echocardiogram", "diagnosis of valve disease")
    }


def test_a_quantity_of_something_else_than_the_tests_name(tmp_path: Path) -> None:
    text = "A sweat test measures the amount of chloride in sweat.\n"
    # a reading path measured below 0.9 precision: the reading is a draft, not a card
    assert of_text(tmp_path, text, R.MARKER, heading="# Cystic fibrosis\n\n") == set()
    assert drafts(tmp_path, text, R.MARKER, heading="# Cystic fibrosis\n\n") == {
        ("sweat test", "amount of chloride in sweat")
    }


def test_a_glossary_entry_for_a_procedure_to_find_something(tmp_path: Path) -> None:
    text = (
        "These tests may be used: - Bone scan : A procedure to check if there are fast-growing "
        "cells, such as metastases, in the skeleton. - Cystoscopy : A procedure to look inside "
        "the bladder to check for abnormal areas.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading="# Bladder cancer\n\n") == {
        ("bone scan", "fast-growing cells in the skeleton")
    }


def test_the_share_of_a_group_a_condition_affects_each_year(tmp_path: Path) -> None:
    text = (
        "Surveys suggest that asthma affects up to 12 percent of older adults in a given year. "
        "Asthma may affect 20 percent of children.\n"
    )
    assert of_text(tmp_path, text, R.NUMERIC, heading="# Asthma\n\n") == {
        ("older adults with asthma each year", "up to 12%")
    }


def test_to_find_out_how_well_an_organ_works(tmp_path: Path) -> None:
    text = (
        "A kidney function test is needed to check for diabetes "
        "and to find out how well the kidneys are working overall.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=KIDNEY) == {
        ("kidney function tests", "detection of diabetes"),
        ("kidney function tests", "how well the kidneys are working overall"),
    }
