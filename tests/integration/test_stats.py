"""Statistics worked out by hand on a small collection whose every answer is known.

The clock stands at 10:00 UTC on Monday 2 March 2026 and the learning day starts at
04:00 UTC, so "today" began at 04:00 and an answer at 03:00 belongs to Sunday 1 March.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select, update

from tests.integration.decks import basics, deck
from trainer.clock import FixedClock
from trainer.domain import DeckSettings, Phase
from trainer.services import Collection
from trainer.services.stats import DECK, GROUP, Scope
from trainer.storage import tables as db
from trainer.storage.codec import ms

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
DAY_START = datetime(2026, 3, 2, 4, 0, tzinfo=UTC)
DAY = timedelta(days=1)


@pytest.fixture
def col(tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path]) -> Collection:
    col = Collection.open(tmp_path / "c.sqlite3", clock=clock, tz=UTC, fuzz=False)
    col.import_deck_files([
        write_deck(deck(cards=basics(4, "a"), deck_id="deck-a", title="Deck A"), "a.yaml"),
        write_deck(deck(cards=basics(2, "b"), deck_id="deck-b", title="Deck B"), "b.yaml")])
    ids = _ids(col)
    with col.engine.begin() as conn:
        def state(key: str, phase: Phase, s: float | None, d: float | None,
                  last: datetime | None, due: datetime | int, **extra: object) -> None:
            conn.execute(update(db.card_states).where(db.card_states.c.card_id == ids[key])
                         .values(phase=int(phase), stability=s, difficulty=d,
                                 last_review=ms(last) if last else None,
                                 due=ms(due) if isinstance(due, datetime) else due, **extra))

        # a0: mature (interval 30 days); a1: young (about 2.8 days); a2 in learning.
        state("a0", Phase.REVIEW, 40.0, 5.5, DAY_START - 10 * DAY, DAY_START + 20 * DAY
              + timedelta(hours=1))
        state("a1", Phase.REVIEW, 5.0, 2.2, NOW - 2 * DAY, DAY_START + DAY + timedelta(hours=1))
        state("a2", Phase.LEARNING, 0.5, 9.5, NOW - timedelta(hours=1),
              NOW + timedelta(minutes=10))
        state("b0", Phase.REVIEW, 100.0, 3.0, NOW - 300 * DAY, NOW + DAY, suspended=True)
        state("b1", Phase.NEW, None, None, None, 1, buried_until=ms(NOW + DAY))

        def answer(key: str, when: datetime, rating: int, seconds: float, phase: Phase,
                   elapsed: float) -> None:
            conn.execute(insert(db.review_log).values(
                card_id=ids[key], reviewed_at=ms(when), rating=rating,
                duration_ms=int(seconds * 1000), phase_before=int(phase), phase_after=2,
                state_before="{}", state_after="{}", scheduled_days=1.0, elapsed_days=elapsed))

        answer("a0", DAY_START + timedelta(hours=5), 3, 10, Phase.REVIEW, 25)  # 09:00, mature
        answer("a1", DAY_START + timedelta(hours=5, minutes=30), 1, 20, Phase.REVIEW, 3)
        answer("a2", DAY_START + timedelta(hours=5, minutes=50), 1, 4, Phase.NEW, 0)
        answer("b0", DAY_START + timedelta(hours=4), 4, 2, Phase.REVIEW, 30)  # 08:00, mature
        answer("a1", DAY_START - DAY + timedelta(hours=4), 3, 6, Phase.REVIEW, 5)  # Sun 08:00
        answer("a1", DAY_START - timedelta(hours=1), 2, 5, Phase.REVIEW, 2)  # Mon 03:00 = Sun
        answer("a0", DAY_START - 40 * DAY + timedelta(hours=1), 3, 8, Phase.REVIEW, 30)
    col.set_deck_settings("deck-a", DeckSettings(desired_retention=0.85))
    yield col
    col.close()


def _ids(col: Collection) -> dict[str, int]:
    with col.engine.connect() as conn:
        return {k: i for i, k in conn.execute(select(db.cards.c.id, db.cards.c.key))}


def test_answers_per_day_fall_on_learning_days_by_kind(col: Collection) -> None:
    report = col.statistics().report(period_days=30)
    assert len(report.days) == 30
    assert report.today == date(2026, 3, 2) and report.days[-1].day == date(2026, 3, 2)
    today, sunday = report.days[-1], report.days[-2]
    assert (today.learning, today.young, today.mature, today.relearning) == (1, 1, 2, 0)
    assert today.seconds == pytest.approx(36)
    # The 03:00 Monday answer counts on Sunday: the day had not started yet.
    assert sunday.day == date(2026, 3, 1) and (sunday.young, sunday.total) == (2, 2)
    assert sunday.seconds == pytest.approx(11)
    assert report.answers == 6 and report.days_studied == 2
    assert report.minutes == pytest.approx(47 / 60)
    assert report.calendar()[-2:] == [(date(2026, 3, 1), 2), (date(2026, 3, 2), 4)]


def test_true_retention_by_young_and_mature_against_desired(col: Collection) -> None:
    report = col.statistics().report(period_days=30)
    assert (report.young.passed, report.young.answered) == (2, 3)
    assert (report.mature.passed, report.mature.answered) == (2, 2)
    assert report.overall.rate == pytest.approx(4 / 5)
    assert report.desired_retention == pytest.approx((0.85 + 0.90) / 2)
    alltime = col.statistics().report(period_days=None)
    assert len(alltime.days) == 41  # from the answer 40 days ago to today
    assert (alltime.mature.passed, alltime.mature.answered) == (3, 3)


def test_answer_buttons_and_hour_of_day(col: Collection) -> None:
    report = col.statistics().report(period_days=30)
    assert report.buttons == {"Learning": (1, 0, 0, 0), "Young": (1, 1, 1, 0),
                              "Mature": (0, 0, 1, 1)}
    assert report.hours[9] == (3, 1)
    assert report.hours[8] == (2, 2)
    assert report.hours[3] == (1, 1)
    assert sum(n for n, _ in report.hours) == 6


def test_card_states_forecast_and_histograms(col: Collection) -> None:
    report = col.statistics().report(period_days=30)
    assert report.states == {"New": 1, "Learning": 1, "Relearning": 0, "Young": 1,
                             "Mature": 1, "Suspended": 1, "Buried": 1}
    assert len(report.forecast) == 30
    assert (report.forecast[0], report.forecast[1], report.forecast[20]) == (1, 1, 1)
    assert sum(report.forecast) == 3  # the suspended card is not forecast
    stab = dict(zip(report.stability.labels, report.stability.counts, strict=True))
    assert (stab["0–1"], stab["3–7"], stab["30–90"], stab["90–180"]) == (1, 1, 1, 1)
    assert report.stability.total == 4
    diff = dict(zip(report.difficulty.labels, report.difficulty.counts, strict=True))
    assert (diff["2–3"], diff["3–4"], diff["5–6"], diff["9–10"]) == (1, 1, 1, 1)
    # b0: 300 days at stability 100, so t/S = 3: (1 + 0.98 * 3) ** -0.1542 is about 0.81.
    # The others were answered well within their stability: above 90%.
    retr = dict(zip(report.retrievability.labels, report.retrievability.counts, strict=True))
    assert (retr["80–90"], retr["90–100"]) == (1, 3)


def test_scope_of_one_deck_or_a_group(col: Collection) -> None:
    stats = col.statistics()
    deck_a = stats.report(scope=Scope(DECK, "deck-a"), period_days=30)
    assert deck_a.title == "Tests ▸ Deck A"
    assert (deck_a.mature.passed, deck_a.mature.answered) == (1, 1)  # b0's answer is not here
    assert deck_a.desired_retention == pytest.approx(0.85)
    assert deck_a.states["Suspended"] == 0 and deck_a.states["New"] == 1
    group = stats.report(scope=Scope(GROUP, "Tests"), period_days=7)
    assert len(group.days) == 7 and group.answers == 6
    labels = [label for _scope, label in stats.scopes()]
    assert labels == ["Whole collection", "Tests (group)", "Tests ▸ Deck A", "Tests ▸ Deck B"]


def test_an_empty_collection_has_zero_figures(tmp_path: Path, clock: FixedClock) -> None:
    with Collection.open(tmp_path / "e.sqlite3", clock=clock, tz=UTC) as empty:
        report = empty.statistics().report(period_days=None)
    assert report.answers == 0 and len(report.days) == 1
    assert report.overall.rate is None and sum(report.forecast) == 0
    assert report.desired_retention == pytest.approx(0.9)
