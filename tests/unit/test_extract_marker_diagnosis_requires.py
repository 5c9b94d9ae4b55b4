"""The test a diagnosis cannot do without, in the wordings pages use: "Diagnosing X requires
A", "The only way to (definitely) diagnose X is through A", "The test for diagnosis of X is
A"; a denial gives no card.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

MARKER = Relation.MARKER


def _cards(tmp_path: Path, sentence: str) -> set[tuple[str, str]]:
    return of_markdown(tmp_path, f"# Nonalcoholic Steatohepatitis\n\n{sentence}\n", MARKER)


def test_the_test_the_diagnosis_needs(tmp_path: Path) -> None:
    for sentence in (
        "Diagnosing nonalcoholic steatohepatitis requires a liver biopsy.",
        "The only way to definitely diagnose nonalcoholic steatohepatitis and separate it "
        "from simple fatty liver is through a liver biopsy.",
        "The gold standard test for diagnosis of nonalcoholic steatohepatitis is a liver "
        "biopsy.",
    ):
        assert _cards(tmp_path, sentence) == {
            ("liver biopsy", "diagnosis of nonalcoholic steatohepatitis")
        }, sentence


def test_a_denial_gives_no_card(tmp_path: Path) -> None:
    for sentence in (
        "Diagnosing nonalcoholic steatohepatitis does not require a liver biopsy.",
        "The only way to diagnose nonalcoholic steatohepatitis is not a liver biopsy.",
    ):
        assert _cards(tmp_path, sentence) == set(), sentence


def test_a_time_clause_after_the_diagnosis_is_no_part_of_it(tmp_path: Path) -> None:
    text = ("# Kidney Dysplasia\n\nKidney dysplasia is a condition of the kidney.\n\nA health "
            "care provider uses ultrasound to diagnose kidney dysplasia after the baby is born.\n")
    assert of_markdown(tmp_path, text, MARKER) == {
        ("ultrasound", "diagnosis of kidney dysplasia")}
