"""Workload until an exam, and the desired retention that pays, from FSRS simulations.

Cards still new are run through fsrs-rs-python's simulator (``fsrs_rs_python.simulate``):
introduced at the plan's pace and reviewed at a desired retention. The simulator starts
from new cards only, so cards already studied are projected with the same FSRS model
(``FSRS.next_states``) along their expected path: each comes back when due, and a lapse
(with probability 1 - recall) costs a relearning review the next day.

The retention is chosen by comparing simulations, not by a fixed rule: starting from the
deck's usual retention, a higher one is taken when it buys at least one more card recalled
on exam day for every :data:`PAYOFF_REVIEWS` extra reviews, and does not push the busiest
day past the learner's review limit (or, when the plan already needs more than the limit,
grow it by more than a tenth). Far from the exam a higher retention costs many review
cycles; close to it, few, so the retention rises as the date nears.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import fsrs_rs_python as fsrs_rs

from trainer.scheduling.exam_plan import retrievability
from trainer.scheduling.fsrs_adapter import DEFAULT_PARAMETERS

PAYOFF_REVIEWS = 50  # extra reviews worth one more card recalled on exam day
RETENTION_STEPS = (0.92, 0.94, 0.96, 0.97)  # tried above the usual retention
BUSIEST_DAY_SLACK = 1.1  # above the review limit, the busiest day may grow by a tenth
MAX_RUNS = 8
SMALL_DECK_CARD_DAYS = 40_000  # new cards x days below which a deck is simulated again
SEED = 2026  # simulations are seeded: the same collection gives the same plan


@dataclass(frozen=True, slots=True)
class CardMemory:
    """A studied card as the forecast sees it, relative to today (day 0)."""

    stability: float
    difficulty: float
    due_day: int  # day it comes back (0 = today or overdue)
    last_day: float  # day of its last review (negative: before today)


@dataclass(frozen=True, slots=True)
class Forecast:
    """Cards a day from today until the day before the exam, and recall on the day."""

    retention: float
    reviews_per_day: tuple[float, ...]  # reviews of studied cards, relearning included
    new_per_day: tuple[int, ...]  # new cards introduced
    recalled_on_exam_day: float  # expected number of cards recalled
    cards: int

    @property
    def total_reviews(self) -> float:
        return sum(self.reviews_per_day) + sum(self.new_per_day)

    @property
    def busiest_day(self) -> float:
        return max((r + n for r, n in zip(self.reviews_per_day, self.new_per_day,
                                          strict=True)), default=0.0)

    @property
    def recall_on_exam_day(self) -> float | None:
        return self.recalled_on_exam_day / self.cards if self.cards else None


@dataclass(frozen=True, slots=True)
class RetentionChoice:
    """The retention chosen for today, and the forecast at each retention tried."""

    retention: float
    forecast: Forecast
    tried: tuple[Forecast, ...]


@lru_cache(maxsize=8)
def _model(parameters: tuple[float, ...]) -> fsrs_rs.FSRS:
    return fsrs_rs.FSRS(list(parameters))


def _simulate_new(*, new_cards: int, days: int, pace: int, retention: float,
                  parameters: tuple[float, ...]) -> tuple[list[float], list[int], float]:
    """Reviews and introductions a day, and cards recalled on exam day, for the new cards."""
    if new_cards <= 0 or days <= 0 or pace <= 0:
        return [0.0] * days, [0] * days, 0.0
    config = fsrs_rs.default_simulator_config()
    config.deck_size = new_cards
    config.learn_span = days + 1  # the exam day itself, for recall on the day
    config.learn_limit = pace
    config.max_cost_perday = 1e9  # the plan sets the pace, not a time budget
    # A small deck is simulated several times (it costs little) so that the plan does not
    # swing from day to day with the luck of one run.
    runs = max(1, min(MAX_RUNS, SMALL_DECK_CARD_DAYS // max(1, new_cards * days)))
    reviews = [0.0] * days
    learned = [0.0] * days
    recalled = 0.0
    for run in range(runs):
        result = fsrs_rs.simulate(list(parameters), retention, config, SEED + run)
        for i in range(days):
            reviews[i] += result.review_cnt_per_day[i] / runs
            learned[i] += result.learn_cnt_per_day[i] / runs
        recalled += result.memorized_cnt_per_day[days] / runs
    return reviews, [round(n) for n in learned], recalled


def _project_studied(cards: Sequence[CardMemory], *, days: int, retention: float,
                     parameters: tuple[float, ...]) -> tuple[list[float], float]:
    """Reviews a day and cards recalled on exam day (day ``days``) for studied cards."""
    reviews = [0.0] * days
    recalled = 0.0
    model = _model(parameters)
    # Cards due the same day with stability alike to two significant digits and difficulty
    # to a whole step follow one path, counted once (from their mean last review).
    groups: dict[tuple[float, float, int], list[float]] = {}
    for c in cards:
        key = (float(f"{c.stability:.2g}"), float(round(c.difficulty)), max(0, c.due_day))
        group = groups.setdefault(key, [0.0, 0.0])
        group[0] += 1
        group[1] += c.last_day
    for (stability, difficulty, due_day), (count, last_sum) in groups.items():
        s, d, day, last = max(stability, 0.1), difficulty, due_day, last_sum / count
        while day < days:
            elapsed = day - last
            recall = retrievability(s, elapsed, parameters)
            reviews[day] += count
            if day + 1 < days:
                reviews[day + 1] += count * (1 - recall)
            good = model.next_states(fsrs_rs.MemoryState(s, d), retention,
                                     max(0, round(elapsed))).good
            s, d = good.memory.stability, good.memory.difficulty
            last, day = float(day), day + max(1, round(good.interval))
        recalled += count * retrievability(s, days - last, parameters)
    return reviews, recalled


def forecast(*, studied: Sequence[CardMemory], new_cards: int, days: int, pace: int,
             retention: float, parameters: Sequence[float] | None = None) -> Forecast:
    """Cards a day from today until the exam (``days`` days away) at one retention."""
    params = tuple(parameters) if parameters else DEFAULT_PARAMETERS
    days = max(0, days)
    new_reviews, learned, new_recalled = _simulate_new(
        new_cards=new_cards, days=days, pace=pace, retention=retention, parameters=params)
    old_reviews, old_recalled = _project_studied(studied, days=days, retention=retention,
                                                 parameters=params)
    return Forecast(retention=retention,
                    reviews_per_day=tuple(a + b for a, b in zip(new_reviews, old_reviews,
                                                                strict=True)),
                    new_per_day=tuple(learned), recalled_on_exam_day=new_recalled + old_recalled,
                    cards=len(studied) + max(0, new_cards))


def choose_retention(*, studied: Sequence[CardMemory], new_cards: int, days: int, pace: int,
                     usual: float, review_limit: int,
                     parameters: Sequence[float] | None = None) -> RetentionChoice:
    """The desired retention for today: the usual one, or higher where that pays."""
    base = forecast(studied=studied, new_cards=new_cards, days=days, pace=pace,
                    retention=usual, parameters=parameters)
    tried = [base]
    chosen = base
    ceiling = max(float(review_limit), base.busiest_day * BUSIEST_DAY_SLACK)
    for retention in RETENTION_STEPS:
        if retention <= usual:
            continue
        candidate = forecast(studied=studied, new_cards=new_cards, days=days, pace=pace,
                             retention=retention, parameters=parameters)
        tried.append(candidate)
        if candidate.busiest_day > ceiling:
            break  # higher retentions only cost more
        gained = candidate.recalled_on_exam_day - base.recalled_on_exam_day
        extra = max(1.0, candidate.total_reviews - base.total_reviews)
        if gained > 0 and gained * PAYOFF_REVIEWS >= extra:
            chosen = candidate
    return RetentionChoice(retention=chosen.retention, forecast=chosen, tried=tuple(tried))
