"""What an exam plan tells the learner: frozen records the views show as they are."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from trainer.scheduling.exam_plan import format_day, last_new_card_day, pace_text


class _UntilExam:
    """Days left before the exam, for records that hold ``exam_on`` and ``today``."""

    __slots__ = ()
    exam_on: date
    today: date

    @property
    def days_left(self) -> int:
        return (self.exam_on - self.today).days

    @property
    def active(self) -> bool:
        return self.days_left > 0


@dataclass(frozen=True, slots=True)
class DeckPlan(_UntilExam):
    """One deck's plan for today toward its exam (or, after the exam, its usual settings)."""

    deck_id: str
    exam_on: date
    scope_kind: str  # "deck" or "group": where the date was set
    scope: str
    today: date
    cards: int  # cards in study (not suspended)
    new_cards: int  # still new at the start of today
    pace: int  # new cards a day from today
    usual_retention: float
    retention: float  # desired retention today
    first_interval_cap: int | None  # days; a card leaving learning comes back before the exam
    recall_now: float | None  # mean recall on exam day of the cards as they stand
    recall_planned: float | None  # the same if the learner keeps to the plan
    reviews_per_day: tuple[float, ...] = ()  # forecast, from today to the day before the exam
    new_per_day: tuple[int, ...] = ()



@dataclass(frozen=True, slots=True)
class ExamOverview(_UntilExam):
    """A deck's or a group's exam plan, summed over its decks, for the deck list and options."""

    scope_kind: str
    scope: str
    title: str
    exam_on: date
    today: date
    cards: int
    new_cards: int
    pace: int
    usual_retention: float
    retention: float
    recall_now: float | None
    recall_planned: float | None
    reviews_per_day: tuple[float, ...]
    new_per_day: tuple[int, ...]
    decks: tuple[DeckPlan, ...]


    @property
    def last_new_card_day(self) -> date:
        return last_new_card_day(self.today, self.exam_on)

    def pace_text(self) -> str:
        """"12 new cards a day until 14 March", or what holds instead."""
        if self.cards == 0 and self.active:  # not "every card has been introduced"
            return "No cards in study yet; the plan starts when there are some"
        return pace_text(pace=self.pace, new_cards=self.new_cards, today=self.today,
                         exam_on=self.exam_on)

    def recall_text(self) -> str:
        """Predicted recall on exam day, now and with the plan, in one sentence."""
        if self.recall_now is None:
            return "Predicted recall on exam day: none yet."
        now = f"{round(self.recall_now * 100)}%"
        if not self.active or self.recall_planned is None:
            return f"Predicted recall on exam day: {now}."
        return (f"Predicted recall on exam day: {now} as the cards stand, "
                f"{round(self.recall_planned * 100)}% if you keep to the plan.")

    def retention_text(self) -> str:
        """Today's desired retention and why."""
        usual = round(self.usual_retention * 100)
        if not self.active:
            return f"Desired retention is back to the deck's usual {usual}%."
        today = round(self.retention * 100)
        if today > usual:
            return (f"Desired retention today: {today}% (usually {usual}%): simulations show "
                    "the extra reviews pay off in recall on exam day.")
        return (f"Desired retention today: {usual}%: raising it now would cost more reviews "
                "than it adds in recall on exam day.")

    def heading(self) -> str:
        """"Exam on 14 March (in 12 days)"."""
        days = self.days_left
        when = ("today" if days == 0 else "tomorrow" if days == 1 else
                f"in {days} days" if days > 1 else "over")
        return f"Exam on {format_day(self.exam_on)} ({when})"

    @property
    def busiest_day(self) -> float:
        return max((r + n for r, n in zip(self.reviews_per_day, self.new_per_day,
                                          strict=True)), default=0.0)


def combine(*, scope_kind: str, scope: str, title: str, exam_on: date, today: date,
            plans: tuple[DeckPlan, ...]) -> ExamOverview:
    """Sum deck plans into one overview (recall is weighted by cards)."""
    cards = sum(p.cards for p in plans)

    def weighted(values: list[tuple[float | None, int]]) -> float | None:
        known = [(v, n) for v, n in values if v is not None]
        total = sum(n for _v, n in known)
        return sum(v * n for v, n in known) / total if total else None

    days = max((len(p.reviews_per_day) for p in plans), default=0)
    reviews = [0.0] * days
    news = [0] * days
    for p in plans:
        for i, value in enumerate(p.reviews_per_day):
            reviews[i] += value
        for i, count in enumerate(p.new_per_day):
            news[i] += count
    return ExamOverview(
        scope_kind=scope_kind, scope=scope, title=title, exam_on=exam_on, today=today,
        cards=cards, new_cards=sum(p.new_cards for p in plans), pace=sum(p.pace for p in plans),
        usual_retention=weighted([(p.usual_retention, p.cards) for p in plans]) or 0.9,
        retention=weighted([(p.retention, p.cards) for p in plans]) or 0.9,
        recall_now=weighted([(p.recall_now, p.cards) for p in plans]),
        recall_planned=weighted([(p.recall_planned, p.cards) for p in plans]),
        reviews_per_day=tuple(reviews), new_per_day=tuple(news), decks=plans)
