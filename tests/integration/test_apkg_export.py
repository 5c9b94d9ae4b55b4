"""Exporting a deck for Anki: a real .apkg that Anki's own reader would open."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.integration.decks import basic, deck
from trainer.deckfile import load_deck
from trainer.interop.apkg import export_apkg


def test_the_package_holds_every_card_with_stable_ids(tmp_path: Path,
                                                      write_deck: Callable[..., Path]) -> None:
    path = write_deck(deck(cards=basic("a", "What does imatinib inhibit?", "BCR-ABL1")
                           + basic("b", "Q?", "A")))
    out = tmp_path / "deck.apkg"
    assert export_apkg(load_deck(path), out) == 2
    assert not list(tmp_path.glob("*.tmp"))
    with zipfile.ZipFile(out) as package:
        package.extract("collection.anki2", tmp_path)
    db = sqlite3.connect(tmp_path / "collection.anki2")
    fields = sorted(r[0] for r in db.execute("SELECT flds FROM notes"))
    guids = sorted(r[0] for r in db.execute("SELECT guid FROM notes"))
    decks = json.loads(db.execute("SELECT decks FROM col").fetchone()[0])
    db.close()
    assert any(f.startswith("What does imatinib inhibit?\x1fBCR-ABL1") for f in fields)
    assert "Test deck" in {d["name"] for d in decks.values()}
    export_apkg(load_deck(path), tmp_path / "again.apkg")
    with zipfile.ZipFile(tmp_path / "again.apkg") as package:
        package.extract("collection.anki2", tmp_path / "again")
    db = sqlite3.connect(tmp_path / "again" / "collection.anki2")
    assert sorted(r[0] for r in db.execute("SELECT guid FROM notes")) == guids
    db.close()
