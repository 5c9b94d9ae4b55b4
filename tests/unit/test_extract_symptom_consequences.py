"""A symptom list whose member says what the symptom may turn into ("blurred sight that may
lead to blindness") is still a list of symptoms: the member is the symptom before the clause.
Before, the clause made the member unreadable and the whole list was dropped. A relative clause
of another kind ("a cough that may be dry") keeps the list's other members only as before.

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
