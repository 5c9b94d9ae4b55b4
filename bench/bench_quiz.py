"""Building a quiz from a big collection, the way the app does it: from the database.

The collection holds 100,000 cards (by default) made by the templates from drug -> target
facts, in decks of 10,000 cards: each fact gives a written question, a typed one, a
reverse one and a multiple-choice one, as a generated deck does. One timed run is
``Collection.quizzes().start(...)``: read the eligible cards, draw 50 questions (one per
fact), decode them, draw the wrong choices of the reverse questions, and store the new
attempt: everything between the learner pressing Start and the first question.

Target from the issue: under 200 ms median for 50 questions from 100k cards.
Usage: ``python bench/bench_quiz.py [--cards 100000] [--questions 50] [--runs 21]``.
Not a test: it prints medians and never fails a build. Needs only Trainer (no Anki).
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``trainer`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trainer.clock import FixedClock
from trainer.services import Collection
from trainer.services.quiz_models import QuestionKind, QuizSetup

CARDS_PER_FACT = 4  # forward, typed, reverse, multiple choice
CARDS_PER_DECK = 10_000


def _deck_text(deck: int, facts: range) -> str:
    lines = [f"format: 1\nid: quiz-bench-{deck:02d}\ndeck: Quiz bench {deck:02d}\n"
             "group: Bench\nsources:\n  - id: d1\n    file: notes.txt\nfacts:\n"]
    for i in facts:
        lines.append(f"  - {{id: f{i}.target, relation: drug_target, subject: drug{i}, "
                     f"object: target{i}, source: {{doc: d1, lines: [1, 2]}}}}\n")
    return "".join(lines)


def build_collection(folder: Path, cards: int) -> Collection:
    facts = cards // CARDS_PER_FACT
    per_deck = CARDS_PER_DECK // CARDS_PER_FACT
    paths = []
    for deck, start in enumerate(range(0, facts, per_deck)):
        path = folder / f"deck{deck:02d}.yaml"
        path.write_text(_deck_text(deck, range(start, min(facts, start + per_deck))),
                        encoding="utf-8")
        paths.append(path)
    col = Collection.open(folder / "collection.sqlite3",
                          clock=FixedClock(datetime(2026, 3, 2, 10, tzinfo=UTC)), tz=UTC)
    col.import_deck_files(paths)
    return col


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=50)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--keep", type=Path, default=None,
                        help="build the collection in this folder and reuse it next time "
                             "(importing 100k fact cards takes minutes)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        began = time.perf_counter()
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        if (folder / "collection.sqlite3").exists():
            col = Collection.open(folder / "collection.sqlite3", tz=UTC,
                                  clock=FixedClock(datetime(2026, 3, 2, 10, tzinfo=UTC)))
        else:
            col = build_collection(folder, args.cards)
        with col.engine.connect() as conn:
            total = conn.exec_driver_sql("SELECT count(*) FROM cards").scalar_one()
        print(f"collection: {total:,} cards in {time.perf_counter() - began:.1f} s (not timed)")
        quizzes = col.quizzes()
        setups = {
            "multiple choice (default)": QuizSetup(count=args.questions),
            "all kinds": QuizSetup(count=args.questions, kinds=frozenset(QuestionKind)),
            "one deck of 10k": QuizSetup(count=args.questions, deck_ids=("quiz-bench-00",)),
        }
        quizzes.start(setup=setups["all kinds"], rng=random.Random(0)).finish()  # warm up
        print(f"\n{'quiz of ' + str(args.questions) + ' questions':<34}"
              f"{'median':>10}{'p90':>10}{'min':>10}")
        for label, setup in setups.items():
            samples = []
            for run in range(args.runs):
                gc.collect()
                start = time.perf_counter()
                quiz = quizzes.start(setup=setup, rng=random.Random(run))
                samples.append((time.perf_counter() - start) * 1000)
                assert len(quiz.questions) == args.questions
                quiz.finish()
            samples.sort()
            p90 = samples[int(0.9 * (len(samples) - 1))]
            print(f"{label:<34}{statistics.median(samples):>8.1f}ms{p90:>8.1f}ms"
                  f"{samples[0]:>8.1f}ms")
        col.close()
    print("\ntarget: under 200 ms median")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
