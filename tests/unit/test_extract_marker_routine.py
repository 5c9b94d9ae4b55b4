"""Markers read from a sentence's structure: a condition found on a routine check ("It may be
found during a routine blood test") gives test -> "detection of X"; "diagnose X with/based on
A and B" in any form of the verb; a gene is no finding of itself; a "What to do for X" section of
advice gives no marker. Negated findings, a check not called routine, a subject that is no
condition, and another verb's object give nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import (
    draft_pairs,
    extract,
    of_markdown,
    of_page,
    of_text,
    pairs,
    write_doc,
)

from trainer.domain import Relation as R

PAGE = "# Polycythemia vera\n\n"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("It may be found during a routine blood test.",
         ("routine blood test", "detection of polycythemia vera")),
        ("The disease often is discovered on routine blood tests done for another reason.",
         ("routine blood test", "detection of polycythemia vera")),
        ("Polycythemia vera is sometimes picked up during a regular physical exam.",
         ("physical examination", "detection of polycythemia vera")),
        ("Chronic leukemia is usually detected at a routine physical exam, before any symptoms.",
         ("physical examination", "detection of chronic leukemia")),
        ("Most people feel well, and the disease is first detected through urine testing.",
         ("urinalysis", "detection of polycythemia vera")),
    ],
)
def test_a_condition_found_on_a_routine_check(
    tmp_path: Path, text: str, pair: tuple[str, str]
) -> None:
    assert pair in of_text(tmp_path, text, R.MARKER, heading=PAGE)


@pytest.mark.parametrize(
    "text",
    [
        "It is not usually found during a routine blood test.",
        "Cancer cells may be found during a bone marrow biopsy.",
        "Protein from kidney disease may be found during a routine urinalysis.",
        "Clinical trials can be found on the website of the institute.",
        "It is not first detected through urine testing.",
        "Cancer cells are first found in the lymph nodes near the tumor.",
    ],
)
def test_no_routine_finding(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert not any(obj.startswith("detection of") for _, obj in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Doctors diagnose thalassemia using a complete blood count and a hemoglobin "
         "electrophoresis.", ("complete blood count", "diagnosis of thalassemia")),
        ("Your doctor will diagnose sarcoidosis based on a chest x-ray and a biopsy.",
         ("biopsy", "diagnosis of sarcoidosis")),
        ("Specialists usually diagnose hemochromatosis with a liver biopsy.",
         ("liver biopsy", "diagnosis of hemochromatosis")),
        ("Sarcoidosis can only be confirmed by a biopsy of the lung.",
         ("biopsy", "confirmation of sarcoidosis")),
        ("Psoriasis is best diagnosed from a skin biopsy.",
         ("skin biopsy", "diagnosis of psoriasis")),
    ],
)
def test_diagnose_with_in_any_form_of_the_verb(
    tmp_path: Path, text: str, pair: tuple[str, str]
) -> None:
    assert pair in of_text(tmp_path, text, R.MARKER, heading="# Blood disorders\n\n")


@pytest.mark.parametrize(
    "text",
    [
        "Doctors cannot diagnose thalassemia with a complete blood count alone.",
        "Doctors diagnose thalassemia in people with a family history.",
        "Sarcoidosis cannot be confirmed by a chest x-ray alone.",
    ],
)
def test_no_diagnosis_with(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading="# Blood disorders\n\n")
    assert not any(obj.startswith("diagnosis of") for _, obj in found)


def test_a_gene_tested_is_no_finding_of_itself(tmp_path: Path) -> None:
    text = ("- SMARCB1 and SMARCA4 gene testing: a laboratory test in which a sample of tissue "
            "is checked for the SMARCB1 and SMARCA4 genes.")
    found = of_text(tmp_path, text, R.MARKER, heading="# Brain tumors\n\n")
    assert not any("SMARCA4" in obj or "SMARCB1" in obj for _, obj in found)


def test_advice_section_gives_no_marker(tmp_path: Path) -> None:
    page = ("# Gastritis\n\n## How to diagnose Gastritis ?\n\nA health care provider diagnoses "
            "gastritis with an upper GI endoscopy.\n\n## What to do for Gastritis ?\n\n"
            "- A health care provider diagnoses gastritis with a stomach biopsy.\n")
    found = of_markdown(tmp_path, page, R.MARKER)
    assert ("upper GI endoscopy", "diagnosis of gastritis") in found
    assert not any(test == "biopsy" for test, _ in found)


INLINE = (
    "Tests that examine the {part} are used to detect (find) and diagnose {disease}. The "
    "following tests and procedures may be used: - Physical exam and history : An exam of the "
    "body to check general signs of health. - CT scan (CAT scan): A procedure that makes "
    "detailed pictures of areas inside the body. - Biopsy : The removal of cells so they can be "
    "viewed under a microscope."
)


@pytest.mark.parametrize(
    ("part", "disease"),
    [("head and neck", "salivary gland cancer"), ("blood and bone marrow", "hairy cell leukemia")],
)
def test_each_test_of_a_flattened_list_is_used_for_what_the_sentence_before_says(
    tmp_path: Path, part: str, disease: str
) -> None:
    # the development keys now agree: each listed test, the bedside exam included, is a test
    # for the disease the sentence names
    cards = pairs(extract(write_doc(tmp_path, INLINE.format(part=part, disease=disease),
                                    heading=f"# {disease}\n\n")), R.MARKER)
    assert ("CT scan", f"detection of {disease}") in cards
    assert ("biopsy", f"detection of {disease}") in cards
    assert ("physical exam and history", f"detection of {disease}") in cards
    assert ("biopsy", f"diagnosis of {disease}") not in cards  # one card per test


def test_the_purpose_may_stand_as_the_paragraph_before_the_lead_in(tmp_path: Path) -> None:
    text = INLINE.format(part="eye", disease="eye melanoma").replace(
        " The following tests", "\n\nThe following tests"
    )
    cards = pairs(extract(write_doc(tmp_path, text, heading="# Eye melanoma\n\n")), R.MARKER)
    assert ("CT scan", "detection of eye melanoma") in cards
    assert ("physical exam and history", "detection of eye melanoma") in cards


def test_a_heading_between_purpose_and_lead_in_cuts_them_apart(tmp_path: Path) -> None:
    text = INLINE.format(part="eye", disease="eye melanoma").replace(
        " The following tests", "\n\n## Other tests\n\nThe following tests"
    )
    facts = extract(write_doc(tmp_path, text, heading="# Eye melanoma\n\n"), min_confidence=0.0)
    assert not any(f.origin == "marker:inline_section" for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        # no purpose sentence before the lead-in, or a negated one
        "The following tests may be used: - CT scan : A procedure that makes pictures.",
        "Tests that examine the blood are not used to diagnose anemia. The following tests may "
        "be used: - CT scan : A procedure that makes pictures.",
    ],
)
def test_no_flattened_list_purpose(tmp_path: Path, text: str) -> None:
    facts = extract(write_doc(tmp_path, text, heading="# Anemia\n\n"), min_confidence=0.0)
    assert not any(f.origin == "marker:inline_section" for f in facts)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("An ultrasound is the most accurate method to detect gallstones.",
         ("ultrasound", "detection of gallstones")),
        ("A chest CT scan is the most common test for diagnosing bronchiectasis.",
         ("CT scan", "diagnosis of bronchiectasis")),
        ("MRI is one of the most sensitive tests for finding pituitary tumors and measuring "
         "their size.", ("MRI", "detection of pituitary tumors")),
        ("Because early colon cancer does not cause pain, a colonoscopy is a good way to find "
         "polyps.", ("colonoscopy", "detection of polyps")),
    ],
)
def test_a_test_named_as_the_best_means(
    tmp_path: Path, text: str, pair: tuple[str, str]
) -> None:
    assert pair in of_text(tmp_path, text, R.MARKER, heading="# Imaging\n\n")


@pytest.mark.parametrize(
    "text",
    [
        "An ultrasound is not the best way to detect gallstones.",
        "Drinking enough water is the best way to prevent kidney stones.",
        "A biopsy is the best way for your doctor to make a firm diagnosis of vasculitis.",
        "Surgery is the most common way to treat gallstones.",
        "An ultrasound, which is cheap, is not a useful way to find gallstones.",
        "Regular exercise is an important way to lower the risk of kidney stones.",
    ],
)
def test_no_best_means(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading="# Imaging\n\n")
    assert not any("gallstones" in o or "kidney stones" in o or "doctor" in o for _, o in found)


def test_an_item_labelled_by_a_test_the_lexicon_lacks_is_read_as_written(tmp_path: Path) -> None:
    text = (
        "Imaging studies and tests are used to detect (find) and diagnose ferrow tumors. Some "
        "tests are done more than once. The following tests and procedures may be used: - "
        "Sputum cytology : Mucus coughed up from the lungs is viewed under a microscope. - "
        "Visual field exam: An exam to check a person's field of vision. - CT scan (CAT scan) "
        "of the brain and chest : A procedure that makes detailed pictures. - Being tired : "
        "not a test."
    )
    cards = pairs(extract(write_doc(tmp_path, text, heading="# Ferrow tumors\n\n")), R.MARKER)
    # the purpose sentence stands two sentences before the lead-in and opens with "Imaging"
    assert ("sputum cytology", "detection of ferrow tumors") in cards
    assert ("visual field exam", "detection of ferrow tumors") in cards
    # a longer label that opens with a test the lexicon knows is that test
    assert ("CT scan", "detection of ferrow tumors") in cards
    assert not any(test.startswith("being") for test, _ in cards)  # no test's name


def test_a_listed_tests_description_of_any_page_is_held_but_the_pages_own_finding_is_read(
    tmp_path: Path,
) -> None:
    text = (
        "Tests that examine the blood are used to detect (find) and diagnose hairy cell "
        "leukemia. The following tests and procedures may be used: - Complete blood count (CBC):"
        " A procedure in which a sample of blood is checked for the number of red blood cells "
        "and platelets. - Peripheral blood smear : A procedure in which a sample of blood is "
        "checked for cells that look hairy."
    )
    facts = extract(write_doc(tmp_path, text, heading="# Hairy cell leukemia\n\n"),
                    min_confidence=0.0)
    cards = pairs([f for f in facts if f.confidence >= 0.5], R.MARKER)
    assert ("peripheral blood smear", "cells that look hairy") in cards
    assert ("complete blood count", "detection of hairy cell leukemia") in cards
    held = draft_pairs(facts, R.MARKER)
    assert ("complete blood count", "number of red blood cells and platelets") in held


INTRO_WC = ("# Whooping cough\n\n## What is whooping cough?\n\nWhooping cough is a bacterial "
            "disease of the airways. ")


@pytest.mark.parametrize(
    "sentence",
    [
        "To make a diagnosis, your doctor may do a physical exam, blood tests, chest x-rays, or "
        "nose or throat cultures.",
        "To diagnose it, doctors may order blood tests, chest x-rays, or nose or throat cultures.",
    ],
)
def test_tests_a_doctor_uses_to_make_a_diagnosis_are_read_as_written(
    tmp_path: Path, sentence: str
) -> None:
    cards = of_page(tmp_path, sentence, R.MARKER, intro=INTRO_WC)
    assert ("nose or throat cultures", "diagnosis of whooping cough") in cards
    assert ("blood tests", "diagnosis of whooping cough") in cards


@pytest.mark.parametrize(
    "sentence",
    [
        "To diagnose whooping cough, doctors do not use blood tests or nose cultures.",
        "To make a diagnosis, your doctor may ask about your symptoms and your travel.",
    ],
)
def test_a_denied_list_or_one_naming_no_test_gives_no_marker(tmp_path: Path, sentence: str) -> None:
    assert of_page(tmp_path, sentence, R.MARKER, intro=INTRO_WC) == set()
