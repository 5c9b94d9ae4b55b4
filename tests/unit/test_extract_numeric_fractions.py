"""Shares told as fractions of a named group ("1 in 5 people with X develop A", "one out of
every three patients who have X get A"), with sentences that give no figure: the page's own
condition counted (read elsewhere), a trial's sample, a hedge, a negation, a bare group."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation as R

GOUT = "# Gout\n\nGout is a form of arthritis. Gout causes sudden pain in a joint.\n\n"


def test_a_fraction_of_the_pages_patients_that_has_a_condition(tmp_path: Path) -> None:
    cases = {
        "About 1 in 4 people with gout develop kidney stones.\n": (
            "people with gout who develop kidney stones", "about 1 in 4"),
        "Roughly one out of every six adults who have had gout get kidney failure.\n": (
            "adults with gout who get kidney failure", "roughly one out of every six"),
        "Nearly 2 out of 3 patients with gout have tophi.\n": (
            "patients with gout who have tophi", "nearly 2 out of 3"),
    }  # fmt: skip
    for text, fact in cases.items():
        assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == {fact}, text


def test_fractions_that_give_no_share(tmp_path: Path) -> None:
    for text in (
        "In the study, 1 in 3 patients with gout developed a rash.\n",  # a study's sample
        "1 in 4 people with gout may develop kidney stones.\n",  # a hedge
        "About 1 in 5 people with gout do not develop kidney stones.\n",  # a negation
        "About 1 in 10 patients develop gallstones.\n",  # whose patients is not said
        "Take 1 in 2 doses with food.\n",  # no group of people
    ):
        assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == set(), text
