"""How a patient page says its condition runs, read as prognostic factors (the texts are
written for the test): care said to be needed or else harm follows, most people getting better
with treatment, mild cases clearing without it, proper treatment keeping it away, and what
makes treatment harder."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_topic_page

from trainer.domain import Relation


def _prognosis(tmp_path: Path, topic: str, paragraph: str) -> set[tuple[str, str]]:
    return of_topic_page(tmp_path, topic, paragraph, Relation.PROGNOSTIC_FACTOR)


@pytest.mark.parametrize(
    ("sentence", "factor"),
    [
        ("Early treatment is important; otherwise there is a risk of permanent vision loss.",
         "early treatment"),
        ("Most people get better with treatment.", "treatment (better prognosis)"),
        ("Mild cases usually get better without treatment.", "mild disease (better prognosis)"),
        ("However, when properly treated, brindle arteritis rarely comes back.",
         "proper treatment (better prognosis)"),
    ],
)
def test_how_the_condition_runs_is_its_prognostic_factor(
    tmp_path: Path, sentence: str, factor: str
) -> None:
    found = _prognosis(
        tmp_path, "Brindle Arteritis",
        f"Brindle arteritis is a disorder that causes inflammation of the arteries. Brindle "
        f"arteritis is rare. {sentence}",
    )
    assert found == {("brindle arteritis", factor)}


def test_another_diseases_course_is_not_the_topics(tmp_path: Path) -> None:
    found = _prognosis(
        tmp_path, "Brindle Arteritis",
        "Brindle arteritis is a disorder that causes inflammation of the arteries. In "
        "tuberculosis, most people get better with treatment.",
    )
    assert found == set()
