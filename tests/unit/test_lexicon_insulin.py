"""Insulin is a medicine the drug-name source does not list on its own: our lexicon names it, so
a page on diabetes gives its treatment; the hormone the body makes gives no drug fact."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import triples


def test_insulin_is_read_as_a_medicine(tmp_path: Path) -> None:
    text = ("# Diabetes\n\nDiabetes is common. Diabetes is often treated with insulin. "
            "Diabetes is lifelong.\n")
    assert ("phase_drugs", "overall treatment", "insulin") in triples(tmp_path, text)


def test_the_hormone_the_body_makes_is_no_drug_fact(tmp_path: Path) -> None:
    text = ("# Diabetes\n\nDiabetes is common. The pancreas makes insulin, and in diabetes "
            "the body cannot use it well.\n")
    assert not any("insulin" in (s + o) for _, s, o in triples(tmp_path, text))
