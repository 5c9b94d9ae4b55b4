"""Trainer's card states and review log in Anki's terms (cards.type/queue/due, revlog).

Anki counts review days from the collection's creation time (``crt``); the export sets it
to the start of the export's UTC day, so "today" is day 0 and a card due in five days has
due 5. Learning cards are due at a time (seconds), or on a day once a step spans days.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from trainer.domain import Phase
from trainer.interop.anki.bundle import CardSchedule, ExportReview

DAY = 86400

# Anki's card types and queues.
NEW, LEARN, REVIEW, RELEARN = 0, 1, 2, 3
Q_SUSPENDED, Q_NEW, Q_LEARN, Q_REVIEW, Q_DAY_LEARN = -1, 0, 1, 2, 3
# revlog.type
R_LEARN, R_REVIEW, R_RELEARN = 0, 1, 2

CardColumns = tuple[int, int, int, int, int, int, int, int, str]


@dataclass(frozen=True, slots=True)
class CollectionDay:
    """The exported collection's day zero and the moment of export."""

    crt: int  # seconds: the start of day 0
    now: datetime

    @classmethod
    def around(cls, now: datetime) -> CollectionDay:
        start = datetime(now.year, now.month, now.day, tzinfo=UTC) if now.tzinfo is None \
            else now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        return cls(crt=int(start.timestamp()), now=now)

    def day_of(self, when: datetime) -> int:
        return int((when.timestamp() - self.crt) // DAY)


def _interval_days(schedule: CardSchedule) -> int:
    m = schedule.memory
    if m.due is None or m.last_review is None:
        return 1
    return max(1, round((m.due - m.last_review) / timedelta(days=1)))


def _memory_data(schedule: CardSchedule, desired_retention: float) -> str:
    m = schedule.memory
    if m.stability is None or m.difficulty is None:
        return ""
    data: dict[str, float | int] = {"s": round(m.stability, 4), "d": round(m.difficulty, 3),
                                    "dr": desired_retention}
    if m.last_review is not None:
        data["lrt"] = int(m.last_review.timestamp())  # Anki's Check Database wants it
    return json.dumps(data, separators=(",", ":"))


def card_columns(schedule: CardSchedule | None, *, day: CollectionDay, position: int,
                 desired_retention: float) -> CardColumns:
    """(type, queue, due, ivl, factor, reps, lapses, left, data) of one Anki card."""
    if schedule is None or schedule.memory.phase is Phase.NEW or schedule.memory.due is None:
        queue = Q_SUSPENDED if schedule is not None and schedule.suspended else Q_NEW
        return (NEW, queue, position, 0, 0, 0, 0, 0, "")
    m = schedule.memory
    data = _memory_data(schedule, desired_retention)
    due: datetime = schedule.memory.due
    if m.phase is Phase.REVIEW:
        kind, queue, due_value, ivl = REVIEW, Q_REVIEW, day.day_of(due), _interval_days(schedule)
    else:
        kind = LEARN if m.phase is Phase.LEARNING else RELEARN
        ivl = _interval_days(schedule) if kind == RELEARN else 0
        if due - day.now >= timedelta(days=1):
            queue, due_value = Q_DAY_LEARN, day.day_of(due)
        else:
            queue, due_value = Q_LEARN, int(due.timestamp())
    if schedule.suspended:
        queue = Q_SUSPENDED
    return (kind, queue, due_value, ivl, 2500, m.reps, m.lapses, 1 if kind != REVIEW else 0, data)


def _revlog_interval(days: float) -> int:
    """Anki's revlog interval: whole days, or negative seconds below a day."""
    return round(days) if days >= 1 else -max(1, round(days * DAY))


_REVLOG_TYPE = {Phase.NEW: R_LEARN, Phase.LEARNING: R_LEARN, Phase.REVIEW: R_REVIEW,
                Phase.RELEARNING: R_RELEARN}


def revlog_rows(card_id: int, reviews: Sequence[ExportReview],
                used: set[int]) -> list[tuple[int, ...]]:
    """Rows for ``revlog`` (id, cid, ease, ivl, lastIvl, factor, time, type).

    Anki keys reviews by their millisecond, across all cards: an answer in a millisecond
    already ``used`` moves to the next free one, so none is dropped on import.
    """
    rows: list[tuple[int, ...]] = []
    for r in sorted(reviews, key=lambda r: r.reviewed_at):
        row_id = int(r.reviewed_at.timestamp() * 1000)
        while row_id in used:
            row_id += 1
        used.add(row_id)
        rows.append((row_id, card_id, int(r.rating), _revlog_interval(r.interval_days),
                     _revlog_interval(r.last_interval_days) if r.last_interval_days else 0,
                     2500, min(r.duration_ms, 60_000), _REVLOG_TYPE[r.phase_before]))
    return rows
