"""Schema upgrades through Alembic, run when a collection is opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

if TYPE_CHECKING:
    from alembic.config import Config

from trainer.storage.engine import DatabaseTooNew

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
    """Bring the schema to the newest revision; refuse a file from a newer Trainer."""
    refuse_newer(engine)
    if not needs_upgrade(engine):
        return
    from alembic import command

    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
