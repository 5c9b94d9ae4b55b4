"""drug_class named by what a medicine is for ("diabetes medicines", "heart medication") or
acts against ("anticlotting medicines", "anti-nausea drugs"):
found by its shape, a card when the text states it of a drug, a draft when it only labels the
drug before its name, and nothing where no drug is said to be one."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import drafts, of_text

from trainer.domain import Relation

CLASS = Relation.DRUG_CLASS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Metformin is a diabetes medicine that lowers blood glucose.",
         {("metformin", "diabetes medicine")}),
        ("Blood pressure medicines, such as lisinopril and losartan, protect the kidneys.",
         {("lisinopril", "blood pressure medicine"), ("losartan", "blood pressure medicine")}),
        ("Amiodarone, a heart medication, can affect the thyroid.",
         {("amiodarone", "heart medication")}),
        # the organ before a tumour's head word belongs to the name; a course word does not
        ("Aldesleukin, a kidney cancer medication, can affect the thyroid.",
         {("aldesleukin", "kidney cancer medication")}),
        ("Aldesleukin, an advanced cancer medication, can affect the thyroid.",
         {("aldesleukin", "cancer medication")}),
    ],
)
def test_a_class_named_by_its_use_stated_of_a_drug(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The diabetes medication metformin lowers the risk in women.",
        "Diet and the diabetes medication, metformin, can delay the disease.",
    ],
)
def test_a_use_class_before_the_drug_is_a_draft(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, CLASS) == set()
    assert drafts(tmp_path, text, CLASS) == {("metformin", "diabetes medication")}


@pytest.mark.parametrize(
    "text",
    [
        "People with diabetes who take medicines such as metformin should check their glucose.",
        "Heart medicines can interact with warfarin.",
        "Some asthma medicines are not safe with propranolol.",
        "Doctors may stop diabetes pills and start insulin.",
    ],
)
def test_no_use_class_where_no_drug_is_said_to_be_one(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, CLASS) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doctors prescribe anticlotting medicines, such as aspirin, after a stroke.",
         {("aspirin", "anticlotting medicine")}),
        ("Anti-rejection medicines such as tacrolimus are taken for life.",
         {("tacrolimus", "anti-rejection medicine")}),
        ("Anti-TNF drugs such as infliximab calm the bowel.",
         {("infliximab", "anti-TNF drug")}),
        # an antibody is not what a medicine acts against
        ("Antibody drugs such as rituximab are given by vein.", set()),
    ],
)
def test_a_class_named_by_what_it_acts_against(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acid reducers such as famotidine ease heartburn.", {("famotidine", "acid reducer")}),
        ("Cough suppressants such as dextromethorphan are sold without a prescription.",
         {("dextromethorphan", "cough suppressant")}),
        # a head word alone, with no modifier, names no class
        ("A suppressant such as dextromethorphan may help.", set()),
    ],
)
def test_a_class_named_by_what_it_reduces_or_suppresses(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected
