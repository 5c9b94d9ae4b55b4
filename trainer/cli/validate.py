"""`trainer validate FILE...`: check deck files and print problems as file:line:col: message."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from trainer.deckfile import Problem
from trainer.deckfile.load import check_file
from trainer.templates import render_cards

_SUFFIXES = (".yaml", ".yml")
# A deck names at least one of these at the start of a line near the top of the file.
_DECK_KEY = re.compile(r"^(format|id|deck|title|facts|cards)[ \t]*:", re.MULTILINE)
_SNIFF_BYTES = 64 * 1024


def register(subparsers: Any) -> None:
    """Add the `validate` subcommand to an argparse subparsers object."""
    parser = subparsers.add_parser(
        "validate",
        help="check deck files and report every problem as file:line:col: message",
        description=(
            "Check deck files (YAML). Every problem is printed as 'file:line:col: message'; "
            "the exit status is 1 if any file has problems, else 0. A folder stands for the "
            "*.yaml and *.yml files in it."
        ),
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="deck files")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Validate ``args.files``; print problems or a one-line summary; return the exit status."""
    paths = _expand(list(args.files))
    out = sys.stdout
    valid = facts = cards = 0
    bad_files = problem_count = 0
    seen_ids: dict[str, str] = {}
    for path in paths:
        if (why := not_a_deck(path)) is not None:
            bad_files += 1
            problem_count += 1
            print(f"{path}: {why}", file=out)
            continue
        result = check_file(path)
        problems = list(result.problems)
        deck = result.deck
        if deck is not None:
            other = seen_ids.get(deck.id)
            if other is not None:
                line, col = result.id_position or (1, 1)
                message = (
                    f"deck id '{deck.id}' is also used by {other}; every deck needs its own id"
                )
                problems.append(Problem(str(path), line, col, message))
            else:
                seen_ids[deck.id] = str(path)
        if problems:
            bad_files += 1
            problem_count += len(problems)
            for problem in problems:
                print(problem, file=out)
            continue
        assert deck is not None
        valid += 1
        facts += len(deck.facts)
        made = len(render_cards(deck))  # as the app counts them: fact cards and hand cards
        cards += made
        if not made:
            print(f"{path}: note: this deck gives no cards to study; its facts are conflicts "
                  "or rejected, or it has none", file=sys.stderr)
    if bad_files:
        verb = "has" if bad_files == 1 else "have"
        print(
            f"{bad_files} of {_count(len(paths), 'deck file')} {verb} problems "
            f"({_count(problem_count, 'problem')} in all)",
            file=sys.stderr,
        )
        return 1
    print(f"{_count(valid, 'deck')} valid: {_count(facts, 'fact')}, {_count(cards, 'card')}",
          file=out)
    return 0


def not_a_deck(path: Path) -> str | None:
    """Why ``path`` is plainly not a deck file (so its YAML errors would mislead), or None."""
    if path.is_dir() or not path.exists():
        return None  # check_file words these
    if path.suffix.lower() not in _SUFFIXES:
        return (f"not a deck file: decks are YAML files ending in .yaml or .yml "
                f"(this one ends in '{path.suffix or 'nothing'}'); see docs/deck-format.md")
    try:
        with path.open("rb") as f:
            head = f.read(_SNIFF_BYTES).decode("utf-8", "replace")
    except OSError:
        return None
    if head.strip() and not _DECK_KEY.search(head):
        return ("not a deck file: it has none of the keys a deck starts with (id, deck, "
                "facts, cards); see docs/deck-format.md")
    return None


def _expand(paths: list[Path]) -> list[Path]:
    """Files to check: folders stand for their deck files; each file is checked once."""
    out: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix in _SUFFIXES and p.is_file())
            candidates = found or [path]  # a folder without decks is reported as a problem
        else:
            candidates = [path]
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                out.append(candidate)
    return out


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
