"""Studying toward an exam date, with a simulated learner driving the real study session."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.integration.decks import basics, deck
from trainer.clock import FixedClock
from trainer.domain import Phase, Rating
from trainer.scheduling.exam_plan import retrievability
from trainer.services import Collection
from trainer.services.exam import DECK, GROUP, ExamScope

TODAY = date(2026, 3, 2)  # the conftest clock: Monday 2 March 2026, 10:00 UTC
EXAM = date(2026, 3, 23)
CARDS = 40


@pytest.fixture
def col(tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path]) -> Collection:
    opened = Collection.open(tmp_path / "c.sqlite3", clock=clock, tz=UTC, fuzz=True)
    opened.import_deck_files([write_deck(deck(cards=basics(CARDS)))])
    yield opened
    opened.close()


class Learner:
    """Answers like a student whose memory follows FSRS: recalls a card with probability
    equal to its retrievability, and now and then finds a new card easy."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def grade(self, col: Collection, card_id: int, now: datetime) -> Rating:
        with col.engine.connect() as conn:
            phase, stability, last = conn.exec_driver_sql(
                "SELECT phase, stability, last_review FROM card_states WHERE card_id=?",
                (card_id,)).one()
        roll = self.rng.random()
        if phase == Phase.NEW:
            return Rating.EASY if roll < 0.15 else Rating.AGAIN if roll > 0.85 else Rating.GOOD
        if phase != Phase.REVIEW:
            return Rating.GOOD if roll < 0.9 else Rating.AGAIN
        elapsed = (now.timestamp() * 1000 - last) / 86_400_000
        return Rating.GOOD if roll < retrievability(stability, elapsed) else Rating.AGAIN


def study_day(col: Collection, clock: FixedClock, learner: Learner) -> int:
    """One day's session, to the end; returns the cards answered."""
    session = col.start_session()
    answered = 0
    for _ in range(2000):
        card = session.next_card()
        if card is None:
            break
        session.reveal()
        session.answer(learner.grade(col, card.card_id, clock.now()), duration_ms=5000)
        clock.advance(minutes=1)
        answered += 1
    session.close()
    return answered


def days_seen_before(col: Collection, exam_start_ms: int) -> dict[int, int]:
    with col.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT card_id, count(DISTINCT reviewed_at / 86400000) FROM review_log "
            "WHERE reviewed_at < ? GROUP BY card_id", (exam_start_ms,)).all()
    return {int(c): int(n) for c, n in rows}


def test_the_plan_shows_its_pace_and_sets_the_daily_new_card_limit(col: Collection) -> None:
    col.exams.set_date(scope=ExamScope(DECK, "test-deck"), exam_on=EXAM)
    overview = col.exams.overview(scope=ExamScope(DECK, "test-deck"), title="Test deck")
    assert overview is not None
    # 21 days left, the last 4 without new cards: 40 cards over 17 days.
    assert overview.pace_text() == "3 new cards a day until 18 March"
    assert overview.heading() == "Exam on 23 March (in 21 days)"
    [counts] = col.deck_counts()
    assert counts.new == 3
    session = col.start_session()
    news = 0
    while (card := session.next_card()) is not None:
        news += card.queue.value == "new"
        session.reveal()
        session.answer(Rating.GOOD, duration_ms=1000)
    assert news == 3


def test_a_simulated_learner_sees_every_card_twice_and_reaches_the_target(
        col: Collection, clock: FixedClock) -> None:
    col.exams.set_date(scope=ExamScope(GROUP, "Tests"), exam_on=EXAM)
    learner = Learner(seed=11)
    retention_by_day: list[float] = []
    while clock.now().date() < EXAM:
        plan = col.exams.plan(deck_id="test-deck")
        assert plan is not None and plan.scope_kind == GROUP
        retention_by_day.append(plan.retention)
        study_day(col, clock, learner)
        clock.set(datetime.combine(clock.now().date() + timedelta(days=1),
                                   datetime.min.time(), tzinfo=UTC) + timedelta(hours=9))
    exam_start = int(datetime(2026, 3, 23, 4, tzinfo=UTC).timestamp() * 1000)
    seen = days_seen_before(col, exam_start)
    assert len(seen) == CARDS
    assert min(seen.values()) >= 2, "every card is seen on two days before the exam"
    plan = col.exams.plan(deck_id="test-deck")
    assert plan is not None and not plan.active
    assert plan.recall_now is not None and plan.recall_now >= plan.usual_retention == 0.90
    # Retention never fell below the usual one, and rose as the exam came near.
    first_week, last_week = retention_by_day[:7], retention_by_day[-7:]
    assert min(retention_by_day) >= 0.90
    assert sum(last_week) / 7 > sum(first_week) / 7 + 0.03


def test_after_the_exam_the_deck_is_scheduled_as_usual(col: Collection,
                                                       clock: FixedClock) -> None:
    col.exams.set_date(scope=ExamScope(DECK, "test-deck"), exam_on=date(2026, 3, 5))
    planned = col.exams.apply("test-deck", col.deck_settings("test-deck"))
    assert planned.new_per_day == 20  # 40 cards over 2 days; the last one is for reviews
    clock.set(datetime(2026, 3, 5, 10, tzinfo=UTC))  # the exam day
    usual = col.deck_settings("test-deck")
    assert col.exams.apply("test-deck", usual) == usual
    assert col.exams.first_interval_caps(["test-deck"]) == {}
    overview = col.exams.overview(scope=ExamScope(DECK, "test-deck"), title="Test deck")
    assert overview is not None
    assert overview.retention_text() == "Desired retention is back to the deck's usual 90%."


def test_an_exam_date_must_be_after_today(col: Collection) -> None:
    with pytest.raises(ValueError, match="after today"):
        col.exams.set_date(scope=ExamScope(DECK, "test-deck"), exam_on=TODAY)
    col.exams.set_date(scope=ExamScope(DECK, "test-deck"), exam_on=EXAM)
    col.exams.set_date(scope=ExamScope(DECK, "test-deck"), exam_on=None)
    assert col.exams.dates() == {}
