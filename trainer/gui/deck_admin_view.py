"""Deck commands of the deck list: new, rename, move, delete, and their Undo.

The dialogs only ask; trainer.services.deck_admin does the work and returns what changed,
which is kept here for Undo (Ctrl+Z on the deck list) and handed to the main window, whose
views refresh from it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from trainer.domain import DeckCounts
from trainer.gui import messages
from trainer.gui.deck_list import DeckListView
from trainer.services import Collection
from trainer.services.changes import OpChanges
from trainer.services.deck_admin import DeckAdminError, DeckOp

_NO_GROUP = "(no group)"


class DeckManager:
    """Runs deck operations for the main window and remembers them for Undo."""

    def __init__(self, parent: QWidget, decks: DeckListView,
                 collection: Callable[[], Collection | None],
                 apply_changes: Callable[[OpChanges], None],
                 status: Callable[[str], None]) -> None:
        self._parent = parent
        self._decks = decks
        self._collection = collection
        self._apply_changes = apply_changes
        self._status = status
        self.done: list[DeckOp] = []
        decks.tree.decks_dropped.connect(self._dropped)

    @property
    def can_undo(self) -> bool:
        return bool(self.done)

    def forget(self) -> None:
        """Another profile, or an import: the kept operations no longer apply."""
        self.done.clear()

    def _run(self, work: Callable[[], DeckOp]) -> DeckOp | None:
        col = self._collection()
        if col is None:
            return None
        try:
            op = work()
        except DeckAdminError as exc:
            messages.error(self._parent, "Deck not changed", str(exc))
            return None
        self.done.append(op)
        self._apply_changes(op.changes)
        if op.deck_ids and op.kind != "delete":
            self._decks.select_deck_row(op.deck_ids[0])
        self._status(f"{op.description}. Undo with Ctrl+Z.")
        return op

    def _groups(self, counts: Sequence[DeckCounts]) -> list[str]:
        return sorted({c.group for c in counts if c.group}, key=str.casefold)

    # -- commands ------------------------------------------------------------------------
    def new_deck(self, counts: Sequence[DeckCounts]) -> DeckOp | None:
        col = self._collection()
        if col is None:
            return None
        title, ok = QInputDialog.getText(self._parent, "New deck", "Name of the new deck:")
        if not ok:
            return None
        scope = self._decks.selected_scope()
        group = ""
        if scope is not None:
            group = scope[1] if scope[0] == "group" else next(
                (c.group for c in counts if c.deck_id == scope[1]), "")
        return self._run(lambda: col.deck_admin().create(title=title, group=group))

    def rename(self, counts: Sequence[DeckCounts]) -> DeckOp | None:
        col = self._collection()
        scope = self._decks.selected_scope()
        if col is None or scope is None:
            return None
        kind, value = scope
        if kind == "group":
            name, ok = QInputDialog.getText(self._parent, "Rename group",
                                            f"New name of the group “{value}”:",
                                            QLineEdit.EchoMode.Normal, value)
            if not ok or name.strip() == value:
                return None
            return self._run(lambda: col.deck_admin().rename_group(group=value, new_name=name))
        title = next((c.title for c in counts if c.deck_id == value), value)
        name, ok = QInputDialog.getText(self._parent, "Rename deck", "New name of the deck:",
                                        QLineEdit.EchoMode.Normal, title)
        if not ok or name.strip() == title:
            return None
        return self._run(lambda: col.deck_admin().rename(deck_id=value, title=name))

    def move(self, counts: Sequence[DeckCounts]) -> DeckOp | None:
        """Move the selected deck to a group chosen from a list, or typed as a new one."""
        col = self._collection()
        scope = self._decks.selected_scope()
        if col is None or scope is None or scope[0] != "deck":
            return None
        current = next((c.group for c in counts if c.deck_id == scope[1]), "")
        choices = [_NO_GROUP, *self._groups(counts)]
        start = choices.index(current) if current in choices else 0
        group, ok = QInputDialog.getItem(
            self._parent, "Move deck", "Group (choose one, or type a new name):", choices,
            start, True)
        if not ok:
            return None
        group = "" if group == _NO_GROUP else group
        if group.strip() == current:
            return None
        return self._run(lambda: col.deck_admin().move(deck_ids=[scope[1]], group=group))

    def delete(self) -> DeckOp | None:
        """Ask first, saying how many cards and reviews go; then delete the deck or group."""
        col = self._collection()
        ids = self._decks.selected_deck_ids()
        if col is None or not ids:
            return None
        admin = col.deck_admin()
        try:
            preview = admin.preview_delete(deck_ids=ids)
        except DeckAdminError as exc:
            messages.error(self._parent, "Deck not deleted", str(exc))
            return None
        scope = self._decks.selected_scope()
        title = "Delete group" if scope and scope[0] == "group" else "Delete deck"
        box = QMessageBox(QMessageBox.Icon.Warning, title, preview.question(),
                          QMessageBox.StandardButton.Cancel, self._parent)
        box.setAccessibleName(title)
        remove = box.addButton("&Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter alone keeps the deck
        box.exec()
        if box.clickedButton() is not remove:
            return None
        return self._run(lambda: admin.delete(deck_ids=ids))

    def undo(self) -> str | None:
        col = self._collection()
        if col is None or not self.done:
            return None
        op = self.done.pop()
        try:
            text = col.deck_admin().undo(op)
        except DeckAdminError as exc:
            messages.error(self._parent, "Cannot undo", str(exc))
            return None
        self._apply_changes(op.changes)  # undo puts back the rows the operation changed
        if op.deck_ids and op.kind != "create":
            self._decks.select_deck_row(op.deck_ids[0])
        self._status(text)
        return text

    def _dropped(self, deck_ids: list[str], group: str) -> None:
        col = self._collection()
        if col is not None and deck_ids:
            self._run(lambda: col.deck_admin().move(deck_ids=deck_ids, group=group))
