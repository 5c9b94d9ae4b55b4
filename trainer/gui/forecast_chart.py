"""The workload forecast until an exam: stacked bars of reviews and new cards a day.

Painted by hand rather than with QtCharts, so it follows the app's palette in both themes
and costs nothing to load.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from trainer.gui.theme import current_colors


def _nice_ceiling(value: float) -> int:
    """A round axis maximum at or above ``value``: 1, 2, 5, 10, 20, 50..."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


class ForecastChart(QWidget):
    """Cards a day from today until the day before the exam."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Workload forecast")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(170)
        self._reviews: tuple[float, ...] = ()
        self._new: tuple[int, ...] = ()
        self._start = date.today()
        self._empty = "No forecast: set an exam date."

    def sizeHint(self) -> QSize:
        return QSize(480, 180)

    def set_forecast(self, *, start: date, reviews: Sequence[float], new: Sequence[int],
                     empty_text: str = "No forecast: set an exam date.") -> None:
        """Show a forecast from ``start`` (today); with no days, ``empty_text``."""
        self._start = start
        self._reviews = tuple(reviews)
        self._new = tuple(new)
        self._empty = empty_text
        busiest = max((r + n for r, n in zip(self._reviews, self._new, strict=True)), default=0)
        total = round(sum(self._reviews) + sum(self._new))
        self.setAccessibleDescription(
            f"{len(self._reviews)} days, {total} cards in all, at most {round(busiest)} a day"
            if self._reviews else empty_text)
        self.update()

    def _top(self) -> int:
        busiest = max((r + n for r, n in zip(self._reviews, self._new, strict=True)),
                      default=0.0)
        return _nice_ceiling(max(1.0, busiest))

    def axis_labels(self) -> list[str]:
        """The labels of the count axis, bottom to top: 0, half way, the top."""
        top = self._top()
        return [f"{top * fraction:g}" for fraction in (0.0, 0.5, 1.0)]  # 2.5, not 2

    def _plot(self, metrics: QFontMetrics) -> QRectF:
        line = metrics.height()
        left = max(metrics.horizontalAdvance(label) for label in self.axis_labels()) + 8
        legend_h = line + 4
        return QRectF(left, legend_h + 4, self.width() - left - 6,
                      self.height() - legend_h - line - 12)

    def date_labels(self) -> list[tuple[QRectF, str]]:
        """Where each date under the bars goes: the first day, about every week, the
        last day, leaving out any that would touch the one before it."""
        days = len(self._reviews)
        if not days:
            return []
        metrics = self.fontMetrics()
        plot = self._plot(metrics)
        slot = plot.width() / days
        every = max(1, round(days / 6))
        shown = sorted({0, *range(every, days - every // 2, every), days - 1})
        gap = metrics.horizontalAdvance("  ")
        placed: list[tuple[QRectF, str]] = []
        for i in shown:
            day = self._start + timedelta(days=i)
            label = f"{day.day} {day.strftime('%b')}"
            w = metrics.horizontalAdvance(label) + 2
            cx = plot.left() + (i + 0.5) * slot
            x = min(max(cx - w / 2, plot.left() / 2), self.width() - w - 2)
            rect = QRectF(x, plot.bottom() + 4, w, metrics.height())
            if placed and x < placed[-1][0].right() + gap and i != days - 1:
                continue  # would touch the label before it
            while len(placed) > 1 and x < placed[-1][0].right() + gap:
                placed.pop()  # the last day always shows: its neighbours give way
            placed.append((rect, label))
        return placed

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = current_colors()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        muted = QColor(colors.muted)
        metrics = self.fontMetrics()
        line = metrics.height()
        if not self._reviews:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty)
            return
        days = len(self._reviews)
        top = self._top()
        plot = self._plot(metrics)
        # axis and grid
        painter.setPen(muted)
        for fraction, label in zip((0.0, 0.5, 1.0), self.axis_labels(), strict=True):
            y = plot.bottom() - fraction * plot.height()
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.drawText(QRectF(0, y - line / 2, plot.left() - 4, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        # bars
        slot = plot.width() / days
        width = max(1.0, slot * 0.72)
        for i, (reviews, new) in enumerate(zip(self._reviews, self._new, strict=True)):
            x = plot.left() + i * slot + (slot - width) / 2
            h_rev = plot.height() * reviews / top
            h_new = plot.height() * new / top
            painter.fillRect(QRectF(x, plot.bottom() - h_rev, width, h_rev), QColor(colors.review))
            painter.fillRect(QRectF(x, plot.bottom() - h_rev - h_new, width, h_new),
                             QColor(colors.new))
        # dates under the axis
        painter.setPen(text)
        for rect, label in self.date_labels():
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, label)
        # legend
        x = plot.left()
        for name, color in (("Reviews", colors.review), ("New cards", colors.new)):
            painter.fillRect(QRectF(x, 4 + line / 4, line / 2, line / 2), QColor(color))
            painter.setPen(text)
            painter.drawText(QRectF(x + line * 0.7, 2, 200, line), Qt.AlignmentFlag.AlignLeft,
                             name)
            x += line * 0.7 + metrics.horizontalAdvance(name) + line
        caption = "cards a day until the exam"
        if metrics.horizontalAdvance(caption) <= plot.right() - x:  # never over the legend
            painter.setPen(muted)
            painter.drawText(QRectF(x, 2, plot.right() - x, line), Qt.AlignmentFlag.AlignRight,
                             caption)
