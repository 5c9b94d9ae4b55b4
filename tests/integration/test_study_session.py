"""The study controller's whole state machine, driven without Qt and with a fixed clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.integration.decks import basic, basics, deck, fact
from trainer.clock import FixedClock
from trainer.domain import CardQueue, DeckSettings, Flag, Rating
from trainer.services import Collection, NoCurrentCard
from trainer.storage.codec import ms
from trainer.storage.models import CardMarkRow, CardStateRow, ReviewLogRow


@pytest.fixture
def open_col(tmp_path: Path, clock: FixedClock,
             write_deck: Callable[..., Path]) -> Callable[[str], Collection]:
    def make(text: str) -> Collection:
        col = Collection.open(tmp_path / "collection.sqlite3", clock=clock, tz=UTC, fuzz=False)
        col.import_deck_files([write_deck(text)])
        return col
    return make


def _log_count(col: Collection) -> int:
    with col.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(ReviewLogRow)).scalar_one())


def _state(col: Collection, card_id: int) -> dict[str, object]:
    with col.engine.connect() as conn:
        return dict(conn.execute(select(CardStateRow).where(CardStateRow.card_id == card_id))
                    .mappings().one())


def test_new_cards_come_in_deck_order_and_need_revealing_before_grading(open_col) -> None:
    col = open_col(deck(cards=basics(3)))
    session = col.start_session()
    card = session.next_card()
    assert card is not None and card.content.prompt == "Question c0?"
    assert card.queue is CardQueue.NEW and not session.revealed
    with pytest.raises(NoCurrentCard):
        session.answer(Rating.GOOD, duration_ms=100)
    session.reveal()
    assert session.intervals() == {Rating.AGAIN: "1m", Rating.HARD: "6m",
                                   Rating.GOOD: "10m", Rating.EASY: "8d"}
    session.answer(Rating.GOOD, duration_ms=4200)
    assert session.current is None
    nxt = session.next_card()
    assert nxt is not None and nxt.content.prompt == "Question c1?"
    col.close()


def test_each_answer_is_committed_before_the_next_card(open_col, tmp_path: Path) -> None:
    import sqlite3
    col = open_col(deck(cards=basics(2)))
    session = col.start_session()
    session.next_card()
    session.reveal()
    session.answer(Rating.EASY, duration_ms=1234)
    # A separate connection (as after a crash) sees the answer already.
    raw = sqlite3.connect(tmp_path / "collection.sqlite3")
    rating, duration = raw.execute("SELECT rating, duration_ms FROM review_log").fetchone()
    raw.close()
    assert (rating, duration) == (4, 1234)
    col.close()


def test_a_card_on_screen_holds_no_lock_or_snapshot(open_col, tmp_path: Path) -> None:
    import sqlite3
    col = open_col(deck(cards=basics(2)))
    session = col.start_session()
    assert session.next_card() is not None
    # While the learner looks at the card, another program (a backup, a second import)
    # can write and checkpoint the whole log: the session keeps nothing open.
    raw = sqlite3.connect(tmp_path / "collection.sqlite3", timeout=0, isolation_level=None)
    raw.execute("BEGIN IMMEDIATE")
    raw.execute("UPDATE settings SET value = value")
    raw.execute("COMMIT")
    busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    raw.close()
    assert busy == 0
    session.reveal()
    session.answer(Rating.GOOD, duration_ms=100)
    col.close()


def test_closing_the_collection_mid_session_writes_everything_to_the_file(
        open_col, tmp_path: Path) -> None:
    col = open_col(deck(cards=basics(2)))
    session = col.start_session()
    session.next_card()
    session.reveal()
    session.answer(Rating.GOOD, duration_ms=100)
    session.next_card()
    col.close()
    # The last connection to close folds the write-ahead log into the collection file.
    assert not (tmp_path / "collection.sqlite3-wal").exists()
    again = Collection.open(tmp_path / "collection.sqlite3", fuzz=False)
    assert _log_count(again) == 1
    again.close()


def test_again_brings_a_card_back_after_its_learning_step(open_col, clock: FixedClock) -> None:
    col = open_col(deck(cards=basics(1)))
    session = col.start_session()
    first = session.next_card()
    assert first is not None
    session.reveal()
    session.answer(Rating.AGAIN, duration_ms=100)
    # Nothing else to study: the learning card is shown early (learn-ahead).
    again = session.next_card()
    assert again is not None and again.card_id == first.card_id
    assert again.queue is CardQueue.LEARNING
    assert session.remaining() == (0, 1, 0)
    col.close()


def test_undo_restores_exact_state_over_several_steps(open_col) -> None:
    col = open_col(deck(cards=basics(3)))
    session = col.start_session()
    ids, before = [], []
    for rating in (Rating.GOOD, Rating.AGAIN, Rating.EASY):
        card = session.next_card()
        assert card is not None
        ids.append(card.card_id)
        before.append(_state(col, card.card_id))
        session.reveal()
        session.answer(rating, duration_ms=1000)
    assert _log_count(col) == 3
    for expected_id, expected_state in zip(reversed(ids), reversed(before), strict=True):
        assert session.undo().study  # the answer is taken back, with its schedule
        restored = session.current
        assert restored is not None and restored.card_id == expected_id
        assert not session.revealed
        assert _state(col, expected_id) == expected_state
    assert _log_count(col) == 0 and not session.can_undo
    assert not session.undo()  # nothing left to undo: nothing changes
    assert session.summary().cards_studied == 0
    col.close()


def test_bury_hides_a_card_until_the_next_learning_day(open_col, clock: FixedClock) -> None:
    col = open_col(deck(cards=basics(2)))
    session = col.start_session()
    buried = session.next_card()
    assert buried is not None
    session.bury()
    other = session.next_card()
    assert other is not None and other.card_id != buried.card_id
    session.reveal()
    session.answer(Rating.EASY, duration_ms=1)
    assert session.next_card() is None
    clock.advance(days=1)
    tomorrow = col.start_session().next_card()
    assert tomorrow is not None and tomorrow.card_id == buried.card_id
    col.close()


def test_suspend_removes_a_card_until_undone(open_col) -> None:
    col = open_col(deck(cards=basics(1)))
    session = col.start_session()
    card = session.next_card()
    assert card is not None
    session.suspend()
    assert session.next_card() is None
    assert col.deck_counts()[0].suspended == 1
    assert session.undo().study
    restored = session.current
    assert restored is not None and restored.card_id == card.card_id
    assert col.deck_counts()[0].suspended == 0
    col.close()


def test_flags_toggle_and_are_stored(open_col) -> None:
    col = open_col(deck(cards=basics(1)))
    session = col.start_session()
    card = session.next_card()
    assert card is not None
    session.set_flag(Flag.RED)
    assert session.current is not None and session.current.flag is Flag.RED
    with col.engine.connect() as conn:
        assert conn.execute(select(CardMarkRow.flag)).scalar_one() == 1
    session.set_flag(Flag.RED)
    assert session.current is not None and session.current.flag is Flag.NONE
    session.undo()
    assert session.current is not None and session.current.flag is Flag.RED
    col.close()


def test_siblings_are_buried_for_the_day_once_one_is_answered(open_col) -> None:
    facts = fact("imatinib.drug_class", "imatinib", "tyrosine kinase inhibitor",
                 relation="drug_class") + fact("x.drug_class", "cytarabine", "antimetabolite",
                                               relation="drug_class")
    col = open_col(deck(facts=facts))
    session = col.start_session()
    first = session.next_card()
    assert first is not None
    session.reveal()
    session.answer(Rating.EASY, duration_ms=10)
    seen = {first.content.sibling}
    while (card := session.next_card()) is not None:
        assert card.content.sibling not in seen, "a sibling came back the same day"
        seen.add(card.content.sibling)
        session.reveal()
        session.answer(Rating.EASY, duration_ms=10)
    assert len(seen) == 2
    col.close()


def test_daily_new_limit_and_day_rollover(open_col, clock: FixedClock) -> None:
    col = open_col(deck(cards=basics(5), settings="  new_per_day: 2\n"))
    assert col.deck_counts()[0].new == 2
    session = col.start_session()
    for _ in range(2):
        assert session.next_card() is not None
        session.reveal()
        session.answer(Rating.EASY, duration_ms=10)
    assert session.next_card() is None
    assert col.deck_counts()[0].new == 0
    clock.advance(hours=20)  # past 04:00: a new learning day
    assert col.deck_counts()[0].new == 2
    assert session.next_card() is not None, "an open session rolls over to the new day"
    col.close()


def test_a_learners_deck_settings_override_the_file(open_col) -> None:
    col = open_col(deck(cards=basics(5)))
    col.set_deck_settings("test-deck", DeckSettings(new_per_day=1))
    assert col.deck_counts()[0].new == 1
    with pytest.raises(ValueError):
        col.set_deck_settings("test-deck", DeckSettings(desired_retention=0.5))
    col.close()


def test_a_card_forgotten_eight_times_becomes_a_suspended_leech(open_col,
                                                                clock: FixedClock) -> None:
    col = open_col(deck(cards=basics(1)))
    session = col.start_session()
    card = session.next_card()
    assert card is not None
    lapses = 0
    while lapses < 8:
        clock.advance(days=60)
        current = session.next_card()
        assert current is not None, f"card should be due after {lapses} lapses"
        session.reveal()
        state = _state(col, card.card_id)
        rating = Rating.AGAIN if state["phase"] == 2 else Rating.EASY
        session.answer(rating, duration_ms=10)
        lapses += rating is Rating.AGAIN and state["phase"] == 2
    assert _state(col, card.card_id)["suspended"]
    with col.engine.connect() as conn:
        assert conn.execute(select(CardMarkRow.leech, CardMarkRow.suspended_reason)).one() == (
            True, "leech")
    clock.advance(days=60)
    assert col.start_session().next_card() is None
    col.close()


def test_summary_reports_time_and_retention_today(open_col, clock: FixedClock) -> None:
    col = open_col(deck(cards=basics(2)))
    session = col.start_session()
    for _ in range(2):
        session.next_card()
        session.reveal()
        session.answer(Rating.EASY, duration_ms=3000)
    clock.advance(days=30)
    session = col.start_session()
    for rating in (Rating.GOOD, Rating.AGAIN):
        assert session.next_card() is not None
        session.reveal()
        session.answer(rating, duration_ms=2000)
    summary = session.summary()
    assert summary.cards_studied == 2 and summary.seconds == pytest.approx(4.0)
    assert summary.retention_today == pytest.approx(0.5)
    col.close()


def test_review_cards_are_counted_and_shown_when_due(open_col, clock: FixedClock) -> None:
    col = open_col(deck(cards=basic("a", "A?", "A")))
    session = col.start_session()
    session.next_card()
    session.reveal()
    session.answer(Rating.EASY, duration_ms=10)
    assert col.deck_counts()[0].review == 0
    clock.advance(timedelta(days=9))
    counts = col.deck_counts()[0]
    assert (counts.new, counts.learning, counts.review) == (0, 0, 1)
    card = col.start_session().next_card()
    assert card is not None and card.queue is CardQueue.REVIEW
    col.close()


def test_after_undo_the_displaced_cards_come_back_in_order(open_col) -> None:
    col = open_col(deck(cards=basics(3)))
    session = col.start_session()
    for _ in range(2):
        session.next_card()
        session.reveal()
        session.answer(Rating.GOOD, duration_ms=10)
    third = session.next_card()
    assert third is not None and third.content.prompt == "Question c2?"
    session.undo()
    assert session.current is not None and session.current.content.prompt == "Question c1?"
    session.undo()
    assert session.current is not None and session.current.content.prompt == "Question c0?"
    session.reveal()
    session.answer(Rating.EASY, duration_ms=10)
    shown = []
    while (card := session.next_card()) is not None and card.content.prompt not in shown:
        shown.append(card.content.prompt)
        session.reveal()
        session.answer(Rating.EASY, duration_ms=10)
    assert shown[:2] == ["Question c1?", "Question c2?"]
    col.close()


@pytest.mark.parametrize(("margin", "new_per_day"), [(64, 50), (0, 20), (1, 5), (0, 5)])
def test_counts_kept_in_memory_match_a_fresh_count_after_every_action(
        open_col, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, margin: int,
        new_per_day: int) -> None:
    """The review screen's counts follow answers, burials, suspensions and undo exactly."""
    monkeypatch.setattr("trainer.services.study.MARGIN", margin)
    facts = "".join(fact(f"f{i}.drug_target", f"drug{i}", f"CD{i}") for i in range(6))
    col = open_col(deck(facts=facts, cards=basics(8),
                        settings=f"  new_per_day: {new_per_day}\n"))
    session = col.start_session()
    steps = [Rating.GOOD, "bury", Rating.AGAIN, "suspend", Rating.EASY, "undo", Rating.HARD,
             "flag", Rating.GOOD, "undo", "undo", Rating.AGAIN, "later", Rating.GOOD,
             Rating.EASY, "later", Rating.GOOD]
    seen: list[tuple[int, int, int]] = []
    for step in steps:
        if step == "later":
            clock.advance(timedelta(minutes=11))
        elif step == "undo":
            session.undo()
        elif session.current is not None or session.next_card() is not None:
            if step == "bury":
                session.bury()
            elif step == "suspend":
                session.suspend()
            elif step == "flag":
                session.set_flag(Flag.RED)
            else:
                session.reveal()
                session.answer(Rating(step), duration_ms=10)
        fresh = col.start_session().remaining()
        assert session.remaining() == fresh, f"after {step!r}"
        seen.append(fresh)
    assert len(set(seen)) > 4, "the actions should have changed the counts"
    col.close()


