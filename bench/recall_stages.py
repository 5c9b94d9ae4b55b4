"""Where recall is lost on the development set: each missed key fact, by stage.

    python bench/recall_stages.py --split tune [--set SET ...] [--examples N]

A key fact the cards miss falls in one of four stages, tried in this order:

* ``draft``: the extractor read it at the cited lines but held it below the card threshold;
* ``elsewhere``: a card states it, citing another place of the document;
* ``unread``: the cited lines name its object as the key spells it (or as the lexicon maps it)
  and the document names its subject (a page's condition is often named only in its title or
  heading), yet nothing was read: a reading rule is missing;
* ``paraphrase``: the key words the fact in its own terms: its object is not named in the cited
  lines as the key spells it (a paraphrase, a summary of several lines, a name the lexicon
  lacks), or its subject is named nowhere in the document.

Counts only unless ``--examples`` is given; never give it for the test half, whose errors
are not read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.extraction_scoring import (  # noqa: E402
    DATA,
    _key,
    _overlap,
    _states,
    load_alternatives,
    load_gold,
    score,
)
from tests.realdocs import documents  # noqa: E402
from trainer.domain import Relation  # noqa: E402
from trainer.generator import extract_documents  # noqa: E402

STAGES = ("draft", "elsewhere", "unread", "paraphrase")


def _words(text: str) -> str:
    """Lower-case words without punctuation, each without a final plural."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return " " + " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss")
                          else w for w in words) + " "


def _said(lines: list[str], span: tuple[int, int], phrase: str) -> bool:
    """Whether the lines name ``phrase``, as written (punctuation and plurals aside) or by a
    spelling the lexicon maps to the same name."""
    key = ("", "", phrase, phrase)
    return _words(phrase) in _words(" ".join(lines[span[0] - 1 : span[1]])) or _states(
        lines, span, key
    )


def _names(lines: list[str], span: tuple[int, int], key: tuple[str, str, str, str]) -> bool:
    """Whether the lines name the key's object and the document names its subject."""
    return _said(lines, span, key[3]) and _said(lines, (1, len(lines)), key[2])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["tune", "test"], default="tune")
    ap.add_argument("--set", action="append", default=[], dest="sets")
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args()
    if args.examples and args.split == "test":
        print("the test half's errors are not read: counts only", file=sys.stderr)
        return 2
    gold_paths = sorted((DATA / "gold").glob(f"real_{args.split}_*.yaml"))
    if args.sets:
        gold_paths = [g for g in gold_paths if g.stem.split("_", 2)[2] in args.sets]
    gold: dict = defaultdict(list)
    alternatives: dict = {}
    for g in gold_paths:
        for k, v in load_gold(g).items():
            gold[k] += v
        alternatives.update(load_alternatives(g))
    ids = {k[0] for k in gold}
    docs = [p for p in documents(args.split) if p.stem in ids]
    table = score(docs, gold_paths)
    drafts: dict = defaultdict(list)
    for f in extract_documents(docs, min_confidence=0.0):
        k = _key(f.doc, f.relation.value, f.subject, f.object)
        drafts[alternatives.get(k, k) if k not in gold else k].append(f.lines)
    texts = {p.stem: p.read_text(encoding="utf-8", errors="replace").splitlines() for p in docs}
    print(f"{args.split} half, {len(docs)} documents: missed key facts by stage")
    print(f"{'relation':<19}" + "".join(f"{s:>11}" for s in STAGES))
    for rel in Relation:
        if rel is Relation.NOTE or rel not in table:
            continue
        counts: Counter[str] = Counter()
        shown: dict[str, list[str]] = defaultdict(list)
        for k in table[rel]["missed"]:  # type: ignore[union-attr]
            spans = gold[k]
            if any(_overlap(a, b) for a in drafts.get(k, []) for b in spans):
                stage = "draft"
            elif k in table[rel]["wrong"]:  # type: ignore[operator]
                stage = "elsewhere"
            elif any(_names(texts[k[0]], span, k) for span in spans):
                stage = "unread"
            else:
                stage = "paraphrase"
            counts[stage] += 1
            if len(shown[stage]) < args.examples:
                shown[stage].append(f"    {stage}: {k[0]} | {k[2]} -> {k[3]} {spans[0]}")
        print(f"{rel.value:<19}" + "".join(f"{counts[s]:>11}" for s in STAGES))
        for stage in STAGES:
            for line in shown[stage]:
                print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
