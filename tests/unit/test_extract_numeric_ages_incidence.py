"""The typical age of the page's condition told as one figure ("the average age of onset is
60 years") and its yearly count of new cases ("1,200 to 1,300 new cases annually"), with
sentences that give no figure: another condition, a study's patients, a hedge, the past."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation as R

ASTHMA = "# Asthma\n\nAsthma is a disease of the airways. Asthma causes wheezing.\n\n"


def test_the_typical_age_told_as_one_figure(tmp_path: Path) -> None:
    cases = {
        "The average age of onset is 60 years.\n": ("average age of onset", "60 years"),
        "The median age at diagnosis of asthma is about 12.\n": (
            "median age at diagnosis", "about 12 years"),
        "The average age when diagnosed is 45 years old.\n": (
            "average age at diagnosis", "45 years"),
    }  # fmt: skip
    for text, fact in cases.items():
        assert of_markdown(tmp_path, ASTHMA + text, R.NUMERIC) == {fact}, text


def test_an_age_of_a_study_another_condition_or_the_past_gives_nothing(tmp_path: Path) -> None:
    for text in (
        "The median age at diagnosis in the trial is 49 years.\n",
        "The median age at diagnosis of eczema is 5 years.\n",
        "The average age of onset was 60 years.\n",
    ):
        assert of_markdown(tmp_path, ASTHMA + text, R.NUMERIC) == set(), text


def test_the_yearly_count_of_new_cases(tmp_path: Path) -> None:
    cases = {
        "It is rare, with only 1,200 to 1,300 new cases annually in the United States.\n": (
            "new cases per year in the United States", "1,200-1,300"),
        "About 25,000 new cases of asthma are diagnosed each year.\n": (
            "new cases per year", "about 25,000"),
        "There are more than 2 million new cases a year.\n": (
            "new cases per year", "above 2 million"),
    }  # fmt: skip
    for text, fact in cases.items():
        assert of_markdown(tmp_path, ASTHMA + text, R.NUMERIC) == {fact}, text


def test_new_cases_of_another_condition_hedged_or_past_give_nothing(tmp_path: Path) -> None:
    for text in (
        "About 40,000 new cases of eczema are diagnosed each year.\n",
        "About 40,000 new cases may occur each year.\n",
        "In 1990, there were 5,000 new cases each year.\n",
    ):
        assert of_markdown(tmp_path, ASTHMA + text, R.NUMERIC) == set(), text


def test_the_yearly_count_with_the_year_said_first(tmp_path: Path) -> None:
    cases = {
        "Each year, about 3,500 new cases of asthma are diagnosed.\n": (
            "new cases per year", "about 3,500"),
        "Every year in the United States, roughly 12,000 new cases are found.\n": (
            "new cases per year in the United States", "about 12,000"),
        "Each year there are more than 30,000 new cases of asthma in the UK.\n": (
            "new cases per year in the UK", "above 30,000"),
    }  # fmt: skip
    for text, fact in cases.items():
        assert of_markdown(tmp_path, ASTHMA + text, R.NUMERIC) == {fact}, text
    for text in (
        "Each year, about 7,000 new cases of eczema are diagnosed.\n",  # another condition
        "Each year, 1,500 new cases may be diagnosed.\n",  # a hedge
        "Each year, about 400 new cases were reported in the trial.\n",  # a study, the past
        "Each year, patients get 2 doses of the vaccine.\n",  # a schedule, no count of cases
    ):
        assert of_markdown(tmp_path, ASTHMA + text, R.NUMERIC) == set(), text


def test_an_age_range_the_condition_is_most_often_diagnosed_in(tmp_path: Path) -> None:
    for text in (
        "Asthma is most often diagnosed between ages 5 and 15.\n",
        "Asthma is usually first diagnosed between the ages of 5 and 15.\n",
    ):
        assert of_markdown(tmp_path, ASTHMA + text, R.NUMERIC) == {
            ("age at onset", "5-15 years")
        }, text
    for text in (
        "Eczema is most often diagnosed between ages 1 and 5.\n",
        "Asthma is rarely diagnosed between ages 60 and 70.\n",
    ):
        assert of_markdown(tmp_path, ASTHMA + text, R.NUMERIC) == set(), text


def test_the_condition_affects_one_in_n_of_a_group(tmp_path: Path) -> None:
    cases = {
        "Asthma affects 1 in 12 adults.\n": ("adults with asthma", "1 in 12"),
        "Asthma affects about one in every 12 children in the United States.\n": (
            "children with asthma in the United States", "about 1 in 12"),
        "Asthma affects 8 of every 100 people.\n": ("people with asthma", "8 in 100"),
    }  # fmt: skip
    for text, fact in cases.items():
        assert of_markdown(tmp_path, ASTHMA + text, R.NUMERIC) == {fact}, text
    for text in (
        "Eczema affects 1 in 10 children.\n",
        "Asthma may affect 1 in 10 children.\n",
        "In the trial, asthma affects 1 in 10 children.\n",
    ):
        assert of_markdown(tmp_path, ASTHMA + text, R.NUMERIC) == set(), text
