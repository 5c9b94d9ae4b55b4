"""How common the page's condition is as one in N (a rate named as such, or the condition in a
group), and a fraction of a group followed straight by its verb, each in several wordings,
with figures that give nothing (another condition's, a hedged one, a study's sample)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation as R

GOUT = "# Gout\n\nGout is a form of arthritis. Gout causes sudden pain in a joint.\n\n"
CF = (
    "# Cystic fibrosis\n\nCystic fibrosis (often called CF) is an inherited disease. Cystic "
    "fibrosis affects the lungs.\n\n"
)


def _figures(tmp_path: Path, head: str, text: str) -> set[tuple[str, str]]:
    return of_markdown(tmp_path, head + text + "\n", R.NUMERIC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The prevalence of gout is about 1 in 40 worldwide.",
         ("prevalence of gout worldwide", "about 1 in 40")),
        ("The incidence of gout is estimated at 1 in 250 people.",
         ("incidence of gout", "1 in 250")),
        ("In Europe, gout occurs in 1 in 30 to 50 adults.", ("adults with gout", "1 in 30 to 50")),
        ("Gout is seen in approximately 1 in 100 men in the United States.",
         ("men with gout in the United States", "approximately 1 in 100")),
    ],
)
def test_one_in_n_of_the_page_condition(
    tmp_path: Path, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _figures(tmp_path, GOUT, text)


def test_the_page_short_name_defined_in_brackets(tmp_path: Path) -> None:
    assert ("newborns with CF", "1 in 3,500") in _figures(
        tmp_path, CF, "In the United States, CF occurs in 1 in 3,500 newborns."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The incidence of kidney stones is about 1 in 11 in the United States.",  # another's
        "Gout may occur in as many as 1 in 20 adults.",  # hedged
        "In the trial, gout occurred in 1 in 8 patients given the drug.",  # a study's sample
        "The incidence of gout is not 1 in 10.",  # negated
    ],
)
def test_no_one_in_n_figure(tmp_path: Path, text: str) -> None:
    assert not {v for _, v in _figures(tmp_path, GOUT, text) if "1 in" in v}


def test_a_fraction_of_a_group_followed_by_its_verb(tmp_path: Path) -> None:
    text = "By age 70, more than half of all adults either have gout or have had a gout attack."
    assert _figures(tmp_path, GOUT, text) == {
        ("adults who either have gout or have had a gout attack", "above half")
    }
