"""A sign joined to another by "and" is two signs (the development set's convention): each
part of "nausea and vomiting", "bone and joint pain", "dry eyes and mouth" and "reduced facial
and body hair" is a card of its own. One sign as worded stays whole: two describing words of
one sign ("sudden and severe headache"), a doing ("trouble with mobility and posture").

Every text is written for the test; the condition's name is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation
from trainer.generator.extract.symptom_and_parts import and_apart
from trainer.generator.lexicon_load import load_lexicon


@pytest.mark.parametrize(
    ("sign", "parts"),
    [
        ("nausea and vomiting", ["nausea", "vomiting"]),
        ("bone and joint pain", ["bone pain", "joint pain"]),
        ("dry eyes and mouth", ["dry eyes", "dry mouth"]),
        ("reduced facial and body hair", ["reduced facial hair", "reduced body hair"]),
        ("sudden and severe headache", ["sudden and severe headache"]),
        ("headache followed by vomiting", ["headache", "vomiting"]),
        ("surgery followed by radiation", ["surgery followed by radiation"]),
        ("problems with mobility and posture", ["problems with mobility and posture"]),
        ("loss of balance or trouble walking", ["loss of balance or trouble walking"]),
    ],
)
def test_a_sign_joined_by_and_is_its_parts(sign: str, parts: list[str]) -> None:
    assert and_apart(load_lexicon(), sign) == parts


def test_each_part_is_a_card(tmp_path: Path) -> None:
    text = (
        "# Varnoma\n\nVarnoma is a tumor. Signs of varnoma include nausea and vomiting, "
        "and bone and joint pain.\n"
    )
    assert of_markdown(tmp_path, text, Relation.SYMPTOM_CAUSE) == {
        ("varnoma", "nausea"), ("varnoma", "vomiting"),
        ("varnoma", "bone pain"), ("varnoma", "joint pain"),
    }
