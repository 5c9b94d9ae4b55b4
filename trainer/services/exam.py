"""Exam dates and the plans that follow from them, for the study queue and the views.

A deck gets an exam date of its own or through its group (its own wins). On each day
before the exam the plan sets the deck's new cards a day (the pace that introduces every
card in time), its desired retention (the usual one, or higher where the simulator shows
it pays) and a cap on a card's first interval, so each new card comes back before the exam.
On the exam day and after it, the deck's own settings apply again; nothing is stored but
the date, so there is nothing to undo.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, tzinfo

from sqlalchemy import Engine

from trainer.clock import Clock
from trainer.domain import DeckSettings
from trainer.scheduling import DayRule, LearningDay
from trainer.scheduling.exam_forecast import CardMemory, RetentionChoice, choose_retention
from trainer.scheduling.exam_plan import (
    StudiedCard,
    interval_cap,
    is_active,
    mean_recall,
    new_card_pace,
)
from trainer.scheduling.fsrs_adapter import DEFAULT_PARAMETERS
from trainer.services.changes import OpChanges
from trainer.services.exam_models import DeckPlan, ExamOverview, combine
from trainer.storage import exams as store
from trainer.storage import queues
from trainer.storage.codec import ms

DECK, GROUP = store.DECK, store.GROUP
_DAY_MS = 86_400_000


@dataclass(frozen=True, slots=True)
class ExamScope:
    """Where an exam date is set: one deck, or every deck of a group."""

    kind: str  # DECK or GROUP
    name: str  # deck id or group name


class ExamPlanner:
    """Plans for every deck with an exam date; one per open collection."""

    def __init__(self, engine: Engine, *, clock: Clock, day: Callable[[], LearningDay],
                 settings: Callable[[str], DeckSettings],
                 parameters: Callable[[], Sequence[float] | None],
                 tz: tzinfo | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._day = day
        self._settings = settings
        self._parameters = parameters
        self._tz = tz
        self._dates: dict[tuple[str, str], date] | None = None
        self._groups: dict[str, str] | None = None
        self._choices: dict[tuple[object, ...], tuple[int, RetentionChoice | None]] = {}

    # -- dates ---------------------------------------------------------------------------
    def forget(self) -> None:
        """Drop what is cached (after an import, which may add decks or cards)."""
        self._dates = None
        self._groups = None
        self._choices.clear()

    def dates(self) -> dict[tuple[str, str], date]:
        """Every exam date, keyed by (scope kind, scope)."""
        if self._dates is None or self._groups is None:
            with self._engine.connect() as conn:
                self._dates = store.exam_dates(conn)
                self._groups = store.deck_groups(conn)
        return dict(self._dates)

    def exam_for(self, deck_id: str) -> tuple[ExamScope, date] | None:
        """The exam date that applies to a deck: its own, else its group's."""
        dates = self.dates()
        if (DECK, deck_id) in dates:
            return ExamScope(DECK, deck_id), dates[(DECK, deck_id)]
        group = (self._groups or {}).get(deck_id, "")
        if group and (GROUP, group) in dates:
            return ExamScope(GROUP, group), dates[(GROUP, group)]
        return None

    def decks_in(self, scope: ExamScope) -> list[str]:
        """The decks a scope covers (a group's decks with no date of their own)."""
        self.dates()
        groups = self._groups or {}
        if scope.kind == DECK:
            return [scope.name] if scope.name in groups else []
        return sorted(d for d, g in groups.items()
                      if g == scope.name and (DECK, d) not in (self._dates or {}))

    def set_date(self, *, scope: ExamScope, exam_on: date | None) -> OpChanges:
        """Set or clear an exam date; a date must be after today."""
        if scope.kind not in (DECK, GROUP):
            raise ValueError("An exam date belongs to a deck or a group of decks.")
        if exam_on is not None and exam_on <= self.today():
            raise ValueError("Choose an exam date after today.")
        with self._engine.begin() as conn:
            store.set_exam_date(conn, scope_kind=scope.kind, scope=scope.name, exam_on=exam_on,
                                now_ms=ms(self._clock.now()))
        self.forget()
        # An exam plan shapes the daily limits of the decks in its scope.
        return OpChanges(deck_config=True, deck_ids=tuple(self.decks_in(scope)))

    def today(self) -> date:
        """The local date of the current learning day."""
        return self._day().start.astimezone(self._tz).date() if self._tz else \
            self._day().start.astimezone().date()

    # -- plans ---------------------------------------------------------------------------
    def plan(self, *, deck_id: str, exam_on: date | None = None,
             scope: ExamScope | None = None, base: DeckSettings | None = None,
             forecast: bool = True) -> DeckPlan | None:
        """Today's plan for a deck (None without an exam date).

        ``exam_on`` and ``scope`` preview a date that is not saved. The pace and retention
        are worked out once a day; recall on exam day is read afresh every time.
        """
        if exam_on is None:
            found = self.exam_for(deck_id)
            if found is None:
                return None
            scope, exam_on = found
        scope = scope or ExamScope(DECK, deck_id)
        settings = base or self._settings(deck_id)
        day = self._day()
        today = self.today()
        params = tuple(self._parameters() or DEFAULT_PARAMETERS)
        with self._engine.connect() as conn:
            new_now, cards = store.count_in_study(conn, deck_id)
            studied = store.studied_states(conn, deck_id)
            introduced = queues.studied_since(conn, ms(day.start)).get(deck_id, (0, 0))[0]
        new_cards = new_now + introduced
        exam_start = self._day_start(exam_on, day)
        recall_now = mean_recall(
            (StudiedCard(stability=s, elapsed_days=(exam_start - last) / _DAY_MS)
             for s, _d, _due, last in studied), total_cards=cards, parameters=params)
        active = is_active(today, exam_on)
        pace, choice = 0, None
        if active:
            key = (deck_id, ms(day.start), exam_on, settings, new_cards, cards, params,
                   forecast)
            if key not in self._choices:
                self._choices[key] = self._choose(
                    studied=studied, day_start=ms(day.start), new_cards=new_cards,
                    today=today, exam_on=exam_on, settings=settings, params=params,
                    forecast=forecast)
            pace, choice = self._choices[key]
        retention = choice.retention if choice else settings.desired_retention
        planned = choice.forecast.recall_on_exam_day if choice else None
        return DeckPlan(
            deck_id=deck_id, exam_on=exam_on, scope_kind=scope.kind, scope=scope.name,
            today=today, cards=cards, new_cards=new_cards, pace=pace,
            usual_retention=settings.desired_retention, retention=retention,
            first_interval_cap=interval_cap(today, exam_on) if active else None,
            recall_now=recall_now, recall_planned=planned,
            reviews_per_day=choice.forecast.reviews_per_day if choice else (),
            new_per_day=choice.forecast.new_per_day if choice else ())

    def _choose(self, *, studied: list[tuple[float, float, int, int]], day_start: int,
                new_cards: int, today: date, exam_on: date, settings: DeckSettings,
                params: tuple[float, ...],
                forecast: bool) -> tuple[int, RetentionChoice | None]:
        pace = new_card_pace(new_cards=new_cards, today=today, exam_on=exam_on)
        if not forecast:
            return pace, None
        memories = [CardMemory(stability=s, difficulty=d,
                               due_day=max(0, (due - day_start) // _DAY_MS),
                               last_day=(last - day_start) / _DAY_MS)
                    for s, d, due, last in studied]
        choice = choose_retention(studied=memories, new_cards=new_cards,
                                  days=(exam_on - today).days, pace=pace,
                                  usual=settings.desired_retention,
                                  review_limit=settings.reviews_per_day, parameters=params)
        return pace, choice

    def _day_start(self, when: date, day: LearningDay) -> int:
        """The start of the learning day on a date, in ms, by the zone's rules on that date
        (an exam after a clock change starts at the same local hour, not an hour off)."""
        local = day.start.astimezone(self._tz) if self._tz else day.start.astimezone()
        return ms(DayRule(local.hour, self._tz).start_of(when).astimezone(UTC))

    def overview(self, *, scope: ExamScope, title: str,
                 exam_on: date | None = None) -> ExamOverview | None:
        """A deck's or group's plan summed over its decks; ``exam_on`` previews a date."""
        if exam_on is None:
            exam_on = self.dates().get((scope.kind, scope.name))
            if exam_on is None:
                return None
        decks = self.decks_in(scope) if scope.kind == GROUP else [scope.name]
        plans = tuple(p for d in decks
                      if (p := self.plan(deck_id=d, exam_on=exam_on, scope=scope)) is not None)
        return combine(scope_kind=scope.kind, scope=scope.name, title=title, exam_on=exam_on,
                       today=self.today(), plans=plans)

    def overviews(self, titles: Mapping[str, str]) -> dict[tuple[str, str], ExamOverview]:
        """Every saved exam date's overview; ``titles`` names decks and groups."""
        out: dict[tuple[str, str], ExamOverview] = {}
        for (kind, name) in self.dates():
            found = self.overview(scope=ExamScope(kind, name), title=titles.get(name, name))
            if found is not None and found.decks:
                out[(kind, name)] = found
        return out

    # -- what the study queue uses ----------------------------------------------------------
    def apply(self, deck_id: str, settings: DeckSettings) -> DeckSettings:
        """A deck's settings for today, with its exam plan (if any) applied."""
        if self.exam_for(deck_id) is None:
            return settings
        plan = self.plan(deck_id=deck_id, base=settings)
        if plan is None or not plan.active:
            return settings
        return replace(settings, new_per_day=plan.pace, desired_retention=plan.retention)

    def first_interval_caps(self, deck_ids: Sequence[str]) -> dict[str, int]:
        """Per deck with an active plan: the longest first interval after learning."""
        caps: dict[str, int] = {}
        today = self.today()
        for deck_id in deck_ids:
            found = self.exam_for(deck_id)
            if found is not None and is_active(today, found[1]):
                caps[deck_id] = interval_cap(today, found[1])
        return caps
