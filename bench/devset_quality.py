"""Precision and recall of the generator on the real-document development set.

    python bench/devset_quality.py [--split test|tune] [--details] [--anywhere]

The documents are third-party text, assembled outside the repository by
``tests/data/realdocs/assemble.py``; the answer keys are ``tests/data/gold/real_<split>_*.yaml``.
Rules are tuned on the ``tune`` half; the README quotes the ``test`` half.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.extraction_scoring import print_table  # noqa: E402
from tests.realdocs import documents, missing_reason, score_half  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["tune", "test"], default="test")
    ap.add_argument("--details", action="store_true", help="list every wrong and missed fact")
    ap.add_argument("--set", action="append", default=[], dest="sets",
                    help="only this answer key (real_<split>_<SET>.yaml); may be repeated")
    ap.add_argument("--anywhere", action="store_true",
                    help="a fact the key holds counts as right when its cited lines name its "
                         "subject and object, even if the key cites another place")
    args = ap.parse_args()
    reason = None if args.sets else missing_reason(args.split)
    if reason:
        print(reason, file=sys.stderr)
        return 2
    print(f"{args.split} half: {len(documents(args.split))} documents")
    print_table(score_half(args.split, args.sets, anywhere=args.anywhere), details=args.details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
