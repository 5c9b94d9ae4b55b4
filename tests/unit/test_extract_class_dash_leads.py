"""drug_class of flattened dash items that each open with a drug under a lead-in about a class
("- Beta blockers slow the heart: - Atenolol is used for angina."), and none where the lead-in
denies, sets the items apart, or the items are not sentences about one drug each."""

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
            "Heart medicines are of several kinds. - Beta blockers slow the heart and lower its "
            "workload: - Atenolol is used to treat angina. - Metoprolol may be given after a "
            "heart attack.",
            {("atenolol", "beta blocker"), ("metoprolol", "beta blocker")},
        ),
        (
            "Some drugs lower cholesterol. - Statins lower the fat made by the liver: - "
            "Atorvastatin is taken at night.",
            {("atorvastatin", "statin")},
        ),
        (
            "Targeted drugs act on cancer cells. - Proton pump inhibitors (PPIs) cut acid made "
            "in the stomach: - Omeprazole is taken before breakfast. - Lansoprazole helps heal "
            "ulcers.",
            {("omeprazole", "proton pump inhibitor"), ("lansoprazole", "proton pump inhibitor")},
        ),
    ],
)
def test_items_opening_with_drugs_under_a_class_lead(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS, heading="") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the lead-in sets the items apart: what the class interacts with, what it is not
        "Other drugs matter. - Beta blockers can cause problems with other drugs: - Verapamil "
        "may slow the heart too much.",
        "Not for all. - Statins do not suit everyone: - Atorvastatin is avoided in pregnancy.",
        "Warnings. - Beta blockers affect other medicines: - Verapamil slows the heart.",
        # a bare list of names, not one sentence per drug
        "Choices. - Antibiotics clear the infection: - Amoxicillin, doxycycline and others.",
    ],
)
def test_no_class_for_items_the_lead_sets_apart(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, CLASS) == set()


def test_an_item_naming_its_own_class_keeps_it(tmp_path: Path) -> None:
    text = ("Pain relief. - Beta blockers slow the heart: - Atenolol is used for angina. - "
            "Aspirin is an NSAID that thins the blood.")
    assert of_text(tmp_path, text, CLASS) == {
        ("atenolol", "beta blocker"), ("aspirin", "nonsteroidal anti-inflammatory drug")}
