"""Drugs in brackets after two classes joined by "or" ("targeted therapy or immunotherapy (A,
B)") are held as drafts: the text does not say which drug is of which class. After one class,
or after "A and B (X)", the bracket gives the nearer class its members."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import drafts, of_text

from trainer.domain import Relation

CLASS = Relation.DRUG_CLASS


@pytest.mark.parametrize(
    "text",
    [
        "Patients may get targeted therapy or immunotherapy (sirolimus, nivolumab or "
        "pembrolizumab).",
        "A trial offers a statin or a beta blocker (atorvastatin or atenolol).",
        "Doctors may add an antidepressant or an anticonvulsant (amitriptyline, gabapentin).",
    ],
)
def test_brackets_after_classes_joined_by_or_are_drafts(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, CLASS) == set()
    assert drafts(tmp_path, text, CLASS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Patients may get immunotherapy (nivolumab or pembrolizumab).",
            {("nivolumab", "immunotherapy"), ("pembrolizumab", "immunotherapy")},
        ),
        (
            "Treatment may be chemotherapy and targeted therapy (bevacizumab).",
            {("bevacizumab", "targeted therapy")},
        ),
        (
            "Patients may get a statin (atorvastatin) or a beta blocker (atenolol).",
            {("atorvastatin", "statin"), ("atenolol", "beta blocker")},
        ),
    ],
)
def test_brackets_after_one_class_give_its_members(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected
