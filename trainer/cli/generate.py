"""``trainer generate``: documents -> a deck file; ``--bundled`` regenerates the bundled decks.

Every error is one line naming the file it is about, exit status 1, and no deck file (nor a
temporary one) is left behind: the deck is written only once everything else succeeded.
Nothing is silent: when no document gives a fact, each is named with the reason and no deck
is written (exit status 1); when only some give none, they are named in a warning and the
deck is written from the others. Generating into an existing deck file keeps the reviewers'
verdicts recorded in it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from trainer.config import bundled_decks_dir, default_documents_dir
from trainer.deckfile import DeckError
from trainer.domain import Deck, FactStatus, Relation
from trainer.generator import IngestError
from trainer.generator.build import (
    Generated,
    GenerationError,
    NoFactsError,
    generate,
    generate_bundled,
)
from trainer.generator.bundles import seed_documents
from trainer.generator.ingest import SUPPORTED
from trainer.templates import render_cards, slug

PROG = "trainer generate"


def register(subparsers: Any) -> None:
    """Add the ``generate`` subcommand to an argparse subparsers object."""
    parser = subparsers.add_parser(
        "generate",
        help="make a deck file from documents (or regenerate the bundled decks)",
        description=(
            "Read documents (.txt, .md, .html, .pdf), extract facts and write them as a deck "
            "file. With --bundled, regenerate every bundled deck from the seed documents."
        ),
    )
    parser.add_argument("documents", nargs="*", type=Path, metavar="DOC",
                        help="documents to read; a folder stands for the documents in it")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="deck file to write, e.g. decks/my-notes.yaml")
    parser.add_argument("--id", dest="deck_id", metavar="ID",
                        help="deck id (default: from the output file name)")
    parser.add_argument("--title", metavar="T", help="deck title (default: from the file name)")
    parser.add_argument("--group", default="", metavar="G",
                        help="topic the deck is listed under, e.g. ALL")
    parser.add_argument("--relations", metavar="R1,R2",
                        help="only these relations: " + ", ".join(_relation_names()))
    parser.add_argument("--cloze", action="store_true",
                        help="also make cloze cards from the documents' own sentences "
                             "(for your own documents; never used in bundled decks)")
    parser.add_argument("--bundled", action="store_true",
                        help="regenerate all bundled decks from the seed documents")
    parser.add_argument("--documents", dest="documents_dir", type=Path, metavar="DIR",
                        help="with --bundled: folder of seed documents "
                             "(default: ../shared/documents beside the checkout)")
    parser.add_argument("--out", dest="out_dir", type=Path, metavar="DIR",
                        help="with --bundled: folder to write the decks to (default: decks/)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Generate as ``args`` say; return the exit status."""
    target = args.out_dir if args.bundled else args.output
    try:
        if args.bundled:
            return _run_bundled(args)
        return _run_one(args)
    except _UsageError as exc:
        _error(str(exc))
        return 2
    except NoFactsError as exc:
        for empty in exc.empty:
            _error(empty.message())
        where = "the document" if len(exc.empty) == 1 else f"any of the {len(exc.empty)} documents"
        _error(f"no facts were found in {where}, so no deck was written")
    except (IngestError, GenerationError) as exc:
        _error(str(exc))
    except DeckError as exc:
        first = str(exc).splitlines()[0] if str(exc) else ""
        _error(first or f"{target}: the deck could not be written")
    except OSError as exc:
        _error(f"{target or exc.filename}: cannot write the deck ({exc.strerror or exc})")
    return 1


class _UsageError(Exception):
    """The command line asks for something impossible."""


def _run_one(args: argparse.Namespace) -> int:
    if not args.documents:
        raise _UsageError("give the documents to read (DOC...) or --bundled")
    if args.output is None:
        raise _UsageError("give the deck file to write with -o FILE")
    output: Path = args.output
    if not output.parent.is_dir():
        raise GenerationError(f"{output}: folder {output.parent} does not exist")
    made = generate(
        _documents(args.documents), output,
        deck_id=args.deck_id or _deck_id(output),
        title=args.title or _title(output),
        group=args.group,
        relations=_relations(args.relations),
        cloze=args.cloze,
    )
    _warn_empty(made)
    print(f"wrote {output}: {_summary(made)}")
    return 0


def _documents(paths: list[Path]) -> list[Path]:
    """The documents to read: a folder stands for the documents directly in it, as in the app."""
    out: list[Path] = []
    for path in paths:
        if not path.is_dir():
            out.append(path)
            continue
        found = seed_documents(path)
        if not found:
            raise _UsageError(f"{path}: the folder holds no documents to read "
                              f"({SUPPORTED})")
        out += found
    return out


def _run_bundled(args: argparse.Namespace) -> int:
    if args.documents or args.output is not None:
        raise _UsageError("--bundled takes no DOC or -o; use --documents DIR and --out DIR")
    folder = args.documents_dir or default_documents_dir()
    if folder is None:
        raise GenerationError("../shared/documents: seed documents not found; "
                              "give --documents DIR")
    out_dir: Path = args.out_dir or bundled_decks_dir()
    if not out_dir.is_dir():
        raise GenerationError(f"{out_dir}: output folder does not exist")
    made = generate_bundled(folder, out_dir)
    if made:
        _warn_empty(made[0])
    for one in made:
        print(f"wrote {out_dir / (one.deck.id + '.yaml')}: {_summary(one)}")
    return 0


def _relations(text: str | None) -> set[Relation] | None:
    if not text:
        return None
    chosen: set[Relation] = set()
    for name in (part.strip() for part in text.split(",")):
        try:
            chosen.add(Relation(name))
        except ValueError:
            raise _UsageError(
                f"unknown relation '{name}'; use any of {', '.join(_relation_names())}"
            ) from None
    return chosen


def _relation_names() -> list[str]:
    return [r.value for r in Relation if r is not Relation.NOTE]


def _deck_id(output: Path) -> str:
    return slug(output.stem)[:80]


def _title(output: Path) -> str:
    words = output.stem.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else "Untitled deck"


def _summary(made: Generated) -> str:
    deck: Deck = made.deck
    conflicts = sum(1 for f in deck.facts if f.status is FactStatus.CONFLICT)
    cards = len(render_cards(deck))
    extra = f" ({conflicts} to settle)" if conflicts else ""
    verdicts = made.verdicts.summary()
    return f"{len(deck.facts)} facts{extra}, {cards} cards" + (f"; {verdicts}" if verdicts else "")


def _warn_empty(made: Generated) -> None:
    for empty in made.empty:
        print(f"{PROG}: warning: {empty.message()}", file=sys.stderr)


def _error(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)
