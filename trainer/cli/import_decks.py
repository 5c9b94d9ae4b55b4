"""``trainer import FILE...``: add or update decks in the collection, all or nothing.

Deck files (.yaml) are imported together; Anki packages (.apkg, .colpkg) and spreadsheets
are previewed (what is new, changed, unchanged or left out, and why) and then imported.
``--dry-run`` shows the preview of any of them and writes nothing. Files of other kinds
are named as such.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from trainer.cli.common import open_collection
from trainer.services import Cancelled, DeckImportError
from trainer.services.formats import FileFormat, detect, unsupported_message


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("import", help="import or update deck files, Anki packages "
                              "(.apkg, .colpkg) or spreadsheets (atomic)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true",
                   help="show what the import would change (new, changed, unchanged and "
                        "retired cards per deck); write nothing")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    kinds: dict[FileFormat, list[Path]] = {}
    refused: list[str] = []
    for path in args.files:
        kind, words = detect(path)
        if kind is FileFormat.UNSUPPORTED:
            refused.append(unsupported_message(path, words))
        kinds.setdefault(kind, []).append(path)
    if refused:
        for message in refused:
            print(f"trainer: {message}", file=sys.stderr)
        print("Nothing was imported.", file=sys.stderr)
        return 1
    collection = open_collection(args)
    if collection is None:
        return 2
    with collection:
        code = 0
        if kinds.get(FileFormat.DECK):
            code = _decks(collection, kinds[FileFormat.DECK], dry_run=args.dry_run)
        for path in kinds.get(FileFormat.ANKI_PACKAGE, []):
            code = max(code, _anki(collection, path, dry_run=args.dry_run))
        for path in kinds.get(FileFormat.SPREADSHEET, []):
            code = max(code, _spreadsheet(collection, path, dry_run=args.dry_run))
    return code


def _decks(collection: Any, paths: list[Path], *, dry_run: bool) -> int:
    from trainer.services.import_preview import preview_deck_files

    try:
        if dry_run:
            print(preview_deck_files(collection, paths))
            print("Nothing was written (--dry-run).")
            return 0
        report = collection.import_deck_files(paths)
    except DeckImportError as exc:
        for problem in exc.problems:
            print(problem)
        print("Nothing was imported: fix the problems above and try again.", file=sys.stderr)
        return 1
    print(report.summary())
    return 0


def _anki(collection: Any, path: Path, *, dry_run: bool) -> int:
    from trainer.services.anki_import import (
        PackageError,
        apply_anki_import,
        preview_anki_package,
    )

    try:
        preview = preview_anki_package(collection, path)
    except PackageError as exc:
        print(f"trainer: {exc}", file=sys.stderr)
        return 1
    print(f"{path}:")
    print(preview.summary())
    if dry_run:
        print("Nothing was written (--dry-run).")
        return 0
    try:
        report = apply_anki_import(collection, preview)
    except Cancelled as exc:
        print(f"trainer: {exc}", file=sys.stderr)
        return 1
    print(report.summary())
    return 0


def _spreadsheet(collection: Any, path: Path, *, dry_run: bool) -> int:
    from trainer.services.table_import import TableError, import_table

    try:
        result = import_table(collection, path, dry_run=dry_run)
    except TableError as exc:
        print(f"trainer: {exc}", file=sys.stderr)
        return 1
    print(result)
    return 0
