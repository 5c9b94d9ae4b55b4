"""Drug -> class and class -> target read through asides, alternatives and brand names:
each general structure gives its fact, and a near variant that states nothing gives none."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import extract, of_markdown, of_text, write_doc

from trainer.domain import Relation
from trainer.generator.drugnames import drug_name_source

CLASS, TARGET = Relation.DRUG_CLASS, Relation.DRUG_TARGET


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # targets coordinated by a plain "or" under one verb: what the class acts on, and so
        # what each member named later acts on
        (
            "Tyrosine kinase inhibitors work by blocking the KIT or PDGFRA kinases. Tyrosine "
            "kinase inhibitors used for this tumour include sunitinib and regorafenib.",
            {
                ("sunitinib", "KIT"),
                ("sunitinib", "PDGFRA"),
                ("regorafenib", "KIT"),
                ("regorafenib", "PDGFRA"),
            },
        ),
        # an alternative set aside by a comma ("or in some cases") is not said of every member
        (
            "Bispecific antibodies bind to CD20, or in some cases CD19. Glofitamab is a "
            "bispecific antibody.",
            set(),
        ),
        # a negated class statement carries nothing, "or" or not
        (
            "Tyrosine kinase inhibitors do not block the KIT or PDGFRA kinases. Tyrosine kinase "
            "inhibitors used for this tumour include sunitinib.",
            set(),
        ),
    ],
)
def test_class_targets_joined_by_or(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, TARGET) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comparison set off by commas does not change the subject of the copula
        ("Fulvestrant, like letrozole, is a hormone therapy.", {"fulvestrant"}),
        ("Fulvestrant, like letrozole, is not a chemotherapy drug.", set()),
        # an apposition with a generic noun after the class, in a hedged sentence: the
        # hedge is about prescribing, not about what the drug is
        (
            "If the pain goes on, the doctor may possibly prescribe prednisone (a steroid "
            "medicine).",
            {"prednisone"},
        ),
        # the apposition is the hedge's own claim: nothing certain enough for a card
        ("Prednisone might possibly be a steroid medicine.", set()),
    ],
)
def test_class_through_asides(tmp_path: Path, text: str, expected: set) -> None:
    assert {d for d, _ in of_text(tmp_path, text, CLASS)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a class word before the head class qualifies it: the example is both
        (
            "For the pain, take an NSAID pain medication, such as naproxen.",
            {("naproxen", "nonsteroidal anti-inflammatory drug"), ("naproxen", "analgesic")},
        ),
        # a treatment modality as the head says how the drug is used, not what else it is
        (
            "Patients then receive corticosteroid therapy, such as prednisone.",
            {("prednisone", "corticosteroid")},
        ),
    ],
)
def test_stacked_class_words(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


def test_apposition_ending_a_list_item_under_a_hedged_lead_in(tmp_path: Path) -> None:
    """ "could interfere" hedges the list, not what each item's apposition says it is."""
    page = (
        "Other medicines that could interfere with tamoxifen include:\n\n"
        "- diphenhydramine, which is an antihistamine\n"
    )
    assert of_markdown(tmp_path, page, CLASS) == {("diphenhydramine", "antihistamine")}
    # an item with no apposition gives no class
    assert of_markdown(tmp_path, page.replace(", which is an antihistamine", ""), CLASS) == set()


def test_a_brand_of_a_generic_named_with_a_digit_stays_a_brand(tmp_path: Path) -> None:
    """ "Avonex" is a brand of interferon beta-1a: no class is said of a brand, and it is not
    read as a generic name of its own."""
    avonex = drug_name_source().names[("avonex",)]
    assert avonex.brand and avonex.name.startswith("interferon beta-1a")
    text = "Three forms of beta interferon (Avonex, Betaseron and Rebif) are approved for MS."
    assert of_text(tmp_path, text, CLASS) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a class worded around its target folds into the class name the lexicon knows
        ("Venetoclax is a selective inhibitor of BCL-2.", {("venetoclax", "BCL-2 inhibitor")}),
        ("Venetoclax is not an inhibitor of BCL-2.", set()),
        # a phrase about something other than a target makes no class
        ("Aspirin is an inhibitor of platelet clumping.", set()),
    ],
)
def test_class_worded_around_its_target(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word class name that ends like a drug name is the class, not a drug
        ("Your doctor may prescribe a statin, such as simvastatin.", {("simvastatin", "statin")}),
        ("Moxifloxacin is a fluoroquinolone.", {("moxifloxacin", "fluoroquinolone")}),
        # a plural the outside name source lists as a drug is still the class
        ("Biguanides such as metformin lower blood sugar.", {("metformin", "biguanide")}),
        # "anabolic steroids" are not corticosteroids
        ("Anabolic steroids such as nandrolone are misused.", {("nandrolone", "anabolic steroid")}),
        # the class alone names no drug: no card
        ("Statins lower cholesterol; a statin is taken at night.", set()),
    ],
)
def test_a_class_word_is_not_a_drug(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


def test_a_class_target_cites_the_sentence_that_states_it(tmp_path: Path) -> None:
    """The card for a member cites where the class's target is stated, not only the list."""
    text = (
        "Tyrosine kinase inhibitors work by blocking the KIT or PDGFRA kinases.\n\n"
        "Tyrosine kinase inhibitors used for this tumour include sunitinib.\n"
    )
    facts = [f for f in extract(write_doc(tmp_path, text)) if f.relation is TARGET]
    assert {(f.subject, f.object, f.lines) for f in facts} == {
        ("sunitinib", "KIT", (1, 3)),
        ("sunitinib", "PDGFRA", (1, 3)),
    }
