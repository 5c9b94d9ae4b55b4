"""Trainer's side of the benchmark: YAML deck files, ``Collection`` and ``StudySession``."""

from __future__ import annotations

import shutil
import time
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from sqlalchemy import text

from bench.common import (
    DESIRED_RETENTION,
    GROUP,
    LEARNING_STEPS_MINUTES,
    MAXIMUM_INTERVAL_DAYS,
    NEW_PER_DAY,
    RELEARNING_STEPS_MINUTES,
    DeckSpec,
    Reviewed,
    Workload,
    card_back,
    card_front,
    card_key,
)
from trainer.clock import SystemClock
from trainer.domain import Memory, Phase, Rating
from trainer.scheduling import LearningDay
from trainer.services import Collection, StudySession
from trainer.storage.codec import memory_to_json, ms


def _minutes(values: Sequence[float]) -> str:
    return "[" + ", ".join(f"{v:g}m" for v in values) + "]"


def deck_yaml(deck: DeckSpec, reviews_per_day: int) -> str:
    """One deck file with the deck's basic cards, written out by hand like a person would."""
    lines = [
        "format: 1",
        f"id: {deck.deck_id}",
        f"deck: {deck.title}",
        f"group: {GROUP}",
        "settings:",
        f"  desired_retention: {DESIRED_RETENTION}",
        f"  new_per_day: {NEW_PER_DAY}",
        f"  reviews_per_day: {reviews_per_day}",
        f"  learning_steps: {_minutes(LEARNING_STEPS_MINUTES)}",
        f"  relearning_steps: {_minutes(RELEARNING_STEPS_MINUTES)}",
        f"  maximum_interval: {MAXIMUM_INTERVAL_DAYS}",
        "cards:",
    ]
    for i in range(deck.first, deck.first + deck.count):
        lines += [f"  - id: {card_key(i)}", "    type: basic",
                  f'    front: "{card_front(i)}"', f'    back: "{card_back(i)}"']
    return "\n".join(lines) + "\n"


class TrainerSide:
    name = "trainer"

    def __init__(self, workdir: Path, workload: Workload) -> None:
        self.workdir = workdir / "trainer"
        self.workload = workload
        self.sources: list[Path] = []
        self._runs = 0
        self._last: Path | None = None
        self._col: Collection | None = None
        self._session: StudySession | None = None

    def describe_import(self) -> str:
        return (f"Collection.import_deck_files({len(self.workload.decks())} YAML deck "
                "file(s)), one transaction")

    # -- import ----------------------------------------------------------------------------
    def prepare_sources(self) -> None:
        folder = self.workdir / "decks"
        folder.mkdir(parents=True, exist_ok=True)
        self.sources = []
        for deck in self.workload.decks():
            path = folder / f"{deck.deck_id}.yaml"
            path.write_text(deck_yaml(deck, self.workload.reviews_per_deck), encoding="utf-8")
            self.sources.append(path)

    def _fresh_path(self) -> Path:
        if self._last is not None:
            shutil.rmtree(self._last.parent, ignore_errors=True)
        self._runs += 1
        path = self.workdir / f"run-{self._runs}" / "collection.sqlite3"
        path.parent.mkdir(parents=True)
        return path

    def import_fresh(self) -> float:
        path = self._fresh_path()
        col = Collection.open(path, clock=SystemClock())
        try:
            start = time.perf_counter()
            report = col.import_deck_files(self.sources)
            seconds = time.perf_counter() - start
        finally:
            col.close()
        added = sum(d.added for d in report.decks)
        if added != self.workload.n_cards:
            raise RuntimeError(f"Trainer imported {added} cards, expected "
                               f"{self.workload.n_cards}")
        self._last = path
        return seconds

    # -- study -----------------------------------------------------------------------------
    def prepare_study(self, history: Sequence[Reviewed]) -> None:
        assert self._last is not None, "import first"
        col = Collection.open(self._last, clock=SystemClock())
        self._col = col
        now = col.clock.now()
        day = LearningDay.containing(now, starts_at_hour=col.app_settings().day_starts_at_hour)
        with col.engine.begin() as conn:
            ids = {key: cid for cid, key in conn.execute(text("SELECT id, key FROM cards"))}
            states: list[dict[str, object]] = []
            logs: list[dict[str, object]] = []
            for r in history:
                due = day.start + timedelta(days=r.due_day, seconds=r.due_second)
                last = due - timedelta(days=r.interval_days)
                cid = ids[card_key(r.index)]
                after = Memory(phase=Phase.REVIEW, step=None, stability=r.stability,
                               difficulty=r.difficulty, due=due, last_review=last, reps=1)
                states.append({"cid": cid, "s": r.stability, "d": r.difficulty, "due": ms(due),
                               "last": ms(last)})
                logs.append({"cid": cid, "at": ms(last), "before": memory_to_json(Memory()),
                             "after": memory_to_json(after), "ivl": float(r.interval_days)})
            conn.execute(text(
                "UPDATE card_states SET phase=2, step=NULL, stability=:s, difficulty=:d, "
                "due=:due, last_review=:last, reps=1, lapses=0 WHERE card_id=:cid"), states)
            conn.execute(text(
                "INSERT INTO review_log (card_id, reviewed_at, rating, duration_ms, "
                "phase_before, phase_after, state_before, state_after, scheduled_days, "
                "elapsed_days) VALUES (:cid, :at, 3, 8000, 0, 2, :before, :after, :ivl, 0)"),
                logs)
        self._session = col.start_session()

    def answer_once(self, rating: int) -> tuple[float, str]:
        """As the review screen does per card: show it with the counts in the header, reveal
        it with the interval on each grade button, grade it (committed)."""
        session = self._session
        assert session is not None
        start = time.perf_counter()
        card = session.next_card()
        if card is None:
            raise RuntimeError("Trainer ran out of cards to study")
        session.remaining()
        session.reveal()
        session.intervals()
        session.answer(Rating(rating), duration_ms=8000)
        return time.perf_counter() - start, str(card.queue.value)

    def remaining(self) -> tuple[int, int, int]:
        assert self._session is not None
        return self._session.remaining()

    def counts_once(self) -> float:
        col = self._col
        assert col is not None
        start = time.perf_counter()
        col.deck_counts()
        return time.perf_counter() - start

    def due_summary(self) -> str:
        assert self._col is not None
        counts = self._col.deck_counts()
        return (f"new {sum(c.new for c in counts)}, learning {sum(c.learning for c in counts)}, "
                f"review {sum(c.review for c in counts)}, total {sum(c.total for c in counts)}")

    def close(self) -> None:
        if self._col is not None:
            self._col.close()
            self._col = None
        self._session = None
