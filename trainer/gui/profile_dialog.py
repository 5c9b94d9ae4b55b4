"""Profiles: one collection per person on a shared computer. Create, rename, switch, delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.config import Profiles
from trainer.gui import messages
from trainer.services import Collection, CollectionError, CollectionLocked


class ProfileDialog(QDialog):
    """Lists the profiles; Open switches to the selected one (see :attr:`chosen`).

    ``rename`` renames a profile; the window supplies it because renaming the open
    profile means closing its collection first. It raises ValueError with a message.
    """

    def __init__(self, profiles: Profiles, current: str | None, *,
                 rename: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Profiles")
        self.setAccessibleName("Profiles")
        self.profiles = profiles
        self.current = current
        self._rename = rename
        self.chosen: str | None = None

        intro = QLabel("Each person studying on this computer has a profile with their own "
                       "cards and progress.")
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Profiles")
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.name = QLineEdit()
        self.name.setPlaceholderText("Name, e.g. Ward 4 or your own name")
        self.name.setAccessibleName("Profile name")
        self.name.installEventFilter(self)  # Enter here creates the profile: eventFilter
        self.create_button = QPushButton("&Create")
        self.create_button.setToolTip("Create a profile with this name")
        self.create_button.clicked.connect(self.create_profile)
        self.rename_button = QPushButton("&Rename selected")
        self.rename_button.setToolTip("Give the selected profile this name")
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button = QPushButton("&Delete selected…")
        self.delete_button.setToolTip("Delete the selected profile, its cards and its history "
                                      "(Delete; asks first)")
        self.delete_button.clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        self.error = QLabel()
        self.error.setProperty("role", "verdict-wrong")
        self.error.setWordWrap(True)
        self.error.hide()
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.create_button)
        name_row.addWidget(self.rename_button)

        buttons = QDialogButtonBox()
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.open_button = buttons.addButton("&Open", QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setToolTip("Switch to the selected profile (Enter)")
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.open_selected)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(name_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.refresh(select=current)
        self.resize(480, 360)
        self.list.setFocus()

    def refresh(self, *, select: str | None = None) -> None:
        self.list.clear()
        for name in self.profiles.list():
            item = QListWidgetItem(f"{name}  (open now)" if name == self.current else name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
            if name == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def create_profile(self) -> None:
        name = self.name.text().strip()
        try:
            self.profiles.create(name)
        except (ValueError, OSError) as exc:
            self._fail(str(exc))
            return
        self._fail("")
        self.name.clear()
        self.refresh(select=name)
        self.list.setFocus()

    def rename_selected(self) -> None:
        old, new = self.selected(), self.name.text().strip()
        if old is None:
            self._fail("Select the profile to rename first.")
            return
        try:
            self._rename(old, new)
        except (ValueError, OSError) as exc:
            self._fail(str(exc))
            return
        if old == self.current:
            self.current = new
        self._fail("")
        self.name.clear()
        self.refresh(select=new)

    def delete_selected(self) -> None:
        """Delete the selected profile after a confirmation; never the one that is open."""
        name = self.selected()
        if name is None:
            return
        if name == self.current:
            self._fail(f"'{name}' is open now. Open another profile first, then delete it.")
            return
        if not messages.confirm(self, "Delete profile", (
                f"Delete the profile '{name}' with all its cards, review history and backups? "
                "This cannot be undone.")):
            return
        try:
            Collection.open(self.profiles.collection_path(name)).close()  # in use elsewhere?
        except CollectionLocked:
            self._fail(f"'{name}' is open in another Trainer window. Close it there first.")
            return
        except CollectionError:
            pass  # unreadable: deleting it is what the user asked for
        try:
            self.profiles.delete(name)
        except (ValueError, OSError) as exc:
            self._fail(f"Could not delete '{name}': {exc}")
            return
        self._fail("")
        self.refresh(select=self.current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the name field creates the profile, and does not also press Open.

        The field would pass Enter on to the dialog, whose default button (Open) takes it
        and closes the dialog on the profile selected before.
        """
        if watched is self.name and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.create_profile()
            return True
        return super().eventFilter(watched, event)

    def open_selected(self) -> None:
        name = self.selected()
        if name is None:
            self._fail("Create a profile first.")
            return
        self.chosen = name
        self.accept()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
