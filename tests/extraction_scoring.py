"""Scoring of the extractor against a hand-written gold file (shared by the quality tests).

A fact matches a gold fact when doc, relation, subject and object agree (case-insensitive) and
its line range overlaps one of the gold ranges of that fact. Scores are over distinct facts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import yaml

from trainer.domain import Relation
from trainer.generator import extract_documents

STRICT = {Relation.DRUG_TARGET, Relation.DRUG_CLASS, Relation.PHASE_DURATION, Relation.PHASE_DRUGS}
STRICT_PRECISION = 0.95
STRICT_RECALL = 0.85
OTHER_PRECISION = 0.90

Key = tuple[str, str, str, str]
Table = dict[Relation, dict[str, object]]


def _norm(name: str) -> str:
    """Spelling that does not change a fact: case, hyphens, spacing, a final plural."""
    words = re.sub(r"[-‐‑–\s]+", " ", name.strip().lower()).split()
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def _key(doc: str, relation: str, subject: str, obj: str) -> Key:
    return (doc, relation, _norm(subject), _norm(obj))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def load_gold(path: Path) -> dict[Key, list[tuple[int, int]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    gold: dict[Key, list[tuple[int, int]]] = defaultdict(list)
    for g in data["facts"]:
        gold[_key(g["doc"], g["relation"], g["subject"], g["object"])].append(
            (int(g["lines"][0]), int(g["lines"][1]))
        )
    return gold


def load_alternatives(path: Path) -> dict[Key, Key]:
    """Other spellings a gold file accepts (``subject_alt`` / ``object_alt``) -> the gold key."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out: dict[Key, Key] = {}
    for g in data["facts"]:
        main = _key(g["doc"], g["relation"], g["subject"], g["object"])
        subjects = [g["subject"], *(g.get("subject_alt") or [])]
        objects = [g["object"], *(g.get("object_alt") or [])]
        for s in subjects:
            for o in objects:
                k = _key(g["doc"], g["relation"], str(s), str(o))
                if k != main:
                    out.setdefault(k, main)
    return out


def score(docs: Sequence[Path], gold_path: Path | Sequence[Path]) -> Table:
    """Per relation: gold/found/correct counts, precision, recall, wrong and missed keys."""
    paths = [gold_path] if isinstance(gold_path, Path) else list(gold_path)
    gold: dict[Key, list[tuple[int, int]]] = defaultdict(list)
    alternatives: dict[Key, Key] = {}
    for p in paths:
        for k, v in load_gold(p).items():
            gold[k] += v
        alternatives.update(load_alternatives(p))
    facts = extract_documents(list(docs))
    found: dict[Key, list[tuple[int, int]]] = defaultdict(list)
    for f in facts:
        k = _key(f.doc, f.relation.value, f.subject, f.object)
        found[alternatives.get(k, k) if k not in gold else k].append(f.lines)
    table: Table = {}
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


def print_table(table: Table, *, details: bool = False) -> None:
    print()
    print(
        f"{'relation':<18} {'gold':>5} {'found':>6} {'correct':>8} {'precision':>10} {'recall':>7}"
    )
    for rel, row in table.items():
        print(
            f"{rel.value:<18} {row['gold']:>5} {row['found']:>6} {row['correct']:>8} "
            f"{row['precision']:>10.2f} {row['recall']:>7.2f}"
        )
    if details:
        for rel, row in table.items():
            for k in row["wrong"]:  # type: ignore[attr-defined]
                print(f"  WRONG  {rel.value}: {k[0]} | {k[2]} -> {k[3]}")
            for k in row["missed"]:  # type: ignore[attr-defined]
                print(f"  MISSED {rel.value}: {k[0]} | {k[2]} -> {k[3]}")


def failures(table: Table) -> list[str]:
    """The targets a table misses: strict relations on precision and recall, others precision."""
    out = []
    for rel, row in table.items():
        p, r = float(row["precision"]), float(row["recall"])  # type: ignore[arg-type]
        if rel in STRICT:
            if p < STRICT_PRECISION or r < STRICT_RECALL:
                out.append(
                    f"{rel.value}: P={p:.2f} R={r:.2f} wrong={row['wrong']} missed={row['missed']}"
                )
        elif p < OTHER_PRECISION:
            out.append(f"{rel.value}: P={p:.2f} wrong={row['wrong']}")
    return out


DATA = Path(__file__).resolve().parent / "data"


def score_set(folder: str, gold: str, *, documents: int) -> Table:
    """Score the documents of tests/data/<folder> against tests/data/gold/<gold>, print the
    table with every wrong and missed fact (``-s``), and return it."""
    docs = sorted(p for p in (DATA / folder).iterdir() if p.is_file())
    assert len(docs) == documents, f"{folder} should hold {documents} documents"
    table = score(docs, DATA / "gold" / gold)
    print_table(table, details=True)
    return table
