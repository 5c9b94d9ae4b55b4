"""A first start or an upgrade stopped at any statement leaves a profile that opens."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from tests.bench_modules import load_bench
from trainer.clock import FixedClock
from trainer.domain import Rating
from trainer.services import Collection, CollectionCorrupt
from trainer.storage.migrate import SCHEMA_HEAD


class Crash(Exception):
    """Stands in for the power going off between two statements."""


@contextmanager
def crash_at(statement: int) -> Iterator[list[int]]:
    """Raise before the ``statement``-th SQL statement any engine runs (counting from 0)."""
    seen = [0]

    def before(*_args: Any) -> None:
        seen[0] += 1
        if seen[0] - 1 == statement:
            raise Crash(f"stopped before statement {statement}")

    event.listen(Engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", before)


def _statements(action: Any) -> int:
    with crash_at(-1) as seen:
        action()
    return seen[0]


def _revision_and_rows(path: Path) -> tuple[str, int]:
    raw = sqlite3.connect(path)
    try:
        revision = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        return revision, raw.execute("SELECT count(*) FROM review_log").fetchone()[0]
    finally:
        raw.close()


def test_a_first_start_stopped_at_any_statement_opens_next_time(
        tmp_path: Path, clock: FixedClock) -> None:
    total = _statements(lambda: Collection.open(tmp_path / "probe.sqlite3", clock=clock).close())
    assert total > 20, "the setup runs a whole schema's worth of statements"
    for point in range(total):
        path = tmp_path / f"c{point}.sqlite3"
        with crash_at(point), pytest.raises(Crash):
            Collection.open(path, clock=clock)
        assert not path.exists() or path.stat().st_size > 0
        with Collection.open(path, clock=clock) as col:
            assert col.first_run_pending(), "the bundled decks are still to be added"
            assert col.deck_counts() == []
        assert _revision_and_rows(path) == (SCHEMA_HEAD, 0)


def test_the_bundled_decks_finish_the_first_start(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "c.sqlite3"
    with Collection.open(path, clock=clock) as col:
        assert col.first_run_pending()
        col.import_bundled_decks()
        assert not col.first_run_pending()
        assert col.has_decks()


def _old_collection(path: Path) -> None:
    """A collection at the first schema, with one card answered once (as bench/crash.py
    builds the older schemas it upgrades from)."""
    load_bench("crash").old_collection(path, "0001")


def test_an_upgrade_stopped_at_any_statement_keeps_the_old_schema_and_then_finishes(
        tmp_path: Path, clock: FixedClock) -> None:
    probe = tmp_path / "probe.sqlite3"
    _old_collection(probe)
    total = _statements(lambda: Collection.open(probe, clock=clock).close())
    assert total > 10
    for point in range(total):
        path = tmp_path / f"c{point}.sqlite3"
        _old_collection(path)
        with crash_at(point), pytest.raises(Crash):
            Collection.open(path, clock=clock)
        revision, reviews = _revision_and_rows(path)
        assert revision in ("0001", SCHEMA_HEAD) and reviews == 1
        with Collection.open(path, clock=clock):
            pass
        assert _revision_and_rows(path) == (SCHEMA_HEAD, 1)


def test_an_empty_collection_file_is_damaged_not_new(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "c.sqlite3"
    path.touch()
    with pytest.raises(CollectionCorrupt, match="empty"):
        Collection.open(path, clock=clock)
    assert path.stat().st_size == 0, "nothing was written into it"
    assert not (tmp_path / "backups").exists()


def damage_page(path: Path, page_number: int, page: int = 4096) -> None:
    """Random bytes (seeded) over one whole page of the file, as a failing disk leaves it."""
    data = bytearray(path.read_bytes())
    data[(page_number - 1) * page:page_number * page] = random.Random(7).randbytes(page)
    path.write_bytes(bytes(data))


def _studied_collection(path: Path, clock: FixedClock, deck_file: Path) -> None:
    with Collection.open(path, clock=clock) as col:
        col.import_deck_files([deck_file])
        session = col.start_session()
        for _ in range(3):
            assert session.next_card() is not None
            session.reveal()
            session.answer(Rating.GOOD, duration_ms=1000)
        session.close()


def test_a_damaged_page_is_noticed_on_open_and_nothing_is_written_or_backed_up(
        tmp_path: Path, clock: FixedClock, write_deck: Any) -> None:
    from tests.integration.decks import basics, deck

    path = tmp_path / "c.sqlite3"
    _studied_collection(path, clock, write_deck(deck(cards=basics(300))))
    with Collection.open(path, clock=clock) as col:
        good = col.backup(reason="manual")
    raw = sqlite3.connect(path)
    root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name='cards'").fetchone()[0]
    raw.close()
    damage_page(path, root)
    before = path.read_bytes()
    for _ in range(12):  # failed opens never add a backup nor push the good one out
        with pytest.raises(CollectionCorrupt, match="damaged"):
            Collection.open(path, clock=clock)
    assert path.read_bytes() == before
    assert sorted((tmp_path / "backups").iterdir()) == [good]


def test_a_profile_left_half_made_by_an_older_version_is_set_up_again(
        tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "c.sqlite3"
    raw = sqlite3.connect(path)  # what an interrupted first start used to leave
    raw.execute("CREATE TABLE decks (id VARCHAR(80) NOT NULL PRIMARY KEY)")
    raw.execute("CREATE TABLE settings (key VARCHAR(80) PRIMARY KEY, value TEXT)")
    raw.commit()
    raw.close()
    with Collection.open(path, clock=clock) as col:
        assert col.first_run_pending() and col.deck_counts() == []
    assert _revision_and_rows(path) == (SCHEMA_HEAD, 0)
    assert list((tmp_path / "backups").glob("damaged-*")), "the old file is kept aside"
