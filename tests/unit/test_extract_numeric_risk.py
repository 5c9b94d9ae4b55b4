"""A risk or chance stated as a percentage ("the lifetime risk of X is N percent"), with
sentences that give no figure: a change in risk, a hedge, a negation, a study's or a past
figure."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation as R

ASTHMA = "# Asthma\n\nAsthma is a disease of the airways. Asthma causes wheezing.\n\n"


def test_a_risk_or_chance_stated_as_a_percentage(tmp_path: Path) -> None:
    cases = {
        "For women, the lifetime risk of having a kidney stone is greater than 10 percent.\n": (
            "lifetime risk of having a kidney stone", "above 10%"),
        "The chance of a child inheriting the faulty gene from both parents is 25 percent.\n": (
            "chance of a child inheriting the faulty gene from both parents", "25%"),
        "The risk of developing eczema is about 10 to 15 percent.\n": (
            "risk of developing eczema", "10-15%"),
        "The odds of a severe attack are lower than 5%.\n": ("odds of a severe attack", "below 5%"),
    }  # fmt: skip
    for text, fact in cases.items():
        assert of_markdown(tmp_path, ASTHMA + text, R.NUMERIC) == {fact}, text


def test_a_change_in_risk_a_hedge_or_a_study_gives_nothing(tmp_path: Path) -> None:
    for text in (
        "Inhaled steroids reduce the risk of an attack by 30 percent.\n",
        "Treatment lowers the risk of an attack to 5 percent.\n",
        "The risk of an attack may be 40 percent.\n",
        "The risk of an attack is not 40 percent.\n",
        "In the trial, the risk of death was 20 percent.\n",
        "The risk of an attack in the placebo group is 40 percent.\n",
    ):
        assert of_markdown(tmp_path, ASTHMA + text, R.NUMERIC) == set(), text
