"""Readings of the marker and numeric relations, each with a sentence that gives no fact, and
the loose matching the quality scores use for their free phrases."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import drafts, of_text

from tests.extraction_scoring import head_noun, loose_match, value_spelling
from trainer.domain import Relation as R

ABOUT = "# Type 2 diabetes\n\n"


def test_can_be_used_to_diagnose_a_list_of_conditions(tmp_path: Path) -> None:
    text = "The OGTT can be used to diagnose diabetes, prediabetes, and gestational diabetes.\n"
    found = of_text(tmp_path, text, R.MARKER, heading=ABOUT)
    assert ("oral glucose tolerance test", "diagnosis of gestational diabetes") in found
    assert ("oral glucose tolerance test", "diagnosis of prediabetes") in found


def test_a_test_that_cannot_be_used_gives_no_purpose(tmp_path: Path) -> None:
    text = "The OGTT cannot be used to diagnose type 1 diabetes.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=ABOUT) == set()


def test_two_conditions_after_one_verb_are_two_purposes(tmp_path: Path) -> None:
    text = "The FPG test is used to detect diabetes and prediabetes.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=ABOUT) == {
        ("fasting plasma glucose test", "detection of diabetes"),
        ("fasting plasma glucose test", "detection of prediabetes"),
    }


def test_one_head_over_two_words_stays_one_purpose(tmp_path: Path) -> None:
    text = "Blood chemistry tests are used to check liver and kidney function.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=ABOUT) == {
        ("blood chemistry tests", "assessment of liver and kidney function")
    }


def test_this_test_is_the_test_of_the_sentence_before(tmp_path: Path) -> None:
    text = (
        "A chest x ray is a painless test that makes pictures of the chest. "
        "This test can show fluid buildup in your lungs.\n"
    )
    found = of_text(tmp_path, text, R.MARKER, heading=ABOUT)
    assert found == {("chest X-ray", "fluid buildup in the lungs")}


def test_this_test_without_a_test_before_gives_nothing(tmp_path: Path) -> None:
    text = "Your doctor will ask about your symptoms. This test can show fluid in the lungs.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=ABOUT) == set()


def test_a_result_above_a_cut_off_is_a_threshold_not_a_purpose(tmp_path: Path) -> None:
    text = "An A1C of 5.7 to 6.4 percent indicates prediabetes.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=ABOUT) == set()


def test_a_list_under_a_diagnostic_evaluation_lead_in(tmp_path: Path) -> None:
    text = (
        "Diagnostic evaluation of patients with diabetes may include:\n\n"
        "- Physical examination.\n"
        "- Chemistry panel (electrolytes, creatinine and calcium).\n"
        "- History of weight loss.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=ABOUT) == {
        ("physical examination", "diagnostic evaluation of diabetes"),
        ("blood chemistry tests", "diagnostic evaluation of diabetes"),
    }


def test_a_list_under_a_treatment_lead_in_is_no_evaluation(tmp_path: Path) -> None:
    text = "Treatment of patients with diabetes may include:\n\n- Physical examination.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=ABOUT) == set()


def test_a_glossary_entry_of_a_test_is_held_for_review(tmp_path: Path) -> None:
    """A test's own description of what it finds, the same on any page, makes no card of the
    page's condition (type 2 diabetes); the instructor sees it as a draft."""
    text = (
        "The following tests may be used: - Complete blood count (CBC): A procedure in which "
        "a sample of blood is drawn and checked for the following: - The number of red blood "
        "cells and platelets. - The amount of hemoglobin in the red blood cells. - Cytogenetic "
        "analysis : A laboratory test in which cells are viewed under a microscope to look for "
        "certain changes in the chromosomes.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=ABOUT) == set()
    assert {
        ("complete blood count", "number of red blood cells and platelets"),
        ("cytogenetics", "changes in the chromosomes"),
    } <= drafts(tmp_path, text, R.MARKER, heading=ABOUT)


def test_a_glossary_entry_without_a_search_gives_nothing(tmp_path: Path) -> None:
    text = (
        "The following tests may be used: - CT scan (CAT scan): A procedure that makes a "
        "series of detailed pictures of areas inside the body.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=ABOUT) == set()


def test_a_figure_given_as_an_opinion_is_no_key_figure(tmp_path: Path) -> None:
    heading = "# Multiple myeloma\n\n"
    said = "The complete response rate was 31.8% with the three drugs.\n"
    opinion = "In my opinion, a complete response rate of over 30 percent is remarkable.\n"
    assert of_text(tmp_path, said, R.NUMERIC, heading=heading) == {
        ("complete response rate", "31.8%")
    }
    assert of_text(tmp_path, opinion, R.NUMERIC, heading=heading) == set()


def test_loose_match_of_marker_purposes() -> None:
    test = "a1c test"
    assert loose_match("marker", (test, "diagnosis of diabetes during a checkup"),
                       (test, "diagnosis of diabetes"))  # fmt: skip
    assert loose_match("marker", (test, "blood clots"), (test, "blood clots in the atria"))
    assert loose_match("marker", (test, "cells that look hairy, the number of platelets"),
                       (test, "cells that look hairy"))  # fmt: skip
    # another test, another condition, or one word of the key is not the same fact
    assert not loose_match("marker", ("ogtt", "diagnosis of diabetes"),
                           (test, "diagnosis of diabetes"))  # fmt: skip
    assert not loose_match("marker", (test, "diagnosis of diabetes"),
                           (test, "diagnosis of gestational diabetes"))  # fmt: skip
    assert not loose_match("marker", (test, "diagnosis"), (test, "diagnosis of diabetes"))


def test_loose_match_of_numeric_measures() -> None:
    assert head_noun("2 hour ogtt glucose for gestational diabetes") == "glucose"
    assert head_noun("complete response rate") == "response"
    assert head_noun("fasting glucose level") == "glucose"
    assert loose_match("numeric", ("relapse rate", "up to 15%"),
                       ("relapse rate despite a negative pet2 scan", "up to 15%"))  # fmt: skip
    # the same value of another measure, or another value of the same measure, is not a match
    assert not loose_match("numeric", ("complete response rate", "31.8%"),
                           ("grade 3 or higher adverse event", "31.8%"))  # fmt: skip
    assert not loose_match("numeric", ("complete response rate", "above 30%"),
                           ("complete response rate", "31.8%"))  # fmt: skip


def test_a_figure_spelt_another_way_is_the_same_figure() -> None:
    assert value_spelling("approximately 90 percent") == value_spelling("about 90%")
    assert value_spelling("more than 80 percent") == value_spelling("above 80%")
    assert value_spelling("less than 70 mg/dl") == value_spelling("below 70 mg/dl")
    assert value_spelling("5 to 7 days") == value_spelling("5 7 days")
    assert loose_match("numeric", ("survival rate", "about 90%"),
                       ("survival rate", "approximately 90 percent"))  # fmt: skip
    # the number, the direction of the comparison and the unit still count
    assert value_spelling("above 80%") != value_spelling("below 80%")
    assert value_spelling("about 90%") != value_spelling("90%")
    assert value_spelling("5 to 7 days") != value_spelling("5 7 weeks")


def test_a_prognostic_direction_worded_another_way_is_the_same_direction() -> None:
    pf = "prognostic_factor"
    assert loose_match(pf, ("sarcoidosis", "lung scarring (poorer prognosis)"),
                       ("sarcoidosis", "lung scarring (poor outcome)"))  # fmt: skip
    # a factor stated without its direction is still the keyed factor
    assert loose_match(pf, ("copd", "continued smoking"),
                       ("copd", "continued smoking (poorer prognosis)"))  # fmt: skip
    # but a factor said to point the other way is not
    assert not loose_match(pf, ("all", "hyperdiploidy (poorer prognosis)"),
                           ("all", "hyperdiploidy (better prognosis)"))  # fmt: skip
    whipple = "whipple disease"
    assert loose_match(pf, (whipple, "left untreated (poorer prognosis)"),
                       (whipple, "left untreated (usually life threatening)"))  # fmt: skip


def test_a_tests_own_description_outside_a_list_is_held_too(tmp_path: Path) -> None:
    text = (
        "Cytogenetic analysis is a laboratory test in which cells are viewed under a "
        "microscope to look for certain changes in the chromosomes.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=ABOUT) == set()


def test_a_purpose_any_test_has_names_no_finding(tmp_path: Path) -> None:
    text = (
        "A chest x-ray may be used to find the cause of symptoms. A CT scan is used to look "
        "for signs of disease. An A1C test is used to diagnose type 2 diabetes.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=ABOUT) == {
        ("A1C test", "diagnosis of type 2 diabetes"),
    }


def test_what_a_test_shows_of_any_body_is_no_finding(tmp_path: Path) -> None:
    text = (
        "An EKG is a simple test that records the heart's electrical activity. An "
        "echocardiogram shows the size and shape of the heart. A CT scan shows how well the "
        "urinary tract is working. An A1C test is used to diagnose type 2 diabetes.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=ABOUT) == {
        ("A1C test", "diagnosis of type 2 diabetes"),
    }


def test_loose_match_of_a_phenotype_table_row_worded_two_ways() -> None:
    assert loose_match("numeric", ("rheumatic fever patients with anorexia", "90%"),
                       ("anorexia in rheumatic fever", "90%"))  # fmt: skip
    # another sign of the same condition at the same share is another fact
    assert not loose_match("numeric", ("rheumatic fever patients with anorexia", "90%"),
                           ("arthritis in rheumatic fever", "90%"))  # fmt: skip
