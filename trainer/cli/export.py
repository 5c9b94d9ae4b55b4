"""``trainer export``: share decks with Anki (.apkg), from a deck file or the collection.

* ``trainer export DECK.yaml -o DECK.apkg``: a deck file's cards, no schedule;
* ``trainer export --deck ID | --group NAME | --all -o FILE.apkg [--with-schedule]``:
  decks of the collection, with the learner's wording, and optionally their card states
  and review history so Anki (or AnkiDroid) carries on where Trainer stopped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from trainer.cli.common import open_collection
from trainer.clock import SystemClock
from trainer.deckfile import DeckError, load_deck
from trainer.services.exchange import ExportFailed, export_collection, export_deck


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("export", help="export decks as an Anki package (.apkg)")
    p.add_argument("deck", type=Path, metavar="DECK.yaml", nargs="?",
                   help="a deck file to export (otherwise decks of the collection)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.apkg")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--deck", dest="deck_ids", action="append", metavar="ID",
                       help="a deck of the collection (repeat for several)")
    scope.add_argument("--group", metavar="NAME", help="every deck of a group")
    scope.add_argument("--all", action="store_true", help="every deck of the collection")
    p.add_argument("--with-schedule", action="store_true",
                   help="include card states and review history (collection decks only)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from_collection = args.deck_ids or args.group or args.all
    if args.deck is not None and from_collection:
        print("trainer: give either a deck file or --deck/--group/--all, not both.",
              file=sys.stderr)
        return 2
    if args.deck is None and not from_collection:
        print("trainer: say what to export: a deck file, or --deck ID, --group NAME or --all.",
              file=sys.stderr)
        return 2
    try:
        if args.deck is not None:
            if args.with_schedule:
                print("trainer: a deck file holds no schedule; use --deck ID to export a "
                      "deck of the collection with its schedule.", file=sys.stderr)
                return 2
            try:
                deck = load_deck(args.deck)
            except DeckError as exc:
                for problem in exc.problems:
                    print(problem)
                return 1
            result = export_deck(deck, args.output, now=SystemClock().now())
        else:
            collection = open_collection(args)
            if collection is None:
                return 2
            with collection:
                result = export_collection(collection, args.output,
                                           deck_ids=args.deck_ids, group=args.group,
                                           with_schedule=args.with_schedule)
    except ExportFailed as exc:
        print(f"trainer: {exc}", file=sys.stderr)
        return 1
    print(f"Wrote {result.summary()} to {args.output}")
    return 0
