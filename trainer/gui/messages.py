"""Message boxes in one place, so every error reads the same and tests can stand in for them.

Callers use ``messages.error(...)`` (module attribute) rather than importing the functions,
which lets tests replace them with recorders.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from trainer.services import (
    CollectionCorrupt,
    CollectionError,
    CollectionFull,
    CollectionLocked,
    CollectionReadOnly,
    CollectionTooNew,
)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         details: str | None) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title)
    box.setTextFormat(box.textFormat().PlainText)
    if details:
        box.setDetailedText(details)
    return box


def error(parent: QWidget | None, title: str, text: str, details: str | None = None) -> None:
    """Tell the user something went wrong and what to do; never a traceback."""
    _box(parent, QMessageBox.Icon.Warning, title, text, details).exec()


def info(parent: QWidget | None, title: str, text: str, details: str | None = None) -> None:
    _box(parent, QMessageBox.Icon.Information, title, text, details).exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def collection_problem(exc: CollectionError, profile: str) -> tuple[str, str]:
    """Title and text for a collection that cannot be opened: what happened, what to do."""
    what = str(exc).strip()
    if isinstance(exc, CollectionReadOnly):
        return ("Cannot save here", f"The profile “{profile}” cannot be opened for study.\n\n"
                f"{what}")
    if isinstance(exc, CollectionFull):
        return ("Disk full", f"The profile “{profile}” cannot be opened.\n\n{what}")
    if isinstance(exc, CollectionLocked) and what.startswith("Another program"):
        return ("Collection in use", f"The profile “{profile}” cannot be opened.\n\n{what}")
    if isinstance(exc, CollectionLocked):
        return ("Profile already open", (
            f"The profile “{profile}” is already open in another Trainer window, perhaps "
            "by someone else on this computer.\n\n"
            f"{what}\n\n"
            "Close Trainer there first, or choose another profile."))
    if isinstance(exc, CollectionTooNew):
        return ("Made by a newer Trainer", (
            f"The profile “{profile}” was saved by a newer version of Trainer.\n\n{what}\n\n"
            "Install the newer version to open it. Nothing was changed."))
    return ("Collection cannot be opened", (
        f"The study data of the profile “{profile}” could not be read.\n\n{what}\n\n"
        + ("Restore one of its backups with 'trainer backup restore' (it picks the newest "
           "that passes its check), or choose another profile." if isinstance(
               exc, CollectionCorrupt) else
           "Choose another profile, or ask whoever looks after Trainer for help.")))
