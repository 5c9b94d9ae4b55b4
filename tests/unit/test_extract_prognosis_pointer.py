"""Prognostic factors stated across two sentences: an outcome said of a group, or factors said
to bear on the outlook, then "This includes / These include" naming them; a comparison of
degree ("The longer you have X, the less likely ..."); and the sentences that name no factor."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation as R

GOUT = "# What is (are) Gout ?\n\n"


def _read(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return of_markdown(tmp_path, GOUT + text, R.PROGNOSTIC_FACTOR)


def test_a_group_at_higher_risk_then_the_people_it_includes(tmp_path: Path) -> None:
    text = (
        "Certain people are at higher risk for poor outcomes from gout. This includes people "
        "who have kidney stones, joint erosions, or tophi (TOE-fy).\n"
    )
    assert _read(tmp_path, text) == {
        ("gout", "kidney stones (poorer prognosis)"),
        ("gout", "joint erosions (poorer prognosis)"),
        ("gout", "tophi (poorer prognosis)"),
    }


def test_a_better_outlook_and_factors_without_a_direction(tmp_path: Path) -> None:
    text = (
        "Some patients have a better outlook. These include those with a normal uric acid "
        "level.\n\n"
        "Several factors affect the outlook. They include obesity and kidney disease.\n"
    )
    assert _read(tmp_path, text) == {
        ("gout", "normal uric acid level (better prognosis)"),
        ("gout", "obesity"),
        ("gout", "kidney disease"),
    }


def test_a_pointer_with_no_outcome_before_it_gives_nothing(tmp_path: Path) -> None:
    text = (
        "Certain people are not at higher risk for poor outcomes. This includes people who "
        "have tophi.\n\n"
        "Certain people may possibly be at higher risk of death. These include people with "
        "obesity.\n\n"
        "Gout is a common illness. It affects many people. This includes people with obesity.\n\n"
        "Certain people are at higher risk for poor outcomes.\n\n"
        "This includes people who have kidney stones.\n"
    )
    assert _read(tmp_path, text) == set()


def test_a_comparison_of_degree_and_the_group_it_is_most_true_for(tmp_path: Path) -> None:
    text = (
        "The longer you have gout, the less likely it is that doctors can restore normal joints. "
        "This is especially true for people who have had gout for 5 years or more.\n\n"
        "The higher the uric acid level before treatment, the lower the chance of a cure.\n\n"
        "The larger the tophus, the more likely it will come back.\n"
    )
    assert _read(tmp_path, text) == {
        ("gout", "longer duration of gout (poorer prognosis)"),
        ("gout", "gout for 5 years or more (poorer prognosis)"),
        ("gout", "higher uric acid level before treatment (poorer prognosis)"),
        ("gout", "larger tophus (poorer prognosis)"),
    }


def test_a_comparison_of_risk_effort_or_a_drug_gives_no_prognostic_factor(tmp_path: Path) -> None:
    text = (
        "The older you are, the greater your risk of gout.\n\n"
        "The more active you are, the more you will benefit.\n\n"
        "The longer you take the drug, the less likely you are to have attacks.\n\n"
        "The higher the dose of allopurinol, the lower the chance of a flare.\n\n"
        "The higher the fluid intake, the lower the chance of a flare.\n\n"
        "The higher the level, the less likely it is not to recur.\n"
    )
    assert _read(tmp_path, text) == set()
