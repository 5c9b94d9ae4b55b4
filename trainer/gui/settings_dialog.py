"""Settings: per deck (retention, daily limits, steps) and for the profile (day start,
documents folder, theme, font size).

The dialog only edits values; the main window saves them through the services.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.config import AppSettings
from trainer.domain import DeckCounts, DeckSettings
from trainer.gui.deck_list import display_title
from trainer.gui.exam_panel import ExamPage, Preview
from trainer.gui.plain import escape
from trainer.gui.theme import THEMES
from trainer.services.exam import DECK

_STEP = re.compile(r"^(\d+(?:\.\d+)?)\s*([smhd]?)$")
_UNIT_MINUTES = {"s": 1 / 60, "m": 1.0, "": 1.0, "h": 60.0, "d": 1440.0}


def format_steps(steps: Sequence[float]) -> str:
    """(1.0, 10.0, 1440.0) -> "1m 10m 1d"."""
    out = []
    for minutes in steps:
        if minutes >= 1440 and minutes % 1440 == 0:
            out.append(f"{int(minutes // 1440)}d")
        elif minutes >= 60 and minutes % 60 == 0:
            out.append(f"{int(minutes // 60)}h")
        elif minutes < 1:
            out.append(f"{round(minutes * 60)}s")
        else:
            out.append(f"{minutes:g}m")
    return " ".join(out)


def parse_steps(text: str) -> tuple[float, ...]:
    """"1m 10m 1h" -> (1.0, 10.0, 60.0). Raises ValueError with a plain message."""
    steps: list[float] = []
    for token in text.replace(",", " ").split():
        m = _STEP.match(token.lower())
        if not m:
            raise ValueError(f"“{token}” is not a step: write times like 1m, 10m, 1h or 1d.")
        minutes = float(m.group(1)) * _UNIT_MINUTES[m.group(2)]
        if minutes <= 0:
            raise ValueError("Steps must be longer than zero.")
        steps.append(minutes)
    return tuple(steps)


def retention_explanation(retention: float) -> str:
    """What a desired retention means for the learner, in one short paragraph."""
    pct = round(retention * 100)
    per_ten = round(retention * 10)
    text = (f"At {pct}% you should remember about {per_ten} in 10 cards when they come back. "
            "Higher retention means shorter intervals and more reviews every day; "
            "lower means fewer reviews but more forgetting.")
    if retention >= 0.95:
        text += " Above 95% the workload grows steeply."
    elif retention < 0.8:
        text += " Below 80% you will relearn many cards."
    else:
        text += " 85–92% suits most learners."
    return text


class WrappedNote(QLabel):
    """A word-wrapped label that never gets fewer lines of height than its text needs.

    A tab page does not pass its labels' height-for-width up to the dialog, so a dialog
    opened short (Qt caps a new window at two thirds of the screen: 400 pixels at 150 % on
    a 900-pixel screen) squeezed the retention explanation and cut its last line.
    """

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and self.minimumHeight() != needed:
            self.setMinimumHeight(needed)  # the dialog grows to fit it

    def setText(self, text: str) -> None:
        super().setText(text)
        if self.width() > 0:
            self.setMinimumHeight(max(0, self.heightForWidth(self.width())))


def _note(text: str = "", *, role: str = "muted") -> QLabel:
    """A wrapped explanation that takes the full width of its form row."""
    label = WrappedNote(text)
    label.setWordWrap(True)
    label.setProperty("role", role)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


class DeckSettingsPage(QWidget):
    """Retention, limits and steps for one deck at a time; edits are kept per deck."""

    def __init__(self, decks: Sequence[DeckCounts], load: Callable[[str], DeckSettings],
                 current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self.edited: dict[str, DeckSettings] = {}
        self._shown: str | None = None
        self.deck = QComboBox()
        self.deck.setAccessibleName("Deck")
        for d in decks:
            self.deck.addItem(display_title(d.title, d.group), d.deck_id)
        self.retention = QDoubleSpinBox()
        self.retention.setRange(70, 99)
        self.retention.setDecimals(0)
        self.retention.setSuffix(" %")
        self.retention.setAccessibleName("Desired retention")
        self.explanation = _note()
        self.explanation.setAccessibleName("What desired retention means")
        self.new_per_day = QSpinBox()
        self.new_per_day.setRange(0, 9999)
        self.new_per_day.setAccessibleName("New cards per day")
        self.reviews_per_day = QSpinBox()
        self.reviews_per_day.setRange(0, 99999)
        self.reviews_per_day.setAccessibleName("Maximum reviews per day")
        self.learning_steps = QLineEdit()
        self.learning_steps.setAccessibleName("Learning steps")
        self.learning_steps.setPlaceholderText("e.g. 1m 10m")
        self.relearning_steps = QLineEdit()
        self.relearning_steps.setAccessibleName("Relearning steps")
        self.relearning_steps.setPlaceholderText("e.g. 10m")
        self.max_interval = QSpinBox()
        self.max_interval.setRange(1, 36500)
        self.max_interval.setSuffix(" days")
        self.max_interval.setAccessibleName("Maximum interval")
        self.steps_error = _note(role="verdict-wrong")
        self.steps_error.hide()

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow("&Deck:", self.deck)
        form.addRow("Desired &retention:", self.retention)
        form.addRow("", self.explanation)
        form.addRow("&New cards per day:", self.new_per_day)
        form.addRow("Maximum re&views per day:", self.reviews_per_day)
        form.addRow("&Learning steps:", self.learning_steps)
        form.addRow("Re&learning steps:", self.relearning_steps)
        form.addRow("Maximum &interval:", self.max_interval)
        form.addRow("", self.steps_error)
        steps_note = _note("Steps are the short waits while a card is being learned, e.g. "
                           "“1m 10m”: again after 1 minute, then after 10 minutes.")
        form.addRow("", steps_note)

        self.retention.valueChanged.connect(
            lambda v: self.explanation.setText(retention_explanation(v / 100)))
        self.deck.currentIndexChanged.connect(self._switch)
        if current is not None:
            index = self.deck.findData(current)
            if index >= 0:
                self.deck.setCurrentIndex(index)
        self._switch()

    def _switch(self) -> None:
        if self._shown is not None:
            with contextlib.suppress(ValueError):  # keep the last valid values for that deck
                self.edited[self._shown] = self.read()
        deck_id = self.deck.currentData()
        self._shown = deck_id
        if deck_id is None:
            self.setEnabled(False)
            return
        s = self.edited.get(deck_id) or self._load(deck_id)
        self._base = s
        self.retention.setValue(round(s.desired_retention * 100))
        self.explanation.setText(retention_explanation(s.desired_retention))
        self.new_per_day.setValue(s.new_per_day)
        self.reviews_per_day.setValue(s.reviews_per_day)
        self.learning_steps.setText(format_steps(s.learning_steps_minutes))
        self.relearning_steps.setText(format_steps(s.relearning_steps_minutes))
        self.max_interval.setValue(s.maximum_interval_days)

    def read(self) -> DeckSettings:
        """The deck shown, as edited; ValueError if the steps cannot be read."""
        return replace(self._base,
                       desired_retention=round(self.retention.value()) / 100,
                       new_per_day=self.new_per_day.value(),
                       reviews_per_day=self.reviews_per_day.value(),
                       learning_steps_minutes=parse_steps(self.learning_steps.text()),
                       relearning_steps_minutes=parse_steps(self.relearning_steps.text()),
                       maximum_interval_days=self.max_interval.value())

    def collect(self) -> dict[str, DeckSettings]:
        """Every deck changed in this dialog; ValueError if the shown one is invalid."""
        if self._shown is not None:
            self.edited[self._shown] = self.read()
        return {d: s for d, s in self.edited.items() if s != self._load(d)}

    def show_error(self, message: str) -> None:
        self.steps_error.setText(message)
        self.steps_error.setVisible(bool(message))


class GeneralPage(QWidget):
    """Profile-wide settings."""

    profiles_requested = Signal()

    def __init__(self, settings: AppSettings, profile: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.day_start = QSpinBox()
        self.day_start.setRange(0, 23)
        self.day_start.setSuffix(":00")
        self.day_start.setValue(settings.day_starts_at_hour)
        self.day_start.setAccessibleName("Next day starts at")
        self.documents = QLineEdit(settings.documents_dir or "")
        self.documents.setPlaceholderText("Not set: citations are shown without the passage")
        self.documents.setAccessibleName("Documents folder")
        browse = QPushButton("&Browse…")
        browse.setAccessibleName("Choose the documents folder")
        browse.clicked.connect(self._browse)
        docs_row = QHBoxLayout()
        docs_row.addWidget(self.documents, 1)
        docs_row.addWidget(browse)
        self.theme = QComboBox()
        self.theme.setAccessibleName("Theme")
        for key, label in THEMES:
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.font_size = QSpinBox()
        self.font_size.setRange(60, 300)
        self.font_size.setSingleStep(10)
        self.font_size.setSuffix(" %")
        self.font_size.setValue(round(settings.font_scale * 100))
        self.font_size.setAccessibleName("Card text size")
        self.profile_label = QLabel(f"<b>{escape(profile)}</b>")
        self.profile_label.setAccessibleName("Current profile")
        manage = QPushButton("&Profiles…")
        manage.setToolTip("Create, rename or switch profiles (Ctrl+Shift+P)")
        manage.clicked.connect(self.profiles_requested)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_label, 1)
        profile_row.addWidget(manage)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow("Next day &starts at:", self.day_start)
        day_note = _note("Cards due “today” stay due until this hour (4:00 suits night "
                         "shifts and late study).")
        form.addRow("", day_note)
        docs_label = QLabel("&Documents folder:")
        docs_label.setBuddy(self.documents)
        form.addRow(docs_label, docs_row)
        form.addRow("&Theme:", self.theme)
        form.addRow("Card &text size:", self.font_size)
        form.addRow("Profile:", profile_row)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Documents folder",
                                                  self.documents.text())
        if folder:
            self.documents.setText(folder)

    def read(self) -> AppSettings:
        docs = self.documents.text().strip()
        return self.settings.with_changes(
            day_starts_at_hour=self.day_start.value(),
            documents_dir=docs or None,
            theme=self.theme.currentData(),
            font_scale=self.font_size.value() / 100,
        )


@dataclass(frozen=True, slots=True)
class ExamTabInput:
    """What the Exam tab needs: saved dates, a plan preview for a date, and today."""

    dates: dict[tuple[str, str], date]
    preview: Preview
    today: date
    current: tuple[str, str] | None = None  # ("deck", id) or ("group", name) to show first


class SettingsDialog(QDialog):
    """Tabs Deck, Exam and General. After OK, read :attr:`app_settings`, :attr:`decks` and
    :attr:`exam_dates`."""

    def __init__(self, *, app_settings: AppSettings, decks: Sequence[DeckCounts],
                 load_deck_settings: Callable[[str], DeckSettings], current_deck: str | None,
                 profile: str, start_tab: str = "deck", exam: ExamTabInput | None = None,
                 presets: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self.tabs = QTabWidget()
        self.deck_page = DeckSettingsPage(decks, load_deck_settings, current_deck)
        self.general_page = GeneralPage(app_settings, profile)
        self.tabs.addTab(self.deck_page, "&Deck")
        self.tabs.addTab(self.general_page, "&General")
        self.exam_page: ExamPage | None = None
        if exam is not None and decks:
            current = exam.current or ((DECK, current_deck) if current_deck else None)
            self.exam_page = ExamPage(decks, dates=exam.dates, preview=exam.preview,
                                      today=exam.today, current=current)
            self.tabs.insertTab(1, self.exam_page, "E&xam")
            if start_tab == "exam":
                self.tabs.setCurrentWidget(self.exam_page)
        self.presets_page = presets
        if presets is not None:  # after Deck and Exam, before General
            self.tabs.insertTab(self.tabs.indexOf(self.general_page), presets, "&Presets")
            if start_tab == "presets":
                self.tabs.setCurrentWidget(presets)
        if not decks:
            self.tabs.setTabEnabled(0, False)
            self.tabs.setCurrentIndex(1)
        elif start_tab == "general":
            self.tabs.setCurrentIndex(1)
        self.manage_profiles = False
        self.general_page.profiles_requested.connect(self._profiles)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.app_settings = app_settings
        self.decks: dict[str, DeckSettings] = {}
        self.exam_dates: dict[tuple[str, str], date | None] = {}
        self.setMinimumWidth(560)

    def accept(self) -> None:
        try:
            self.decks = self.deck_page.collect() if self.tabs.isTabEnabled(0) else {}
        except ValueError as exc:
            self.tabs.setCurrentIndex(0)
            self.deck_page.show_error(str(exc))
            self.deck_page.learning_steps.setFocus()
            return
        self.app_settings = self.general_page.read()
        self.exam_dates = self.exam_page.collect() if self.exam_page is not None else {}
        super().accept()

    def _profiles(self) -> None:
        """Close with the current edits saved, then the window opens the profiles dialog."""
        self.manage_profiles = True
        self.accept()