def test_an_import_during_a_session_shows_in_its_counts(open_col, write_deck) -> None:
    col = open_col(deck(cards=basics(2), settings="  new_per_day: 50\n"))
    session = col.start_session()
    assert session.remaining() == (2, 0, 0)
    col.import_deck_files([write_deck(deck(cards=basics(5), settings="  new_per_day: 50\n"))])
    assert session.remaining() == (5, 0, 0)
    col.close()


def test_an_answer_schedules_what_its_button_showed_when_it_was_revealed(
        open_col, clock: FixedClock) -> None:
    col = open_col(deck(cards=basics(2)))
    session = col.start_session()
    first = session.next_card()
    assert first is not None
    session.reveal()
    shown_at = clock.now()
    assert session.intervals()[Rating.GOOD] == "10m"
    clock.advance(seconds=40)  # the learner reads the buttons before pressing Good
    session.answer(Rating.GOOD, duration_ms=40_000)
    # The card comes back when the Good button said: 10 minutes from when it was shown.
    assert _state(col, first.card_id)["due"] == ms(shown_at + timedelta(minutes=10))
    second = session.next_card()
    assert second is not None
    session.reveal()  # answered without looking at the buttons: scheduled at the answer
    clock.advance(seconds=40)
    answered_at = clock.now()
    session.answer(Rating.GOOD, duration_ms=40_000)
    assert _state(col, second.card_id)["due"] == ms(answered_at + timedelta(minutes=10))
    col.close()


def test_an_answer_that_fails_half_way_leaves_nothing_half_saved(
        open_col, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that fails after the review log row leaves neither the row nor a new state,
    and the next answer is saved as usual (no transaction is left open)."""
    col = open_col(deck(cards=basics(2)))
    session = col.start_session()
    card = session.next_card()
    assert card is not None
    session.reveal()
    before = _state(col, card.card_id)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("trainer.storage.study_repo.save_state", disk_full)
    with pytest.raises(OSError):
        session.answer(Rating.GOOD, duration_ms=10)
    assert _log_count(col) == 0 and _state(col, card.card_id) == before
    monkeypatch.undo()
    session.answer(Rating.GOOD, duration_ms=10)
    assert _log_count(col) == 1 and _state(col, card.card_id)["phase"] != before["phase"]
    col.close()
