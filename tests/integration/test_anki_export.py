"""Trainer's .apkg opened with Anki's own library: what Anki shows, checks and schedules."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.integration.anki_helpers import (
    import_package,
    open_anki,
    plain,
    trainer_key,
    words,
)
from trainer.clock import FixedClock
from trainer.domain import CardContent, CardKind, DeckSettings, Rating
from trainer.services import Collection
from trainer.services.exchange import collect_exports, export_collection
from trainer.templates.cloze import GAP

pytest.importorskip("anki.collection", reason="the 'anki' package (Anki's backend, the bench "
                    "extra) is not installed: these tests open Trainer's exports with it")

HAND = Path(__file__).parents[1] / "data" / "anki" / "hand-cards.yaml"


@pytest.fixture
def col(tmp_path: Path, clock: FixedClock) -> Collection:
    collection = Collection.open(tmp_path / "trainer.sqlite3", clock=clock, fuzz=False)
    collection.import_bundled_decks()
    collection.import_deck_files([HAND])
    yield collection
    collection.close()


def _trainer_cards(col: Collection) -> dict[tuple[str, str], CardContent]:
    return {(e.deck.id, c.key): c for e in collect_exports(col) for c in e.cards}


def test_every_card_shows_in_anki_as_in_trainer(col: Collection, tmp_path: Path) -> None:
    export_collection(col, tmp_path / "all.apkg")
    theirs = open_anki(tmp_path)
    log = import_package(theirs, tmp_path / "all.apkg")
    ours = _trainer_cards(col)
    assert len(log.new) == theirs.note_count()
    assert theirs.card_count() == len(ours)
    seen = set()
    for card_id in theirs.find_cards(""):
        card = theirs.get_card(card_id)
        mine = ours[trainer_key(theirs, card)]
        seen.add(trainer_key(theirs, card))
        question, answer = plain(card.question()), plain(card.answer())
        assert words(mine.prompt) in question
        if mine.kind is CardKind.MCQ:
            positions = [question.index(words(choice)) for choice in mine.choices]
            assert positions == sorted(positions)  # the choices, in Trainer's order
        if mine.kind is CardKind.ORDER:
            shown = [question.index(item) for item in mine.shuffled_items]
            assert shown == sorted(shown)
            assert " ".join(mine.items) in answer
        elif mine.kind is CardKind.TYPED:
            assert "[[type:" in card.question()  # Anki asks for the answer to be typed
            assert words(mine.answer) in answer or "[[type:" in card.answer()
        elif mine.kind is CardKind.CLOZE:
            assert words(mine.answer) in answer
        else:
            assert words(mine.answer) in answer.split(question, 1)[-1]
    assert seen == set(ours)


def test_the_source_shows_its_title_and_lines(col: Collection, tmp_path: Path) -> None:
    export_collection(col, tmp_path / "hand.apkg", deck_ids=["all-hand-cards"])
    theirs = open_anki(tmp_path)
    import_package(theirs, tmp_path / "hand.apkg")
    (card_id,) = theirs.find_cards('"Front:Which treatment phase comes first in ALL?"')
    assert "Phases of treatment, lines 3–4" in plain(theirs.get_card(card_id).answer())


def test_check_database_finds_nothing_to_fix(col: Collection, tmp_path: Path,
                                             clock: FixedClock) -> None:
    _study_a_little(col, clock)
    export_collection(col, tmp_path / "all.apkg", with_schedule=True)
    theirs = open_anki(tmp_path)
    import_package(theirs, tmp_path / "all.apkg", with_scheduling=True)
    message, ok = theirs.fix_integrity()
    assert ok
    assert message.strip() == "Database rebuilt and optimized."
    assert 0 not in set(theirs.db.list("select id from notes"))


def test_cloze_and_typed_cards_use_ankis_own_templates(col: Collection, tmp_path: Path) -> None:
    export_collection(col, tmp_path / "hand.apkg", deck_ids=["all-hand-cards"])
    theirs = open_anki(tmp_path)
    import_package(theirs, tmp_path / "hand.apkg")
    cloze_ids = theirs.find_cards('"note:Cloze (Trainer)"')
    assert len(cloze_ids) == 2  # one note, its two deletions as sibling cards
    cloze = theirs.get_card(cloze_ids[0])
    assert cloze.note_type()["tmpls"][0]["qfmt"] == "{{cloze:Text}}"
    assert {c.nid for c in map(theirs.get_card, cloze_ids)} == {cloze.nid}
    questions = sorted(plain(theirs.get_card(c).question()) for c in cloze_ids)
    assert questions == ["Blinatumomab binds CD19 and [a T-cell marker].",
                         f"Blinatumomab binds {GAP} and CD3."]
    (typed_id,) = theirs.find_cards('"note:Basic (type in the answer) (Trainer)"')
    typed = theirs.get_card(typed_id)
    assert "{{type:Back}}" in typed.note_type()["tmpls"][0]["qfmt"]
    assert typed.note()["Back"] == "methotrexate"
    reversed_ids = theirs.find_cards('"note:Basic and reversed card (Trainer)"')
    assert len(reversed_ids) == 2


def test_one_fact_is_one_note_and_note_types_are_shared(col: Collection, tmp_path: Path) -> None:
    col.set_deck_settings("all-hand-cards", DeckSettings(
        desired_retention=0.85, new_per_day=7, reviews_per_day=150,
        learning_steps_minutes=(2.0, 15.0), relearning_steps_minutes=(5.0,),
        maximum_interval_days=365))
    export_collection(col, tmp_path / "all.apkg")
    theirs = open_anki(tmp_path)
    import_package(theirs, tmp_path / "all.apkg")
    names = sorted(n.name for n in theirs.models.all_names_and_ids())
    assert [n for n in names if "Trainer" in n] == [
        "Basic (Trainer)", "Basic (type in the answer) (Trainer)",
        "Basic and reversed card (Trainer)", "Cloze (Trainer)",
        "Trainer (facts, choices, order)"]
    exports = collect_exports(col)
    facts = {(e.deck.id, c.sibling) for e in exports for c in e.cards
             if c.sibling in {f.id for f in e.deck.facts}}
    others = {(e.deck.id, c.sibling) for e in exports for c in e.cards
              if (e.deck.id, c.sibling) not in facts and c.kind in (CardKind.MCQ, CardKind.ORDER)}
    fact_notes = theirs.find_notes('"note:Trainer (facts, choices, order)"')
    # Every fact one note (none has more than 20 cards); the rest are choice and order cards.
    assert len(fact_notes) == len(facts) + len(others)
    decks = {d.name for d in theirs.decks.all_names_and_ids()}
    assert "ALL::ALL: drugs and their targets" in decks and "ALL" in decks
    deck_id = theirs.decks.id_for_name("ALL::ALL: hand-written cards")
    options = theirs.decks.config_dict_for_deck_id(deck_id)
    assert options["new"]["perDay"] == 7 and options["new"]["delays"] == [2.0, 15.0]
    assert options["rev"]["perDay"] == 150 and options["rev"]["maxIvl"] == 365
    assert options["lapse"]["delays"] == [5.0]
    assert options["desiredRetention"] == pytest.approx(0.85)


def test_importing_an_edited_deck_again_updates_its_notes(col: Collection, tmp_path: Path,
                                                         clock: FixedClock) -> None:
    export_collection(col, tmp_path / "v1.apkg", deck_ids=["all-hand-cards"])
    theirs = open_anki(tmp_path)
    import_package(theirs, tmp_path / "v1.apkg")
    notes_before = theirs.note_count()
    edited = tmp_path / "hand-cards.yaml"
    shutil.copy(HAND, edited)
    edited.write_text(edited.read_text().replace("back: Induction", "back: Induction (4 weeks)"))
    clock.advance(days=3)
    col.import_deck_files([edited])
    export_collection(col, tmp_path / "v2.apkg", deck_ids=["all-hand-cards"])
    log = import_package(theirs, tmp_path / "v2.apkg")
    assert len(log.new) == 0 and len(log.updated) >= 1
    assert theirs.note_count() == notes_before
    (card_id,) = theirs.find_cards('"Front:Which treatment phase comes first in ALL?"')
    assert "Induction (4 weeks)" in plain(theirs.get_card(card_id).answer())


def _study_a_little(col: Collection, clock: FixedClock) -> int:
    """Answer a few new cards Good twice over two days; returns the number of answers."""
    answers = 0
    for _day in range(2):
        session = col.start_session(deck_ids=["all-hand-cards"])
        for _ in range(4):
            card = session.next_card()
            if card is None:
                break
            session.reveal()
            session.answer(Rating.GOOD, duration_ms=3000)
            answers += 1
        session.close()
        clock.advance(days=1)
    return answers


def test_a_learners_schedule_and_history_arrive_in_anki(col: Collection, tmp_path: Path,
                                                       clock: FixedClock) -> None:
    answers = _study_a_little(col, clock)
    export_collection(col, tmp_path / "sched.apkg", deck_ids=["all-hand-cards"],
                      with_schedule=True)
    theirs = open_anki(tmp_path)
    import_package(theirs, tmp_path / "sched.apkg", with_scheduling=True)
    assert theirs.db.scalar("select count() from revlog") == answers
    studied = [theirs.get_card(c) for c in theirs.find_cards("-is:new")]
    assert studied
    exported = {c.key: c for e in collect_exports(col, deck_ids=["all-hand-cards"],
                                                   with_schedule=True)
                for c in e.cards}
    schedules = collect_exports(col, deck_ids=["all-hand-cards"], with_schedule=True)[0].schedules
    for card in studied:
        _deck, key = trainer_key(theirs, card)
        assert key in exported
        memory = schedules[key].memory
        assert card.reps == memory.reps
        assert card.memory_state is not None
        assert card.memory_state.stability == pytest.approx(memory.stability, rel=1e-3)
        if card.type == 2:  # a review card: due on the same calendar day as in Trainer
            assert memory.due is not None
            days_from_now = (memory.due.date() - clock.now().date()).days
            # Anki counts days from the wall clock's today; the test clock may differ.
            wall_offset = theirs.sched.today - card.due + days_from_now
            assert abs(wall_offset - _wall_days(clock)) <= 1
    assert len(studied) == len([s for s in schedules.values() if s.memory.reps])


def _wall_days(clock: FixedClock) -> int:
    from datetime import UTC, datetime
    return (datetime.now(UTC).date() - clock.now().date()).days


def test_without_schedule_every_card_arrives_new(col: Collection, tmp_path: Path,
                                                 clock: FixedClock) -> None:
    _study_a_little(col, clock)
    export_collection(col, tmp_path / "plain.apkg", deck_ids=["all-hand-cards"])
    theirs = open_anki(tmp_path)
    import_package(theirs, tmp_path / "plain.apkg", with_scheduling=True)
    assert theirs.find_cards("-is:new") == []
    assert theirs.db.scalar("select count() from revlog") == 0
