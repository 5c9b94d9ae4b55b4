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
        result = collection.fit_parameters()
    if result is None:
        print("Not enough reviews yet to fit your own parameters (about 400 are needed); "
              "the current parameters stay in use.")
        return 0
    print(f"Fitted to {result.items} reviews made on a later day than the one before.")
    print(f"{'':<22}{'log loss':>10}{'RMSE':>10}")
    print(f"{'parameters in use':<22}{result.before.log_loss:>10.4f}{result.before.rmse:>10.4f}")
    print(f"{'fitted parameters':<22}{result.after.log_loss:>10.4f}{result.after.rmse:>10.4f}")
    if not result.applied:
        print("The fitted parameters predict your reviews no better, so the ones in use stay.")
        return 0
    print("Saved. Your reviews are now scheduled with: "
          + ", ".join(f"{p:.4f}" for p in result.parameters))
    return 0
