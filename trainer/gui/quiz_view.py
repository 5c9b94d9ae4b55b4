"""Taking a quiz: one question at a time, answered from the keyboard.

1-9 pick a choice, Enter submits (and, after feedback, moves on), Alt+Up / Alt+Down move
an item of an ordering question, Esc ends the quiz after asking. The view shows what the
:class:`QuizRun` says and forwards the answers; scoring and storing are the service's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.gui import messages
from trainer.gui.plain import make_plain
from trainer.gui.theme import current_colors
from trainer.services.quiz import QuizOver, QuizRun
from trainer.services.quiz_models import Feedback, Question, QuestionKind

_UP_DOWN = (Qt.Key.Key_Up, Qt.Key.Key_Down)
_MOVE_MODIFIERS = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier)


def clock_text(seconds: float) -> str:
    whole = int(seconds + 0.999)
    return f"{whole // 60}:{whole % 60:02d} left"


class QuizView(QWidget):
    """The question on screen; emits ``finished(quiz_id)`` when the quiz ends."""

    finished = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Quiz")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.run: QuizRun | None = None
        self.question: Question | None = None
        self.waiting_for_next = False
        self.progress = QLabel()
        self.progress.setAccessibleName("Progress")
        make_plain(self.progress)
        self.countdown = QLabel()
        self.countdown.setAccessibleName("Time left")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight)
        top = QHBoxLayout()
        top.addWidget(self.progress)
        top.addStretch(1)
        top.addWidget(self.countdown)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setAccessibleName("Question")
        font = QFont(self.prompt.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.prompt.setFont(font)
        self.choices_box = QWidget()
        self.choices_layout = QVBoxLayout(self.choices_box)
        self.choices_layout.setContentsMargins(0, 0, 0, 0)
        self.choice_group = QButtonGroup(self)
        self.choice_group.setExclusive(True)
        self.choice_buttons: list[QPushButton] = []
        self.typed = QLineEdit()
        self.typed.setPlaceholderText("Type your answer, then press Enter")
        self.typed.setAccessibleName("Your answer")
        self.typed.returnPressed.connect(self.submit)
        self.order = QListWidget()
        self.order.setAccessibleName("Items to order")
        self.order.installEventFilter(self)
        self.order_hint = QLabel("Alt+Up / Alt+Down move the selected item.")
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setAccessibleName("Feedback")
        self.submit_button = QPushButton()
        self.submit_button.setProperty("role", "primary")
        self.submit_button.clicked.connect(self.submit)
        self.end_button = QPushButton("End quiz (Esc)")
        self.end_button.clicked.connect(self.confirm_end)
        for button in (self.submit_button, self.end_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.submit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        box = QWidget()
        box.setMaximumWidth(760)
        inner = QVBoxLayout(box)
        inner.setSpacing(14)
        inner.addLayout(top)
        inner.addWidget(self.prompt)
        inner.addWidget(self.choices_box)
        inner.addWidget(self.typed)
        inner.addWidget(self.order)
        inner.addWidget(self.order_hint)
        inner.addWidget(self.feedback)
        inner.addLayout(buttons)
        inner.addStretch(1)
        row = QHBoxLayout(self)
        row.addStretch(1)
        row.addWidget(box, 4)
        row.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    # -- flow ---------------------------------------------------------------------------
    def start(self, run: QuizRun) -> None:
        self.run = run
        if run.setup.time_limit_s is not None:
            self.timer.start()
        self.show_question()

    def show_question(self) -> None:
        run = self.run
        if run is None:
            return
        question = run.current()
        if question is None:
            self.end()
            return
        self.question = question
        self.waiting_for_next = False
        self.feedback.setText("")
        self.progress.setText(f"Question {question.position + 1} of {len(run.questions)}"
                              f" \u00b7 {question.deck_title}")
        self.prompt.setText(question.prompt)
        self._fill_choices(question)
        self.typed.clear()
        self.order.clear()
        self.order.addItems(list(question.shuffled_items))
        self.order.setCurrentRow(0)
        kind = question.kind
        self.choices_box.setVisible(kind is QuestionKind.MCQ)
        self.typed.setVisible(kind is QuestionKind.TYPED)
        self.typed.setReadOnly(False)
        self.order.setVisible(kind is QuestionKind.ORDER)
        self.order_hint.setVisible(kind is QuestionKind.ORDER)
        self.submit_button.setText("Submit (Enter)")
        self.tick()
        if kind is QuestionKind.TYPED:
            self.typed.setFocus()
        elif kind is QuestionKind.ORDER:
            self.order.setFocus()
        else:
            self.setFocus()

    def _fill_choices(self, question: Question) -> None:
        for button in self.choice_buttons:  # out of the layout now, not when deleted
            self.choice_group.removeButton(button)
            self.choices_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.choice_buttons = []
        for i, text in enumerate(question.choices):
            button = QPushButton(f"{i + 1}   {text}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            highlight = self.palette().highlight().color().name()
            button.setStyleSheet(
                "QPushButton { text-align: left; padding: 8px 12px; }"
                f"QPushButton:checked {{ border: 2px solid {highlight}; font-weight: bold; }}")
            button.setAccessibleName(f"Choice {i + 1}: {text}")
            self.choice_group.addButton(button, i)
            self.choices_layout.addWidget(button)
            self.choice_buttons.append(button)

    def pick(self, index: int) -> None:
        if self.question is None or self.waiting_for_next:
            return
        if 0 <= index < len(self.choice_buttons):
            self.choice_buttons[index].setChecked(True)

    def submit(self) -> None:
        """Enter: answer the question, or after the feedback go to the next one."""
        run, question = self.run, self.question
        if run is None or question is None:
            return
        if self.waiting_for_next:
            self.show_question()
            return
        try:
            if question.kind is QuestionKind.MCQ:
                choice = self.choice_group.checkedId()
                if choice < 0:
                    self.feedback.setText(f"Pick a choice with 1-{len(question.choices)}, "
                                          "then press Enter.")
                    return
                outcome = run.answer(choice=choice)
            elif question.kind is QuestionKind.TYPED:
                outcome = run.answer(text=self.typed.text())
            else:
                items = [self.order.item(i).text() for i in range(self.order.count())]
                outcome = run.answer(order=items)
        except QuizOver:
            self.end()
            return
        if run.setup.feedback is Feedback.EACH:
            self._show_feedback(question, outcome.correct, outcome.close)
        else:
            self.show_question()

    def _show_feedback(self, question: Question, correct: bool, close: bool) -> None:
        colors = current_colors()
        if correct:
            text = "\u2713 Right." + (f" (Spelled: {question.answer})" if close else "")
        else:
            text = f"\u2717 Not quite. The answer is: {question.answer}"
        self.feedback.setStyleSheet(f"color: {colors.correct if correct else colors.wrong};"
                                    "font-weight: bold;")
        self.feedback.setText(text)
        for i, button in enumerate(self.choice_buttons):
            if i == question.correct_choice:
                button.setText(f"{i + 1}   {question.choices[i]}   \u2713 right answer")
            elif button.isChecked():
                button.setText(f"{i + 1}   {question.choices[i]}   \u2717 your answer")
        self.typed.setReadOnly(True)
        self.waiting_for_next = True
        self.submit_button.setText("Next (Enter)")
        self.setFocus()

    def tick(self) -> None:
        run = self.run
        if run is None:
            return
        left = run.time_left()
        self.countdown.setText("Untimed" if left is None else clock_text(left))
        if left is not None and left <= 0:
            self.end()

    def confirm_end(self) -> None:
        if self.run is None:
            return
        if messages.confirm(self, "End the quiz?",
                            "Questions you have not answered will count as missed."):
            self.end()

    def end(self) -> None:
        run = self.run
        if run is None:
            return
        self.timer.stop()
        self.run = None
        self.question = None
        self.finished.emit(run.finish())

    def taking(self) -> bool:
        return self.run is not None

    # -- keys -------------------------------------------------------------------------------
    def _move(self, step: int) -> None:
        row = self.order.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order.count() or self.waiting_for_next:
            return
        item = self.order.takeItem(row)
        self.order.insertItem(target, item)
        self.order.setCurrentRow(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.order and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _UP_DOWN and event.modifiers() & (
                    _MOVE_MODIFIERS[0] | _MOVE_MODIFIERS[1]):
                self._move(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.confirm_end()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.submit()
        elif key == Qt.Key.Key_Escape:
            self.confirm_end()
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.pick(int(key) - int(Qt.Key.Key_1))
        else:
            super().keyPressEvent(event)
            return
        event.accept()
