"""A sentence whose subject is the risk itself ("The risk of X is higher in people with A",
"There is an increased risk of X in people who have A") gives the factor of the group it is
said of; a negated or doubted sentence, a combination the sentence does not split, the risk
of something no name stands for, and the page's condition as another's factor give none.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_page

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


def _cards(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return of_page(tmp_path, text, RISK)


def test_the_group_a_raised_risk_is_said_of_gives_its_factor(tmp_path: Path) -> None:
    for text, pair in (
        ("The risk of developing gout is increased for people who have kidney disease, a "
         "condition of the kidneys.", ("gout", "kidney disease")),
        ("The chance of getting gout is much higher among men with obesity.",
         ("gout", "obesity")),
        ("There is also an increased risk of gout in people who drink beer.",
         ("gout", "drinking beer")),
        ("The risk of kidney stones is higher in patients with diabetes.",
         ("kidney stones", "diabetes")),
    ):
        found = _cards(tmp_path, text)
        assert pair in found, (text, found)


def test_a_denied_doubted_or_unsplit_risk_gives_nothing(tmp_path: Path) -> None:
    for text in (
        "The risk of gout is not higher in people with diabetes.",
        "The risk of gout may be higher in people with diabetes.",
        "It is unclear whether the risk of gout is higher in people with diabetes.",
        "The risk of gout is higher in people with diabetes who drink beer.",
        "The risk of flares is higher in people with diabetes.",
        "The risk of kidney stones is higher in people with gout.",
    ):
        found = _cards(tmp_path, text)
        assert not any(o in {"diabetes", "gout"} for _, o in found), (text, found)
