"""What the safety work costs: opening with a page check, and a verified backup.

For collections of N cards (each answered once), prints the median of several runs of:

* ``open (schema read only)``: the check Trainer used to make before opening;
* ``open (quick_check)``: the check it makes now, which reads every page;
* ``backup (verified)``: an online backup, integrity-checked, renamed into place;

and the ratio of the quick_check open to the old one.

    python bench/bench_safety.py --sizes 10000 40000 --runs 5
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _collection(folder: Path, cards: int) -> Path:
    from trainer.clock import FixedClock
    from trainer.domain import Rating
    from trainer.services import Collection

    deck = folder / "deck.yaml"
    body = "".join(f"  - id: c{i}\n    type: basic\n    front: Question {i} about a drug?\n"
                   f"    back: Answer {i}, a longer answer to fill the page\n"
                   for i in range(cards))
    deck.write_text("format: 1\nid: bench\ndeck: Bench\nsources:\n  - id: d1\n"
                    f"    file: notes.txt\nsettings:\n  new_per_day: {min(cards, 9999)}\n"
                    f"cards:\n{body}", encoding="utf-8")
    path = folder / "collection.sqlite3"
    clock = FixedClock(datetime(2026, 3, 2, 10, tzinfo=UTC))
    with Collection.open(path, clock=clock) as col:
        col.import_deck_files([deck])
        session = col.start_session()
        for _ in range(min(cards, 2000)):
            if session.next_card() is None:
                break
            session.reveal()
            session.answer(Rating.GOOD, duration_ms=500)
        session.close()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 40000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    from trainer.storage import backups
    from trainer.storage.engine import check_readable

    print(f"{'cards':>7} {'MB':>6} {'open, schema (ms)':>18} {'open, quick_check (ms)':>23} "
          f"{'ratio':>6} {'verified backup (ms)':>21}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="trainer-bench-") as tmp:
            path = _collection(Path(tmp), size)
            old = _median_ms(lambda p=path: check_readable(p, thorough=False), args.runs)
            new = _median_ms(lambda p=path: check_readable(p, thorough=True), args.runs)
            when = iter(datetime(2026, 3, 2, 10, 0, s, tzinfo=UTC) for s in range(60))
            backup = _median_ms(
                lambda p=path, w=when: backups.take(p, reason="bench", when=next(w)), args.runs)
            size_mb = path.stat().st_size / 1e6
            print(f"{size:>7} {size_mb:>6.1f} {old:>18.2f} {new:>23.2f} {new / old:>6.1f} "
                  f"{backup:>21.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
