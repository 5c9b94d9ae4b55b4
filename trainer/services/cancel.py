"""Cooperative cancellation and progress for long work (imports, generation)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from trainer.services.errors import Cancelled

Progress = Callable[[int, int, str], None]


class CancelToken:
    """Set from any thread; long work checks it between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled("Stopped at your request; nothing was changed.")
