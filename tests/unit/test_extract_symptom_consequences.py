"""A symptom list whose member says what the symptom may turn into ("blurred sight that may
lead to blindness") is still a list of symptoms: the member is the symptom before the clause.
Before, the clause made the member unreadable and the whole list was dropped. The page's topic
defined by what characterizes it ("X is a rare disorder characterized by A and B") names its
symptoms, even when the lexicon lacks X; adjectives stacked before a noun are no members.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

SYMPTOM = Relation.SYMPTOM_CAUSE


@pytest.mark.parametrize(
    ("sentence", "member"),
    [
        ("Signs of glaucoma include eye pain, blurred sight that may lead to blindness, and "
         "halos around lights.", "blurred sight"),
        ("Symptoms of scurvy include tiredness, sore gums which can eventually lead to tooth "
         "loss, and easy bruising.", "sore gums"),
        ("Symptoms of botulism include double vision, weakness that can progress to paralysis, "
         "and slurred speech.", "weakness"),
    ],
)
def test_a_member_that_may_lead_on_keeps_its_list(tmp_path: Path, sentence: str,
                                                   member: str) -> None:
    found = of_markdown(tmp_path, f"# Notes\n\n{sentence}\n", SYMPTOM)
    objects = {o for _, o in found}
    assert member in objects, found
    assert len(objects) == 3, found
    assert not any("lead" in o or "progress" in o for o in objects), found


def test_what_the_symptom_may_lead_to_is_not_made_a_symptom(tmp_path: Path) -> None:
    text = ("# Notes\n\nSigns of glaucoma include eye pain and blurred sight that may lead to "
            "blindness.\n")
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert ("glaucoma", "blindness") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Morvan fever is a rare nerve disorder characterized by muscle cramps and night sweats.",
        "Morvan fever is an inherited condition that is characterized by muscle cramps and "
        "night sweats.",
        "Morvan fever (MF) is a disease characterized by muscle cramps and night sweats.",
    ],
)
def test_the_page_topic_defined_by_what_characterizes_it(tmp_path: Path, sentence: str) -> None:
    text = f"# Morvan Fever\n\n{sentence} Morvan fever is treated by a neurologist.\n"
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert {o for _, o in found} == {"muscle cramps", "night sweats"}, found


def test_another_subject_characterized_by_gives_nothing(tmp_path: Path) -> None:
    text = ("# Morvan Fever\n\nMorvan fever is treated by a neurologist. The second stage is a "
            "phase characterized by muscle cramps and night sweats.\n")
    assert not of_markdown(tmp_path, text, SYMPTOM)


def test_adjectives_stacked_before_a_noun_are_no_members(tmp_path: Path) -> None:
    text = ("# Morvan Fever\n\nMorvan fever is a disorder characterized by repetitive, "
            "stereotyped, involuntary movements and muscle cramps. Morvan fever is rare.\n")
    objects = {o for _, o in of_markdown(tmp_path, text, SYMPTOM)}
    assert "repetitive" not in objects and "stereotyped" not in objects, objects
    assert "involuntary movements" in objects, objects


@pytest.mark.parametrize("word", ["not", "never"])
def test_a_denied_list_of_symptoms_gives_nothing(tmp_path: Path, word: str) -> None:
    text = (f"# Notes\n\nGout is common. The symptoms of gout are {word} fever, rash, or "
            "cough. Gout affects the joints.\n")
    assert not of_markdown(tmp_path, text, SYMPTOM)


def test_a_plain_list_of_symptoms_after_are_is_read(tmp_path: Path) -> None:
    text = ("# Notes\n\nGout is common. The symptoms of gout are joint pain, swelling, and "
            "redness. Gout affects the joints.\n")
    assert {o for _, o in of_markdown(tmp_path, text, SYMPTOM)} >= {"joint pain", "redness"}
