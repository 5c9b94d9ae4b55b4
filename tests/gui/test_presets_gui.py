"""Options presets, the maximum interval and "Optimise" in the options, from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from tests.gui.conftest import DECK_ID
from trainer.gui.main_window import MainWindow
from trainer.gui.presets_page import PresetsPage
from trainer.gui.settings_dialog import SettingsDialog


def test_the_options_have_a_presets_tab_and_a_maximum_interval(
        qtbot, deck_window: MainWindow, press, on_modal) -> None:
    seen: dict[str, object] = {}

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        seen["interval"] = dialog.deck_page.max_interval.value()
        press(Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        seen["tab"] = dialog.tabs.tabText(dialog.tabs.currentIndex())
        seen["page"] = type(dialog.presets_page)
        press(Qt.Key.Key_Escape)

    on_modal(check)
    press(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "tab" in seen, timeout=5000)
    assert seen["interval"] == 36500  # the deck file says nothing: the default
    assert seen["page"] is PresetsPage and seen["tab"] == "&Presets"


def test_a_new_preset_ticked_for_the_group_sets_its_decks_retention(
        qtbot, deck_window: MainWindow, press, monkeypatch: pytest.MonkeyPatch,
        shown_messages) -> None:
    col = deck_window.col
    assert col is not None
    page = PresetsPage(col.presets(), deck_window.counts, col.optimise)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()  # mnemonics (Alt+N) work in the active window
    qtbot.waitUntil(page.isActiveWindow)
    assert not page.save.isEnabled()  # no preset yet
    page.retention.setFocus()
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier, target=page.retention)
    qtbot.keyClicks(page.retention, "95")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Exam month", True))
    press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # "&New…" clicks after a flash
    qtbot.waitUntil(lambda: page.choice.currentText() == "Exam month")
    assert page.save.isEnabled() and not shown_messages.shown
    labels = [page.used_by.item(i).text() for i in range(page.used_by.count())]
    assert labels == ["Tests (every deck of the group)", "Tests ▸ Every card kind"]
    assert col.deck_settings(DECK_ID).desired_retention == pytest.approx(0.90)
    page.used_by.setFocus()
    page.used_by.setCurrentRow(0)
    press(Qt.Key.Key_Space, target=page.used_by)  # tick the group
    assert col.deck_settings(DECK_ID).desired_retention == pytest.approx(0.95)
    assert col.deck_settings_source(DECK_ID)[1] == "group preset"


def test_optimise_says_when_there_are_too_few_answers(qtbot, deck_window: MainWindow,
                                                      press) -> None:
    col = deck_window.col
    assert col is not None
    page = PresetsPage(col.presets(), deck_window.counts, col.optimise)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()  # mnemonics (Alt+N) work in the active window
    qtbot.waitUntil(page.isActiveWindow)
    press(Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier, target=page)
    qtbot.waitUntil(lambda: page.task is None and page.last_fit is not None, timeout=10000)
    assert page.fit_label.text().startswith("Not enough answers yet to fit your own "
                                            "parameters (0 so far")
    assert page.optimise_button.isEnabled()
    assert QApplication.activeModalWidget() is None  # the progress dialog went away
