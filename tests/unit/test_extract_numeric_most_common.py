"""Which one of a kind is the most common, a key figure told as a rank: "Migraine is the most
common type of primary headache", "The most common symptom of X is A" (the page's condition
standing for X when none is named).

Near misses give nothing: "one of the most common", a hedge, a pronoun for the value, and the
page's own condition named as the most common kind of itself.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

NUMERIC = Relation.NUMERIC


def _page(sentence: str) -> str:
    return f"# Gout\n\nGout is a form of arthritis that causes joint pain. {sentence}\n"


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Migraine is the most common type of primary headache.",
         ("most common type of primary headache", "migraine")),
        ("The most common symptom of gout is sudden pain in the big toe.",
         ("most common symptom of gout", "sudden pain in the big toe")),
        ("The most common cause is a diet rich in purines.",
         ("most common cause of gout", "diet rich in purines")),
        ("Tophaceous gout is the most common form of the disease in older men.",
         ("most common form of gout in older men", "tophaceous gout")),
    ],
)
def test_the_most_common_one_of_a_kind(tmp_path: Path, sentence: str,
                                       fact: tuple[str, str]) -> None:
    assert fact in of_markdown(tmp_path, _page(sentence), NUMERIC)


@pytest.mark.parametrize(
    "sentence",
    [
        "Migraine is one of the most common types of primary headache.",
        "Migraine may be the most common type of primary headache.",
        "This is the most common type of primary headache.",
        "The most common type is gout.",
    ],
)
def test_near_misses_give_no_rank(tmp_path: Path, sentence: str) -> None:
    found = of_markdown(tmp_path, _page(sentence), NUMERIC)
    assert not any(m.startswith("most common") for m, _ in found), found
