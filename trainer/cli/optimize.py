"""``trainer optimize``: fit FSRS to your own review history."""

from __future__ import annotations

import argparse
from typing import Any

from trainer.cli.common import open_collection


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("optimize", help="fit FSRS parameters to your review history")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    collection = open_collection(args)
    if collection is None:
        return 2
    with collection:
        fitted = collection.optimise_parameters()
    if fitted is None:
        print("Not enough reviews yet to fit your own parameters (about 400 are needed); "
              "the defaults stay in use.")
        return 0
    print("Fitted FSRS parameters to your reviews: " + ", ".join(f"{p:.4f}" for p in fitted))
    return 0
