"""Check the page's topic (the condition a page is about) on every tuning document against the
manifest's ``topic`` field, and list the pages whose topic is missing or another condition.

Run: ``.venv/bin/python bench/page_topics.py [--all]`` (``--all`` lists the right ones too).
Only the tuning half is read: the test half's manifests are never opened.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.realdocs import REALDOCS, devset_dir  # noqa: E402
from trainer.generator.extract.context import DocContext  # noqa: E402
from trainer.generator.ingest import read_document  # noqa: E402
from trainer.generator.lexicon_load import load_lexicon  # noqa: E402

_QUALIFIERS = ("childhood", "adult", "pediatric", "paediatric", "the", "a", "an")


def _norm(name: str) -> str:
    """A name loosely: lower case, no "'s", no plural endings, no population qualifier."""
    t = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    t = re.sub(r"['’]s\b|['’]", "", t)
    t = re.sub(r"\([^()]*\)", " ", t)
    words = [w for w in re.split(r"[\s\-/,]+", t) if w and w not in _QUALIFIERS]
    words = [w[:-3] + "y" if w.endswith("ies") else w for w in words]
    return " ".join(w[:-1] if w.endswith("s") and not w.endswith(("ss", "is", "us")) else w
                    for w in words)


def agrees(found: str | None, want: str) -> bool:
    if found is None:
        return False
    a, b = _norm(found), _norm(want)
    if a.replace(" ", "") == b.replace(" ", ""):
        return True
    # a letter the page's text lost ("Schnlein" for "Schönlein")
    return len(a) > 8 and SequenceMatcher(None, a, b).ratio() >= 0.95


def tune_documents() -> list[dict]:
    docs: list[dict] = []
    for path in sorted(REALDOCS.glob("manifest_*.yaml")):
        for d in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("documents", []):
            if d.get("split") == "tune":
                docs.append(d)
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()
    lexicon = load_lexicon()
    right = total = 0
    for d in tune_documents():
        path = devset_dir() / f"{d['id']}.{d.get('suffix', 'md')}"
        if not path.is_file() or not d.get("topic"):
            continue
        total += 1
        found = DocContext(read_document(path), lexicon).main_disease
        ok = agrees(found, str(d["topic"]))
        right += ok
        if args.all or not ok:
            mark = "ok  " if ok else ("NONE" if found is None else "DIFF")
            print(f"{mark} {d['id']}: want {d['topic']!r}, got {found!r}")
    print(f"right topic: {right} of {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
