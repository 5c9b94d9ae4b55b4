"""Charts of the statistics window, built with QtCharts from a StatsReport.

Each builder returns a QChart with titled axes and units, coloured from the app's
palette so it reads in the light and the dark theme alike. No figure is computed here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from trainer.gui.theme import Colors, current_colors
from trainer.services.stats import Histogram, StatsReport

# Answer buttons in the colours learners know from the study screen.
_BUTTONS = ("Again", "Hard", "Good", "Easy")


def _palette() -> tuple[QColor, QColor]:
    """Text and background of the current theme."""
    palette = QApplication.palette()
    return (palette.color(QPalette.ColorRole.WindowText),
            palette.color(QPalette.ColorRole.Base))


def _chart(title: str) -> QChart:
    text, background = _palette()
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setTitleBrush(QBrush(text))
    chart.setBackgroundBrush(QBrush(background))
    chart.setBackgroundRoundness(4)
    chart.setMargins(QMargins(14, 4, 18, 4))  # room for slanted labels at the ends
    chart.legend().setLabelColor(text)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _style_axis(axis: QAbstractAxis, title: str) -> QAbstractAxis:
    text, _background = _palette()
    muted = QColor(current_colors().muted)
    axis.setTitleText(title)
    axis.setTitleBrush(QBrush(text))
    axis.setLabelsColor(text)
    axis.setLinePenColor(muted)
    grid = QColor(muted)
    grid.setAlpha(70)
    axis.setGridLineColor(grid)
    return axis


def _value_axis(title: str, top: float, *, decimals: int = 0, low: float = 0.0) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(low, max(top, low + 1))
    axis.setLabelFormat(f"%.{decimals}f")
    axis.applyNiceNumbers()
    if decimals == 0 and axis.max() <= 10:  # whole numbers: no "1, 1, 2" labels
        top_tick, ticks = whole_ticks(low, axis.max())
        axis.setRange(low, top_tick)
        axis.setTickCount(ticks)
    _style_axis(axis, title)
    return axis


#: At most this many steps on a short value axis: eleven labels (0 to 10) do not fit the
#: height of a chart and Qt draws each of them as "…".
MAX_WHOLE_STEPS = 5


def whole_ticks(low: float, top: float) -> tuple[int, int]:
    """The axis top and tick count for whole-number labels from ``low`` up to ``top``,
    stepping by 1, 2 or 5 so that no more than :data:`MAX_WHOLE_STEPS` steps are drawn."""
    span = max(1, math.ceil(top - low))
    step = next((s for s in (1, 2, 5) if span / s <= MAX_WHOLE_STEPS), 5)
    steps = math.ceil(span / step)
    return int(low) + steps * step, steps + 1


def _category_axis(title: str, labels: Sequence[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(labels))
    axis.setTruncateLabels(False)  # "90–180" cut to "9…" says nothing
    if len(labels) > 5 and max(map(len, labels)) > 4:  # slanted, to fit under narrow bars
        axis.setLabelsAngle(-40)
    _style_axis(axis, title)
    return axis


def _bar_set(name: str, values: Sequence[float], color: str) -> QBarSet:
    bars = QBarSet(name)
    bars.append([float(v) for v in values])
    bars.setColor(QColor(color))
    bars.setBorderColor(QColor(color))
    bars.setLabelColor(_palette()[0])
    return bars


def _attach(chart: QChart, series: QAbstractBarSeries | QLineSeries, x: QAbstractAxis,
            y: QAbstractAxis) -> None:
    chart.addSeries(series)
    if x not in chart.axes():
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    if y not in chart.axes():
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)


def _kinds(colors: Colors) -> tuple[tuple[str, str], ...]:
    """Young cards in a paler shade of the mature cards' green (darker on a dark theme)."""
    green = QColor(colors.review)
    young = (green.darker(175) if colors.dark else green.lighter(160)).name()
    return (("Learning", colors.new), ("Young", young), ("Mature", colors.review),
            ("Relearning", colors.learning))


def _day_axis(count: int, title: str, *, ahead: bool) -> QValueAxis:
    """Days as numbers from today (0). Bars stand at their index; for the past, index 0 is
    today and the axis runs right to left, so the latest day is on the right."""
    axis = QValueAxis()
    axis.setRange(-0.5, count - 0.5)
    axis.setReverse(not ahead)
    axis.setLabelFormat("%d")
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(max(1, _nice_step(count)))
    _style_axis(axis, title)
    return axis


