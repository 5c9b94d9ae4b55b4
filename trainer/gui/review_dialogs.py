"""Small dialogs of the fact review: the reason for a rejection, a question written by hand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.domain import Fact, Source

#: Reasons reviewers give most; the field takes any other text.
COMMON_REASONS = (
    "too general to teach",
    "not what the cited lines say",
    "the name in the source is unclear",
    "repeats another fact",
    "not taught in this course",
)


class RejectReasonDialog(QDialog):
    """Why a fact is rejected: typed, or picked from common reasons (Enter confirms)."""

    def __init__(self, fact: Fact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Reject fact")
        self.setAccessibleName("Reason for rejecting")
        about = QLabel(f"Why is “{fact.subject}: {', '.join(fact.objects)}” rejected? The "
                       "reason is kept in the deck file for other reviewers.")
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(COMMON_REASONS)
        self.reason.setCurrentText("")
        self.reason.setAccessibleName("Reason")
        line = self.reason.lineEdit()
        if line is not None:  # an editable combo box always has one
            line.setPlaceholderText("Type a reason or press Down for common ones")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Reject")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.reason.setFocus()
        self.resize(520, 160)

    def text(self) -> str:
        return self.reason.currentText().strip()


class AddQuestionDialog(QDialog):
    """A question and its answer, written from lines of one of the deck's documents."""

    def __init__(self, sources: tuple[Source, ...], *, source: str | None = None,
                 lines: tuple[int, int] = (1, 1), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Write a question")
        self.setAccessibleName("Write a question")
        about = QLabel("Write a question the cited lines answer, in your own words. It is kept "
                       "when the deck is generated again.")
        about.setWordWrap(True)
        self.question = QLineEdit()
        self.question.setAccessibleName("Question")
        self.answer = QLineEdit()
        self.answer.setAccessibleName("Answer")
        self.document = QComboBox()
        self.document.setAccessibleName("Document")
        for item in sources:
            self.document.addItem(item.title or item.file, item.id)
        if source is not None and self.document.findData(source) >= 0:
            self.document.setCurrentIndex(self.document.findData(source))
        self.first, self.last = QSpinBox(), QSpinBox()
        for box, value, name in ((self.first, lines[0], "First line"),
                                 (self.last, lines[1], "Last line")):
            box.setRange(1, 1_000_000)
            box.setValue(value)
            box.setAccessibleName(name)
        form = QFormLayout()
        form.addRow("&Question:", self.question)
        form.addRow("&Answer:", self.answer)
        form.addRow("&Document:", self.document)
        form.addRow("&From line:", self.first)
        form.addRow("&To line:", self.last)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add question")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.question.setFocus()
        self.resize(620, 260)

    def values(self) -> tuple[str, str, str, tuple[int, int]]:
        """(question, answer, source id, (first line, last line))."""
        return (self.question.text(), self.answer.text(), str(self.document.currentData()),
                (self.first.value(), self.last.value()))
