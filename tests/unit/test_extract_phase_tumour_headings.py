"""A section heading that tells a setting of a tumour named by its cell ("Recurrent Childhood
Ependymoma", "Newly Diagnosed Medulloblastoma") gives the prose under it that phase, as
"Recurrent Breast Cancer" does; a heading on another kind of complaint gives none."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Recurrent Childhood Ependymoma", {("salvage therapy", "everolimus")}),
        ("Newly Diagnosed Medulloblastoma", {("first-line therapy", "everolimus")}),
        ("Recurrent Low-Grade Glioma", {("salvage therapy", "everolimus")}),
        ("Recurrent Astrocytomas", {("salvage therapy", "everolimus")}),
    ],
)
def test_a_setting_heading_on_a_tumour_named_by_its_cell(
    tmp_path: Path, heading: str, expected: set[tuple[str, str]]
) -> None:
    page = f"# Options\n\n## {heading}\n\nEverolimus may be used to shrink the tumor.\n"
    assert of_markdown(tmp_path, page, DRUGS) == expected


@pytest.mark.parametrize("heading", ["Recurrent Headaches", "Newly Diagnosed Diabetes"])
def test_no_setting_from_a_heading_on_another_complaint(tmp_path: Path, heading: str) -> None:
    page = f"# Options\n\n## {heading}\n\nEverolimus may be used to shrink the swelling.\n"
    assert of_markdown(tmp_path, page, DRUGS) == set()
