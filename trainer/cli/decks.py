"""``trainer decks``: what is due today in each deck."""

from __future__ import annotations

import argparse
from typing import Any

from trainer.cli.common import open_collection, profile_exists
from trainer.config import bundled_decks_dir


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("decks", help="list decks with today's new / learning / due")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    fresh = not profile_exists(args)
    collection = open_collection(args)
    if collection is None:
        return 2
    with collection:
        if fresh and not collection.has_decks() and any(bundled_decks_dir().glob("*.yaml")):
            # A first start, as in the app: the decks that come with Trainer, ready to study.
            report = collection.import_bundled_decks()
            print(f"New profile: added the {len(report.decks)} decks that come with Trainer.")
        counts = collection.deck_counts()
    if not counts:
        print("No decks yet: add the decks that come with Trainer with "
              f"'trainer import {bundled_decks_dir()}', your own with "
              "'trainer import DECK.yaml', or open the app.")
        return 0
    width = max(len(c.title) for c in counts)
    print(f"{'deck':<{width}}  {'new':>5} {'learn':>5} {'due':>5} {'cards':>6}")
    for c in counts:
        print(f"{c.title:<{width}}  {c.new:>5} {c.learning:>5} {c.review:>5} {c.total:>6}")
    return 0
