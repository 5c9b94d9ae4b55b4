"""Statistics of a deck, a deck group or the whole collection over a chosen period.

Every figure the statistics window draws is worked out here, without Qt, from the review
log and the card states: answers per day (and the calendar heatmap), the due forecast,
true retention against desired retention, cards by state, memory histograms, answer
buttons, time spent and the hour of day. Cram and preview answers live in their own log
and never count.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from sqlalchemy import Engine

from trainer.clock import Clock
from trainer.domain import DeckSettings
from trainer.scheduling import LearningDay
from trainer.scheduling.fsrs_adapter import DEFAULT_PARAMETERS
from trainer.storage import stats as sql
from trainer.storage.codec import ms

ALL, GROUP, DECK = "all", "group", "deck"
PERIODS: tuple[tuple[str, int | None], ...] = (
    ("Last 7 days", 7), ("Last month", 30), ("Last 3 months", 91), ("Last year", 365),
    ("All time", None))
FORECAST_DAYS = 30
_MAX_DAYS = 3650  # "all time" shows at most ten years, one bar a day
STATES = ("New", "Learning", "Young", "Mature", "Relearning", "Suspended", "Buried")

STABILITY_BINS: tuple[tuple[float, str], ...] = (
    (1, "0–1"), (3, "1–3"), (7, "3–7"), (14, "7–14"), (30, "14–30"), (90, "30–90"),
    (180, "90–180"), (365, "180–365"), (float("inf"), "365+"))


@dataclass(frozen=True, slots=True)
class Scope:
    """What the figures cover: every deck, one group (by name) or one deck (by id)."""

    kind: str = ALL
    value: str = ""


@dataclass(frozen=True, slots=True)
class DayAnswers:
    """Answers on one learning day, by the kind of card answered, and the time spent."""

    day: date
    learning: int = 0
    young: int = 0
    mature: int = 0
    relearning: int = 0
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return self.learning + self.young + self.mature + self.relearning


@dataclass(frozen=True, slots=True)
class Retention:
    """Reviews of cards in the review phase that were passed (Hard, Good or Easy)."""

    label: str
    passed: int
    answered: int

    @property
    def rate(self) -> float | None:
        return self.passed / self.answered if self.answered else None


@dataclass(frozen=True, slots=True)
class Histogram:
    """Counts of cards in labelled bins, lowest first."""

    title: str
    unit: str
    labels: tuple[str, ...]
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class StatsReport:
    """Every figure of the statistics window for one scope and period."""

    title: str
    today: date
    period_days: int | None
    days: tuple[DayAnswers, ...]  # oldest first, one per day of the period
    forecast: tuple[int, ...]  # cards due on each of the next days; [0] includes overdue
    young: Retention
    mature: Retention
    desired_retention: float
    states: dict[str, int]
    stability: Histogram
    difficulty: Histogram
    retrievability: Histogram
    buttons: dict[str, tuple[int, int, int, int]]  # Learning/Young/Mature: Again..Easy
    hours: tuple[tuple[int, int], ...]  # 24 local hours: (answers, passed)

    @property
    def answers(self) -> int:
        return sum(d.total for d in self.days)

    @property
    def minutes(self) -> float:
        return sum(d.seconds for d in self.days) / 60

    @property
    def days_studied(self) -> int:
        return sum(1 for d in self.days if d.total)

    @property
    def overall(self) -> Retention:
        return Retention("All", self.young.passed + self.mature.passed,
                         self.young.answered + self.mature.answered)

    def calendar(self) -> list[tuple[date, int]]:
        """(day, answers) for the heatmap, oldest first."""
        return [(d.day, d.total) for d in self.days]


class Statistics:
    """Works out a :class:`StatsReport`; reads only, never writes."""

    def __init__(self, engine: Engine, *, clock: Clock, day_starts_at_hour: int,
                 tz: tzinfo | None, settings: Callable[[str], DeckSettings],
                 parameters: Sequence[float] | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._hour = day_starts_at_hour
        self._tz = tz
        self._settings = settings
        self._parameters = tuple(parameters) if parameters else DEFAULT_PARAMETERS

    def scopes(self) -> list[tuple[Scope, str]]:
        """Every scope a learner can pick, with its label: all, each group, each deck."""
        with self._engine.connect() as conn:
            decks = sql.deck_groups(conn)
        out: list[tuple[Scope, str]] = [(Scope(), "Whole collection")]
        for group in sorted({g for _i, _t, g in decks if g}, key=str.casefold):
            out.append((Scope(GROUP, group), f"{group} (group)"))
        for deck_id, title, group in decks:
            out.append((Scope(DECK, deck_id), f"{group} ▸ {title}" if group else title))
        return out

    def deck_title(self, deck_id: str) -> tuple[str, str]:
        """A deck's title and group, for labels."""
        found = [(t, g) for i, t, g in self._decks() if i == deck_id]
        return found[0] if found else (deck_id, "")

    def deck_ids(self, scope: Scope) -> list[str] | None:
        """The decks in ``scope``; None stands for every deck."""
        if scope.kind == ALL:
            return None
        with self._engine.connect() as conn:
            decks = sql.deck_groups(conn)
        if scope.kind == GROUP:
            return [i for i, _t, g in decks if g == scope.value]
        if scope.kind == DECK:
            return [i for i, _t, _g in decks if i == scope.value]
        raise ValueError(f"Unknown scope {scope.kind!r}: choose a deck, a group or all.")

    def _title(self, scope: Scope) -> str:
        for candidate, label in self.scopes():
            if candidate == scope:
                return label
        return scope.value or "Whole collection"

    def report(self, *, scope: Scope = Scope(), period_days: int | None = 30,
               forecast_days: int = FORECAST_DAYS) -> StatsReport:
        """The figures for ``scope`` over the last ``period_days`` (None: all time)."""
        if period_days is not None and period_days < 1:
            raise ValueError("The period must be at least one day.")
        now = self._clock.now()
        day = LearningDay.containing(now, starts_at_hour=self._hour, tz=self._tz)
        local = now.astimezone(self._tz) if self._tz is not None else now.astimezone()
        today = day.start.astimezone(local.tzinfo).date()
        start_ms = ms(day.start)
        deck_ids = self.deck_ids(scope)
        window = sql.Window(
            deck_ids=deck_ids,
            since_ms=None if period_days is None else start_ms - (period_days - 1) * sql.DAY_MS,
            today_start_ms=start_ms)
        def read_cards() -> list[tuple[int, ...]]:
            with self._engine.connect() as conn:
                return sql.card_groups(
                    conn, deck_ids, now_ms=ms(now), today_start_ms=start_ms,
                    forecast_days=forecast_days,
                    stability_tops=[top for top, _label in STABILITY_BINS],
                    recall_tops=_recall_tops(self._parameters))

        # The card states are read on a second connection while the review log is grouped:
        # SQLite lets go of the GIL, so on two cores the two reads overlap.
        with ThreadPoolExecutor(max_workers=1) as pool:
            cards_read = pool.submit(read_cards)
            with self._engine.connect() as conn:
                rows = sql.answers(conn, window)
            cards = cards_read.result()
        days = _days(rows, today, period_days)
        young, mature, buttons = _answers(rows)
        chosen = deck_ids if deck_ids is not None else [i for i, _t, _g in self._decks()]
        desired = ([self._settings(d).desired_retention for d in chosen] or [0.9])
        return StatsReport(
            title=self._title(scope), today=today, period_days=period_days, days=days,
            forecast=_column(cards, 1, forecast_days), young=young, mature=mature,
            desired_retention=sum(desired) / len(desired),
            states=dict(zip(STATES, _column(cards, 0, len(STATES)), strict=True)),
            stability=Histogram("Stability", "days",
                                tuple(label for _t, label in STABILITY_BINS),
                                _column(cards, 2, len(STABILITY_BINS))),
            difficulty=Histogram("Difficulty", "1 easiest – 10 hardest",
                                 tuple(f"{i}–{i + 1}" for i in range(1, 10)),
                                 _column(cards, 3, 9)),
            retrievability=Histogram("Retrievability", "% chance of recall now",
                                     tuple(f"{i * 10}–{i * 10 + 10}" for i in range(10)),
                                     _column(cards, 4, 10)[::-1]),
            buttons=buttons, hours=_hours(rows, self._hour))

    def _decks(self) -> list[tuple[str, str, str]]:
        with self._engine.connect() as conn:
            return sql.deck_groups(conn)


