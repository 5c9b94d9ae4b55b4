"""The Presets tab of the options: presets shared by decks and groups, and "Optimise".

Preset changes go to trainer.services.presets as they are made (each button says what it
does), so several decks can be pointed at one preset in one visit. "Optimise" fits FSRS
to the learner's own answers off the GUI thread and shows the log loss before and after.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.domain import DeckCounts, DeckSettings
from trainer.gui import messages
from trainer.gui.deck_list import display_title
from trainer.gui.tasks import Task
from trainer.services.changes import NOTHING, OpChanges
from trainer.services.presets import (
    DECK,
    GROUP,
    MAX_INTERVAL_DAYS,
    PRESET_CHANGES,
    Preset,
    PresetError,
    Presets,
)

if TYPE_CHECKING:
    from trainer.services.optimising import Optimised

SCOPE_ROLE = Qt.ItemDataRole.UserRole + 1


def fit_text(fit: Optimised) -> str:
    """What an optimisation did, in words a learner can act on."""
    if fit.fit is None:
        return (f"Not enough answers yet to fit your own parameters ({fit.reviews} so far; "
                "about 400 are needed). The defaults stay in use.")
    loss = f"Log loss {fit.log_loss_before:.4f} before, {fit.log_loss_after:.4f} after"
    if fit.better:
        return f"{loss} (lower is better): your own parameters are now in use."
    return f"{loss}: no better than the parameters in use, which stay."


class PresetsPage(QWidget):
    """Choose a preset, edit it, say which decks and groups use it; optimise FSRS."""

    def __init__(self, presets: Presets, decks: Sequence[DeckCounts],
                 optimise: Callable[[], Optimised], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presets = presets
        self._optimise = optimise
        self.task: Task | None = None
        self.last_fit: Optimised | None = None
        #: What the preset edits made here changed, for the deck list (saved at once).
        self.changes: OpChanges = NOTHING
        self.choice = QComboBox()
        self.choice.setAccessibleName("Preset")
        new, rename, remove = (QPushButton("&New…"), QPushButton("Rena&me…"),
                               QPushButton("Delete"))
        new.setToolTip("A new preset from the values below")
        new.clicked.connect(self.new_preset)
        rename.clicked.connect(self.rename_preset)
        remove.clicked.connect(self.delete_preset)
        self.buttons = (rename, remove)
        top = QHBoxLayout()
        top.addWidget(self.choice, 1)
        for button in (new, rename, remove):
            top.addWidget(button)

        self.retention = QDoubleSpinBox()
        self.retention.setRange(70, 99)
        self.retention.setDecimals(0)
        self.retention.setSuffix(" %")
        self.retention.setAccessibleName("Desired retention")
        self.new_per_day = QSpinBox()
        self.new_per_day.setRange(0, 9999)
        self.new_per_day.setAccessibleName("New cards per day")
        self.reviews_per_day = QSpinBox()
        self.reviews_per_day.setRange(0, 99999)
        self.reviews_per_day.setAccessibleName("Maximum reviews per day")
        self.max_interval = QSpinBox()
        self.max_interval.setRange(1, MAX_INTERVAL_DAYS)
        self.max_interval.setSuffix(" days")
        self.max_interval.setAccessibleName("Maximum interval")
        self.save = QPushButton("&Save preset")
        self.save.setToolTip("Keep these values in the preset, for every deck that uses it")
        self.save.clicked.connect(self.save_preset)
        form = QFormLayout()
        form.addRow("Desired re&tention:", self.retention)
        form.addRow("New cards a d&ay:", self.new_per_day)
        form.addRow("Maximum revie&ws per day:", self.reviews_per_day)
        form.addRow("Maximum &interval:", self.max_interval)
        form.addRow("", self.save)

        self.used_by = QListWidget()
        self.used_by.setAccessibleName("Decks and groups using this preset")
        for group in sorted({d.group for d in decks if d.group}, key=str.casefold):
            self._scope_item(f"{group} (every deck of the group)", (GROUP, group))
        for d in decks:
            self._scope_item(display_title(d.title, d.group), (DECK, d.deck_id))
        self.used_by.itemChanged.connect(self._link_changed)
        used_note = QLabel("Tick a group to use this preset for all its decks; a deck's "
                           "own preset, or settings edited on the Deck tab, win over it.")
        used_note.setWordWrap(True)
        used_note.setProperty("role", "muted")

        self.optimise_button = QPushButton("&Optimise")
        self.optimise_button.setToolTip("Fit FSRS to your own answers (all decks)")
        self.optimise_button.clicked.connect(self.optimise)
        self.fit_label = QLabel("FSRS can learn how you remember from your own answers.")
        self.fit_label.setWordWrap(True)
        self.fit_label.setAccessibleName("Optimisation result")
        fsrs = QGroupBox("FSRS parameters")
        fsrs_row = QHBoxLayout(fsrs)
        fsrs_row.addWidget(self.fit_label, 1)
        fsrs_row.addWidget(self.optimise_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(QLabel("Used by:"))
        layout.addWidget(self.used_by, 1)
        layout.addWidget(used_note)
        layout.addWidget(fsrs)
        self.choice.currentIndexChanged.connect(lambda _i: self._show())
        self._reload()

    # -- presets -------------------------------------------------------------------------
    def _scope_item(self, label: str, scope: tuple[str, str]) -> None:
        item = QListWidgetItem(label)
        item.setData(SCOPE_ROLE, scope)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.used_by.addItem(item)

    def current(self) -> Preset | None:
        preset_id = self.choice.currentData()
        return next((p for p in self.presets.all() if p.id == preset_id), None)

    def _reload(self, select: int | None = None) -> None:
        self.choice.blockSignals(True)
        self.choice.clear()
        for preset in self.presets.all():
            self.choice.addItem(preset.name, preset.id)
        if not self.choice.count():
            self.choice.addItem("No presets yet: press New to make one", None)
        if select is not None:
            self.choice.setCurrentIndex(max(0, self.choice.findData(select)))
        self.choice.blockSignals(False)
        self._show()

    def _show(self) -> None:
        preset = self.current()
        for button in (*self.buttons, self.save):
            button.setEnabled(preset is not None)
        self.used_by.setEnabled(preset is not None)
        settings = preset.settings if preset else DeckSettings()
        self.retention.setValue(round(settings.desired_retention * 100))
        self.new_per_day.setValue(settings.new_per_day)
        self.reviews_per_day.setValue(settings.reviews_per_day)
        self.max_interval.setValue(settings.maximum_interval_days)
        self.used_by.blockSignals(True)
        scopes = set(preset.scopes) if preset else set()
        for row in range(self.used_by.count()):
            item = self.used_by.item(row)
            item.setCheckState(Qt.CheckState.Checked if tuple(item.data(SCOPE_ROLE)) in scopes
                               else Qt.CheckState.Unchecked)
        self.used_by.blockSignals(False)

    def read(self, base: DeckSettings | None = None) -> DeckSettings:
        base = base or DeckSettings()
        return DeckSettings(
            desired_retention=round(self.retention.value()) / 100,
            new_per_day=self.new_per_day.value(), reviews_per_day=self.reviews_per_day.value(),
            learning_steps_minutes=base.learning_steps_minutes,
            relearning_steps_minutes=base.relearning_steps_minutes,
            maximum_interval_days=self.max_interval.value())

    def new_preset(self) -> None:
        name, ok = QInputDialog.getText(self, "New preset", "Name of the new preset:")
        if not ok:
            return
        try:
            made = self.presets.create(name=name, settings=self.read())
        except (PresetError, ValueError) as exc:
            messages.error(self, "Preset not made", str(exc))
            return
        self.changes |= PRESET_CHANGES
        self._reload(select=made.id)

    def rename_preset(self) -> None:
        preset = self.current()
        if preset is None:
            return
        name, ok = QInputDialog.getText(self, "Rename preset", "New name:", text=preset.name)
        if not ok:
            return
        try:
            self.presets.update(preset_id=preset.id, name=name)
        except (PresetError, ValueError) as exc:
            messages.error(self, "Preset not renamed", str(exc))
            return
        self.changes |= PRESET_CHANGES
        self._reload(select=preset.id)

    def delete_preset(self) -> None:
        preset = self.current()
        if preset is None:
            return
        users = len(preset.scopes)
        if users and not messages.confirm(
                self, "Delete preset",
                f"Delete “{preset.name}”? {users} deck or group setting(s) use it; they go "
                "back to their group's preset or their deck file's settings."):
            return
        self.presets.delete(preset_id=preset.id)
        self.changes |= PRESET_CHANGES
        self._reload()

    def save_preset(self) -> None:
        preset = self.current()
        if preset is None:
            return
        try:
            self.presets.update(preset_id=preset.id, settings=self.read(preset.settings))
        except (PresetError, ValueError) as exc:
            messages.error(self, "Preset not saved", str(exc))
            return
        self.changes |= PRESET_CHANGES
        self._reload(select=preset.id)

    def _link_changed(self, item: QListWidgetItem) -> None:
        preset = self.current()
        if preset is None:
            return
        kind, scope = item.data(SCOPE_ROLE)
        on = item.checkState() == Qt.CheckState.Checked
        self.changes |= self.presets.link(scope_kind=kind, scope=scope,
                                          preset_id=preset.id if on else None)

    # -- optimise ------------------------------------------------------------------------
    def optimise(self) -> None:
        """Fit FSRS off the GUI thread; the result replaces the label's text."""
        if self.task is not None:
            return
        self.optimise_button.setEnabled(False)
        self.fit_label.setText("Optimising… this can take a minute with a long history.")
        task = Task(self, "Optimising FSRS", lambda _progress, _cancel: self._optimise(),
                    on_success=self._optimised, on_error=self._failed,
                    pool=QThreadPool.globalInstance())
        self.task = task
        task.finished.connect(self._finished)
        task.start()

    def _optimised(self, fit: Optimised) -> None:
        self.last_fit = fit
        self.fit_label.setText(fit_text(fit))

    def _failed(self, exc: BaseException) -> None:
        self.fit_label.setText("Optimising failed; your parameters are unchanged.")
        messages.error(self, "Optimise failed",
                       f"FSRS could not be fitted to your answers ({exc}). Your parameters "
                       "are unchanged; try again after more reviews.")

    def _finished(self) -> None:
        self.task = None
        self.optimise_button.setEnabled(True)
