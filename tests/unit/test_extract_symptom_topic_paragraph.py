"""Signs named with no owner of their own, in a paragraph about the page's condition."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_page

from trainer.domain import Relation as R

INTRO = "# Fenwick syndrome\n\n## What is Fenwick syndrome?\n\n"
OPENING = "Fenwick syndrome is a rare disorder of the connective tissue. "


def test_other_features_after_the_paragraph_names_the_condition_are_its_signs(
    tmp_path: Path,
) -> None:
    text = (OPENING + "Most people with it are tall. Other common features include a long and "
            "narrow face, crowded teeth, and either a sunken chest or a protruding chest.")
    cards = of_page(tmp_path, text, R.SYMPTOM_CAUSE, intro=INTRO)
    assert ("fenwick syndrome", "crowded teeth") in cards
    assert ("fenwick syndrome", "long and narrow face") in cards
    # "either" opens the choice; it is no part of the sign
    assert ("fenwick syndrome", "sunken chest") in cards
    assert not any(obj.startswith("either") for _, obj in cards)


def test_bare_symptoms_include_in_a_paragraph_about_the_condition(tmp_path: Path) -> None:
    text = OPENING + "Symptoms may include joint pain, easy bruising, and fatigue."
    cards = of_page(tmp_path, text, R.SYMPTOM_CAUSE, intro=INTRO)
    assert {("fenwick syndrome", "joint pain"), ("fenwick syndrome", "easy bruising")} <= cards


@pytest.mark.parametrize(
    "text",
    [
        # the paragraph turns to another condition first: the features may be that one's
        OPENING + "It raises the risk of pneumonia. Other common features include crowded "
        "teeth, a long face, and joint pain.",
        # the sentence opens its paragraph: nothing before it names whose features they are
        "Other common features include crowded teeth, a long face, and joint pain.",
        # a predicate, not a list
        OPENING + "Signs and symptoms vary widely in severity.",
        # denied
        OPENING + "Symptoms do not include joint pain, easy bruising, or fatigue.",
    ],
)
def test_no_owner_no_list_or_a_denial_gives_no_card(tmp_path: Path, text: str) -> None:
    cards = of_page(tmp_path, text, R.SYMPTOM_CAUSE, intro=INTRO)
    assert not any(obj in ("joint pain", "crowded teeth", "easy bruising") for _, obj in cards)
