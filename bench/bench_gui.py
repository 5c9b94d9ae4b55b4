"""How fast the desktop app feels, at 100k cards in the collection.

Measures, with the offscreen Qt platform (or a real X display if DISPLAY is set):

* cold start to the deck list painted, and to the first card of a study session
  painted: a fresh Python process each run, timed from spawn (imports included);
* from a grade key (3 = Good) to the next card painted, in one process.

Targets from the issue: cold start under 1.0 s median, grade-to-paint under 30 ms median.
Usage: ``python bench/bench_gui.py [--cards 100000] [--starts 5] [--answers 200]``.
Not a test: it prints medians and never fails a build.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DECK_SIZE = 10_000

CHILD = r"""
import sys, time
from pathlib import Path
from trainer.gui.app import application, create_main_window
app = application([])
window = create_main_window(data_dir=Path(sys.argv[1]), profile="default", import_bundled=False)
window.show()
window.repaint()
app.processEvents()
print("DECKS", time.time(), flush=True)
window.study([c.deck_id for c in window.counts])
window.repaint()
app.processEvents()
assert window.review.current is not None
print("CARD", time.time(), flush=True)
window.close()
"""


def build_collection(data_dir: Path, cards: int) -> None:
    """A profile with ``cards`` cards in decks of 10k, a third of them reviewed and due soon."""
    from trainer.clock import FixedClock
    from trainer.services import Collection

    decks_dir = data_dir / "decks"
    decks_dir.mkdir(parents=True)
    paths = []
    for number in range(max(1, cards // DECK_SIZE)):
        lines = [f"format: 1\nid: bench-{number}\ndeck: Bench deck {number}\ngroup: Bench\ncards:"]
        for i in range(min(DECK_SIZE, cards)):
            lines.append(f"  - id: c{i}\n    type: basic\n    front: What does drug {i} "
                         f"target?\n    back: Target {i}")
        path = decks_dir / f"bench-{number}.yaml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    (data_dir / "default").mkdir()
    (data_dir / "default" / "profile.json").write_text('{"name": "default"}')
    clock = FixedClock(datetime.now(UTC))
    with Collection.open(data_dir / "default" / "collection.sqlite3", clock=clock) as col:
        col.import_deck_files(paths)
        now_ms = int(time.time() * 1000)
        with col.engine.begin() as conn:
            # A third of the cards are reviews spread over the last and next 30 days.
            conn.exec_driver_sql(
                "UPDATE card_states SET phase=2, stability=10.0, difficulty=5.0, reps=3, "
                "last_review=?, due=? + (card_id % 60 - 30) * 86400000 WHERE card_id % 3 = 0",
                (now_ms - 10 * 86_400_000, now_ms))


CPU_SECONDS: list[float] = []
"""CPU time (user + system) of each cold start's process: on a busy machine the wall time
grows with the other load, the CPU time much less."""


def cold_starts(data_dir: Path, runs: int) -> tuple[list[float], list[float]]:
    to_decks, to_card = [], []
    for _ in range(runs):
        lock = data_dir / "default" / "collection.sqlite3.lock"
        lock.unlink(missing_ok=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.time()
        out = subprocess.run([sys.executable, "-c", CHILD, str(data_dir)], capture_output=True,
                             text=True, cwd=ROOT, timeout=120, check=True).stdout
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        CPU_SECONDS.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        stamps = dict(line.split() for line in out.splitlines() if line[:4] in ("DECK", "CARD"))
        to_decks.append(float(stamps["DECKS"]) - start)
        to_card.append(float(stamps["CARD"]) - start)
    return to_decks, to_card


def grade_to_paint(data_dir: Path, answers: int) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from trainer.gui.app import application, create_main_window

    app = application([])
    window = create_main_window(data_dir=data_dir, profile="default", import_bundled=False)
    assert window is not None
    window.resize(960, 680)
    window.show()
    window.study([c.deck_id for c in window.counts])
    app.processEvents()
    review = window.review
    times = []
    for _ in range(answers):
        QTest.keyClick(review, Qt.Key.Key_Space)
        app.processEvents()
        assert review.revealed
        start = time.perf_counter()
        QTest.keyClick(review, Qt.Key.Key_3)
        window.repaint()  # synchronous paint of the next card
        times.append(time.perf_counter() - start)
        app.processEvents()
        if review.current is None:
            break
    window.close()
    # This process used to end with "Fatal Python error: none_dealloc" (exit 134): PySide6
    # 6.12.0 on Python 3.11 drops a reference to None on each void call; importing
    # trainer.gui now guards against it (trainer/gui/none_guard.py).
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--answers", type=int, default=200)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="trainer-bench-gui-"))
    try:
        t = time.perf_counter()
        build_collection(work, args.cards)
        print(f"built a collection of {args.cards:,} cards in {time.perf_counter() - t:.1f} s")
        decks, card = cold_starts(work, args.starts)
        grades = grade_to_paint(work, args.answers)
        print(f"{'measure':<36}{'median':>10}{'p90':>10}  target")
        rows = [("cold start -> deck list painted", decks, 1.0, "s"),
                ("cold start -> first card painted", card, 1.0, "s"),
                ("grade key -> next card painted", grades, 0.030, "ms")]
        for name, values, target, unit in rows:
            scale = 1000 if unit == "ms" else 1
            med = statistics.median(values) * scale
            p90 = sorted(values)[int(0.9 * (len(values) - 1))] * scale
            verdict = "ok" if statistics.median(values) <= target else "SLOWER"
            print(f"{name:<36}{med:>9.3f}{unit[0] if unit == 's' else ''}"
                  f"{p90:>10.3f}  < {target * scale:g} {unit} {verdict}")
        print(f"cold start CPU time (whole process, user + system): median "
              f"{statistics.median(CPU_SECONDS):.3f} s of {len(CPU_SECONDS)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
