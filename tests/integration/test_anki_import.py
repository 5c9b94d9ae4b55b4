"""Importing from Anki: a round trip through Anki's own library, and decks made in Anki."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.integration.anki_helpers import import_package, open_anki
from trainer.clock import FixedClock
from trainer.domain import CardKind, DeckSettings, Rating
from trainer.services import Collection
from trainer.services.anki_import import apply_anki_import, preview_anki_package
from trainer.services.exchange import collect_exports, export_collection
from trainer.storage import tables as db

pytest.importorskip("anki.collection", reason="the 'anki' package (Anki's backend, the bench "
                    "extra) is not installed: these tests make packages with it")

HAND = Path(__file__).parents[1] / "data" / "anki" / "hand-cards.yaml"


def _export_from_anki(col: Any, out: Path, *, legacy: bool = True) -> Path:
    """Export as Anki's File ▸ Export does; ``legacy`` ticks "Support older Anki versions"."""
    from anki.collection import ExportAnkiPackageOptions

    col.export_anki_package(out_path=str(out), limit=None, options=ExportAnkiPackageOptions(
        with_scheduling=True, with_deck_configs=True, with_media=True, legacy=legacy))
    return out


def _open(tmp_path: Path, name: str, clock: FixedClock) -> Collection:
    return Collection.open(tmp_path / name, clock=clock, fuzz=False)


def _history(col: Collection) -> list[tuple[str, str, int, int]]:
    """(deck, key, second, rating) of every answer: Anki keys answers by millisecond and
    moves answers given in one millisecond a few apart, so seconds are compared."""
    with col.engine.connect() as conn:
        return sorted((d, k, at // 1000, r) for d, k, at, r in conn.execute(
            select(db.cards.c.deck_id, db.cards.c.key, db.review_log.c.reviewed_at,
                   db.review_log.c.rating)
            .join(db.cards, db.cards.c.id == db.review_log.c.card_id)))


