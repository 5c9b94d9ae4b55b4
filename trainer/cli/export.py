"""``trainer export DECK.yaml -o DECK.apkg``: share a deck with Anki users."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from trainer.deckfile import DeckError, load_deck
from trainer.interop.apkg import export_apkg


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("export", help="export a deck file as an Anki package (.apkg)")
    p.add_argument("deck", type=Path, metavar="DECK")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.apkg")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        deck = load_deck(args.deck)
    except DeckError as exc:
        for problem in exc.problems:
            print(problem)
        return 1
    try:
        count = export_apkg(deck, args.output)
    except OSError as exc:
        print(f"trainer: {args.output}: cannot write ({exc.strerror})", file=sys.stderr)
        return 1
    print(f"Wrote {count} cards of '{deck.title}' to {args.output}")
    return 0
