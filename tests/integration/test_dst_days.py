"""Daylight-saving changes: a card answered into review is never shown again that day.

A study session is left open over each clock change in four zones (Lord Howe's moves by
half an hour, Kolkata's never moves) and used at awkward hours: just after the day starts,
just before it ends, and in the hour the clocks skip or repeat. Fuzz is on, as in the app.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from tests.integration.decks import basics, deck
from trainer.clock import FixedClock
from trainer.domain import Rating
from trainer.services import Collection
from trainer.storage.models import CardStateRow

CHANGES = [  # zone, the two days of 2026 its clocks change (Kolkata: two ordinary days)
    ("Europe/Berlin", date(2026, 3, 29), date(2026, 10, 25)),
    ("America/New_York", date(2026, 3, 8), date(2026, 11, 1)),
    ("Australia/Lord_Howe", date(2026, 4, 5), date(2026, 10, 4)),
    ("Asia/Kolkata", date(2026, 3, 29), date(2026, 10, 25)),
]
# Local wall-clock times at which the learner studies on each calendar day.
SITTINGS = [(1, 30), (2, 15), (2, 45), (3, 55), (4, 0), (4, 30), (12, 0), (23, 30)]


def _learning_day(when: datetime, zone: ZoneInfo) -> date:
    """The learning day (starting 04:00 local) of an instant, worked out independently."""
    return (when.astimezone(zone).replace(tzinfo=None) - timedelta(hours=4)).date()


def _phase(col: Collection, card_id: int) -> int:
    with col.engine.connect() as conn:
        return int(conn.execute(select(CardStateRow.phase)
                                .where(CardStateRow.card_id == card_id)).scalar_one())


@pytest.mark.parametrize(("zone_name", "change"),
                         [(z, d) for z, *days in CHANGES for d in days],
                         ids=lambda v: str(v))
def test_no_card_comes_back_the_day_it_was_answered_into_review(
        tmp_path: Path, write_deck: Callable[..., Path], zone_name: str, change: date) -> None:
    zone = ZoneInfo(zone_name)
    first = change - timedelta(days=3)
    clock = FixedClock(datetime(first.year, first.month, first.day, 12, tzinfo=zone))
    col = Collection.open(tmp_path / "c.sqlite3", clock=clock, tz=zone, fuzz=True)
    col.import_deck_files([write_deck(deck(cards=basics(12)))])
    session = col.start_session()
    into_review: dict[int, date] = {}
    shown_twice: list[str] = []
    reviews = 0
    for offset in range(8):
        today = first + timedelta(days=offset)
        for hour, minute in SITTINGS:
            clock.set(datetime(today.year, today.month, today.day, hour, minute, tzinfo=zone))
            for _ in range(60):
                card = session.next_card()
                if card is None:
                    break
                now = clock.now()
                day = _learning_day(now, zone)
                if into_review.get(card.card_id) == day:
                    shown_twice.append(f"card {card.card_id} at {now.astimezone(zone)}")
                session.reveal()
                rating = Rating.AGAIN if (card.card_id + offset) % 9 == 0 else Rating.GOOD
                session.answer(rating, duration_ms=1000)
                if _phase(col, card.card_id) == 2:
                    reviews += 1
                    into_review[card.card_id] = day
                clock.advance(seconds=30)
    col.close()
    assert not shown_twice
    assert reviews >= 20  # the cards really were reviewed across the change
