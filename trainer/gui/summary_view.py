"""The end of a session: what was studied, and the way back to the deck list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.services import SessionSummary


def format_duration(seconds: float) -> str:
    """"45 seconds", "3 min", "1 h 05 min"."""
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


class SummaryView(QWidget):
    """Cards studied, time, share right, and today's retention; Enter goes back to decks."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Session summary")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.studied = QLabel()
        self.time = QLabel()
        self.correct = QLabel()
        self.retention = QLabel()
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(8)
        for label, widget in (("Cards studied", self.studied), ("Time", self.time),
                              ("Answered right", self.correct),
                              ("Retention today", self.retention)):
            widget.setAccessibleName(label)
            form.addRow(f"{label}:", widget)
        self.back_button = QPushButton("Back to decks")
        self.back_button.setProperty("role", "primary")
        self.back_button.setToolTip("Back to the deck list (Enter or Esc)")
        self.back_button.clicked.connect(self.back_requested)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setSpacing(14)
        inner.addWidget(self.heading)
        inner.addWidget(self.message)
        inner.addLayout(form)
        inner.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.setMinimumWidth(420)
        box.setMaximumWidth(560)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def show_summary(self, summary: SessionSummary, *, finished: bool) -> None:
        """Fill in the numbers; ``finished`` says whether today's cards ran out."""
        n = summary.cards_studied
        if finished:
            self.heading.setText("Congratulations! You have finished for now.")
            self.message.setText("Every card due today in this deck is done. New reviews "
                                 "will be ready tomorrow.")
        else:
            self.heading.setText("Session ended")
            self.message.setText("The cards you did not reach stay due for today.")
        self.studied.setText(str(n))
        self.time.setText(format_duration(summary.seconds))
        if n:
            self.correct.setText(f"{summary.correct} of {n} ({summary.correct / n:.0%})")
        else:
            self.correct.setText("—")
        if summary.retention_today is None:
            self.retention.setText("— (no reviews of older cards yet today)")
        else:
            self.retention.setText(f"{summary.retention_today:.0%} of reviews recalled")

    def show_empty(self, summary: SessionSummary, reason: str) -> None:
        """A session that had nothing to show: say why, instead of congratulating."""
        self.show_summary(summary, finished=True)
        self.heading.setText("Nothing to study here now")
        self.message.setText(reason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape,
                           Qt.Key.Key_Space):
            self.back_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
