"""One change named for several genes ("mutations in the A, B, and C genes") is a risk factor
per gene, each worded as one gene's mutation; before, the list was cut at its commas and the
head words stuck to the first and last gene ("mutations in the A", "C genes").

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation


@pytest.mark.parametrize(
    "sentence",
    [
        "Morvan syndrome is caused by mutations in the KCNX1, LGX2, and CASPRX genes.",
        "Mutations in the KCNX1, LGX2 or CASPRX genes cause Morvan syndrome.",
    ],
)
def test_each_gene_of_a_shared_change_is_a_factor(tmp_path: Path, sentence: str) -> None:
    found = of_markdown(tmp_path, f"# Morvan Syndrome\n\n{sentence} Morvan syndrome is rare.\n",
                        Relation.RISK_FACTOR)
    objects = {o for _, o in found}
    assert {"KCNX1 gene mutation", "LGX2 gene mutation", "CASPRX gene mutation"} <= objects
    assert not any(o.startswith("mutations in") or o.endswith("genes") for o in objects)


def test_one_gene_keeps_its_wording(tmp_path: Path) -> None:
    text = ("# Morvan Syndrome\n\nMorvan syndrome is caused by mutations in the KCNX1 gene. "
            "Morvan syndrome is rare.\n")
    objects = {o for _, o in of_markdown(tmp_path, text, Relation.RISK_FACTOR)}
    assert not any("LGX2" in o for o in objects)
    assert any("KCNX1" in o for o in objects), objects
