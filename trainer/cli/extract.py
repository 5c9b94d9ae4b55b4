"""``trainer extract DOC... [--format jsonl|yaml] [--min-confidence X]``: facts as records.

jsonl prints one fact per line:
``{"doc": <file stem>, "relation": ..., "subject": ..., "object": ..., "lines": [a, b],
"confidence": 0.9}`` plus "page", "qualifier" and "flags" when present (never the evidence
sentence). yaml prints a list of the same records. A document that cannot be read, or holds no
text (empty, a scanned PDF), is reported on stderr in one line naming the file; the facts of the
other documents are still printed and the exit status is 1. A document whose text gives no fact
is named on stderr too, with what to try; when no document gives any fact the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from trainer.generator.coverage import EmptyDocument
from trainer.generator.facts import DEFAULT_MIN_CONFIDENCE, ExtractedFact, extract_document
from trainer.generator.ingest import IngestError, NoTextError, read_document
from trainer.generator.lexicon_load import LexiconError, load_lexicon


def register(subparsers: Any) -> None:
    """Add the ``extract`` subcommand to an argparse subparsers object."""
    parser = subparsers.add_parser(
        "extract",
        help="print the facts found in documents (JSONL or YAML)",
        description="Read documents (.txt, .md, .html, .pdf) and print the facts found in them.",
    )
    parser.add_argument("documents", nargs="+", type=Path, metavar="DOC", help="documents to read")
    parser.add_argument(
        "--format",
        choices=("jsonl", "yaml"),
        default="jsonl",
        help="output format (default: jsonl)",
    )
    parser.add_argument("--min-confidence", type=_confidence, default=DEFAULT_MIN_CONFIDENCE,
                        metavar="X", help=f"only facts at least this sure, 0..1 "
                        f"(default: {DEFAULT_MIN_CONFIDENCE})")  # fmt: skip
    parser.set_defaults(run=run)


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {text}")
    return value


def run(args: argparse.Namespace) -> int:
    """Extract and print; 1 when any document failed, else 0."""
    try:
        return _run(args)
    except BrokenPipeError:  # output piped into `head`: stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _run(args: argparse.Namespace) -> int:
    try:
        lexicon = load_lexicon()
    except LexiconError as exc:
        print(f"trainer extract: {exc}", file=sys.stderr)
        return 1
    failed = False
    facts: list[ExtractedFact] = []
    for path in args.documents:
        try:
            document = read_document(path)
        except NoTextError as exc:
            empty = EmptyDocument(Path(path).name, text_read=False,
                                  detail=str(exc).removeprefix(f"{Path(path).name}: "))
            print(f"trainer extract: {empty.message()}", file=sys.stderr)
            failed = True
            continue
        except IngestError as exc:
            print(f"trainer extract: {exc}", file=sys.stderr)
            failed = True
            continue
        found = extract_document(document, lexicon=lexicon, min_confidence=args.min_confidence)
        if not found:
            empty = EmptyDocument(Path(path).name, text_read=True)
            print(f"trainer extract: {empty.message()}", file=sys.stderr)
        if args.format == "jsonl":
            for fact in found:
                print(json.dumps(fact.to_record(), ensure_ascii=False))
        facts += found
    if args.format == "yaml":
        records = [f.to_record() for f in facts]
        text = yaml.safe_dump(records, sort_keys=False, allow_unicode=True) if records else "[]\n"
        sys.stdout.write(text)
    return 1 if failed or not facts else 0
