"""The profile dialog from the keyboard: Enter creates, Delete removes after asking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from trainer.gui import messages
from trainer.gui.main_window import MainWindow
from trainer.gui.profile_dialog import ProfileDialog

K = Qt.Key


@pytest.fixture
def dialog(qtbot, window: MainWindow) -> ProfileDialog:
    shown = ProfileDialog(window.profiles, window.profile, rename=window.rename_profile,
                          parent=window)
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow, timeout=2000)
    return shown


def test_enter_in_the_name_field_creates_the_profile_and_keeps_the_dialog(
        qtbot, window: MainWindow, dialog: ProfileDialog) -> None:
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Ward 4")
    qtbot.keyClick(dialog.name, K.Key_Return)
    assert "Ward 4" in window.profiles.list()
    assert dialog.isVisible() and dialog.chosen is None  # Open was not pressed as well
    assert dialog.selected() == "Ward 4"
    qtbot.keyClick(dialog.list, K.Key_Return)  # Enter in the list opens it
    assert dialog.chosen == "Ward 4"


def test_delete_asks_first_and_never_deletes_the_open_profile(
        qtbot, window: MainWindow, dialog: ProfileDialog,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.profiles.create("Night shift")
    dialog.refresh(select="Night shift")
    answers: list[str] = []

    def confirm(_parent: object, _title: str, text: str) -> bool:
        answers.append(text)
        return len(answers) > 1  # "No" the first time, "Yes" the second

    monkeypatch.setattr(messages, "confirm", confirm)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, K.Key_Delete)
    assert "Night shift" in window.profiles.list() and "cannot be undone" in answers[0]
    qtbot.keyClick(dialog.list, K.Key_Delete)
    assert "Night shift" not in window.profiles.list()
    assert not any(p.name.startswith(".deleting") for p in window.profiles.root.iterdir())
    # The open profile is refused without asking.
    dialog.refresh(select=window.profile)
    qtbot.keyClick(dialog.list, K.Key_Delete)
    assert len(answers) == 2 and "open now" in dialog.error.text()
    assert window.profile in window.profiles.list()
