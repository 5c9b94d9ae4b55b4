"""Faults from outside the app give a message and an exit code, never a traceback.

Read-only files: when the tests run as root, permissions do not stop writes, so the
command runs with the effective user switched to ``nobody`` for its duration.
A full disk is made with SQLite's max_page_count on every connection the app opens.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.pool import Pool

from tests.integration.decks import basics, deck
from tests.integration.test_crash_safe_setup import damage_page
from trainer.cli import main

NOBODY = 65534


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A data folder another user can reach (pytest's own temp folder is private)."""
    base = Path(tempfile.mkdtemp(prefix="trainer-faults-"))
    base.chmod(0o755)
    yield base
    shutil.rmtree(base, ignore_errors=True)


@contextmanager
def unprivileged() -> Iterator[None]:
    """Run as a user who cannot write root's files (a no-op when not root)."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture
def deck_file(open_folder: Path) -> Path:
    path = open_folder / "deck.yaml"
    path.write_text(deck(cards=basics(30), title="Induction drugs"), encoding="utf-8")
    path.chmod(0o644)
    return path


def _made(open_folder: Path, deck_file: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    data = open_folder / "data"
    assert _run(capsys, "--data-dir", str(data), "import", str(deck_file))[0] == 0
    return data


def _make_read_only(folder: Path) -> None:
    if os.geteuid() != 0:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)
    else:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)  # root's: nobody may not write


def test_a_read_only_folder(open_folder: Path, deck_file: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    data = _made(open_folder, deck_file, capsys)
    _make_read_only(data)
    with unprivileged():
        code, _out, err = _run(capsys, "--data-dir", str(data), "import", str(deck_file))
    assert code == 2
    assert "read-only" in err and "Nothing was changed" in err


def test_a_read_only_collection_file(open_folder: Path, deck_file: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    data = _made(open_folder, deck_file, capsys)
    profile = data / "default"
    path = profile / "collection.sqlite3"
    path.chmod(0o444)
    if os.geteuid() == 0:  # the folder is nobody's to write in; the file stays root's
        for item in [profile, *profile.rglob("*")]:
            if item != path:
                os.chown(item, NOBODY, NOBODY)
    other = open_folder / "other.yaml"
    other.write_text(deck(cards=basics(3), deck_id="other", title="Other"), encoding="utf-8")
    other.chmod(0o644)
    with unprivileged():
        code, _out, err = _run(capsys, "--data-dir", str(data), "import", str(other))
    assert code == 2
    assert "read-only" in err
    path.chmod(0o644)
    assert "Other" not in _run(capsys, "--data-dir", str(data), "decks")[1]


def test_another_program_holding_a_write_lock(open_folder: Path, deck_file: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    data = _made(open_folder, deck_file, capsys)
    holder = sqlite3.connect(data / "default" / "collection.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO settings VALUES ('held', 'by another program')")
    other = open_folder / "other.yaml"
    other.write_text(deck(cards=basics(3), deck_id="other", title="Other"), encoding="utf-8")
    try:
        code, _out, err = _run(capsys, "--data-dir", str(data), "import", str(other))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 2
    assert "Another program is using the collection" in err and "waited" in err


@contextmanager
def disk_full_after(pages: Callable[[], int]) -> Iterator[None]:
    """Every new connection may grow its file to only ``pages()`` pages."""

    def limit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages()}")

    event.listen(Pool, "connect", limit)
    try:
        yield
    finally:
        event.remove(Pool, "connect", limit)


def test_a_full_disk_on_first_use(open_folder: Path, deck_file: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    data = open_folder / "data"
    with disk_full_after(lambda: 3):
        code, _out, err = _run(capsys, "--data-dir", str(data), "decks")
    assert code == 2
    assert "disk holding" in err and "is full" in err and "Free some space" in err
    leftovers = [p.name for p in (data / "default").glob("collection*")
                 if p.name != "collection.sqlite3.lock"]
    assert leftovers == [], "no half-built collection is left behind"
    assert _run(capsys, "--data-dir", str(data), "import", str(deck_file))[0] == 0


def test_a_full_disk_during_an_import(open_folder: Path, deck_file: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    data = _made(open_folder, deck_file, capsys)
    path = data / "default" / "collection.sqlite3"
    big = open_folder / "big.yaml"
    big.write_text(deck(cards=basics(3000, prefix="big"), deck_id="big", title="Big"),
                   encoding="utf-8")
    size = os.path.getsize(path) // 4096
    with disk_full_after(lambda: size + 2):
        code, out, err = _run(capsys, "--data-dir", str(data), "import", str(big))
    assert code == 2
    assert "is full" in err and "Nothing was changed" in err
    assert "[parameters" not in out + err, "no SQL in the message"
    listing = _run(capsys, "--data-dir", str(data), "decks")[1]
    assert "Induction drugs" in listing and "Big" not in listing


def test_a_damaged_page(open_folder: Path, deck_file: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    data = _made(open_folder, deck_file, capsys)
    path = data / "default" / "collection.sqlite3"
    raw = sqlite3.connect(path)
    root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name='cards'").fetchone()[0]
    raw.close()
    damage_page(path, root)
    before = path.read_bytes()
    code, _out, err = _run(capsys, "--data-dir", str(data), "import", str(deck_file))
    assert code == 2
    assert "damaged" in err and "trainer backup restore" in err
    assert path.read_bytes() == before, "nothing is written into a damaged file"
