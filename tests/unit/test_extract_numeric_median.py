"""Median survival figures of a report, each in several wordings and with the trial arm it
belongs to where the sentence names it (a card without its arm would teach the control group's
survival as the treatment's), and what gives none: a difference between two medians, a time
point, a follow-up time, a median not reached, another figure's clause after the median."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation as R

NEWS = (
    "# New drug for advanced kidney cancer\n\nKidney cancer is common. Advanced kidney cancer "
    "is hard to treat.\n\n"
)


def _figures(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return {f for f in of_markdown(tmp_path, NEWS + text + "\n", R.NUMERIC) if "median" in f[0]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Median overall survival was 21.3 months in the drug group and 17.8 months in the "
         "placebo group.", {("median overall survival in the drug group", "21.3 months"),
                            ("median overall survival in the placebo group", "17.8 months")}),
        ("The median progression-free survival (PFS) was 8.1 months with the combination, "
         "compared with 4.2 months with chemotherapy alone.",
         {("median progression-free survival with the combination", "8.1 months"),
          ("median progression-free survival with chemotherapy alone", "4.2 months")}),
        ("Among the 512 men randomly assigned to receive the new pill with a steroid, median "
         "overall survival was 16.2 months.",
         {("median overall survival with new pill with a steroid", "16.2 months")}),
        ("Among the 260 who received the steroid plus placebo, median survival was 11.4 months.",
         {("median survival with steroid plus placebo", "11.4 months")}),
        ("For patients whose disease comes back, median survival ranges from 2 to 4 years.",
         {("median survival", "2 to 4 years")}),
        ("Median disease-free survival improved by only 3 months: 14.5 months versus 11.5 "
         "months.", {("median disease-free survival", "14.5 months"),
                     ("median disease-free survival", "11.5 months")}),
    ],
)
def test_median_survival_figures(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _figures(tmp_path, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The drug improved median survival by 4 months.",
        "The difference in median overall survival was 6.5 months.",
        "After a median follow-up of 30 months, median overall survival had not been reached.",
        "The drug may extend median survival to 20 months.",
    ],
)
def test_no_median_figure(tmp_path: Path, text: str) -> None:
    assert _figures(tmp_path, text) == set()


def test_another_figure_after_the_median_is_not_its_value(tmp_path: Path) -> None:
    text = ("The median survival was 9.6 months, and more than 1 in 4 patients lived for at "
            "least 2 years.")
    assert _figures(tmp_path, text) == {("median survival", "9.6 months")}
