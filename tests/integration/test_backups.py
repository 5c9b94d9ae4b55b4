"""Backups that rescue a learner: taken when it matters, verified, rotated, restorable."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.integration.decks import basics, deck
from tests.integration.test_crash_safe_setup import damage_page
from trainer.cli import main
from trainer.clock import FixedClock
from trainer.domain import Rating
from trainer.services import Collection, CollectionCorrupt
from trainer.services.backups import backups_of, newest_good_backup, restore
from trainer.storage.backups import BackupFile, to_keep


def _answer(col: Collection, n: int) -> None:
    session = col.start_session()
    for _ in range(n):
        assert session.next_card() is not None
        session.reveal()
        session.answer(Rating.GOOD, duration_ms=900)
    session.close()


def _reviews(path: Path) -> int:
    raw = sqlite3.connect(path)
    try:
        return int(raw.execute("SELECT count(*) FROM review_log").fetchone()[0])
    finally:
        raw.close()


@pytest.fixture
def deck_file(write_deck: Callable[..., Path]) -> Path:
    return write_deck(deck(cards=basics(40), title="Induction drugs"))


def test_backups_are_taken_before_an_import_every_30_minutes_and_on_close(
        tmp_path: Path, clock: FixedClock, deck_file: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with Collection.open(path, clock=clock) as col:
        col.import_deck_files([deck_file])  # a new, empty collection: nothing to keep yet
        _answer(col, 5)
        col.import_deck_files([deck_file])
        assert col.backup_if_due() is None
        clock.advance(minutes=31)
        assert col.backup_if_due() is not None
        assert col.backup_if_due() is None, "not again until another 30 minutes"
        _answer(col, 5)
        col.close(backup=True)
    found = backups_of(path)
    assert [b.reason for b in found] == ["close", "periodic", "before-import"]
    assert [b.reviews for b in found] == [10, 5, 5]
    assert all(b.cards == 40 for b in found)
    assert not list((tmp_path / "backups").glob("*-wal")), "a backup is one whole file"


def test_two_backups_in_the_same_second_are_both_kept(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "c.sqlite3"
    with Collection.open(path, clock=clock) as col:
        first, second = col.backup(reason="manual"), col.backup(reason="manual")
    assert first != second and first.exists() and second.exists()


def test_rotation_keeps_the_last_ten_then_days_weeks_and_months() -> None:
    now = datetime(2026, 3, 2, 10, tzinfo=UTC)
    # One backup every 6 hours for 400 days.
    backups = [BackupFile(path=Path(f"b{i}"), taken_at=now - timedelta(hours=6 * i),
                          reason="periodic") for i in range(1600)]
    kept = sorted(int(p.name[1:]) for p in to_keep(backups, now=now))
    ages = [timedelta(hours=6 * i) for i in kept]
    assert kept[:10] == list(range(10))
    assert len([a for a in ages if a < timedelta(days=7)]) >= 10
    assert any(timedelta(days=20) < a <= timedelta(days=28) for a in ages), "a weekly one"
    assert any(timedelta(days=300) < a <= timedelta(days=360) for a in ages), "a monthly one"
    assert max(ages) <= timedelta(days=360), "nothing older than a year"
    assert len(kept) <= 10 + 7 + 4 + 12


def test_restore_brings_back_the_backup_and_backs_up_the_current_state_first(
        tmp_path: Path, clock: FixedClock, deck_file: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with Collection.open(path, clock=clock) as col:
        col.import_deck_files([deck_file])
        _answer(col, 3)
        good = col.backup(reason="manual")
        _answer(col, 4)
    clock.advance(minutes=1)
    done = restore(path, good, clock=clock)
    assert _reviews(path) == 3
    assert done.previous is not None and _reviews(done.previous) == 7
    # ... and the restore can itself be undone
    restore(path, done.previous, clock=clock)
    assert _reviews(path) == 7


def test_a_leftover_wal_file_does_not_spoil_a_restore(
        tmp_path: Path, clock: FixedClock, deck_file: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with Collection.open(path, clock=clock) as col:
        col.import_deck_files([deck_file])
        good = col.backup(reason="manual")
        _answer(col, 2)
        # A crash leaves the -wal and -shm behind; copy them before the file is closed.
        wal = tmp_path / "saved-wal"
        shutil.copy(path.with_name(path.name + "-wal"), wal)
    shutil.copy(wal, path.with_name(path.name + "-wal"))
    restore(path, good, clock=clock)
    with Collection.open(path, clock=clock) as col:
        assert col.has_decks()
    assert _reviews(path) == 0


def test_a_damaged_collection_is_moved_aside_and_the_newest_good_backup_restored(
        tmp_path: Path, clock: FixedClock, deck_file: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with Collection.open(path, clock=clock) as col:
        col.import_deck_files([deck_file])
        _answer(col, 2)
        col.backup(reason="manual")
    raw = sqlite3.connect(path)
    root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name='cards'").fetchone()[0]
    raw.close()
    damage_page(path, root)
    damaged = path.read_bytes()
    with pytest.raises(CollectionCorrupt):
        Collection.open(path, clock=clock)
    newest = newest_good_backup(path)
    assert newest is not None and newest.reviews == 2
    done = restore(path, newest.path, clock=clock)
    assert done.previous_was_damaged and done.previous is not None
    assert done.previous.read_bytes() == damaged, "the damaged file is kept, untouched"
    with Collection.open(path, clock=clock) as col:
        assert col.has_decks()


def test_a_damaged_backup_is_never_offered(tmp_path: Path, clock: FixedClock,
                                           deck_file: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with Collection.open(path, clock=clock) as col:
        col.import_deck_files([deck_file])
        older = col.backup(reason="manual")
        clock.advance(seconds=1)
        newer = col.backup(reason="manual")
    damage_page(newer, 8)
    best = newest_good_backup(path)
    assert best is not None and best.path == older
    with pytest.raises(CollectionCorrupt, match="damaged"):
        restore(path, newer, clock=clock)


def test_backup_commands(tmp_path: Path, deck_file: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "backup", "list"]) == 0
    assert "No backups" in capsys.readouterr().out
    assert main([*data, "import", str(deck_file)]) == 0
    assert main([*data, "backup", "create"]) == 0
    assert "40 cards, 0 reviews" in capsys.readouterr().out
    assert main([*data, "backup", "list"]) == 0
    listing = capsys.readouterr().out
    assert "  1  " in listing and "(manual): 40 cards, 0 reviews" in listing
    assert main([*data, "backup", "restore", "7"]) == 1
    assert "no backup number 7" in capsys.readouterr().err
    assert main([*data, "backup", "restore"]) == 0
    out = capsys.readouterr().out
    assert "Restored the backup" in out and "backed up" in out


def test_check_repairs_orphans_and_impossible_states_and_keeps_the_log(
        tmp_path: Path, deck_file: Path, capsys: pytest.CaptureFixture[str],
        clock: FixedClock) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "import", str(deck_file)]) == 0
    path = tmp_path / "data" / "default" / "collection.sqlite3"
    assert path.exists(), list((tmp_path / "data").rglob("*"))
    with Collection.open(path, clock=clock) as col:
        _answer(col, 3)
    assert main([*data, "check"]) == 0
    assert "No problems found" in capsys.readouterr().out
    raw = sqlite3.connect(path)
    raw.executescript("""
        PRAGMA foreign_keys=OFF;
        INSERT INTO card_marks (card_id, flag, leech) VALUES (99999, 1, 0);
        UPDATE card_states SET stability = -1 WHERE reps > 0 AND card_id =
            (SELECT min(card_id) FROM card_states WHERE reps > 0);
        UPDATE card_states SET phase = 2, stability = 4.0, difficulty = 5.0
            WHERE card_id = (SELECT max(card_id) FROM card_states);
    """)
    raw.commit()
    raw.close()
    assert main([*data, "check", "--report-only"]) == 1
    out = capsys.readouterr().out
    assert "1 card marks rows of cards that no longer exist" in out
    assert "1 cards with an impossible scheduling state" in out
    assert "1 cards whose scheduling state does not match their last answer" in out
    assert main([*data, "check"]) == 0
    assert "backup from before the repairs" in capsys.readouterr().out
    assert main([*data, "check"]) == 0
    assert "No problems found" in capsys.readouterr().out
    assert _reviews(path) == 3, "the review log is never touched"


def test_a_backup_copied_by_hand_beside_a_leftover_wal_opens_intact(
        tmp_path: Path, clock: FixedClock, deck_file: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with Collection.open(path, clock=clock) as col:
        col.import_deck_files([deck_file])
        _answer(col, 2)
        good = col.backup(reason="manual")
        _answer(col, 3)
        # the app is killed here: its -wal and -shm stay behind
        shutil.copy(path.with_name(path.name + "-wal"), tmp_path / "saved-wal")
    shutil.copy(tmp_path / "saved-wal", path.with_name(path.name + "-wal"))
    shutil.copy(good, path)  # the learner restores by hand
    with Collection.open(path, clock=clock) as col:
        assert col.has_decks()
    assert _reviews(path) == 2
    assert list((tmp_path / "backups").glob("stale-*-wal")), "the old log is kept aside"


def test_check_rebuilds_a_damaged_index_and_keeps_the_file_as_it_was(
        tmp_path: Path, deck_file: Path, clock: FixedClock,
        capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "import", str(deck_file)]) == 0
    path = tmp_path / "data" / "default" / "collection.sqlite3"
    with Collection.open(path, clock=clock) as col:
        _answer(col, 3)
    raw = sqlite3.connect(path)  # an index whose entries no longer match its rows
    raw.execute("PRAGMA writable_schema=ON")
    raw.execute("UPDATE sqlite_master SET sql = replace(sql, '(reviewed_at, ', '(duration_ms, ') "
                "WHERE name = 'ix_review_log_stats'")
    assert raw.total_changes == 1
    raw.commit()
    raw.close()
    capsys.readouterr()
    assert main([*data, "check"]) == 0
    out = capsys.readouterr().out
    assert "indexes rebuilt" in out and "damaged-index-" in out
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    raw.close()
    assert _reviews(path) == 3
