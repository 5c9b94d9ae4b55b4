"""Precision and recall of the extractor on the five seed documents, against a hand-written gold.

A fact matches a gold fact when doc, relation, subject and object agree (case-insensitive) and
its line range overlaps one of the gold ranges of that fact. Scores are over distinct facts.
Run with ``-s`` to see the per-relation table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extraction_scoring import failures, print_table, score

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "documents"
GOLD = ROOT / "tests" / "data" / "gold" / "seed_gold.yaml"

pytestmark = [
    pytest.mark.seeds,
    pytest.mark.skipif(
        not SEEDS.is_dir(),
        reason="../shared/documents not found: seed-document quality test needs the shared "
        "folder beside the repo",
    ),
]


def test_extraction_quality_on_seed_documents() -> None:
    table = score(sorted(SEEDS.glob("*.txt")), GOLD)
    print_table(table)
    problems = failures(table)
    assert not problems, "\n".join(problems)
