"""Exporting a deck file for Anki: the package's own tables, read with sqlite (no Anki needed)."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.integration.decks import basic, deck
from trainer.deckfile import load_deck
from trainer.services.exchange import ExportFailed, export_deck


def _tables(package: Path, folder: Path) -> sqlite3.Connection:
    with zipfile.ZipFile(package) as archive:
        assert sorted(archive.namelist()) == ["collection.anki2", "media"]
        archive.extract("collection.anki2", folder)
    return sqlite3.connect(folder / "collection.anki2")


def test_notes_have_real_stable_ids_and_modification_times(
        tmp_path: Path, write_deck: Callable[..., Path]) -> None:
    path = write_deck(deck(cards=basic("a", "What does imatinib inhibit?", "BCR-ABL1")
                           + basic("b", "Q?", "A")))
    first = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    result = export_deck(load_deck(path), tmp_path / "deck.apkg", now=first)
    assert (result.notes, result.cards) == (2, 2)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    db = _tables(tmp_path / "deck.apkg", tmp_path / "one")
    notes = db.execute("SELECT id, guid, mod, flds FROM notes ORDER BY guid").fetchall()
    decks = json.loads(db.execute("SELECT decks FROM col").fetchone()[0])
    db.close()
    assert all(note_id > 10**12 for note_id, *_ in notes)  # never 0, in Anki's id range
    assert {mod for _i, _g, mod, _f in notes} == {int(first.timestamp())}
    assert notes[0][3].startswith("What does imatinib inhibit?\x1fBCR-ABL1")
    assert {"Tests", "Tests::Test deck"} <= {d["name"] for d in decks.values()}
    later = datetime(2026, 4, 2, 10, 0, tzinfo=UTC)
    export_deck(load_deck(path), tmp_path / "again.apkg", now=later)
    db = _tables(tmp_path / "again.apkg", tmp_path / "two")
    again = db.execute("SELECT id, guid, mod FROM notes ORDER BY guid").fetchall()
    db.close()
    assert [(i, g) for i, g, _m in again] == [(i, g) for i, g, _m, _f in notes]
    assert {mod for *_x, mod in again} == {int(later.timestamp())}  # newer: Anki updates


def test_an_unwritable_place_is_said_plainly_and_leaves_nothing(
        tmp_path: Path, write_deck: Callable[..., Path]) -> None:
    path = write_deck(deck(cards=basic("a", "Q?", "A")))
    with pytest.raises(ExportFailed, match=r"could not be written.*Choose a folder"):
        export_deck(load_deck(path), tmp_path / "missing" / "deck.apkg",
                    now=datetime(2026, 3, 2, tzinfo=UTC))
    with pytest.raises(ExportFailed, match=r"ending in \.apkg"):
        export_deck(load_deck(path), tmp_path / "deck.csv", now=datetime(2026, 3, 2, tzinfo=UTC))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.yaml"]
