"""The treatment as the subject of what it holds, "Treatment usually includes A and B" or
"Treatment of <the page's disease> consists of A", "Symptomatic drug therapy may include A" (what
the course holds, listed as the PDQ lists "may include" theirs), is the page's whole course
(overall treatment); a form of the disease, a denial, or a heading on something else gives no
card."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown, of_text

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
        (
            "# Tuberculosis\n\nDrug therapy includes isoniazid and rifampin.\n",
            {("overall treatment", "isoniazid"), ("overall treatment", "rifampin")},
        ),
    ],
)
def test_treatment_includes(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, PHASE) >= expected


def test_drug_therapy_that_may_include_drugs_is_the_whole_course(tmp_path: Path) -> None:
    text = (
        "# Essential tremor\n\nEssential tremor is a nerve disorder that causes shaking.\n\n"
        "## What are the treatments for essential tremor?\n\nSymptomatic drug therapy may "
        "include propranolol and primidone.\n"
    )
    assert of_markdown(tmp_path, text, PHASE) >= {
        ("overall treatment", "propranolol"), ("overall treatment", "primidone"),
    }  # fmt: skip


def test_a_patient_page_says_its_treatment_under_what_the_condition_is(tmp_path: Path) -> None:
    text = (
        "# Sinusitis\n\n## What is (are) Sinusitis ?\n\nSinusitis means your sinuses are "
        "inflamed. Symptoms of sinusitis can include fever and cough. Treatments include "
        "antibiotics, decongestants, and pain relievers.\n"
    )
    assert of_markdown(tmp_path, text, PHASE) >= {
        ("overall treatment", "antibiotic"), ("overall treatment", "decongestant"),
    }  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "Drugs used to prevent migraine also include propranolol; amitriptyline, an "
        "antidepressant; and verapamil.",
        "Preventive treatment may include propranolol, amitriptyline and verapamil.",
    ],
)
def test_drugs_that_keep_the_disease_from_coming_are_its_prophylaxis(tmp_path: Path,
                                                                    sentence: str) -> None:
    text = (
        "# Migraine\n\nMigraine is a headache disorder with attacks of throbbing pain.\n\n"
        f"## What are the treatments for migraine?\n\n{sentence}\n"
    )
    found = of_markdown(tmp_path, text, PHASE)
    assert {("prophylaxis", "propranolol"), ("prophylaxis", "amitriptyline")} <= found, found
    assert not {p for p, _ in found} & {"overall treatment"}, found


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
