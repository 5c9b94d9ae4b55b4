"""Backups of a collection, kept as Anki keeps them: verified copies, rotated by age.

A backup is taken with SQLite's online backup API (so it is consistent even while the
app has the file open, WAL included), checked with ``integrity_check``, and written under
a temporary name that is renamed into place only when it is whole. A copy that fails its
check is deleted and never counts towards the rotation, so a damaged collection can
never push a good backup out.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from trainer.storage.engine import DatabaseCorrupt, explain

FOLDER = "backups"
SUFFIX = ".sqlite3"
# Rotation: the newest few always, then one per day, week and month, like Anki.
KEEP_RECENT = 10
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
_NAME = re.compile(r"^(?P<stem>.+)-(?P<when>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z-]+)$")


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk: where, when (UTC) and why it was taken."""

    path: Path
    taken_at: datetime
    reason: str


def folder_for(collection: Path) -> Path:
    return collection.parent / FOLDER


def _name(collection: Path, when: datetime, reason: str) -> str:
    stamp = when.astimezone(UTC).strftime("%Y%m%d-%H%M%S-%f")
    return f"{collection.stem}-{stamp}-{reason}{SUFFIX}"


def _parse_stamp(stamp: str) -> datetime:
    """The UTC time in a backup's name, "YYYYmmdd-HHMMSS-ffffff"."""
    day, clock, micro = stamp.split("-")
    return datetime(int(day[:4]), int(day[4:6]), int(day[6:]), int(clock[:2]),
                    int(clock[2:4]), int(clock[4:]), int(micro), tzinfo=UTC)


def list_backups(collection: Path) -> list[BackupFile]:
    """The collection's backups, newest first (temporary and foreign files ignored)."""
    folder = folder_for(collection)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{collection.stem}-*{SUFFIX}"):
        match = _NAME.match(path.name[: -len(SUFFIX)])
        if match is None or match["stem"] != collection.stem:
            continue
        when = _parse_stamp(match["when"])
        found.append(BackupFile(path=path, taken_at=when, reason=match["reason"]))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def verify(path: Path) -> str | None:
    """None if ``path`` is a sound SQLite database, else what its check reported."""
    if not path.is_file() or path.stat().st_size == 0:
        return "the file is missing or empty"
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(str(r) for r in rows)


def _fsync(path: Path) -> None:
    flags = os.O_RDONLY
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # folders cannot be synced everywhere; the rename is still atomic
    finally:
        os.close(fd)


def copy_database(source: Path, target: Path) -> None:
    """A verified copy of ``source`` at ``target``, made aside and renamed into place.

    Raises DatabaseCorrupt (and leaves nothing behind) when the copy fails its check.
    """
    temporary = target.with_name(target.name + ".tmp")
    temporary.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=5)
        try:
            dest = sqlite3.connect(temporary)
            try:
                src.backup(dest)
                # The copy is an ordinary file: no -wal beside it to lose or mismatch.
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            src.close()
        problem = verify(temporary)
        if problem is not None:
            raise DatabaseCorrupt(
                f"The collection {source} is damaged, so no backup was made of it "
                f"({problem}). Your existing backups were kept.")
        _fsync(temporary)
        os.replace(temporary, target)
        _fsync(target.parent)
    except sqlite3.DatabaseError as exc:
        raise explain(exc, source) from exc
    except OSError as exc:
        raise explain(exc, target) from exc
    finally:
        temporary.unlink(missing_ok=True)


def take(collection: Path, *, reason: str, when: datetime) -> BackupFile | None:
    """Back up a collection now and rotate the old backups; None if there is no file."""
    if not collection.exists():
        return None
    folder = folder_for(collection)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise explain(exc, folder) from exc
    taken_at = when.astimezone(UTC)
    existing = {b.taken_at for b in list_backups(collection)}
    while taken_at in existing:  # two backups within a microsecond: keep both
        taken_at += timedelta(microseconds=1)
    for stale in folder.glob("*.tmp"):
        stale.unlink(missing_ok=True)  # left by a backup that was interrupted
    target = folder / _name(collection, taken_at, reason)
    copy_database(collection, target)
    rotate(collection, now=taken_at)
    return BackupFile(path=target, taken_at=taken_at, reason=reason)


