"""File ▸ Backups, Tools ▸ Check collection, and the backups the window takes by itself.

The window is passed in (duck-typed: ``col``, ``profile``, ``profiles``, ``clock``,
``close_collection`` and ``open_profile``) so main_window.py only wires menu entries.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.clock import SystemClock
from trainer.gui import messages
from trainer.services import CollectionError
from trainer.services.backups import BackupInfo, backups_of, newest_good_backup, restore
from trainer.services.check import check_collection

CHECK_EVERY_MS = 60_000  # how often the window asks whether 30 minutes of use have passed


class BackupsDialog(QDialog):
    """The profile's backups, newest first, with their counts; Restore replaces the
    collection with the selected one (after backing up the current state)."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setWindowTitle("Backups")
        self.setAccessibleName("Backups")
        self.resize(620, 360)
        intro = QLabel("Trainer backs up your collection when you close it, every 30 minutes "
                       "of study, and before imports and repairs. Restoring first backs up "
                       "what is there now, so it can be undone.")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Taken", "Why", "Cards", "Reviews"])
        self.table.setAccessibleName("Backups")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemActivated.connect(lambda _item: self.restore_selected())
        self.backup_button = QPushButton("&Back up now")
        self.backup_button.setToolTip("Take a verified backup now (Ctrl+B)")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton("&Restore selected…")
        self.restore_button.setToolTip("Replace the collection with the selected backup "
                                       "(Ctrl+R, or Enter in the list)")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for keys, slot in (("Ctrl+B", self.back_up_now), ("Ctrl+R", self.restore_selected)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.backups: list[BackupInfo] = []
        self.reload()

    def _path(self) -> Any:
        return self.window_.profiles.collection_path(self.window_.profile)

    def reload(self) -> None:
        self.backups = backups_of(self._path())
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = [f"{info.taken_at.astimezone():%Y-%m-%d %H:%M:%S}", info.reason,
                     "—" if info.cards is None else str(info.cards),
                     "damaged" if info.reviews is None else str(info.reviews)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.restore_button.setEnabled(bool(self.backups))
        if self.backups:
            self.table.selectRow(0)
        self.table.setFocus()

    def back_up_now(self) -> None:
        col = self.window_.col
        if col is None:
            return
        try:
            col.backup(reason="manual")
        except CollectionError as exc:
            messages.error(self, "Backup failed", str(exc))
        self.reload()

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.backups):
            return
        info = self.backups[row]
        if not messages.confirm(self, "Restore this backup?", (
                f"Replace your collection with the backup {info.describe()}?\n\n"
                "What is there now is backed up first, so you can go back to it.")):
            return
        if restore_backup(self.window_, info):
            self.accept()
        else:
            self.reload()


def restore_backup(window: Any, info: BackupInfo) -> bool:
    """Close the collection, put ``info`` in its place, and open the profile again."""
    name = window.profile
    path = window.profiles.collection_path(name)
    window.close_collection(backup=False)
    try:
        done = restore(path, info.path, clock=window.clock or SystemClock())
    except CollectionError as exc:
        messages.error(window, "Restore failed", f"{exc}\n\nYour collection was not changed.")
        window.open_profile(name)
        return False
    window.open_profile(name)
    kept = ("The damaged file was moved aside" if done.previous_was_damaged
            else "What was there before was backed up")
    messages.info(window, "Backup restored",
                  f"Restored the backup {info.describe()}.\n\n{kept}: {done.previous}")
    return True


def show_backups(window: Any) -> None:
    if window.profile is None:
        return
    BackupsDialog(window, parent=window).exec()


def check(window: Any) -> None:
    """Tools ▸ Check collection: repair what can be repaired and say what was done."""
    col = window.col
    if col is None:
        return
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = check_collection(col)
    except CollectionError as exc:
        messages.error(window, "Check failed", str(exc))
        return
    finally:
        QGuiApplication.restoreOverrideCursor()
    if report.damaged:
        messages.error(window, "Collection is damaged", report.summary())
    else:
        messages.info(window, "Collection checked", report.summary())
    window.refresh()


def offer_restore(window: Any, name: str, problem: str) -> bool:
    """A damaged collection: offer the newest backup that passes its check; True if restored.

    Nothing is written into the damaged file: a restore moves it aside whole.
    """
    path = window.profiles.collection_path(name)
    best = newest_good_backup(path)
    if best is None:
        return False
    if not messages.confirm(window, "Collection is damaged", (
            f"The study data of the profile “{name}” is damaged and was not changed.\n\n"
            f"{problem}\n\nRestore the newest good backup, {best.describe()}? The damaged "
            "file is kept aside.")):
        return False
    try:
        done = restore(path, best.path, clock=window.clock or SystemClock())
    except CollectionError as exc:
        messages.error(window, "Restore failed", str(exc))
        return False
    messages.info(window, "Backup restored",
                  f"Restored the backup {best.describe()}.\n\nThe damaged file was moved "
                  f"to {done.previous}.")
    return True


def start_periodic_backups(window: Any) -> QTimer:
    """Every minute, take a backup if 30 minutes of use have passed since the last one."""

    def tick() -> None:
        if window.col is None or window.task is not None:
            return
        try:
            window.col.backup_if_due()
        except CollectionError as exc:
            window.statusBar().showMessage(f"Backup failed: {exc}", 15000)

    timer = QTimer(window)
    timer.timeout.connect(tick)
    timer.start(CHECK_EVERY_MS)
    return timer
