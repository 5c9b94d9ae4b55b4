"""File ▸ Import for every format: deck files go straight in; Anki packages and
spreadsheets are read in the background, previewed, and only then imported.
Files Trainer cannot read are named for what they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.gui import messages
from trainer.interop.table import FIELDS, TableGuess, guess_mapping, read_table
from trainer.services.formats import FileFormat, detect, unsupported_message

if TYPE_CHECKING:
    from trainer.gui.main_window import MainWindow

FILE_FILTER = ("Everything Trainer imports (*.yaml *.yml *.apkg *.colpkg *.csv *.tsv *.txt);;"
               "Deck files (*.yaml *.yml);;Anki packages (*.apkg *.colpkg);;"
               "Spreadsheets (*.csv *.tsv *.txt)")


class PreviewDialog(QDialog):
    """What an import will do, with Import and Cancel; nothing is written before Import."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Nothing has been changed yet. This is what the import will do:"))
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setAccessibleName("What the import will do")
        self.text.setMinimumSize(520, 260)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()


class ColumnsDialog(QDialog):
    """Which column is which, with the guessed delimiter and header shown and changeable."""

    DELIMITERS = (("Comma", ","), ("Tab", "\t"), ("Semicolon", ";"), ("Pipe", "|"))

    def __init__(self, guess: TableGuess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import spreadsheet: columns")
        self.path = guess.path
        self.guess = guess
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.delimiter = QComboBox()
        for name, value in self.DELIMITERS:
            self.delimiter.addItem(name, value)
        index = self.delimiter.findData(guess.delimiter)
        if index < 0:
            self.delimiter.addItem(repr(guess.delimiter), guess.delimiter)
            index = self.delimiter.count() - 1
        self.delimiter.setCurrentIndex(index)
        form.addRow("&Separator (guessed):", self.delimiter)
        self.header = QCheckBox("The first row holds column &names (guessed)")
        self.header.setChecked(guess.has_header)
        form.addRow(self.header)
        self.fields: dict[str, QComboBox] = {}
        for name in FIELDS:
            box = QComboBox()
            box.setAccessibleName(f"Column for {name}")
            self.fields[name] = box
            form.addRow(f"&{name.capitalize()}:", box)
        layout.addLayout(form)
        self.table = QTableWidget()
        self.table.setAccessibleName("First rows of the file")
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Preview…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(guess)
        self.delimiter.currentIndexChanged.connect(self._reread)
        self.header.toggled.connect(self._reread)

    def _fill(self, guess: TableGuess) -> None:
        self.guess = guess
        for name, box in self.fields.items():
            box.blockSignals(True)
            box.clear()
            box.addItem("(none)", -1)
            for i, column in enumerate(guess.columns):
                box.addItem(column, i)
            box.setCurrentIndex(box.findData(guess.mapping.get(name, -1)))
            box.blockSignals(False)
        shown = guess.rows[:8]
        self.table.setColumnCount(len(guess.columns))
        self.table.setRowCount(len(shown))
        self.table.setHorizontalHeaderLabels(guess.columns)
        for r, row in enumerate(shown):
            for c, value in enumerate(row[:len(guess.columns)]):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def _reread(self) -> None:
        try:
            guess = read_table(self.path, delimiter=self.delimiter.currentData(),
                               has_header=self.header.isChecked())
        except ValueError as exc:
            messages.error(self, "Cannot read the file this way", str(exc))
            return
        guess.mapping = guess_mapping(guess.columns, guess.has_header)
        self._fill(guess)

    @property
    def mapping(self) -> dict[str, int]:
        return {name: int(box.currentData()) for name, box in self.fields.items()
                if box.currentData() is not None and int(box.currentData()) >= 0}


def _after_task(window: MainWindow, then: Callable[[], None]) -> None:
    """Run ``then`` once the window's current task has fully finished."""
    def check() -> None:
        if window.task is not None:
            QTimer.singleShot(20, check)
        else:
            then()
    QTimer.singleShot(0, check)


def import_paths(window: MainWindow, paths: Sequence[Path]) -> None:
    """Import ``paths`` of any kind; unsupported files are named and nothing is imported."""
    kinds: dict[FileFormat, list[Path]] = {}
    refused: list[str] = []
    for path in paths:
        kind, words = detect(path)
        if kind is FileFormat.UNSUPPORTED:
            refused.append(unsupported_message(path, words))
        kinds.setdefault(kind, []).append(path)
    if refused:
        messages.error(window, "Not a format Trainer imports",
                       "\n\n".join(refused) + "\n\nNothing was imported.")
        return
    queue: list[tuple[Path, str]] = [
        *((p, "deck") for p in kinds.get(FileFormat.DECK, [])[:1]),
        *((p, "anki") for p in kinds.get(FileFormat.ANKI_PACKAGE, [])),
        *((p, "table") for p in kinds.get(FileFormat.SPREADSHEET, []))]
    _next(window, queue, kinds.get(FileFormat.DECK, []))


def _next(window: MainWindow, queue: list[tuple[Path, str]], decks: list[Path]) -> None:
    if not queue:
        return
    path, kind = queue.pop(0)

    def proceed() -> None:
        _next(window, queue, decks)

    if kind == "deck":  # every deck file at once: they are imported together
        _after_task(window, lambda: import_deck_files(window, decks, then=proceed))
    elif kind == "anki":
        _after_task(window, lambda: import_anki(window, path, then=proceed))
    else:
        _after_task(window, lambda: import_spreadsheet(window, path, then=proceed))


def import_deck_files(window: MainWindow, paths: Sequence[Path], *,
                      then: Callable[[], None] | None = None) -> None:
    """Check and preview deck files in the background, then import them if confirmed."""
    from trainer.services.import_preview import preview_deck_files

    col = window.col
    if col is None:
        return

    def previewed(text: str) -> None:
        def ask() -> None:
            names = ", ".join(p.name for p in paths)
            if PreviewDialog(f"Import {names}", text, parent=window).exec() \
                    != QDialog.DialogCode.Accepted:
                window.statusBar().showMessage("Import cancelled; nothing was changed.", 8000)
                return
            window.import_files(paths)
            if then is not None:
                _after_task(window, then)
        _after_task(window, ask)

    window.run_task("Checking deck files",
                    lambda _progress, _cancel: preview_deck_files(col, paths),
                    on_success=previewed)


def import_anki(window: MainWindow, path: Path, *, then: Callable[[], None] | None = None) -> None:
    """Read and preview an Anki package in the background, then import it if confirmed."""
    from trainer.services.anki_import import apply_anki_import, preview_anki_package

    col = window.col
    if col is None:
        return

    def previewed(preview: Any) -> None:
        def ask() -> None:
            dialog = PreviewDialog(f"Import {path.name}", preview.summary(), parent=window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                window.statusBar().showMessage("Import cancelled; nothing was changed.", 8000)
                return
            window.run_task(f"Importing {path.name}",
                            lambda progress, cancel: apply_anki_import(
                                col, preview, progress=progress, cancel=cancel),
                            on_success=lambda report: _done(window, report, then))
        _after_task(window, ask)

    window.run_task(f"Reading {path.name}",
                    lambda progress, cancel: preview_anki_package(col, path, progress=progress,
                                                                  cancel=cancel),
                    on_success=previewed)


def import_spreadsheet(window: MainWindow, path: Path, *,
                       then: Callable[[], None] | None = None) -> None:
    """Ask for the column mapping, preview, then import a CSV/TSV if confirmed."""
    from trainer.services.table_import import apply_table, preview_table

    col = window.col
    if col is None:
        return
    try:
        guess = read_table(path)
    except ValueError as exc:
        messages.error(window, "Cannot import the spreadsheet", str(exc))
        return
    columns = ColumnsDialog(guess, parent=window)
    if columns.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        preview = preview_table(col, columns.guess, columns.mapping)
    except ValueError as exc:
        messages.error(window, "Cannot import the spreadsheet", str(exc))
        return
    dialog = PreviewDialog(f"Import {path.name}", preview.summary(), parent=window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    window.run_task(f"Importing {path.name}",
                    lambda progress, cancel: apply_table(col, preview, progress=progress,
                                                         cancel=cancel),
                    on_success=lambda report: _done(window, report, then))


def _done(window: MainWindow, report: Any, then: Callable[[], None] | None) -> None:
    window._imported(report)
    if then is not None:
        _after_task(window, then)
