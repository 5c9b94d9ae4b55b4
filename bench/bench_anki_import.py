"""Import of a large Anki deck (30,000 notes, the size of the big shared medical decks).

Builds the package with Anki's own backend (PyPI ``anki``): basic, reversed and cloze
notes in nested decks, one card in twenty answered twice, exported as Anki writes a
package "for older versions" (the format Trainer reads). Then times, in the same run:

* ``trainer preview``: read the zip safely, map notes to cards, compare with the collection;
* ``trainer import``: write decks, cards, states and review history (one transaction);
* ``anki import``: Anki's own ``import_anki_package`` of the same file into an empty
  collection, the reference;
* ``trainer export`` / ``anki export``: every deck out again as a package, with the
  schedule and review history (File ▸ Export to Anki), on each side.

Progress is reported through the callback the GUI's progress bar uses, and a cancelled
import is checked to leave the collection empty. Prints medians and the ratio
trainer / anki; the target is a total under 30 s.

    python bench/bench_anki_import.py --notes 30000 --repeat 3
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``trainer`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trainer.clock import FixedClock
from trainer.services import Cancelled, CancelToken, Collection
from trainer.services.anki_import import apply_anki_import, preview_anki_package
from trainer.services.exchange import export_collection


def build_package(folder: Path, notes: int) -> Path:
    """An Anki collection of ``notes`` notes, exported as a package Trainer reads."""
    from anki.collection import AddNoteRequest, ExportAnkiPackageOptions
    from anki.collection import Collection as AnkiCollection

    col = AnkiCollection(str(folder / "source.anki2"))
    kinds = [col.models.by_name("Basic"), col.models.by_name("Basic (and reversed card)"),
             col.models.by_name("Cloze")]
    decks = [col.decks.id(f"Shared deck::Part {i:02d}") for i in range(10)]
    requests = []
    for i in range(notes):
        kind = kinds[0] if i % 10 < 7 else kinds[1] if i % 10 < 9 else kinds[2]
        note = col.new_note(kind)
        if kind is kinds[2]:
            note.fields[0] = f"Item {i}: {{{{c1::answer {i}}}}} and {{{{c2::second {i}}}}}."
        else:
            note.fields[0] = f"Question {i}: which <b>drug</b> is number {i}?"
            note.fields[1] = f"Answer {i}"
        note.tags = [f"part{i % 10}"]
        requests.append(AddNoteRequest(note=note, deck_id=decks[i % 10]))
    col.add_notes(requests)
    studied = col.find_cards("")[:: 20]
    for card_id in studied:
        card = col.get_card(card_id)
        for ease in (3, 1):
            card.start_timer()
            col.sched.answerCard(card, ease)
            card = col.get_card(card_id)
    out = folder / "shared.apkg"
    col.export_anki_package(out_path=str(out), limit=None, options=ExportAnkiPackageOptions(
        with_scheduling=True, with_media=False, legacy=True))
    col.close()
    return out


def anki_import(package: Path, folder: Path) -> tuple[float, float]:
    """(import s, export s) of Anki's own backend: the package in, then all of it out."""
    from anki.collection import Collection as AnkiCollection
    from anki.collection import ExportAnkiPackageOptions, ImportAnkiPackageRequest
    from anki.import_export_pb2 import ImportAnkiPackageOptions

    col = AnkiCollection(str(folder / "anki-target.anki2"))
    start = time.perf_counter()
    col.import_anki_package(ImportAnkiPackageRequest(
        package_path=str(package), options=ImportAnkiPackageOptions(with_scheduling=True)))
    middle = time.perf_counter()
    col.export_anki_package(out_path=str(folder / "anki-out.apkg"), limit=None,
                            options=ExportAnkiPackageOptions(with_scheduling=True,
                                                             with_media=False, legacy=True))
    end = time.perf_counter()
    col.close()
    return middle - start, end - middle


def trainer_import(package: Path, folder: Path) -> tuple[float, float, float, int, int]:
    """(preview s, import s, export s, cards, progress calls): the package into a new
    collection, then every deck out again with its schedule (File ▸ Export to Anki)."""
    clock = FixedClock(datetime.now(UTC))
    col = Collection.open(folder / "trainer.sqlite3", clock=clock)
    calls: list[tuple[int, int, str]] = []
    start = time.perf_counter()
    preview = preview_anki_package(col, package)
    middle = time.perf_counter()
    apply_anki_import(col, preview, progress=lambda d, t, m: calls.append((d, t, m)),
                      cancel=CancelToken())
    end = time.perf_counter()
    cards = sum(c.total for c in col.deck_counts())
    started = time.perf_counter()
    export_collection(col, folder / "trainer-out.apkg", with_schedule=True)
    exported = time.perf_counter() - started
    col.close()
    return middle - start, end - middle, exported, cards, len(calls)


def cancelled_import_leaves_nothing(package: Path, folder: Path) -> bool:
    col = Collection.open(folder / "cancel.sqlite3", clock=FixedClock(datetime.now(UTC)))
    preview = preview_anki_package(col, package)
    token = CancelToken()

    def progress(done: int, _total: int, _message: str) -> None:
        if done >= 3:
            token.cancel()  # as the progress dialog's Cancel button does, midway

    with contextlib.suppress(Cancelled):  # the cancel is the point here
        apply_anki_import(col, preview, progress=progress, cancel=token)
    empty = not col.deck_counts()
    col.close()
    return empty


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--notes", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    try:
        import anki  # noqa: F401
    except ImportError:
        print("The 'anki' package (pip install -e '.[bench]') is needed to build the deck.")
        return 2
    with tempfile.TemporaryDirectory(prefix="bench-anki-") as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        package = build_package(root, args.notes)
        print(f"built {args.notes} notes with anki in {time.perf_counter() - t0:.1f} s "
              f"({package.stat().st_size / 2**20:.1f} MB)")
        previews, imports, totals, ankis, exports, anki_exports = [], [], [], [], [], []
        cards = calls = 0
        for run in range(args.repeat):
            folder = root / f"run{run}"
            folder.mkdir()
            p, i, e, cards, calls = trainer_import(package, folder)
            previews.append(p)
            imports.append(i)
            totals.append(p + i)
            exports.append(e)
            anki_in, anki_out = anki_import(package, folder)
            ankis.append(anki_in)
            anki_exports.append(anki_out)
            shutil.rmtree(folder)
        cancel_folder = root / "cancel"
        cancel_folder.mkdir()
        empty = cancelled_import_leaves_nothing(package, cancel_folder)
    med = statistics.median
    print(f"cards imported: {cards}; progress calls: {calls}; cancelled import left the "
          f"collection empty: {empty}")
    print(f"{'operation':<22}{'median s':>10}")
    print(f"{'trainer preview':<22}{med(previews):>10.2f}")
    print(f"{'trainer import':<22}{med(imports):>10.2f}")
    print(f"{'trainer total':<22}{med(totals):>10.2f}")
    print(f"{'anki import':<22}{med(ankis):>10.2f}")
    print(f"ratio trainer total / anki import: {med(totals) / med(ankis):.2f}")
    print(f"{'trainer export':<22}{med(exports):>10.2f}  (every deck, with schedule)")
    print(f"{'anki export':<22}{med(anki_exports):>10.2f}")
    print(f"ratio trainer export / anki export: {med(exports) / med(anki_exports):.2f}")
    print(f"target under 30 s: {'met' if med(totals) < 30 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
