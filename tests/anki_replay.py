"""Replaying a history recorded from Anki's engine through Trainer's scheduler."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from trainer.domain import Memory, Rating
from trainer.scheduling import DayRule, SchedulerConfig, review


@dataclass(frozen=True, slots=True)
class Scheduled:
    """Where Trainer put the card after one answer."""

    due_in_days: int | None  # learning days from the answer's day, when due on a later day
    due_at: str | None  # ISO instant, when due later the same learning day
    stability: float | None
    difficulty: float | None


NO_FUZZ = SchedulerConfig(fuzz=False)


def replay(history: dict[str, Any]) -> Iterator[tuple[Scheduled, dict[str, Any]]]:
    """Each answer of a recorded history: what Trainer scheduled, and what Anki did."""
    day = DayRule(starts_at_hour=4, tz=ZoneInfo(history["zone"]))
    memory = Memory()
    for want in history["answers"]:
        now = datetime.fromisoformat(want["at"])
        memory = review(memory, Rating(want["rating"]), now=now, config=NO_FUZZ, day=day)
        assert memory.due is not None
        if memory.due >= day.containing(now).end:
            got = Scheduled(day.days_between(now, memory.due), None,
                            memory.stability, memory.difficulty)
        else:
            got = Scheduled(None, memory.due.isoformat(), memory.stability, memory.difficulty)
        yield got, want
