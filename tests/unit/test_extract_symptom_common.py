"""A sentence that calls its subject common in a section about a condition's symptoms: "Hearing
loss is also common.", "A, B and C are other frequent complaints.", "A is another common
feature of X." name X's symptoms. Near misses give nothing: a predicate that goes on to say who
("common in older people"), a rare or negated sign, a feature of another condition, a subject
that is no sign, a section about treatment.

Every text is written for the test; the condition's name is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

SYMPTOM = Relation.SYMPTOM_CAUSE


def _found(tmp_path: Path, sentence: str, heading: str) -> set[tuple[str, str]]:
    text = (
        "# Brindle syndrome\n\nBrindle syndrome is a rare disorder of the joints.\n\n"
        f"## {heading}\n\n{sentence}\n"
    )
    return {(c.lower(), s.lower()) for c, s in of_markdown(tmp_path, text, SYMPTOM)}


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        ("Night sweats are also common.", "What are the symptoms of Brindle syndrome?"),
        ("Swollen knees, tremors, and night sweats are other frequent complaints.",
         "What is Brindle syndrome?"),
        ("Night sweats are another common feature of Brindle syndrome.", "Symptoms"),
        ("Night sweats and hearing loss are typical signs.",
         "Signs and Symptoms of Brindle syndrome"),
    ],
)
def test_a_sign_called_common_under_the_topics_heading(
    tmp_path: Path, sentence: str, heading: str
) -> None:
    found = _found(tmp_path, sentence, heading)
    assert ("brindle syndrome", "night sweats") in found, found


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        # who has it, not whose sign it is
        ("Night sweats are common in older people.", "What are the symptoms of Brindle syndrome?"),
        # rare, or denied
        ("Night sweats are rare.", "What are the symptoms of Brindle syndrome?"),
        ("Night sweats are not common.", "What are the symptoms of Brindle syndrome?"),
        # a feature of another condition
        ("Night sweats are a common feature of tuberculosis.", "Symptoms"),
        # a bare "common" under a heading that is no symptoms heading
        ("Night sweats are also common.", "What are the treatments for Brindle syndrome?"),
    ],
)
def test_common_near_misses_give_nothing(tmp_path: Path, sentence: str, heading: str) -> None:
    found = _found(tmp_path, sentence, heading)
    assert ("brindle syndrome", "night sweats") not in found, found


def test_a_subject_that_is_no_sign_gives_nothing(tmp_path: Path) -> None:
    found = _found(tmp_path, "Surgery and physical therapy are common.",
                   "What are the symptoms of Brindle syndrome?")
    assert not found, found
