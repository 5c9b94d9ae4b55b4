"""A lead-in that names a class as what is used, then its purpose, then the examples: "Doctors
use chemotherapy drugs to treat tumors that cannot be removed, including: - A - B". A negation
in the purpose (of the tumours) denies nothing of the class; one before the class, a contrast
("other than") or a clause naming other drugs gives nothing."""

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
            "Surgeons may use chemotherapy drugs to shrink tumors that cannot be removed, "
            "including:\n\n- cisplatin\n- etoposide\n",
            {("cisplatin", "chemotherapy"), ("etoposide", "chemotherapy")},
        ),
        (
            "Your doctor may give you antibiotics for the infection, such as:\n\n"
            "- amoxicillin\n- doxycycline\n",
            {("amoxicillin", "antibiotic"), ("doxycycline", "antibiotic")},
        ),
    ],
)
def test_purpose_between_class_and_examples(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) >= expected


@pytest.mark.parametrize(
    "text",
    [
        "Doctors do not use antibiotics for viral colds, such as:\n\n- amoxicillin\n",
        "Doctors use antibiotics other than penicillin for the infection, such as:\n\n"
        "- azithromycin\n",
        "Doctors use antibiotics to treat side effects caused by drugs such as:\n\n"
        "- methotrexate\n",
    ],
)
def test_no_members(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, CLASS) == set()
