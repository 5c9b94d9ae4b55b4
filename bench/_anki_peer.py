"""Anki's side of the benchmark: its own backend (PyPI ``anki``), driven as its GUI drives it.

The import goes through Anki's CSV/TSV importer (``Collection.import_csv``, the Rust
backend's text importer, fully offline); studying goes through the v3 scheduler
(``get_queued_cards`` / ``build_answer`` / ``answer_card``), with FSRS switched on.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

from anki.cards_pb2 import FsrsMemoryState
from anki.collection import Card, Collection, ImportCsvRequest  # anki.cards needs this first
from anki.consts import CARD_TYPE_REV, QUEUE_TYPE_REV
from anki.dbproxy import DBProxy
from anki.decks import DeckConfigId
from anki.scheduler.v3 import CardAnswer, Scheduler

from bench.common import (
    DESIRED_RETENTION,
    GROUP,
    LEARNING_STEPS_MINUTES,
    MAXIMUM_INTERVAL_DAYS,
    NEW_PER_DAY,
    RELEARNING_STEPS_MINUTES,
    Reviewed,
    Workload,
    card_back,
    card_front,
    index_of_front,
)

_QUEUE_NAMES = {0: "new", 1: "learning", 2: "review"}


def _db(col: Collection) -> DBProxy:
    assert col.db is not None, "collection is closed"
    return col.db


def _sched(col: Collection) -> Scheduler:
    assert isinstance(col.sched, Scheduler), "needs Anki's v3 scheduler"
    return col.sched


def anki_version() -> str:
    from anki.buildinfo import version

    return str(version)


class AnkiSide:
    name = "anki"

    def __init__(self, workdir: Path, workload: Workload, *, synchronous: str = "full",
                 render: bool = True) -> None:
        self.workdir = workdir / "anki"
        self.workload = workload
        self.synchronous = synchronous
        self.render = render
        self.source: Path | None = None
        self._runs = 0
        self._last: Path | None = None
        self._col: Collection | None = None
        self.last_render_seconds = 0.0

    def describe_import(self) -> str:
        return ("Collection.import_csv(one TSV file, deck column), Anki's own text importer, "
                "one operation")

    # -- collection set-up (never timed) ------------------------------------------------------
    def _open(self, path: Path) -> Collection:
        col = Collection(str(path))
        # Anki ships with synchronous=FULL (an fsync of the WAL on every commit), as Trainer
        # does; the option to lower it is only for comparison with older runs.
        _db(col).execute(f"pragma synchronous = {self.synchronous}")
        return col

    def _configure(self, col: Collection) -> None:
        """The same scheduling settings as the Trainer decks, FSRS on."""
        col.set_config("fsrs", True)
        conf = cast(dict[str, Any], col.decks.get_config(DeckConfigId(1)))
        conf["new"]["perDay"] = NEW_PER_DAY
        conf["rev"]["perDay"] = self.workload.reviews_per_deck
        conf["new"]["delays"] = list(LEARNING_STEPS_MINUTES)
        conf["lapse"]["delays"] = list(RELEARNING_STEPS_MINUTES)
        conf["rev"]["maxIvl"] = MAXIMUM_INTERVAL_DAYS
        conf["desiredRetention"] = DESIRED_RETENTION
        col.decks.update_config(conf)

    # -- import ------------------------------------------------------------------------------
    def prepare_sources(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.source = self.workdir / "notes.txt"
        with self.source.open("w", encoding="utf-8") as f:
            f.write("#separator:tab\n#html:false\n#notetype:Basic\n#deck column:3\n")
            for deck in self.workload.decks():
                for i in range(deck.first, deck.first + deck.count):
                    f.write(f"{card_front(i)}\t{card_back(i)}\t{deck.anki_name}\n")

    def import_fresh(self) -> float:
        assert self.source is not None
        if self._last is not None:
            shutil.rmtree(self._last.parent, ignore_errors=True)
        self._runs += 1
        path = self.workdir / f"run-{self._runs}" / "collection.anki2"
        path.parent.mkdir(parents=True)
        col = self._open(path)
        try:
            self._configure(col)
            start = time.perf_counter()
            metadata = col.get_csv_metadata(str(self.source), None)
            log = col.import_csv(ImportCsvRequest(path=str(self.source), metadata=metadata))
            seconds = time.perf_counter() - start
        finally:
            col.close()
        if len(log.log.new) != self.workload.n_cards:
            raise RuntimeError(f"Anki imported {len(log.log.new)} notes, expected "
                               f"{self.workload.n_cards}")
        self._last = path
        return seconds

    # -- study -------------------------------------------------------------------------------
    def prepare_study(self, history: Sequence[Reviewed]) -> None:
        assert self._last is not None, "import first"
        col = self._open(self._last)
        self._col = col
        ids = {index_of_front(front): cid for cid, front in
               _db(col).all("SELECT c.id, n.sfld FROM cards c JOIN notes n ON n.id = c.nid")}
        today = col.sched.today
        day_start = col.sched.day_cutoff - 86_400
        cards: list[Card] = []
        revlog: list[tuple[int, ...]] = []
        used: set[int] = set()
        for r in history:
            card = col.get_card(ids[r.index])
            last = day_start + r.due_day * 86_400 + r.due_second - r.interval_days * 86_400
            card.type = CARD_TYPE_REV
            card.queue = QUEUE_TYPE_REV
            card.due = today + r.due_day
            card.ivl = r.interval_days
            card.reps = 1
            card.lapses = 0
            card.left = 0
            card.memory_state = FsrsMemoryState(stability=r.stability, difficulty=r.difficulty)
            card.last_review_time = last
            cards.append(card)
            log_id = last * 1000
            while log_id in used:
                log_id += 1
            used.add(log_id)
            # id, cid, usn, ease, ivl, lastIvl, factor, time, type (0 = learning)
            revlog.append((log_id, card.id, -1, 3, r.interval_days, 0, 0, 8000, 0))
        col.update_cards(cards, skip_undo_entry=True)
        _db(col).executemany(
            "INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", revlog)
        # Anki applies a parent deck's limits on top of its children's when one studies the
        # parent; Trainer's session sums each deck's own limits. The parent gets the sum, so
        # both sides count and show the same cards.
        parent = col.decks.id_for_name(GROUP)
        assert parent is not None
        conf = cast(dict[str, Any], col.decks.add_config(
            "Bench parent", clone_from=col.decks.get_config(DeckConfigId(1))))
        n_decks = len(self.workload.decks())
        conf["new"]["perDay"] = self.workload.new_per_parent
        conf["rev"]["perDay"] = self.workload.reviews_per_deck * n_decks
        col.decks.update_config(conf)
        parent_deck = col.decks.get(parent)
        assert parent_deck is not None
        col.decks.set_config_id_for_deck_dict(parent_deck, conf["id"])
        col.decks.select(parent)

    def answer_once(self, rating: int) -> tuple[float, str]:
        """As Anki's reviewer: fetch the top queued card (with the counts), render it, label
        the grade buttons with their intervals, grade it, commit."""
        col = self._col
        assert col is not None
        start = time.perf_counter()
        sched = _sched(col)
        queued = sched.get_queued_cards()
        if not queued.cards:
            raise RuntimeError("Anki ran out of cards to study")
        top = queued.cards[0]
        card = Card(col, backend_card=top.card)
        card.start_timer()
        render = 0.0
        if self.render:
            r0 = time.perf_counter()
            card.question()
            card.answer()
            render = time.perf_counter() - r0
        # The reviewer's counts come with the queued cards; its grade buttons show the
        # intervals, which take one more backend call.
        sched.describe_next_states(top.states)
        answer = sched.build_answer(card=card, states=top.states,
                                    rating=cast("CardAnswer.Rating.V", rating - 1))
        answer.milliseconds_taken = 8000
        sched.answer_card(answer)  # one backend op: one committed transaction
        seconds = time.perf_counter() - start
        self.last_render_seconds = render
        return seconds, _QUEUE_NAMES.get(int(top.queue), str(top.queue))

    def counts_once(self) -> float:
        col = self._col
        assert col is not None
        start = time.perf_counter()
        col.sched.deck_due_tree()
        return time.perf_counter() - start

    def due_summary(self) -> str:
        assert self._col is not None
        tree = self._col.sched.deck_due_tree()
        assert tree is not None
        new = learn = review = 0
        for child in tree.children:
            new += child.new_count
            learn += child.learn_count
            review += child.review_count
        return (f"new {new}, learning {learn}, review {review}, "
                f"total {self._col.card_count()}")

    def close(self) -> None:
        if self._col is not None:
            self._col.close()
            self._col = None
