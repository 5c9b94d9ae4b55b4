"""Planning toward an exam date: the pace of new cards, the interval cap, recall on the day.

Pure functions of dates and numbers. A plan is active on the days before the exam; on the
exam day and after it, nothing here applies and the deck is scheduled as usual.

- Every card must be seen at least twice before the exam: once when it is introduced, and
  again on a later day. New cards are therefore introduced only until a few *lead* days
  before the exam, at an even pace, and while the plan is active no interval may reach past
  the day before the exam (the interval cap), so each introduced card comes back in time.
- Predicted recall on exam day is the mean FSRS retrievability of the deck's cards at the
  start of that day; a card never studied counts as not recalled.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from trainer.scheduling.fsrs_adapter import DEFAULT_PARAMETERS

MAX_LEAD_DAYS = 7  # the last week before an exam is for reviews only


def days_left(today: date, exam_on: date) -> int:
    """Whole learning days from today until the exam day (0 on the day itself)."""
    return (exam_on - today).days


def is_active(today: date, exam_on: date) -> bool:
    """Whether the plan applies today: only on days before the exam."""
    return days_left(today, exam_on) > 0


def lead_days(days: int) -> int:
    """Days before the exam with no new cards: a fifth of the time left, 1 to 7 days."""
    return max(1, min(MAX_LEAD_DAYS, days // 5))


def last_new_card_day(today: date, exam_on: date) -> date:
    """The last day on which new cards are introduced."""
    days = days_left(today, exam_on)
    return today + timedelta(days=max(0, days - lead_days(days) - 1))


def new_card_pace(*, new_cards: int, today: date, exam_on: date) -> int:
    """New cards a day, from today, so every one is introduced by the last new-card day.

    ``new_cards`` counts the cards still new at the start of today (those introduced today
    included), so the pace holds all day.
    """
    if new_cards <= 0 or not is_active(today, exam_on):
        return 0
    intro_days = (last_new_card_day(today, exam_on) - today).days + 1
    return math.ceil(new_cards / intro_days)


def interval_cap(today: date, exam_on: date) -> int:
    """The longest interval (days) that still brings a card back before the exam day."""
    return max(1, days_left(today, exam_on) - 1)


def format_day(day: date) -> str:
    """14 March (no leading zero, no year), as the learner reads it."""
    return f"{day.day} {day.strftime('%B')}"


def pace_text(*, pace: int, new_cards: int, today: date, exam_on: date) -> str:
    """What the learner reads in the deck list and options."""
    days = days_left(today, exam_on)
    if days < 0:
        return f"The exam on {format_day(exam_on)} is over; the deck is scheduled as usual."
    if days == 0:
        return "The exam is today. Good luck!"
    if new_cards <= 0:
        return f"Every card has been introduced; reviews only until {format_day(exam_on)}."
    until = last_new_card_day(today, exam_on)
    cards = "card" if pace == 1 else "cards"
    return f"{pace} new {cards} a day until {format_day(until)}"


@dataclass(frozen=True, slots=True)
class StudiedCard:
    """What recall on a later day needs of a studied card."""

    stability: float
    elapsed_days: float  # from its last review to the instant recall is asked about


def retrievability(stability: float, elapsed_days: float,
                   parameters: Sequence[float] = DEFAULT_PARAMETERS) -> float:
    """FSRS-6 probability of recall after ``elapsed_days`` at ``stability``."""
    decay = -parameters[20]
    factor = 0.9 ** (1 / decay) - 1
    return float((1 + factor * max(0.0, elapsed_days) / max(stability, 1e-6)) ** decay)


def mean_recall(studied: Iterable[StudiedCard], *, total_cards: int,
                parameters: Sequence[float] = DEFAULT_PARAMETERS) -> float | None:
    """Mean retrievability over ``total_cards``; cards not in ``studied`` count as 0."""
    if total_cards <= 0:
        return None
    decay = -parameters[20]
    factor = 0.9 ** (1 / decay) - 1
    total = 0.0
    for card in studied:
        total += (1 + factor * max(0.0, card.elapsed_days) / max(card.stability, 1e-6)) ** decay
    return total / total_cards
