"""``trainer backup list|create|restore``: the profile's verified, rotated backups."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from trainer.cli.common import collection_path
from trainer.clock import SystemClock
from trainer.services import CollectionError
from trainer.services.backups import backups_of, create_backup, newest_good_backup, restore


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("backup", help="list, take or restore backups of the collection")
    actions = p.add_subparsers(dest="backup_action", metavar="ACTION", required=True)
    actions.add_parser("list", help="backups, newest first, with card and review counts")
    actions.add_parser("create", help="take a verified backup now")
    r = actions.add_parser("restore", help="replace the collection with a backup "
                                           "(the current state is backed up first)")
    r.add_argument("which", nargs="?", default="newest",
                   help="a number from 'trainer backup list', a backup file, or 'newest' "
                        "(the newest backup that passes its check; the default)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = collection_path(args)
    clock = SystemClock()
    try:
        if args.backup_action == "list":
            return _list(path)
        if args.backup_action == "create":
            made = create_backup(path, clock=clock)
            print(f"Backed up: {made.describe()}\n  {made.path}")
            return 0
        chosen = _choose(path, args.which)
        if chosen is None:
            return 1
        done = restore(path, chosen, clock=clock)
    except CollectionError as exc:
        print(f"trainer: {exc}", file=sys.stderr)
        return 2
    print(f"Restored the backup {done.restored.describe()}.")
    if done.previous is not None:
        kept = "moved aside (it was damaged)" if done.previous_was_damaged else "backed up"
        print(f"What was there before was {kept}: {done.previous}")
    return 0


def _list(path: Path) -> int:
    found = backups_of(path)
    if not found:
        print(f"No backups of {path} yet. Take one with 'trainer backup create'.")
        return 0
    for number, info in enumerate(found, 1):
        print(f"{number:>3}  {info.describe()}")
    return 0


def _choose(path: Path, which: str) -> Path | None:
    if which == "newest":
        good = newest_good_backup(path)
        if good is None:
            print("trainer: there is no backup that passes its check, so nothing was "
                  "restored. Run 'trainer backup list' to see what there is.", file=sys.stderr)
            return None
        return good.path
    found = backups_of(path)
    if which.isdigit():
        number = int(which)
        if not 1 <= number <= len(found):
            print(f"trainer: there is no backup number {number}; 'trainer backup list' shows "
                  f"{len(found)}.", file=sys.stderr)
            return None
        return found[number - 1].path
    return Path(which).resolve()