def _recall_tops(parameters: Sequence[float]) -> list[float]:
    """Days since the last review over stability at which recall falls to 90%, 80% ... 10%.

    Recall falls as this ratio grows, so these bound the histogram's bins from the top."""
    decay = -parameters[20]
    factor = 0.9 ** (1 / decay) - 1
    return [(r ** (1 / decay) - 1) / factor for r in (0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2,
                                                      0.1)] + [float("inf")]


def _column(groups: list[tuple[int, ...]], column: int, size: int) -> tuple[int, ...]:
    """Cards counted by one bin of :func:`sql.card_groups`; -1 (no bin) is left out."""
    counts = [0] * size
    for row in groups:
        if 0 <= row[column] < size:
            counts[row[column]] += row[-1]
    return tuple(counts)


def _days(rows: list[tuple[int, int, int, int, int]], today: date,
          period_days: int | None) -> tuple[DayAnswers, ...]:
    """One entry per day of the period, days without answers included."""
    first = min((h // 24 for h, *_ in rows), default=0)
    span = period_days if period_days is not None else min(_MAX_DAYS, 1 - min(first, 0))
    totals: dict[int, list[float]] = {}
    for hour, kind, _rating, count, spent in rows:
        offset = hour // 24
        if offset > 0 or offset <= -span:
            continue  # answers dated after today (a clock moved back) or before the period
        slot = totals.setdefault(offset, [0, 0, 0, 0, 0.0])
        slot[kind] += count
        slot[4] += spent / 1000
    out = []
    for offset in range(-span + 1, 1):
        v = totals.get(offset, [0, 0, 0, 0, 0.0])
        out.append(DayAnswers(today + timedelta(days=offset), learning=int(v[sql.LEARN]),
                              young=int(v[sql.YOUNG]), mature=int(v[sql.MATURE]),
                              relearning=int(v[sql.RELEARN]), seconds=float(v[4])))
    return tuple(out)


def _answers(rows: list[tuple[int, int, int, int, int]]
             ) -> tuple[Retention, Retention, dict[str, tuple[int, int, int, int]]]:
    """True retention and answer buttons: relearning counts with learning, as in Anki."""
    passed = {sql.YOUNG: 0, sql.MATURE: 0}
    answered = {sql.YOUNG: 0, sql.MATURE: 0}
    names = {sql.LEARN: "Learning", sql.RELEARN: "Learning", sql.YOUNG: "Young",
             sql.MATURE: "Mature"}
    buttons = {"Learning": [0, 0, 0, 0], "Young": [0, 0, 0, 0], "Mature": [0, 0, 0, 0]}
    for _hour, kind, rating, count, _spent in rows:
        if not 1 <= rating <= 4:
            continue
        buttons[names[kind]][rating - 1] += count
        if kind in answered:
            answered[kind] += count
            passed[kind] += count if rating > 1 else 0
    return (Retention("Young", passed[sql.YOUNG], answered[sql.YOUNG]),
            Retention("Mature", passed[sql.MATURE], answered[sql.MATURE]),
            {k: (v[0], v[1], v[2], v[3]) for k, v in buttons.items()})


def _hours(rows: list[tuple[int, int, int, int, int]],
           day_starts_at_hour: int) -> tuple[tuple[int, int], ...]:
    """(answers, passed) for each local hour 0-23; hour 0 of a row is the day's start."""
    hours = [[0, 0] for _ in range(24)]
    for hour, _kind, rating, count, _spent in rows:
        slot = hours[(hour + day_starts_at_hour) % 24]
        slot[0] += count
        slot[1] += count if rating > 1 else 0
    return tuple((a, b) for a, b in hours)
