"""Generating a deck from documents that give nothing: the learner is told, and no deck appears.

Driven as a user would: Ctrl+G, typing the folder and the title, clicking Generate.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import Messages
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from trainer.gui.generate_dialog import GenerateDialog
from trainer.gui.main_window import MainWindow

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
GOOD = "Teaching notes.\n\nImatinib is a tyrosine kinase inhibitor that targets BCR-ABL1.\n"
IRRELEVANT = ("Ward handbook.\n\nThe ward kitchen opens at seven in the morning. Visitors sign "
              "in at the front desk.\n")


def _generate(qtbot, window: MainWindow, press: Callable[..., None],
              on_modal: Callable[[Callable[[QWidget], None]], None],
              folder: Path, title: str) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, GenerateDialog)
        dialog.folder.clear()
        dialog.folder.setFocus()
        qtbot.keyClicks(dialog.folder, str(folder))
        qtbot.keyClick(dialog.folder, K.Key_Tab)
        qtbot.keyClicks(dialog.title, title)
        dialog.cloze.setChecked(False)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    on_modal(fill)
    press(K.Key_G, CTRL)
    qtbot.waitUntil(lambda: window.task is None, timeout=20000)


def test_generating_from_a_document_without_facts_says_so_and_adds_no_deck(
        qtbot, window: MainWindow, tmp_path: Path, press, on_modal,
        shown_messages: Messages) -> None:
    docs = tmp_path / "handbook"
    docs.mkdir()
    (docs / "kitchen-rota.txt").write_text(IRRELEVANT, encoding="utf-8")
    _generate(qtbot, window, press, on_modal, docs, "Ward handbook")
    [(kind, title, text)] = shown_messages.shown
    assert (kind, title) == ("error", "No facts found")
    assert "No facts could be read from kitchen-rota.txt" in text
    assert "no deck was written" in text.lower() and "Traceback" not in text
    assert window.counts == [] and window.decks.is_empty
    decks = window.profiles.folder("default") / "decks"
    assert not decks.exists() or list(decks.iterdir()) == []


def test_a_scanned_pdf_is_named_as_having_no_text(qtbot, window: MainWindow, tmp_path: Path,
                                                  press, on_modal,
                                                  shown_messages: Messages) -> None:
    from tests.unit.test_ingest import make_pdf

    docs = tmp_path / "scans"
    docs.mkdir()
    (docs / "lecture.pdf").write_bytes(make_pdf([[]]))
    _generate(qtbot, window, press, on_modal, docs, "Lecture")
    [(kind, title, text)] = shown_messages.shown
    assert (kind, title) == ("error", "No facts found")
    assert "No text could be read from lecture.pdf" in text and "scanned" in text
    assert window.counts == []


def test_documents_that_gave_nothing_are_named_and_the_deck_is_made_from_the_others(
        qtbot, window: MainWindow, tmp_path: Path, press, on_modal,
        shown_messages: Messages) -> None:
    docs = tmp_path / "ward"
    docs.mkdir()
    (docs / "notes.txt").write_text(GOOD, encoding="utf-8")
    (docs / "kitchen-rota.txt").write_text(IRRELEVANT, encoding="utf-8")
    _generate(qtbot, window, press, on_modal, docs, "Ward notes")
    [(kind, title, text)] = shown_messages.shown
    assert (kind, title) == ("info", "Some documents gave no facts")
    assert "No facts could be read from kitchen-rota.txt" in text
    assert [c.title for c in window.counts] == ["Ward notes"]
    assert (window.profiles.folder("default") / "decks" / "ward-notes.yaml").is_file()
