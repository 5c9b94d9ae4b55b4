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


class DatabaseReadOnly(StorageError):
    pass


class DiskFull(StorageError):
    pass


def explain(exc: BaseException, path: Path) -> StorageError:
    """The plain-words error for a failure of SQLite (or the file system) on ``path``.

    One place words these, so opening, importing and backing up all say the same thing:
    what happened, what was kept, and what to do.
    """
    text = str(getattr(exc, "orig", None) or exc).lower()
    errno = getattr(exc, "errno", None)
    if "readonly" in text or "read-only" in text or errno in (1, 13, 30):
        return DatabaseReadOnly(
            f"Trainer cannot save to {path}: the file or its folder is read-only (or belongs "
            "to another user). Nothing was changed. Ask whoever looks after this computer to "
            "let you write to that folder, or choose another folder with --data-dir.")
    if "full" in text or errno == 28:
        return DiskFull(
            f"The disk holding {path} is full. Nothing was changed and your collection is "
            "as it was before. Free some space (empty the bin, delete large files) and try "
            "again.")
    if "locked" in text or "busy" in text:
        return DatabaseLocked(
            f"Another program is using the collection {path} (perhaps a sync or backup "
            "tool, or a database viewer). Trainer waited a few seconds for it. Nothing was "
            "changed. Close that program and try again.")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseCorrupt(
            f"The collection {path} is damaged ({exc.__class__.__name__}: "
            f"{str(getattr(exc, 'orig', None) or exc).splitlines()[0]}). Trainer has not "
            "written to it. Restore a backup with 'trainer backup restore' or "
            "File ▸ Backups.")
    return StorageError(
        f"Trainer could not use the collection {path} "
        f"({str(getattr(exc, 'orig', None) or exc).splitlines()[0]}). Nothing was changed. "
        "Try again; if it happens again, restore a backup with 'trainer backup restore'.")


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # FULL: each commit syncs the write-ahead log, so an answer shown as saved survives a
    # power cut or an OS crash (NORMAL may lose the last commits then). Anki ships FULL too.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=3000")
    # 40 MB of page cache per connection, as Anki sets: on a large collection the default
    # 2 MB cannot keep the index pages that each card's turn walks.
    cursor.execute("PRAGMA cache_size=-40960")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine for one collection file with WAL and foreign keys on."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def transactional_ddl(engine: Engine) -> Engine:
    """Make every ``engine.begin()`` a real SQLite transaction, DDL included.

    Python's sqlite3 (before 3.12) only opens a transaction before INSERT, UPDATE or
    DELETE, so CREATE/ALTER/DROP would each commit on their own: a crash half-way through
    a migration then leaves half a schema. Taking transaction control from the driver
    and issuing BEGIN ourselves (SQLAlchemy's documented recipe) makes a schema change
    all or nothing.
    """

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def check_readable(path: Path, *, thorough: bool = True) -> None:
    """Fail early, in plain words, if the file is not a usable SQLite database.

    A missing file is fine (a new collection is made); an empty one is damaged, since
    Trainer never leaves one behind (a new collection is built aside and renamed in).
    ``thorough`` runs SQLite's quick_check, which reads every page: random bytes over a
    data page are caught before anything is written into the file.
    """
    if not path.exists():
        return
    if path.is_file() and path.stat().st_size == 0:
        raise DatabaseCorrupt(
            f"The collection file {path} is empty (0 bytes): its contents were lost, "
            "perhaps by a disk or copying problem. Trainer has not written to it. Restore "
            "a backup with 'trainer backup restore' or File ▸ Backups.")
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
            "another kind of file). Trainer has not written to it. Restore a backup with "
            "'trainer backup restore' or File ▸ Backups, or move the file away to start a "
            "fresh collection."
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            # Reading the schema catches a damaged header or catalogue; quick_check reads
            # every page (O(N), much cheaper than integrity_check's index cross-checks).
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            row = conn.execute("PRAGMA quick_check(1)").fetchone() if thorough else ("ok",)
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise explain(exc, path) from exc
        raise DatabaseCorrupt(
            f"The collection {path} cannot be opened ({exc}). Trainer has not written to "
            "it. Restore a backup with 'trainer backup restore' or File ▸ Backups."
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(
            f"The collection {path} is damaged ({exc}). Trainer has not written to it. "
            "Restore a backup with 'trainer backup restore' or File ▸ Backups."
        ) from exc
    if row is None or row[0] != "ok":
        raise DatabaseCorrupt(
            f"The collection {path} is damaged: SQLite's check found a broken page "
            f"({row[0] if row else 'no answer'}). Trainer has not written to it. Restore a "
            "backup with 'trainer backup restore' or File ▸ Backups."
        )
