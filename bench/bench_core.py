"""Core benchmark: Trainer against Anki's own backend, same work, same process, same run.

For each size N it measures, on both sides:

* import  - N basic cards from text files into a fresh, empty collection;
* answer  - what the review screen does per card: next card, the counts in its header,
            reveal, the intervals on the grade buttons, grade + commit (durable on both
            sides: SQLite synchronous=FULL, as both ship);
* counts  - the due counts of every deck (Trainer ``deck_counts``, Anki ``deck_due_tree``);

and prints medians and the ratio trainer / anki (below 1: Trainer is faster).

Run with the bench venv (see bench/README.md)::

    /work/venv-bench/bin/python bench/bench_core.py --sizes 10000 100000
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` and ``trainer`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._anki_peer import AnkiSide, anki_version
from bench._trainer_side import TrainerSide
from bench.common import (
    RATING_CYCLE,
    Row,
    Samples,
    Workload,
    format_table,
    review_history,
    save_results,
)

RESULTS = Path(__file__).resolve().parent / "results"


def _log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def _sample(fn: Callable[[], float]) -> float:
    """One timed call: a clean heap first, gc left on during it (as in the app)."""
    gc.collect()
    return fn()


def _profile(label: str, fn: Callable[[], object], top: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    fn()
    profiler.disable()
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"profile-{label}.prof"
    profiler.dump_stats(str(path))
    print(f"\n--- cProfile of Trainer's {label} (saved to {path}) ---")
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def bench_size(n: int, args: argparse.Namespace, workdir: Path) -> list[Row]:
    workload = Workload(n, cards_per_deck=args.cards_per_deck)
    repeat = args.repeat
    trainer = TrainerSide(workdir / f"n{n}", workload)
    anki = AnkiSide(workdir / f"n{n}", workload, synchronous=args.anki_synchronous)
    rows: list[Row] = []
    _log(f"N={n:,}: {len(workload.decks())} deck(s); writing the source files")
    _log(f"  import: trainer = {trainer.describe_import()}")
    _log(f"          anki    = {anki.describe_import()}")
    trainer.prepare_sources()
    anki.prepare_sources()

    # 1. import: a fresh collection every run; the two sides take turns.
    imp_t, imp_a = Samples(), Samples()
    for k in range(repeat):
        imp_t.add(_sample(trainer.import_fresh))
        imp_a.add(_sample(anki.import_fresh))
        _log(f"  import run {k + 1}/{repeat}: trainer {imp_t.seconds[-1]:.2f}s, "
             f"anki {imp_a.seconds[-1]:.2f}s")
    rows.append(Row("import", n, imp_t, imp_a, "Trainer: YAML files; Anki: TSV file"))
    if "import" in args.profile:
        _profile(f"import-{n}", trainer.import_fresh, args.profile_top)

    # Both collections get the same review history before answers and counts are timed.
    history = review_history(n, share=args.reviewed_share)
    trainer.prepare_study(history)
    anki.prepare_study(history)
    _log(f"  history: {len(history):,} cards in review; due today - "
         f"trainer: {trainer.due_summary()}; anki: {anki.due_summary()}")

    try:
        # 2. answer: warm-up, then the two sides take turns card by card.
        for i in range(args.warmup):
            trainer.answer_once(RATING_CYCLE[i % len(RATING_CYCLE)])
            anki.answer_once(RATING_CYCLE[i % len(RATING_CYCLE)])
        ans_t, ans_a, ans_a_norender = Samples(), Samples(), Samples()
        by_queue: dict[str, dict[str, Samples]] = {"trainer": {}, "anki": {}}
        for i in range(args.answers):
            rating = RATING_CYCLE[i % len(RATING_CYCLE)]
            gc.collect()
            seconds, queue = trainer.answer_once(rating)
            ans_t.add(seconds)
            by_queue["trainer"].setdefault(queue, Samples()).add(seconds)
            gc.collect()
            seconds, queue = anki.answer_once(rating)
            ans_a.add(seconds)
            ans_a_norender.add(seconds - anki.last_render_seconds)
            by_queue["anki"].setdefault(queue, Samples()).add(seconds)
        for side, queues in by_queue.items():
            _log(f"  answers, {side}: " + ", ".join(
                f"{q} x{len(x.seconds)} (median {x.median_ms:.3f} ms)"
                for q, x in sorted(queues.items())))
        rows.append(Row("answer", n, ans_t, ans_a, "Anki renders q+a as its reviewer does"))
        rows.append(Row("answer (anki w/o render)", n, ans_t, ans_a_norender,
                        "same runs, Anki's render time taken out"))
        if "answer" in args.profile:
            def answers() -> None:
                for i in range(args.answers):
                    trainer.answer_once(RATING_CYCLE[i % len(RATING_CYCLE)])
            _profile(f"answer-{n}", answers, args.profile_top)

        # 3. deck due counts.
        for _ in range(args.warmup):
            trainer.counts_once()
            anki.counts_once()
        cnt_t, cnt_a = Samples(), Samples()
        for _ in range(args.counts):
            cnt_t.add(_sample(trainer.counts_once))
            cnt_a.add(_sample(anki.counts_once))
        rows.append(Row("deck counts", n, cnt_t, cnt_a, "deck_counts() vs deck_due_tree()"))
        if "counts" in args.profile:
            def counts() -> None:
                for _ in range(args.counts):
                    trainer.counts_once()
            _profile(f"counts-{n}", counts, args.profile_top)
    finally:
        trainer.close()
        anki.close()
    return rows


def warm_up(args: argparse.Namespace, workdir: Path) -> None:
    """Load both code bases and their caches once on a small collection; nothing is kept."""
    workload = Workload(500, cards_per_deck=args.cards_per_deck)
    sides: Sequence[TrainerSide | AnkiSide] = (
        TrainerSide(workdir / "warmup", workload),
        AnkiSide(workdir / "warmup", workload, synchronous=args.anki_synchronous))
    history = review_history(500, share=args.reviewed_share)
    for side in sides:
        side.prepare_sources()
        side.import_fresh()
        side.prepare_study(history)
        for i in range(10):
            side.answer_once(RATING_CYCLE[i % len(RATING_CYCLE)])
        side.counts_once()
        side.close()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000],
                   help="collection sizes in cards (default: 10000 100000)")
    p.add_argument("--repeat", type=int, default=3,
                   help="imports per size, each into a fresh collection (default 3)")
    p.add_argument("--answers", type=int, default=200, help="timed answers per side")
    p.add_argument("--counts", type=int, default=50, help="timed due-count runs per side")
    p.add_argument("--warmup", type=int, default=10,
                   help="untimed answers and count runs before the timed ones")
    p.add_argument("--cards-per-deck", type=int, default=10_000,
                   help="cards per deck file; Trainer deck files may not exceed 5 MB "
                   "(default 10000)")
    p.add_argument("--reviewed-share", type=float, default=0.30,
                   help="share of cards given a review history before answers/counts")
    p.add_argument("--anki-synchronous", choices=("normal", "full"), default="full",
                   help="SQLite synchronous level for Anki; 'full' is what Anki ships with "
                   "and what Trainer uses")
    p.add_argument("--profile", nargs="*", default=[], choices=("import", "answer", "counts"),
                   help="after timing, run Trainer's side of these operations under cProfile")
    p.add_argument("--profile-top", type=int, default=30, help="functions shown per profile")
    p.add_argument("--workdir", type=Path, default=None,
                   help="where the collections go (default: a temporary folder)")
    p.add_argument("--no-save", action="store_true", help="don't write bench/results/*.json")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    print(f"Trainer vs Anki {anki_version()} (PyPI anki), Python {sys.version.split()[0]}; "
          f"sizes {args.sizes}; Anki synchronous={args.anki_synchronous}")
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="trainer-bench-") as tmp:
        workdir = args.workdir or Path(tmp)
        _log("warm-up on 500 cards")
        warm_up(args, workdir)
        for n in args.sizes:
            rows.extend(bench_size(n, args, workdir))
    print()
    print(format_table(rows))
    print("\nratio = trainer median / anki median; <= 1.0 means Trainer is as fast or faster.")
    print(f"total time {time.perf_counter() - started:.0f}s")
    if not args.no_save:
        path = save_results(RESULTS, rows, {"sizes": args.sizes,
                                            "anki": anki_version(),
                                            "anki_synchronous": args.anki_synchronous,
                                            "answers": args.answers, "counts": args.counts})
        print(f"results saved to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
