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
        (
            "Antifungal medicines (drugs that kill fungi), such as fluconazole and nystatin, "
            "clear thrush.",
            {("fluconazole", "antifungal"), ("nystatin", "antifungal")},
        ),
        (
            "Beta blockers (medicines that slow the heart), including atenolol and metoprolol, "
            "lower blood pressure.",
            {("atenolol", "beta blocker"), ("metoprolol", "beta blocker")},
        ),
        (
            "Anthelminthic medicines (drugs that rid the gut of worms), such as albendazole, "
            "are often given.",
            {("albendazole", "anthelminthic")},
        ),
        # the class said to be drugs, its examples beside
        (
            "Nonsteroidal anti-inflammatory drugs (NSAIDs) are drugs (such as ibuprofen and "
            "naproxen) that ease pain and swelling.",
            {("ibuprofen", "nonsteroidal anti-inflammatory drug"),
             ("naproxen", "nonsteroidal anti-inflammatory drug")},
        ),
        (
            "Proton pump inhibitors are medicines, such as omeprazole and lansoprazole, that "
            "cut stomach acid.",
            {("omeprazole", "proton pump inhibitor"), ("lansoprazole", "proton pump inhibitor")},
        ),
        (
            "Statins are a group of drugs, including atorvastatin and simvastatin, that lower "
            "cholesterol.",
            {("atorvastatin", "statin"), ("simvastatin", "statin")},
        ),
        # a section heading that lost its line break repeats the class
        (
            "Antifungals Antifungals (medicines that kill fungi), such as fluconazole, clear "
            "thrush.",
            {("fluconazole", "antifungal")},
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
        "Statins (not a cure), such as atorvastatin, are taken daily.",
        "Antibiotics (given with other drugs), such as amoxicillin, are used.",
        "Statins are not drugs such as aspirin.",
        "Antibiotics are drugs (such as those for pain) and aspirin helps.",
        "Vaccines protect. Statins are drugs, such as those in trials, plus aspirin.",
    ],
)
def test_no_class_across_an_aside_that_sets_the_list_apart(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, CLASS) == set()
