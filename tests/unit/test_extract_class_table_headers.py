"""drug_class from a table whose drug column is headed by a class name: each drug of the
column is of that class; a generic or mixed header gives nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

CLASS = Relation.DRUG_CLASS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| Statin | Usual dose |\n| --- | --- |\n| atorvastatin | 10 mg |\n"
         "| simvastatin | 20 mg |\n",
         {("atorvastatin", "statin"), ("simvastatin", "statin")}),
        ("| Antihistamine (brand name) | Drowsy? |\n| --- | --- |\n"
         "| cetirizine (Zyrtec) | rarely |\n",
         {("cetirizine", "antihistamine")}),
        # a generic header: the column's drugs are of no class it names
        ("| Drug | Dose |\n| --- | --- |\n| cisplatin | 75 mg |\n", set()),
        # a header that names more than a class
        ("| Statins and other drugs | Dose |\n| --- | --- |\n| ezetimibe | 10 mg |\n", set()),
        ("| Drugs that interact with statins | Effect |\n| --- | --- |\n"
         "| clarithromycin | more muscle pain |\n", set()),
    ],
)
def test_a_class_header_over_the_drug_column(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_markdown(tmp_path, text, CLASS) == expected
