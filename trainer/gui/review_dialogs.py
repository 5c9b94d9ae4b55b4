"""Small dialogs of the fact review: a rejection's reason, a question written by hand, an
edited fact, the value of a conflict to keep."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.domain import Fact, Source
from trainer.gui.plain import escape, make_plain
from trainer.services.fact_words import relation_name

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


class EditFactDialog(QDialog):
    """Subject in a line, answers one per line; Ctrl+Enter saves, Esc cancels."""

    def __init__(self, fact: Fact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit fact")
        self.setAccessibleName("Edit fact")
        self.subject = QLineEdit(fact.subject)
        self.subject.setAccessibleName("Subject")
        self.answers = QPlainTextEdit("\n".join(fact.objects))
        self.answers.setAccessibleName("Answers, one per line")
        self.answers.setTabChangesFocus(True)
        self.answers.setMinimumHeight(90)
        form = QFormLayout()
        relation = QLabel(relation_name(fact.relation))
        make_plain(relation)
        relation.setAccessibleName("Relation")
        form.addRow("Relation:", relation)
        form.addRow("&Subject:", self.subject)
        form.addRow("&Answers:", self.answers)
        note = QLabel("One answer per line. Saving marks the fact accepted and keeps its id, "
                      "so learners keep their history. Ctrl+Enter saves.")
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Save fact")
        ok.setAccessibleName("Save fact")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save_if_valid)
        self.subject.textChanged.connect(self._validate)
        self.answers.textChanged.connect(self._validate)
        self._validate()
        self.resize(520, 300)
        self.subject.setFocus()

    def values(self) -> tuple[str, tuple[str, ...]]:
        answers = tuple(line.strip() for line in self.answers.toPlainText().splitlines())
        return self.subject.text().strip(), tuple(a for a in answers if a)

    def _validate(self) -> None:
        subject, answers = self.values()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(subject and answers))
        ok.setToolTip("" if subject and answers else "A fact needs a subject and an answer.")

    def _save_if_valid(self) -> None:
        subject, answers = self.values()
        if subject and answers:
            self.accept()


class SettleDialog(QDialog):
    """Which of a conflict's values to keep: radio buttons, or the keys 1-9."""

    def __init__(self, fact: Fact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settle conflict")
        self.setAccessibleName("Settle conflict")
        self.values = fact.objects
        question = QLabel(f"The documents disagree about <b>{escape(fact.subject)}</b> "
                          f"({escape(relation_name(fact.relation).lower())}). "
                          "Which value should learners study?")
        question.setWordWrap(True)
        question.setAccessibleName("Question")
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        self.group = QButtonGroup(self)
        self.radios: list[QRadioButton] = []
        for i, value in enumerate(self.values):
            label = f"&{i + 1}   {value}" if i < 9 else value
            radio = QRadioButton(label)
            radio.setAccessibleName(f"Keep {value}")
            self.group.addButton(radio, i)
            self.radios.append(radio)
            layout.addWidget(radio)
        if self.radios:
            self.radios[0].setChecked(True)
            self.radios[0].setFocus()
        hint = QLabel("Press a number to keep that value at once. The other values are "
                      "recorded in the fact's note. To write a different value, use Edit (E).")
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Keep this value")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for i in range(min(9, len(self.values))):
            QShortcut(QKeySequence(str(i + 1)), self, lambda i=i: self.choose(i))
        self.resize(460, self.sizeHint().height())

    def choose(self, i: int) -> None:
        self.radios[i].setChecked(True)
        self.accept()

    def kept(self) -> str | None:
        i = self.group.checkedId()
        return self.values[i] if 0 <= i < len(self.values) else None
