"""Exam forecast benchmark: the plan and workload forecast of a 10k-card deck, as the GUI
computes them.

The deck list and the Exam tab of deck options ask the exam planner for an overview: pace
of new cards, predicted recall on exam day, today's desired retention (fsrs-rs-python
simulations at several retentions) and the cards-a-day forecast. The planner keeps a day's
choice, so the figure that matters is the first computation of the day; every run here
starts with an empty cache. Anki has no exam planning, so there is no peer column.

    .venv/bin/python bench/bench_exam.py --cards 10000 --repeat 9

Target: median under 200 ms for 10,000 cards.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` and ``trainer`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trainer.clock import FixedClock
from trainer.services import Collection
from trainer.services.exam import DECK, ExamScope

NOW = datetime(2026, 3, 2, 10, tzinfo=UTC)
DECK_ID = "exam-bench"


def deck_text(cards: int) -> str:
    lines = [f"format: 1\nid: {DECK_ID}\ndeck: Exam bench\ngroup: Bench\n"
             "sources:\n  - id: d1\n    file: notes.txt\ncards:\n"]
    lines += [f"  - id: c{i}\n    type: basic\n    front: Question {i}?\n    back: Answer {i}\n"
              for i in range(cards)]
    return "".join(lines)


def give_history(col: Collection, *, share: float, seed: int) -> int:
    """Mark a share of the cards as studied, with varied stability and due dates."""
    rng = random.Random(seed)
    now_ms = int(NOW.timestamp() * 1000)
    with col.engine.begin() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT card_id FROM card_states")]
        studied = rng.sample(ids, int(len(ids) * share))
        rows = []
        for card_id in studied:
            stability = rng.lognormvariate(2.0, 1.0)
            last = now_ms - int(rng.uniform(0, min(stability, 60)) * 86_400_000)
            due = last + int(stability * 86_400_000)
            rows.append((stability, rng.uniform(3, 8), due, last, card_id))
        conn.exec_driver_sql(
            "UPDATE card_states SET phase=2, stability=?, difficulty=?, due=?, last_review=?, "
            "reps=3 WHERE card_id=?", rows)
    return len(studied)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--share", type=float, default=0.4, help="share already studied")
    parser.add_argument("--days", type=int, default=60, help="days until the exam")
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "deck.yaml").write_text(deck_text(args.cards), encoding="utf-8")
        col = Collection.open(folder / "c.sqlite3", clock=FixedClock(NOW), tz=UTC)
        col.import_deck_files([folder / "deck.yaml"])
        studied = give_history(col, share=args.share, seed=7)
        exam_on = date(2026, 3, 2) + timedelta(days=args.days)
        col.exams.set_date(scope=ExamScope(DECK, DECK_ID), exam_on=exam_on)
        counts = col.deck_counts()
        titles = {c.deck_id: c.title for c in counts}

        def deck_list() -> float:
            col.exams.forget()  # the first computation of the day
            gc.collect()
            start = time.perf_counter()
            found = col.exams.overviews(titles)
            elapsed = time.perf_counter() - start
            assert found[(DECK, DECK_ID)].reviews_per_day
            return elapsed

        def preview() -> float:
            col.exams.forget()
            gc.collect()
            start = time.perf_counter()
            col.exams.overview(scope=ExamScope(DECK, DECK_ID), title="Exam bench",
                               exam_on=exam_on - timedelta(days=7))
            return time.perf_counter() - start

        def cached() -> float:
            col.exams.overviews(titles)
            start = time.perf_counter()
            col.exams.overviews(titles)
            return time.perf_counter() - start

        deck_list()  # warm-up: imports, first simulator call
        rows = []
        for label, fn in (("deck list: exam plan and forecast, first of the day", deck_list),
                          ("exam tab: preview of another date", preview),
                          ("deck list: refresh later the same day", cached)):
            samples = [fn() * 1000 for _ in range(args.repeat)]
            rows.append((label, statistics.median(samples), max(samples)))
        overview = col.exams.overviews(titles)[(DECK, DECK_ID)]
        col.close()

    print(f"{args.cards} cards ({studied} studied), exam in {args.days} days, "
          f"{args.repeat} runs each; today's retention {overview.retention:.2f}, "
          f"{overview.pace} new a day")
    print(f"{'what':<56} {'median ms':>10} {'max ms':>8}")
    for label, median, worst in rows:
        mark = "" if median < 200 else "  OVER 200 ms"
        print(f"{label:<56} {median:>10.1f} {worst:>8.1f}{mark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
