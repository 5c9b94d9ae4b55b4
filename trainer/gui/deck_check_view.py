"""The deck check in the fact review: what a reviewer should look at, one line each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.services.deck_check import Finding


class DeckCheckDialog(QDialog):
    """Lists the findings; Enter or a double click on one goes to its fact in the review."""

    def __init__(self, findings: list[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Deck check")
        self.setAccessibleName("Deck check")
        self.chosen_fact: str | None = None
        count = len(findings)
        summary = QLabel(
            "Nothing to look at: no repeats, no drafts, no weak cards." if not count else
            f"{count} thing{'s' if count != 1 else ''} to look at. Press Enter on one to go to "
            "its fact.")
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Findings")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)  # findings wrap over lines: keep them apart
        for finding in findings:
            item = QListWidgetItem(str(finding))  # a list item shows plain text
            item.setData(Qt.ItemDataRole.UserRole, finding.where.partition("/")[0])
            self.list.addItem(item)
        if count:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._go_to)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        if not count:  # an empty white box under "Nothing to look at" looks like a fault
            self.list.hide()
        self.resize(760, 420 if count else self.sizeHint().height())

    def _go_to(self, item: QListWidgetItem) -> None:
        self.chosen_fact = str(item.data(Qt.ItemDataRole.UserRole))
        self.accept()
