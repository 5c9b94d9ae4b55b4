"""The page's own infection named by its germ ("Ascaris infections" on a page about
ascariasis) is the disease treated, not a complication beside it: the drugs of choice for it
are its first-line drugs. An infection named by another germ stays a complication."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "# Ascariasis\n\nAlbendazole and mebendazole are the drugs of choice for treatment "
            "of Ascaris infections.\n",
            {("first-line therapy", "albendazole"), ("first-line therapy", "mebendazole")},
        ),
        (
            "# Hookworm\n\nAlbendazole is the drug of choice for hookworm infections.\n",
            {("first-line therapy", "albendazole")},
        ),
        (
            "# Giardiasis\n\nMetronidazole is the drug of choice for Giardia infections.\n",
            {("first-line therapy", "metronidazole")},
        ),
    ],
)
def test_the_pages_own_infection_by_its_germ(
    tmp_path: Path, page: str, expected: set[tuple[str, str]]
) -> None:
    assert of_markdown(tmp_path, page, DRUGS) == expected


@pytest.mark.parametrize(
    "page",
    [
        # another germ's infection on the page: care beside the disease
        "# Hookworm\n\nFluconazole is the drug of choice for yeast infections.\n",
        "# Ascariasis\n\nMetronidazole is the drug of choice for amoebic infections.\n",
        "# Hookworm disease\n\nFluconazole is the drug of choice for hook infections.\n",
    ],
)
def test_another_germs_infection_stays_a_complication(tmp_path: Path, page: str) -> None:
    assert of_markdown(tmp_path, page, DRUGS) == set()
