"""Opening the SQLite file: pragmas on every connection, and plain-words errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event


class StorageError(Exception):
    """A collection file that cannot be used; the message says what to do."""


class DatabaseLocked(StorageError):
    pass


class DatabaseCorrupt(StorageError):
    pass


class DatabaseTooNew(StorageError):
    pass


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # FULL: each commit syncs the write-ahead log, so an answer shown as saved survives a
    # power cut or an OS crash (NORMAL may lose the last commits then). Anki ships FULL too.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=3000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine for one collection file with WAL and foreign keys on."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def check_readable(path: Path) -> None:
    """Fail early, in plain words, if the file is not a usable SQLite database."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseCorrupt(f"{path} is a folder, not a collection file.")
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise StorageError(f"Cannot read the collection {path}: {exc.strerror}.") from exc
    if header and header != b"SQLite format 3\x00":
        raise DatabaseCorrupt(
            f"The collection file {path} is not a Trainer database (it may be damaged or "
            "another kind of file). Restore a backup from the 'backups' folder beside it, "
            "or move the file away to start a fresh collection."
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            # Reading the schema catches a damaged header or catalogue without scanning
            # every page (a full quick_check costs seconds on a large collection).
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            row = ("ok",)
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise DatabaseLocked(
                f"The collection {path} is locked by another program. Close it and try again."
            ) from exc
        raise DatabaseCorrupt(
            f"The collection {path} cannot be opened ({exc}). Restore a backup from the "
            "'backups' folder beside it."
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(
            f"The collection {path} is damaged ({exc}). Restore a backup from the "
            "'backups' folder beside it."
        ) from exc
    if row is None or row[0] != "ok":
        raise DatabaseCorrupt(
            f"The collection {path} failed its integrity check. Restore a backup from the "
            "'backups' folder beside it."
        )
