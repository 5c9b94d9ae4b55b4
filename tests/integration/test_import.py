"""Importing decks: atomic, idempotent, and never losing a learner's history."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.integration.decks import basic, basics, deck
from trainer.clock import FixedClock
from trainer.domain import Rating
from trainer.services import Collection, DeckImportError
from trainer.storage.models import CardRow, CardStateRow, ReviewLogRow


def _open(tmp_path: Path, clock: FixedClock) -> Collection:
    return Collection.open(tmp_path / "col" / "collection.sqlite3", clock=clock, fuzz=False)


def _count(col: Collection, model: type) -> int:
    with col.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model)).scalar_one())


def _study(col: Collection, n: int) -> None:
    session = col.start_session()
    for _ in range(n):
        assert session.next_card() is not None
        session.reveal()
        session.answer(Rating.GOOD, duration_ms=1000)


def test_a_bad_file_among_good_ones_imports_nothing(
        tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path]) -> None:
    good = write_deck(deck(cards=basics(3)), "good.yaml")
    bad = write_deck(deck(deck_id="other", cards="  - id: x\n    type: basic\n    front: ''\n"),
                     "bad.yaml")
    with _open(tmp_path, clock) as col:
        with pytest.raises(DeckImportError) as info:
            col.import_deck_files([good, bad])
        assert "bad.yaml:" in str(info.value)
        assert col.deck_counts() == []
        assert _count(col, CardRow) == 0


def test_importing_twice_changes_nothing(
        tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path]) -> None:
    path = write_deck(deck(cards=basics(5)))
    with _open(tmp_path, clock) as col:
        first = col.import_deck_files([path])
        assert first.decks[0].added == 5
        with col.engine.connect() as conn:
            before = conn.execute(select(CardRow.id, CardRow.key, CardRow.content)).all()
        second = col.import_deck_files([path])
        assert second.decks[0].unchanged and not second.changed
        with col.engine.connect() as conn:
            assert conn.execute(select(CardRow.id, CardRow.key, CardRow.content)).all() == before


def test_an_edited_card_keeps_its_history_and_new_cards_are_added(
        tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path]) -> None:
    path = write_deck(deck(cards=basic("a", "Old wording?", "CD19") + basic("b", "Q b?", "B")))
    with _open(tmp_path, clock) as col:
        col.import_deck_files([path])
        _study(col, 2)
        write_deck(deck(cards=basic("a", "New wording?", "CD19") + basic("b", "Q b?", "B")
                        + basic("c", "Q c?", "C")))
        report = col.import_deck_files([path])
        assert (report.decks[0].updated, report.decks[0].added) == (1, 1)
        with col.engine.connect() as conn:
            row = conn.execute(select(CardRow.id, CardRow.content).where(CardRow.key == "a")).one()
            reps = conn.execute(select(CardStateRow.reps)
                                .where(CardStateRow.card_id == row.id)).scalar_one()
        assert "New wording?" in row.content and reps == 1
        assert _count(col, ReviewLogRow) == 2


def test_a_removed_fact_suspends_its_cards_and_keeps_their_reviews(
        tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path]) -> None:
    path = write_deck(deck(cards=basic("keep", "Keep?", "K") + basic("drop", "Drop?", "D")))
    with _open(tmp_path, clock) as col:
        col.import_deck_files([path])
        _study(col, 2)
        write_deck(deck(cards=basic("keep", "Keep?", "K")))
        assert col.import_deck_files([path]).decks[0].removed == 1
        assert _count(col, ReviewLogRow) == 2
        counts = col.deck_counts()[0]
        assert counts.suspended == 1 and counts.total == 2
        # The fact comes back: the card returns with its history.
        write_deck(deck(cards=basic("keep", "Keep?", "K") + basic("drop", "Drop?", "D")))
        assert col.import_deck_files([path]).decks[0].restored == 1
        assert col.deck_counts()[0].suspended == 0


def test_a_learner_suspension_survives_the_card_leaving_and_returning(
        tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path]) -> None:
    path = write_deck(deck(cards=basic("a", "A?", "A") + basic("b", "B?", "B")))
    with _open(tmp_path, clock) as col:
        col.import_deck_files([path])
        session = col.start_session()
        card = session.next_card()
        assert card is not None and card.content.key == "a"
        session.suspend()
        write_deck(deck(cards=basic("b", "B?", "B")))
        col.import_deck_files([path])
        write_deck(deck(cards=basic("a", "A?", "A") + basic("b", "B?", "B")))
        col.import_deck_files([path])
        assert col.deck_counts()[0].suspended == 1


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(versions=st.lists(st.sets(st.integers(0, 7), min_size=1), min_size=2, max_size=5),
       answers=st.lists(st.sampled_from(list(Rating)), min_size=1, max_size=6))
def test_no_review_is_ever_lost_across_reimports(
        tmp_path_factory: pytest.TempPathFactory, versions: list[set[int]],
        answers: list[Rating]) -> None:
    from datetime import UTC, datetime
    clock = FixedClock(datetime(2026, 3, 2, 10, tzinfo=UTC))
    root = tmp_path_factory.mktemp("reimport")
    path = root / "deck.yaml"
    with Collection.open(root / "collection.sqlite3", clock=clock, fuzz=False) as col:
        logged = 0
        for version in versions:
            path.write_text(deck(cards="".join(basic(f"k{i}", f"Q{i}?", f"A{i}")
                                               for i in sorted(version))), encoding="utf-8")
            col.import_deck_files([path])
            session = col.start_session()
            for rating in answers:
                if session.next_card() is None:
                    break
                session.reveal()
                session.answer(rating, duration_ms=500)
                logged += 1
            assert _count(col, ReviewLogRow) == logged
            clock.advance(hours=1)
