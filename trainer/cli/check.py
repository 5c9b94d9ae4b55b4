"""``trainer check``: check the collection, repair what can be repaired, report the rest."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from trainer.cli.common import open_collection
from trainer.services import CollectionError
from trainer.services.check import check_collection


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("check", help="check the collection for damage and repair it")
    p.add_argument("--report-only", action="store_true",
                   help="only report problems; change nothing")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    collection = open_collection(args)
    if collection is None:
        return 2
    with collection:
        try:
            report = check_collection(collection,
                                      repair=not args.report_only)
        except CollectionError as exc:
            print(f"trainer: {exc}", file=sys.stderr)
            return 2
    print(report.summary())
    if report.damaged:
        return 2
    return 0 if report.clean or not args.report_only else 1
