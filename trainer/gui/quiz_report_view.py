"""The score report of a quiz, and saving it as PDF or PNG.

The service writes the report as HTML; this view shows it and offers the report's keys:
T sends the missed cards to study tomorrow, Ctrl+S saves, H opens the history, Esc goes
back to the deck list. A saved report is always in the light colours, as on paper.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMarginsF, QObject, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from trainer.gui.theme import current_colors
from trainer.services.quiz_models import QuizReport
from trainer.services.quiz_report import report_html

PNG_WIDTH = 900  # pixels: readable when printed on A4, small enough to e-mail


def save_report(report: QuizReport, path: Path) -> Path:
    """Write the report to ``path`` as PDF, or as PNG when the name ends in .png."""
    document = QTextDocument()
    document.setHtml(report_html(report))
    if path.suffix.lower() == ".png":
        document.setTextWidth(PNG_WIDTH)
        size = document.size().toSize()
        image = QImage(size.width(), size.height(), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        document.drawContents(painter)
        painter.end()
        if not image.save(str(path)):  # the format follows the .png suffix
            raise OSError(f"Could not write {path}.")
        return path
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setTitle(report.title)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    if not path.exists():
        raise OSError(f"Could not write {path}.")
    return path


class QuizReportView(QWidget):
    """The report on screen, with one button (and one key) per action."""

    tomorrow_requested = Signal()
    save_requested = Signal()
    history_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Quiz report")
        self.report: QuizReport | None = None
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Report")
        self.browser.setOpenLinks(False)
        self.browser.installEventFilter(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Report status")
        self.tomorrow_button = QPushButton("Study missed &tomorrow (T)")
        self.tomorrow_button.setToolTip(
            "Make the cards of the missed questions due tomorrow; nothing else changes (T)")
        self.save_button = QPushButton("&Save as PDF or PNG… (Ctrl+S)")
        self.history_button = QPushButton("&History (H)")
        self.back_button = QPushButton("Back to decks (Esc)")
        self.back_button.setProperty("role", "primary")
        row = QHBoxLayout()
        for button, signal in ((self.tomorrow_button, self.tomorrow_requested),
                               (self.save_button, self.save_requested),
                               (self.history_button, self.history_requested),
                               (self.back_button, self.back_requested)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(signal)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)

    def show_report(self, report: QuizReport) -> None:
        self.report = report
        colors = current_colors()
        self.browser.setHtml(report_html(
            report, colours=lambda ok: colors.correct if ok else colors.wrong))
        missed = len(report.missed)
        self.tomorrow_button.setEnabled(missed > 0 and report.missed_sent_at is None)
        if report.missed_sent_at is not None:
            self.status.setText("The missed cards are already set to study tomorrow.")
        elif missed:
            self.status.setText(f"{missed} missed. Press T to study their cards tomorrow; "
                                "your other cards' schedule is left as it is.")
        else:
            self.status.setText("Nothing missed.")
        self.browser.setFocus()

    def _key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_S and mods & Qt.KeyboardModifier.ControlModifier:
            self.save_requested.emit()
        elif mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        elif key == Qt.Key.Key_T:
            if self.tomorrow_button.isEnabled():
                self.tomorrow_requested.emit()
        elif key == Qt.Key.Key_H:
            self.history_requested.emit()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.back_requested.emit()
        else:
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.browser and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._key(event):
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._key(event):
            event.accept()
            return
        super().keyPressEvent(event)
