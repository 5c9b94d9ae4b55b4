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

from tests.extraction_scoring import failures, score_set


def test_extraction_quality_on_unseen_documents() -> None:
    table = score_set("texts_unseen", "unseen_gold.yaml", documents=6)
    problems = failures(table)
    assert not problems, "\n".join(problems)
