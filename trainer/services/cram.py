"""Cram and preview: study ahead of schedule without moving the schedule.

The learner picks a deck, a tag, a search, or the cards failed today. A :class:`CramSession`
is the study controller in another mode: the same ``next_card`` -> ``reveal`` -> ``answer``
machine the review screen drives, but an answer is written to the cram log only. Card
states (FSRS memory, due dates) are never written, so nothing here changes when a card
comes back, the daily limits, the statistics or the FSRS optimiser. A card answered Again
comes back a few cards later in the same session.
"""

from __future__ import annotations

import json
import random
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, Engine

from trainer.clock import Clock
from trainer.domain import DeckSettings, Rating
from trainer.scheduling import LearningDay
from trainer.services.changes import NOTHING, OpChanges
from trainer.services.errors import NoCurrentCard
from trainer.services.study import StudySession
from trainer.services.study_logic import (
    SessionOptions,
    SessionSummary,
    UndoEntry,
    clamp_duration,
)
from trainer.storage import cram as store
from trainer.storage.codec import content_from_json, ms

AGAIN_GAP = 3  # a card answered Again comes back after this many others


class CramScope(StrEnum):
    DECK = "deck"
    TAG = "tag"
    SEARCH = "search"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class CramChoice:
    """What to cram: decks, a tag, a search (every word must appear), or today's failures.

    ``deck_ids`` limits a tag, search or failed-today choice to some decks (empty: all).
    """

    scope: CramScope
    deck_ids: tuple[str, ...] = ()
    tag: str = ""
    query: str = ""
    limit: int = 200
    shuffle: bool = False

    def describe(self) -> str:
        """A short title for the review screen."""
        if self.scope is CramScope.TAG:
            return f"Cram: tag “{self.tag}”"
        if self.scope is CramScope.SEARCH:
            return f"Cram: “{self.query.strip()}”"
        if self.scope is CramScope.FAILED:
            return "Cram: cards failed today"
        return "Cram: preview ahead of schedule"

    def nothing_found(self) -> str:
        """Why a cram session could not start, as a sentence."""
        if self.scope is CramScope.TAG:
            return f"No card in study has the tag “{self.tag.strip()}”."
        if self.scope is CramScope.SEARCH:
            return f"No card in study matches “{self.query.strip()}”."
        if self.scope is CramScope.FAILED:
            return "No card was failed today: nothing to go over again."
        return "The chosen deck has no cards in study."


def choose_cards(conn: Connection, *, choice: CramChoice, day: LearningDay,
                 seed: int | None = None) -> list[int]:
    """The card ids a choice selects, in study order; ValueError says what is missing."""
    limit = max(1, min(choice.limit, 10_000))
    decks = list(choice.deck_ids) or None
    if choice.scope is CramScope.DECK:
        if not decks:
            raise ValueError("Choose a deck to cram.")
        ids = store.cards_of_decks(conn, decks, limit=limit)
    elif choice.scope is CramScope.FAILED:
        ids = store.failed_since(conn, ms(day.start), decks)[:limit]
    elif choice.scope is CramScope.TAG:
        tag = choice.tag.strip()
        if not tag:
            raise ValueError("Choose a tag to cram.")
        ids = _tagged(conn, decks, tag)[:limit]
    else:
        words = choice.query.split()
        if not words:
            raise ValueError("Type a word or two to search for.")
        # "tag:leech" (as in Anki's search) keeps cards with that tag; other words are text.
        tags = [w[4:] for w in words if w.casefold().startswith("tag:") and len(w) > 4]
        words = [w for w in words if not w.casefold().startswith("tag:")]
        if not words and not tags:
            raise ValueError("Type a word or two to search for.")
        ids = [cid for cid, content, edit in store.card_texts(conn, decks, words)
               if _matches(content, edit, words)]
        for tag in tags:
            wanted = set(_tagged(conn, decks, tag))
            ids = [cid for cid in ids if cid in wanted]
        ids = ids[:limit]
    if choice.shuffle:
        random.Random(seed).shuffle(ids)
    return ids


def _tagged(conn: Connection, decks: list[str] | None, tag: str) -> list[int]:
    """Cards in study with a tag from their deck file, or ``leech`` for the learner's leeches."""
    ids = [cid for cid, content, _edit in store.card_texts(conn, decks, [f'"{tag}"'])
           if tag.casefold() in (t.casefold() for t in json.loads(content).get("tags", []))]
    if tag.casefold() == store.LEECH_TAG:
        seen = set(ids)
        ids += [cid for cid in store.leech_cards(conn, decks) if cid not in seen]
    return ids


