"""Every operation that changes the collection says what it changed (an OpChanges).

The main window refreshes a view only when the record says that view's data changed, so
a record that leaves a flag out is a deck list or a browser row that goes stale.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date
from pathlib import Path

import pytest

from tests.integration.decks import basics, deck
from trainer.clock import FixedClock
from trainer.domain import CardKind, DeckSettings, Flag, Rating
from trainer.services import Collection
from trainer.services.cram import CramChoice, CramScope
from trainer.services.exam import ExamScope

DECK = "test-deck"


@pytest.fixture
def col(tmp_path: Path, clock: FixedClock,
        write_deck: Callable[..., Path]) -> Iterator[Collection]:
    collection = Collection.open(tmp_path / "collection.sqlite3", clock=clock, tz=UTC,
                                 fuzz=False)
    collection.import_deck_files([write_deck(deck(cards=basics(4)))])
    yield collection
    collection.close()


def _new_today(col: Collection) -> int:
    return col.deck_counts()[0].new


def test_an_answer_names_its_card_and_deck_and_the_deck_list_has_one_new_card_less(
        col: Collection) -> None:
    session = col.start_session()
    card = session.next_card()
    assert card is not None
    session.reveal()
    changes = session.answer(Rating.GOOD, duration_ms=1500)
    assert changes.study and changes.review_log and changes.deck_counts
    assert changes.card_ids == (card.card_id,) and changes.deck_ids == (DECK,)
    assert _new_today(col) == 3
    undone = session.undo()
    assert undone.study and undone.review_log and undone.card_ids == (card.card_id,)
    assert _new_today(col) == 4
    assert not session.undo(), "nothing left to undo changes nothing"


def test_bury_and_suspend_change_study_and_a_flag_changes_only_the_card(
        col: Collection) -> None:
    session = col.start_session()
    first = session.next_card()
    assert first is not None
    buried = session.bury()
    assert buried.study and not buried.review_log and buried.card_ids == (first.card_id,)
    second = session.next_card()
    assert second is not None
    suspended = session.suspend()
    assert suspended.study and suspended.cards  # the suspension's reason is a card mark
    assert _new_today(col) == 2
    third = session.next_card()
    assert third is not None
    flagged = session.set_flag(Flag.GREEN)
    assert session.current is not None and session.current.flag is Flag.GREEN
    # A flag shows in the browser's rows, but no deck count moves: no recount needed.
    assert flagged.cards and flagged.card_rows and not flagged.deck_counts
    assert flagged.card_ids == (third.card_id,)


def test_a_cram_answer_leaves_every_deck_count_alone(col: Collection) -> None:
    session = col.start_cram(choice=CramChoice(scope=CramScope.DECK, deck_ids=(DECK,)),
                             seed=3)
    card = session.next_card()
    assert card is not None
    session.reveal()
    changes = session.answer(Rating.GOOD, duration_ms=800)
    assert changes.review_log and not changes.deck_counts
    assert changes.card_ids == (card.card_id,)
    assert _new_today(col) == 4


def test_deck_operations_change_the_deck_list_and_a_delete_takes_cards_and_history(
        col: Collection) -> None:
    admin = col.deck_admin()
    made = admin.create(title="Ward notes")
    assert made.changes.decks and made.changes.deck_ids == made.deck_ids
    assert not made.changes.study
    renamed = admin.rename(deck_id=DECK, title="Renal drugs")
    assert renamed.changes.decks and renamed.changes.deck_ids == (DECK,)
    assert "Renal drugs" in {c.title for c in col.deck_counts()}
    gone = admin.delete(deck_ids=[DECK])
    assert gone.changes.decks and gone.changes.cards and gone.changes.study
    assert gone.changes.review_log and gone.changes.deck_ids == (DECK,)
    assert DECK not in {c.deck_id for c in col.deck_counts()}


def test_browser_actions_say_whether_study_or_only_the_cards_changed(
        col: Collection) -> None:
    browser = col.browser()
    ids = browser.search("")[:2]
    suspended = browser.suspend(ids)
    assert suspended.changes.study and suspended.changes.card_ids == tuple(ids)
    assert _new_today(col) == 2
    tagged = browser.add_tags(ids, "renal")
    assert tagged.changes.cards and not tagged.changes.study
    undone = browser.undo()
    assert undone is not None and undone.changes == tagged.changes  # the same rows back
    moved_back = browser.undo()
    assert moved_back is not None and moved_back.changes.study
    assert _new_today(col) == 4


def test_a_hand_card_adds_cards_to_its_deck(col: Collection) -> None:
    added = col.hand_cards().add(deck_id=DECK, kind=CardKind.REVERSE, front="ANC",
                                 back="absolute neutrophil count")
    assert added.changes.cards and added.changes.study
    assert added.changes.card_ids == added.card_rows and len(added.card_rows) == 2
    assert added.changes.deck_ids == (DECK,)
    assert col.deck_counts()[0].total == 6


def test_an_import_changes_its_decks_and_an_unchanged_file_changes_nothing(
        tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path]) -> None:
    with Collection.open(tmp_path / "other.sqlite3", clock=clock, tz=UTC) as col:
        path = write_deck(deck(cards=basics(2)), "second.yaml")
        first = col.import_deck_files([path])
        assert first.changes.decks and first.changes.study and first.changes.deck_ids == (DECK,)
        again = col.import_deck_files([path])
        assert not again.changes, "an import that finds the deck up to date changes nothing"


def test_options_exam_dates_and_presets_change_deck_configuration(col: Collection) -> None:
    changes = col.set_deck_settings(DECK, DeckSettings(new_per_day=1))
    assert changes.deck_config and changes.deck_ids == (DECK,) and changes.deck_counts
    assert _new_today(col) == 1
    presets = col.presets()
    slow = presets.create(name="Slow", settings=DeckSettings(new_per_day=2))
    assert col.clear_deck_settings(DECK).deck_config
    linked = presets.link(scope_kind="deck", scope=DECK, preset_id=slow.id)
    assert linked.deck_config and linked.deck_ids == (DECK,)
    assert _new_today(col) == 2
    exam = col.exams.set_date(scope=ExamScope("group", "Tests"), exam_on=date(2026, 4, 20))
    assert exam.deck_config and exam.deck_ids == (DECK,)  # the group's one deck


def test_editing_a_card_changes_that_card_only(col: Collection) -> None:
    card_id = col.browser().search("")[0]
    changes = col.edit_card(card_id, prompt="Which ion does furosemide waste?",
                            answer="Potassium")
    assert changes.cards and changes.card_ids == (card_id,) and not changes.deck_counts
    assert col.browser().rows([card_id])[0].question == "Which ion does furosemide waste?"
