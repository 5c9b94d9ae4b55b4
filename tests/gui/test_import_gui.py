"""File ▸ Import with Anki packages and spreadsheets: preview first, then import, by keys."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import GUI_DECK, wait_for_task
from trainer.deckfile import load_deck
from trainer.gui import main_tasks
from trainer.gui.import_flow import ColumnsDialog, PreviewDialog
from trainer.gui.main_window import MainWindow
from trainer.services.exchange import export_deck

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def when_shown(qtbot, kind: type, handle: Callable[[QWidget], None]) -> list[QWidget]:
    """Handle the next modal dialog of ``kind`` (progress dialogs are let run)."""
    seen: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        dialog.activateWindow()
        try:
            qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
            handle(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, poll)
    return seen


def focused_in(dialog: QWidget) -> QWidget:
    """Where a key pressed in ``dialog`` lands: its focused widget, or the dialog itself while
    the focus has not yet moved in (a busy machine can be a moment late)."""
    widget = QApplication.focusWidget()
    return widget if widget is not None and dialog.isAncestorOf(widget) else dialog


def _pick(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    monkeypatch.setattr(main_tasks.QFileDialog, "getOpenFileNames",
                        lambda *_a, **_k: ([str(p) for p in paths], ""))


def test_an_anki_package_is_previewed_then_imported(qtbot, window: MainWindow, press,
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "every-kind.apkg"
    export_deck(load_deck(GUI_DECK), package, now=datetime(2026, 3, 2, tzinfo=UTC))
    _pick(monkeypatch, package)
    texts: list[str] = []

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, PreviewDialog)
        texts.append(dialog.text.toPlainText())
        assert window.col is not None and not window.col.deck_counts()  # nothing written yet
        qtbot.keyClick(focused_in(dialog), K.Key_Return)  # Import has the focus

    seen = when_shown(qtbot, PreviewDialog, confirm)
    press(K.Key_O, CTRL)
    qtbot.waitUntil(lambda: bool(seen) and window.task is None, timeout=20000)
    wait_for_task(qtbot, window)
    assert "Every card kind (new deck):" in texts[0]
    assert [c.title for c in window.counts] == ["Every card kind"]


def test_a_spreadsheet_goes_through_the_column_dialog(qtbot, window: MainWindow, press,
                                                      tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = tmp_path / "ward.csv"
    sheet.write_text("Question;Answer;Deck\nWhat does ALL stand for?;Acute lymphoblastic "
                     "leukaemia;Basics\nWhich drug is given intrathecally?;Methotrexate;Drugs\n")
    _pick(monkeypatch, sheet)
    seen: dict[str, object] = {}

    def columns(dialog: QWidget) -> None:
        assert isinstance(dialog, ColumnsDialog)
        seen["separator"] = dialog.delimiter.currentText()
        seen["header"] = dialog.header.isChecked()
        seen["mapping"] = dialog.mapping
        when_shown(qtbot, PreviewDialog, preview)
        qtbot.keyClick(dialog, K.Key_Return)

    def preview(dialog: QWidget) -> None:
        assert isinstance(dialog, PreviewDialog)
        seen["preview"] = dialog.text.toPlainText()
        qtbot.keyClick(focused_in(dialog), K.Key_Return)

    when_shown(qtbot, ColumnsDialog, columns)
    press(K.Key_O, CTRL)
    qtbot.waitUntil(lambda: "preview" in seen, timeout=10000)
    wait_for_task(qtbot, window)
    assert seen["separator"] == "Semicolon" and seen["header"] is True
    assert seen["mapping"] == {"front": 0, "back": 1, "deck": 2}
    assert "separated by semicolon, with a header row" in str(seen["preview"])
    assert sorted(c.title for c in window.counts) == ["Basics", "Drugs"]


def test_an_unsupported_file_is_named_and_nothing_is_imported(
        qtbot, window: MainWindow, press, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        shown_messages) -> None:
    pdf = tmp_path / "protocol.pdf"
    pdf.write_bytes(b"%PDF-1.5\n" + bytes(64))
    _pick(monkeypatch, pdf, GUI_DECK)
    press(K.Key_O, CTRL)
    text = shown_messages.texts()
    assert "Not a format Trainer imports" in text and "this is a PDF document" in text
    assert "Nothing was imported" in text and "NUL byte" not in text
    assert window.task is None and not window.counts


def test_a_deck_file_is_previewed_and_cancel_changes_nothing(
        qtbot, window: MainWindow, press, monkeypatch: pytest.MonkeyPatch) -> None:
    _pick(monkeypatch, GUI_DECK)
    texts: list[str] = []

    def cancel(dialog: QWidget) -> None:
        texts.append(dialog.text.toPlainText())  # type: ignore[attr-defined]
        qtbot.keyClick(focused_in(dialog), K.Key_Escape)

    seen = when_shown(qtbot, PreviewDialog, cancel)
    press(K.Key_O, CTRL)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=10000)
    assert texts[0].startswith("Every card kind (new deck): ")
    assert window.task is None and not window.counts
    assert "nothing was changed" in window.statusBar().currentMessage()

    seen = when_shown(qtbot, PreviewDialog,
                      lambda d: qtbot.keyClick(focused_in(d), K.Key_Return))
    press(K.Key_O, CTRL)
    qtbot.waitUntil(lambda: bool(seen) and bool(window.counts), timeout=10000)
    assert [c.title for c in window.counts] == ["Every card kind"]
