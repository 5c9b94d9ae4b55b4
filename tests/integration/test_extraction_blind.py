"""Precision and recall on two sets written blind, after the extractor was finished.

The five documents in tests/data/texts_unseen2/ (a nurse's drug handbook with labelled
fields, a hard-wrapped review abstract with citation markers, a British patient page, a
protocol summary with a phase table, a hospital FAQ page with site chrome) and their gold
(tests/data/gold/unseen2_gold.yaml) were written by someone who had not read the extractor's
code, before it was run on them. What they found missing was fixed in general rules, each
with its own unit test on other text (tests/unit/test_extract_fields.py).

Gate on that set: the strict relations (drug_target, drug_class, phase_duration,
phase_drugs) meet the project's targets, precision >= 0.95 and recall >= 0.85. The other
relations are printed (``-s``) but not gated: their gold words text objects its own way
("cardiac function" against "assessment of cardiac function"), so exact-match scores
understate them.

A second blind set (tests/data/texts_unseen3/: pharmacology lecture notes with a drug table,
a case-based nursing module, a guideline excerpt with numbered recommendations, text copied
from a PDF with running footers and broken words, a parents' FAQ) came after the first round
of fixes. The gate there was precision only at first (a wrong card teaches a wrong fact, a
missing one only leaves a gap); after a second round of general rules the strict relations
meet the same targets as on the first set, and are gated on both.
"""

from __future__ import annotations

from tests.extraction_scoring import STRICT, failures, score_set


def test_strict_relations_on_the_blind_set() -> None:
    table = score_set("texts_unseen2", "unseen2_gold.yaml", documents=5)
    problems = failures({rel: row for rel, row in table.items() if rel in STRICT})
    assert not problems, "\n".join(problems)


def test_strict_relations_on_the_second_blind_set() -> None:
    table = score_set("texts_unseen3", "unseen3_gold.yaml", documents=5)
    problems = failures({rel: row for rel, row in table.items() if rel in STRICT})
    assert not problems, "\n".join(problems)
