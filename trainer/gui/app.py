"""Starting the desktop app: the QApplication, the profile, the main window.

``trainer`` (the CLI with no subcommand) calls :func:`run`.
"""

from __future__ import annotations

import signal
import sys
import traceback
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from trainer.clock import Clock
from trainer.config import DEFAULT_PROFILE, Profiles, data_root
from trainer.gui import messages
from trainer.gui.main_window import SETTINGS_APP, SETTINGS_ORG, MainWindow
from trainer.gui.profile_dialog import ProfileDialog


def application(argv: Sequence[str] = ()) -> QApplication:
    """The running QApplication, created with Trainer's names if there is none yet."""
    QCoreApplication.setOrganizationName(SETTINGS_ORG)
    QCoreApplication.setApplicationName(SETTINGS_APP)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv) or sys.argv[:1])
    app.setApplicationDisplayName("Trainer")
    return app


def choose_profile(profiles: Profiles, requested: str | None) -> tuple[str, bool]:
    """The profile to open and whether it was just created (a first run).

    The one asked for, else the last used, else the only one, else "default" (created).
    """
    existing = profiles.list()
    name = requested or profiles.last_used() or (existing[0] if len(existing) == 1 else None)
    if name is None:
        name = DEFAULT_PROFILE if DEFAULT_PROFILE in existing or not existing else existing[0]
    if name in existing:
        return name, False
    profiles.create(name)
    return name, True


def create_main_window(*, data_dir: Path | None = None, profile: str | None = None,
                       clock: Clock | None = None, settings: QSettings | None = None,
                       import_bundled: bool = True) -> MainWindow | None:
    """Build the window with a profile open, or None if it could not be opened.

    The caller shows the window. A new profile gets the bundled decks in the background.
    """
    application()
    profiles = Profiles(data_root(data_dir))
    try:
        name, created = choose_profile(profiles, profile)
    except (ValueError, OSError) as exc:
        messages.error(None, "Cannot create the profile",
                       f"{exc}\n\nChoose another folder with --data-dir, or another name.")
        return None
    window = MainWindow(profiles, clock=clock, settings=settings)
    if not window.open_profile(name):
        window.collector.stop()
        window.deleteLater()
        return None
    if import_bundled and window.col is not None and (created or window.col.first_run_pending()):
        window.import_bundled_if_new()  # also finishes a first start that was interrupted
    return window


def install_error_hook(log: Path) -> None:
    """Show unexpected errors as a message, with the details in a log file, not a traceback.

    Every answer is committed before the next card shows, so the learner loses nothing.
    """

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        sys.stderr.write(details)
        try:
            log.parent.mkdir(parents=True, exist_ok=True)
            with log.open("a", encoding="utf-8") as f:
                f.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{details}")
        except OSError:
            pass
        messages.error(QApplication.activeWindow(), "Something went wrong", (
            f"Trainer could not finish that: {exc or kind.__name__}.\n\n"
            "Your answers up to now are saved. If it happens again, send the file "
            f"{log} to whoever looks after Trainer."))

    sys.excepthook = hook


def run(argv: Sequence[str], *, data_dir: Path | None = None, profile: str | None = None,
        clock: Clock | None = None, quit_after_start: bool = False) -> int:
    """Open the main window and run the event loop; the process exit code.

    With ``quit_after_start`` the app starts as usual (a new profile gets the bundled decks),
    prints one line saying what it opened, and quits: a check that an install works. Messages
    go to stderr instead of dialogs, so nothing waits for a click; any of them means exit 1.
    """
    app = application(argv)
    unattended = _Unattended() if quit_after_start else None
    termination = _Termination()
    install_error_hook(data_root(data_dir) / "errors.log")
    window = create_main_window(data_dir=data_dir, profile=profile, clock=clock)
    if window is None:
        # The profile is in use (another window) or unreadable; the message said why.
        # On a shared computer, offer the other profiles rather than just quitting.
        profiles = Profiles(data_root(data_dir))
        dialog = ProfileDialog(profiles, None, rename=profiles.rename)
        dialog.setWindowTitle("Choose another profile")
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen:
            return 1
        window = create_main_window(data_dir=data_dir, profile=dialog.chosen, clock=clock)
        if window is None:
            return 1
    window.show()
    if termination.requested:  # signalled while starting: nothing to wait for
        window.close()
        return 0
    termination.keep_listening(window)
    if unattended is not None:
        unattended.quit_when_started(window)
    code = app.exec()
    return 1 if unattended is not None and unattended.failed else code


class _Unattended:
    """A start that nobody watches: messages are printed, and the app quits once started."""

    def __init__(self) -> None:
        self.failed = False
        messages.error = self._print  # type: ignore[assignment]
        messages.info = self._print  # type: ignore[assignment]

    def _print(self, _parent: object, title: str, text: str, details: str | None = None) -> None:
        self.failed = True
        print(f"trainer: {title}: {text}", file=sys.stderr, flush=True)

    def quit_when_started(self, window: MainWindow) -> None:
        """Quit once the first start's work (the bundled decks' import) is done."""
        poll = QTimer(window)

        def check() -> None:
            if window.task is not None:
                return
            poll.stop()
            cards = sum(c.total for c in window.counts)
            print(f"Trainer started: profile {window.profile}, {len(window.counts)} decks, "
                  f"{cards} cards.", flush=True)
            window.close()
            QApplication.quit()

        poll.timeout.connect(check)
        poll.start(50)


class _Termination:
    """Ctrl+C or a logout's SIGTERM closes the windows properly: the collection is closed
    and the profile lock released, instead of being left for the next start to take over."""

    def __init__(self) -> None:
        self.requested = False
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, self._on_signal)

    def _on_signal(self, *_: object) -> None:
        self.requested = True
        QApplication.closeAllWindows()  # the main window closes its collection
        QApplication.quit()

    def keep_listening(self, window: QWidget) -> None:
        """Python runs signal handlers only between bytecodes; a timer hands it control
        while Qt's event loop waits."""
        tick = QTimer(window)
        tick.timeout.connect(lambda: None)
        tick.start(250)
