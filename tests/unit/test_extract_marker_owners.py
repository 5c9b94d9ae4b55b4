"""Marker readings that state no finding of their own test: findings listed in a ", which
shows" clause on a test, after a frame naming the condition they belong to, give test ->
condition; a diagnosis left unnamed, how a measure is worked out and the make-up of the sample
give drafts, not cards; a test another procedure uses as its means, or named as the companion
of the subject ("used with"), is not the one that does the showing."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import drafts, of_text

from trainer.domain import Relation as R

PAGE = "# Bone disease\n\n"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Bones affected by osteitis deformans look typical on x-rays, which may show thick "
         "cortex, bowing and widened bones.", ("X-ray", "osteitis deformans")),
        ("Diagnosis of minimal lesion nephropathy requires a kidney biopsy, which shows "
         "fused podocyte foot processes.",
         ("kidney biopsy", "diagnosis of minimal lesion nephropathy")),
        ("In people with sarcoidosis, a chest x-ray, which often reveals enlarged lymph nodes, "
         "is done first.", ("chest X-ray", "sarcoidosis")),
        ("Lungs affected by bronchiectasis have a typical look on a CT scan, which can show "
         "widened airways.", ("CT scan", "bronchiectasis")),
    ],
)
def test_findings_of_a_named_condition_give_test_to_condition(
    tmp_path: Path, text: str, pair: tuple[str, str]
) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert pair in found
    assert all(obj == pair[1] for _, obj in found)  # no finding without its condition
    # ("Diagnosis of X requires a biopsy, which shows ...": the frame's own diagnosis)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # no condition named before the test: the findings are the card
        ("A chest x-ray, which may show fluid in the lungs, is often done.",
         ("chest X-ray", "fluid in the lungs")),
        ("A CT scan can show bleeding in the brain.", ("CT scan", "bleeding in the brain")),
    ],
)
def test_findings_without_a_named_condition_stay_findings(
    tmp_path: Path, text: str, pair: tuple[str, str]
) -> None:
    assert pair in of_text(tmp_path, text, R.MARKER, heading=PAGE)


def test_a_finding_in_the_sample_stays_a_card(tmp_path: Path) -> None:
    text = "A urinalysis shows the amount of protein in the urine sample."
    assert ("urinalysis", "amount of protein in the urine sample") in of_text(
        tmp_path, text, R.MARKER, heading=PAGE
    )


def test_a_negated_showing_gives_no_condition(tmp_path: Path) -> None:
    text = "Bones affected by osteitis deformans are normal on x-rays, which do not show bowing."
    assert of_text(tmp_path, text, R.MARKER, heading=PAGE) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("If a scan suggests the disease, the doctor can order x-rays to confirm the diagnosis.",
         ("X-ray", "confirmation of diagnosis")),
        ("Body mass index is a measure of weight in relation to height.",
         ("body mass index", "weight in relation to height")),
        ("A blood count shows the portion of the sample made of red cells.",
         ("complete blood count", "portion of the sample made of red cells")),
    ],
)
def test_objects_that_state_no_finding_are_drafts(
    tmp_path: Path, text: str, pair: tuple[str, str]
) -> None:
    assert pair not in of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert pair in drafts(tmp_path, text, R.MARKER, heading=PAGE)


@pytest.mark.parametrize(
    "text",
    [
        "Elastography, also called stiffness imaging, uses ultrasound or MRI to measure the "
        "stiffness of the liver.",
        "This procedure uses an x-ray to guide the needle and to check the position of the "
        "catheter.",
        "Venography uses x-rays to look at the veins of the leg.",
    ],
)
def test_a_test_another_procedure_uses_is_its_means(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, R.MARKER, heading=PAGE) == set()


def test_a_person_uses_a_test_for_its_own_purpose(tmp_path: Path) -> None:
    text = "Health care professionals use a bone scan to find osteitis deformans."
    assert ("bone scan", "detection of osteitis deformans") in of_text(
        tmp_path, text, R.MARKER, heading=PAGE
    ) or any(s == "bone scan" for s, _ in of_text(tmp_path, text, R.MARKER, heading=PAGE))


@pytest.mark.parametrize(
    "text",
    [
        "This test is used with the blood smear to help diagnose the disease.",
        "The count is used along with a bone marrow biopsy to diagnose the disease.",
    ],
)
def test_a_companion_test_is_not_the_subject(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert not any(s in ("peripheral blood smear", "bone marrow biopsy") for s, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Bones affected by osteitis deformans look typical on x-rays, which may show bowing. "
        "X-rays of the skull may show thick patches.",
        "Lungs affected by bronchiectasis look typical on a CT scan, which can show widened "
        "airways. The CT scan may also show mucus plugs.",
    ],
)
def test_more_findings_on_the_same_test_stay_the_conditions(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert found and all(obj in ("osteitis deformans", "bronchiectasis") for _, obj in found)


@pytest.mark.parametrize(
    "text",
    [
        # another test: its findings are its own
        "Bones affected by osteitis deformans look typical on x-rays, which may show bowing. "
        "A CT scan may show small cracks.",
        # no condition before: nothing to carry on
        "A chest x-ray may show fluid. Chest x-rays may show a large heart.",
    ],
)
def test_no_condition_is_carried_to_another_test(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert not any(s == "CT scan" and obj == "osteitis deformans" for s, obj in found)
    assert not any(obj in ("osteitis deformans", "bronchiectasis") for s, obj in found
                   if s != "X-ray")


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("A blood count may be used to check the number of red and white blood cells in your "
         "blood.", "assessment of number of red and white blood cells"),
        ("A blood smear can show the number of young and old red blood cells in your blood.",
         "number of young and old red blood cells"),
    ],
)
def test_a_long_count_loses_its_specimen_not_the_card(tmp_path: Path, text: str, obj: str) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE) | drafts(
        tmp_path, text, R.MARKER, heading=PAGE
    )
    assert any(o == obj for _, o in found)


def test_a_long_ratio_keeps_its_specimen_and_gives_nothing(tmp_path: Path) -> None:
    text = ("A urine test is used to determine the ratio between the albumin and creatinine "
            "in the urine.")
    assert of_text(tmp_path, text, R.MARKER, heading=PAGE) == set()


@pytest.mark.parametrize(
    ("text", "objs"),
    [
        ("An EKG can help diagnose atrial fibrillation or a previous heart attack.",
         {"diagnosis of atrial fibrillation", "diagnosis of previous heart attack"}),
        ("A chest x-ray can help diagnose asthma or a lung infection.",
         {"diagnosis of asthma", "diagnosis of lung infection"}),
    ],
)
def test_two_conditions_one_narrowed_are_two_cards(
    tmp_path: Path, text: str, objs: set[str]
) -> None:
    assert {o for _, o in of_text(tmp_path, text, R.MARKER, heading=PAGE)} == objs


def test_an_organ_pair_under_one_head_stays_one(tmp_path: Path) -> None:
    text = "An EKG can help diagnose liver or kidney disease."
    assert {o for _, o in of_text(tmp_path, text, R.MARKER, heading=PAGE)} == {
        "diagnosis of liver or kidney disease"
    }
