"""`trainer decks` start to finish, as a user waits for it, against a Python process that opens
an Anki collection of as many decks and prints its due tree.

    python bench/bench_decks_cli.py [--runs 10] [--cards 600]

Each run is a fresh process; the two sides take turns. The Trainer profile gets the bundled
decks on its first (untimed) run, as a new user's does; the Anki collection holds the same
number of decks with ``--cards`` basic notes between them.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ANKI_OPEN = r"""
import sys
from anki.collection import Collection
col = Collection(sys.argv[1])
for node in col.sched.deck_due_tree().children:
    print(node.name, node.new_count, node.learn_count, node.review_count)
col.close()
"""

ANKI_BUILD = r"""
import sys
from anki.collection import Collection
col = Collection(sys.argv[1])
model = col.models.by_name("Basic")
decks, cards = int(sys.argv[2]), int(sys.argv[3])
for d in range(decks):
    did = col.decks.id(f"Deck {d + 1}")
    for i in range(cards // decks):
        note = col.new_note(model)
        note["Front"], note["Back"] = f"Question {d}-{i}", f"Answer {d}-{i}"
        col.add_note(note, did)
col.close()
"""


def _timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=True)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--cards", type=int, default=600, help="notes in the Anki peer's collection")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data, anki = Path(tmp) / "data", Path(tmp) / "anki" / "collection.anki2"
        trainer = [sys.executable, "-m", "trainer", "--data-dir", str(data), "decks"]
        subprocess.run(trainer, capture_output=True, check=True, cwd=ROOT)  # bundled decks in
        out = subprocess.run(trainer, capture_output=True, text=True, cwd=ROOT, check=True).stdout
        decks = max(1, len(out.strip().splitlines()) - 1)  # less the header
        anki.parent.mkdir()
        subprocess.run([sys.executable, "-c", ANKI_BUILD, str(anki), str(decks), str(args.cards)],
                       check=True)
        peer = [sys.executable, "-c", ANKI_OPEN, str(anki)]
        _timed(trainer), _timed(peer)  # warm the file cache
        ours, theirs = [], []
        for _ in range(args.runs):
            ours.append(_timed(trainer))
            theirs.append(_timed(peer))
    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"`trainer decks` ({decks} decks): median {a:.3f} s; Anki peer {b:.3f} s; "
          f"ratio {a / b:.2f} ({args.runs} runs each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
