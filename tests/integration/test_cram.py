"""Cram and preview: study ahead of schedule, and the schedule stays exactly as it was."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from pathlib import Path

import pytest

from tests.integration.decks import basic, basics, deck
from trainer.clock import FixedClock
from trainer.domain import Rating
from trainer.scheduling.optimizer import LoggedReview
from trainer.services import Collection
from trainer.services.cram import CramChoice, CramScope
from trainer.storage import queues

TAGGED = (basics(4)
          + "  - id: t1\n    type: basic\n    front: What does vincristine bind?\n"
            "    back: Tubulin\n    tags: [vinca]\n"
          + "  - id: t2\n    type: basic\n    front: Vinblastine class?\n"
            "    back: Vinca alkaloid\n    tags: [vinca, classes]\n"
          + basic("m1", "Which drug targets CD19 and CD3?", "Blinatumomab"))


@pytest.fixture
def col(tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path]) -> Collection:
    opened = Collection.open(tmp_path / "c.sqlite3", clock=clock, tz=UTC, fuzz=False)
    opened.import_deck_files([write_deck(deck(cards=TAGGED))])
    yield opened
    opened.close()


def _states(col: Collection) -> bytes:
    """card_states, every column of every row, as bytes."""
    with col.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT * FROM card_states ORDER BY card_id").all()
    return repr([tuple(r) for r in rows]).encode()


def _study(col: Collection, grades: dict[str, Rating]) -> None:
    """Study today's cards: Good, or the first time a card is seen, the grade given for it."""
    session = col.start_session()
    seen: set[str] = set()
    while (card := session.next_card()) is not None:
        prompt = card.content.prompt
        session.reveal()
        grade = Rating.GOOD if prompt in seen else grades.get(prompt, Rating.GOOD)
        seen.add(prompt)
        session.answer(grade, duration_ms=2000)
    session.close()


def _cram_all(col: Collection, choice: CramChoice, grade: Rating = Rating.GOOD) -> list[str]:
    session = col.start_cram(choice=choice, seed=1)
    assert session.mode == "cram"
    shown = []
    while (card := session.next_card()) is not None:
        shown.append(card.content.prompt)
        session.reveal()
        session.answer(grade if len(shown) == 1 else Rating.GOOD, duration_ms=1500)
    session.close()
    return shown


def test_a_cram_session_leaves_card_states_byte_identical(col: Collection,
                                                          clock: FixedClock) -> None:
    _study(col, {})
    clock.advance(days=1)
    before = _states(col)
    counts_before = col.deck_counts()
    shown = _cram_all(col, CramChoice(CramScope.DECK, deck_ids=("test-deck",)),
                      grade=Rating.AGAIN)
    # Every card, and the one failed comes back once more in the same session.
    assert len(shown) == 8 and shown.count(shown[0]) == 2
    assert _states(col) == before
    assert col.deck_counts() == counts_before


def test_cram_reviews_are_logged_as_cram_and_never_reach_stats_or_the_optimiser(
        col: Collection, clock: FixedClock) -> None:
    _study(col, {})
    with col.engine.connect() as conn:
        studied = conn.exec_driver_sql("SELECT count(*) FROM review_log").scalar_one()
    _cram_all(col, CramChoice(CramScope.TAG, tag="vinca"))
    with col.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM review_log").scalar_one() == studied
        modes = conn.exec_driver_sql("SELECT mode, count(*) FROM cram_log GROUP BY mode").all()
        done_today = queues.studied_since(conn, 0)
    assert [tuple(m) for m in modes] == [("tag", 2)]
    assert done_today == {"test-deck": (7, 0)}  # the day's limits count study only
    fed: list[LoggedReview] = []
    import trainer.scheduling.optimizer as optimizer_module

    original = optimizer_module.fit
    optimizer_module.fit = lambda reviews, **_: fed.extend(reviews)
    try:
        col.optimise_parameters()
    finally:
        optimizer_module.fit = original
    assert len(fed) == studied


def test_failed_today_selects_exactly_todays_failures(col: Collection,
                                                      clock: FixedClock) -> None:
    _study(col, {"Question c0?": Rating.AGAIN})  # yesterday's failure
    clock.advance(days=3)
    _study(col, {"Question c1?": Rating.AGAIN, "Vinblastine class?": Rating.AGAIN})
    # A failure relearned and then passed today still counts as failed today.
    shown = _cram_all(col, CramChoice(CramScope.FAILED))
    assert sorted(shown) == ["Question c1?", "Vinblastine class?"]


def test_tag_and_search_choose_their_cards_and_say_when_none_match(col: Collection) -> None:
    assert sorted(_cram_all(col, CramChoice(CramScope.TAG, tag="Vinca"))) == [
        "Vinblastine class?", "What does vincristine bind?"]
    assert _cram_all(col, CramChoice(CramScope.SEARCH, query="cd19 blinatumomab")) == [
        "Which drug targets CD19 and CD3?"]
    with pytest.raises(ValueError, match="No card in study matches “tubulin x”"):
        col.start_cram(choice=CramChoice(CramScope.SEARCH, query="tubulin x"))
    with pytest.raises(ValueError, match="No card was failed today"):
        col.start_cram(choice=CramChoice(CramScope.FAILED))


def test_undo_takes_back_a_cram_answer(col: Collection) -> None:
    session = col.start_cram(choice=CramChoice(CramScope.DECK, deck_ids=("test-deck",)))
    first = session.next_card()
    assert first is not None
    session.reveal()
    assert session.intervals()[Rating.AGAIN] == "soon"
    session.answer(Rating.AGAIN, duration_ms=1000)
    assert session.remaining() == (0, 0, 7)
    session.undo()
    again = session.current
    assert again is not None and again.card_id == first.card_id
    assert session.remaining() == (0, 0, 7)
    with col.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM cram_log").scalar_one() == 0
    session.close()
