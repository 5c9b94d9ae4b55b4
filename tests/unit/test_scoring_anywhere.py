"""The real-document score counts a fact cited from another place that states it, not one
cited from lines that do not."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import tests.extraction_scoring as scoring
from tests.extraction_scoring import _states
from trainer.domain import Relation
from trainer.generator.facts import ExtractedFact

TEXT = (
    "# Hormone therapy\n"
    "\n"
    "Drugs for this cancer are given in cycles.\n"
    "\n"
    "Enzalutamide is an androgen receptor inhibitor.\n"
    "\n"
    "Side effects include tiredness.\n"
    "\n"
    "Enzalutamide is an androgen receptor inhibitor taken by mouth.\n"
)


def _table(tmp_path: Path, key_lines: list[int], *, anywhere: bool,
           monkeypatch: pytest.MonkeyPatch) -> dict:
    # The extractor is held to one place (line 5) so that the score alone is under test.
    found = ExtractedFact("hormone", "hormone.md", Relation.DRUG_CLASS, "enzalutamide",
                          "androgen receptor inhibitor", (5, 5), 0.9)
    monkeypatch.setattr(scoring, "extract_documents", lambda docs: [found])
    doc = tmp_path / "hormone.md"
    doc.write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "gold.yaml"
    facts = [{"doc": "hormone", "relation": "drug_class", "subject": "enzalutamide",
              "object": "androgen receptor inhibitor", "lines": key_lines}]  # fmt: skip
    gold.write_text(yaml.safe_dump({"version": 1, "facts": facts}), encoding="utf-8")
    return scoring.score([doc], gold, anywhere=anywhere)[Relation.DRUG_CLASS]


def test_a_fact_cited_from_its_other_statement_counts_only_when_asked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The key cites the second statement; the extractor cites the first.
    strict = _table(tmp_path, [9, 9], anywhere=False, monkeypatch=monkeypatch)
    loose = _table(tmp_path, [9, 9], anywhere=True, monkeypatch=monkeypatch)
    assert strict["correct"] == 0
    assert loose["correct"] == 1 and loose["precision"] == 1.0


def test_another_place_counts_only_when_its_lines_name_subject_and_object() -> None:
    lines = TEXT.splitlines()
    key = ("hormone", "drug_class", "enzalutamide", "androgen receptor inhibitor")
    assert _states(lines, (9, 9), key)
    assert not _states(lines, (7, 7), key)  # names neither
    assert not _states(lines, (3, 3), key)  # "drugs", not the drug


def test_a_share_spelt_with_a_word_or_a_digit_is_one_value() -> None:
    same = scoring.value_spelling("about one in 4,000 babies")
    assert same == scoring.value_spelling("about 1 in 4,000 babies")
    assert scoring.value_spelling("one of the causes") == "one of the causes"
