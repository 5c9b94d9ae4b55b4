"""Risk factors a patient page states in words the readers used to miss:

* a group said to "have the highest risk of getting X", an age span its whole name ("children
  between the ages of 6 months and 3 years");
* causes of "acute and chronic X": two forms of the topic together are the topic;
* a people named by a proper name keeps its capitals ("American Indians").

Near misses: a group with the highest risk of another condition, a hedged risk.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


def _page(topic: str, sentence: str) -> str:
    return f"# {topic}\n\n## What is {topic} ?\n\n{topic} is a common illness. {sentence}\n"


def test_an_age_group_with_the_highest_risk(tmp_path: Path) -> None:
    text = _page(
        "Croup",
        "Children between the ages of 6 months and 3 years have the highest risk of getting "
        "croup.",
    )
    assert ("croup", "children between the ages of 6 months and 3 years") in of_markdown(
        tmp_path, text, RISK
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Children between the ages of 6 months and 3 years have the highest risk of getting "
        "asthma.",
        "Children between the ages of 6 months and 3 years may have a higher risk of getting "
        "croup.",
    ],
)
def test_no_group_for_another_condition_or_a_hedge(tmp_path: Path, sentence: str) -> None:
    found = of_markdown(tmp_path, _page("Croup", sentence), RISK)
    assert not any("6 months" in o for _, o in found), found


def test_causes_of_two_forms_of_the_topic_are_its_causes(tmp_path: Path) -> None:
    text = _page("Sinusitis", "Allergies and nasal problems can also cause acute and chronic "
                              "sinusitis.")
    assert {("sinusitis", "hypersensitivity"), ("sinusitis", "nasal problems")} <= of_markdown(
        tmp_path, text, RISK
    )


def test_a_people_named_by_a_proper_name_keeps_its_capitals(tmp_path: Path) -> None:
    text = _page(
        "Gallstones",
        "Women, people over age 40, and American Indians have a higher risk of developing "
        "gallstones.",
    )
    found = of_markdown(tmp_path, text, RISK)
    assert ("gallstones", "American Indians") in found, found


def test_people_in_a_state_are_more_likely_to_get_the_topic(tmp_path: Path) -> None:
    text = _page("Gout", "People who are obese are more likely to get gout.")
    assert ("gout", "obesity") in of_markdown(tmp_path, text, RISK)
    chained = _page("Gout", "People who are at risk for diabetes are also at risk for gout.")
    assert not any("risk" in o for _, o in of_markdown(tmp_path, chained, RISK))


def test_who_a_title_is_about_is_no_part_of_the_condition(tmp_path: Path) -> None:
    text = (
        "# Perineal Injury in Males\n\n## What causes perineal injury?\n\nPerineal injury is an "
        "injury to the perineum.\n\nCommon causes of acute perineal injury in males include\n\n"
        "- perineal surgery\n- straddle injuries\n"
    )
    found = of_markdown(tmp_path, text, RISK)
    assert ("acute perineal injury", "straddle injuries") in found, found
    assert not any(s.endswith("in males") for s, _ in found), found
