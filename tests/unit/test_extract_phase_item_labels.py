"""phase_drugs of a list item that opens with a label naming only a phase ("- Acute phase
treatment. ... A doctor may prescribe: - X"), and of a phase named as where an illness moves
next, which sets no focus."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "# Treatment\n\nCare follows the phases of an episode:\n\n"
            "- Prodrome phase treatment. The aim is to stop an episode early. A doctor may "
            "prescribe the following medicines:\n"
            "  - sumatriptan to end a migraine\n"
            "  - omeprazole to lower stomach acid\n"
            "- Well phase treatment. Between episodes, a doctor may prescribe the following:\n"
            "  - propranolol\n  - amitriptyline\n",
            {("prodrome phase", "sumatriptan"), ("prodrome phase", "omeprazole"),
             ("well phase", "propranolol"), ("well phase", "amitriptyline")},
        ),
        (
            "# Treatment\n\n- Maintenance therapy. Most people keep on treatment for years. "
            "Doctors usually prescribe the following:\n  - mercaptopurine\n  - methotrexate\n",
            {("maintenance", "mercaptopurine"), ("maintenance", "methotrexate")},
        ),
        (
            # the phase the illness moves to sets no focus; the label does
            "# Treatment\n\n- Prodrome phase treatment. Early medicine can stop an episode "
            "from moving to the vomiting phase. A doctor may prescribe:\n"
            "  - sumatriptan to end a migraine\n",
            {("prodrome phase", "sumatriptan")},
        ),
    ],
)
def test_a_label_opening_the_item_gives_its_phase(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_markdown(tmp_path, text, DRUGS) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the item's own sentence denies the giving
        "# Treatment\n\n- Maintenance therapy. After surgery alone, doctors do not prescribe "
        "the following:\n  - mercaptopurine\n",
        # the item's sentences name another phase before the list
        "# Treatment\n\n- Maintenance therapy. Relapse is treated with salvage therapy. Doctors "
        "may prescribe the following:\n  - clofarabine\n",
        # a phase named only as where the illness goes next, no label
        "# Treatment\n\nMedicine early can stop the illness from moving to the vomiting phase. "
        "A doctor may prescribe sumatriptan.\n",
    ],
)
def test_no_phase_without_a_bare_label(tmp_path: Path, text: str) -> None:
    found = of_markdown(tmp_path, text, DRUGS)
    assert not any(p in {"maintenance", "vomiting phase"} for p, _ in found)
