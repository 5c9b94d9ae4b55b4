"""A small dialog to reword the current card; the edit survives re-imports of the deck."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.domain import CardKind, CardView


class EditDialog(QDialog):
    """Question and answer in two text boxes; Ctrl+Enter saves, Esc cancels."""

    def __init__(self, card: CardView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit card")
        self.setAccessibleName("Edit card")
        content = card.content
        self.prompt = QPlainTextEdit(content.prompt)
        self.prompt.setAccessibleName("Question")
        self.prompt.setTabChangesFocus(True)
        self.answer = QPlainTextEdit(content.answer)
        self.answer.setAccessibleName("Answer")
        self.answer.setTabChangesFocus(True)
        for box in (self.prompt, self.answer):
            box.setMinimumHeight(70)
        form = QFormLayout()
        form.addRow("&Question:", self.prompt)
        form.addRow("&Answer:", self.answer)
        hint = ""
        if content.kind is CardKind.CLOZE:
            hint = "Mark gaps as {{c1::answer}} or {{c1::answer::hint}}."
        elif content.kind in (CardKind.MCQ, CardKind.ORDER):
            hint = "Choices and items come from the deck file and are not edited here."
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setProperty("role", "muted")
            layout.addWidget(note)
        note = QLabel("Your wording is kept when the deck is updated. Ctrl+Enter saves.")
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.resize(560, 320)
        self.prompt.setFocus()

    def values(self) -> tuple[str, str]:
        """The edited question and answer."""
        return self.prompt.toPlainText().strip(), self.answer.toPlainText().strip()
