"""A sentence that names the page's condition only by "It" ("Croup is an inflammation of the
windpipe. It causes a barking cough.") is read as naming the condition; the evidence an
instructor reviews keeps the sentence as written.

Near misses give the topic nothing: "It" after a sentence about one form of the condition, after
a sentence about another condition, in a sentence whose "It" stands for no condition, and on a
page about two conditions.

Every text is written for the test; the condition names are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation
from trainer.generator import extract_documents

SYMPTOM = Relation.SYMPTOM_CAUSE
RISK = Relation.RISK_FACTOR

_PAGE = "# Brindle syndrome\n\n## What is Brindle syndrome?\n\n{p}\n"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Brindle syndrome is an inflammation of the joints. It causes fever, fatigue, and a rash.",
        "Brindle syndrome is an inflammation of the joints. It can cause fever, fatigue and rash.",
        # a chain: each "It" stands for what the one before stood for
        "Brindle syndrome is an inflammation of the joints. It often starts in winter. It may "
        "cause fever, fatigue, and a rash.",
        "No one knows what causes Brindle syndrome. It causes fever, fatigue, and a rash.",
    ],
)
def test_it_after_a_sentence_about_the_topic_names_the_topic(tmp_path: Path,
                                                             paragraph: str) -> None:
    found = of_markdown(tmp_path, _PAGE.format(p=paragraph), SYMPTOM)
    assert ("brindle syndrome", "fever") in found, found
    assert ("brindle syndrome", "fatigue") in found, found


def test_it_gives_the_topic_its_risk_factors(tmp_path: Path) -> None:
    text = _PAGE.format(
        p="Brindle syndrome is a disease of the joints. It is more common in women and older "
        "adults."
    )
    found = of_markdown(tmp_path, text, RISK)
    assert ("brindle syndrome", "female sex") in found, found
    assert ("brindle syndrome", "older age") in found, found


@pytest.mark.parametrize(
    "paragraph",
    [
        # "It" is the form the sentence before speaks of, not the condition as a whole
        "Young children may have a distinct form of Brindle syndrome. It causes fever, fatigue, "
        "and a rash.",
        # the sentence before is about another condition
        "Brindle syndrome often comes with gout. Gout is a disease of the joints. It causes "
        "fever, fatigue, and a rash.",
        # a sentence that only mentions the topic among others
        "Brindle syndrome and gout are both painful. It causes fever, fatigue, and a rash.",
    ],
)
def test_it_that_may_stand_for_something_else_gives_the_topic_nothing(tmp_path: Path,
                                                                     paragraph: str) -> None:
    found = of_markdown(tmp_path, _PAGE.format(p=paragraph), SYMPTOM)
    assert ("brindle syndrome", "fever") not in found, found


def test_a_page_about_two_conditions_resolves_no_pronoun(tmp_path: Path) -> None:
    text = (
        "# Brindle syndrome and Marrow fever\n\nBrindle syndrome is a disease of the joints. It "
        "causes fever, fatigue, and a rash.\n\nMarrow fever is rarer.\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert ("brindle syndrome", "fever") not in found, found


def test_the_evidence_keeps_the_sentence_as_written(tmp_path: Path) -> None:
    p = tmp_path / "page.md"
    p.write_text(_PAGE.format(
        p="Brindle syndrome is an inflammation of the joints. It causes fever, fatigue, and a rash."
    ), encoding="utf-8")
    facts = [f for f in extract_documents([p]) if f.relation is SYMPTOM and f.object == "fever"]
    assert facts, "no fever fact"
    assert facts[0].evidence.startswith("It causes fever"), facts[0].evidence
    assert facts[0].lines == (5, 5)


def test_they_stands_for_a_topic_the_sentence_before_makes_plural(tmp_path: Path) -> None:
    text = (
        "# Brindle spots\n\n## What are Brindle spots?\n\nBrindle spots are swollen patches "
        "of skin. They can cause fever, fatigue, and a rash.\n"
    )
    found = {(s.lower(), o) for s, o in of_markdown(tmp_path, text, SYMPTOM)}
    assert ("brindle spots", "fever") in found, found


def test_they_after_a_singular_topic_is_no_topic(tmp_path: Path) -> None:
    text = _PAGE.format(
        p="Brindle syndrome is an inflammation of the joints. They can cause fever, fatigue, "
        "and a rash."
    )
    assert ("brindle syndrome", "fever") not in of_markdown(tmp_path, text, SYMPTOM)


def test_it_as_what_a_list_causes_is_the_topic(tmp_path: Path) -> None:
    text = _PAGE.format(
        p="Brindle syndrome is a disorder caused by damage to the brain. It can make it hard "
        "for you to read. It is most common in adults who have had a stroke. Brain tumors, "
        "infections, and dementia can also cause it."
    )
    found = {(s.lower(), o.lower()) for s, o in of_markdown(tmp_path, text, RISK)}
    assert {("brindle syndrome", "brain tumors"), ("brindle syndrome", "dementia"),
            ("brindle syndrome", "previous stroke")} <= found, found


def test_it_as_what_a_list_causes_after_another_subject_is_not_the_topic(tmp_path: Path) -> None:
    text = _PAGE.format(
        p="Brindle syndrome is a disorder of the brain. A stroke is a blockage of blood flow. "
        "High blood pressure and smoking can cause it."
    )
    found = {(s.lower(), o.lower()) for s, o in of_markdown(tmp_path, text, RISK)}
    assert ("brindle syndrome", "smoking") not in found, found
