"""Backups a learner can see and restore: list, take now, restore, find the newest good one.

These work on a profile's collection file by path, holding the profile lock themselves,
so they serve the command line and the app alike (the app closes its collection first).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from trainer.clock import Clock
from trainer.services.errors import CollectionCorrupt, CollectionError, CollectionLocked
from trainer.storage import backups as store
from trainer.storage.engine import DatabaseCorrupt, DatabaseLocked, StorageError, check_readable
from trainer.storage.lock import ProfileLock


@dataclass(frozen=True)
class BackupInfo:
    """What a learner needs to choose a backup: when, why, how much it holds."""

    path: Path
    taken_at: datetime  # UTC
    reason: str
    cards: int | None  # None: the backup cannot be read
    reviews: int | None

    @property
    def readable(self) -> bool:
        return self.cards is not None

    def describe(self) -> str:
        held = (f"{self.cards} cards, {self.reviews} reviews" if self.readable
                else "cannot be read")
        return f"{self.taken_at.astimezone():%Y-%m-%d %H:%M:%S} ({self.reason}): {held}"


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup put in place, and where the state before it went."""

    restored: BackupInfo
    previous: Path | None  # a backup of the replaced collection (or the damaged file moved)
    previous_was_damaged: bool


def backups_of(collection: Path) -> list[BackupInfo]:
    """Every backup of a collection, newest first, with its card and review counts."""
    out = []
    for found in store.list_backups(collection):
        held = store.counts(found.path)
        out.append(BackupInfo(path=found.path, taken_at=found.taken_at, reason=found.reason,
                              cards=held[0] if held else None,
                              reviews=held[1] if held else None))
    return out


def newest_good_backup(collection: Path) -> BackupInfo | None:
    """The newest backup that passes SQLite's integrity check, if any."""
    for info in backups_of(collection):
        if info.readable and store.verify(info.path) is None:
            return info
    return None


def _locked(collection: Path) -> ProfileLock:
    lock = ProfileLock(collection)
    try:
        lock.acquire()
    except DatabaseLocked as exc:
        raise CollectionLocked(str(exc)) from exc
    return lock


def create_backup(collection: Path, *, clock: Clock, reason: str = "manual") -> BackupInfo:
    """Back up a closed collection now (the profile must not be open elsewhere)."""
    lock = _locked(collection)
    try:
        check_readable(collection)
        taken = store.take(collection, reason=reason, when=clock.now())
    except DatabaseCorrupt as exc:
        raise CollectionCorrupt(str(exc)) from exc
    except StorageError as exc:
        raise CollectionError(str(exc)) from exc
    finally:
        lock.release()
    if taken is None:
        raise CollectionError(f"There is no collection at {collection} to back up yet.")
    held = store.counts(taken.path)
    return BackupInfo(path=taken.path, taken_at=taken.taken_at, reason=taken.reason,
                      cards=held[0] if held else None, reviews=held[1] if held else None)


def restore(collection: Path, backup: Path, *, clock: Clock) -> RestoreResult:
    """Put ``backup`` in place of a closed collection, backing up what is there first.

    A readable collection is backed up (so a restore can itself be undone); a damaged one
    is moved aside whole, -wal included, and nothing is written into it. Leftover -wal
    and -shm files are removed so SQLite cannot replay an old log over the restored file.
    """
    chosen = next((b for b in backups_of(collection)
                   if b.path.resolve() == backup.resolve()), None)
    if chosen is None:
        raise CollectionError(
            f"{backup} is not one of this profile's backups. Run 'trainer backup list' to "
            "see them.")
    problem = store.verify(backup)
    if problem is not None:
        raise CollectionCorrupt(
            f"The backup taken {chosen.taken_at.astimezone():%Y-%m-%d %H:%M} is damaged "
            f"({problem}); nothing was restored. Choose an older backup.")
    lock = _locked(collection)
    staged: Path | None = None
    try:
        staged = store.stage(chosen.path, collection)
        damaged = False
        previous: Path | None = None
        try:
            check_readable(collection)
            taken = store.take(collection, reason="before-restore", when=clock.now())
            previous = taken.path if taken else None
        except DatabaseCorrupt:
            damaged = True
            previous = store.keep_damaged(collection, when=clock.now())
        store.swap_in(staged, collection)
    except DatabaseLocked as exc:
        raise CollectionLocked(str(exc)) from exc
    except StorageError as exc:
        raise CollectionError(str(exc)) from exc
    finally:
        if staged is not None:
            staged.unlink(missing_ok=True)
        lock.release()
    return RestoreResult(restored=chosen, previous=previous, previous_was_damaged=damaged)
