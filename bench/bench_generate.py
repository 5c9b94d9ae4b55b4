"""Generation benchmark: about 1 MB of text -> a deck (extract + merge + build + dump).

The text is the seed documents (``../shared/documents``) copied into as many documents as
make 1 MB (one long file would not do: the extractor skips what follows a reference
list), or, without the seeds, this script's own synthetic paragraphs. Runs 5 times on one
core and prints the median against the target of 5 seconds. Not a test::

    /work/venv/bin/python bench/bench_generate.py [--size-mb 1] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``trainer`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trainer.config import default_documents_dir
from trainer.deckfile import dump_deck
from trainer.generator.build import build_deck
from trainer.generator.bundles import seed_documents
from trainer.generator.facts import extract_documents
from trainer.generator.lexicon import load_lexicon
from trainer.templates import render_cards

TARGET_SECONDS = 5.0

# Synthetic paragraphs in the project's own words (used when the seeds are absent).
SYNTHETIC = (
    "Imatinib is a tyrosine kinase inhibitor. It blocks the BCR-ABL fusion protein and is "
    "added to chemotherapy for Philadelphia chromosome-positive disease.",
    "Blinatumomab is a bispecific T-cell engager that binds CD19 on leukemic blasts and CD3 "
    "on T cells.",
    "Inotuzumab ozogamicin is an antibody-drug conjugate directed against CD22.",
    "Induction usually lasts 4-6 weeks and combines vincristine, a steroid and asparaginase.",
    "Maintenance therapy typically lasts 2-3 years with daily mercaptopurine and weekly "
    "methotrexate.",
    "Risk factors include Down syndrome, earlier radiation therapy and exposure to benzene.",
    "A low platelet count causes easy bruising and nosebleeds; anemia causes tiredness.",
    "About 85% of children are cured, while in adults the figure is closer to 40%.",
)


def corpus(size: int) -> list[str]:
    """Documents of at least ``size`` characters in all: the seeds or the synthetic text."""
    folder = default_documents_dir()
    parts = ([p.read_text(encoding="utf-8") for p in seed_documents(folder)]
             if folder is not None and folder.is_dir() else [])
    if not parts:
        parts = ["\n".join(SYNTHETIC) + "\n"] * 4
    documents: list[str] = []
    while sum(map(len, documents)) < size:
        documents.append(parts[len(documents) % len(parts)])
    return documents


def one_run(paths: list[Path]) -> tuple[float, int, int]:
    """Seconds for text -> deck YAML, with the number of facts and cards made."""
    lexicon = load_lexicon()
    start = time.perf_counter()
    extracted = extract_documents(paths, lexicon=lexicon)
    deck = build_deck(extracted, deck_id="bench", title="Bench", documents=paths,
                      lexicon=lexicon)
    dump_deck(deck)
    elapsed = time.perf_counter() - start
    return elapsed, len(deck.facts), len(render_cards(deck))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    documents = corpus(int(args.size_mb * 1_000_000))
    size = sum(len(text.encode("utf-8")) for text in documents)
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, text in enumerate(documents):
            path = Path(tmp) / f"{i:04d}_bench.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        times = []
        for run in range(args.runs):
            seconds, facts, cards = one_run(paths)
            times.append(seconds)
            print(f"run {run + 1}: {seconds:.2f} s ({facts} facts, {cards} cards)")
    median = statistics.median(times)
    verdict = "ok" if median < TARGET_SECONDS else "TOO SLOW"
    print(f"text -> deck, {size / 1e6:.2f} MB in {len(paths)} documents: median {median:.2f} s "
          f"(target < {TARGET_SECONDS:.0f} s) {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
