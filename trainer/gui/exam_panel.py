"""The Exam tab of deck options: an exam date per deck or group, its plan and forecast.

The page edits dates only; the plan shown is a preview worked out by the services for the
date on screen. The main window saves the dates after OK.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from trainer.domain import DeckCounts
from trainer.gui.deck_list import display_title
from trainer.gui.forecast_chart import ForecastChart
from trainer.gui.plain import make_plain
from trainer.services.exam import DECK, GROUP, ExamScope
from trainer.services.exam_models import ExamOverview

Preview = Callable[[ExamScope, date], ExamOverview | None]


def _note(role: str = "muted") -> QLabel:
    label = QLabel()
    make_plain(label)
    label.setWordWrap(True)
    label.setProperty("role", role)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ExamPage(QWidget):
    """Choose a deck or group, set or clear its exam date, and see the plan it gives."""

    def __init__(self, decks: Sequence[DeckCounts], *, dates: Mapping[tuple[str, str], date],
                 preview: Preview, today: date, current: tuple[str, str] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview = preview
        self._today = today
        self._saved = dict(dates)
        self.edited: dict[tuple[str, str], date | None] = {}
        self.scope = QComboBox()
        self.scope.setAccessibleName("Exam for")
        groups = sorted({d.group for d in decks if d.group}, key=str.casefold)
        for group in groups:
            count = sum(1 for d in decks if d.group == group)
            decks_text = "its 1 deck" if count == 1 else f"all {count} decks"
            self.scope.addItem(f"{group} ({decks_text})", (GROUP, group))
        for d in sorted(decks, key=lambda d: (d.group.casefold(), d.title.casefold())):
            self.scope.addItem(display_title(d.title, d.group), (DECK, d.deck_id))
        self.enabled = QCheckBox("There is an &exam on")
        self.enabled.setAccessibleName("Set an exam date")
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setMinimumDate(_qdate(today + timedelta(days=1)))
        self.date.setAccessibleName("Exam date")
        row = QHBoxLayout()
        row.addWidget(self.enabled)
        row.addWidget(self.date, 1)
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.heading.setAccessibleName("Exam")
        self.pace = QLabel()
        self.pace.setAccessibleName("Pace of new cards")
        self.pace.setWordWrap(True)
        font = self.pace.font()
        font.setBold(True)
        self.pace.setFont(font)
        make_plain(self.heading, self.pace)
        self.recall = _note(role="")
        self.recall.setAccessibleName("Predicted recall on exam day")
        self.retention = _note()
        self.retention.setAccessibleName("Desired retention before the exam")
        self.chart = ForecastChart()
        self.workload = _note()
        self.workload.setAccessibleName("Workload")

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow("Exam &for:", self.scope)
        date_label = QLabel("Exam da&te:")
        date_label.setBuddy(self.date)
        form.addRow(date_label, row)
        form.addRow(self.heading)
        form.addRow(self.pace)
        form.addRow(self.recall)
        form.addRow(self.retention)
        form.addRow(self.chart)
        form.addRow(self.workload)

        self.scope.currentIndexChanged.connect(self._switch)
        self.enabled.toggled.connect(self._edited)
        self.date.dateChanged.connect(self._edited)
        for index in range(self.scope.count()):
            if current is not None and tuple(self.scope.itemData(index)) == current:
                self.scope.setCurrentIndex(index)
        self._switch()

    # -- reading and editing ---------------------------------------------------------------
    def _key(self) -> tuple[str, str] | None:
        data = self.scope.currentData()
        return (str(data[0]), str(data[1])) if data else None

    def date_for(self, key: tuple[str, str]) -> date | None:
        """The date a deck or group has in this dialog (edited or saved)."""
        return self.edited[key] if key in self.edited else self._saved.get(key)

    def _switch(self) -> None:
        key = self._key()
        if key is None:
            self.setEnabled(False)
            return
        current = self.date_for(key)
        shown = current or self._today + timedelta(days=28)
        for widget in (self.enabled, self.date):
            widget.blockSignals(True)
        self.enabled.setChecked(current is not None)
        self.date.setDate(_qdate(shown))
        self.date.setEnabled(current is not None)
        for widget in (self.enabled, self.date):
            widget.blockSignals(False)
        self._show_plan()

    def _edited(self) -> None:
        key = self._key()
        if key is None:
            return
        self.date.setEnabled(self.enabled.isChecked())
        chosen = self.date.date().toPython() if self.enabled.isChecked() else None
        if chosen == self._saved.get(key):
            self.edited.pop(key, None)
        else:
            self.edited[key] = chosen  # type: ignore[assignment]
        self._show_plan()

    def collect(self) -> dict[tuple[str, str], date | None]:
        """Dates changed in this dialog (None: cleared)."""
        return dict(self.edited)

    # -- the plan ------------------------------------------------------------------------------
    def _show_plan(self) -> None:
        key = self._key()
        chosen = self.date_for(key) if key else None
        overview = self._preview(ExamScope(*key), chosen) if key and chosen else None
        if overview is None:
            self.heading.setText("No exam date")
            self.pace.setText("")
            self.recall.setText("Set an exam date and Trainer paces the new cards so that "
                                "every card is seen at least twice before the exam, and "
                                "raises the desired retention as the day nears where that "
                                "pays.")
            self.retention.setText("")
            self.workload.setText("")
            self.chart.set_forecast(start=self._today, reviews=(), new=())
            return
        self.heading.setText(overview.heading())
        self.pace.setText(overview.pace_text())
        self.recall.setText(overview.recall_text())
        self.retention.setText(overview.retention_text())
        self.chart.set_forecast(start=self._today, reviews=overview.reviews_per_day,
                                new=overview.new_per_day,
                                empty_text="The exam is too close for a forecast.")
        total = round(sum(overview.reviews_per_day) + sum(overview.new_per_day))
        self.workload.setText(
            f"About {total} cards in all until the exam; the busiest day has "
            f"{round(overview.busiest_day)}." if total else "")
