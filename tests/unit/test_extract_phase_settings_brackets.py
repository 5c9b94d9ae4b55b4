"""A relapsed or refractory setting told in a relative clause that holds a short bracket."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fulvestrant is used in women whose cancer is estrogen receptor positive (ER+) and "
            "has not gotten better after tamoxifen.",
            {("salvage therapy", "fulvestrant")},
        ),
        (
            "Pomalidomide is given to patients whose myeloma is in the bone marrow (BM) and has "
            "come back.",
            {("salvage therapy", "pomalidomide")},
        ),
        # a bracket does not carry the clause across a sentence's end
        (
            "Letrozole is used for cancer that is ER positive (ER+). Nothing has come back.",
            set(),
        ),
    ],
)
def test_bracket_inside_the_setting_clause(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert {p for p in of_text(tmp_path, text, DRUGS) if p[0] == "salvage therapy"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the disease cannot be operated on: the drug's use is not negated
        (
            "For recurrent melanoma, nivolumab is used in patients whose cancer is BRAF "
            "negative and cannot be removed by surgery.",
            {("salvage therapy", "nivolumab")},
        ),
        (
            "For relapsed sarcoma, trabectedin is used in adults whose tumor has spread or "
            "cannot be treated with surgery or radiation therapy.",
            {("salvage therapy", "trabectedin")},
        ),
        # the drug itself negated stays negated
        ("Patients with recurrent melanoma cannot be treated with nivolumab.", set()),
    ],
)
def test_unresectable_disease_negates_no_use(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected
