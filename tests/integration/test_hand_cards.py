"""Cards added by hand: they study like any card, outlive imports and export to YAML."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.integration.decks import basics, deck
from trainer.clock import FixedClock
from trainer.deckfile import load_deck
from trainer.domain import CardKind, Rating
from trainer.services import Collection
from trainer.services.hand_cards import HandCardError, parse_tags
from trainer.storage import tables as db


@pytest.fixture
def col(tmp_path: Path, clock: FixedClock, write_deck: Callable[..., Path]) -> Collection:
    col = Collection.open(tmp_path / "c.sqlite3", clock=clock, fuzz=False)
    col.import_deck_files([write_deck(deck(cards=basics(1), deck_id="ward", title="Ward"))])
    yield col
    col.close()


def _prompts(col: Collection) -> list[str]:
    session = col.start_session(deck_ids=["ward"])
    out = []
    while (card := session.next_card()) is not None:
        out.append(card.content.prompt)
        session.bury()
    session.close()
    return out


def test_each_kind_makes_its_cards_and_they_are_studied(col: Collection) -> None:
    hand = col.hand_cards()
    basic = hand.add(deck_id="ward", kind=CardKind.BASIC, front="Normal platelet count?",
                     back="150–400 ×10⁹/L", tags=parse_tags("labs, ward"))
    assert basic.card_id == "mine.normal-platelet-count" and len(basic.card_rows) == 1
    assert len(hand.add(deck_id="ward", kind=CardKind.REVERSE, front="ANC",
                        back="absolute neutrophil count").card_rows) == 2
    cloze = hand.add(deck_id="ward", kind=CardKind.CLOZE,
                     front="{{c1::Vincristine}} is given {{c2::intravenously}} only.")
    assert len(cloze.card_rows) == 2
    hand.add(deck_id="ward", kind=CardKind.TYPED, front="Antidote to methotrexate?",
             back="leucovorin")
    assert {c.deck_id: c.total for c in col.deck_counts()} == {"ward": 7}
    prompts = _prompts(col)
    assert "Normal platelet count?" in prompts and "absolute neutrophil count" in prompts
    assert "[...] is given intravenously only." in prompts
    assert "Vincristine is given [...] only." in prompts
    tags = {c.id: c.tags for c in hand.of_deck("ward")}
    assert tags["mine.normal-platelet-count"] == ("labs", "ward")


def test_the_same_question_twice_gets_its_own_id(col: Collection) -> None:
    hand = col.hand_cards()
    first = hand.add(deck_id="ward", kind=CardKind.BASIC, front="Q?", back="A")
    second = hand.add(deck_id="ward", kind=CardKind.BASIC, front="Q?", back="B")
    assert (first.card_id, second.card_id) == ("mine.q", "mine.q-2")


@pytest.mark.parametrize(("kind", "front", "back", "tags", "message"), [
    (CardKind.CLOZE, "No gap here.", "", (), "needs a gap"),
    (CardKind.BASIC, "Question?", "  ", (), "back is empty"),
    (CardKind.TYPED, "  ", "x", (), "front is empty"),
    (CardKind.BASIC, "Q?", "A", ("two words",), "tag “two words” has a space"),
    (CardKind.MCQ, "Q?", "A", (), "basic, reverse, cloze or typed"),
])
def test_a_card_that_cannot_work_is_refused_with_what_to_change(
        col: Collection, kind: CardKind, front: str, back: str, tags: tuple[str, ...],
        message: str) -> None:
    with pytest.raises(HandCardError, match=message):
        col.hand_cards().add(deck_id="ward", kind=kind, front=front, back=back, tags=tags)


def test_hand_cards_survive_an_update_of_the_deck_file(
        col: Collection, write_deck: Callable[..., Path]) -> None:
    col.hand_cards().add(deck_id="ward", kind=CardKind.BASIC, front="Mine?", back="Yes")
    report = col.import_deck_files([write_deck(deck(cards=basics(2), deck_id="ward",
                                                    title="Ward"))])
    assert [(d.added, d.removed) for d in report.decks] == [(1, 0)]
    assert "Mine?" in _prompts(col)
    assert {c.deck_id: (c.total, c.suspended) for c in col.deck_counts()} == {"ward": (3, 0)}


def test_export_writes_them_into_the_yaml_and_the_history_follows(
        col: Collection, tmp_path: Path) -> None:
    hand = col.hand_cards()
    added = hand.add(deck_id="ward", kind=CardKind.REVERSE, front="ANC", back="neutrophils",
                     tags=("labs",))
    session = col.start_session(deck_ids=["ward"])
    while (card := session.next_card()) is not None and card.card_id not in added.card_rows:
        session.bury()
    assert card is not None
    session.reveal()
    session.answer(Rating.GOOD, duration_ms=1000)
    session.close()
    target = tmp_path / "ward-with-mine.yaml"
    hand.export(deck_id="ward", target=target)
    exported = load_deck(target)
    assert [c.id for c in exported.cards] == ["c0", "mine.anc"]
    assert exported.cards[1].kind is CardKind.REVERSE and exported.cards[1].tags == ("labs",)
    report = col.import_deck_files([target])
    assert [(d.added, d.removed) for d in report.decks] == [(0, 0)]  # the same cards
    with col.engine.connect() as conn:
        reviewed = conn.execute(select(db.review_log.c.card_id)).scalars().all()
    assert reviewed == [card.card_id]
    assert not list(tmp_path.glob("*.tmp"))


def test_a_deck_made_in_the_app_exports_to_a_new_file(col: Collection, tmp_path: Path) -> None:
    made = col.deck_admin().create(title="My cards", group="ALL")
    with pytest.raises(HandCardError, match="no cards added by hand"):
        col.hand_cards().export(deck_id=made.deck_ids[0], target=tmp_path / "x.yaml")
    col.hand_cards().add(deck_id=made.deck_ids[0], kind=CardKind.TYPED, front="6-MP?",
                         back="mercaptopurine")
    written = load_deck(col.hand_cards().export(deck_id="my-cards", target=tmp_path / "m.yaml"))
    assert (written.id, written.title, written.group) == ("my-cards", "My cards", "ALL")
    assert [c.front for c in written.cards] == ["6-MP?"]
