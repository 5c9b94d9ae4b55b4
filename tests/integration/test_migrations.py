"""Schema changes go through Alembic; an older collection is upgraded on open, intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from trainer.clock import FixedClock
from trainer.services import Collection, CollectionCorrupt, CollectionLocked, CollectionTooNew
from trainer.storage.engine import make_engine
from trainer.storage.migrate import alembic_config, head_revision
from trainer.storage.models import Base


def test_migrations_produce_exactly_the_orm_schema(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "c.sqlite3")
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with engine.connect() as conn:
        # the full-text index (an FTS5 virtual table and its shadow tables) is raw SQL
        context = MigrationContext.configure(conn, opts={
            "compare_type": True,
            "include_name": lambda name, *_: not str(name).startswith("cards_fts")})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def _indexes(path: Path) -> dict[str, str]:
    raw = sqlite3.connect(path)
    try:
        return {name: " ".join(sql.split()) for name, sql in raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    finally:
        raw.close()


def test_migrated_indexes_are_the_orm_indexes_including_their_conditions(
        tmp_path: Path) -> None:
    # compare_metadata does not look at partial-index conditions; the SQL does.
    migrated = make_engine(tmp_path / "migrated.sqlite3")
    cfg = alembic_config(migrated)
    with migrated.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    created = make_engine(tmp_path / "created.sqlite3")
    Base.metadata.create_all(created)
    migrated.dispose()
    created.dispose()
    theirs = _indexes(tmp_path / "created.sqlite3")
    assert _indexes(tmp_path / "migrated.sqlite3") == theirs
    assert theirs["ix_cards_sibling"].endswith("WHERE sibling != key")
    assert "ix_cards_deck_id" not in theirs


def test_burying_siblings_reads_the_sibling_index(tmp_path: Path, clock: FixedClock) -> None:
    from trainer.storage.study_repo import SIBLINGS_SQL

    with Collection.open(tmp_path / "c.sqlite3", clock=clock) as col, \
            col.engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + SIBLINGS_SQL, ("d", "f1", 1)))
    assert "USING INDEX ix_cards_sibling" in plan


def _collection_at_first_revision(path: Path) -> None:
    engine = make_engine(path)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    raw = sqlite3.connect(path)
    raw.executescript("""
        INSERT INTO decks VALUES ('d', 'Old deck', '', '', '{}', '[]', 'h', NULL, 0);
        INSERT INTO cards VALUES (1, 'd', 'k', 'k', 'basic',
            '{"key":"k","sibling":"k","kind":"basic","prompt":"Q?","answer":"A"}', NULL, 0, 0);
        INSERT INTO card_states VALUES (1, 'd', 2, NULL, 3.0, 5.0, 0, 0, 4, 0, 0, 0);
        INSERT INTO review_log VALUES (1, 1, 1000, 3, 800, 0, 2, '{}', '{}', 3.0, 0.0);
        INSERT INTO card_marks VALUES (1, 2, 0, NULL);
    """)
    raw.commit()
    raw.close()
    engine.dispose()


def test_an_older_collection_is_upgraded_on_open_with_its_history(
        tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "collection.sqlite3"
    _collection_at_first_revision(path)
    with Collection.open(path, clock=clock) as col, col.engine.connect() as conn:
        from sqlalchemy import text
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
            head_revision()
        assert conn.execute(text("SELECT rating, duration_ms FROM review_log")).one() == (3, 800)
        assert conn.execute(text("SELECT flag, note FROM card_marks")).one() == (2, None)
    backups = list((tmp_path / "backups").glob("*before-upgrade*.sqlite3"))
    assert len(backups) == 1, "a backup is taken before an upgrade"


def test_a_collection_from_a_newer_trainer_is_refused_untouched(
        tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "collection.sqlite3"
    Collection.open(path, clock=clock).close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num='9999'")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(CollectionTooNew, match="newer version of Trainer"):
        Collection.open(path, clock=clock)
    assert path.read_bytes() == before
    with pytest.raises(CollectionTooNew):
        Collection.open(path, clock=clock)


def test_a_damaged_file_gives_a_plain_message(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "collection.sqlite3"
    path.write_bytes(b"this is not a database at all" * 10)
    with pytest.raises(CollectionCorrupt, match="backup"):
        Collection.open(path, clock=clock)
    assert path.read_bytes().startswith(b"this is not")


def test_a_profile_open_twice_is_refused(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "collection.sqlite3"
    with Collection.open(path, clock=clock), pytest.raises(CollectionLocked,
                                                           match="already open"):
        Collection.open(path, clock=clock)
    Collection.open(path, clock=clock).close()


def test_a_stale_lock_from_a_crash_is_taken_over(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "collection.sqlite3"
    (tmp_path / "collection.sqlite3.lock").write_text("999999999")
    Collection.open(path, clock=clock).close()


def test_the_known_head_matches_the_migration_scripts() -> None:
    from trainer.storage.migrate import SCHEMA_HEAD
    assert head_revision() == SCHEMA_HEAD
