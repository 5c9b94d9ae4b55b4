"""Precision and recall of the extractor on the five seed documents, against a hand-written gold.

A fact matches a gold fact when doc, relation, subject and object agree (case-insensitive) and
its line range overlaps one of the gold ranges of that fact. Scores are over distinct facts.
Run with ``-s`` to see the per-relation table.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from trainer.domain import Relation
from trainer.generator import extract_documents

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "documents"
GOLD = ROOT / "tests" / "data" / "gold" / "seed_gold.yaml"

STRICT = {Relation.DRUG_TARGET, Relation.DRUG_CLASS, Relation.PHASE_DURATION, Relation.PHASE_DRUGS}
STRICT_PRECISION = 0.95
STRICT_RECALL = 0.85
OTHER_PRECISION = 0.90

pytestmark = [
    pytest.mark.seeds,
    pytest.mark.skipif(
        not SEEDS.is_dir(),
        reason="../shared/documents not found: seed-document quality test needs the shared "
        "folder beside the repo",
    ),
]

Key = tuple[str, str, str, str]


def _key(doc: str, relation: str, subject: str, obj: str) -> Key:
    return (doc, relation, subject.strip().lower(), obj.strip().lower())


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def load_gold() -> dict[Key, list[tuple[int, int]]]:
    data = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    gold: dict[Key, list[tuple[int, int]]] = defaultdict(list)
    for g in data["facts"]:
        gold[_key(g["doc"], g["relation"], g["subject"], g["object"])].append(
            (int(g["lines"][0]), int(g["lines"][1]))
        )
    return gold


def score() -> dict[Relation, dict[str, object]]:
    gold = load_gold()
    docs = sorted(SEEDS.glob("*.txt"))
    facts = extract_documents(docs)
    found: dict[Key, list[tuple[int, int]]] = defaultdict(list)
    for f in facts:
        found[_key(f.doc, f.relation.value, f.subject, f.object)].append(f.lines)
    table: dict[Relation, dict[str, object]] = {}
    for rel in Relation:
        if rel is Relation.NOTE:
            continue
        g_keys = {k for k in gold if k[1] == rel.value}
        f_keys = {k for k in found if k[1] == rel.value}
        hits = {
            k for k in f_keys & g_keys if any(_overlap(a, b) for a in found[k] for b in gold[k])
        }
        table[rel] = {
            "gold": len(g_keys),
            "found": len(f_keys),
            "correct": len(hits),
            "precision": len(hits) / len(f_keys) if f_keys else 1.0,
            "recall": len(hits) / len(g_keys) if g_keys else 1.0,
            "wrong": sorted(f_keys - hits),
            "missed": sorted(g_keys - hits),
        }
    return table


def print_table(table: dict[Relation, dict[str, object]]) -> None:
    print()
    print(
        f"{'relation':<18} {'gold':>5} {'found':>6} {'correct':>8} {'precision':>10} {'recall':>7}"
    )
    for rel, row in table.items():
        print(
            f"{rel.value:<18} {row['gold']:>5} {row['found']:>6} {row['correct']:>8} "
            f"{row['precision']:>10.2f} {row['recall']:>7.2f}"
        )


def test_extraction_quality_on_seed_documents() -> None:
    table = score()
    print_table(table)
    failures = []
    for rel, row in table.items():
        p, r = float(row["precision"]), float(row["recall"])  # type: ignore[arg-type]
        if rel in STRICT:
            if p < STRICT_PRECISION or r < STRICT_RECALL:
                failures.append(
                    f"{rel.value}: P={p:.2f} R={r:.2f} wrong={row['wrong']} missed={row['missed']}"
                )
        elif p < OTHER_PRECISION:
            failures.append(f"{rel.value}: P={p:.2f} wrong={row['wrong']}")
    assert not failures, "\n".join(failures)
