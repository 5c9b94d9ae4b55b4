"""Figures the sentence sets in the past (a former belief, an era before a treatment) give no
card; a figure of today in another clause of the same sentence is read. Bounds said in words
("as many as", "or more") stay in the value."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation

NUMERIC = Relation.NUMERIC
PAGE = "# Lassa fever\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "The illness was originally thought to have a mortality rate of 60 percent, but "
        "better care has changed that.",
        "In the past, the cure rate was only 20 percent.",
        "Before the introduction of modern antibiotics, the case fatality rate was 40 percent.",
        "Prior to effective vaccines, as many as 30 percent of children with measles developed "
        "pneumonia.",
        "The survival rate was once believed to be about 10 percent.",
    ],
)
def test_a_figure_of_the_past_gives_no_card(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, NUMERIC, heading=PAGE) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the present clause of a sentence that turns from the past
        ("In the past, the cure rate was 20 percent; today the cure rate is above 80 percent.",
         {("cure rate", "above 80%")}),
        # near-misses: words that look like the past but set no era
        ("The mortality rate is 15 percent in people who were previously healthy.",
         {("mortality rate", "15%")}),
        ("The mortality rate is about 15 percent.", {("mortality rate", "about 15%")}),
    ],
)
def test_a_figure_of_today_is_kept(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, NUMERIC, heading=PAGE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mortality rate is 50 percent or more without treatment.",
         ("mortality rate", "at least 50%")),
        ("The relapse rate is 10 percent or less.", ("relapse rate", "up to 10%")),
        ("As many as 40 percent of people with lupus develop kidney disease.",
         ("people with lupus who develop kidney disease", "up to 40%")),
    ],
)
def test_bounds_said_in_words_stay_in_the_value(
    tmp_path: Path, text: str, expected: tuple[str, str]
) -> None:
    assert expected in of_text(tmp_path, text, NUMERIC, heading=PAGE)


SICKLE = "# Sickle cell disease\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 10 percent of people who have diabetes develop kidney disease.",
         {("people with diabetes who develop kidney disease", "about 10%")}),
        ("About 12 percent of people who have sickle cell disease develop stroke.",
         {("people with sickle cell disease who develop stroke", "about 12%")}),
    ],
)
def test_a_group_told_by_a_relative_clause_keeps_it(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, NUMERIC, heading=SICKLE) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what the group develops is no condition's name
        "About 6 percent of people who have stroke develop the condition.",
        # a figure of another group inside the group
        "About 30 percent of children and up to 70 percent of infants with a fever have "
        "pneumonia.",
        # a group with no main verb after it: a comparison, not a share that has something
        "These people have more strokes than the 15 percent of people who have diabetes "
        "without kidney disease.",
    ],
)
def test_a_share_whose_group_or_verb_is_misread_gives_nothing(
    tmp_path: Path, text: str
) -> None:
    assert of_text(tmp_path, text, NUMERIC, heading=SICKLE) == set()


def _qualified(tmp_path: Path, text: str) -> set[tuple[str, str, str | None]]:
    from extract_helpers import extract, write_doc

    facts = extract(write_doc(tmp_path, text, heading=PAGE))
    return {(f.subject, f.object, f.qualifier) for f in facts if f.relation is NUMERIC}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Without treatment, the mortality rate is about 30 percent.",
         ("mortality rate", "about 30%", "without treatment")),
        ("In untreated adults, the case fatality rate is 25 percent.",
         ("case fatality rate", "25%", "adults, without treatment")),
        ("Untreated, the disease has a mortality rate of 40 percent.",
         ("mortality rate", "40%", "without treatment")),
        # near-miss: treatment named, no denial of it
        ("With prompt treatment, the mortality rate is below 5 percent.",
         ("mortality rate", "below 5%", None)),
    ],
)
def test_a_figure_of_the_untreated_disease_says_so(
    tmp_path: Path, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _qualified(tmp_path, text)


@pytest.mark.parametrize(
    "text",
    [
        "In a study of 300 patients, 45 percent went into remission.",
        "In one small trial, the response rate was 60 percent.",
    ],
)
def test_one_studys_figure_gives_no_card(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, NUMERIC, heading=PAGE) == set()


def test_an_aside_between_dashes_is_no_part_of_the_group(tmp_path: Path) -> None:
    text = ("About 40 percent of people who have diabetes—the most common gland disorder—also "
            "develop kidney disease.")
    assert of_text(tmp_path, text, NUMERIC, heading=SICKLE) == {
        ("people with diabetes who develop kidney disease", "about 40%")
    }
