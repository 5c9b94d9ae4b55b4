"""GUI test fixtures: an offscreen Qt, a main window on a throwaway profile, a fixed clock.

QT_QPA_PLATFORM is set before anything imports Qt, so the tests run without a display.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from trainer.clock import FixedClock
from trainer.gui import messages
from trainer.gui.app import create_main_window
from trainer.gui.browser.window import BrowserWindow
from trainer.gui.main_window import MainWindow

GUI_DECK = Path(__file__).resolve().parents[1] / "data" / "gui_deck.yaml"
DECK_ID = "gui-test"
NOTES = "Notes for the GUI tests.\nLymphoid precursor cells keep dividing\nand fill the marrow.\n"


class Messages:
    """Stands in for the message boxes: records (kind, title, text) instead of blocking."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []

    def texts(self) -> str:
        return "\n".join(f"{title}: {text}" for _kind, title, text in self.shown)


@pytest.fixture
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    recorder = Messages()

    def record(kind: str) -> Callable[..., None]:
        def show(_parent: object, title: str, text: str, details: str | None = None) -> None:
            recorder.shown.append((kind, title, text + (f"\n{details}" if details else "")))
        return show

    monkeypatch.setattr(messages, "error", record("error"))
    monkeypatch.setattr(messages, "info", record("info"))
    return recorder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "qt.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, data_dir: Path, clock: FixedClock, qsettings: QSettings,
                shown_messages: Messages) -> Iterator[Callable[..., MainWindow]]:
    made: list[MainWindow] = []

    def make(profile: str | None = None) -> MainWindow:
        window = create_main_window(data_dir=data_dir, profile=profile, clock=clock,
                                    settings=qsettings, import_bundled=False)
        assert window is not None, shown_messages.texts()
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
    QThreadPool.globalInstance().waitForDone(5000)


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


def wait_for_task(qtbot, window: MainWindow) -> None:
    """Let a background task (import) finish, with the event loop running."""
    qtbot.waitUntil(lambda: window.task is None, timeout=10000)


def with_deck(qtbot, window: MainWindow, tmp_path: Path, deck: Path, notes: dict[str, str]
              ) -> MainWindow:
    """``window`` with ``deck`` imported and its source documents (name -> text) on disk."""
    docs = tmp_path / "documents"
    docs.mkdir()
    for name, text in notes.items():
        (docs / name).write_text(text, encoding="utf-8")
    assert window.col is not None
    window.col.set_app_settings(window.col.app_settings().with_changes(documents_dir=str(docs)))
    window.app_settings = window.col.app_settings()
    assert window.import_files([deck]) is not None, "the import was refused: a task is running"
    wait_for_task(qtbot, window)
    assert window.col.deck_counts(), (  # say what the window said, to tell why
        f"the import finished without adding the deck; status bar: "
        f"{window.statusBar().currentMessage()!r}; report: {window.last_report!r}")
    return window


@pytest.fixture
def deck_window(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:
    """The main window with the all-kinds deck imported and its notes file on disk."""
    return with_deck(qtbot, window, tmp_path, GUI_DECK, {"notes.txt": NOTES})


@pytest.fixture
def press(qtbot) -> Callable[..., None]:
    """Press a key where the user's keyboard would deliver it: the focused widget."""

    def key(key: Qt.Key | str,
            modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
            target: QWidget | None = None) -> None:
        focus = QApplication.focusWidget()
        if target is None and (focus is None or not focus.isVisible()):
            # The offscreen platform does not hand activation back to the main window when
            # a dialog closes, as a window manager does (for a moment the focus can still be
            # in the closed dialog); do it here.
            main = next(w for w in QApplication.topLevelWidgets()
                        if isinstance(w, MainWindow) and w.isVisible())
            main.activateWindow()
            qtbot.waitUntil(main.isActiveWindow, timeout=2000)
            focus = QApplication.focusWidget()
        widget = target or focus or QApplication.activeWindow()
        assert widget is not None, "nothing has the keyboard focus"
        qtbot.keyClick(widget, key, modifier)

    return key


@pytest.fixture
def on_modal(qtbot) -> Iterator[Callable[[Callable[[QWidget], None]], None]]:
    """Run ``handle(dialog)`` once the next modal dialog is open (it must close it).

    A poll still waiting when its test ends is stopped: left running, it would take the next
    test's first modal dialog (an import's progress dialog, say) and reject it, which cancels
    that test's work from outside.
    """
    from PySide6.QtCore import QTimer

    alive = [True]

    def schedule(handle: Callable[[QWidget], None]) -> None:
        def poll() -> None:
            if not alive[0]:
                return
            dialog = QApplication.activeModalWidget()
            if dialog is None or not dialog.isVisible():
                QTimer.singleShot(10, poll)
                return
            dialog.activateWindow()
            try:
                qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
                handle(dialog)
            finally:
                if dialog.isVisible() and hasattr(dialog, "reject"):
                    dialog.reject()  # never leave a test hanging on an open dialog

        QTimer.singleShot(0, poll)

    yield schedule
    alive[0] = False


def open_browser(qtbot, window: MainWindow, press: Callable[..., None]) -> BrowserWindow:
    """Press B on the main window and wait until the browser has the keyboard."""
    press(Qt.Key.Key_B)
    browser = window.browser
    assert browser is not None and browser.isVisible()
    browser.activateWindow()
    qtbot.waitUntil(browser.isActiveWindow, timeout=3000)
    return browser
