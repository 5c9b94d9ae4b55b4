"""The card browser's search and sort, Trainer against Anki's backend in the same run.

For collections of 100,000 and 1,000,000 cards (the workload of bench_core.py: basic cards
"What does drug i target?", 30 % of them reviewed with an FSRS memory), times:

* ``"drug 4242"``, ``is:due`` and ``prop:s>30``, each sorted by due: Trainer's
  ``BrowseService.search`` against Anki's ``Collection.find_cards`` with the same query and
  its "Due" column as the order. Both return every matching id, in order.
* opening the browser on all cards: Trainer's table model searching ``""`` sorted by due
  and reading its first page of rows, against Anki's ``find_cards("")`` sorted by due and
  ``browser_row_for_id`` for as many rows, with the same columns shown.

Trainer's full-text index is brought up to date at the first search for text after an
import; that one search is timed apart and printed before the table.

Prints medians, p90 and ``ratio = trainer / anki`` (target <= 1.0). Not a test.
Usage (repository root): ``python bench/bench_search.py [--sizes 100000 1000000] [--runs 7]``
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench._anki_peer import AnkiSide  # noqa: E402
from bench._trainer_side import TrainerSide  # noqa: E402
from bench.common import Row, Samples, Workload, format_table, review_history, timed  # noqa: E402

QUERIES = ('"drug 4242"', "is:due", "prop:s>30")
# Anki's browser columns nearest to Trainer's, so each side renders the same cells.
ANKI_COLUMNS = ["question", "answer", "deck", "cardDue", "cardIvl", "stability", "difficulty",
                "retrievability", "cardLapses", "cardReps", "noteCrt"]


def build(workdir: Path, n_cards: int) -> tuple[TrainerSide, AnkiSide]:
    """Both collections with the same cards and review history (not timed)."""
    workload = Workload(n_cards)
    history = review_history(n_cards)
    trainer, anki = TrainerSide(workdir, workload), AnkiSide(workdir, workload)
    for side in (trainer, anki):
        start = time.perf_counter()
        side.prepare_sources()
        side.import_fresh()
        side.prepare_study(history)
        print(f"  {side.name}: {n_cards:,} cards ready in {time.perf_counter() - start:.0f} s",
              flush=True)
    return trainer, anki


def measure(n_cards: int, runs: int, workdir: Path) -> list[Row]:
    from PySide6.QtCore import QCoreApplication

    from trainer.gui.browser.model import PAGE, CardTableModel

    _app = QCoreApplication.instance() or QCoreApplication([])
    trainer, anki = build(workdir, n_cards)
    assert trainer._col is not None and anki._col is not None
    service = trainer._col.browser()
    acol = anki._col
    due = acol.get_browser_column("cardDue")
    assert due is not None
    acol.set_browser_card_columns(ANKI_COLUMNS)

    def trainer_search(query: str) -> Callable[[], object]:
        return lambda: service.search(query, sort="due")

    def anki_search(query: str) -> Callable[[], object]:
        return lambda: acol.find_cards(query, order=due)

    def trainer_open() -> None:
        model = CardTableModel(service)
        model.search("")
        model.load_until(0)  # what the browser window does: the first page at once
        assert model.rowCount() == min(PAGE, n_cards)

    def anki_open() -> None:
        ids = acol.find_cards("", order=due)
        for cid in ids[:PAGE]:
            cells, *_rest = acol.browser_row_for_id(cid)
            list(cells)

    # The text index catches up lazily, at the first search for text after an import:
    # timed here once, apart from the rows below (which then find it up to date).
    start = time.perf_counter()
    service.search('"drug 1"')
    print(f"  first text search after the import (indexes {n_cards:,} cards' text): "
          f"{time.perf_counter() - start:.2f} s", flush=True)
    rows: list[Row] = []
    for query in QUERIES:
        found_t = len(service.search(query, sort="due"))
        found_a = len(acol.find_cards(query, order=due))
        rows.append(_compare(f"search {query} by due", n_cards, runs, trainer_search(query),
                             anki_search(query), note=f"found {found_t:,} / {found_a:,}"))
    rows.append(_compare("open browser, all cards", n_cards, runs, trainer_open, anki_open,
                         note=f"first {PAGE} rows"))
    trainer.close()
    anki.close()
    return rows


def _compare(name: str, n_cards: int, runs: int, ours: Callable[[], object],
             theirs: Callable[[], object], note: str = "") -> Row:
    ours()
    theirs()  # one untimed run each: caches warm on both sides
    row = Row(name, n_cards, Samples(), Samples(), note=note)
    for _ in range(runs):  # interleaved, so load on the machine hits both alike
        row.trainer.add(timed(ours))
        row.anki.add(timed(theirs))
    print(f"  {name}: trainer {row.trainer.median_ms:,.1f} ms, anki "
          f"{row.anki.median_ms:,.1f} ms ({note})", flush=True)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    rows: list[Row] = []
    for n_cards in args.sizes:
        print(f"{n_cards:,} cards", flush=True)
        with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
            rows += measure(n_cards, args.runs, Path(tmp))
    print()
    print(format_table(rows))
    for row in rows:
        if row.note:
            print(f"  {row.operation} @ {row.n_cards:,}: {row.note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
