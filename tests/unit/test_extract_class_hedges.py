"""A hedge of a drug's use does not hedge the class the sentence places it in ("X, a TKI, is
being studied ..."); a doubt of the kind itself ("X might be a ...", "whether X acts as a
...") still holds the reading below the card threshold, and a negation gives nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation

CLASS = Relation.DRUG_CLASS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sorafenib, a kinase inhibitor, is being tested in adults with thyroid cancer.",
            {("sorafenib", "kinase inhibitor")},
        ),
        (
            "PARP inhibitors such as olaparib and niraparib are now being tested in women "
            "with ovarian cancer.",
            {("olaparib", "PARP inhibitor"), ("niraparib", "PARP inhibitor")},
        ),
        (
            "Everolimus is an mTOR inhibitor that is under investigation for kidney tumors.",
            {("everolimus", "mTOR inhibitor")},
        ),
    ],
)
def test_a_hedged_use_keeps_the_class(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) >= expected


@pytest.mark.parametrize(
    "text",
    [
        "It is still unclear whether sunitinib acts as a PARP inhibitor in these cells.",
        "Sorafenib might be an mTOR inhibitor as well, some investigators think.",
        "Olaparib is not a kinase inhibitor.",
    ],
)
def test_a_doubted_or_denied_kind_gives_no_card(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, CLASS) == set()
