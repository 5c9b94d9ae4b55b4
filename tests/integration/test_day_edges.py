"""Edges of the learning day and of leeches, as a learner meets them in a study session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update

from tests.integration.decks import basics, deck
from trainer.clock import FixedClock
from trainer.domain import CardQueue, Rating
from trainer.scheduling import LearningDay
from trainer.services import Collection
from trainer.services.cram import CramChoice, CramScope, all_tags, choose_cards
from trainer.storage.models import CardStateRow


def _open(tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path],
          text: str) -> Collection:
    col = Collection.open(tmp_path / "c.sqlite3", clock=clock, tz=UTC, fuzz=False)
    col.import_deck_files([write_deck(text)])
    return col


def test_undoing_yesterdays_answer_after_the_roll_over_keeps_todays_new_limit(
        tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path]) -> None:
    col = _open(tmp_path, clock, write_deck, deck(cards=basics(15), settings="  new_per_day: 5\n"))
    clock.set(datetime(2026, 3, 3, 3, 50, tzinfo=UTC))  # ten minutes before the day ends
    session = col.start_session()
    for _ in range(5):
        assert session.next_card() is not None
        session.reveal()
        session.answer(Rating.EASY, duration_ms=10)
    assert session.next_card() is None  # yesterday's five new cards are done
    clock.set(datetime(2026, 3, 3, 4, 5, tzinfo=UTC))  # a new learning day, nothing asked yet
    session.undo()  # the last answer, given before 04:00
    back = session.current
    assert back is not None and back.queue is CardQueue.NEW
    new_today = 0
    card = back
    while card is not None:
        new_today += card.queue is CardQueue.NEW
        session.reveal()
        session.answer(Rating.EASY, duration_ms=10)
        card = session.next_card()
    assert new_today == 5  # the undone card counts against today's five, not a sixth
    col.close()


def test_a_leech_is_tagged_leech_and_found_by_that_tag(
        tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path]) -> None:
    col = _open(tmp_path, clock, write_deck, deck(cards=basics(2)))
    session = col.start_session()
    card = session.next_card()
    assert card is not None and "leech" not in all_tags(col.engine)
    lapses = 0
    while True:
        shown = session.next_card()
        if shown is None:
            clock.advance(days=60)
            continue
        session.reveal()
        with col.engine.connect() as conn:
            phase = conn.execute(select(CardStateRow.phase)
                                 .where(CardStateRow.card_id == shown.card_id)).scalar_one()
        forgot = phase == 2 and shown.card_id == card.card_id
        session.answer(Rating.AGAIN if forgot else Rating.EASY, duration_ms=10)
        lapses += forgot
        if lapses == 8:
            break
    assert "leech" in all_tags(col.engine)
    # Suspended, so not in study; once the learner unsuspends it, cramming "leech" finds it.
    choice = CramChoice(scope=CramScope.TAG, tag="Leech")
    day = LearningDay.containing(clock.now(), tz=UTC)
    with col.engine.begin() as conn:
        assert choose_cards(conn, choice=choice, day=day) == []
        conn.execute(update(CardStateRow).where(CardStateRow.card_id == card.card_id)
                     .values(suspended=False))
        assert choose_cards(conn, choice=choice, day=day) == [card.card_id]
        search = CramChoice(scope=CramScope.SEARCH, query="tag:leech")
        assert choose_cards(conn, choice=search, day=day) == [card.card_id]
        other = CramChoice(scope=CramScope.SEARCH, query="tag:leech Question c1?")
        assert choose_cards(conn, choice=other, day=day) == []
        conn.execute(update(CardStateRow).where(CardStateRow.card_id == card.card_id)
                     .values(suspended=True))
    session.undo()  # taking the eighth lapse back takes the tag away too
    assert "leech" not in all_tags(col.engine)
    col.close()


def test_a_one_day_card_answered_at_half_past_four_on_the_autumn_change_waits_a_day(
        tmp_path: Path, write_deck: Callable[..., Path]) -> None:
    from zoneinfo import ZoneInfo
    berlin = ZoneInfo("Europe/Berlin")
    clock = FixedClock(datetime(2026, 10, 25, 4, 30, tzinfo=berlin))
    col = Collection.open(tmp_path / "c.sqlite3", clock=clock, tz=berlin, fuzz=False)
    col.import_deck_files([write_deck(deck(cards=basics(1)))])
    session = col.start_session()
    for _ in range(3):  # Good, Good: into review for a day or more
        card = session.next_card()
        if card is None:
            clock.advance(minutes=11)
            continue
        session.reveal()
        session.answer(Rating.GOOD, duration_ms=10)
        clock.advance(minutes=11)
    for minutes in range(0, 23 * 60, 7):  # the rest of that learning day, minute by minute
        clock.set(datetime(2026, 10, 25, 4, 55, tzinfo=berlin) + timedelta(minutes=minutes))
        if LearningDay.containing(clock.now(), tz=berlin).start.astimezone(berlin).day != 25:
            break
        assert session.next_card() is None, f"shown again at {clock.now().astimezone(berlin)}"
    col.close()
