"""The ``trainer`` command: with no subcommand it opens the app; subcommands work headless."""

from __future__ import annotations

import argparse
import difflib
import importlib
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from trainer import __version__

# One module per subcommand, each with register(subparsers) and run(args) -> int.
SUBCOMMANDS = ("validate", "import_decks", "decks", "extract", "generate", "optimize", "export",
               "check_deck", "backup", "check")
# The word typed for each module: only the chosen one is imported (start-up time).
_COMMAND_WORDS = {"import": "import_decks", "check-deck": "check_deck"} | {
    m: m for m in SUBCOMMANDS if m not in ("import_decks", "check_deck")}


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given the arguments, with only the subcommand they choose (if any)."""
    parser = _Parser(
        prog="trainer",
        description="Study medical facts with spaced repetition; build decks from documents.",
    )
    parser.add_argument("--version", action="version", version=f"trainer {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="folder holding the profiles (default: the platform's data folder, "
                             "or $TRAINER_DATA_DIR)")
    parser.add_argument("--profile", default=None, help="profile to use (default: last used)")
    parser.add_argument("--quit-after-start", action="store_true",
                        help="start the app, print what it opened and quit (checks an install)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = _command_module(argv or ())
    for name in [chosen] if chosen else SUBCOMMANDS:
        module = importlib.import_module(f"trainer.cli.{name}")
        module.register(_DefaultRun(subparsers, module.run))
    return parser


class _Parser(argparse.ArgumentParser):
    """Suggests the closest command when one is mistyped ("trainer deck" -> "decks")."""

    def error(self, message: str) -> NoReturn:
        typed = re.search(r"invalid choice: '([^']*)'", message)
        if typed and "COMMAND" in message:
            close = difflib.get_close_matches(typed.group(1), _command_names(self), n=1)
            hint = f" Did you mean 'trainer {close[0]}'?" if close else ""
            message = (f"'{typed.group(1)}' is not a trainer command.{hint} "
                       "'trainer --help' lists them all.")
        super().error(message)


def _command_names(parser: argparse.ArgumentParser) -> list[str]:
    for action in parser._actions:  # argparse keeps the subcommands only here
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


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
        problem = _window_problem()
        if problem:
            print(problem, file=sys.stderr)
            return 1
        from trainer.gui.app import run as run_gui

        return run_gui(sys.argv[:1], data_dir=args.data_dir, profile=args.profile,
                       quit_after_start=args.quit_after_start)
    from trainer.services import CollectionError

    try:
        code: int = args.run(args)
    except CollectionError as exc:  # a fault met mid-command: the message, not a traceback
        print(f"trainer: {exc}", file=sys.stderr)
        return 2
    return code


def _window_problem() -> str | None:
    """Why Qt could not open a window here, checked before Qt is loaded (it would abort)."""
    from trainer.gui import platform_libs

    missing = platform_libs.missing_for_window()
    if missing is not None:
        return missing.message()
    return platform_libs.no_screen() or platform_libs.display_unreachable()