def _matches(content: str, user_edit: str | None, words: Sequence[str]) -> bool:
    """Whether every word is in the card's question, answer, choices or items."""
    card = content_from_json(content, user_edit)
    text = " ".join((card.prompt, card.answer, *card.choices, *card.items,
                     card.explanation)).casefold()
    return all(w.casefold() in text for w in words)


class CramSession(StudySession):
    """The study controller in cram mode: answers go to the cram log, never to card states."""

    mode = "cram"

    def __init__(self, engine: Engine, *, card_ids: Sequence[int], choice: CramChoice,
                 deck_ids: Sequence[str], clock: Clock,
                 settings: Callable[[str], DeckSettings], options: SessionOptions,
                 source_files: Mapping[tuple[str, str], str] | None = None) -> None:
        super().__init__(engine, deck_ids=deck_ids, clock=clock, settings=settings,
                         options=options, source_files=source_files)
        self.choice = choice
        self._cram_queue: deque[int] = deque(card_ids)
        self._cram_undo: list[tuple[int, int, int, bool]] = []  # card, log id, ms, requeued
        self._cram_done: set[int] = set()

    def _load_limits(self) -> None:
        """No daily limits: cramming is outside the schedule."""
        self._new_left = {d: 0 for d in self._deck_ids}
        self._review_left = {d: 0 for d in self._deck_ids}

    def _roll_day(self) -> None:
        return

    def _pick(self, conn: Connection, now_ms: int) -> int | None:
        while self._cram_queue:
            card_id = self._cram_queue.popleft()
            if store.still_in_study(conn, card_id):
                return card_id
        return None

    def _requeue_current(self) -> None:
        if self._current is not None:
            self._cram_queue.appendleft(self._current.card_id)

    def intervals(self) -> dict[Rating, str]:
        """Cramming never reschedules: Again shows the card again soon, the rest end it."""
        self._require_card()
        return {Rating.AGAIN: "soon", Rating.HARD: "done", Rating.GOOD: "done",
                Rating.EASY: "done"}

    def answer(self, rating: Rating, *, duration_ms: int) -> OpChanges:
        """Log the answer as a cram review; the card's schedule stays as it was."""
        card = self._require_card()
        if not self._revealed:
            raise NoCurrentCard("Show the answer before grading the card.")
        rating = Rating(rating)
        duration_ms = clamp_duration(duration_ms)
        with self._transaction() as conn:
            log_id = store.log_review(conn, card_id=card.card_id,
                                      reviewed_at=ms(self._clock.now()), rating=int(rating),
                                      duration_ms=duration_ms, mode=self.choice.scope.value)
        again = rating is Rating.AGAIN
        if again:
            position = min(AGAIN_GAP, len(self._cram_queue))
            self._cram_queue.insert(position, card.card_id)
        self._cram_undo.append((card.card_id, log_id, duration_ms, again))
        self._undo.append(UndoEntry("cram", card.card_id, card.deck_id, {}, None))
        self._cram_done.add(card.card_id)
        self._studied += 1
        self._correct += not again
        self._millis += duration_ms
        self._current = None
        self._revealed = False
        return _cram_logged(card.card_id, card.deck_id)

    def bury(self) -> OpChanges:
        """Skip the card for the rest of this cram session (its schedule is untouched)."""
        self._require_card()
        self._current = None
        return NOTHING

    def undo(self) -> OpChanges:
        """Undo the last answer (its cram log entry) or the last flag or suspension."""
        if not self._undo:
            return NOTHING
        if self._undo[-1].action != "cram":
            return super().undo()
        self._undo.pop()
        card_id, log_id, duration_ms, requeued = self._cram_undo.pop()
        if requeued:
            self._cram_queue.remove(card_id)
        self._requeue_current()
        with self._transaction() as conn:
            store.unlog_review(conn, log_id)
            shown = self._current = self._view(conn, card_id)
        self._studied -= 1
        self._correct -= not requeued
        self._millis -= duration_ms
        self._revealed = False
        return _cram_logged(card_id, shown.deck_id)

    def remaining(self) -> tuple[int, int, int]:
        """Cards left in this cram session, counted as due."""
        return 0, 0, len(self._cram_queue) + (self._current is not None)

    def summary(self) -> SessionSummary:
        return SessionSummary(cards_studied=self._studied, seconds=self._millis / 1000,
                              correct=self._correct, retention_today=None)


def all_tags(engine: Engine) -> list[str]:
    """Every tag on a card, for the cram dialog."""
    with engine.connect() as conn:
        return store.tags(conn)


def _cram_logged(card_id: int, deck_id: str) -> OpChanges:
    """A cram answer (or its undo): a row of the cram log, no schedule, no deck count."""
    return OpChanges(review_log=True, card_ids=(card_id,), deck_ids=(deck_id,))
