"""Long work off the GUI thread: a QRunnable worker with signals, and a progress dialog.

A task is a plain function ``work(progress, cancel) -> result`` that calls
``progress(done, total, message)`` now and then and stops when the CancelToken is
cancelled (the services raise Cancelled). The worker runs it on Qt's thread pool and
reports back through queued signals, so the window keeps painting and the Cancel button
keeps working.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from trainer.services import CancelToken

Progress = Callable[[int, int, str], None]
Work = Callable[[Progress, CancelToken], Any]


class WorkerSignals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    done = Signal()  # always last, after succeeded or failed


class Worker(QRunnable):
    """Runs ``work`` on a pool thread; every outcome arrives as a signal."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self.cancel_token = CancelToken()
        self.signals = WorkerSignals()
        self.setAutoDelete(False)  # the Task keeps it until done

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, self.cancel_token)
        except BaseException as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.done.emit()


class Task(QObject):
    """A worker plus the modal progress dialog (with Cancel) that follows it.

    ``on_success(result)`` and ``on_error(exception)`` run on the GUI thread. Cancelling
    asks the work to stop; the services then raise Cancelled, which goes to ``on_error``.
    """

    finished = Signal()

    def __init__(self, parent: QWidget, title: str, work: Work, *,
                 on_success: Callable[[Any], None],
                 on_error: Callable[[BaseException], None],
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.worker = Worker(work)
        self.on_success = on_success
        self.on_error = on_error
        self.pool = pool or QThreadPool.globalInstance()
        self.dialog = QProgressDialog(title, "Cancel", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        label = QLabel(title)
        label.setTextFormat(Qt.TextFormat.PlainText)  # progress names deck titles and files
        self.dialog.setLabel(label)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.dialog.setAccessibleName(title)
        self.dialog.canceled.connect(self.cancel)
        s = self.worker.signals
        s.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        s.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        s.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        s.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.running = False
        self._dialog_open = True

    def start(self) -> None:
        self.running = True
        self.dialog.show()
        self.pool.start(self.worker)

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self.worker.cancel_token.cancel()
        self.dialog.setLabelText("Cancelling…")
        self.dialog.setCancelButtonText("Cancelling…")

    @property
    def cancelled(self) -> bool:
        return self.worker.cancel_token.cancelled

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.cancelled:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        if message:
            self.dialog.setLabelText(message)

    def _succeeded(self, result: object) -> None:
        self._close_dialog()
        self.on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self._close_dialog()
        self.on_error(exc)

    def _done(self) -> None:
        self.running = False
        self._close_dialog()
        self.finished.emit()
        self.deleteLater()

    def _close_dialog(self) -> None:
        if self._dialog_open:
            self._dialog_open = False
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