def to_keep(backups: Sequence[BackupFile], *, now: datetime) -> set[Path]:
    """Which backups the rotation keeps: the last 10, then the newest of each of the last
    7 days, 4 weeks and 12 months (periods counted back from ``now``)."""
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep = {b.path for b in newest_first[:KEEP_RECENT]}
    for span, count in ((timedelta(days=1), KEEP_DAILY), (timedelta(weeks=1), KEEP_WEEKLY),
                        (timedelta(days=30), KEEP_MONTHLY)):
        for period in range(count):
            end, start = now - span * period, now - span * (period + 1)
            inside = [b for b in newest_first if start < b.taken_at <= end]
            if inside:
                keep.add(inside[0].path)
    return keep


def rotate(collection: Path, *, now: datetime) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns what was deleted."""
    backups = list_backups(collection)
    keep = to_keep(backups, now=now)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def counts(path: Path) -> tuple[int, int] | None:
    """Cards and reviews in a backup (None if it cannot be read)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            cards = conn.execute("SELECT count(*) FROM cards").fetchone()[0]
            reviews = conn.execute("SELECT count(*) FROM review_log").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
    return int(cards), int(reviews)


def remove_sidecars(collection: Path) -> None:
    """Delete the -wal and -shm files of a closed collection (before a file is put in its
    place: SQLite would otherwise apply the old log to the new file)."""
    for suffix in ("-wal", "-shm", "-journal"):
        collection.with_name(collection.name + suffix).unlink(missing_ok=True)


def stage(backup: Path, collection: Path) -> Path:
    """A verified copy of ``backup`` beside the collection, ready for :func:`swap_in`.

    Staged before anything else happens, so a rotation cannot remove the chosen backup.
    """
    problem = verify(backup)
    if problem is not None:
        raise DatabaseCorrupt(
            f"The backup {backup.name} is damaged ({problem}); nothing was restored. "
            "Choose another backup.")
    incoming = collection.with_name(collection.name + ".restoring")
    copy_database(backup, incoming)
    return incoming


def swap_in(staged: Path, collection: Path) -> None:
    """Replace a closed collection with a staged copy, atomically."""
    try:
        remove_sidecars(collection)
        os.replace(staged, collection)
        _fsync(collection.parent)
    except OSError as exc:
        raise explain(exc, collection) from exc
    finally:
        staged.unlink(missing_ok=True)


def keep_damaged(collection: Path, *, when: datetime) -> Path | None:
    """Move a damaged collection (and its -wal) aside, out of the rotation, for rescue."""
    if not collection.exists():
        return None
    folder = folder_for(collection)
    folder.mkdir(exist_ok=True)
    stamp = when.astimezone(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"damaged-{collection.stem}-{stamp}{SUFFIX}"
    os.replace(collection, target)
    for suffix in ("-wal", "-shm"):
        side = collection.with_name(collection.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def set_aside_stale_log(collection: Path, *, when: datetime) -> Path | None:
    """Move a -wal that cannot belong to ``collection`` out of SQLite's way.

    Trainer's collections are always in WAL mode, and a backup is a plain (rollback
    journal) file. A plain file with a -wal beside it is a backup copied in by hand over
    a collection that crashed: SQLite would replay the old log onto it and damage it.
    The log is kept in the backups folder, not deleted.
    """
    wal = collection.with_name(collection.name + "-wal")
    if not collection.is_file() or not wal.exists():
        return None
    with collection.open("rb") as handle:
        header = handle.read(20)
    if len(header) < 20 or header[:16] != b"SQLite format 3\x00" or header[18:20] != b"\x01\x01":
        return None  # a WAL-mode file (its log is its own) or not a database at all
    folder = folder_for(collection)
    folder.mkdir(exist_ok=True)
    stamp = when.astimezone(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"stale-{collection.name}-{stamp}-wal"
    os.replace(wal, target)
    collection.with_name(collection.name + "-shm").unlink(missing_ok=True)
    return target


def keep_unverified(collection: Path, *, reason: str, when: datetime) -> Path:
    """A copy of a (damaged) collection set aside before a repair; not in the rotation."""
    folder = folder_for(collection)
    folder.mkdir(exist_ok=True)
    stamp = when.astimezone(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{reason}-{collection.stem}-{stamp}{SUFFIX}"
    try:
        src = sqlite3.connect(f"file:{collection}?mode=ro", uri=True, timeout=5)
        try:
            dest = sqlite3.connect(target)
            try:
                src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        raise explain(exc, collection) from exc
    except OSError as exc:
        raise explain(exc, target) from exc
    return target
