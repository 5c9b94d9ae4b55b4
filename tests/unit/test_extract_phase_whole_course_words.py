"""The drugs of a disease's whole course in a patient page's words: "Treatment usually
includes antibiotics", "Treatments include rest, fluids, and aspirin or acetaminophen", "Your
doctor may prescribe amoxicillin", every member of a class list after the verb that gives the
first ("may prescribe topical analgesics, antidepressants and opioids"). A purpose of the drugs'
own ("to improve bone density"), a setting ("for the first trimester of pregnancy") and a
paragraph labelled by another condition give no card of the whole course.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

PHASE_DRUGS = Relation.PHASE_DRUGS


def _drugs(tmp_path: Path, text: str) -> set[str]:
    page = f"# Bronchitis\n\nBronchitis is an inflammation of the bronchial tubes.\n\n{text}\n"
    return {d for p, d in of_markdown(tmp_path, page, PHASE_DRUGS) if p == "overall treatment"}


def test_the_whole_course_in_a_patient_pages_words(tmp_path: Path) -> None:
    for text, want in (
        ("Treatment usually includes antibiotics and/or anti-inflammatory medications.",
         {"antibiotic", "anti-inflammatory medicine"}),
        ("Treatments include rest, fluids, and aspirin or acetaminophen.",
         {"aspirin", "acetaminophen"}),
        ("Your doctor may prescribe amoxicillin.", {"amoxicillin"}),
        ("Medicines. Your doctor may prescribe amoxicillin.", {"amoxicillin"}),
        ("Your doctor may prescribe topical analgesics, antidepressants, and opioids.",
         {"analgesic", "antidepressant", "opioid"}),
        ("Bronchitis is usually treated with analgesics, antidepressants, and opioids.",
         {"analgesic", "antidepressant", "opioid"}),
        # how strongly or by which route the class is given is no part of its name
        ("Bronchitis is treated with strong antibiotics.", {"antibiotic"}),
        ("Bronchitis is treated with IV antibiotics.", {"antibiotic"}),
        ("Your doctor may prescribe a powerful antibiotic.", {"antibiotic"}),
        ("Treatment is with antibiotics.", {"antibiotic"}),
        ("Doctors usually treat bronchitis with antibiotics.", {"antibiotic"}),
        ("Antibiotics are the main treatment for bronchitis.", {"antibiotic"}),
    ):
        assert _drugs(tmp_path, text) == want, text


def test_a_purpose_a_setting_or_another_condition_gives_no_whole_course(tmp_path: Path) -> None:
    for text in (
        "Your doctor may prescribe amoxicillin to improve bone density.",
        "Your doctor may prescribe amoxicillin for the first trimester of pregnancy.",
        "Osteoporosis. Your doctor may prescribe amoxicillin.",
        "Your doctor will give instructions for taking amoxicillin.",
        "Doctors usually treat pneumonia with amoxicillin.",  # another disease
        "Amoxicillin is the main treatment for pneumonia.",
    ):
        assert _drugs(tmp_path, text) == set(), text
