"""Replacement therapy as a phase where the text names it, and what is given beside it.

"Replacement therapy with hydrocortisone is needed for life", "Most people stop this
replacement therapy within 1 or 2 years": its drugs and its length. A drug "used with
replacement therapy" is given beside it, not in it; a phase of a plan keeps the drugs given
with it ("imatinib is given with induction chemotherapy").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS
DURATION = Relation.PHASE_DURATION


def page(title: str, body: str) -> str:
    return f"# {title}\n\n{body}\n"


@pytest.mark.parametrize(
    ("title", "body", "drugs", "spans"),
    [
        ("Addison disease", "Replacement therapy with hydrocortisone is needed for life.",
         {"hydrocortisone"}, {"lifelong"}),
        ("Hypopituitarism", "Hormone replacement therapy with levothyroxine usually lasts 1 to "
                            "2 years.", {"levothyroxine"}, {"1-2 years"}),
        ("Cushing's syndrome", "Most people can stop this replacement therapy in less than 1 or "
                               "2 years, but some must stay on it for life.", set(),
         {"less than 1-2 years", "lifelong"}),
    ],
)
def test_replacement_therapy_is_a_phase(
    tmp_path: Path, title: str, body: str, drugs: set[str], spans: set[str]
) -> None:
    text = page(title, body)
    assert of_markdown(tmp_path, text, DRUGS) == {("replacement therapy", d) for d in drugs}
    assert of_markdown(tmp_path, text, DURATION) == {("replacement therapy", s) for s in spans}


@pytest.mark.parametrize(
    "body",
    [
        "Tranexamic acid may be used with replacement therapy.",
        "These medicines may be used alone or with desmopressin and replacement therapy.",
    ],
)
def test_a_drug_given_beside_replacement_therapy_is_not_its_drug(
    tmp_path: Path, body: str
) -> None:
    assert of_markdown(tmp_path, page("Hemophilia", body), DRUGS) == set()


def test_a_drug_given_with_a_plan_phase_is_its_drug(tmp_path: Path) -> None:
    text = page("Acute lymphoblastic leukemia", "Imatinib is given with induction chemotherapy.")
    assert of_markdown(tmp_path, text, DRUGS) == {("induction", "imatinib")}
