"""One running app per profile: a lock file holding the owner's process id."""

from __future__ import annotations

import os
from pathlib import Path

from trainer.storage.engine import DatabaseLocked


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class ProfileLock:
    """Held while a collection is open; a stale lock from a crashed run is taken over."""

    def __init__(self, collection_path: Path) -> None:
        self.path = collection_path.with_name(collection_path.name + ".lock")
        self._held = False

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                try:
                    owner = int(self.path.read_text(encoding="ascii").strip() or "0")
                except (OSError, ValueError):
                    owner = 0
                if owner == os.getpid() or _pid_alive(owner):
                    raise DatabaseLocked(
                        "This profile is already open in another Trainer window "
                        f"(process {owner}). Switch to that window, or close it first."
                    ) from None
                self.path.unlink(missing_ok=True)  # left by a crash
                continue
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(str(os.getpid()))
            self._held = True
            return
        raise DatabaseLocked(f"Could not lock {self.path}; another Trainer may be starting.")

    def release(self) -> None:
        if self._held:
            self.path.unlink(missing_ok=True)
            self._held = False
