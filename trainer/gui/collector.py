"""Cyclic garbage is collected on the GUI thread only.

Qt objects must be destroyed on the thread that owns them, but Python's collector runs on
whichever thread happens to cross its allocation threshold. A deck import on a worker thread
could then destroy widgets left in reference cycles, and the app crashed (seen in the GUI
tests). So while a main window is open the automatic collector is off, and the GUI thread
collects instead, as Anki does: the young generations often (about a millisecond), everything
only at natural pauses - after a task, at the end of a session - since a full collection
takes tens of milliseconds with a large collection open and must not delay a grade key.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 10_000
YOUNG = 1  # the generations the timer collects: 0 and 1

_open = 0  # collectors running; the automatic collector is off while any is
_restore = False  # whether it was on before the first one started


class GuiThreadCollector(QObject):
    """Turns the automatic collector off; collects the young generations every
    ``interval_ms``, and everything when asked, on this thread."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        global _open, _restore
        super().__init__(parent)
        if _open == 0:
            _restore = gc.isenabled()
            gc.disable()
        _open += 1
        self._running = True
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_young)
        self._timer.start(interval_ms)

    def collect_young(self) -> int:
        return gc.collect(YOUNG)

    def collect(self) -> int:
        """Collect everything now (on the calling thread, which must be the GUI thread)."""
        return gc.collect()

    def stop(self) -> None:
        """Collect once more; the last collector to stop turns the automatic one back on."""
        global _open
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        gc.collect()
        _open -= 1
        if _open == 0 and _restore:
            gc.enable()
