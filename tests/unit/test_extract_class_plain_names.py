"""Class names of everyday care (a bile acid, an alkali, a B vitamin, a salicylate, a zinc salt,
a nutritional supplement, a steroid hormone, a fluoropyrimidine) are read like any other class
name in a copula, an apposition or a "such as" list; a drug named as what a disease resisted is
no phase's drug."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation

CLASS = Relation.DRUG_CLASS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chenodiol is a naturally occurring bile acid taken by mouth.",
            {("chenodiol", "bile acid")},
        ),
        (
            "For acidosis, doctors give an alkali such as sodium citrate or potassium citrate.",
            {("sodium citrate", "alkali"), ("potassium citrate", "alkali")},
        ),
        ("Folic acid, a B vitamin, is often added to the diet.", {("folic acid", "B vitamin")}),
        (
            "Salicylates such as aspirin should not be given to children with a fever.",
            {("aspirin", "salicylate")},
        ),
        (
            "Some people try nutritional supplements, such as glucosamine, for joint pain.",
            {("glucosamine", "nutritional supplement")},
        ),
        (
            "The regimen adds the steroid hormone dexamethasone to the chemotherapy drugs.",
            {("dexamethasone", "steroid hormone")},
        ),
    ],
)
def test_everyday_class_names(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, CLASS) >= expected


@pytest.mark.parametrize(
    "text",
    [
        "Ursodiol is not a bile acid sequestrant and does not bind bile acids.",
        "People who take salicylates should ask whether zinc acetate is safe for them.",
    ],
)
def test_no_class_without_a_link(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, CLASS)
    assert ("ursodiol", "bile acid") not in found
    assert ("zinc acetate", "salicylate") not in found


def test_a_resisted_course_is_no_phase_drug(tmp_path: Path) -> None:
    text = (
        "Salvage therapy with trifluridine is offered when the cancer is refractory to "
        "treatment with fluorouracil."
    )
    found = of_text(tmp_path, text, Relation.PHASE_DRUGS)
    assert ("salvage therapy", "fluorouracil") not in found
