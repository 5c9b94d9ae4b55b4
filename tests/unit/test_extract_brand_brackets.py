"""A brand name in brackets (once or repeated) between a drug and the words that join it to its
class or its phase does not break the reading: "A BTK inhibitor, ibrutinib (Imbruvica)
(Imbruvica), is ...", "with fulvestrant (Faslodex) as second-line therapy"."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Another CDK4/6 inhibitor, palbociclib (Ibrance) (Ibrance), is approved for breast "
            "cancer.",
            {("palbociclib", "CDK4/6 inhibitor")},
        ),
        (
            "A BTK inhibitor, ibrutinib (Imbruvica) (Imbruvica), is taken by mouth.",
            {("ibrutinib", "BTK inhibitor")},
        ),
        ("A statin, atorvastatin (Lipitor), is taken at night.", {("atorvastatin", "statin")}),
    ],
)
def test_class_apposition_across_brand_brackets(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, Relation.DRUG_CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Palbociclib is approved with letrozole as first-line therapy for advanced breast "
            "cancer and with fulvestrant (Faslodex) as second-line therapy for advanced breast "
            "cancer.",
            {("first-line therapy", "letrozole"), ("second-line therapy", "fulvestrant")},
        ),
        (
            "It may be given with anastrozole (Arimidex) as first-line therapy and with "
            "exemestane (Aromasin) as second-line therapy.",
            {("first-line therapy", "anastrozole"), ("second-line therapy", "exemestane")},
        ),
    ],
)
def test_a_drug_joined_to_its_phase_across_a_brand(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, Relation.PHASE_DRUGS) == expected


def test_a_comparator_arm_with_a_brand_gives_no_phase(tmp_path: Path) -> None:
    text = ("In the trial, ribociclib plus letrozole was compared with letrozole (Femara) alone "
            "as first-line therapy.")
    assert of_text(tmp_path, text, Relation.PHASE_DRUGS) == set()
