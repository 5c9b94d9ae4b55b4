"""File ▸ Backups, Tools ▸ Check collection, and a damaged profile met on opening."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from tests.gui.conftest import Messages, wait_for_task
from trainer.clock import FixedClock
from trainer.config import Profiles
from trainer.gui import messages
from trainer.gui.app import create_main_window
from trainer.gui.backups_dialog import BackupsDialog
from trainer.gui.main_window import MainWindow
from trainer.services import Collection, CollectionFull, CollectionLocked, CollectionReadOnly
from trainer.services.backups import backups_of

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _reviews(path: Path) -> int:
    raw = sqlite3.connect(path)
    try:
        return int(raw.execute("SELECT count(*) FROM review_log").fetchone()[0])
    finally:
        raw.close()


def _answer_one(qtbot, window: MainWindow, press: Callable[..., None]) -> None:
    window.decks.study_selected()
    assert window.pages.currentIndex() == window.PAGE_REVIEW
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_3)


@pytest.fixture
def confirm_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def yes(_parent: object, title: str, text: str) -> bool:
        asked.append(f"{title}: {text}")
        return True

    monkeypatch.setattr(messages, "confirm", yes)
    return asked


def test_backups_dialog_takes_and_restores_a_backup_from_the_keyboard(
        qtbot, deck_window: MainWindow, press: Callable[..., None], confirm_yes: list[str],
        shown_messages: Messages, on_modal: Callable[..., None]) -> None:
    window = deck_window
    path = window.profiles.collection_path(window.profile)
    seen: list[int] = []

    def take_one(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupsDialog)
        before = dialog.table.rowCount()
        qtbot.keyClick(dialog.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        seen.extend([before, dialog.table.rowCount()])
        assert dialog.table.item(0, 1).text() == "manual"
        dialog.reject()

    on_modal(take_one)
    press(Qt.Key.Key_B, CTRL_SHIFT)
    assert seen[1] == seen[0] + 1
    _answer_one(qtbot, window, press)
    assert _reviews(path) == 1

    def restore_manual(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupsDialog)
        row = next(i for i, b in enumerate(dialog.backups) if b.reason == "manual")
        dialog.table.selectRow(row)
        qtbot.keyClick(dialog.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)

    window.show_decks()
    on_modal(restore_manual)
    press(Qt.Key.Key_B, CTRL_SHIFT)
    assert confirm_yes and "Restore this backup?" in confirm_yes[-1]
    assert window.col is not None, "the profile is open again"
    assert _reviews(path) == 0
    assert shown_messages.shown[-1][1] == "Backup restored"
    assert "before-restore" in {b.reason for b in backups_of(path)}


def test_check_collection_reports_from_the_tools_menu(
        qtbot, deck_window: MainWindow, press: Callable[..., None],
        shown_messages: Messages) -> None:
    press(Qt.Key.Key_K, CTRL_SHIFT)
    kind, title, text = shown_messages.shown[-1]
    assert (kind, title) == ("info", "Collection checked")
    assert "No problems found" in text


def test_closing_the_window_takes_a_backup(qtbot, deck_window: MainWindow) -> None:
    path = deck_window.profiles.collection_path(deck_window.profile)
    deck_window.close()
    assert backups_of(path)[0].reason == "close"


def test_a_damaged_collection_offers_the_newest_good_backup(
        qtbot, data_dir: Path, clock: FixedClock, qsettings: QSettings,
        shown_messages: Messages, confirm_yes: list[str], write_deck: Callable[..., Path]
        ) -> None:
    from tests.integration.decks import basics, deck

    profiles = Profiles(data_dir)
    profiles.create("default")
    path = profiles.collection_path("default")
    with Collection.open(path, clock=clock) as col:
        col.import_deck_files([write_deck(deck(cards=basics(300)))])
        col.backup(reason="manual")
    raw = sqlite3.connect(path)
    root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name='cards'").fetchone()[0]
    raw.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * 4096:root * 4096] = random.Random(3).randbytes(4096)
    path.write_bytes(bytes(data))
    window = create_main_window(data_dir=data_dir, clock=clock, settings=qsettings,
                                import_bundled=False)
    assert window is not None
    qtbot.addWidget(window)
    assert "is damaged and was not changed" in confirm_yes[0]
    assert window.col is not None and window.col.has_decks()
    assert shown_messages.shown[-1][1] == "Backup restored"
    assert list((path.parent / "backups").glob("damaged-*"))
    window.close()


def test_an_interrupted_first_start_gets_its_bundled_decks_next_time(
        qtbot, data_dir: Path, clock: FixedClock, qsettings: QSettings,
        shown_messages: Messages) -> None:
    profiles = Profiles(data_dir)
    profiles.create("default")  # the profile exists: the last start stopped after this
    Collection.open(profiles.collection_path("default"), clock=clock).close()
    window = create_main_window(data_dir=data_dir, clock=clock, settings=qsettings)
    assert window is not None
    qtbot.addWidget(window)
    wait_for_task(qtbot, window)
    assert window.col is not None and window.col.has_decks()
    assert not window.col.first_run_pending()
    window.close()


@pytest.mark.parametrize(("error", "title"), [
    (CollectionReadOnly("Trainer cannot save to /x: the file or its folder is read-only"),
     "Cannot save here"),
    (CollectionFull("The disk holding /x is full. Nothing was changed"), "Disk full"),
    (CollectionLocked("Another program is using the collection /x"), "Collection in use"),
])
def test_faults_on_opening_are_named_in_the_window(error: Exception, title: str) -> None:
    got_title, text = messages.collection_problem(error, "Ward 4")  # type: ignore[arg-type]
    assert got_title == title
    assert str(error) in text and "another Trainer window" not in text
