"""``trainer export`` from the collection: a deck, a group or everything, and plain errors."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from trainer.cli import main


def _notes(package: Path, folder: Path) -> tuple[int, set[str]]:
    """(notes, deck names) of a package."""
    with zipfile.ZipFile(package) as archive:
        archive.extract("collection.anki2", folder)
    db = sqlite3.connect(folder / "collection.anki2")
    count = db.execute("SELECT count() FROM notes").fetchone()[0]
    names = {d["name"] for d in json.loads(db.execute("SELECT decks FROM col").fetchone()[0])
             .values()}
    db.close()
    return count, names


def test_export_a_deck_a_group_or_everything(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    decks = sorted((Path(__file__).parents[2] / "decks").glob("*.yaml"))
    assert main([*data, "import", *map(str, decks)]) == 0
    capsys.readouterr()
    assert main([*data, "export", "--deck", "all-drug-targets", "-o",
                 str(tmp_path / "one.apkg")]) == 0
    assert "from 1 deck" in capsys.readouterr().out
    one, names = _notes(tmp_path / "one.apkg", tmp_path / "a")
    assert "ALL::ALL: drugs and their targets" in names and one > 0
    assert main([*data, "export", "--group", "ALL", "--with-schedule", "-o",
                 str(tmp_path / "group.apkg")]) == 0
    assert f"from {len(decks)} decks" in capsys.readouterr().out
    group, _names = _notes(tmp_path / "group.apkg", tmp_path / "b")
    assert group > one
    assert main([*data, "export", "--all", "-o", str(tmp_path / "all.apkg")]) == 0
    assert _notes(tmp_path / "all.apkg", tmp_path / "c")[0] == group
    assert main([*data, "export", "--deck", "no-such-deck", "-o",
                 str(tmp_path / "x.apkg")]) == 1
    err = capsys.readouterr().err
    assert "no deck with id 'no-such-deck'" in err and "trainer decks" in err
    assert not (tmp_path / "x.apkg").exists()
    assert main([*data, "export", "-o", str(tmp_path / "y.apkg")]) == 2
    assert "say what to export" in capsys.readouterr().err


def test_export_a_deck_file_without_a_collection(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    deck = Path(__file__).parents[2] / "decks" / "all-drug-targets.yaml"
    out = tmp_path / "targets.apkg"
    assert main(["--data-dir", str(tmp_path / "data"), "export", str(deck), "-o",
                 str(out)]) == 0
    assert f"to {out}" in capsys.readouterr().out
    notes, names = _notes(out, tmp_path / "x")
    assert notes > 0 and "ALL::ALL: drugs and their targets" in names
    assert main(["--data-dir", str(tmp_path / "data"), "export", str(deck), "--with-schedule",
                 "-o", str(out)]) == 2
    assert "a deck file holds no schedule" in capsys.readouterr().err
