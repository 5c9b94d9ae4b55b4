"""The targets a drug acts on, named in an aside set off by a pair of em dashes ("inhibits two
proteins—A and B—that ..."), read as in the comma wording; a lone dash, a negation or a family
of enzymes gives no target. Also a class after a brand's bracket that lost its dash ("X
(Brand)an antimalarial medicine")."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation

TARGET = Relation.DRUG_TARGET


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Abemaciclib blocks two enzymes\u2014CDK4 and CDK6\u2014that push cells to divide.",
            {("abemaciclib", "CDK4"), ("abemaciclib", "CDK6")},
        ),
        (
            "Imatinib inhibits a protein\u2014BCR-ABL1\u2014that drives the leukemia.",
            {("imatinib", "BCR-ABL1")},
        ),
    ],
)
def test_targets_in_a_dash_aside(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, TARGET) >= expected


@pytest.mark.parametrize(
    "text",
    [
        "Abemaciclib does not block two enzymes\u2014CDK4 and CDK6\u2014that push cells to divide.",
        "Palbociclib inhibits enzymes called cyclin-dependent kinases\u2014a whole family.",
    ],
)
def test_no_target_from_a_denied_or_family_aside(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, TARGET)
    assert ("abemaciclib", "CDK4") not in found
    assert not {t for _, t in found} & {"cyclin-dependent kinase", "kinase"}


def test_a_class_after_a_brand_bracket_that_lost_its_dash(tmp_path: Path) -> None:
    text = "Other medicines: - chloroquine (Aralen)an antimalarial medicine taken by mouth"
    assert ("chloroquine", "antimalarial") in of_text(tmp_path, text, Relation.DRUG_CLASS)
