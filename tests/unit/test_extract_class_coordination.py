"""drug_class read past a salt name, over coordinated classes after a copula, from a class
name followed by a generic noun and "include", and from "Examples of these medicines include".
Each rule: the right fact, and none where none is stated."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation

CLASS = Relation.DRUG_CLASS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a salt written after the name is the same drug: the copula still reaches it
        (
            "Sunitinib malate is a kind of drug called a kinase inhibitor.",
            {("sunitinib", "kinase inhibitor")},
        ),
        (
            "Imatinib mesylate, a tyrosine kinase inhibitor, is taken once a day.",
            {("imatinib", "tyrosine kinase inhibitor")},
        ),
        # the pronoun of the next sentence stands for the salt's drug
        (
            "Sunitinib malate is a kinase inhibitor. It is a small-molecule drug.",
            {("sunitinib", "kinase inhibitor"), ("sunitinib", "small-molecule drug")},
        ),
        # a salt word is no bridge over a negation
        ("Sunitinib malate is not a corticosteroid.", set()),
        # classes joined by commas and a final "and" after the copula: each is the drug's class
        (
            "Sirolimus acts as a kinase inhibitor, an angiogenesis inhibitor, and an "
            "immunosuppressant.",
            {
                ("sirolimus", "kinase inhibitor"),
                ("sirolimus", "angiogenesis inhibitor"),
                ("sirolimus", "immunosuppressant"),
            },
        ),
        # "that acts as" names the same drug again by a second class
        (
            "Sirolimus is a targeted therapy drug that acts as a kinase inhibitor.",
            {("sirolimus", "targeted therapy"), ("sirolimus", "kinase inhibitor")},
        ),
        # "and" opens a new clause, not a second class of the drug
        (
            "Sirolimus is a kinase inhibitor and chemotherapy is given after it.",
            {("sirolimus", "kinase inhibitor")},
        ),
        # a generic noun after the class, then "include": the list is the class's members
        (
            "Antiviral medicines include valacyclovir and acyclovir.",
            {("valacyclovir", "antiviral"), ("acyclovir", "antiviral")},
        ),
        (
            "Anti-inflammatory drugs such as naproxen ease the pain.",
            {("naproxen", "anti-inflammatory medicine")},
        ),
        # "Examples of these medicines include" points back to the one class just named
        (
            "The nurse may suggest anti-inflammatory medicines for the swelling. Examples of "
            "these medicines include naproxen and ibuprofen.",
            {
                ("naproxen", "anti-inflammatory medicine"),
                ("ibuprofen", "anti-inflammatory medicine"),
            },
        ),
        # ... but not when that class was named only to be ruled out
        (
            "The nurse may advise you not to take antibiotics. Examples of these medicines "
            "include amoxicillin.",
            set(),
        ),
    ],
)
def test_class_read_through_salts_coordination_and_examples(
    tmp_path: Path, text: str, expected: set
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


TARGET = Relation.DRUG_TARGET


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gene symbol before family words: the symbol is the target
        ("Avapritinib targets PDGFRA receptor tyrosine kinases.", {("avapritinib", "PDGFRA")}),
        # two symbols joined by "or" before the family words: both are named
        (
            "Ripretinib inhibits KIT or PDGFRA kinases.",
            {("ripretinib", "KIT"), ("ripretinib", "PDGFRA")},
        ),
        # a negated statement gives no target
        ("Avapritinib does not target PDGFRA receptor tyrosine kinases.", set()),
    ],
)
def test_a_symbol_before_family_words_is_the_target(
    tmp_path: Path, text: str, expected: set
) -> None:
    assert of_text(tmp_path, text, TARGET) == expected
