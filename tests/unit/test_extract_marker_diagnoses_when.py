"""The tests a diagnosis rests on, test -> "diagnosis of X": "<someone> diagnoses X when/if
<test result> ..." (the test opening the condition clause), "X is diagnosed by A", "To diagnose
X, <someone> orders A", "The diagnosis of X requires A", "Tests used to diagnose X are A and
B". A negated diagnosis, a condition that opens with no test, a test named later in the
clause, or a subject that names no condition ("These deposits") gives no card."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation as R

PAGE = "# Blood disorders\n\n"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Doctors diagnose high blood pressure when blood pressure readings stay at 140/90 "
         "mmHg or higher.", ("blood pressure reading", "diagnosis of high blood pressure")),
        ("The doctor diagnoses anemia if a complete blood count shows a low hemoglobin level.",
         ("complete blood count", "diagnosis of anemia")),
        ("Providers diagnose diabetes when the A1C test result is 6.5 percent or above.",
         ("A1C test", "diagnosis of diabetes")),
    ],
)
def test_the_test_opening_the_condition_gives_the_diagnosis(
    tmp_path: Path, text: str, pair: tuple[str, str]
) -> None:
    assert pair in of_text(tmp_path, text, R.MARKER, heading=PAGE)


@pytest.mark.parametrize(
    "text",
    [
        "Doctors cannot diagnose anemia when a complete blood count is normal.",
        "Doctors diagnose migraine when symptoms last for hours and a CT scan is normal.",
        "Doctors diagnose anemia when the person is tired, even before a complete blood count.",
    ],
)
def test_no_test_opening_the_condition_gives_no_card(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert not any(obj.startswith("diagnosis of") for _, obj in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("TB disease can be diagnosed by a chest x-ray.",
         ("chest X-ray", "diagnosis of TB disease")),
        ("Hematuria is detected using urinalysis.", ("urinalysis", "detection of hematuria")),
        ("To diagnose tuberculosis, the doctor may order a chest x-ray.",
         ("chest X-ray", "diagnosis of tuberculosis")),
        ("To confirm a COPD diagnosis, a doctor will use spirometry.",
         ("spirometry", "confirmation of COPD diagnosis")),
        ("The diagnosis of tuberculosis usually requires a chest x-ray.",
         ("chest X-ray", "diagnosis of tuberculosis")),
        ("Tests used to diagnose tuberculosis include a chest x-ray and a sputum culture.",
         ("chest X-ray", "diagnosis of tuberculosis")),
        ("The tests most often used to diagnose tuberculosis are a chest x-ray and a tuberculin "
         "skin test.", ("tuberculin skin test", "diagnosis of tuberculosis")),
        ("To diagnose paroxysmal atrial fibrillation, your doctor may ask you to wear a portable "
         "EKG monitor for a day.",
         ("portable EKG monitor", "diagnosis of paroxysmal atrial fibrillation")),
    ],
)
def test_a_diagnosis_and_the_tests_it_rests_on(
    tmp_path: Path, text: str, pair: tuple[str, str]
) -> None:
    assert pair in of_text(tmp_path, text, R.MARKER, heading=PAGE)


@pytest.mark.parametrize(
    "text",
    [
        "These deposits can be detected using a skin biopsy.",  # no condition named
        "To diagnose tuberculosis, doctors do not rely on a chest x-ray.",  # negated
        "Many people are diagnosed with diabetes through a blood glucose test.",  # who, not what
        "Tuberculosis is not diagnosed by a chest x-ray alone.",  # negated
        # the copula lists no tests: a test named later is no member
        "Tests used to diagnose tuberculosis are not always right, and a chest x-ray may be "
        "normal.",
    ],
)
def test_no_condition_or_a_denial_gives_no_diagnosis(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert not any(obj.startswith(("diagnosis of", "detection of")) for _, obj in found)
