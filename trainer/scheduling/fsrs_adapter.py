"""The one adapter around the ``fsrs`` package (FSRS-6).

Everything else speaks in :class:`Memory`, a plain snapshot of a card's scheduling
state, so that storage never sees an ``fsrs`` object and the package could be swapped.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache

import fsrs

from trainer.domain import DeckSettings, Memory, Phase, Rating

DEFAULT_PARAMETERS: tuple[float, ...] = tuple(fsrs.scheduler.DEFAULT_PARAMETERS)


@dataclass(frozen=True, slots=True)
class SchedulerConfig:
    """What FSRS needs to schedule one deck's cards."""

    desired_retention: float = 0.90
    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))
    relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),)
    maximum_interval_days: int = 36500
    parameters: tuple[float, ...] = field(default=DEFAULT_PARAMETERS)
    fuzz: bool = True

    @classmethod
    def from_deck_settings(
        cls, settings: DeckSettings, *, fuzz: bool = True,
        parameters: Sequence[float] | None = None,
    ) -> SchedulerConfig:
        return cls(
            desired_retention=settings.desired_retention,
            learning_steps=tuple(timedelta(minutes=m) for m in settings.learning_steps_minutes),
            relearning_steps=tuple(
                timedelta(minutes=m) for m in settings.relearning_steps_minutes
            ),
            maximum_interval_days=settings.maximum_interval_days,
            parameters=tuple(parameters) if parameters else DEFAULT_PARAMETERS,
            fuzz=fuzz,
        )


@lru_cache(maxsize=64)
def _scheduler(config: SchedulerConfig) -> fsrs.Scheduler:
    return fsrs.Scheduler(
        parameters=config.parameters,
        desired_retention=config.desired_retention,
        learning_steps=config.learning_steps,
        relearning_steps=config.relearning_steps,
        maximum_interval=config.maximum_interval_days,
        enable_fuzzing=config.fuzz,
    )


def valid_parameters(parameters: Sequence[float]) -> bool:
    """Whether FSRS accepts these parameters (count and bounds)."""
    try:
        fsrs.Scheduler(parameters=parameters)
    except ValueError:
        return False
    return True


def _to_fsrs(memory: Memory, now: datetime) -> fsrs.Card:
    if memory.phase is Phase.NEW:
        return fsrs.Card(card_id=0, state=fsrs.State.Learning, step=0, due=now)
    return fsrs.Card(
        card_id=0,
        state=fsrs.State(int(memory.phase)),
        step=memory.step,
        stability=memory.stability,
        difficulty=memory.difficulty,
        due=memory.due or now,
        last_review=memory.last_review,
    )


def review(memory: Memory, rating: Rating, *, now: datetime, config: SchedulerConfig) -> Memory:
    """The state after answering ``rating`` at ``now`` (UTC)."""
    now = now.astimezone(UTC)
    card, _log = _scheduler(config).review_card(
        _to_fsrs(memory, now), fsrs.Rating(int(rating)), review_datetime=now
    )
    lapsed = memory.phase is Phase.REVIEW and rating is Rating.AGAIN
    return Memory(
        phase=Phase(int(card.state)),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=now,
        reps=memory.reps + 1,
        lapses=memory.lapses + (1 if lapsed else 0),
    )


def preview(memory: Memory, *, now: datetime, config: SchedulerConfig) -> dict[Rating, timedelta]:
    """The interval each grade would give, without fuzz, for the answer buttons."""
    plain = SchedulerConfig(
        desired_retention=config.desired_retention,
        learning_steps=config.learning_steps,
        relearning_steps=config.relearning_steps,
        maximum_interval_days=config.maximum_interval_days,
        parameters=config.parameters,
        fuzz=False,
    )
    out: dict[Rating, timedelta] = {}
    for rating in Rating:
        after = review(memory, rating, now=now, config=plain)
        assert after.due is not None
        out[rating] = after.due - now.astimezone(UTC)
    return out


def retrievability(memory: Memory, *, now: datetime, config: SchedulerConfig) -> float | None:
    """Predicted probability of recall now, or None for a card never reviewed."""
    if memory.phase is Phase.NEW or memory.stability is None:
        return None
    return float(_scheduler(config).get_card_retrievability(_to_fsrs(memory, now), now))


def format_interval(delta: timedelta) -> str:
    """Short labels for buttons: 45s, 10m, 3h, 4d, 2.1mo, 1.3y."""
    seconds = max(0.0, delta.total_seconds())
    if seconds < 60:
        return f"{math.ceil(seconds)}s"
    minutes = seconds / 60
    if minutes < 60:
        return f"{round(minutes)}m"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)}h"
    days = hours / 24
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo"
    return f"{days / 365:.1f}y"
