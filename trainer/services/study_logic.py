"""The pure part of a study session: which card comes next, and what an answer schedules.

Nothing here reads or writes the collection (no SQL, no connection): the session in
``services/study.py`` reads rows through ``storage/study_repo.py``, hands them to these
functions and writes back what they return. As in py-fsrs, grading returns new values
(the card's next state and its review-log row) rather than changing anything in place.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from trainer.domain import CardQueue, Rating
from trainer.scheduling import (
    DayRule,
    Memory,
    Phase,
    SchedulerConfig,
    fuzz_factor,
    is_leech,
    review,
)
from trainer.storage.codec import from_ms, memory_to_json, ms

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class SessionSummary:
    cards_studied: int
    seconds: float
    correct: int
    retention_today: float | None


@dataclass(frozen=True, slots=True)
class SessionOptions:
    day_starts_at_hour: int = 4
    tz: tzinfo | None = None
    bury_siblings: bool = True
    leech_threshold: int = 8
    fuzz: bool = True
    parameters: tuple[float, ...] | None = None  # fitted to this learner, else defaults
    # Per deck with an exam plan: the longest interval a card leaving learning may get, so
    # that it comes back before the exam.
    first_interval_caps: Mapping[str, int] = field(default_factory=dict)
    # The learner's seed for the order of multiple-choice options (None: as written).
    shuffle_seed: int | None = None


@dataclass(slots=True)
class UndoEntry:
    """One action as it can be taken back: the card's state and marks before it."""

    action: str
    card_id: int
    deck_id: str
    state: Row
    mark: Row | None
    log_id: int | None = None
    phase_before: int = 0
    duration_ms: int = 0
    rating: int = 0
    siblings: list[tuple[int, Row]] = field(default_factory=list)
    day_start: int = 0  # ms: the learning day the action was taken on


def memory_of(row: Mapping[str, Any]) -> Memory:
    """The FSRS memory of a card from its state row."""
    return Memory(
        phase=Phase(row["phase"]), step=row["step"], stability=row["stability"],
        difficulty=row["difficulty"], due=from_ms(row["due"]) if row["phase"] else None,
        last_review=from_ms(row["last_review"]), reps=row["reps"], lapses=row["lapses"],
    )


@dataclass(frozen=True, slots=True)
class Graded:
    """What one answer does to a card: its next state, its log row, whether it is a leech."""

    phase_before: Phase
    state: Row  # every state column, as save_state writes it
    log: tuple[Any, ...]  # the review-log row, in study_repo.log_review's column order
    leech: bool  # the answer made the card a leech: it is suspended and marked


def grade(before: Mapping[str, Any], rating: Rating, *, card_id: int, now: datetime,
          duration_ms: int, config: SchedulerConfig, day: DayRule,
          leech_threshold: int, after: Memory | None = None,
          memory: Memory | None = None) -> Graded:
    """Schedule an answer; the card's state ``before`` is left as it was.

    ``after`` is the next state already worked out for this grade when the answer buttons
    were labelled (from the same ``before``); without it the card is scheduled here.
    ``memory`` is ``memory_of(before)`` when the caller has it already."""
    memory = memory if memory is not None else memory_of(before)
    if after is None:
        after = review(memory, rating, now=now, config=config, day=day,
                       fuzz_factor=fuzz_factor(card_id, memory.reps))
    assert after.due is not None
    elapsed = day.elapsed_days(memory.last_review, now) if memory.last_review else 0
    leech = (rating is Rating.AGAIN and memory.phase is Phase.REVIEW
             and is_leech(after.lapses, threshold=leech_threshold))
    state = {"phase": int(after.phase), "step": after.step, "stability": after.stability,
             "difficulty": after.difficulty, "due": ms(after.due), "last_review": ms(now),
             "reps": after.reps, "lapses": after.lapses,
             "suspended": bool(before["suspended"]) or leech,
             "buried_until": before["buried_until"]}
    log = (card_id, ms(now), int(rating), duration_ms, int(memory.phase), int(after.phase),
           memory_to_json(memory), memory_to_json(after),
           (after.due - now).total_seconds() / 86400, elapsed)
    return Graded(phase_before=memory.phase, state=state, log=log, leech=leech)


def clamp_duration(duration_ms: int) -> int:
    """Time on a card as logged: never negative, at most an hour (the learner walked away)."""
    return max(0, min(int(duration_ms), 3_600_000))


@dataclass(slots=True)
class StudyQueues:
    """Today's reviews and new cards held in memory, and how new cards mix with reviews.

    ``spread`` reviews are shown between two new cards, so new cards come through the
    session rather than at its end. Whether a queued card is still waiting, and the next
    batch when both queues run dry, are asked of the caller: this class holds no SQL.
    """

    reviews: deque[int] = field(default_factory=deque)
    new: deque[int] = field(default_factory=deque)
    spread: int = 1
    new_streak: int = 0

    def take(self, available: Callable[[int, Phase], bool],
             refill: Callable[[], tuple[list[int], list[int]]]) -> int | None:
        """The next review or new card, or None when both queues are done for now."""
        rev = self._head(self.reviews, Phase.REVIEW, available)
        if rev is not None and self.new_streak < self.spread:
            # A review comes next whatever the new queue holds; checking its head can wait.
            self.new_streak += bool(self.new)
            return self.reviews.popleft()
        new = self._head(self.new, Phase.NEW, available)
        if rev is None and new is None:
            reviews, news = refill()
            self.reviews, self.new = deque(reviews), deque(news)
            if reviews or news:
                rev = self._head(self.reviews, Phase.REVIEW, available)
                new = self._head(self.new, Phase.NEW, available)
        if rev is not None and new is not None:
            if self.new_streak >= self.spread:
                self.new_streak = 0
                return self.new.popleft()
            self.new_streak += 1
            return self.reviews.popleft()
        if rev is not None:
            return self.reviews.popleft()
        if new is not None:
            return self.new.popleft()
        return None

    def put_back(self, card_id: int, queue: CardQueue) -> None:
        """A card that was on screen, unanswered, goes back to the head of its queue."""
        if queue is CardQueue.NEW:
            self.new.appendleft(card_id)
        elif queue is CardQueue.REVIEW:
            self.reviews.appendleft(card_id)

    def clear(self) -> None:
        """A new learning day: what was loaded belongs to yesterday."""
        self.reviews.clear()
        self.new.clear()

    @staticmethod
    def _head(queue: deque[int], phase: Phase,
              available: Callable[[int, Phase], bool]) -> int | None:
        """The head of a queue, dropping cards buried or answered meanwhile."""
        while queue:
            if available(queue[0], phase):
                return queue[0]
            queue.popleft()
        return None
