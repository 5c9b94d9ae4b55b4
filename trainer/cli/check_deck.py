"""`trainer check-deck DECK...`: what a reviewer should look at before handing a deck out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from trainer.deckfile.load import check_file


def register(subparsers: Any) -> None:
    """Add the `check-deck` subcommand to an argparse subparsers object."""
    parser = subparsers.add_parser(
        "check-deck",
        help="list what a reviewer should look at in a deck (repeats, drafts, weak cards)",
        description=(
            "Check the cards a deck gives for what a reviewer should look at: repeated "
            "questions, answers shared by many cards, wrong choices of another kind, facts "
            "still in draft or in conflict, facts with no card, citations whose lines do not "
            "hold the answer (with --documents), and cards that teach nothing. Exit status 1 "
            "when anything is found, 2 when a file is not a valid deck, else 0."
        ),
    )
    parser.add_argument("decks", nargs="+", type=Path, metavar="DECK", help="deck files")
    parser.add_argument("--documents", type=Path, default=None, metavar="DIR",
                        help="folder holding the documents the decks cite, to check citations")


def run(args: argparse.Namespace) -> int:
    from trainer.services.deck_check import check_deck

    status = 0
    for path in args.decks:
        result = check_file(path)
        if result.deck is None:
            for problem in result.problems:
                print(problem, file=sys.stderr)
            print(f"{path}: not a valid deck file; run 'trainer validate {path}' for details",
                  file=sys.stderr)
            status = 2
            continue
        findings = check_deck(result.deck, documents_dir=args.documents)
        for finding in findings:
            print(f"{path}: {finding}")
        if findings:
            print(f"{path}: {len(findings)} thing{'s' if len(findings) != 1 else ''} to look at")
            status = max(status, 1)
        else:
            print(f"{path}: nothing to look at")
    return status
