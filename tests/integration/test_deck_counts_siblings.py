"""The deck list's counts say what a session will show: siblings are buried after one."""

from __future__ import annotations

from pathlib import Path

from trainer.clock import FixedClock
from trainer.config import bundled_decks_dir
from trainer.domain import CardQueue, Rating
from trainer.services import Collection


def _new_cards_a_session_shows(col: Collection, deck_id: str) -> int:
    session = col.start_session(deck_ids=[deck_id])
    shown: set[int] = set()
    for _ in range(500):
        card = session.next_card()
        if card is None:
            break
        if card.queue is CardQueue.NEW:
            shown.add(card.card_id)
        session.reveal()
        session.answer(Rating.EASY, duration_ms=1000)  # graduates: no learning steps left
    session.close()
    return len(shown)


def test_new_count_is_what_a_session_shows_with_siblings_buried(
        tmp_path: Path, clock: FixedClock) -> None:
    deck = bundled_decks_dir() / "all-drug-targets.yaml"
    with Collection.open(tmp_path / "c.sqlite3", clock=clock) as col:
        col.import_deck_files([deck])
        (counts,) = col.deck_counts()
        assert counts.total > counts.new  # several cards per fact
        assert counts.new == _new_cards_a_session_shows(col, counts.deck_id)
        (after,) = col.deck_counts()
        assert after.new == 0


def test_without_burying_every_new_card_counts(tmp_path: Path, clock: FixedClock) -> None:
    deck = bundled_decks_dir() / "all-drug-targets.yaml"
    with Collection.open(tmp_path / "c.sqlite3", clock=clock) as col:
        col.import_deck_files([deck])
        col.set_app_settings(col.app_settings().with_changes(bury_siblings=False))
        (counts,) = col.deck_counts()
        assert counts.new == min(counts.total, 20)
        assert counts.new == _new_cards_a_session_shows(col, counts.deck_id)


def test_the_review_screen_counts_down_one_per_card_shown(
        tmp_path: Path, clock: FixedClock) -> None:
    """The session's counter starts where the deck list's does and drops by one for each new
    card shown, though each answer buries that card's siblings."""
    deck = bundled_decks_dir() / "all-drug-targets.yaml"
    with Collection.open(tmp_path / "c.sqlite3", clock=clock) as col:
        col.import_deck_files([deck])
        (counts,) = col.deck_counts()
        session = col.start_session(deck_ids=[counts.deck_id])
        seen = [session.remaining()[0]]
        while (card := session.next_card()) is not None and card.queue is CardQueue.NEW:
            session.reveal()
            session.answer(Rating.EASY, duration_ms=1000)
            seen.append(session.remaining()[0])
        assert seen[0] == counts.new > 1
        assert seen == list(range(counts.new, -1, -1))