def _nice_step(count: int) -> int:
    for step in (1, 2, 5, 7, 14, 30, 60, 90, 180, 365, 730):
        if count / step <= 8:
            return step
    return max(1, count // 8)


def answers_per_day(report: StatsReport) -> QChart:
    chart = _chart("Answers per day")
    series = QStackedBarSeries()
    series.setBarWidth(0.9)
    colors = current_colors()
    fields = {"Learning": "learning", "Young": "young", "Mature": "mature",
              "Relearning": "relearning"}
    for name, color in _kinds(colors):
        series.append(_bar_set(name, [getattr(d, fields[name]) for d in reversed(report.days)],
                               color))
    top = max((d.total for d in report.days), default=0)
    _attach(chart, series, _day_axis(len(report.days), "Days ago (0 = today)", ahead=False),
            _value_axis("Answers", top))
    return chart


def time_per_day(report: StatsReport) -> QChart:
    chart = _chart("Time spent per day")
    series = QBarSeries()
    series.setBarWidth(0.9)
    minutes = [d.seconds / 60 for d in reversed(report.days)]
    series.append(_bar_set("Minutes", minutes, current_colors().new))
    chart.legend().hide()
    top = max(minutes, default=0)
    _attach(chart, series, _day_axis(len(report.days), "Days ago (0 = today)", ahead=False),
            _value_axis("Minutes", top, decimals=0 if top >= 10 else 1))
    return chart


def forecast(report: StatsReport) -> QChart:
    chart = _chart("Due in the coming days")
    series = QBarSeries()
    series.setBarWidth(0.8)
    series.append(_bar_set("Cards due", report.forecast, current_colors().review))
    chart.legend().hide()
    _attach(chart, series, _day_axis(len(report.forecast), "Days from today (0 = today and "
                                     "overdue)", ahead=True),
            _value_axis("Cards", max(report.forecast, default=0)))
    return chart


def retention(report: StatsReport) -> QChart:
    chart = _chart("True retention against desired retention")
    colors = current_colors()
    figures = (report.young, report.mature, report.overall)
    labels = [f"{r.label} {r.rate:.1%}" if r.rate is not None else f"{r.label}: none"
              for r in figures]
    series = QBarSeries()
    series.append(_bar_set("True retention", [(r.rate or 0) * 100 for r in figures],
                           colors.review))
    series.append(_bar_set(f"Desired retention ({report.desired_retention:.0%})",
                           [report.desired_retention * 100] * 3, colors.muted))
    _attach(chart, series, _category_axis("Reviews passed (Hard, Good or Easy)", labels),
            _value_axis("Passed (%)", 100))
    return chart


def states(report: StatsReport) -> QChart:
    chart = _chart("Cards by state")
    series = QBarSeries()
    series.append(_bar_set("Cards", list(report.states.values()), current_colors().new))
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.legend().hide()
    _attach(chart, series, _category_axis("State", list(report.states)),
            _value_axis("Cards", max(report.states.values(), default=0) * 1.15))
    return chart


def histogram(figure: Histogram, color: str) -> QChart:
    chart = _chart(f"{figure.title} ({figure.total} cards)")
    series = QBarSeries()
    series.setBarWidth(0.9)
    series.append(_bar_set("Cards", figure.counts, color))
    chart.legend().hide()
    _attach(chart, series, _category_axis(f"{figure.title}: {figure.unit}", figure.labels),
            _value_axis("Cards", max(figure.counts, default=0)))
    return chart


def buttons(report: StatsReport) -> QChart:
    chart = _chart("Answer buttons")
    colors = current_colors()
    series = QBarSeries()
    groups = list(report.buttons)
    for i, (name, color) in enumerate(zip(_BUTTONS, (colors.wrong, colors.close,
                                                      colors.review, colors.new), strict=True)):
        series.append(_bar_set(name, [report.buttons[g][i] for g in groups], color))
    labels = []
    for group in groups:
        counts = report.buttons[group]
        total = sum(counts)
        passed = f"{round(100 * (total - counts[0]) / total)}%" if total else "none"
        labels.append(f"{group} {passed}")
    top = max((max(v) for v in report.buttons.values()), default=0)
    _attach(chart, series, _category_axis("Kind of card, share passed", labels),
            _value_axis("Answers", top))
    return chart


def hours(report: StatsReport) -> QChart:
    chart = _chart("Hour of day")
    colors = current_colors()
    bars = QBarSeries()
    bars.setBarWidth(0.8)
    bars.append(_bar_set("Answers", [a for a, _p in report.hours], colors.new))
    x = QValueAxis()
    x.setRange(-0.5, 23.5)
    x.setLabelFormat("%d")
    x.setTickType(QValueAxis.TickType.TicksDynamic)
    x.setTickAnchor(0)
    x.setTickInterval(3)
    _style_axis(x, "Hour of day (local time)")
    y = _value_axis("Answers", max((a for a, _p in report.hours), default=0))
    _attach(chart, bars, x, y)
    passed = QScatterSeries()
    passed.setName("Passed (%)")
    passed.setColor(QColor(colors.close))
    passed.setBorderColor(QColor(colors.close))
    passed.setMarkerSize(9)
    for hour, (answered, ok) in enumerate(report.hours):
        if answered:
            passed.append(QPointF(hour, 100 * ok / answered))
    chart.addSeries(passed)
    right = _value_axis("Passed (%)", 100)
    chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
    passed.attachAxis(x)
    passed.attachAxis(right)
    return chart
