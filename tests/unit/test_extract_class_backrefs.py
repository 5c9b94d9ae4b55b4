"""drug_class carried from a sentence naming a class to a later sentence (or list) that
points back to it: the right fact when the link is stated, none when the names are merely
near each other, the earlier sentence is negated or sets other drugs against the class, or
two classes could be meant."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import drafts, of_text

from trainer.domain import Relation

CLASS = Relation.DRUG_CLASS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Doctors often prescribe beta blockers for an uneven heartbeat. These include "
            "atenolol and metoprolol.",
            {("atenolol", "beta blocker"), ("metoprolol", "beta blocker")},
        ),
        (
            "Statins lower the cholesterol made by the liver. Examples are simvastatin and "
            "atorvastatin.",
            {("simvastatin", "statin"), ("atorvastatin", "statin")},
        ),
        # one example, in the singular
        (
            "Your doctor may prescribe statins. Statins lower cholesterol. One example of this "
            "type of medicine is atorvastatin.",
            {("atorvastatin", "statin")},
        ),
        (
            "Proton pump inhibitors cut stomach acid. An example is omeprazole.",
            {("omeprazole", "proton pump inhibitor")},
        ),
        (
            "Beta blockers slow the heart. One example of these medicines is atenolol.",
            {("atenolol", "beta blocker")},
        ),
        (
            "Anticoagulants keep clots from growing. Warfarin and apixaban are two such "
            "medicines.",
            {("warfarin", "anticoagulant"), ("apixaban", "anticoagulant")},
        ),
        (
            "Proton pump inhibitors reduce stomach acid. The most common is omeprazole.",
            {("omeprazole", "proton pump inhibitor")},
        ),
        (
            "Several bisphosphonates are approved to treat bone loss. One of them, "
            "alendronate, is taken once a week.",
            {("alendronate", "bisphosphonate")},
        ),
        # a sentence without names between the class and the pointing sentence
        (
            "Corticosteroids are often used for flares. They calm the swelling quickly. "
            "Prednisone and budesonide are two medicines in this group.",
            {("prednisone", "corticosteroid"), ("budesonide", "corticosteroid")},
        ),
        (
            "Antifungals treat yeast infections of the mouth. Fluconazole is one of them.",
            {("fluconazole", "antifungal")},
        ),
        # the class as what a treatment is, then "These include"
        (
            "The main treatment for gout flares is corticosteroids. These include prednisone.",
            {("prednisone", "corticosteroid")},
        ),
        # a phrase of setting before the subject class; "They include"
        (
            "For an uneven heartbeat, beta blockers are often used. They include atenolol and "
            "bisoprolol.",
            {("atenolol", "beta blocker"), ("bisoprolol", "beta blocker")},
        ),
        # two sentences without names between; "Drugs in this group include"
        (
            "Statins lower cholesterol. They are taken at night. Most people have few problems. "
            "Drugs in this group include simvastatin.",
            {("simvastatin", "statin")},
        ),
        (
            "Diuretics help the kidneys remove water. This class of medicines includes "
            "furosemide and bumetanide.",
            {("furosemide", "diuretic"), ("bumetanide", "diuretic")},
        ),
        (
            "Aromatase inhibitors stop the body making estrogen. The best-known is anastrozole.",
            {("anastrozole", "aromatase inhibitor")},
        ),
        (
            "Doctors usually treat the infection with antibiotics. Examples are doxycycline "
            "and amoxicillin.",
            {("doxycycline", "antibiotic"), ("amoxicillin", "antibiotic")},
        ),
        (
            "There are several types of antihistamines. Common ones are cetirizine and "
            "loratadine.",
            {("cetirizine", "antihistamine"), ("loratadine", "antihistamine")},
        ),
        (
            "Statins lower cholesterol. Atorvastatin and simvastatin are among the most "
            "commonly used.",
            {("atorvastatin", "statin"), ("simvastatin", "statin")},
        ),
        (
            "Antihistamines ease itching. Cetirizine is a common example.",
            {("cetirizine", "antihistamine")},
        ),
        # the class sentence closes one paragraph, the pointing sentence opens the next
        (
            "Doctors often prescribe antihistamines for itching.\n\nExamples are cetirizine "
            "and loratadine.",
            {("cetirizine", "antihistamine"), ("loratadine", "antihistamine")},
        ),
    ],
)
def test_a_sentence_that_points_back_takes_the_class(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


def test_a_lead_in_that_points_back_gives_the_list_its_class(tmp_path: Path) -> None:
    text = (
        "Antiemetics help control sickness during treatment. Commonly used ones include:\n\n"
        "- ondansetron\n- granisetron\n"
    )
    assert of_text(tmp_path, text, CLASS) == {
        ("ondansetron", "antiemetic"), ("granisetron", "antiemetic"),
    }  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # the earlier sentence sets other drugs against the class
        "People who cannot take statins may be given other drugs. These include ezetimibe "
        "and niacin.",
        # two classes: which one do the drugs belong to?
        "Beta blockers are often combined with diuretics. Examples are atenolol and "
        "furosemide.",
        # a negated class sentence
        "Antibiotics are not needed for most colds. Examples are amoxicillin and azithromycin.",
        # a dosing schedule after the class: no word points back
        "Antibiotics are given for ten days. Doxycycline is taken twice a day.",
        # a trial's drugs, not examples of the class
        "A trial compared antiemetics with a dummy pill. Ondansetron and granisetron were the "
        "two drugs studied.",
        # "examples of drugs that interact": not examples of the class
        "Anticoagulants can cause bleeding. Warfarin and heparin are examples of drugs that "
        "interact with aspirin.",
        # a class in one paragraph, drugs in the next with no pointing word
        "Antivirals treat the flu.\n\nOseltamivir and zanamivir are used in children.",
        # a failed class and the option after it
        "If statins fail, doctors look at other options. The most common is ezetimibe.",
        "If you cannot take statins, bile acid binders help. These include colesevelam.",
        # "a common cause": not a common member of the class
        "Statins lower cholesterol. Atorvastatin is a common cause of muscle pain.",
        # "They" are the people, and no drug follows
        "Patients often take diuretics. They include older adults with swelling.",
        # a pointing sentence two paragraphs below the class
        "Doctors often prescribe antihistamines for itching.\n\nThey work fast.\n\n"
        "Examples are cetirizine and loratadine.",
        # one example of something else than the class, and a denied example
        "Statins lower cholesterol. An example of a side effect is muscle pain, and aspirin "
        "is not one.",
        "Statins lower cholesterol. One example of this type of medicine is not atorvastatin.",
    ],
)
def test_no_class_without_a_stated_link(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, CLASS) == set()


def test_a_class_said_only_to_maybe_help_gives_drafts(tmp_path: Path) -> None:
    text = (
        "Taking pain medicines every day may help to ease the pain. Some examples of these "
        "medicines include:\n\n- gabapentin\n- duloxetine\n"
    )
    assert of_text(tmp_path, text, CLASS) == set()
    assert drafts(tmp_path, text, CLASS) == {
        ("gabapentin", "analgesic"), ("duloxetine", "analgesic"),
    }  # fmt: skip


def test_other_before_the_subject_class_is_still_that_class(tmp_path: Path) -> None:
    text = "Other antibiotics are also used. Examples are doxycycline and azithromycin."
    assert of_text(tmp_path, text, CLASS) == {
        ("doxycycline", "antibiotic"), ("azithromycin", "antibiotic"),
    }  # fmt: skip


def test_other_members_of_a_class_set_against_a_drug_are_still_of_it(tmp_path: Path) -> None:
    text = (
        "There are other antifungal drugs that can be used in patients who cannot take "
        "voriconazole. These include itraconazole and posaconazole."
    )
    assert of_text(tmp_path, text, CLASS) >= {
        ("itraconazole", "antifungal"), ("posaconazole", "antifungal"),
    }  # fmt: skip


def test_a_sentence_just_before_a_list_without_a_lead_in_points_back(tmp_path: Path) -> None:
    text = (
        "Antihistamines ease itching. Examples of these medicines are\n\n"
        "- cetirizine (Zyrtec)\n- loratadine (Claritin)\n"
    )
    assert of_text(tmp_path, text, CLASS) == {
        ("cetirizine", "antihistamine"), ("loratadine", "antihistamine"),
    }  # fmt: skip


def test_a_negated_class_sentence_gives_drafts(tmp_path: Path) -> None:
    text = "Antibiotics do not help most colds. Examples are amoxicillin and azithromycin."
    assert of_text(tmp_path, text, CLASS) == set()
    assert drafts(tmp_path, text, CLASS) == {
        ("amoxicillin", "antibiotic"), ("azithromycin", "antibiotic"),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Metformin is usually given first. This drug belongs to a group called biguanides.",
         {("metformin", "biguanide")}),
        ("Metformin belongs to a group of medicines called biguanides.",
         {("metformin", "biguanide")}),
        ("Atenolol and metoprolol are often prescribed. They belong to a group called "
         "beta blockers.",
         {("atenolol", "beta blocker"), ("metoprolol", "beta blocker")}),
        ("Atenolol and metoprolol are often prescribed. They belong to the patients' own "
         "supply.", set()),
        # two drugs before: which one does "it" stand for?
        ("Metformin and glipizide are both used. It belongs to a group called biguanides.",
         set()),
    ],
)
def test_a_drug_said_to_belong_to_a_group_called_class(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, CLASS) == expected
