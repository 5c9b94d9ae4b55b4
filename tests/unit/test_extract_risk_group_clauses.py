"""The groups named after a condition ("People most at risk for X are those who have A and
those with B", "X is most common among people who ride bikes") are its factors, each group by
what defines it; a group at risk of another condition, a doubted or negated statement give no
card.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import extract

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


def _cards(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    p = tmp_path / "page.md"
    p.write_text(f"# Pyelonephritis\n\nPyelonephritis is a kidney infection.\n\n{text}\n",
                 encoding="utf-8")
    return {(f.subject.lower(), f.object.lower()) for f in extract(p) if f.relation is RISK}


def test_the_groups_most_at_risk_are_named_by_what_they_have(tmp_path: Path) -> None:
    found = _cards(tmp_path, "People most at risk for pyelonephritis are those who have a "
                   "bladder infection and those with a structural, or anatomic, problem in the "
                   "urinary tract.")
    assert found == {("pyelonephritis", "bladder infection"),
                     ("pyelonephritis", "structural problem in the urinary tract")}, found


def test_the_group_at_highest_risk_or_most_often_affected(tmp_path: Path) -> None:
    for text, want in (
        ("Those at highest risk of pyelonephritis are people with kidney stones.",
         "kidney stones"),
        ("Pyelonephritis is most common among people who use a urinary catheter.",
         "urinary catheter"),
        ("The people most likely to get pyelonephritis are women who are pregnant.",
         "pregnant"),
    ):
        assert ("pyelonephritis", want) in _cards(tmp_path, text), text


def test_another_condition_a_doubt_or_a_denial_gives_no_card(tmp_path: Path) -> None:
    for text in (
        "People most at risk for sepsis are those who have a bladder infection.",
        "People most at risk for pyelonephritis may be those who have a bladder infection.",
        "People most at risk for pyelonephritis are not those who have a bladder infection.",
    ):
        assert not _cards(tmp_path, text), text


def test_the_people_a_condition_most_often_occurs_in_by_what_they_are(tmp_path: Path) -> None:
    found = _cards(tmp_path, "Pyelonephritis most often occurs in people who are middle aged "
                   "and overweight or obese.")
    assert found == {("pyelonephritis", "middle aged"), ("pyelonephritis", "overweight"),
                     ("pyelonephritis", "obesity")}, found
