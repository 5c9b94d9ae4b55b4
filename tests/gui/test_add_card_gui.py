"""Adding cards by hand from the keyboard, and exporting them to the deck's YAML."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from tests.gui.conftest import DECK_ID
from trainer.deckfile import load_deck
from trainer.gui.add_card_dialog import AddCardDialog
from trainer.gui.main_window import MainWindow


def test_a_adds_a_card_to_the_selected_deck(qtbot, deck_window: MainWindow, press,
                                            on_modal) -> None:
    assert {c.deck_id: c.total for c in deck_window.counts} == {DECK_ID: 7}
    seen: dict[str, str] = {}

    def write(dialog: QWidget) -> None:
        assert isinstance(dialog, AddCardDialog)
        assert dialog.deck.currentData() == DECK_ID
        assert QApplication.focusWidget() is dialog.front
        qtbot.keyClicks(dialog.front, "Normal platelet count?")
        press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # no answer yet
        seen["error"] = dialog.status.text()
        press(Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "150-400 x10^9/L")
        press(Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "labs ward")
        press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["added"] = dialog.status.text()
        seen["front after"] = dialog.front.toPlainText()
        press(Qt.Key.Key_Escape)

    on_modal(write)
    deck_window.decks.tree.setFocus()
    press(Qt.Key.Key_A)
    qtbot.waitUntil(lambda: "added" in seen, timeout=5000)
    assert seen["error"] == "The back is empty: write the answer."
    assert seen["added"].startswith("Added to Tests ▸ Every card kind: 1 card.")
    assert seen["front after"] == ""  # ready for the next card
    qtbot.waitUntil(lambda: {c.deck_id: c.total for c in deck_window.counts} == {DECK_ID: 8})


def test_export_writes_the_deck_file_with_the_added_cards(
        qtbot, deck_window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert deck_window.col is not None
    dialog = AddCardDialog(deck_window.col.hand_cards(), deck_window.counts,
                           current_deck=DECK_ID)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findText("Cloze (fill in the gap)"))
    dialog.front.setPlainText("{{c1::Mercaptopurine}} is taken by mouth.")
    added = dialog.add_card()
    assert added is not None and len(added.card_rows) == 1
    target = tmp_path / "exported.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Deck files (*.yaml *.yml)"))
    assert dialog.export() == target
    cards = load_deck(target).cards
    assert cards[-1].front == "{{c1::Mercaptopurine}} is taken by mouth."
    assert len(cards) == 8  # the seven of the file, and the one added
    assert str(target) in dialog.status.text()
