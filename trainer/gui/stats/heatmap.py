"""The calendar heatmap: one square a day, weeks as columns, darker for more answers.

QtCharts has no calendar chart, so this one is painted; it takes its colours from the
app's palette, like the charts beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from trainer.gui.theme import current_colors

_WEEKDAYS = ("Mon", "", "Wed", "", "Fri", "", "Sun")
_LEVELS = 5  # none, then four shades


class CalendarHeatmap(QWidget):
    """Answers a day over the period, as a calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Calendar of answers per day")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(200)
        self._days: list[tuple[date, int]] = []

    def sizeHint(self) -> QSize:
        return QSize(520, 180)

    def set_days(self, days: Sequence[tuple[date, int]]) -> None:
        self._days = list(days)
        busiest = max(self._days, key=lambda d: d[1], default=None)
        studied = sum(1 for _d, n in self._days if n)
        text = f"{studied} of {len(self._days)} days with answers"
        if busiest is not None and busiest[1]:
            text += f"; busiest {busiest[0]:%d %b %Y} with {busiest[1]} answers"
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def level(self, count: int) -> int:
        """0 for no answers, else 1-4 by quarter of the busiest day."""
        top = max((n for _d, n in self._days), default=0)
        if count <= 0 or top <= 0:
            return 0
        return min(_LEVELS - 1, 1 + (count * (_LEVELS - 1) - 1) // top)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        colors = current_colors()
        metrics = self.fontMetrics()
        line = metrics.height()
        if not self._days:
            painter.setPen(QColor(colors.muted))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No answers yet")
            return
        first = self._days[0][0]
        start = first - timedelta(days=first.weekday())  # the Monday of the first week
        weeks = (self._days[-1][0] - start).days // 7 + 1
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(QRectF(0, 2, self.width(), line), Qt.AlignmentFlag.AlignHCenter,
                         "Calendar of answers per day")
        painter.setFont(self.font())
        left = metrics.horizontalAdvance("Wed") + 8
        top = 2 * line + 10
        cell = max(4.0, min((self.width() - left - 8) / max(weeks, 1),
                            (self.height() - top - line - 10) / 7, 22.0))
        base = QColor(colors.review)
        empty = QColor(colors.muted)
        empty.setAlpha(40)
        for day, count in self._days:
            week = (day - start).days // 7
            rect = QRectF(left + week * cell + 1, top + day.weekday() * cell + 1,
                          cell - 2, cell - 2)
            level = self.level(count)
            shade = QColor(base)
            shade.setAlpha(60 + 195 * level // (_LEVELS - 1))
            painter.fillRect(rect, shade if level else empty)
        painter.setPen(text)
        for row, name in enumerate(_WEEKDAYS):
            if name:
                painter.drawText(QRectF(0, top + row * cell, left - 4, cell),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 name)
        shown_month = None
        free_from = 0.0  # month names never touch
        for week in range(weeks):
            monday = start + timedelta(days=7 * week)
            x = left + week * cell
            if monday.month != shown_month and x >= free_from:
                shown_month = monday.month
                name = f"{monday:%b}"
                painter.drawText(QRectF(x, line + 6, 60, line), Qt.AlignmentFlag.AlignLeft,
                                 name)
                free_from = x + metrics.horizontalAdvance(name) + 6
        legend = "Less"
        y = top + 7 * cell + 4
        painter.drawText(QRectF(left, y, 60, line), Qt.AlignmentFlag.AlignLeft, legend)
        x = left + metrics.horizontalAdvance(legend) + 6
        for level in range(_LEVELS):
            shade = QColor(base)
            shade.setAlpha(60 + 195 * level // (_LEVELS - 1))
            painter.fillRect(QRectF(x, y + 2, line - 4, line - 4), shade if level else empty)
            x += line
        painter.drawText(QRectF(x + 2, y, 60, line), Qt.AlignmentFlag.AlignLeft, "More")
