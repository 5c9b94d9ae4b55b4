"""The quiz set-up dialog: decks, tags, relations, how many questions, the clock, the kinds.

It only gathers choices into a :class:`QuizSetup`; drawing the questions is the service's.
Enter starts the quiz with what is shown, so a learner can go from the deck list to the
first question with two keys.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.services.quiz_models import Feedback, QuestionKind, QuizOptions, QuizSetup
from trainer.services.quiz_report import relation_label


def _checklist(name: str, entries: Iterable[tuple[str, str]], checked: set[str]) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    for value, text in entries:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked
                           else Qt.CheckState.Unchecked)
        widget.addItem(item)
    if widget.count() == 0:  # say so, rather than show an empty box
        empty = QListWidgetItem(f"(no {name.lower()})")
        empty.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(empty)
    widget.setMinimumHeight(90)
    return widget


def _checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(str(widget.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(widget.count())
                 if widget.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable
                 and widget.item(i).checkState() == Qt.CheckState.Checked)


class QuizSetupDialog(QDialog):
    """Choose what the quiz asks. Nothing ticked in a list means all of it."""

    def __init__(self, options: QuizOptions, *, selected_deck: str | None = None,
                 previous: QuizSetup | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New quiz")
        self.setAccessibleName("New quiz")
        prev = previous or QuizSetup()
        decks = set(prev.deck_ids) or ({selected_deck} if selected_deck else set())
        self.decks = _checklist("Decks", options.decks, decks)
        self.tags = _checklist("Tags", ((t, t) for t in options.tags), set(prev.tags))
        self.relations = _checklist("Relations", ((r, relation_label(r))
                                                  for r in options.relations),
                                    set(prev.relations))
        lists = QGridLayout()
        for column, (title, widget) in enumerate((("Decks", self.decks), ("Tags", self.tags),
                                                  ("Relations", self.relations))):
            group = QGroupBox(f"{title} (none ticked: all)")
            inner = QVBoxLayout(group)
            inner.addWidget(widget)
            lists.addWidget(group, 0, column)
        for column, stretch in enumerate((5, 2, 4)):  # deck titles are the longest
            lists.setColumnStretch(column, stretch)

        self.count = QSpinBox()
        self.count.setRange(1, 200)
        self.count.setValue(prev.count)
        self.count.setAccessibleName("Number of questions")
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 240)
        self.minutes.setSpecialValueText("Untimed")
        self.minutes.setSuffix(" min")
        self.minutes.setValue((prev.time_limit_s or 0) // 60)
        self.minutes.setAccessibleName("Countdown in minutes")
        self.minutes.setToolTip("A countdown for the whole quiz; 0 for untimed")
        self.mcq = QCheckBox("&Multiple choice")
        self.typed = QCheckBox("&Typed answers")
        self.order = QCheckBox("&Ordering")
        for box, kind in ((self.mcq, QuestionKind.MCQ), (self.typed, QuestionKind.TYPED),
                          (self.order, QuestionKind.ORDER)):
            box.setChecked(kind in prev.kinds)
        kinds = QHBoxLayout()
        for box in (self.mcq, self.typed, self.order):
            kinds.addWidget(box)
        kinds.addStretch(1)
        self.feedback = QComboBox()
        self.feedback.addItem("After each question", Feedback.EACH.value)
        self.feedback.addItem("Only at the end", Feedback.END.value)
        self.feedback.setCurrentIndex(0 if prev.feedback is Feedback.EACH else 1)
        self.feedback.setAccessibleName("Feedback")
        form = QFormLayout()
        form.addRow("&Questions:", self.count)
        form.addRow("&Countdown:", self.minutes)
        form.addRow("Kinds:", kinds)
        form.addRow("&Feedback:", self.feedback)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.addButton("&Start quiz",
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)
        self.start_button.setToolTip("Start the quiz (Enter)")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(lists)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(860, 440)
        self.count.setFocus()
        self.count.selectAll()

    def setup(self) -> QuizSetup:
        kinds = {kind for box, kind in ((self.mcq, QuestionKind.MCQ),
                                        (self.typed, QuestionKind.TYPED),
                                        (self.order, QuestionKind.ORDER)) if box.isChecked()}
        minutes = self.minutes.value()
        return QuizSetup(
            deck_ids=_checked(self.decks), tags=_checked(self.tags),
            relations=_checked(self.relations), count=self.count.value(),
            time_limit_s=minutes * 60 if minutes else None,
            kinds=frozenset(kinds), feedback=Feedback(self.feedback.currentData()))
