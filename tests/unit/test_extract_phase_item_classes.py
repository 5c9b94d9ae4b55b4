"""A class that is the whole of a list item under a lead-in naming the phase, alone or in
brackets after the item's kind of treatment ("- Hormone therapy (an aromatase inhibitor)."), in
a list with its line breaks or one flattened into a sentence; not a trial's item nor a class
given with something else."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "# Treatment\n\nTreatment of recurrent breast cancer may include the following:\n\n"
            "- Chemotherapy.\n- Hormone therapy (an aromatase inhibitor).\n",
            {("salvage therapy", "aromatase inhibitor")},
        ),
        (
            "# Treatment\n\nTreatment of recurrent sarcoma may include the following:\n\n"
            "- Surgery.\n- Targeted therapy (tyrosine kinase inhibitor).\n",
            {("salvage therapy", "tyrosine kinase inhibitor")},
        ),
        (
            # flattened into one sentence
            "# Treatment\n\nTreatment of recurrent sarcoma may include the following: - Surgery. "
            "- Chemotherapy. - Targeted therapy (tyrosine kinase inhibitor). - Radiation "
            "therapy.\n",
            {("salvage therapy", "tyrosine kinase inhibitor")},
        ),
        (
            # "(drug) therapy" after the class, its short name in brackets
            "# Treatment\n\nTreatment of recurrent sarcoma may include the following: - "
            "Surgery. - Antiestrogen drug therapy. - Nonsteroidal anti-inflammatory drug (NSAID) "
            "therapy.\n",
            {("salvage therapy", "antiestrogen"),
             ("salvage therapy", "nonsteroidal anti-inflammatory drug")},
        ),
    ],
)
def test_a_class_that_is_the_whole_item(
    tmp_path: Path, page: str, expected: set[tuple[str, str]]
) -> None:
    assert of_markdown(tmp_path, page, DRUGS) == expected


@pytest.mark.parametrize(
    "page",
    [
        # a trial's item
        "# Treatment\n\nTreatment of recurrent sarcoma may include the following:\n\n"
        "- A clinical trial of targeted therapy (histone methyltransferase inhibitor).\n",
        # flattened, a trial's item, and a class given with something else
        "# Treatment\n\nTreatment of recurrent sarcoma may include the following: - Surgery. - "
        "A clinical trial of targeted therapy (ALK inhibitor). - Targeted therapy (ALK "
        "inhibitor) with an experimental vaccine.\n",
        # the class is not the whole item: what it is given for follows
        "# Treatment\n\nTreatment of recurrent sarcoma may include the following: - Surgery. - "
        "Antiestrogen drug therapy for hot flashes caused by surgery.\n",
        # the lead-in names no phase
        "# Treatment\n\nSide effects of the drugs may include the following: - Nausea. - "
        "Targeted therapy (tyrosine kinase inhibitor).\n",
    ],
)
def test_no_class_from_a_trial_or_a_partnered_item(tmp_path: Path, page: str) -> None:
    assert of_markdown(tmp_path, page, DRUGS) == set()
