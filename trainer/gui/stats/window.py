"""The statistics window: a scope and a period, a summary line, and every chart.

All figures come from trainer.services.stats; this window only draws them. Each chart
has a "Save as PNG…" button; the file is written to a temporary name and then renamed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainer.gui import messages
from trainer.gui.deck_list import display_title
from trainer.gui.stats import charts
from trainer.gui.stats.heatmap import CalendarHeatmap
from trainer.gui.theme import current_colors
from trainer.services.stats import DECK, PERIODS, Scope, Statistics, StatsReport

# (key, title): the order of the panels, two to a row; histograms take a whole row, so
# every bin's label fits under its bar.
WIDE = frozenset({"stability", "difficulty", "retrievability"})
PANELS: tuple[tuple[str, str], ...] = (
    ("answers", "Answers per day"), ("calendar", "Calendar"),
    ("forecast", "Due in the coming days"), ("retention", "True retention"),
    ("states", "Cards by state"), ("buttons", "Answer buttons"),
    ("time", "Time spent per day"), ("hours", "Hour of day"),
    ("stability", "Stability"), ("difficulty", "Difficulty"),
    ("retrievability", "Retrievability"),
)
_DEFAULT_PERIOD = 1  # "Last month"


class ChartPanel(QFrame):
    """One chart (or the calendar) with its Save button."""

    def __init__(self, key: str, title: str, content: QWidget,
                 save: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.content = content
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(title)
        self.save_button = QPushButton("Save as PNG…")
        self.save_button.setObjectName(f"save_{key}")
        self.save_button.setAccessibleName(f"Save the chart {title} as a PNG image")
        self.save_button.clicked.connect(lambda: save(key))
        row = QHBoxLayout()
        row.addStretch(1)  # the chart carries its own title, so a saved image has it too
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(content, 1)
        # The calendar has a fixed height: the room left over goes below it, so its Save
        # button stays level with the one of the chart beside it.
        layout.addStretch(0)


class StatsWindow(QDialog):
    """Statistics of a deck, a group or the whole collection; Escape closes it."""

    def __init__(self, statistics: Statistics, *, scope: Scope | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Statistics")
        self.setAccessibleName("Statistics")
        self.statistics = statistics
        self.report: StatsReport | None = None
        self.scope = QComboBox()
        self.scope.setAccessibleName("Show statistics of")
        for value, label in statistics.scopes():
            if value.kind == DECK:  # "ALL ▸ Drug classes", as in the deck list
                title, group = statistics.deck_title(value.value)
                label = display_title(title, group)
            self.scope.addItem(label, value)
        if scope is not None:  # findData compares Python objects by identity: look by value
            matches = [i for i in range(self.scope.count()) if self.scope.itemData(i) == scope]
            self.scope.setCurrentIndex(matches[0] if matches else 0)
        self.period = QComboBox()
        self.period.setAccessibleName("Period")
        for label, days in PERIODS:
            self.period.addItem(label, days)
        self.period.setCurrentIndex(_DEFAULT_PERIOD)
        self.summary = QLabel()
        self.summary.setAccessibleName("Summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        choose = QFormLayout()
        choose.addRow("&Show:", self.scope)
        choose.addRow("&Period:", self.period)
        top = QHBoxLayout()
        top.addLayout(choose)
        top.addWidget(self.summary, 1)

        self.calendar = CalendarHeatmap()
        self.views: dict[str, QChartView] = {}
        self.panels: dict[str, ChartPanel] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        row = column = 0
        for key, title in PANELS:
            content: QWidget
            if key == "calendar":
                content = self.calendar
            else:
                view = QChartView()
                view.setRenderHint(QPainter.RenderHint.Antialiasing)
                view.setMinimumSize(420, 260)
                view.setAccessibleName(title)
                view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                self.views[key] = view
                content = view
            panel = ChartPanel(key, title, content, self.save_chart)
            self.panels[key] = panel
            if key in WIDE:
                row += column  # finish a half-filled row first
                grid.addWidget(panel, row, 0, 1, 2)
                row, column = row + 1, 0
            else:
                grid.addWidget(panel, row, column)
                row, column = (row + 1, 0) if column else (row, 1)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.resize(980, 720)

        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()
        self.scope.setFocus()

    def refresh(self) -> None:
        """Work out the figures for the chosen scope and period, and redraw."""
        report = self.statistics.report(scope=self.scope.currentData() or Scope(),
                                        period_days=self.period.currentData())
        self.report = report
        colors = current_colors()
        built: dict[str, QChart] = {
            "answers": charts.answers_per_day(report),
            "forecast": charts.forecast(report),
            "retention": charts.retention(report),
            "states": charts.states(report),
            "buttons": charts.buttons(report),
            "stability": charts.histogram(report.stability, colors.new),
            "difficulty": charts.histogram(report.difficulty, colors.close),
            "retrievability": charts.histogram(report.retrievability, colors.review),
            "time": charts.time_per_day(report),
            "hours": charts.hours(report),
        }
        for key, chart in built.items():
            old = self.views[key].chart()
            self.views[key].setChart(chart)
            if old is not None and old is not chart:
                old.deleteLater()
        self.calendar.set_days(report.calendar())
        self.summary.setText(summary_text(report, self.scope.currentText()))
        self.summary.setAccessibleDescription(self.summary.text())

    def save_chart(self, key: str) -> None:
        """Ask where, then save one chart as a PNG image."""
        title = dict(PANELS)[key]
        suggested = str(Path.home() / f"{title.lower().replace(' ', '-')}.png")
        chosen, _ = QFileDialog.getSaveFileName(self, f"Save “{title}” as PNG", suggested,
                                                "PNG images (*.png)")
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        try:
            self.export(key, path)
        except OSError as exc:
            messages.error(self, "Chart not saved",
                           f"The chart could not be saved to {path} "
                           f"({exc.strerror or exc}). Choose a folder you can write to "
                           "and try again.")

    def export(self, key: str, path: Path) -> Path:
        """Write one chart's image to ``path`` (through a temporary file)."""
        pixmap = self.panels[key].content.grab()
        temporary = path.with_name(f".{path.name}.tmp")
        if not pixmap.save(str(temporary), "PNG"):
            raise OSError(f"cannot write {temporary}")
        os.replace(temporary, path)
        return path


def summary_text(report: StatsReport, title: str | None = None) -> str:
    """One line: answers, days, time and retention in the period."""
    rate = report.overall.rate
    retention = f"{rate:.0%} passed" if rate is not None else "no reviews yet"
    days = len(report.days)
    return (f"<b>{title or report.title}</b>: {report.answers} answers on {report.days_studied} of "
            f"{days} days, {report.minutes:.0f} minutes in all; true retention "
            f"{retention} (desired {report.desired_retention:.0%}).")
