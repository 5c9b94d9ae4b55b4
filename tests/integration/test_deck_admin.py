"""Creating, renaming, moving and deleting decks, each undone; ids survive for re-imports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date
from pathlib import Path

import pytest
from sqlalchemy import Table, func, select

from tests.integration.decks import basics, deck
from trainer.clock import FixedClock
from trainer.domain import Rating
from trainer.services import Collection
from trainer.services.deck_admin import DeckAdminError
from trainer.services.exam import GROUP, ExamScope
from trainer.storage import tables as db


@pytest.fixture
def col(tmp_path: Path, clock: FixedClock) -> Collection:
    col = Collection.open(tmp_path / "c.sqlite3", clock=clock, tz=UTC, fuzz=False)
    yield col
    col.close()


def _titles(col: Collection) -> dict[str, tuple[str, str]]:
    return {c.deck_id: (c.title, c.group) for c in col.deck_counts()}


def _count(col: Collection, table: Table) -> int:
    with col.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _study(col: Collection, n: int) -> None:
    session = col.start_session()
    for _ in range(n):
        assert session.next_card() is not None
        session.reveal()
        session.answer(Rating.GOOD, duration_ms=1000)
    session.close()


def test_a_new_deck_is_empty_and_undo_removes_it(col: Collection) -> None:
    admin = col.deck_admin()
    op = admin.create(title="  My   own cards ", group="ALL")
    assert op.deck_ids == ("my-own-cards",)
    assert _titles(col) == {"my-own-cards": ("My own cards", "ALL")}
    again = admin.create(title="My own cards")
    assert again.deck_ids == ("my-own-cards-2",)  # never reuses an id
    assert admin.undo(again).startswith("Undone: created")
    admin.undo(op)
    assert _titles(col) == {}
    with pytest.raises(DeckAdminError, match="cannot be empty"):
        admin.create(title="   ")


def test_a_renamed_and_moved_deck_keeps_its_name_when_its_file_is_imported_again(
        col: Collection, write_deck: Callable[..., Path]) -> None:
    path = write_deck(deck(cards=basics(2), deck_id="ward", title="Ward deck"))
    col.import_deck_files([path])
    _study(col, 1)
    admin = col.deck_admin()
    admin.rename(deck_id="ward", title="Night shift")
    admin.move(deck_ids=["ward"], group="Nursing")
    assert _titles(col) == {"ward": ("Night shift", "Nursing")}
    # The instructor adds a card; the learner imports the file again.
    path.write_text(deck(cards=basics(3), deck_id="ward", title="Ward deck"), encoding="utf-8")
    report = col.import_deck_files([path])
    assert [(d.deck_id, d.added) for d in report.decks] == [("ward", 1)]
    assert _titles(col) == {"ward": ("Night shift", "Nursing")}
    assert _count(col, db.review_log) == 1  # the history stays with the deck


def test_undo_of_a_rename_and_a_move_puts_the_old_names_back(
        col: Collection, write_deck: Callable[..., Path]) -> None:
    col.import_deck_files([write_deck(deck(cards=basics(1), deck_id="d1", title="One"))])
    admin = col.deck_admin()
    renamed = admin.rename(deck_id="d1", title="Uno")
    moved = admin.move(deck_ids=["d1"], group="")
    assert moved.description == "Moved “Uno” to no group"
    admin.undo(moved)
    admin.undo(renamed)
    assert _titles(col) == {"d1": ("One", "Tests")}


def test_renaming_a_group_moves_its_decks_and_its_exam_date(
        col: Collection, write_deck: Callable[..., Path]) -> None:
    col.import_deck_files([write_deck(deck(cards=basics(1), deck_id="d1", title="One"), "1.yaml"),
                           write_deck(deck(cards=basics(1), deck_id="d2", title="Two"), "2.yaml")])
    col.exams.set_date(scope=ExamScope(GROUP, "Tests"), exam_on=date(2026, 4, 1))
    op = col.deck_admin().rename_group(group="Tests", new_name="Finals")
    assert {g for _t, g in _titles(col).values()} == {"Finals"}
    assert col.exams.dates() == {(GROUP, "Finals"): date(2026, 4, 1)}
    col.deck_admin().undo(op)
    assert {g for _t, g in _titles(col).values()} == {"Tests"}
    assert col.exams.dates() == {(GROUP, "Tests"): date(2026, 4, 1)}


def test_delete_says_what_it_removes_keeps_a_backup_and_undo_brings_all_back(
        col: Collection, write_deck: Callable[..., Path]) -> None:
    col.import_deck_files([write_deck(deck(cards=basics(3), deck_id="gone", title="Gone"),
                                      "a.yaml"),
                           write_deck(deck(cards=basics(2), deck_id="kept", title="Kept"),
                                      "b.yaml")])
    _study(col, 2)
    admin = col.deck_admin()
    with col.engine.connect() as conn:
        reviewed = conn.execute(select(db.review_log.c.card_id)).scalars().all()
        gone_cards = set(conn.execute(select(db.cards.c.id)
                                      .where(db.cards.c.deck_id == "gone")).scalars())
    assert set(reviewed) <= gone_cards  # both answers were in the deck to delete
    preview = admin.preview_delete(deck_ids=["gone"])
    assert (preview.cards, preview.reviews) == (3, 2)
    assert preview.question().startswith("Delete the deck “Gone”? This removes 3 cards and "
                                         "2 reviews")
    before = {c.deck_id: (c.new, c.review, c.total) for c in col.deck_counts()}
    op = admin.delete(deck_ids=["gone"])
    assert set(_titles(col)) == {"kept"}
    assert _count(col, db.review_log) == 0 and _count(col, db.cards) == 2
    assert op.backup_path is not None and op.backup_path.exists()
    admin.undo(op)
    after = {c.deck_id: (c.new, c.review, c.total) for c in col.deck_counts()}
    assert after == before
    with col.engine.connect() as conn:
        assert sorted(conn.execute(select(db.review_log.c.card_id)).scalars()) == \
            sorted(reviewed)
        assert set(conn.execute(select(db.cards.c.id)
                                .where(db.cards.c.deck_id == "gone")).scalars()) == gone_cards


def test_an_unknown_deck_is_named_in_the_message(col: Collection) -> None:
    with pytest.raises(DeckAdminError, match=r"no deck “nope”.*refresh"):
        col.deck_admin().rename(deck_id="nope", title="x")
