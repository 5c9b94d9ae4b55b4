"""drug_class of paragraphs that open with drugs under a colon lead-in naming a class (a list
whose markup was lost), and none where the lead-in or a paragraph between is about something
else."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

CLASS = Relation.DRUG_CLASS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The following antibiotics may be used:\n\nDoxycycline is the first choice for most "
            "adults.\n\nAmoxicillin is used for children and pregnant women.\n",
            {("doxycycline", "antibiotic"), ("amoxicillin", "antibiotic")},
        ),
        (
            "Corticosteroids:\n\nPrednisone is taken by mouth for a few weeks.\n",
            {("prednisone", "corticosteroid")},
        ),
        (
            "Your doctor may prescribe an antifungal:\n\nFluconazole (Diflucan) is taken once "
            "a week.\n",
            {("fluconazole", "antifungal")},
        ),
        # a paragraph about something else ends the run
        (
            "Antibiotics:\n\nDoxycycline is the first choice.\n\nRest and fluids help most "
            "people recover.\n\nAmoxicillin is used for children.\n",
            {("doxycycline", "antibiotic")},
        ),
    ],
)
def test_paragraphs_under_a_colon_lead_in_naming_a_class(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_markdown(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Side effects of antibiotics include:\n\nDoxycycline can make skin sensitive to "
        "sunlight.\n",
        "Your doctor may prescribe antibiotics along with other medicines:\n\nOmeprazole "
        "reduces acid.\n",
        "Antibiotics:\n\nUnlike doxycycline, amoxicillin is safe in pregnancy.\n",
        "Doctors no longer prescribe antibiotics for this:\n\nAmoxicillin did not help.\n",
    ],
)
def test_no_class_under_a_lead_in_about_something_else(tmp_path: Path, text: str) -> None:
    assert of_markdown(tmp_path, text, CLASS) == set()
