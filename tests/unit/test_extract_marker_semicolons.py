"""A negation before a semicolon denies its own clause only: "X is not diagnosed with blood
tests; the diagnosis of X requires a biopsy" still names the biopsy, while the denied tests,
and a negated requirement, give nothing."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation as R

PAGE = "# Notes on Celiac Disease\n\nCeliac disease is a disorder of the gut.\n\n"


def test_the_requirement_after_a_denied_clause(tmp_path: Path) -> None:
    for text in (
        "Doctors do not rely on a CT scan to diagnose celiac disease; the diagnosis of celiac "
        "disease requires an endoscopy.\n",
        "A stool test cannot be used to diagnose celiac disease; therefore, the diagnosis of "
        "celiac disease requires an endoscopy.\n",
    ):
        found = of_markdown(tmp_path, PAGE + text, R.MARKER)
        assert ("upper GI endoscopy", "diagnosis of celiac disease") in found or any(
            s.endswith("endoscopy") and obj == "diagnosis of celiac disease" for s, obj in found
        ), found
        assert not any(s in ("CT scan", "stool test") for s, _ in found), found


def test_a_negated_requirement_gives_nothing(tmp_path: Path) -> None:
    text = PAGE + ("Symptoms vary; the diagnosis of celiac disease does not require an "
                   "endoscopy.\n")
    assert of_markdown(tmp_path, text, R.MARKER) == set()


def test_a_denied_clause_with_no_requirement_gives_nothing(tmp_path: Path) -> None:
    text = PAGE + "A CT scan is not used to diagnose celiac disease; it shows the bowel.\n"
    found = of_markdown(tmp_path, text, R.MARKER)
    assert ("CT scan", "diagnosis of celiac disease") not in found
