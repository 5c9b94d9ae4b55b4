"""Phases a drug is approved or used as, coordinated after the verb of use: "X is approved to be
used as remission induction therapy and remission consolidation therapy to treat AML" gives X
to both phases; a phase denied after "not" gives nothing."""

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
            "Thioguanine is approved to be used as remission induction therapy and remission "
            "consolidation therapy to treat acute myeloid leukemia.",
            {("induction", "thioguanine"), ("consolidation", "thioguanine")},
        ),
        (
            "Cytarabine is indicated to be used as induction therapy and consolidation therapy "
            "for acute myeloid leukemia.",
            {("induction", "cytarabine"), ("consolidation", "cytarabine")},
        ),
        (
            "Mercaptopurine is also given as maintenance therapy and as consolidation therapy.",
            {("maintenance", "mercaptopurine"), ("consolidation", "mercaptopurine")},
        ),
    ],
)
def test_phases_coordinated_after_the_verb_of_use(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Imatinib is approved to be used as maintenance therapy and not as induction therapy.",
        "In the trial, daunorubicin was compared with idarubicin as induction therapy.",
    ],
)
def test_no_phase_denied_or_in_a_trial(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, DRUGS)
    assert ("induction", "imatinib") not in found and ("induction", "daunorubicin") not in found
