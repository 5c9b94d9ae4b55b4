"""File ▸ Export to Anki: choose what to export (deck, group, collection) and whether the
learner's schedule goes with it, then where to save; the export runs as a background task.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from trainer.gui import messages
from trainer.services.exchange import export_collection

if TYPE_CHECKING:
    from trainer.gui.main_window import MainWindow
    from trainer.interop.anki import ExportResult


class ExportDialog(QDialog):
    """What to export. ``scope`` is ("deck", id), ("group", name) or ("all", "")."""

    def __init__(self, *, deck: tuple[str, str] | None, group: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export to Anki")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Export as an Anki package (.apkg), for Anki or AnkiDroid:"))
        self._choices: list[tuple[QRadioButton, tuple[str, str]]] = []
        if deck is not None:
            self._add(layout, f"The &deck “{deck[1]}”", ("deck", deck[0]))
        if group:
            self._add(layout, f"Every deck of the &group “{group}”", ("group", group))
        self._add(layout, "The whole &collection", ("all", ""))
        self._choices[0][0].setChecked(True)
        self.with_schedule = QCheckBox("Include my &schedule and review history, so Anki "
                                       "carries on where Trainer stopped")
        layout.addWidget(self.with_schedule)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Export…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._choices[0][0].setFocus()

    def _add(self, layout: QVBoxLayout, text: str, scope: tuple[str, str]) -> None:
        button = QRadioButton(text)
        button.setAccessibleName(text.replace("&", ""))
        layout.addWidget(button)
        self._choices.append((button, scope))

    @property
    def scope(self) -> tuple[str, str]:
        return next(scope for button, scope in self._choices if button.isChecked())


def _default_name(scope: tuple[str, str]) -> str:
    kind, value = scope
    stem = value if kind != "all" else "trainer-collection"
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in stem) + ".apkg"


def export_to_anki(window: MainWindow) -> None:
    """Ask what and where, then export in the background; a message says what went out."""
    col = window.col
    if col is None:
        return
    selected = window.decks.selected_scope()
    deck: tuple[str, str] | None = None
    group: str | None = None
    titles = {c.deck_id: (c.title, c.group) for c in window.counts}
    if selected is not None and selected[0] == "deck" and selected[1] in titles:
        deck = (selected[1], titles[selected[1]][0])
        group = titles[selected[1]][1] or None
    elif selected is not None and selected[0] == "group":
        group = selected[1]
    dialog = ExportDialog(deck=deck, group=group, parent=window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    scope, with_schedule = dialog.scope, dialog.with_schedule.isChecked()
    start = str(Path.home() / _default_name(scope))
    chosen, _ = QFileDialog.getSaveFileName(window, "Export to Anki", start,
                                            "Anki packages (*.apkg)")
    if not chosen:
        return
    output = Path(chosen)
    if output.suffix == "":
        output = output.with_suffix(".apkg")
    kind, value = scope

    def work(_progress: object, _cancel: object) -> ExportResult:
        return export_collection(col, output,
                                 deck_ids=[value] if kind == "deck" else None,
                                 group=value if kind == "group" else None,
                                 with_schedule=with_schedule)

    def done(result: ExportResult) -> None:
        window.statusBar().showMessage(f"Exported {result.summary()} to {output}", 10000)
        messages.info(window, "Exported to Anki",
                      f"Wrote {result.summary()} to {output}.\n\nOpen it with Anki or "
                      "AnkiDroid (File ▸ Import). Tick “Import deck presets” there to "
                      "keep the decks' options" + (
                          ", and “Import any learning progress” to keep your schedule."
                          if with_schedule else "."))

    window.run_task("Exporting to Anki", work, on_success=done)





def export_to_csv(window: MainWindow) -> None:
    """Export the selected deck as a CSV spreadsheet (front, back, tags, deck, relation,
    source), one row per fact and per other card."""
    from trainer.services.table_import import export_table

    col = window.col
    if col is None:
        return
    deck_id = window.decks.selected_deck_id()
    if deck_id is None:
        messages.error(window, "No deck selected",
                       "Select a deck in the list first, then export it as a spreadsheet.")
        return
    start = str(Path.home() / _default_name(("deck", deck_id)).replace(".apkg", ".csv"))
    chosen, _ = QFileDialog.getSaveFileName(window, "Export deck as spreadsheet", start,
                                            "Spreadsheets (*.csv *.tsv)")
    if not chosen:
        return
    output = Path(chosen)
    if output.suffix == "":
        output = output.with_suffix(".csv")
    try:
        count = export_table(col, deck_id, output)
    except ValueError as exc:
        messages.error(window, "Not exported", str(exc))
        return
    window.statusBar().showMessage(f"Wrote {count} rows to {output}", 10000)
