"""Copies of the collection taken before anything risky (an upgrade), kept in backups/."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

KEEP = 10


def backup(path: Path, *, reason: str, when: datetime) -> Path | None:
    """Copy a live collection with SQLite's online backup; returns the copy's path."""
    if not path.exists():
        return None
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    target = folder / f"{path.stem}-{when:%Y%m%d-%H%M%S}-{reason}.sqlite3"
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    old = sorted(folder.glob(f"{path.stem}-*.sqlite3"))
    for stale in old[:-KEEP]:
        stale.unlink(missing_ok=True)
    return target
