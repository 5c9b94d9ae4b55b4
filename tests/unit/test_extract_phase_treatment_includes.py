"""The treatment as the subject of what it holds, "Treatment usually includes A and B" or
"Treatment of <the page's disease> consists of A", is the page's whole course (overall
treatment); a form of the disease, a hedge of what it may include, or a heading on something
else gives no card."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation

PHASE = Relation.PHASE_DRUGS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "# Tuberculosis\n\nTreatment usually includes isoniazid and rifampin.\n",
            {("overall treatment", "isoniazid"), ("overall treatment", "rifampin")},
        ),
        (
            "# Tuberculosis\n\nTherapy for tuberculosis typically consists of rifampin and "
            "ethambutol.\n",
            {("overall treatment", "rifampin"), ("overall treatment", "ethambutol")},
        ),
    ],
)
def test_treatment_includes(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, PHASE) >= expected


@pytest.mark.parametrize(
    "text",
    [
        "# Tuberculosis\n\nTreatment of latent tuberculosis usually includes isoniazid.\n",
        "# Tuberculosis\n\nTreatment does not include isoniazid for pregnant women.\n",
        "Tuberculosis\n\nSide Effects\n\nTreatment includes pyridoxine to protect nerves.\n",
    ],
)
def test_no_whole_course(tmp_path: Path, text: str) -> None:
    assert not {p for p, _ in of_text(tmp_path, text, PHASE)} & {"overall treatment"}
