"""Statistics benchmark: the figures of the statistics window over a large review log.

Builds a collection of N cards in ten decks of one group, gives a share of them FSRS
states, and writes M review-log rows over the last year, in a morning and an evening session
a day; then times
``Collection.statistics().report(...)`` exactly as the statistics window calls it (whole
collection over a year and over all time, one group, one deck over a month). Every run
opens a fresh Statistics, so nothing is cached between runs.

    .venv/bin/python bench/bench_stats.py --cards 100000 --reviews 1000000 --repeat 5

Target: median under 1 s at 1,000,000 review-log rows. Anki's backend has no call that
returns these figures as data without its web page, so there is no peer column.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` and ``trainer`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trainer.clock import FixedClock
from trainer.services import Collection
from trainer.services.stats import DECK, GROUP, Scope

NOW = datetime(2026, 3, 2, 10, tzinfo=UTC)
DAY_MS = 86_400_000
HOUR_MS = 3_600_000
SESSIONS_MS = (7 * HOUR_MS, 20 * HOUR_MS)  # sessions start at 07:00 and 20:00 UTC
DECKS = 10


def deck_text(number: int, cards: int) -> str:
    lines = [f"format: 1\nid: stats-{number}\ndeck: Stats {number}\ngroup: Bench\n"
             "sources:\n  - id: d1\n    file: notes.txt\ncards:\n"]
    lines += [f"  - id: c{i}\n    type: basic\n    front: Question {number}-{i}?\n"
              f"    back: Answer {i}\n" for i in range(cards)]
    return "".join(lines)


def fill(col: Collection, *, reviews: int, share: float, seed: int) -> None:
    """FSRS states for a share of the cards, and ``reviews`` answers over the last year."""
    rng = random.Random(seed)
    now_ms = int(NOW.timestamp() * 1000)
    day0 = now_ms - 10 * HOUR_MS  # midnight UTC today
    raw = col.engine.raw_connection()
    try:
        cur = raw.cursor()
        ids = [r[0] for r in cur.execute("SELECT id FROM cards ORDER BY id")]
        studied = ids[: int(len(ids) * share)]
        cur.executemany(
            "UPDATE card_states SET phase=2, stability=?, difficulty=?, last_review=?, due=?, "
            "reps=3 WHERE card_id=?",
            [(s, rng.uniform(1, 10), now_ms - int(rng.uniform(0, s) * DAY_MS),
              now_ms + int(rng.uniform(-3, s) * DAY_MS), cid)
             for cid in studied for s in (rng.lognormvariate(2.5, 1.2),)])
        rows: list[tuple[object, ...]] = []
        for _ in range(reviews):
            # a morning and an evening session a day, as a learner studies
            when = (day0 - rng.randrange(365) * DAY_MS + rng.choice(SESSIONS_MS)
                    + rng.randrange(HOUR_MS))
            rows.append((rng.choice(studied), when,
                         rng.choices((1, 2, 3, 4), (10, 10, 70, 10))[0],
                         rng.randrange(2000, 20000), rng.choice((0, 1, 2, 2, 2, 3)),
                         rng.expovariate(1 / 20)))
        rows.sort(key=lambda r: r[1])  # a real log grows in time order, and so do its indexes
        for start in range(0, len(rows), 50_000):
            _write(cur, rows[start:start + 50_000])
        raw.commit()
    finally:
        raw.close()


# A scheduling state as the app logs it before and after every answer: the log's rows are
# as wide as real ones, so a scan of the table costs what it would.
STATE = ('{"difficulty": 5.312345678901234, "due": 1772445600000, "lapses": 1, '
         '"last_review": 1771840800000, "phase": 2, "reps": 6, "stability": 12.3456789012345, '
         '"step": null}')


def _write(cur: object, rows: list[tuple[object, ...]]) -> None:
    cur.executemany(  # type: ignore[attr-defined]
        "INSERT INTO review_log (card_id, reviewed_at, rating, duration_ms, phase_before, "
        "phase_after, state_before, state_after, scheduled_days, elapsed_days) "
        "VALUES (?, ?, ?, ?, ?, 2, ?, ?, 1.0, ?)",
        [(*row[:5], STATE, STATE, row[5]) for row in rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--share", type=float, default=0.6, help="share of cards studied")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, default=None,
                        help="folder to keep the collection in, and reuse it when it exists")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        if (folder / "c.sqlite3").exists():
            col = Collection.open(folder / "c.sqlite3", clock=FixedClock(NOW), tz=UTC)
            run(col, args.repeat)
            return
        paths = []
        for number in range(DECKS):
            path = folder / f"stats-{number}.yaml"
            path.write_text(deck_text(number, args.cards // DECKS), encoding="utf-8")
            paths.append(path)
        started = time.perf_counter()
        col = Collection.open(folder / "c.sqlite3", clock=FixedClock(NOW), tz=UTC)
        col.import_deck_files(paths)
        fill(col, reviews=args.reviews, share=args.share, seed=args.seed)
        print(f"built {args.cards:,} cards and {args.reviews:,} review-log rows in "
              f"{time.perf_counter() - started:.1f} s")
        run(col, args.repeat)


def run(col: Collection, repeat: int) -> None:
    """Time each scope; prints one row per scope."""
    cases = (("whole collection, last year", Scope(), 365),
             ("whole collection, all time", Scope(), None),
             ("group, last 3 months", Scope(GROUP, "Bench"), 91),
             ("one deck, last month", Scope(DECK, "stats-0"), 30))
    print(f"{'scope':32} {'median ms':>10} {'min ms':>8} {'target ms':>10} {'ratio':>6}")
    for label, scope, period in cases:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            col.statistics().report(scope=scope, period_days=period)
            times.append((time.perf_counter() - t0) * 1000)
        median = statistics.median(times)
        print(f"{label:32} {median:10.0f} {min(times):8.0f} {1000:10d} {median / 1000:6.2f}")
    col.close()


if __name__ == "__main__":
    main()
