"""drug_class stated of a group and given to each member: list items under a lead-in whose
subject is a class, a clause of use before "include", "one ... drug is X", "X or another
CLASS", a generic noun after the class before "such as", and a broad grouping given "with"
its drugs. Each rule: the right fact, and none where the text does not state it."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation

CLASS, TARGET = Relation.DRUG_CLASS, Relation.DRUG_TARGET


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead-in whose subject is the class, with a long clause of use before "include:"
        (
            "Chemotherapy drugs used to treat cancer of the small bowel in adults may include:\n\n"
            "- cisplatin\n- gemcitabine\n",
            {("cisplatin", "chemotherapy"), ("gemcitabine", "chemotherapy")},
        ),
        # a lead-in that ends in a colon without "include"
        (
            "Several targeted therapy drugs may be used alone or with other drugs for this "
            "cancer:\n\n- lapatinib\n- neratinib\n",
            {("lapatinib", "targeted therapy"), ("neratinib", "targeted therapy")},
        ),
        # a second class later in the lead-in is what the drugs are given with, not theirs
        (
            "The following targeted therapy drugs may be used alone or with other treatments, "
            "particularly hormone therapy:\n\n- palbociclib\n- ribociclib\n",
            {("palbociclib", "targeted therapy"), ("ribociclib", "targeted therapy")},
        ),
        # a lead-in about combining the class with something else lists no members
        (
            "Chemotherapy drugs may be combined with the following:\n\n- rituximab\n",
            set(),
        ),
        # a lead-in about what the class is not
        (
            "Hormone therapy drugs that are not used for this cancer are:\n\n- tamoxifen\n",
            set(),
        ),
    ],
)
def test_list_items_under_a_class_lead_in(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a generic noun after the class before the examples
        (
            "Antiplatelet medicines, such as aspirin and clopidogrel, keep clots from forming.",
            {("aspirin", "antiplatelet"), ("clopidogrel", "antiplatelet")},
        ),
        # a one-word pronunciation guide between the class and its examples
        (
            "Corticosteroids (kor-ti-ko-STEER-oyds), such as prednisone, lower swelling.",
            {("prednisone", "corticosteroid")},
        ),
        # "a CLASS hormone, called X"
        (
            "The missing hormone is replaced with a mineralocorticoid hormone, called "
            "fludrocortisone, taken by mouth.",
            {("fludrocortisone", "mineralocorticoid")},
        ),
        # a clause of use, naming a target, between the class and "include"
        (
            "Other tyrosine kinase inhibitor agents approved for later lines of therapy in "
            "KIT-variant tumors include sunitinib and regorafenib.",
            {
                ("sunitinib", "tyrosine kinase inhibitor"),
                ("regorafenib", "tyrosine kinase inhibitor"),
            },
        ),
        # a drug inside the clause breaks the reading: which drugs are the members?
        (
            "Tyrosine kinase inhibitor agents given after imatinib fails include sunitinib.",
            set(),
        ),
        # "one ... drug is X", "an example of a CLASS is X"
        (
            "One newer hormone therapy drug is exemestane, which lowers estrogen.",
            {("exemestane", "hormone therapy")},
        ),
        (
            "An example of an effective beta blocker is metoprolol.",
            {("metoprolol", "beta blocker")},
        ),
        # "is" after a class with no such opening is not a member statement
        ("The beta blocker dose is lowered when metoprolol is added.", set()),
        # "X or another CLASS"
        (
            "Doctors may switch patients to letrozole or another aromatase inhibitor.",
            {("letrozole", "aromatase inhibitor")},
        ),
    ],
)
def test_class_stated_of_a_group(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a broad grouping given "with" a class and its listed drugs
        (
            "Treatment may include targeted therapy with a PARP inhibitor (olaparib or niraparib).",
            {
                ("olaparib", "targeted therapy"),
                ("niraparib", "targeted therapy"),
                ("olaparib", "PARP inhibitor"),
                ("niraparib", "PARP inhibitor"),
            },
        ),
        (
            "Treatment may include immunotherapy with pembrolizumab.",
            {("pembrolizumab", "immunotherapy")},
        ),
        # chemotherapy "with" a drug adds the drug; it does not say the drug is chemotherapy
        ("Treatment may include chemotherapy with imatinib.", set()),
        # "with or without" names another treatment, not a member
        ("Treatment may include immunotherapy with or without bevacizumab.", set()),
    ],
)
def test_broad_grouping_given_with_its_drugs(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


def test_a_class_named_with_its_spelled_out_target_gives_the_target(tmp_path: Path) -> None:
    text = (
        "Olaparib and rucaparib are poly (ADP-ribose) polymerase (PARP) inhibitors that may "
        "be used as maintenance therapy.\n"
    )
    assert of_text(tmp_path, text, CLASS) == {
        ("olaparib", "PARP inhibitor"),
        ("rucaparib", "PARP inhibitor"),
    }
    # the enzyme, never the bare word "polymerase" the long name ends with
    assert of_text(tmp_path, text, TARGET) == {("olaparib", "PARP"), ("rucaparib", "PARP")}
