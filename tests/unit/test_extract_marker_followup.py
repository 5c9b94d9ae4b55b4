"""Follow-up tests of a disease's return, a test named as the setting of what a tool measures,
and a passive "X is detected through M" after a heading run into the sentence: each in several
wordings, with near-misses that give nothing (spread rather than return, a negation, tests
unnamed, a treatment that keeps the disease away, the patient's own action in the test)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation as R

COLON = (
    "# Colon Cancer Treatment\n\nColon cancer is a disease of the large bowel. Colon cancer "
    "treatment depends on the stage.\n\n"
)
GLAUCOMA = (
    "# What is Glaucoma?\n\nGlaucoma is a group of eye diseases. Glaucoma damages the eye.\n\n"
)


def _markers(tmp_path: Path, head: str, text: str) -> set[tuple[str, str]]:
    return of_markdown(tmp_path, head + text + "\n", R.MARKER)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After treatment, regular CT scans may be done to find out whether the cancer has "
         "come back.", {("CT scan", "recurrent colon cancer")}),
        ("A blood test to measure CEA (a substance that may be higher when cancer is present) "
         "is done to check if the tumor has returned.",
         {("carcinoembryonic antigen", "recurrent colon cancer")}),
        ("The results of the PET scan can show if your condition has changed or if the "
         "neuroblastoma has recurred.", {("PET scan", "recurrent neuroblastoma")}),
        ("Colonoscopy is repeated each year to see if the cancer has come back.",
         {("colonoscopy", "recurrent colon cancer")}),
    ],
)
def test_a_follow_up_test_marks_the_recurrent_disease(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _markers(tmp_path, COLON, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Imaging tests are done to see if the cancer has spread.",
        "An MRI cannot show whether the cancer has come back.",
        "The results of these tests can show if the cancer has come back.",
        "Radiation therapy is given to lower the chance that the cancer will come back.",
    ],
)
def test_no_follow_up_marker(tmp_path: Path, text: str) -> None:
    assert not {o for _, o in _markers(tmp_path, COLON, text) if o.startswith("recurrent")}


def test_find_out_whether_is_no_finding_of_its_own(tmp_path: Path) -> None:
    found = _markers(tmp_path, COLON, "An MRI may be done to find out whether the cancer has "
                     "spread to the liver.")
    assert not any(o.startswith("detection of out") for _, o in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In tonometry, an instrument measures the pressure inside the eye.",
         {("tonometry", "pressure inside the eye")}),
        ("During an EEG, small sensors record the electrical activity of the brain.",
         {("electroencephalogram", "electrical activity of the brain")}),
        ("With pachymetry, a special probe measures the thickness of the cornea.",
         {("pachymetry", "thickness of the cornea")}),
    ],
)
def test_a_test_as_the_setting_of_what_a_tool_measures(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _markers(tmp_path, GLAUCOMA, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In a stress test, you walk on a treadmill while the doctor watches.",
        "In a dilated eye exam, drops are placed in your eyes to widen the pupils.",
    ],
)
def test_no_setting_reading(tmp_path: Path, text: str) -> None:
    assert _markers(tmp_path, GLAUCOMA, text) == set()


def test_a_heading_run_into_a_passive_diagnosis(tmp_path: Path) -> None:
    text = ("Tests for Glaucoma Glaucoma is detected through a dilated eye exam that includes "
            "tonometry and a visual field test.")
    assert _markers(tmp_path, GLAUCOMA, text) == {
        ("dilated eye exam", "detection of glaucoma"),
        ("tonometry", "detection of glaucoma"),
        ("visual field test", "detection of glaucoma"),
    }


GOUT = "# Gout\n\nGout is a form of arthritis. Gout causes sudden pain in a joint.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joint fluid analysis and an ultrasound are common diagnostic tests for gout.",
         {("synovial fluid analysis", "diagnosis of gout"), ("ultrasound", "diagnosis of gout")}),
        ("An X-ray is the main diagnostic tool for gout.", {("X-ray", "diagnosis of gout")}),
        ("Imaging such as a CT scan or an MRI is one of the diagnostic tests for gout.",
         {("CT scan", "diagnosis of gout"), ("MRI", "diagnosis of gout")}),
    ],
)
def test_tests_named_as_diagnostic_tests_for_a_disease(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _markers(tmp_path, GOUT, text) == expected


def test_not_a_diagnostic_test(tmp_path: Path) -> None:
    assert _markers(tmp_path, GOUT, "A CT scan is not a diagnostic test for gout.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The standard method for diagnosing gout is by identifying urate crystals in joint "
         "fluid using a microscope.", ("urate crystals in joint fluid", "diagnosis of gout")),
        ("The usual way to diagnose gout is finding needle-shaped crystals in the fluid, "
         "which a doctor draws from the joint.",
         ("needle-shaped crystals in the fluid", "diagnosis of gout")),
        ("The best method for confirming gout is by seeing crystals under a microscope.",
         ("crystals", "diagnosis of gout")),
    ],
)
def test_a_finding_named_as_the_standard_way_to_diagnose(
    tmp_path: Path, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _markers(tmp_path, GOUT, text)


@pytest.mark.parametrize(
    "text",
    [
        "The standard method for diagnosing kidney stones is by finding stones on a CT scan.",
        "Finding crystals may not be the best way to diagnose gout in older adults.",
        "Gout is diagnosed by examining the joint.",
    ],
)
def test_no_standard_method_reading(tmp_path: Path, text: str) -> None:
    assert not {f for f, _ in _markers(tmp_path, GOUT, text) if "crystal" in f or "stone" in f}