def _states(col: Collection) -> dict[tuple[str, str], tuple[int, int, int]]:
    """(phase, learning day due, reps) of every studied card. Anki keeps a review card's
    due day, not its hour, so the learning day (from 04:00 UTC) is compared."""
    with col.engine.connect() as conn:
        return {(d, k): (phase, (due // 1000 - 4 * 3600) // 86400, reps)
                for d, k, phase, due, reps in conn.execute(
            select(db.cards.c.deck_id, db.cards.c.key, db.card_states.c.phase,
                   db.card_states.c.due, db.card_states.c.reps)
            .join(db.cards, db.cards.c.id == db.card_states.c.card_id)
            .where(db.card_states.c.phase != 0))}


@pytest.mark.parametrize("legacy", [True, False], ids=["older-format", "newest-format"])
def test_trainer_to_anki_to_trainer_keeps_every_card_and_the_history(
        tmp_path: Path, clock: FixedClock, legacy: bool) -> None:
    if not legacy:
        pytest.importorskip("zstandard", reason="Anki's newest package format needs the "
                            "'zstandard' package, which is not installed")
    ours = _open(tmp_path, "ours.sqlite3", clock)
    ours.import_bundled_decks()
    ours.import_deck_files([HAND])
    options = DeckSettings(desired_retention=0.85, new_per_day=7, reviews_per_day=150,
                           learning_steps_minutes=(2.0, 15.0), relearning_steps_minutes=(5.0,),
                           maximum_interval_days=365)
    ours.set_deck_settings("all-hand-cards", options)
    session = ours.start_session(deck_ids=["all-hand-cards", "all-drug-targets"])
    for rating in (Rating.GOOD, Rating.AGAIN, Rating.EASY, Rating.GOOD):
        assert session.next_card() is not None
        session.reveal()
        session.answer(rating, duration_ms=2500)
    session.close()
    export_collection(ours, tmp_path / "out.apkg", with_schedule=True)
    anki = open_anki(tmp_path)
    import_package(anki, tmp_path / "out.apkg", with_scheduling=True)
    back = _export_from_anki(anki, tmp_path / "back.apkg", legacy=legacy)

    theirs = _open(tmp_path, "theirs.sqlite3", clock)
    preview = preview_anki_package(theirs, back)
    assert not preview.refused and preview.reviews == 4
    assert {d.deck_id for d in preview.decks} == {e.deck.id for e in collect_exports(ours)}
    assert all(d.new and not d.exists for d in preview.decks)
    apply_anki_import(theirs, preview)
    cards_ours = {(e.deck.id, c.key): c for e in collect_exports(ours) for c in e.cards}
    cards_theirs = {(e.deck.id, c.key): c for e in collect_exports(theirs) for c in e.cards}
    assert cards_theirs == cards_ours  # every card, same key, same wording, same kind
    assert _history(theirs) == _history(ours)
    assert _states(theirs) == _states(ours)
    titles = {c.deck_id: (c.title, c.group) for c in theirs.deck_counts()}
    assert titles["all-hand-cards"] == ("ALL: hand-written cards", "ALL")
    assert theirs.deck_settings("all-hand-cards") == options
    ours.close()
    theirs.close()


def test_reimporting_never_touches_the_learners_own_history(tmp_path: Path,
                                                            clock: FixedClock) -> None:
    col = _open(tmp_path, "c.sqlite3", clock)
    col.import_deck_files([HAND])
    export_collection(col, tmp_path / "fresh.apkg")
    session = col.start_session()
    assert session.next_card() is not None
    session.reveal()
    session.answer(Rating.HARD, duration_ms=1000)
    session.close()
    before = (_history(col), _states(col))
    anki = open_anki(tmp_path)
    import_package(anki, tmp_path / "fresh.apkg")
    for card_id in anki.find_cards(""):  # Anki's own, different, history for every card
        card = anki.get_card(card_id)
        card.start_timer()
        anki.sched.answerCard(card, 4)
    preview = preview_anki_package(col, _export_from_anki(anki, tmp_path / "a.apkg"))
    assert preview.kept == 1
    assert "keep the history they have in Trainer" in preview.summary()
    apply_anki_import(col, preview)
    history = _history(col)
    assert [h for h in history if h in before[0]] == before[0]
    assert len(history) == len(before[0]) + preview.reviews
    studied_key = before[0][0][:2]
    assert _states(col)[studied_key] == before[1][studied_key]
    col.close()


def _anki_made_deck(tmp_path: Path) -> Path:
    """A deck as a learner makes it in Anki: each stock note type, a picture, a blank note."""
    anki = open_anki(tmp_path, "made.anki2")
    deck = anki.decks.id("Haematology::Leukaemia")
    def add(kind: str, *fields: str) -> Any:
        note = anki.new_note(anki.models.by_name(kind))
        for i, value in enumerate(fields):
            note.fields[i] = value
        anki.add_note(note, deck)
        return note
    add("Basic", "What does <b>ALL</b> stand for?", "Acute lymphoblastic leukaemia")
    add("Basic (and reversed card)", "CD19", "B-cell marker")
    add("Basic (type in the answer)", "Drug given intrathecally?", "methotrexate")
    add("Basic (optional reversed card)", "CD10", "Common ALL antigen", "")  # forward only
    add("Cloze", "{{c1::Imatinib}} inhibits {{c2::BCR-ABL1::a fusion kinase}}.", "")
    anki.media.write_data("blast.png", b"\x89PNG\r\n\x1a\n" + bytes(32))
    add("Basic", 'Blast morphology <img src="blast.png">', "Large cells, scant cytoplasm")
    add("Basic", "A question nobody answered", "")
    first = anki.get_card(anki.find_cards('"Front:What does*"')[0])
    first.start_timer()
    anki.sched.answerCard(first, 3)
    return _export_from_anki(anki, tmp_path / "made.apkg")


def test_a_deck_made_in_anki_becomes_hand_cards_with_its_history(tmp_path: Path,
                                                                 clock: FixedClock) -> None:
    package = _anki_made_deck(tmp_path)
    col = _open(tmp_path, "c.sqlite3", clock)
    preview = preview_anki_package(col, package)
    assert [(d.title, d.new) for d in preview.decks] == [("Leukaemia", 8)]
    assert preview.reviews == 1
    assert any("no answer" in r for r in preview.refused)
    assert any("pictures or sounds" in r for r in preview.refused)
    assert preview.media == ["blast.png"]
    assert "1 pictures or sounds are not imported (blast.png)" in preview.summary()
    assert not col.deck_counts()  # a preview writes nothing
    apply_anki_import(col, preview)
    (export,) = collect_exports(col)
    assert export.deck.group == "Haematology"
    by_kind = sorted((c.kind.value, c.prompt) for c in export.cards)
    assert ("basic", "What does ALL stand for?") in by_kind
    assert ("basic", "B-cell marker") in by_kind  # the reverse card
    assert ("typed", "Drug given intrathecally?") in by_kind
    assert ("basic", "CD10") in by_kind and ("basic", "Common ALL antigen") not in by_kind
    assert ("cloze", "[...] inhibits BCR-ABL1.") in by_kind
    assert ("cloze", "Imatinib inhibits [a fusion kinase].") in by_kind
    assert ("basic", "Blast morphology") in by_kind
    assert [k for k in export.cards if k.kind is CardKind.MCQ] == []
    assert len(_history(col)) == 1
    col.close()


def test_a_collection_package_from_anki_is_read_too(tmp_path: Path, clock: FixedClock) -> None:
    anki = open_anki(tmp_path, "whole.anki2")
    note = anki.new_note(anki.models.by_name("Basic"))
    note["Front"], note["Back"] = "Which marker do B-cell blasts carry?", "CD19"
    anki.add_note(note, anki.decks.id("Markers"))
    anki.export_collection_package(str(tmp_path / "whole.colpkg"), include_media=True,
                                   legacy=True)
    col = _open(tmp_path, "c.sqlite3", clock)
    preview = preview_anki_package(col, tmp_path / "whole.colpkg")
    assert [(d.title, d.new) for d in preview.decks] == [("Markers", 1)]
    col.close()


def test_cards_a_learner_reworded_in_trainer_come_back_as_they_read(
        tmp_path: Path, clock: FixedClock) -> None:
    """A reworded reverse side and a reworded cloze go out in the Trainer note type."""
    ours = _open(tmp_path, "ours.sqlite3", clock)
    ours.import_deck_files([HAND])
    (export,) = collect_exports(ours)
    with ours.engine.connect() as conn:
        ids = {key: card_id for key, card_id in conn.execute(
            select(db.cards.c.key, db.cards.c.id))}
    ours.edit_card(ids["cd19.reverse/reverse"], prompt="B-cell marker that blinatumomab binds",
                   answer="CD19")
    ours.edit_card(ids["blina.cloze/c1"], prompt="Blinatumomab binds which marker?",
                   answer="CD19")
    export_collection(ours, tmp_path / "out.apkg")
    theirs = _open(tmp_path, "theirs.sqlite3", clock)
    preview = preview_anki_package(theirs, tmp_path / "out.apkg")
    assert any("cannot be rebuilt" in r for r in preview.refused)  # the reworded cloze
    apply_anki_import(theirs, preview)
    (back,) = collect_exports(theirs)
    keys = {c.key for c in back.cards}
    assert {"cd19.reverse/forward", "cd19.reverse/reverse"} <= keys
    assert "blina.cloze/c1" not in keys  # listed as left out, not silently changed
    assert len(back.cards) == len(export.cards) - 2
    ours.close()
    theirs.close()
