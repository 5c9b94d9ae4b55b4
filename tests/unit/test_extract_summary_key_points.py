"""A cancer summary's key points and its sections name the page's condition with the population
its title gives ("Childhood Varnoma", "adult varnoma"), and state its risk factors as "A and B
can affect the risk of X". Both are read as the page's: the population is no part of the
condition's name, and the factors are split where each part is a factor of its own ("use of
tobacco products" and "heavy drinking"), kept whole where the second part only continues the
first ("exposure to high grass and tick-infested areas"). "Gender can affect the risk" names no
sex and gives no factor.

Every text is written for the test; the condition's name is invented.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR
SYMPTOM = Relation.SYMPTOM_CAUSE


def test_a_population_before_the_topic_still_names_it(tmp_path: Path) -> None:
    text = (
        "# Childhood Varnoma\n\nChildhood varnoma is a tumor of the brain. Varnoma grows "
        "slowly.\n\n## What are the symptoms of Childhood Varnoma ?\n\nSigns and symptoms may "
        "be caused by childhood varnoma or by other conditions. Check with your child's doctor "
        "if your child has any of the following: - Frequent headaches. - Seizures. - Back "
        "pain.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("varnoma", "frequent headaches"), ("varnoma", "seizures"), ("varnoma", "back pain"),
    }


def test_factors_that_can_affect_the_risk_are_split_when_each_stands_alone(
    tmp_path: Path,
) -> None:
    text = (
        "# Varnoma\n\nUse of tobacco products and heavy drinking can affect the risk of "
        "developing varnoma. Sun exposure and having a weak immune system can affect the risk "
        "of varnoma.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("varnoma", "use of tobacco products"), ("varnoma", "heavy drinking"),
        ("varnoma", "sun exposure"), ("varnoma", "weak immune system"),
    }


def test_a_second_part_that_continues_the_exposure_stays_in_it(tmp_path: Path) -> None:
    text = (
        "# Varnoma\n\nVarnoma is an infection. Exposure to high grass and tick-infested areas "
        "can increase the risk of varnoma.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("varnoma", "exposure to high grass and tick-infested areas"),
    }


def test_gender_affecting_the_risk_names_no_factor(tmp_path: Path) -> None:
    text = (
        "# Varnoma\n\nVarnoma is a tumor. Age, gender, and Epstein-Barr infection can affect "
        "the risk of varnoma.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("varnoma", "age"), ("varnoma", "Epstein-Barr infection"),
    }


def test_an_unclear_effect_on_the_risk_gives_nothing(tmp_path: Path) -> None:
    text = (
        "# Varnoma\n\nVarnoma is a tumor. It is not clear whether coffee can affect the risk "
        "of varnoma.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == set()
