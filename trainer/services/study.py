"""The study session: the review controller a view drives (after Mnemosyne's).

It is a small state machine - ``next_card`` -> ``reveal`` -> ``answer`` - plus undo, bury,
suspend and flag. Every answer is committed in its own transaction before the next card
is chosen, so a crash never loses more than the card on screen. Each of these actions
returns the :class:`~trainer.services.changes.OpChanges` it made.

This module holds the session's state and its transactions only: which card comes next and
what an answer schedules are pure functions in ``study_logic``; the SQL is in
``storage/study_repo.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, Engine

from trainer.clock import Clock
from trainer.domain import CardQueue, CardView, DeckSettings, Flag, Rating
from trainer.scheduling import (
    DayRule,
    LearningDay,
    Memory,
    Phase,
    SchedulerConfig,
    answers,
    format_interval,
    fuzz_factor,
)
from trainer.services.changes import NOTHING, OpChanges, study_changes
from trainer.services.choices import shuffle_choices
from trainer.services.errors import NoCurrentCard
from trainer.services.study_counts import MARGIN, DueCounts
from trainer.services.study_logic import (
    SessionOptions,
    SessionSummary,
    StudyQueues,
    UndoEntry,
    clamp_duration,
    grade,
    memory_of,
)
from trainer.storage import driver, queues
from trainer.storage import study_repo as repo
from trainer.storage.codec import content_from_json, ms

__all__ = ["LEARN_AHEAD", "SessionOptions", "SessionSummary", "StudySession"]

LEARN_AHEAD = timedelta(minutes=20)
_AHEAD_MS = int(LEARN_AHEAD.total_seconds() * 1000)
_BATCH = 200  # cards per deck loaded into the in-memory queues at a time
_Undo = UndoEntry  # the name the cram controller knows it by


class StudySession:
    """Studies the cards of some decks for today, within their daily limits."""

    mode = "study"  # "cram" in the cram controller, which shares this screen

    def __init__(self, engine: Engine, *, deck_ids: Sequence[str], clock: Clock,
                 settings: Callable[[str], DeckSettings], options: SessionOptions,
                 source_files: Mapping[tuple[str, str], str] | None = None) -> None:
        self._engine = engine
        self._conn: Connection | None = None
        self._deck_ids = list(deck_ids)
        self._clock = clock
        self._settings = {d: settings(d) for d in self._deck_ids}
        self._options = options
        self._day_rule = DayRule(options.day_starts_at_hour, options.tz)
        self._configs = {d: SchedulerConfig.from_deck_settings(
                             s, fuzz=options.fuzz, parameters=options.parameters)
                         for d, s in self._settings.items()}
        self._first_configs = {
            d: replace(config, maximum_interval_days=max(1, min(cap,
                                                                config.maximum_interval_days)))
            for d, cap in options.first_interval_caps.items()
            if (config := self._configs.get(d)) is not None}
        self._source_files = dict(source_files or {})
        self._undo: list[UndoEntry] = []
        self._cached: tuple[int, dict[str, Any], dict[str, Any] | None] | None = None
        # The next states worked out for the answer buttons, with the snapshot they came from.
        self._shown_states: tuple[object, Memory, dict[Rating, Memory]] | None = None
        self._queues = StudyQueues()
        self._rows: dict[int, repo.ScreenRow] = {}  # card rows read while choosing the next
        self._current: CardView | None = None
        self._revealed = False
        self._studied = 0
        self._correct = 0
        self._millis = 0
        self._day = self._today()
        self._due: DueCounts | None = None  # read when first needed, then kept up to date
        self._per_fact: frozenset[str] | None = None  # see _fact_counted
        self._load_limits()

    # -- connection ----------------------------------------------------------------------
    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """One transaction on the session's own connection, committed on leaving.

        The per-card path (next card, answer) uses ``storage.driver`` instead; everything
        else comes here, so no transaction is ever left open between two actions.
        """
        conn = self._connection()
        with conn.begin():
            yield conn

    def _connection(self) -> Connection:
        """The session's own connection, checked out once and kept (borrowing one from the
        pool for every answer cost about a fifth of the answer's time)."""
        conn = self._conn
        if conn is None or conn.closed or conn.invalidated:
            conn = self._conn = self._engine.connect()
        return conn

    def close(self) -> None:
        """Give the connection back; the session can still be used and takes a new one."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- day and limits ------------------------------------------------------------------
    def _today(self) -> LearningDay:
        return self._day_rule.containing(self._clock.now())

    def _load_limits(self) -> None:
        with self._transaction() as conn:
            done = queues.studied_since(conn, ms(self._day.start))
        self._new_left = {d: max(0, s.new_per_day - done.get(d, (0, 0))[0])
                          for d, s in self._settings.items()}
        self._review_left = {d: max(0, s.reviews_per_day - done.get(d, (0, 0))[1])
                             for d, s in self._settings.items()}
        self._due = None
        new, _learning, due = self._counts()
        self._queues.spread = max(1, due // max(1, new))  # reviews between two new cards

    def _roll_day(self) -> None:
        if self._day.contains(self._clock.now()):
            return  # nearly always: working out the day again costs a time-zone lookup
        today = self._today()
        if today.start != self._day.start:
            self._day = today
            self._load_limits()
            self._queues.clear()

    # -- state machine -----------------------------------------------------------------
    @property
    def current(self) -> CardView | None:
        return self._current

    @property
    def revealed(self) -> bool:
        return self._revealed

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def undo_action(self) -> str | None:
        """What Undo would take back: "answer", "bury", "suspend", "flag", "cram" or None."""
        return self._undo[-1].action if self._undo else None

    def next_card(self) -> CardView | None:
        """Choose the next card (or None when the session is done) and show its question."""
        self._roll_day()
        now = self._clock.now()
        now_ms = ms(now)
        self._rows.clear()  # rows are only reused within the turn they were read in
        # Reads with no transaction around them, each its own: the collection is locked to
        # this process, and nothing is left open while the card is on screen.
        conn = self._connection()
        card_id = self._pick(conn, now_ms)
        self._current = None if card_id is None else self._view(conn, card_id)
        self._rows.clear()
        self._revealed = False
        return self._current

    def _next_learning(self, conn: Connection, until_ms: int, now_ms: int) -> int | None:
        if self._due is not None:  # the cards in learning are kept in memory with the counts
            return self._due.next_learning(until_ms=until_ms, now_ms=now_ms)
        return queues.next_learning(conn, self._deck_ids, until_ms=until_ms, now_ms=now_ms)

    def _pick(self, conn: Connection, now_ms: int) -> int | None:
        card = self._next_learning(conn, now_ms, now_ms)
        if card is not None:
            return card

        def available(card_id: int, phase: Phase) -> bool:
            # The row read to check the card is the row shown: one query, not two.
            row = repo.card_on_screen(conn, card_id)
            if row is None:
                return False  # deleted since it was queued
            self._rows[card_id] = row
            state = row[3]
            return (state["phase"] == phase and not state["suspended"]
                    and state["buried_until"] <= now_ms)

        def refill() -> tuple[list[int], list[int]]:
            # Like Anki, cards are queued in memory so that an answer costs a few queries,
            # not a scan of every deck; the queues refill when they run dry.
            return repo.next_batch(conn, self._deck_ids, review_left=self._review_left,
                                   new_left=self._new_left, day_end_ms=ms(self._day.end),
                                   now_ms=now_ms, batch=_BATCH)

        card = self._queues.take(available, refill)
        if card is not None:
            return card
        return self._next_learning(conn, now_ms + _AHEAD_MS, now_ms)

    def _view(self, conn: Connection, card_id: int) -> CardView:
        """Read content, scheduling state and marks in one query, and keep them for answer."""
        row = self._rows.get(card_id) or repo.card_on_screen(conn, card_id)
        if row is None:
            raise NoCurrentCard("The card to show was deleted; choose the deck again.")
        deck_id, content_json, user_edit, state, mark = row
        self._cached = (card_id, state, mark)
        content = content_from_json(content_json, user_edit)
        if self._options.shuffle_seed is not None:  # a new order each time it is answered
            content = shuffle_choices(content, seed=self._options.shuffle_seed,
                                      card_id=card_id, seen=int(state["reps"]))
        phase = Phase(state["phase"])
        queue = (CardQueue.NEW if phase is Phase.NEW else
                 CardQueue.REVIEW if phase is Phase.REVIEW else CardQueue.LEARNING)
        source_file = None
        if content.source is not None:
            source_file = self._source_files.get((deck_id, content.source.doc))
        flag = Flag(mark["flag"]) if mark else Flag.NONE
        return CardView(card_id=card_id, deck_id=deck_id, content=content, queue=queue,
                        flag=flag, source_file=source_file)

    def reveal(self) -> None:
        self._require_card()
        self._revealed = True

    def intervals(self) -> dict[Rating, str]:
        """Labels for the four answer buttons: the interval each grade would give."""
        card = self._require_card()
        if self._cached is not None and self._cached[0] == card.card_id:
            memory = memory_of(self._cached[1])  # as read when shown: no query
        else:
            with self._transaction() as conn:
                memory = memory_of(self._snapshot(conn, card.card_id)[0])
        # The same fuzz as the answer will use, so each label is what its answer schedules;
        # the answer then takes the state shown on its button, as Anki's answer takes the
        # states computed when the card was shown, instead of scheduling the card again.
        outcomes = answers(memory, now=self._clock.now(),
                           config=self._config(card.deck_id, memory), day=self._day_rule,
                           fuzz_factor=fuzz_factor(card.card_id, memory.reps))
        if self._cached is not None and self._cached[0] == card.card_id:
            self._shown_states = (self._cached, memory,
                                  {r: after for r, (after, _) in outcomes.items()})
        return {r: format_interval(shown) for r, (_, shown) in outcomes.items()}

    def answer(self, rating: Rating, *, duration_ms: int) -> OpChanges:
        """Grade the card on screen and commit, before anything else happens."""
        card = self._require_card()
        if not self._revealed:
            raise NoCurrentCard("Show the answer before grading the card.")
        rating = Rating(rating)
        now = self._clock.now()
        duration_ms = clamp_duration(duration_ms)
        shown = self._shown_states
        memory, after = None, None
        if shown is not None and shown[0] is self._cached:  # labelled from this very state
            memory, after = shown[1], shown[2][rating]
        self._shown_states = None
        with driver.write_transaction(self._connection()) as conn:
            before, mark = self._snapshot(conn, card.card_id)
            memory = memory or memory_of(before)
            graded = grade(before, rating, card_id=card.card_id, now=now, after=after,
                           memory=memory, duration_ms=duration_ms,
                           config=self._config(card.deck_id, memory),
                           day=self._day_rule, leech_threshold=self._options.leech_threshold)
            log_id = repo.log_review(conn, graded.log)
            if graded.leech:
                # The leech mark is also the card's `leech` tag (as in Anki): see storage.cram.
                repo.mark_leech(conn, card.card_id)
            repo.save_state(conn, card.card_id, graded.state)
            siblings = self._bury_siblings(conn, card) if self._options.bury_siblings else []
        self._moved(card.deck_id, card.card_id, before, graded.state, siblings)
        phase_before = int(graded.phase_before)
        self._undo.append(UndoEntry("answer", card.card_id, card.deck_id, before, mark, log_id,
                                    phase_before, duration_ms, int(rating), siblings,
                                    ms(self._day.start)))
        self._count(card.deck_id, phase_before, -1)
        self._studied += 1
        self._correct += rating is not Rating.AGAIN
        self._millis += duration_ms
        self._current = None
        self._revealed = False
        return study_changes([card.card_id, *(cid for cid, _ in siblings)], [card.deck_id],
                             review_log=True, marks=graded.leech)

    def _bury_siblings(self, conn: Connection,
                       card: CardView) -> list[tuple[int, dict[str, Any]]]:
        if card.content.sibling == card.content.key:
            return []  # a card with no siblings (hand-written basic, typed, mcq...)
        return repo.bury_siblings(conn, deck_id=card.deck_id, sibling=card.content.sibling,
                                  card_id=card.card_id, until_ms=ms(self._day.end))

    def _moved(self, deck_id: str, card_id: int, before: dict[str, Any] | None,
               after: dict[str, Any] | None,
               siblings: Sequence[tuple[int, dict[str, Any]]] = ()) -> None:
        """Keep the screen's counts in step with a card (and the siblings it buried)."""
        if self._due is None:
            return  # not read yet: they will be read as they are now
        now_ms = ms(self._clock.now())
        self._due.move(deck_id, card_id, before, after, now_ms=now_ms)
        for sibling_id, previous in siblings:
            self._due.move(deck_id, sibling_id, previous, None, now_ms=now_ms)
        if deck_id in self._fact_counted():
            self._due.mark_recount(deck_id)

    def _fact_counted(self) -> frozenset[str]:
        """Decks whose new and review cards are counted one per fact, as the deck list
        counts them: those with sibling cards, when answering a card buries its siblings."""
        if self._per_fact is None:
            if not self._options.bury_siblings:
                self._per_fact = frozenset()
            else:
                with self._transaction() as conn:
                    self._per_fact = queues.decks_with_siblings(conn) & set(self._deck_ids)
        return self._per_fact

    def _count(self, deck_id: str, phase_before: int, delta: int) -> None:
        if phase_before == Phase.NEW:
            self._new_left[deck_id] += delta
        elif phase_before == Phase.REVIEW:
            self._review_left[deck_id] += delta
        if self._due is not None:
            self._due.touch(deck_id)

    # -- other actions on the current card -------------------------------------------------
    def bury(self) -> OpChanges:
        """Hide the card until tomorrow."""
        card = self._require_card()
        with self._transaction() as conn:
            before, mark = repo.state(conn, card.card_id), repo.mark(conn, card.card_id)
            repo.set_state(conn, card.card_id, buried_until=ms(self._day.end))
        self._moved(card.deck_id, card.card_id, before, None)
        self._undo.append(UndoEntry("bury", card.card_id, card.deck_id, before, mark))
        self._current = None
        return study_changes([card.card_id], [card.deck_id])

    def suspend(self) -> OpChanges:
        """Take the card out of study until the learner unsuspends it."""
        card = self._require_card()
        with self._transaction() as conn:
            before, mark = repo.state(conn, card.card_id), repo.mark(conn, card.card_id)
            repo.set_state(conn, card.card_id, suspended=True)
            repo.set_mark(conn, card.card_id, suspended_reason="user")
        self._moved(card.deck_id, card.card_id, before, None)
        self._undo.append(UndoEntry("suspend", card.card_id, card.deck_id, before, mark))
        self._current = None
        return study_changes([card.card_id], [card.deck_id], marks=True)

    def set_flag(self, flag: Flag) -> OpChanges:
        """Flag the card (or clear with Flag.NONE); the card stays on screen, as
        :attr:`current`, with its new flag."""
        card = self._require_card()
        new_flag = Flag.NONE if card.flag == flag else Flag(flag)
        with self._transaction() as conn:
            before, mark = repo.state(conn, card.card_id), repo.mark(conn, card.card_id)
            repo.set_mark(conn, card.card_id, flag=int(new_flag))
        self._undo.append(UndoEntry("flag", card.card_id, card.deck_id, before, mark))
        self._cached = None
        self._current = replace(card, flag=new_flag)
        return OpChanges(cards=True, card_ids=(card.card_id,), deck_ids=(card.deck_id,))

    def undo(self) -> OpChanges:
        """Reverse the last action exactly; its card comes back on screen (:attr:`current`),
        unrevealed. Nothing changes (a false result) when there is nothing to undo."""
        if not self._undo:
            return NOTHING
        entry = self._undo.pop()
        self._roll_day()  # so an answer from before the roll-over is recognised as such
        self._requeue_current()
        with self._transaction() as conn:
            repo.restore(conn, entry.card_id, entry.state, entry.mark, entry.siblings,
                         entry.log_id)
            self._current = self._view(conn, entry.card_id)
        self._due = None  # undo is rare: read the counts again rather than reverse them
        if entry.action == "answer":
            if entry.day_start == ms(self._day.start):
                # An answer from before the day rolled over used yesterday's limit, not
                # today's: giving its slot back would let today exceed the limit.
                self._count(entry.deck_id, entry.phase_before, +1)
            self._studied -= 1
            self._correct -= entry.rating != Rating.AGAIN
            self._millis -= entry.duration_ms
        self._revealed = False
        return undone_changes(entry)

    def _requeue_current(self) -> None:
        """Put a card that was on screen, unanswered, back at the head of its queue."""
        if self._current is not None:
            self._queues.put_back(self._current.card_id, self._current.queue)

    # -- counts and summary -------------------------------------------------------------
    def forget_counts(self) -> None:
        """Cards changed outside this session (an import): read the counts again when asked."""
        self._due = None
        self._per_fact = None

    def remaining(self) -> tuple[int, int, int]:
        """New, learning and review cards left in this session today."""
        self._roll_day()
        return self._counts()

    def _counts(self) -> tuple[int, int, int]:
        """The counts kept in memory, reading a deck again only when it must be."""
        now_ms = ms(self._clock.now())
        if self._due is None:
            self._due = DueCounts(day_end_ms=ms(self._day.end))
            stale = self._deck_ids
        else:
            stale = self._due.stale(self._new_left, self._review_left)
        if stale:
            per_fact = self._fact_counted()
            with self._transaction() as conn:
                if stale is self._deck_ids:
                    self._due.set_learning(repo.learning_cards(conn, self._deck_ids))
                for d in stale:
                    new_cap = self._new_left[d] + MARGIN
                    review_cap = self._review_left[d] + MARGIN
                    self._due.set_deck(
                        d, new=queues.count_new(conn, d, now_ms=now_ms, cap=new_cap,
                                                siblings_buried=d in per_fact),
                        new_cap=new_cap, review=queues.count_review(
                            conn, d, day_end_ms=ms(self._day.end), now_ms=now_ms,
                            cap=review_cap, siblings_buried=d in per_fact),
                        review_cap=review_cap)
        return self._due.totals(self._new_left, self._review_left, now_ms=now_ms,
                                until_ms=now_ms + _AHEAD_MS)

    def summary(self) -> SessionSummary:
        with self._transaction() as conn:
            rows = repo.review_ratings_since(conn, self._deck_ids, ms(self._day.start))
        retention = (sum(1 for r in rows if r != Rating.AGAIN) / len(rows)) if rows else None
        return SessionSummary(cards_studied=self._studied, seconds=self._millis / 1000,
                              correct=self._correct, retention_today=retention)

    # -- helpers -------------------------------------------------------------------------
    def _config(self, deck_id: str, memory: Memory) -> SchedulerConfig:
        """The deck's scheduler; for a card still being learned, capped by an exam plan."""
        if memory.phase in (Phase.NEW, Phase.LEARNING) and deck_id in self._first_configs:
            return self._first_configs[deck_id]
        return self._configs[deck_id]

    def _require_card(self) -> CardView:
        if self._current is None:
            raise NoCurrentCard("There is no card on screen.")
        return self._current

    def _snapshot(self, conn: Connection,
                  card_id: int) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """State and marks of the card on screen, as read when it was shown."""
        if self._cached is not None and self._cached[0] == card_id:
            return self._cached[1], self._cached[2]
        return repo.state(conn, card_id), repo.mark(conn, card_id)


def undone_changes(entry: UndoEntry) -> OpChanges:
    """What taking back ``entry`` changes: the same data the action itself changed."""
    if entry.action == "flag":
        return OpChanges(cards=True, card_ids=(entry.card_id,), deck_ids=(entry.deck_id,))
    return study_changes([entry.card_id, *(cid for cid, _ in entry.siblings)], [entry.deck_id],
                         review_log=entry.log_id is not None,
                         # Marks are put back as they were: a suspension's reason, or the
                         # leech mark an answer may have set.
                         marks=entry.action != "bury")
