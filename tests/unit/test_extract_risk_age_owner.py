"""Whose risk a bare "The risk increases with age" speaks of: the risk the sentence before names,
not the page's condition when that sentence named another. The near-misses keep "older age".

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


def _found(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return of_markdown(tmp_path, text, RISK)


def test_the_risk_of_another_condition_named_before_gives_no_age_factor(tmp_path: Path) -> None:
    texts = [
        "# Atrial fibrillation\n\nAF raises a person's risk of stroke five-fold. The risk "
        "increases with age.\n",
        "# Atrial fibrillation\n\nPeople with AF have a higher risk of heart failure. This risk "
        "goes up as people get older.\n",
        "# Diabetes\n\nDiabetes raises the risk of kidney failure. The risk rises with age.\n",
    ]
    for text in texts:
        found = _found(tmp_path, text)
        owner = text.split("\n")[0][2:].lower()
        assert not {f for f in found if f[1] == "older age" and f[0].lower() in owner}, text


def test_the_pages_own_risk_keeps_its_age_factor(tmp_path: Path) -> None:
    texts = [
        "# Glaucoma\n\nGlaucoma is a leading cause of blindness. The risk increases with age.\n",
        "# Glaucoma\n\nThe risk of glaucoma increases with age.\n",
        "# Gout\n\nMen have a higher risk of gout. The risk rises with age.\n",
    ]
    for text in texts:
        assert any(o == "older age" for _, o in _found(tmp_path, text)), text
