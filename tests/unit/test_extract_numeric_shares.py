"""Shares a percentage counts, read from the words after "N percent of" (a group of people who
have a condition), figures of a study's comparator group, the ages at which the page's
condition begins, and a rate named with a gloss, each with sentences that give no figure."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation as R

GOUT = "# Gout\n\nGout is a form of arthritis. Gout causes sudden pain in a joint.\n\n"


def test_a_share_of_a_group_that_will_have_a_condition(tmp_path: Path) -> None:
    text = "Up to 35 percent of adults with gout will have kidney failure within 10 years.\n"
    # "will" says when, not what: the group and the condition make the measure
    assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == {
        ("adults with gout who have kidney failure within 10 years", "up to 35%")
    }


def test_a_share_that_experiences_a_condition(tmp_path: Path) -> None:
    text = "Between 5 and 10 percent of people with gout experience kidney failure.\n"
    assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == {
        ("people with gout who experience kidney failure", "5-10%")
    }


def test_a_hedged_or_negated_share_gives_nothing(tmp_path: Path) -> None:
    hedged = "About 15 percent of children with gout may develop kidney failure.\n"
    negated = "About 15 percent of children with gout never develop kidney failure.\n"
    assert of_markdown(tmp_path, GOUT + hedged, R.NUMERIC) == set()
    assert of_markdown(tmp_path, GOUT + negated, R.NUMERIC) == set()


def test_the_comparator_groups_figures_give_nothing(tmp_path: Path) -> None:
    text = (
        "# Melanoma\n\nPatients in the new drug group had a response rate of 60 percent and a "
        "6-month survival rate of 88 percent, whereas patients in the placebo group had a 20 "
        "percent response rate and a 6-month survival rate of 70 percent.\n"
    )
    # the figures after "whereas" are the placebo group's, not the measure's first group
    assert of_markdown(tmp_path, text, R.NUMERIC) == {
        ("response rate", "60%"),
        ("6-month survival rate", "88%"),
    }


# -- the ages at which the page's condition begins ---------------------------------------------


def test_the_ages_at_which_the_page_condition_begins(tmp_path: Path) -> None:
    text = "Gout can start at any age, but it most often begins between ages 35 and 55.\n"
    assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == {("age at onset", "35-55 years")}


def test_a_continued_sentence_keeps_its_subject(tmp_path: Path) -> None:
    text = "It can appear in children, but usually starts between the ages of 30 and 50.\n"
    assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == {("age at onset", "30-50 years")}


def test_first_symptoms_of_the_page_condition(tmp_path: Path) -> None:
    text = "Most people notice their first symptoms of gout between the ages of 40 and 60.\n"
    assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == {
        ("age at first symptoms", "40-60 years")
    }


def test_another_condition_a_subtype_or_a_hedge_gives_no_onset(tmp_path: Path) -> None:
    other = "Psoriasis usually begins between ages 15 and 35.\n"
    subtype = "Early gout, which occurs between the ages of 20 and 30, is rare.\n"
    hedged = "Gout may begin between ages 20 and 30 in some families.\n"
    dose = "Gout flares usually start between 2 and 3 days after a heavy meal.\n"
    for text in (other, subtype, hedged, dose):
        assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == set(), text


# -- a rate named with a gloss in brackets -----------------------------------------------------


def test_a_case_fatality_rate_with_its_gloss(tmp_path: Path) -> None:
    text = (
        "# Tick fever\n\nThe estimated case fatality rate (i.e. the share of infected people "
        "who die of it) is about 3%.\n"
    )
    # "i.e. " inside the brackets ends no clause: the rate is still the figure's measure
    assert of_markdown(tmp_path, text, R.NUMERIC) == {("case fatality rate", "about 3%")}


def test_the_comparator_groups_fatality_rate_gives_nothing(tmp_path: Path) -> None:
    text = (
        "# Tick fever\n\nThe case fatality rate was 2% in the treated group, compared with 9% "
        "in the placebo group.\n"
    )
    assert of_markdown(tmp_path, text, R.NUMERIC) == {("case fatality rate", "2%")}


ASTHMA = "# Asthma\n\nAsthma is a disease of the airways. Asthma causes wheezing.\n\n"


def test_a_share_of_the_page_patients_with_a_finding_no_list_names(tmp_path: Path) -> None:
    # the group is the page's own patients, so what a share of them has is the page's figure
    cases = {
        "About 70 percent of people with asthma have a cough at night.\n": (
            "people with asthma who have a cough at night", "about 70%"),
        "Nearly 30 percent of children who have asthma also develop nasal polyps.\n": (
            "children with asthma who develop nasal polyps", "nearly 30%"),
        "Up to 15 percent of adults with asthma experience abnormal chest X-rays.\n": (
            "adults with asthma who experience abnormal chest X-rays", "up to 15%"),
    }  # fmt: skip
    for text, fact in cases.items():
        assert of_markdown(tmp_path, ASTHMA + text, R.NUMERIC) == {fact}, text


def test_a_share_with_an_outcome_a_hedge_or_another_group_gives_nothing(tmp_path: Path) -> None:
    for text in (
        "About 70 percent of people with asthma have a good outcome.\n",
        "About 70 percent of people with asthma may have a cough at night.\n",
        "About 70 percent of people with asthma have symptoms at night.\n",
        "About 70 percent of people with asthma have the disease as adults.\n",
        "About 70 percent of people with eczema have dry patches.\n",
    ):
        assert of_markdown(tmp_path, ASTHMA + text, R.NUMERIC) == set(), text


def test_a_share_of_the_page_patients_told_after_what_they_have(tmp_path: Path) -> None:
    cases = {
        "The risk may be high, but kidney failure affects only about 1 percent of children "
        "with asthma.\n": ("children with asthma who have kidney failure", "about 1%"),
        "Nasal polyps occur in about 20 percent of adults with asthma.\n": (
            "adults with asthma who have nasal polyps", "about 20%"),
        "Eczema is seen in 30 percent of children who have asthma.\n": (
            "children with asthma who have eczema", "30%"),
    }  # fmt: skip
    for text, fact in cases.items():
        assert of_markdown(tmp_path, ASTHMA + text, R.NUMERIC) == {fact}, text


def test_a_share_told_after_a_pronoun_a_hedge_or_of_another_group_gives_nothing(
    tmp_path: Path,
) -> None:
    for text in (
        "It affects about 10 percent of people with asthma.\n",
        "Kidney failure may affect 5 percent of people with asthma.\n",
        "Kidney failure affects 5 percent of people with eczema.\n",
        "Kidney failure never occurs in 5 percent of people with asthma.\n",
    ):
        assert of_markdown(tmp_path, ASTHMA + text, R.NUMERIC) == set(), text


def test_a_share_one_study_found_gives_nothing(tmp_path: Path) -> None:
    for text in (
        "In fact, one study found that about 90 percent of people with asthma have a cough.\n",
        "A recent survey showed that 40 percent of adults with asthma develop nasal polyps.\n",
    ):
        assert of_markdown(tmp_path, ASTHMA + text, R.NUMERIC) == set(), text
