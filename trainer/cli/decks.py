"""``trainer decks``: what is due today in each deck."""

from __future__ import annotations

import argparse
from typing import Any

from trainer.cli.common import open_collection


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("decks", help="list decks with today's new / learning / due")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    collection = open_collection(args)
    if collection is None:
        return 2
    with collection:
        counts = collection.deck_counts()
    if not counts:
        print("No decks yet: run 'trainer import DECK.yaml' or open the app.")
        return 0
    width = max(len(c.title) for c in counts)
    print(f"{'deck':<{width}}  {'new':>5} {'learn':>5} {'due':>5} {'cards':>6}")
    for c in counts:
        print(f"{c.title:<{width}}  {c.new:>5} {c.learning:>5} {c.review:>5} {c.total:>6}")
    return 0
