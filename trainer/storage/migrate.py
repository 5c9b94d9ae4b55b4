"""Schema upgrades through Alembic, run when a collection is opened."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, insert

if TYPE_CHECKING:
    from alembic.config import Config

from trainer.storage import tables as db
from trainer.storage.engine import DatabaseTooNew, make_engine, transactional_ddl

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest revision; a test keeps it equal to Alembic's head. Knowing it without
# importing Alembic keeps start-up fast when no upgrade is needed.
SCHEMA_HEAD = "0009"


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", str(engine.url))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").first()
        if exists is None:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return None if row is None else str(row[0])


def unfinished_setup(engine: Engine) -> bool:
    """A file holding part of a schema but no revision and no learner data.

    Earlier versions created the schema one statement at a time, so a crash during the
    first start left such a file ("table decks already exists" ever after). It holds
    nothing of the learner's, so it can be set aside and the setup done again.
    """
    with engine.connect() as conn:
        tables = {str(r[0]) for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables - {"alembic_version"}:
            return False
        if "alembic_version" in tables and conn.exec_driver_sql(
                "SELECT 1 FROM alembic_version").first() is not None:
            return False
        for table in ("review_log", "card_states", "cards", "quizzes", "settings"):
            if table in tables and conn.exec_driver_sql(
                    f"SELECT 1 FROM {table} LIMIT 1").first() is not None:
                return False
    return True


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != SCHEMA_HEAD


def refuse_newer(engine: Engine) -> None:
    """Raise DatabaseTooNew for a schema revision this version does not know."""
    current = current_revision(engine)
    if current is None or current == SCHEMA_HEAD:
        return
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    scripts = ScriptDirectory.from_config(alembic_config())
    try:
        known = scripts.get_revision(current) is not None
    except CommandError:
        known = False
    if not known:
        raise DatabaseTooNew(
            "This collection was written by a newer version of Trainer "
            f"(schema {current}). Update Trainer to open it; your data is untouched."
        )


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision in one transaction; refuse a newer file.

    Every migration runs in a single SQLite transaction with DDL included, so a crash
    or error part-way leaves the file at its old revision, ready to upgrade again.
    """
    refuse_newer(engine)
    if not needs_upgrade(engine):
        return
    from alembic import command

    database = engine.url.database
    assert database, "collections are files"
    ddl = transactional_ddl(make_engine(Path(database)))
    try:
        cfg = alembic_config(ddl)
        with ddl.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        ddl.dispose()


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform; the rename itself is still atomic
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create(path: Path, *, settings: Mapping[str, str] | None = None) -> None:
    """Make a new collection at ``path``: built aside, then renamed into place when whole.

    A crash at any moment leaves either no collection (the next start builds it again)
    or a complete one: never half a schema, and never an empty file that could be taken
    for a new collection. ``settings`` rows are written in the same transaction.
    """
    building = path.with_name(path.name + ".new")
    for leftover in (building, *_sidecars(building)):
        leftover.unlink(missing_ok=True)  # an earlier start that was interrupted
    engine = transactional_ddl(make_engine(building))
    try:
        _build(engine, settings)
    except BaseException:
        engine.dispose()
        for leftover in (building, *_sidecars(building)):
            leftover.unlink(missing_ok=True)  # e.g. a full disk: leave nothing half-made
        raise
    _put_in_place(building, path)


def _build(engine: Engine, settings: Mapping[str, str] | None) -> None:
    try:
        from alembic import command

        cfg = alembic_config(engine)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            for key, value in (settings or {}).items():
                conn.execute(insert(db.settings).values(key=key, value=value))
    finally:
        engine.dispose()
    # Closing the last connection checkpoints the WAL into the file; make sure of it
    # before renaming, since a -wal left under the old name would be lost.
    building = Path(str(engine.url.database))
    raw = sqlite3.connect(building)
    try:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    for sidecar in _sidecars(building):
        sidecar.unlink(missing_ok=True)  # checkpointed and empty: safe to drop


def _put_in_place(building: Path, path: Path) -> None:
    with building.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(building, path)
    _fsync_folder(path.parent)


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
