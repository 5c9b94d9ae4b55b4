"""Precision and recall of the extractor on documents it was not tuned on.

The six documents in tests/data/texts_unseen/ imitate the third-party sources the extractor
meets in use (a PDQ-like professional summary, an encyclopedia article, a hospital web page with
site chrome, a markdown FAQ with lists and tables, a hard-wrapped review with misspellings and
other leukaemias, a patient Q&A full of negation and hedging). Their gold
(tests/data/gold/unseen_gold.yaml) was written before the extractor was run on them.
Targets: precision >= 0.95 and recall >= 0.85 on drug_target, drug_class, phase_duration and
phase_drugs; precision >= 0.90 on the other relations. Run with ``-s`` for the table and the
list of wrong and missed facts.
"""

from __future__ import annotations

from pathlib import Path

from tests.extraction_scoring import failures, print_table, score

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "tests" / "data" / "texts_unseen"
GOLD = ROOT / "tests" / "data" / "gold" / "unseen_gold.yaml"


def test_extraction_quality_on_unseen_documents() -> None:
    docs = sorted(p for p in DOCS.iterdir() if p.is_file())
    assert len(docs) == 6
    table = score(docs, GOLD)
    print_table(table, details=True)
    problems = failures(table)
    assert not problems, "\n".join(problems)
