"""The one adapter around FSRS-6.

Everything else speaks in :class:`Memory`, a plain snapshot of a card's scheduling
state, so that storage never sees an FSRS object and the engine could be swapped.
Answers are scheduled as Anki's own engine schedules them (``transitions``), in learning
days of the learner's zone (``day``); the ``fsrs`` package gives retrievability and
checks parameters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache

import fsrs

from trainer.domain import DeckSettings, Memory, Phase, Rating
from trainer.scheduling.day import SECONDS_PER_DAY, DayRule
from trainer.scheduling.fuzz import rust_round
from trainer.scheduling.transitions import Outcome, Rules, outcomes

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


# A config's hash covers its ~20 parameters and is not kept, so the lru_cache below cost a
# few microseconds per lookup on every card shown; the same config object (each deck keeps
# one) is answered first by identity. Holding the config keeps its id from being reused.
_RULES_BY_ID: dict[int, tuple[SchedulerConfig, Rules]] = {}


def _rules(config: SchedulerConfig) -> Rules:
    hit = _RULES_BY_ID.get(id(config))
    if hit is not None and hit[0] is config:
        return hit[1]
    if len(_RULES_BY_ID) >= 64:
        _RULES_BY_ID.clear()
    rules = _rules_of(config)
    _RULES_BY_ID[id(config)] = (config, rules)
    return rules


@lru_cache(maxsize=64)
def _rules_of(config: SchedulerConfig) -> Rules:
    return Rules(
        parameters=tuple(config.parameters),
        desired_retention=config.desired_retention,
        learning_steps=tuple(int(s.total_seconds()) for s in config.learning_steps),
        relearning_steps=tuple(int(s.total_seconds()) for s in config.relearning_steps),
        maximum_interval_days=config.maximum_interval_days,
    )


def _placed(outcome: Outcome, *, now: datetime, day: DayRule) -> tuple[datetime, timedelta]:
    """When the card is due after an outcome, and the interval its button shows."""
    if outcome.days is not None:
        return day.due_after(now, outcome.days), timedelta(days=outcome.days)
    seconds = outcome.seconds or 0
    until_next_day = int((day.containing(now).end - now).total_seconds())
    if seconds >= until_next_day:
        # A step that reaches past the next day start waits for that learning day (Anki).
        days = (seconds - until_next_day) // SECONDS_PER_DAY + 1
        return day.due_after(now, days), timedelta(days=days)
    # Steps are not fuzzed (Anki adds up to five minutes but shows the plain step): the
    # label is then exactly when the card comes back.
    return now + timedelta(seconds=seconds), timedelta(seconds=seconds)


def answers(memory: Memory, *, now: datetime, config: SchedulerConfig,
            day: DayRule | None = None,
            fuzz_factor: float | None = None) -> dict[Rating, tuple[Memory, timedelta]]:
    """Each grade's next state and the interval its button shows, from one draw of fuzz.

    ``fuzz_factor`` is the card's fuzz for this showing (see ``fuzz.fuzz_factor``); it is
    used only when the config has fuzz on. The label and the answer come from the same
    numbers, so a label is always what the answer schedules.
    """
    now = now.astimezone(UTC)
    day = day or DayRule()
    fuzz = fuzz_factor if config.fuzz else None
    out: dict[Rating, tuple[Memory, timedelta]] = {}
    for rating, outcome in outcomes(memory, now=now, rules=_rules(config), day=day,
                                    fuzz=fuzz).items():
        due, shown = _placed(outcome, now=now, day=day)
        lapsed = memory.phase is Phase.REVIEW and rating is Rating.AGAIN
        out[rating] = (Memory(
            phase=outcome.phase, step=outcome.step, stability=outcome.stability,
            difficulty=outcome.difficulty, due=due, last_review=now, reps=memory.reps + 1,
            lapses=memory.lapses + (1 if lapsed else 0)), shown)
    return out


def review(memory: Memory, rating: Rating, *, now: datetime, config: SchedulerConfig,
           day: DayRule | None = None, fuzz_factor: float | None = None) -> Memory:
    """The state after answering ``rating`` at ``now`` (UTC)."""
    return answers(memory, now=now, config=config, day=day,
                   fuzz_factor=fuzz_factor)[Rating(rating)][0]


def preview(memory: Memory, *, now: datetime, config: SchedulerConfig,
            day: DayRule | None = None,
            fuzz_factor: float | None = None) -> dict[Rating, timedelta]:
    """The interval each grade would give, fuzz included, for the answer buttons."""
    return {rating: shown for rating, (_after, shown) in
            answers(memory, now=now, config=config, day=day, fuzz_factor=fuzz_factor).items()}


def retrievability(memory: Memory, *, now: datetime, config: SchedulerConfig) -> float | None:
    """Predicted probability of recall now, or None for a card never reviewed."""
    if memory.phase is Phase.NEW or memory.stability is None:
        return None
    return float(_scheduler(config).get_card_retrievability(_to_fsrs(memory, now), now))


_MINUTE, _HOUR, _DAY = 60.0, 3600.0, 86400.0
_YEAR = 365 * _DAY
_MONTH = _YEAR / 12


def _amount(value: float, *, decimals: bool) -> str:
    if not decimals:
        return str(rust_round(value))
    tenths = rust_round(value * 10)
    return str(tenths // 10) if tenths % 10 == 0 else f"{tenths / 10:.1f}"


def format_interval(delta: timedelta) -> str:
    """Short labels for buttons, in Anki's units: 45s, 10m, 1.5h, 4d, 2.1mo, 1.3y."""
    seconds = max(0.0, delta.total_seconds())
    for limit, unit, size, decimals in ((_MINUTE, "s", 1.0, False),
                                        (_HOUR, "m", _MINUTE, False),
                                        (_DAY, "h", _HOUR, True),
                                        (_MONTH, "d", _DAY, False),
                                        (_YEAR, "mo", _MONTH, True)):
        if seconds < limit:
            return f"{_amount(seconds / size, decimals=decimals)}{unit}"
    return f"{_amount(seconds / _YEAR, decimals=True)}y"
