"""Storage failures as the services' errors, keeping their plain-words messages."""

from __future__ import annotations

from pathlib import Path

from trainer.services.errors import (
    CollectionCorrupt,
    CollectionError,
    CollectionFull,
    CollectionLocked,
    CollectionReadOnly,
    CollectionTooNew,
)
from trainer.storage.engine import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
    StorageError,
    explain,
)

_KINDS: tuple[tuple[type[StorageError], type[CollectionError]], ...] = (
    (DatabaseTooNew, CollectionTooNew), (DatabaseLocked, CollectionLocked),
    (DatabaseReadOnly, CollectionReadOnly), (DiskFull, CollectionFull),
    (DatabaseCorrupt, CollectionCorrupt))


def service_error(exc: StorageError) -> CollectionError:
    """The services' error for a storage one, with the same message."""
    for storage_kind, service_kind in _KINDS:
        if isinstance(exc, storage_kind):
            return service_kind(str(exc))
    return CollectionError(str(exc))


def failure(exc: BaseException, path: Path) -> CollectionError:
    """The plain-words error for a file-system or SQLite failure on ``path``."""
    return service_error(explain(exc, path))
