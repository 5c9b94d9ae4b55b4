"""How much a risk rises ("the risk of stroke by 4 times") is no part of the condition whose
risk it is: the complication is named without it. Near-misses keep their names.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


def test_a_magnitude_is_no_part_of_the_complications_name(tmp_path: Path) -> None:
    text = (
        "# Atrial fibrillation\n\nAF raises the risk of stroke by 4 times.\n\nAF increases a "
        "person's risk of heart failure by about 30 percent.\n\nAF raises the risk of dementia "
        "by two to three times on average.\n"
    )
    found = of_markdown(tmp_path, text, RISK)
    assert not {s for s, _ in found if " by " in s}
    assert ("stroke", "atrial fibrillation") in found


def test_a_name_with_by_in_it_is_kept_when_no_figure_follows(tmp_path: Path) -> None:
    text = "# Diabetes\n\nDiabetes raises the risk of heart failure and stroke.\n"
    found = of_markdown(tmp_path, text, RISK)
    assert {("heart failure", "diabetes"), ("stroke", "diabetes")} <= found
