"""What each of the four answers does to a card, by the rules of Anki's FSRS scheduler.

Memory (stability, difficulty) and the raw intervals come from ``fsrs_rs_python``, the same
FSRS engine Anki runs. The rules around them follow Anki's scheduler, so that a history gives
the same days in both apps:

* learning steps are minutes from now; a step that reaches past the next day start is
  counted in days instead, so the card waits for the next learning day;
* on a review card, Hard < Good < Easy, each at least a day longer than the one before,
  and a passing answer gives more than the previous interval whenever its fuzz range allows;
* Easy on a learning card gives at least a day more than Good would;
* a failed review starts the relearning steps (or, with none, comes back in whole days);
* stability is kept to 4 decimals and difficulty to 3, as Anki stores them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

import fsrs_rs_python as fsrs_rs

from trainer.domain import Memory, Phase, Rating
from trainer.scheduling.day import SECONDS_PER_DAY, DayRule
from trainer.scheduling.fuzz import minimum_for_fuzz, rust_round, with_fuzz

# Below half a day a failed card without steps stays in (re)learning, in minutes.
_SHORT_TERM_DAYS = 0.5


@dataclass(frozen=True, slots=True)
class Outcome:
    """Where one answer sends a card: a phase and either seconds (a step) or whole days."""

    phase: Phase
    step: int | None
    stability: float
    difficulty: float
    seconds: int | None = None  # a learning step from now
    days: int | None = None  # learning days from today


@dataclass(frozen=True, slots=True)
class Rules:
    """The settings the transitions need (a view of the adapter's SchedulerConfig)."""

    parameters: tuple[float, ...]
    desired_retention: float
    learning_steps: tuple[int, ...]  # seconds
    relearning_steps: tuple[int, ...]  # seconds
    maximum_interval_days: int


_last_model: tuple[tuple[float, ...], fsrs_rs.FSRS] | None = None


def _model(parameters: tuple[float, ...]) -> fsrs_rs.FSRS:
    # Rules keep one parameters tuple, so the model last used is found by identity without
    # hashing twenty floats per card shown. One read of the pair: another thread may
    # replace it meanwhile, never half of it.
    global _last_model
    last = _last_model
    if last is not None and last[0] is parameters:
        return last[1]
    model = _model_for(parameters)
    _last_model = (parameters, model)
    return model


@lru_cache(maxsize=16)
def _model_for(parameters: tuple[float, ...]) -> fsrs_rs.FSRS:
    return fsrs_rs.FSRS(list(parameters))


def _short_term_allowed(parameters: Sequence[float]) -> bool:
    """Same-day stability changes need the two short-term weights (as in Anki)."""
    return len(parameters) >= 19 and parameters[17] > 0 and parameters[18] > 0


def _index(steps: Sequence[int], remaining: int) -> int:
    return max(0, min(len(steps) - remaining % 1000, len(steps) - 1))


def _hard_delay(steps: Sequence[int], remaining: int) -> int:
    """Hard repeats the current step; on the first step, halfway to the second."""
    index = _index(steps, remaining)
    current = steps[index]
    if index != 0:
        return current
    if len(steps) > 1:
        secs = (current + steps[1]) // 2
    else:
        secs = min(current * 3 // 2, current + SECONDS_PER_DAY)
    if secs > SECONDS_PER_DAY:
        secs = rust_round(secs / SECONDS_PER_DAY) * SECONDS_PER_DAY
    return secs


def _memory(state: fsrs_rs.ItemState) -> tuple[float, float]:
    stability = round(float(state.memory.stability), 4)
    difficulty = round(float(state.memory.difficulty), 3)
    return stability, difficulty


class _Answers:
    """The FSRS next states of one card shown, turned into outcomes by Anki's rules."""

    def __init__(self, states: fsrs_rs.NextStates, rules: Rules, fuzz: float | None) -> None:
        self.states = {Rating.AGAIN: states.again, Rating.HARD: states.hard,
                       Rating.GOOD: states.good, Rating.EASY: states.easy}
        self.rules = rules
        self.fuzz = fuzz
        self.maximum = max(1, rules.maximum_interval_days)
        self.short_term = _short_term_allowed(rules.parameters)

    def interval(self, rating: Rating) -> float:
        return float(self.states[rating].interval)

    def days(self, interval: float, minimum: int) -> int:
        return with_fuzz(self.fuzz, interval, min(max(minimum, 1), self.maximum), self.maximum)

    def graduate(self, rating: Rating, *, minimum: int = 1) -> Outcome:
        """Leave (re)learning for review with FSRS's interval, rounded, then fuzzed."""
        raw = float(max(rust_round(self.interval(rating)), 1))
        return Outcome(Phase.REVIEW, None, *_memory(self.states[rating]),
                       days=self.days(raw, minimum))

    def step(self, rating: Rating, phase: Phase, index: int, seconds: int) -> Outcome:
        return Outcome(phase, index, *_memory(self.states[rating]), seconds=seconds)

    def short(self, rating: Rating, phase: Phase, index: int) -> Outcome | None:
        """Without steps, an interval under half a day stays in minutes."""
        interval = self.interval(rating)
        if self.short_term and interval < _SHORT_TERM_DAYS:
            return self.step(rating, phase, index, int(interval * SECONDS_PER_DAY))
        return None

    def easy_after_good(self) -> Outcome:
        """Easy from (re)learning: at least a day more than Good would give."""
        good = with_fuzz(self.fuzz, self.interval(Rating.GOOD), 1, self.maximum)
        return self.graduate(Rating.EASY, minimum=good + 1)

    def learning(self, memory: Memory) -> dict[Rating, Outcome]:
        relearning = memory.phase is Phase.RELEARNING
        steps = self.rules.relearning_steps if relearning else self.rules.learning_steps
        phase = Phase.RELEARNING if relearning else Phase.LEARNING
        remaining = max(0, len(steps) - (memory.step or 0))  # steps may have been cut
        out: dict[Rating, Outcome] = {}
        if steps:
            index = _index(steps, remaining)
            out[Rating.AGAIN] = self.step(Rating.AGAIN, phase, 0, steps[0])
            out[Rating.HARD] = self.step(Rating.HARD, phase, index, _hard_delay(steps, remaining))
            out[Rating.GOOD] = (self.step(Rating.GOOD, phase, index + 1, steps[index + 1])
                                if index + 1 < len(steps) else self.graduate(Rating.GOOD))
        else:
            for rating in (Rating.AGAIN, Rating.HARD, Rating.GOOD):
                out[rating] = self.short(rating, phase, 0) or self.graduate(rating)
        out[Rating.EASY] = self.easy_after_good()
        return out

    def review(self, previous: int) -> dict[Rating, Outcome]:
        """A card in review: Again lapses; the other three keep Hard < Good < Easy."""
        relearning = self.rules.relearning_steps
        out: dict[Rating, Outcome] = {}
        if relearning:
            out[Rating.AGAIN] = self.step(Rating.AGAIN, Phase.RELEARNING, 0, relearning[0])
        else:
            again = self.short(Rating.AGAIN, Phase.RELEARNING, 0)
            if again is None:  # a lapse without steps: whole days, never fuzzed (as Anki)
                days = min(max(rust_round(self.interval(Rating.AGAIN)), 1), self.maximum)
                again = Outcome(Phase.REVIEW, None, *_memory(self.states[Rating.AGAIN]),
                                days=days)
            out[Rating.AGAIN] = again
        floor = 0
        for rating in (Rating.HARD, Rating.GOOD, Rating.EASY):
            interval = self.interval(rating)
            minimum = max(minimum_for_fuzz(interval, previous, self.maximum), floor + 1)
            days = self.days(interval, minimum)
            out[rating] = Outcome(Phase.REVIEW, None, *_memory(self.states[rating]), days=days)
            floor = days
        return out


def outcomes(memory: Memory, *, now: datetime, rules: Rules, day: DayRule,
             fuzz: float | None) -> dict[Rating, Outcome]:
    """The four possible answers to a card shown at ``now``; ``fuzz`` None means no fuzz."""
    elapsed = day.elapsed_days(memory.last_review, now) if memory.last_review else 0
    current = None
    if memory.phase is not Phase.NEW and memory.stability is not None:
        current = fsrs_rs.MemoryState(memory.stability, memory.difficulty or 5.0)
    states = _model(rules.parameters).next_states(current, rules.desired_retention, elapsed)
    answers = _Answers(states, rules, fuzz)
    if memory.phase is Phase.REVIEW:
        previous = (day.days_between(memory.last_review, memory.due)
                    if memory.last_review and memory.due else 0)
        return answers.review(previous)
    return answers.learning(memory)
