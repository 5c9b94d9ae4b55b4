"""drug_class of examples set off by dashes after their class ("Statins—such as X—lower ..."),
and of a class run into "such as" where a page lost the dash ("phosphate binderssuch as X");
none where the noun before the examples is no drug class, or the dash sets off no examples."""

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
            "Statins – for example atorvastatin or rosuvastatin – lower LDL cholesterol.",
            {("atorvastatin", "statin"), ("rosuvastatin", "statin")},
        ),
        (
            "Beta blockers—including atenolol and metoprolol—slow the heart.",
            {("atenolol", "beta blocker"), ("metoprolol", "beta blocker")},
        ),
        (
            "Antiviral medicines—such as acyclovir or valacyclovir—shorten an outbreak.",
            {("acyclovir", "antiviral"), ("valacyclovir", "antiviral")},
        ),
        (
            "Your doctor may prescribe medicines called phosphate binders—such as calcium "
            "acetate or lanthanum carbonate—to take with each meal.",
            {("calcium acetate", "phosphate binder"), ("lanthanum carbonate", "phosphate binder")},
        ),
    ],
)
def test_examples_between_dashes(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Your doctor may prescribe phosphate binderssuch as calcium acetate or lanthanum "
            "carbonate with meals.",
            {("calcium acetate", "phosphate binder"), ("lanthanum carbonate", "phosphate binder")},
        ),
        (
            "Antacidssuch as calcium carbonate neutralise stomach acid.",
            {("calcium carbonate", "antacid")},
        ),
    ],
)
def test_class_run_into_such_as(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the noun before the examples is no class of drugs
        "Side effects—such as nausea or a rash—are common with amoxicillin.",
        "People with infectionssuch as tuberculosis may take isoniazid for months.",
        # a dash that sets off a contrast, not examples
        "Proton pump inhibitors—but not omeprazole—were studied in the trial.",
    ],
)
def test_no_class_from_other_dashes(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, CLASS) == set()


def test_negated_class_after_examples(tmp_path: Path) -> None:
    # the examples' own class, never the class the sentence denies them
    text = "Antiviral medicines—such as acyclovir—are not antibiotics."
    assert of_text(tmp_path, text, CLASS) == {("acyclovir", "antiviral")}
