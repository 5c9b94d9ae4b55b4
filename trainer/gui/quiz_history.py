"""Past quizzes: their scores over time as a line chart, and a list to reopen a report.

Enter opens the selected quiz's report, Esc goes back to the deck list. The chart uses
QtCharts, which the PySide6 wheel ships.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.gui.theme import current_colors
from trainer.services.quiz_models import QuizSummary


class QuizHistoryView(QWidget):
    """Scores over time; emits ``open_requested(quiz_id)`` and ``back_requested``."""

    open_requested = Signal(int)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Quiz history")
        self.heading = QLabel("Quiz history")
        self.heading.setProperty("role", "heading")
        self.empty = QLabel("No quizzes yet. Press Q in the deck list to take one; its "
                            "score will appear here.")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setMargins(self.chart.margins())
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(240)
        self.chart_view.setAccessibleName("Scores over time")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Date", "Quiz", "Score"])
        self.table.setAccessibleName("Past quizzes")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.hint = QLabel("Enter opens the selected report \u00b7 Esc goes back to the decks")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty, 1)  # alone on the page: at the top, not floating
        layout.addWidget(self.chart_view, 3)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.hint)
        self.quizzes: list[QuizSummary] = []

    def show_history(self, quizzes: Sequence[QuizSummary]) -> None:
        self.quizzes = list(quizzes)
        has = bool(self.quizzes)
        self.empty.setVisible(not has)
        self.chart_view.setVisible(has)
        self.table.setVisible(has)
        self.hint.setText("Enter opens the selected report \u00b7 Esc goes back to the decks"
                          if has else "Esc goes back to the decks")
        self._fill_chart()
        self.table.setRowCount(len(self.quizzes))
        for row, quiz in enumerate(reversed(self.quizzes)):  # newest first
            when = quiz.started_at.astimezone().strftime("%d %b %Y %H:%M")
            for column, text in enumerate((when, quiz.title,
                                           f"{quiz.correct}/{quiz.total} ({quiz.percent}%)")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, quiz.quiz_id)
                self.table.setItem(row, column, item)
        if has:
            self.table.selectRow(0)
            self.table.setFocus()
        else:
            self.setFocus()

    def _fill_chart(self) -> None:
        colors = current_colors()
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if colors.dark
                       else QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundBrush(self.palette().base())
        chart.legend().hide()
        if not self.quizzes:
            return
        series = QLineSeries()
        series.setPointsVisible(True)
        series.setPen(QPen(QColor(colors.new), 2.5))
        for quiz in self.quizzes:
            stamp = QDateTime.fromSecsSinceEpoch(int(quiz.started_at.timestamp()))
            series.append(float(stamp.toMSecsSinceEpoch()), float(quiz.percent))
        chart.addSeries(series)
        x = QDateTimeAxis()
        x.setFormat("d MMM")
        x.setTitleText("Date")
        first = QDateTime.fromSecsSinceEpoch(int(self.quizzes[0].started_at.timestamp()))
        last = QDateTime.fromSecsSinceEpoch(int(self.quizzes[-1].started_at.timestamp()))
        if first == last:
            first, last = first.addDays(-1), last.addDays(1)
        else:  # room either side, so the first and last points are not cut in half
            margin = max(3600, first.secsTo(last) // 30)
            first, last = first.addSecs(-margin), last.addSecs(margin)
        x.setRange(first, last)
        x.setTickCount(min(6, max(2, len(self.quizzes))))
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d%%")
        y.setTitleText("Score")
        y.setTickCount(6)
        text = QColor(self.palette().text().color())
        for axis in (x, y):
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def _open(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is not None:
            self.open_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.back_requested.emit()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.back_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
