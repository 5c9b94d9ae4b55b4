"""Risk factors given as the examples of the risk factors themselves: "Risk factors also
include things people cannot change, like A and B", "Some risk factors for X, like A, can be
changed". Near misses give nothing: a negated or studied statement, the examples of "other
risk factors" in an aside, and examples of another condition's risk factors go to that
condition, never to the page's.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


def test_the_examples_of_a_category_the_risk_factors_include(tmp_path: Path) -> None:
    for sentence, want in (
        ("Risk factors also include things people cannot change, like their age and "
         "family history.", {("gout", "age"), ("gout", "family history")}),
        ("Risk factors for gout include traits you are born with, such as male sex and "
         "older age.", {("gout", "male sex"), ("gout", "older age")}),
        ("Risk factors may include habits that can be changed, for example obesity.",
         {("gout", "obesity")}),
    ):
        assert of_markdown(tmp_path, f"# Gout\n\n{sentence}\n", RISK) == want, sentence


def test_examples_set_off_by_commas_after_risk_factors(tmp_path: Path) -> None:
    text = "# Gout\n\nSome risk factors for gout, like drinking beer, can be changed.\n"
    assert of_markdown(tmp_path, text, RISK) == {("gout", "drinking beer")}


def test_near_misses_give_no_example(tmp_path: Path) -> None:
    for sentence in (
        "Risk factors do not include things like drinking beer or older age.",
        "Researchers are studying whether risk factors, such as drinking beer, matter.",
        "Gout combined with other risk factors, such as drinking beer, puts you at risk.",
    ):
        assert of_markdown(tmp_path, f"# Gout\n\n{sentence}\n", RISK) == set(), sentence


def test_another_conditions_examples_are_not_the_pages(tmp_path: Path) -> None:
    text = "# Gout\n\nSome risk factors for heart disease, like smoking, can be changed.\n"
    assert ("gout", "smoking") not in of_markdown(tmp_path, text, RISK)
