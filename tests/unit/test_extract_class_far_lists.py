"""drug_class of a list after a long aside or a clause about its class ("Antibiotics, which
kill the bacteria ..., include X"), and none where the stretch between names another drug,
negates, or sets the list apart."""

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
            "Antibiotics, which kill the bacteria that cause the infection and are taken for one "
            "to two weeks, include amoxicillin and doxycycline.",
            {("amoxicillin", "antibiotic"), ("doxycycline", "antibiotic")},
        ),
        (
            "Beta blockers (which slow the heart and lower blood pressure) include atenolol and "
            "metoprolol.",
            {("atenolol", "beta blocker"), ("metoprolol", "beta blocker")},
        ),
        (
            "Proton pump inhibitors reduce the amount of acid the stomach makes; examples are "
            "omeprazole and lansoprazole.",
            {("omeprazole", "proton pump inhibitor"), ("lansoprazole", "proton pump inhibitor")},
        ),
        (
            "Some antidepressants, which were first made for low mood, such as amitriptyline "
            "and duloxetine, also ease nerve pain.",
            {("amitriptyline", "antidepressant"), ("duloxetine", "antidepressant")},
        ),
    ],
)
def test_a_list_after_an_aside_or_clause_about_the_class(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Statins, which are often given with other drugs, include atorvastatin.",
        "Antibiotics, which do not work against viruses, include amoxicillin.",
        "Antibiotics can upset the gut; examples of foods to avoid are grapefruit and "
        "liquorice, and probiotics such as lactobacillus help.",
        "Statins raise the risk of muscle pain; these include atorvastatin.",
    ],
)
def test_no_class_across_an_aside_that_sets_the_list_apart(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, CLASS) == set()
