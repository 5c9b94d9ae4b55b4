"""Class wordings read as one structure each: a drug compared with the *other* members of its
class ("Like other statins, X ..."); a bracket naming the broader class ("a corticosteroid (a
type of steroid hormone)"); "a drug used in chemotherapy"; a class apposition that names its
members ("bisphosphonates, a class of drugs that includes X"); "CLASS, particularly X";
"Biologic therapy using X"; "pain pills like X". Near misses give nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation

CLASS = Relation.DRUG_CLASS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Like other statins, simvastatin may cause muscle aches.", {("simvastatin", "statin")}),
        (
            "As with other antibiotics, amoxicillin must be taken until it is finished.",
            {("amoxicillin", "antibiotic")},
        ),
        (
            "Naproxen, like most other NSAIDs, can upset the stomach.",
            {("naproxen", "nonsteroidal anti-inflammatory drug")},
        ),
        (
            "Hydrocortisone is a glucocorticoid (a type of steroid hormone) given by mouth.",
            {("hydrocortisone", "steroid hormone")},
        ),
        (
            "Cisplatin, a drug used in chemotherapy, can harm hearing.",
            {("cisplatin", "chemotherapy")},
        ),
        (
            "Many men take statins, a class of drugs that includes atorvastatin.",
            {("atorvastatin", "statin")},
        ),
        (
            "Anticoagulants, particularly warfarin, need regular blood tests.",
            {("warfarin", "anticoagulant")},
        ),
        (
            "Options include: - Immunotherapy using nivolumab or ipilimumab. - Surgery.",
            {("nivolumab", "immunotherapy"), ("ipilimumab", "immunotherapy")},
        ),
        (
            "Pain pills like naproxen or acetaminophen can ease a headache.",
            {("naproxen", "analgesic"), ("acetaminophen", "analgesic")},
        ),
    ],
)
def test_class_wordings(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, CLASS) >= expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Unlike other antibiotics, rifampin colors the urine.", ("rifampin", "antibiotic")),
        ("Like chemotherapy, rituximab can lower blood counts.", ("rituximab", "chemotherapy")),
        (
            "Like other patients with arthritis, people taking naproxen need checkups.",
            ("naproxen", "nonsteroidal anti-inflammatory drug"),
        ),
        (
            "Cisplatin, a drug used in combination with chemotherapy drugs, can harm hearing.",
            ("cisplatin", "chemotherapy"),
        ),
        (
            "Hydrocortisone is not a type of steroid hormone that lowers blood sugar.",
            ("hydrocortisone", "steroid hormone"),
        ),
    ],
)
def test_near_misses(tmp_path: Path, text: str, absent: tuple[str, str]) -> None:
    assert absent not in of_text(tmp_path, text, CLASS)


@pytest.mark.parametrize(
    "text",
    [
        "Acidosis is treated with sodium bicarbonate or sodium citrate. This alkali therapy "
        "also lowers the risk of kidney stones.",
        "Sodium bicarbonate or sodium citrate corrects the acid. This alkali therapy is "
        "taken by mouth.",
    ],
)
def test_this_class_therapy_takes_up_the_course(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, CLASS)
    assert {("sodium bicarbonate", "alkali"), ("sodium citrate", "alkali")} <= found


def test_this_class_drug_after_two_drugs_is_left_open(tmp_path: Path) -> None:
    text = "Amoxicillin or doxycycline is given. This antibiotic is taken for two weeks."
    assert of_text(tmp_path, text, CLASS) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two common types of blood thinners are warfarin and heparin.",
            {("warfarin", "anticoagulant"), ("heparin", "anticoagulant")},
        ),
        ("The main kinds of statins are atorvastatin and simvastatin.",
         {("atorvastatin", "statin"), ("simvastatin", "statin")}),
    ],
)
def test_types_of_a_class_are(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, CLASS) >= expected


def test_side_effects_of_types_are_no_members(tmp_path: Path) -> None:
    text = "Side effects of two types of blood thinners are bleeding and bruising with warfarin."
    assert ("warfarin", "anticoagulant") not in of_text(tmp_path, text, CLASS)


def test_like_other_members_with_a_pronoun(tmp_path: Path) -> None:
    text = (
        "Trabectedin comes from a sea animal. Like other chemotherapy drugs, it stops cell "
        "growth."
    )
    assert ("trabectedin", "chemotherapy") in of_text(tmp_path, text, CLASS)


@pytest.mark.parametrize(
    "text",
    [
        "Trabectedin and eribulin come from the sea. Like other chemotherapy drugs, it stops "
        "cell growth.",
        "Trabectedin comes from a sea animal. Unlike other chemotherapy drugs, it is given "
        "over 24 hours.",
    ],
)
def test_pronoun_of_two_drugs_or_unlike_gives_nothing(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, CLASS) == set()
