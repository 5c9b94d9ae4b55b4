"""What people are said to notice in a section about a condition's symptoms: under "What are
the symptoms of X?", "Some people notice A. Others notice B or C." name X's symptoms. Near
misses give nothing: a negated sentence, objects that are no symptoms (a test, a risk), a
section about something else, a group told by another condition.

Every text is written for the test; the condition's name is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

SYMPTOM = Relation.SYMPTOM_CAUSE


def _page(heading: str, sentence: str) -> str:
    return (
        "# Brindle syndrome\n\nBrindle syndrome is a rare disorder of the joints. Brindle "
        f"syndrome has no cure.\n\n## {heading}\n\n{sentence}\n"
    )


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("What are the symptoms of Brindle syndrome ?", "Some people notice a burning feeling."),
        ("Symptoms of Brindle syndrome", "Others notice fatigue, a burning feeling, and fever."),
        ("Signs and Symptoms", "Many patients first notice a burning feeling and fever."),
        ("What are the symptoms of Brindle syndrome?", "You may have fever and a burning feeling."),
    ],
)
def test_what_people_notice_under_a_symptoms_heading(
    tmp_path: Path, heading: str, sentence: str
) -> None:
    found = {(c.lower(), s) for c, s in of_markdown(tmp_path, _page(heading, sentence), SYMPTOM)}
    assert ("brindle syndrome", "burning feeling") in found, found


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        # negated, and no symptoms
        ("What are the symptoms of Brindle syndrome ?", "Some people do not notice fever."),
        ("What are the symptoms of Brindle syndrome ?", "Some people have no symptoms at all."),
        # objects that are no symptoms
        ("Symptoms of Brindle syndrome", "Some people have a blood test and an x-ray."),
        ("Symptoms of Brindle syndrome", "Many patients have a higher risk of falls."),
        # a section about something else than the symptoms
        ("How is Brindle syndrome treated ?", "Some people notice a burning feeling."),
    ],
)
def test_near_misses_of_a_symptoms_section(tmp_path: Path, heading: str, sentence: str) -> None:
    found = of_markdown(tmp_path, _page(heading, sentence), SYMPTOM)
    assert not any(c.lower() == "brindle syndrome" for c, _ in found), found
