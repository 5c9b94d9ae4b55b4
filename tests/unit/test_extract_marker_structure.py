"""What a test shows, read from the sentence's structure: the finding as a card words it, one
finding or two by the coordination's shape, and readings that give no marker (a bedside
routine, an organ a test looks at, one term of a ratio). Numeric figures paired with groups
named elsewhere give nothing."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import drafts, of_text

from trainer.domain import Relation as R

HEART = "# Heart disease\n\n"
KIDNEY = "# Kidney disease\n\n"
STROKE = "# Stroke\n\n"


def test_what_any_heart_shows_is_neither_card_nor_draft(tmp_path: Path) -> None:
    text = "An electrocardiogram detects your heart's electrical activity.\n"
    # what a test records of any heart names no finding of the page's condition
    assert of_text(tmp_path, text, R.MARKER, heading=HEART) == set()
    assert drafts(tmp_path, text, R.MARKER, heading=HEART) == set()


def test_a_linking_word_before_the_test_pronoun(tmp_path: Path) -> None:
    text = (
        "An electrocardiogram records the heart's rhythm. "
        "For example, the test can detect atrial fibrillation.\n"
    )
    assert ("electrocardiogram", "atrial fibrillation") in of_text(
        tmp_path, text, R.MARKER, heading=HEART
    )


def test_one_preposition_over_two_nouns_stays_one_finding(tmp_path: Path) -> None:
    text = "A nuclear heart scan can show damage to heart chambers and major blood vessels.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=HEART) == {
        ("nuclear heart scan", "damage to heart chambers and major blood vessels")
    }


def test_two_findings_each_with_its_preposition_are_two(tmp_path: Path) -> None:
    text = "An MRI can show bleeding in the brain or swelling of brain tissue.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=STROKE) == {
        ("MRI", "bleeding in the brain"),
        ("MRI", "swelling of brain tissue"),
    }


def test_two_bare_alternatives_stay_one_finding(tmp_path: Path) -> None:
    text = "A CT scan may be done to check for enlarged lymph nodes or an enlarged liver.\n"
    found = of_text(tmp_path, text, R.MARKER, heading=STROKE)
    assert found == {("CT scan", "detection of enlarged lymph nodes or an enlarged liver")}


def test_an_organ_a_test_looks_at_is_no_finding(tmp_path: Path) -> None:
    text = "An ultrasound uses sound waves to look at the kidneys.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=KIDNEY) == set()


def test_a_test_that_uses_a_means_to_show_a_finding(tmp_path: Path) -> None:
    text = "Carotid angiography is a test that uses dye and x rays to show narrowed arteries.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=STROKE) == {
        ("carotid angiography", "narrowed arteries")
    }


def test_a_bedside_routine_gives_no_marker(tmp_path: Path) -> None:
    text = "During a physical exam, the doctor will check your reflexes and your balance.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=STROKE) == set()


def test_one_term_of_a_ratio_is_not_the_marker(tmp_path: Path) -> None:
    text = "A higher ratio of albumin to creatinine is a sign of kidney damage.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=KIDNEY) == set()


def test_what_a_test_lets_the_doctor_see(tmp_path: Path) -> None:
    text = "Cardiac catheterization allows the doctor to see the blood flow in the heart.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=HEART) == {
        ("cardiac catheterization", "blood flow in the heart")
    }


def test_checking_out_a_calculator_is_no_finding(tmp_path: Path) -> None:
    text = "To learn your body mass index, check out an online calculator or ask a nurse.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=HEART) == set()


def test_figures_paired_with_groups_named_elsewhere_give_nothing(tmp_path: Path) -> None:
    heading = "# Acute myeloid leukemia\n\n"
    paired = "The response rates were 70 percent and 40 percent, respectively.\n"
    assert of_text(tmp_path, paired, R.NUMERIC, heading=heading) == set()
    ranged = "The response rate is 70 to 80 percent.\n"
    assert of_text(tmp_path, ranged, R.NUMERIC, heading=heading) == {("response rate", "70-80%")}


def test_examples_before_other_name_their_kind(tmp_path: Path) -> None:
    text = "Cystoscopy may be used to look for swelling, bleeding and other signs of injury.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=KIDNEY) == {
        ("cystoscopy", "signs of injury")
    }


def test_a_test_suggested_to_help_a_purpose(tmp_path: Path) -> None:
    text = "Doctors may recommend a PET scan to help stage the lymphoma.\n"
    # the sentence names a PET scan, which is not a PET-CT
    assert of_text(tmp_path, text, R.MARKER, heading="# Hodgkin lymphoma\n\n") == {
        ("PET scan", "staging of lymphoma")
    }


def test_tests_the_list_below_names_are_no_subject(tmp_path: Path) -> None:
    text = "A doctor may order the following urine tests to help detect kidney damage.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=KIDNEY) == set()


def test_what_a_test_will_show_is_a_finding_not_a_question(tmp_path: Path) -> None:
    text = "A urinalysis will show if you have a urinary tract infection.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=KIDNEY) == {
        ("urinalysis", "detection of a urinary tract infection")
    }


def test_a_relative_clause_hangs_on_the_test_before_it(tmp_path: Path) -> None:
    text = "Doctors often order a C-reactive protein test, which shows inflammation in joints.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=HEART) == {
        ("C-reactive protein", "inflammation in joints")
    }


def test_the_kind_of_test_used_for_a_purpose(tmp_path: Path) -> None:
    text = "Blood cultures are the main laboratory tests used to diagnose sepsis.\n"
    assert of_text(tmp_path, text, R.MARKER, heading="# Sepsis\n\n") == {
        ("blood culture", "diagnosis of sepsis")
    }


def test_helping_to_screen_is_screening(tmp_path: Path) -> None:
    text = "Measuring waist circumference helps screen for heart disease.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=HEART) == {
        ("waist circumference", "screening for heart disease")
    }
