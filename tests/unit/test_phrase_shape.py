"""A phrased fact part that is a piece of a clause gives no card: one ending on a word that
needs more after it or on a pronoun, one adjective with no noun, holding a modal verb, pointing
back with a demonstrative, or cut through a bracket or dash. Names and noun phrases with a
relative clause stay.

Every phrase is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation
from trainer.generator.extract.phrase_shape import reads_as_names


@pytest.mark.parametrize(
    "phrase",
    [
        "lowering blood sugar can greatly (better prognosis)",
        "teenagers with asthma can avoid or",
        "diagnosis of these kinds of problems",
        "evaluation of people with such symptoms",
        "adults over 70) who have gout",
        "people 40 or older -- who had a stroke",
        "the cause of",
        "a heart problem only",
        # one adjective cut from its noun ("progressive and severe memory loss")
        "progressive",
        "painful",
        # a pronoun at the end: the reading ran on into the next clause
        "having had it",
        "a parent who had them",
    ],
)
def test_a_piece_of_a_clause_is_no_name(phrase: str) -> None:
    assert not reads_as_names(Relation.PROGNOSTIC_FACTOR, "gout", phrase)
    assert not reads_as_names(Relation.MARKER, "uric acid test", phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "bacteria that may cause disease",
        "older age (poorer prognosis)",
        "family history of gout",
        "high uric acid level",
        "pain in the big toe",
        "progressive memory loss",
        "nervousness",
        "hives",
    ],
)
def test_names_and_qualified_nouns_stay(phrase: str) -> None:
    assert reads_as_names(Relation.RISK_FACTOR, "gout", phrase)


def test_lexicon_relations_are_not_checked() -> None:
    assert reads_as_names(Relation.DRUG_CLASS, "allopurinol", "xanthine oxidase inhibitor")


def test_a_test_for_these_problems_gives_no_marker(tmp_path: Path) -> None:
    text = ("# Heart rhythm\n\nSome people have skipped beats or a racing heart. An "
            "electrocardiogram and a Holter monitor are used to diagnose these kinds of "
            "problems.\n")
    found = of_markdown(tmp_path, text, Relation.MARKER)
    assert not any("these" in o for _, o in found), found
