"""Risk factors given as the examples of a category that raises the risk ("conditions that
increase its likelihood, such as A or B"): each example is a factor, the list ends with its
item joined by "and"/"or" or before the clause the sentence goes on with. Near misses give
nothing: a hedged verb, a category that lowers the risk, a list of another condition's risk.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR
PAGE = "# Asthma\n\nAsthma is a disease of the airways.\n\n"


def _read(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return of_markdown(tmp_path, PAGE + text + "\n", RISK)


def test_the_examples_of_a_category_that_raises_the_risk(tmp_path: Path) -> None:
    assert _read(
        tmp_path,
        "Doctors often suspect asthma from conditions that increase its likelihood, such as "
        "eczema or obesity, and from symptoms.",
    ) == {("asthma", "eczema"), ("asthma", "obesity")}
    assert _read(
        tmp_path,
        "Habits that raise your risk, such as smoking, heavy drinking, and poor sleep, should "
        "be changed.",
    ) == {("asthma", "smoking"), ("asthma", "heavy drinking"), ("asthma", "poor sleep")}
    assert _read(
        tmp_path, "Exposures that raise the chance of asthma, like mold, are best avoided."
    ) == {("asthma", "mold")}


def test_the_examples_end_before_the_clause_the_sentence_goes_on_with(tmp_path: Path) -> None:
    found = _read(
        tmp_path, "Conditions that raise the risk of asthma, such as obesity, are common."
    )
    assert found == {("asthma", "obesity")}


def test_hedged_lowering_or_another_conditions_examples_give_nothing(tmp_path: Path) -> None:
    for text in (
        "Things that might increase the risk, such as mold, are being studied.",
        "Medicines that lower the risk, such as inhalers, help.",
        "Habits that do not increase the risk, such as swimming, are fine.",
    ):
        assert _read(tmp_path, text) == set(), text
    found = _read(
        tmp_path, "Habits that raise the risk of stroke, such as eating salty food, are common."
    )
    assert ("asthma", "salty food") not in found and ("asthma", "eating salty food") not in found


def test_examples_of_what_the_risk_is_of_are_no_factors(tmp_path: Path) -> None:
    for text in (
        "Eczema is one of a group of factors that raise your risk for asthma and other health "
        "problems, such as hay fever and sinusitis.",
        "Allergies are conditions that raise the risk of asthma attacks such as wheezing.",
    ):
        found = _read(tmp_path, text)
        assert not {f for _, f in found if f in ("hay fever", "sinusitis", "wheezing")}, text
