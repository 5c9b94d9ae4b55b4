"""A drug said to belong to a class "of (prescription) medications called <class>", also
"another" such class ("X belongs to another class of prescription medications called Y"); not
a class a drug is only given with."""

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
            "Cinacalcet (Sensipar) belongs to another class of prescription medications called "
            "calcimimetics.",
            {("cinacalcet", "calcimimetic")},
        ),
        (
            "Atenolol belongs to another class of prescription medicines called beta blockers.",
            {("atenolol", "beta blocker")},
        ),
        ("Metoprolol is another beta blocker.", {("metoprolol", "beta blocker")}),
    ],
)
def test_a_class_of_medications_called(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Atenolol is used with another class of medicines called diuretics.",
        "Atenolol does not belong to another class of medications called diuretics.",
    ],
)
def test_no_class_given_beside_or_denied(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, CLASS) == set()
