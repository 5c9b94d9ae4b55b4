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
SUBCOMMANDS = ("validate", "import_decks", "decks", "extract", "generate", "optimize", "export",
               "backup", "check")


def build_parser() -> argparse.ArgumentParser:
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
    for name in SUBCOMMANDS:
        module = importlib.import_module(f"trainer.cli.{name}")
        module.register(_DefaultRun(subparsers, module.run))
    return parser


class _DefaultRun:
    """Passes add_parser through, making the module's run() the default handler."""

    def __init__(self, subparsers: Any, run: Any) -> None:
        self._subparsers, self._run = subparsers, run

    def add_parser(self, *args: Any, **kwargs: Any) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = self._subparsers.add_parser(*args, **kwargs)
        parser.set_defaults(run=self._run)
        return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.command is None:
        from trainer.gui.app import run as run_gui

        return run_gui(sys.argv[:1], data_dir=args.data_dir, profile=args.profile)
    from trainer.services import CollectionError

    try:
        code: int = args.run(args)
    except CollectionError as exc:  # a fault met mid-command: the message, not a traceback
        print(f"trainer: {exc}", file=sys.stderr)
        return 2
    return code
