"""Which test a marker cue is said of, and what shape its object has: a test named in an
opening frame ("On CT, the nodes show ...") or in an earlier clause with its own verb does no
showing in a later clause; a cue done "for" a group of people names who has the test; "is
used to <a verb the readers do not know>" gives no noun phrase; whom a test tells ("your
doctor") is no part of the finding; a gene whose only finding is a change of itself gives no
card."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation as R

PAGE = "# Bone disease\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "On X-ray, the long bones show thickening of their outer layer.",
        "Radiologically (on CT scan), the lymph nodes show central necrosis.",
        "In an MRI, the white matter shows bright patches.",
        "With ultrasound, the kidneys often show many small cysts.",
    ],
)
def test_a_test_in_an_opening_frame_does_no_showing(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, R.MARKER, heading=PAGE) == set()


def test_a_test_after_a_frame_without_a_test_still_shows(tmp_path: Path) -> None:
    text = "In older adults, a chest X-ray can show fluid around the lungs."
    assert ("chest X-ray", "fluid around the lungs") in of_text(
        tmp_path, text, R.MARKER, heading=PAGE
    )


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("An EKG records the heart rhythm, a cuff measures blood pressure, and a finger clip "
         "shows the oxygen level in the blood.", "oxygen level in the blood"),
        ("A CT scan shows the size of the mass, while a small probe on the skin detects the "
         "blood flow.", "blood flow"),
    ],
)
def test_a_test_of_an_earlier_clause_has_its_own_verb(
    tmp_path: Path, text: str, wrong: str
) -> None:
    assert not any(o == wrong for _, o in of_text(tmp_path, text, R.MARKER, heading=PAGE))


def test_the_same_test_going_on_after_a_comma_keeps_its_subject(tmp_path: Path) -> None:
    text = "An echocardiogram measures the size of the heart, and it also shows valve damage."
    assert ("echocardiogram", "valve damage") in of_text(tmp_path, text, R.MARKER, heading=PAGE)


@pytest.mark.parametrize(
    "text",
    [
        "Yearly MRI may be done for a child with a family history of the tumour.",
        "A bone scan is often used for patients who have bone pain and a raised calcium level.",
        "Genetic testing is recommended for relatives with a history of the disease.",
    ],
)
def test_a_test_done_for_people_names_who_has_it(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert not any("history" in o or "calcium" in o or "pain" in o for _, o in found)


@pytest.mark.parametrize(
    "text",
    [
        "But an EKG or a chest X-ray is commonly used to reveal some signs of the disease.",
        "A CT scan is sometimes used to visualise the blood vessels.",
    ],
)
def test_used_to_with_a_verb_no_reader_knows_gives_no_object(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert not any(o.startswith(("reveal", "visualise")) for _, o in found)


def test_used_for_a_known_gerund_is_turned_into_a_noun(tmp_path: Path) -> None:
    text = "Echocardiography is the main test for diagnosing heart valve disease."
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert ("echocardiogram", "diagnosis of heart valve disease") in found
    assert not any(o.startswith("diagnosing") for _, o in found)


@pytest.mark.parametrize(
    "text",
    [
        "A bone biopsy can also show your doctor how far the disease has spread.",
        "A liver biopsy may tell the doctor whether the scarring is severe.",
    ],
)
def test_whom_a_test_tells_is_no_part_of_the_finding(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert not any(o.startswith(("doctor", "your doctor")) for _, o in found)


@pytest.mark.parametrize(
    "text",
    [
        "RB1 gene test: a laboratory test in which a blood sample is checked for a change in "
        "the RB1 gene.",
        "BRCA1 testing looks for mutations in the BRCA1 gene.",
    ],
)
def test_a_gene_whose_finding_is_its_own_change_gives_no_card(
    tmp_path: Path, text: str
) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert not any(s in ("RB1", "BRCA1") and ("RB1" in o or "BRCA1" in o) for s, o in found)


def test_needed_to_see_whether_asks_a_question_the_test_answers(tmp_path: Path) -> None:
    text = "A bone scan is needed to see whether the person has bone metastases."
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert any(s == "bone scan" and "metastases" in o for s, o in found)


@pytest.mark.parametrize(
    "text",
    [
        "Venography is a test that uses dye and special x rays to show the veins. This test "
        "shows narrowed segments of the veins.",
        "Myelography is a procedure using contrast dye and a CT scan. It shows pressure on "
        "the spinal nerves.",
    ],
)
def test_a_test_named_as_another_procedures_means_is_no_antecedent(
    tmp_path: Path, text: str
) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert not any(s in ("X-ray", "CT scan") for s, _ in found)


def test_a_test_named_as_the_subject_before_is_the_antecedent(tmp_path: Path) -> None:
    text = "A chest X-ray is a quick test. It shows fluid around the lungs."
    assert ("chest X-ray", "fluid around the lungs") in of_text(
        tmp_path, text, R.MARKER, heading=PAGE
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An ECG can show whether you have had a heart attack, but it cannot predict one.",
         ("electrocardiogram", "detection of a previous heart attack")),
        ("A brain MRI can show whether the patient has had a stroke.",
         ("MRI", "detection of a previous stroke")),
    ],
)
def test_whether_someone_has_had_an_event_is_a_previous_event(
    tmp_path: Path, text: str, expected: tuple[str, str]
) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert expected in found
    assert not any(o.startswith("detection of had") for _, o in found)
