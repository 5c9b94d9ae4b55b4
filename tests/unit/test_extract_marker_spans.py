"""Marker findings whose extent the sentence's structure decides: a purpose given to one test
of a list stops where the next test begins; a test named in a pronoun's sentence after the
verb is what is checked; a name inside a relative clause is what a test finds; places checked
come before what they are checked for; a generic test word stands for the specific test the
paragraph named; and objects that are a category, a cut coordination or a participle left
without its path give no card."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_text

from trainer.domain import Relation as R

BONE = "# Osteoporosis\n\n"
LUNG = "# Cough\n\n"
STONES = "# Kidney stones\n\n"
KIDNEY = "# Kidney disease\n\n"


def test_each_test_of_a_list_keeps_its_own_purpose(tmp_path: Path) -> None:
    text = (
        "Lab tests may include a complete blood count to look for anemia or infection, stool "
        "tests to isolate and identify parasites, and a urine culture.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=BONE) == {
        ("complete blood count", "anemia or infection"),
        ("stool test", "parasites"),
    }


def test_a_name_after_this_test_checks_is_what_is_checked(tmp_path: Path) -> None:
    text = "A complete blood count is often done first. This test checks your hemoglobin level.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=BONE) == {
        ("complete blood count", "assessment of hemoglobin level")
    }


def test_a_mutation_a_test_detects_is_not_the_test(tmp_path: Path) -> None:
    text = (
        "The doctor may order a blood test that can find the JAK2 mutation to confirm the "
        "diagnosis.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=BONE) == set()


def test_a_category_or_the_parts_a_test_looks_at_is_no_finding(tmp_path: Path) -> None:
    text = (
        "A blood smear can show conditions related to anemia. The CBC measures many parts of "
        "your blood. A chest x ray can show a broken rib.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=BONE) == {("chest X-ray", "broken rib")}


def test_a_coordination_cut_at_its_comma_is_no_finding(tmp_path: Path) -> None:
    text = "A chest x ray can show areas of scarred lung and thickened, irregular airway walls.\n"
    assert of_text(tmp_path, text, R.MARKER, heading=LUNG) == set()


def test_a_participle_cut_from_its_path_is_no_finding(tmp_path: Path) -> None:
    text = (
        "Doppler ultrasound shows the speed of blood moving through the arteries. An "
        "echocardiogram can show blood clots inside the heart.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=LUNG) == {
        ("echocardiogram", "blood clots inside the heart")
    }


def test_places_checked_for_something_give_what_they_are_checked_for(tmp_path: Path) -> None:
    text = (
        "Your doctor may use an ultrasound to check your kidneys, bladder, and ureters for "
        "blockages.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=STONES) == {
        ("ultrasound", "detection of blockages")
    }


def test_a_generic_biopsy_is_the_specific_one_the_paragraph_named(tmp_path: Path) -> None:
    text = (
        "A kidney biopsy is a procedure that takes a small piece of kidney tissue. Only a "
        "biopsy can show the scarring in the glomeruli.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=KIDNEY) == {
        ("kidney biopsy", "scarring in the glomeruli")
    }


def test_these_tests_are_the_tests_the_sentence_before_opened_with(tmp_path: Path) -> None:
    text = (
        "Lung function tests measure how much air you can breathe in. These tests can show "
        "whether the airways are narrowed.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=LUNG) == {
        ("pulmonary function tests", "whether the airways are narrowed")
    }


def test_a_level_that_indicates_a_disease_is_named_with_its_level(tmp_path: Path) -> None:
    text = (
        "Elevated IGF-I levels almost always indicate acromegaly. Mildly elevated TSH without "
        "symptoms indicates a milder form of the disease.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading="# Acromegaly\n\n") == {
        ("elevated IGF-I", "acromegaly")
    }


def test_whether_a_disease_reaches_an_organ_is_read_as_that_reach(tmp_path: Path) -> None:
    text = (
        "Lung function tests measure how much air you can breathe in. These tests can show "
        "whether sarcoidosis is affecting your lungs. A chest x ray can show whether you are "
        "affected.\n"
    )
    assert of_text(tmp_path, text, R.MARKER, heading=LUNG) == {
        ("pulmonary function tests", "sarcoidosis affecting the lungs")
    }
