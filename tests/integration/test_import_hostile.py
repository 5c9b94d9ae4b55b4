"""A corpus of bad packages and spreadsheets: each gets a plain error and changes nothing."""

from __future__ import annotations

import importlib.util
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.integration.decks import basic, deck
from trainer.cli import main
from trainer.clock import FixedClock
from trainer.deckfile import load_deck
from trainer.services import Collection
from trainer.services.anki_import import PackageError, preview_anki_package
from trainer.services.exchange import export_deck
from trainer.services.table_import import TableError, preview_table, read_table
from trainer.storage import tables as db

# Reading Anki's newest format needs zstandard; without it the message says how to re-export.
NEWEST_CUT = ("is damaged" if importlib.util.find_spec("zstandard")
              else "Support older Anki versions")


@pytest.fixture
def col(tmp_path: Path, clock: FixedClock) -> Collection:
    collection = Collection.open(tmp_path / "c.sqlite3", clock=clock)
    yield collection
    collection.close()


@pytest.fixture
def good_package(tmp_path: Path, write_deck: Callable[..., Path]) -> Path:
    path = write_deck(deck(cards=basic("a", "Q one?", "A one") + basic("b", "Q two?", "A two")))
    out = tmp_path / "good.apkg"
    export_deck(load_deck(path), out, now=datetime(2026, 3, 2, tzinfo=UTC))
    return out


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _rows(col: Collection) -> int:
    with col.engine.connect() as conn:
        return sum(int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                   for t in (db.decks, db.cards, db.review_log))


def _bad_packages(tmp_path: Path, good: Path) -> dict[str, tuple[Path, str]]:
    data = good.read_bytes()
    truncated = tmp_path / "truncated.apkg"
    truncated.write_bytes(data[: len(data) // 2])
    junk = tmp_path / "junk.apkg"
    junk.write_bytes(bytes(range(256)) * 64)
    return {
        "truncated zip": (truncated, "damaged or cut short"),
        "binary junk": (junk, "damaged or cut short"),
        "zip bomb": (_zip(tmp_path / "bomb.apkg", {"collection.anki2": b"\0" * (30 * 2**20)}),
                     "zip bomb"),
        "path traversal": (_zip(tmp_path / "escape.apkg", {"collection.anki2": b"x",
                                                           "../../evil.sh": b"rm -rf ~"}),
                           "points outside its own folder"),
        "stray file": (_zip(tmp_path / "stray.apkg", {"collection.anki2": b"x",
                                                      "readme.txt": b"hi"}),
                       "unexpected file 'readme.txt'"),
        "no collection": (_zip(tmp_path / "empty.apkg", {"media": b"{}"}),
                          "holds no Anki collection"),
        "newest format, cut short": (_zip(tmp_path / "new.apkg",
                                          {"collection.anki21b": b"(\xb5/\xfd",
                                           "meta": b"\x08\x03"}), NEWEST_CUT),
        "not sqlite inside": (_zip(tmp_path / "text.apkg", {"collection.anki2": b"hello " * 99}),
                              "damaged or not Anki's"),
    }


def test_bad_packages_are_refused_plainly_and_change_nothing(
        col: Collection, tmp_path: Path, good_package: Path) -> None:
    before = _rows(col)
    for what, (path, words) in _bad_packages(tmp_path, good_package).items():
        with pytest.raises(PackageError) as caught:
            preview_anki_package(col, path)
        message = str(caught.value)
        assert words in message, what
        assert str(path) in message and "Traceback" not in message, what
    assert _rows(col) == before
    assert not (tmp_path / "evil.sh").exists() and not Path("/evil.sh").exists()


def test_bad_spreadsheets_are_refused_plainly_and_change_nothing(col: Collection,
                                                                 tmp_path: Path) -> None:
    before = _rows(col)
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("front,back\nWhat is ALL?,A leukaemia\nOnly a question\n")
    with pytest.raises(TableError, match=r"wrong\.csv:3: 1 column, but the front and back"):
        preview_table(col, read_table(wrong))
    single = tmp_path / "single.csv"
    single.write_text("What is ALL?\nWhat is AML?\n")
    with pytest.raises(TableError, match="one column only"):
        read_table(single)
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\x00\x01\x02binary" * 100)
    with pytest.raises(TableError, match="binary file"):
        read_table(junk)
    relation = tmp_path / "relation.csv"
    relation.write_text("front,back,relation\nimatinib,BCR-ABL1,drug_target\n"
                        "imatinib,tablets,comes_as\n")
    with pytest.raises(TableError, match="'comes_as' is not a relation Trainer knows"):
        preview_table(col, read_table(relation))
    assert _rows(col) == before


def test_the_command_line_names_unsupported_formats(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str],
                                                    good_package: Path) -> None:
    pdf = tmp_path / "guideline.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(200))
    docx = tmp_path / "notes.docx"
    _zip(docx, {"word/document.xml": b"<w/>", "[Content_Types].xml": b"<x/>"})
    sqlite = tmp_path / "collection.anki2"
    sqlite.write_bytes(b"SQLite format 3\x00" + bytes(100))
    data = ["--data-dir", str(tmp_path / "data")]
    for path, words in ((pdf, "a PDF document"), (docx, "a Word document"),
                        (sqlite, "an SQLite database")):
        assert main([*data, "import", str(path)]) == 1
        err = capsys.readouterr().err
        assert f"{path}: this is {words}" in err and "Nothing was imported" in err
        assert "YAML" not in err and "NUL" not in err
    bad = tmp_path / "bad.apkg"
    bad.write_bytes(good_package.read_bytes()[:300])
    assert main([*data, "import", str(bad)]) == 1
    assert "not a complete Anki package" in capsys.readouterr().err
    assert main([*data, "import", "--dry-run", str(good_package)]) == 0
    out = capsys.readouterr().out
    assert "Test deck (new deck): 2 new" in out and "Nothing was written" in out
    assert main([*data, "decks"]) == 0
    assert "No decks yet" in capsys.readouterr().out
    assert main([*data, "import", str(good_package)]) == 0
    assert "Test deck: 2 new cards" in capsys.readouterr().out


def test_a_dry_run_of_a_deck_file_shows_the_preview_and_writes_nothing(
        tmp_path: Path, write_deck: Callable[..., Path],
        capsys: pytest.CaptureFixture[str]) -> None:
    path = write_deck(deck(cards=basic("a", "Q one?", "A one") + basic("b", "Q two?", "A two")))
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "import", "--dry-run", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Test deck (new deck): 2 new, 0 changed, 0 unchanged cards" in out
    assert main([*data, "decks"]) == 0
    assert "No decks yet" in capsys.readouterr().out
    assert main([*data, "import", str(path)]) == 0
    path.write_text(path.read_text().replace("A two", "A two, edited"))
    capsys.readouterr()
    assert main([*data, "import", "--dry-run", str(path)]) == 0
    assert "Test deck (update): 0 new, 1 changed, 1 unchanged cards" in capsys.readouterr().out
