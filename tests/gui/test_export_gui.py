"""File ▸ Export to Anki, driven by keys: what to export, with the schedule, and where."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import DECK_ID, wait_for_task
from trainer.domain import Rating
from trainer.gui import export_dialog
from trainer.gui.export_dialog import ExportDialog
from trainer.gui.main_window import MainWindow

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def _notes_and_reviews(package: Path, folder: Path) -> tuple[int, int, set[int]]:
    with zipfile.ZipFile(package) as archive:
        archive.extract("collection.anki2", folder)
    db = sqlite3.connect(folder / "collection.anki2")
    notes = db.execute("SELECT count() FROM notes").fetchone()[0]
    reviews = db.execute("SELECT count() FROM revlog").fetchone()[0]
    queues = {q for (q,) in db.execute("SELECT DISTINCT queue FROM cards")}
    db.close()
    return notes, reviews, queues


def test_ctrl_e_exports_the_selected_deck_with_its_schedule(
        qtbot, deck_window: MainWindow, press, on_modal, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, shown_messages) -> None:
    window = deck_window
    assert window.col is not None
    session = window.col.start_session(deck_ids=[DECK_ID])
    assert session.next_card() is not None
    session.reveal()
    session.answer(Rating.GOOD, duration_ms=2000)
    session.close()
    window.refresh()
    window.decks.select_deck(DECK_ID)  # the group's row: it holds only this deck
    window.decks.tree.expandAll()
    press(K.Key_Down, target=window.decks.tree)  # the deck's own row
    target = tmp_path / "out" / "every-kind.apkg"
    target.parent.mkdir()
    monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), "Anki packages (*.apkg)"))
    seen: dict[str, object] = {}

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        seen["scope"] = dialog.scope
        qtbot.keyClick(QApplication.focusWidget(), K.Key_Tab)  # past the choices
        assert QApplication.focusWidget() is dialog.with_schedule
        qtbot.keyClick(dialog.with_schedule, K.Key_Space)
        seen["schedule"] = dialog.with_schedule.isChecked()
        qtbot.keyClick(dialog, K.Key_Return)

    on_modal(choose)
    press(K.Key_E, CTRL)
    wait_for_task(qtbot, window)
    assert seen == {"scope": ("deck", DECK_ID), "schedule": True}
    notes, reviews, queues = _notes_and_reviews(target, tmp_path / "x")
    assert notes > 0 and reviews == 1 and 1 in queues  # one card in learning, as in Trainer
    assert "Exported to Anki" in shown_messages.texts()
    assert str(target) in shown_messages.texts()


def test_an_export_that_cannot_be_written_says_so(
        qtbot, deck_window: MainWindow, press, on_modal, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, shown_messages) -> None:
    window = deck_window
    window.decks.select_deck(DECK_ID)
    target = tmp_path / "no-such-folder" / "deck.apkg"
    monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), ""))
    on_modal(lambda dialog: qtbot.keyClick(dialog, K.Key_Return))
    press(K.Key_E, CTRL)
    wait_for_task(qtbot, window)
    assert not target.exists()
    text = shown_messages.texts()
    assert "could not be written" in text and "Choose a folder you can write to" in text
    assert "Traceback" not in text


def test_ctrl_shift_x_exports_the_selected_deck_as_a_spreadsheet(
        qtbot, deck_window: MainWindow, press, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = deck_window
    window.decks.select_deck(DECK_ID)
    target = tmp_path / "every-kind.csv"
    monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), ""))
    press(K.Key_X, CTRL | Qt.KeyboardModifier.ShiftModifier)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "front,back,tags,deck,relation,source"
    assert any(line.startswith("Which blood cells does ALL start from?,") for line in lines)
    assert "Wrote" in window.statusBar().currentMessage()
