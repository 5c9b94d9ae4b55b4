"""``trainer import DECK...``: add or update decks in the collection, all or nothing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from trainer.cli.common import open_collection
from trainer.services import DeckImportError


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("import", help="import or update deck files (atomic)")
    p.add_argument("files", nargs="+", type=Path, metavar="DECK")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    collection = open_collection(args)
    if collection is None:
        return 2
    with collection:
        try:
            report = collection.import_deck_files(args.files)
        except DeckImportError as exc:
            for problem in exc.problems:
                print(problem)
            print("Nothing was imported: fix the problems above and try again.", file=sys.stderr)
            return 1
    print(report.summary())
    return 0
