"""What both sides of the benchmark share: the workload, the review history, timing, output.

Nothing here imports Trainer or Anki, so each side is built from the same plain data.
"""

from __future__ import annotations

import gc
import json
import platform
import random
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

# Scheduling settings both collections use (the same on both sides; see README).
NEW_PER_DAY = 20
REVIEWS_PER_DAY = 9999  # the parent's review limit (Anki's ceiling), shared by the decks
DESIRED_RETENTION = 0.9
LEARNING_STEPS_MINUTES = (1.0, 10.0)
RELEARNING_STEPS_MINUTES = (10.0,)
MAXIMUM_INTERVAL_DAYS = 36500

GROUP = "Bench"  # Trainer's deck-tree folder; Anki's parent deck "Bench::..."

# Grades answered in turn on both sides: 1 again, 2 hard, 3 good, 4 easy.
RATING_CYCLE: tuple[int, ...] = (3, 3, 3, 1, 3, 2, 3, 4, 3, 3)


@dataclass(frozen=True, slots=True)
class DeckSpec:
    number: int
    first: int  # index of the deck's first card
    count: int

    @property
    def deck_id(self) -> str:
        return f"bench-deck-{self.number:02d}"

    @property
    def title(self) -> str:
        return f"Deck {self.number:02d}"

    @property
    def anki_name(self) -> str:
        return f"{GROUP}::{self.title}"


@dataclass(frozen=True, slots=True)
class Workload:
    """N basic cards, cut into decks of at most ``cards_per_deck`` cards."""

    n_cards: int
    cards_per_deck: int = 10_000

    def decks(self) -> list[DeckSpec]:
        out: list[DeckSpec] = []
        for number, first in enumerate(range(0, self.n_cards, self.cards_per_deck), start=1):
            out.append(DeckSpec(number, first, min(self.cards_per_deck, self.n_cards - first)))
        return out

    @property
    def reviews_per_deck(self) -> int:
        """Each deck's review limit: the parent's shared out, so that both sides count the
        same cards (Anki caps the parent deck, Trainer sums its decks' own limits)."""
        return max(1, REVIEWS_PER_DAY // len(self.decks()))

    @property
    def new_per_parent(self) -> int:
        return min(9999, NEW_PER_DAY * len(self.decks()))

    def deck_of(self, index: int) -> DeckSpec:
        return self.decks()[index // self.cards_per_deck]


def card_key(index: int) -> str:
    return f"c{index}"


def card_front(index: int) -> str:
    return f"What does drug {index} target?"


def card_back(index: int) -> str:
    return f"Target {index}"


def index_of_front(front: str) -> int:
    return int(front.split()[3])


@dataclass(frozen=True, slots=True)
class Reviewed:
    """One card given a review history before timing starts.

    ``due_day`` counts learning days from today (0 = due today, negative = overdue);
    ``due_second`` is the second within that day, so the Trainer side gets a real instant.
    The card was last reviewed ``interval_days`` days before it is due.
    """

    index: int
    due_day: int
    due_second: int
    interval_days: int
    stability: float
    difficulty: float


def review_history(n_cards: int, *, share: float = 0.30, seed: int = 20240601,
                   overdue_days: int = 7, ahead_days: int = 30) -> list[Reviewed]:
    """A deterministic history: ``share`` of the cards are in review, due from
    ``overdue_days`` ago to ``ahead_days`` ahead; the rest are new."""
    rng = random.Random(seed)
    chosen = sorted(rng.sample(range(n_cards), int(n_cards * share)))
    out: list[Reviewed] = []
    for index in chosen:
        due_day = rng.randint(-overdue_days, ahead_days - 1)
        interval = max(1, due_day) + rng.randint(1, 30)
        out.append(Reviewed(
            index=index, due_day=due_day, due_second=rng.randint(0, 86_399),
            interval_days=interval, stability=round(interval * rng.uniform(0.8, 1.2), 4),
            difficulty=round(rng.uniform(2.0, 9.0), 4)))
    return out


# -- the interface each side implements ------------------------------------------------
class Side(Protocol):
    name: str

    def describe_import(self) -> str: ...

    def prepare_sources(self) -> None:
        """Write the files to import (not timed)."""

    def import_fresh(self) -> float:
        """Import the sources into a new, empty collection; the seconds the import took."""

    def prepare_study(self, history: Sequence[Reviewed]) -> None:
        """Open the last imported collection and give it the review history (not timed)."""

    def answer_once(self, rating: int) -> tuple[float, str]:
        """Next card + grade + commit: the seconds it took and the queue it came from."""

    def counts_once(self) -> float:
        """Due counts of every deck: the seconds it took."""

    def close(self) -> None: ...


# -- timing ----------------------------------------------------------------------------
def timed(fn: Callable[[], object]) -> float:
    """Run ``fn`` once with a clean heap (gc.collect before, gc left on, as in the app)."""
    gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


@dataclass(slots=True)
class Samples:
    seconds: list[float] = field(default_factory=list)

    def add(self, value: float) -> None:
        self.seconds.append(value)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.seconds) * 1000 if self.seconds else float("nan")

    @property
    def mean_ms(self) -> float:
        return statistics.fmean(self.seconds) * 1000 if self.seconds else float("nan")

    @property
    def p90_ms(self) -> float:
        if len(self.seconds) < 2:
            return self.median_ms
        return statistics.quantiles(self.seconds, n=10)[-1] * 1000


@dataclass(slots=True)
class Row:
    operation: str
    n_cards: int
    trainer: Samples
    anki: Samples
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.trainer.median_ms / self.anki.median_ms

    def as_dict(self) -> dict[str, object]:
        return {
            "operation": self.operation, "n_cards": self.n_cards, "note": self.note,
            "trainer_median_ms": self.trainer.median_ms, "anki_median_ms": self.anki.median_ms,
            "trainer_mean_ms": self.trainer.mean_ms, "anki_mean_ms": self.anki.mean_ms,
            "trainer_p90_ms": self.trainer.p90_ms, "anki_p90_ms": self.anki.p90_ms,
            "ratio": self.ratio, "runs": len(self.trainer.seconds),
            "trainer_seconds": self.trainer.seconds, "anki_seconds": self.anki.seconds,
        }


def _ms(value: float) -> str:
    return f"{value:,.3f}" if value < 10 else f"{value:,.1f}"


def format_table(rows: Sequence[Row]) -> str:
    head = ("operation", "N", "runs", "trainer ms", "anki ms", "ratio", "", "trainer p90",
            "anki p90")
    body = [(r.operation, f"{r.n_cards:,}", str(len(r.trainer.seconds)),
             _ms(r.trainer.median_ms), _ms(r.anki.median_ms), f"{r.ratio:.2f}",
             "ok" if r.ratio <= 1.0 else "SLOWER", _ms(r.trainer.p90_ms), _ms(r.anki.p90_ms))
            for r in rows]
    widths = [max(len(line[i]) for line in (head, *body)) for i in range(len(head))]
    lines = ["  ".join(cell.ljust(w) if i in (0, 6) else cell.rjust(w)
                       for i, (cell, w) in enumerate(zip(line, widths, strict=True)))
             for line in (head, *body)]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def save_results(directory: Path, rows: Sequence[Row], meta: dict[str, object]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / time.strftime("core-%Y%m%d-%H%M%S.json")
    payload = {"meta": {**meta, "python": platform.python_version(),
                        "machine": platform.machine(), "platform": platform.platform()},
               "rows": [r.as_dict() for r in rows]}
    path.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return path
