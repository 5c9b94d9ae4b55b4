"""Deck files as the app writes them: facts with citations, read and imported.

The core benchmark imports the bare cards Anki's text importer also takes; this one times
the slowest realistic deck, the generator's output (each fact with a citation, tags and a
qualifier on some), read and checked (``parse_deck``) and imported into a fresh collection
(``Collection.import_deck_files``). It prints medians; there is no Anki peer for this shape.

    .venv/bin/python bench/bench_deckfile.py --facts 5000 10000
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` and ``trainer`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trainer.clock import SystemClock
from trainer.deckfile import dump_deck, parse_deck
from trainer.domain import Citation, Deck, Fact, FactStatus, Relation, Source
from trainer.services import Collection


def realistic_deck(n_facts: int) -> Deck:
    """A deck shaped like the generator's: drug targets citing 20 documents."""
    sources = tuple(Source(id=f"doc{i:03d}", file=f"{i:03d}_guideline.txt", sha256="a" * 64,
                           title=f"Guideline {i}") for i in range(20))
    facts = tuple(
        Fact(id=f"drug{i}.drug_target", relation=Relation.DRUG_TARGET, subject=f"drug{i}mab",
             objects=(f"CD{i % 90}", f"CD{i % 90 + 1}"),
             sources=(Citation(doc=f"doc{i % 20:03d}", lines=(i % 500 + 1, i % 500 + 3)),),
             tags=("immunotherapy",), status=FactStatus.ACCEPTED, note=None,
             qualifier="adults" if i % 3 == 0 else None)
        for i in range(n_facts))
    return Deck(id="realistic", title="Realistic deck", group="Bench", sources=sources,
                facts=facts)


def _median_ms(values: Sequence[float]) -> float:
    return statistics.median(values) * 1000


def bench(n_facts: int, repeat: int, workdir: Path) -> tuple[float, float, int]:
    text = dump_deck(realistic_deck(n_facts))
    path = workdir / f"realistic-{n_facts}.yaml"
    path.write_text(text, encoding="utf-8")
    parses, imports = [], []
    cards = 0
    for run in range(repeat):
        start = time.perf_counter()
        parse_deck(text, filename=str(path))
        parses.append(time.perf_counter() - start)
        col = Collection.open(workdir / f"col-{n_facts}-{run}" / "collection.sqlite3",
                              clock=SystemClock())
        try:
            start = time.perf_counter()
            report = col.import_deck_files([path])
            imports.append(time.perf_counter() - start)
            cards = sum(d.added for d in report.decks)
        finally:
            col.close()
    return _median_ms(parses), _median_ms(imports), cards


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--facts", type=int, nargs="+", default=[5000, 10000])
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args(argv)
    print(f"{'facts':>7}  {'cards':>7}  {'read+check ms':>13}  {'import ms':>10}  (medians of "
          f"{args.repeat})")
    with tempfile.TemporaryDirectory(prefix="trainer-bench-deckfile-") as tmp:
        for n in args.facts:
            parse_ms, import_ms, cards = bench(n, args.repeat, Path(tmp))
            print(f"{n:>7,}  {cards:>7,}  {parse_ms:>13.0f}  {import_ms:>10.0f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
