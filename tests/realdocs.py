"""The real-document development set (tests/data/realdocs): where it is, and its two halves."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

import yaml

from tests.extraction_scoring import DATA, Table, score

REALDOCS = DATA / "realdocs"
ROOT = DATA.parents[1]


def devset_dir() -> Path:
    return Path(os.environ.get("TRAINER_DEVSET", ROOT.parent / "devset"))


def manifest() -> list[dict]:
    docs: list[dict] = []
    for path in sorted(REALDOCS.glob("manifest_*.yaml")):
        docs += (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("documents", [])
    return docs


def documents(split: str) -> list[Path]:
    """The assembled documents of one half whose text matches the manifest's digest."""
    out = []
    for doc in manifest():
        if doc["split"] != split:
            continue
        path = devset_dir() / f"{doc['id']}.{doc.get('suffix', 'md')}"
        if path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == doc["sha256"]:
            out.append(path)
    return out


def missing_reason(split: str) -> str | None:
    want = sum(1 for d in manifest() if d["split"] == split)
    have = len(documents(split))
    if have == want:
        return None
    return (
        f"the real-document set is not assembled ({have} of {want} {split} documents in "
        f"{devset_dir()}); run `python tests/data/realdocs/assemble.py` with the source "
        "repositories named in tests/data/realdocs/manifest_*.yaml beside the project"
    )


def score_half(split: str, sets: Sequence[str] = (), *, anywhere: bool = False) -> Table:
    """Score one half; ``sets`` limits it to some answer keys (``real_<split>_<set>.yaml``)
    and the documents they cover."""
    gold = sorted((DATA / "gold").glob(f"real_{split}_*.yaml"))
    if sets:
        gold = [g for g in gold if g.stem.split("_", 2)[2] in sets]
    ids = {f["doc"] for g in gold for f in yaml.safe_load(g.read_text(encoding="utf-8"))["facts"]}
    return score([p for p in documents(split) if p.stem in ids], gold, anywhere=anywhere)
