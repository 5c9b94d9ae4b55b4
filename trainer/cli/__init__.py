"""The ``trainer`` command: with no subcommand it opens the app; subcommands work headless."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from trainer import __version__

# One module per subcommand, each with register(subparsers) and run(args) -> int.
SUBCOMMANDS = ("validate", "import_decks", "decks", "extract", "generate", "optimize", "export")
# The word typed for each module: only the chosen one is imported (start-up time).
_COMMAND_WORDS = {"import": "import_decks"} | {m: m for m in SUBCOMMANDS if m != "import_decks"}


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given the arguments, with only the subcommand they choose (if any)."""
    parser = argparse.ArgumentParser(
        prog="trainer",
        description="Study medical facts with spaced repetition; build decks from documents.",
    )
    parser.add_argument("--version", action="version", version=f"trainer {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="folder holding the profiles (default: the platform's data folder, "
                             "or $TRAINER_DATA_DIR)")
    parser.add_argument("--profile", default=None, help="profile to use (default: last used)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = _command_module(argv or ())
    for name in [chosen] if chosen else SUBCOMMANDS:
        module = importlib.import_module(f"trainer.cli.{name}")
        module.register(_DefaultRun(subparsers, module.run))
    return parser


def _command_module(argv: Sequence[str]) -> str | None:
    """The module of the subcommand the arguments name, if any (the first positional one)."""
    words = iter(argv)
    for word in words:
        if word in ("--data-dir", "--profile"):
            next(words, None)  # the option's value, whatever it says
        elif not word.startswith("-"):
            return _COMMAND_WORDS.get(word)
    return None


class _DefaultRun:
    """Passes add_parser through, making the module's run() the default handler."""

    def __init__(self, subparsers: Any, run: Any) -> None:
        self._subparsers, self._run = subparsers, run

    def add_parser(self, *args: Any, **kwargs: Any) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = self._subparsers.add_parser(*args, **kwargs)
        parser.set_defaults(run=self._run)
        return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(argv) if argv is not None else sys.argv[1:]
    parser = build_parser(arguments)
    args = parser.parse_args(arguments)
    if args.command is None:
        from trainer.gui.app import run as run_gui

        return run_gui(sys.argv[:1], data_dir=args.data_dir, profile=args.profile)
    code: int = args.run(args)
    return code
