"""An instructor checks a generated deck fact by fact, beside the passages it was read from.

Left: every fact in a table, filtered ("needs attention", conflicts, rejected) and searched.
Right: the selected fact in words, its note, and each cited passage from the documents.
Single keys drive it (A accept, R reject, E edit, S or 1-9 settle a conflict, N/J and K
move between facts that need attention, Ctrl+S save, Esc close); the buttons name them.

The dialog is a view: the state and the rules of the review live in the Qt-free
:class:`~trainer.services.fact_review_model.FactReviewModel`, whose actions return what they
changed, and the table and the details pane refresh from that. Nothing changes on disk until
the instructor saves; the deck service keeps each fact's id, so learners keep their history
when they import the corrected file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trainer.domain import Fact
from trainer.gui import messages
from trainer.gui.fact_details_view import NO_DOCUMENT, FactDetailsPane, PassageBox
from trainer.gui.fact_review_actions import build_action_bar
from trainer.gui.fact_table import FactFilter, FactTableModel, fact_table
from trainer.gui.plain import make_plain
from trainer.gui.review_dialogs import EditFactDialog, SettleDialog
from trainer.services.authoring import DeckReview
from trainer.services.fact_review_model import (
    FILTERS,
    FactReviewModel,
    ReviewChange,
    error_text,
)

__all__ = ["NO_DOCUMENT", "EditFactDialog", "FactReviewDialog", "SettleDialog",
           "open_fact_review", "review_deck_file"]


class FactReviewDialog(QDialog):
    """Check a deck file fact by fact against its sources, then save it.

    Raises whatever :class:`DeckReview` raises when the file cannot be opened; use
    :func:`review_deck_file` to open one with the error shown as a message instead.
    """

    def __init__(self, path: Path, *, documents_dir: Path | Sequence[Path] | None,
                 parent: QWidget | None = None) -> None:
        state = FactReviewModel.open(path, documents_dir=documents_dir)  # before any window
        super().__init__(parent)
        self.state = state
        self.documents_dir = documents_dir
        self._shown = False
        self._ready = False  # set once every widget exists
        self.saves = 0  # how often the file was written while the dialog was open
        self.setAccessibleName("Review deck facts")
        self.setSizeGripEnabled(True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.model = FactTableModel(state, self)
        self.proxy = FactFilter(state, self)
        self.proxy.setSourceModel(self.model)
        self.details = FactDetailsPane()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_list())
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)

        bar = self._build_actions()
        self.feedback = QLabel("")
        self.feedback.setProperty("role", "muted")
        self.feedback.setAccessibleName("Last action")
        self.feedback.setWordWrap(True)
        make_plain(self.feedback)  # names subjects and files

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.feedback)
        layout.addLayout(bar)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)
        QShortcut(QKeySequence("/"), self, self._focus_search)

        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.resize(self._first_size())
        self.splitter.setSizes([680, 500])
        self._update_counts()
        self._update_title()
        if self.proxy.rowCount() > 0:
            self.select_row(0)
        else:
            self._show_details()
        self._ready = True

    def _first_size(self) -> QSize:
        """1180 by 720, or less on a small screen (or a large display scale): the whole
        window, buttons included, stays on the screen."""
        screen = self.screen().availableGeometry()
        return QSize(1180, 720).boundedTo(screen.size()).expandedTo(self.minimumSizeHint())

    # -- what the tests and the main window read ----------------------------------------------
    @property
    def review(self) -> DeckReview:
        """The deck under review (its file, facts and unsaved changes)."""
        return self.state.review

    @property
    def note_label(self) -> QLabel:
        return self.details.note_label

    @property
    def citation_labels(self) -> list[QLabel]:
        return self.details.citation_labels

    @property
    def passage_boxes(self) -> list[PassageBox]:
        return self.details.passage_boxes

    # -- building -------------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        self.filter_combo = QComboBox()
        self.filter_combo.setAccessibleName("Show facts")
        self.filter_combo.setToolTip("Which facts the table shows")
        for text, _statuses in FILTERS:
            self.filter_combo.addItem(text)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        show = QLabel("Sho&w:")
        show.setBuddy(self.filter_combo)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search facts")
        self.search.setToolTip("Show only facts whose subject, answers, note or tags contain "
                               "this text (Ctrl+F or /)")
        self.search.textChanged.connect(lambda _t: self._apply_filter())
        self.search.returnPressed.connect(self.table_focus)
        top = QHBoxLayout()
        top.addWidget(show)
        top.addWidget(self.filter_combo)
        top.addWidget(self.search, 1)

        self.table = fact_table(self.proxy)
        self.counts = QLabel("")
        self.counts.setProperty("role", "muted")
        self.counts.setAccessibleName("Fact counts")
        make_plain(self.counts)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        return box

    def _build_actions(self) -> QVBoxLayout:
        built = build_action_bar(self, {
            "accept": self.accept_fact,
            "reject": self.reject_fact,
            "edit": self.edit_fact,
            "settle": self.settle_fact,
            "previous": lambda: self.next_needing_attention(-1),
            "next": lambda: self.next_needing_attention(1),
            "question": self.add_question,
            "check": self.check_deck,
            "save": self.save,
            "close": self.reject,
        }, keep=self.settle_fact)
        self.actions_, self.buttons, self.keep_actions = built.actions, built.buttons, built.keep
        return built.layout

    def check_deck(self) -> None:
        """Show the deck check of the deck as it stands (unsaved changes included)."""
        from trainer.gui.deck_check_view import DeckCheckDialog

        dialog = DeckCheckDialog(self.state.check(), self)
        chosen = dialog.chosen_fact if dialog.exec() == QDialog.DialogCode.Accepted else None
        self._back_to_table()
        if chosen and not self.select_fact(chosen):
            self.filter_combo.setCurrentIndex(0)  # "All facts": the fact may be hidden
            self.select_fact(chosen)

    # -- state ------------------------------------------------------------------------------
    @property
    def current_fact(self) -> Fact | None:
        return self.state.current_fact

    def _visible_ids(self) -> list[str]:
        """The facts in the table's order (filtered and sorted as shown)."""
        ids = []
        for proxy_row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
            ids.append(self.model.fact(source.row()).id)
        return ids

    def select_row(self, proxy_row: int) -> None:
        index = self.proxy.index(proxy_row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def select_fact(self, fact_id: str) -> bool:
        """Make a fact current; False when it is not in the table's current view."""
        row = self.model.row_of(fact_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.select_row(index.row())
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.state.current_id = self.model.fact(self.proxy.mapToSource(current).row()).id
        else:
            self.state.current_id = None
        self._show_details()

    def _apply_filter(self) -> None:
        self.proxy.set_filter(self.filter_combo.currentIndex(), self.search.text())
        self._update_counts()  # "· 2 shown"
        keep = self.state.after_filter(self._visible_ids())
        if keep is not None and self.select_fact(keep):
            return
        self.table.selectionModel().clearCurrentIndex()
        self.state.current_id = None
        self._show_details()

    def _update_counts(self) -> None:
        self.counts.setText(self.state.counts_text())
        for i, text in enumerate(self.state.filter_labels()):
            self.filter_combo.setItemText(i, text)

    def _update_title(self) -> None:
        self.setWindowTitle(self.state.title())
        self.setWindowModified(self.state.dirty)
        self.actions_["save"].setEnabled(self.state.dirty)

    def _update_actions(self) -> None:
        can = self.state.commands()
        self.actions_["accept"].setEnabled(can.accept)
        self.actions_["reject"].setEnabled(can.reject)
        self.buttons["reject"].setText("Restore (R)" if can.restore else "Reject (R)")
        self.actions_["reject"].setText("Restore" if can.restore else "Reject")
        self.actions_["edit"].setEnabled(can.edit)
        self.actions_["settle"].setEnabled(can.settle)
        for i, keep in enumerate(self.keep_actions):
            keep.setEnabled(i < can.keep)
        self.actions_["next"].setEnabled(can.move)
        self.actions_["previous"].setEnabled(can.move)

    def _show_details(self) -> None:
        self._update_actions()
        fact = self.current_fact
        if fact is None:
            self.details.show_nothing("Choose a fact in the table to see where it comes from."
                                      if self.proxy.rowCount() else self.state.nothing_shown())
        else:
            self.details.show_fact(fact, self.state.evidence(fact))

    # -- actions ----------------------------------------------------------------------------
    def _changed(self, change: ReviewChange) -> None:
        """Refresh the views from what an action changed; maybe go to the next fact.

        When the changed fact leaves the view (it no longer needs attention), the table
        picks a neighbour by itself.
        """
        order = self._visible_ids()  # before the table re-filters: the fact is still in it
        self.model.apply(change)
        self._update_counts()
        self._update_title()
        if not (change.advance and self._go_to_attention(order, change.fact.id, 1)):
            self.select_fact(change.fact.id)
        self._show_details()
        self.feedback.setText(change.message)

    def _go_to_attention(self, order: list[str], from_id: str | None, step: int) -> bool:
        """Select the next fact in ``order`` after ``from_id`` that needs attention."""
        candidates = self.state.next_needing_attention(order, step, from_id=from_id)
        return any(self.select_fact(fact_id) for fact_id in candidates)

    def next_needing_attention(self, step: int = 1) -> None:
        if not self._go_to_attention(self._visible_ids(), self.state.current_id, step):
            self.feedback.setText(self.state.nowhere_to_go())
        self.table_focus()

    def accept_fact(self) -> None:
        fact = self.current_fact
        if fact is not None and self.state.accept_settles(fact):
            self.settle_fact()
            return
        change = self.state.accept(fact.id) if fact is not None else None
        if change is not None:
            self._changed(change)

    def reject_fact(self) -> None:
        fact = self.current_fact
        if fact is None:
            return
        if self.state.commands().restore:
            self._changed(self.state.restore(fact.id))
            return
        from trainer.gui.review_dialogs import RejectReasonDialog

        dialog = RejectReasonDialog(fact, self)
        answered = dialog.exec() == QDialog.DialogCode.Accepted
        self._back_to_table()
        if answered:
            self._try("Cannot reject this fact", lambda: self.state.reject(fact.id, dialog.text()))

    def _try(self, title: str, action: Callable[[], ReviewChange | None]) -> None:
        """Run an action of the model; a refusal (ValueError, in words) becomes a message."""
        try:
            change = action()
        except ValueError as exc:
            messages.error(self, title, str(exc))
            return
        if change is not None:
            self._changed(change)

    def _back_to_table(self) -> None:
        """After a small dialog, the keys go to the fact list again."""
        self.activateWindow()
        self.table.setFocus()

    def add_question(self) -> None:
        """Write a question from cited lines, e.g. for a fact no template can ask."""
        from trainer.gui.review_dialogs import AddQuestionDialog

        sources = self.review.deck.sources
        if not sources:
            messages.error(self, "Cannot write a question",
                           "This deck cites no document to write a question from.")
            return
        fact = self.current_fact
        cited = fact.sources[0] if fact is not None and fact.sources else None
        dialog = AddQuestionDialog(sources, source=cited.doc if cited else None,
                                   lines=cited.lines if cited else (1, 1), parent=self)
        answered = dialog.exec() == QDialog.DialogCode.Accepted
        self._back_to_table()
        if not answered:
            return
        question, answer, source, lines = dialog.values()
        self._try("Cannot add this question", lambda: self.state.add_question(
            question=question, answer=answer, source=source, lines=lines))

    def settle_fact(self, index: int | None = None) -> None:
        """Keep one value of a conflict: the ``index``-th, or ask with a small dialog."""
        fact = self.current_fact
        if fact is None or not self.state.commands().settle:
            return
        question = self.state.name_question(fact)
        if question is not None:  # one value: a doubtful name, not documents disagreeing
            right = messages.confirm(self, "Check a name", (
                f"{question}\n\n{fact.note or ''}\n\nYes keeps the fact for learners; "
                "No rejects it. To write the name differently, use Edit (E)."))
            self._changed(self.state.confirm_name(fact.id, right=right))
            return
        if index is None:
            dialog = SettleDialog(fact, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            keep = dialog.kept()
        else:
            keep = self.state.kept_value(fact, index)
        if keep is not None:
            self._try("Cannot settle this conflict", lambda: self.state.settle(fact.id, keep))

    def edit_fact(self) -> None:
        fact = self.current_fact
        if fact is None:
            return
        dialog = EditFactDialog(fact, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        subject, answers = dialog.values()
        self._try("Cannot change this fact",
                  lambda: self.state.edit(fact.id, subject=subject, answers=answers))

    def save(self) -> bool:
        """Write the deck file; False (and a message) when it cannot be written."""
        if not self.state.dirty:
            return True
        try:
            target = self.state.save()
        except Exception as exc:  # DeckError (not re-exported yet), OSError, ...
            messages.error(self, "Cannot save the deck", error_text(exc, self.review.path))
            return False
        self.saves += 1
        self._update_title()
        self.feedback.setText(f"Saved {target.name}.")
        return True

    def table_focus(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- closing ----------------------------------------------------------------------------
    def ask_save_changes(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel; tests replace this to answer without a message box."""
        box = QMessageBox(QMessageBox.Icon.Question, "Unsaved changes",
                          f"Save your changes to “{self.review.path.name}” before closing?",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName("Unsaved changes")
        return QMessageBox.StandardButton(box.exec())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() == Qt.Key.Key_Escape and self.search.hasFocus()
                and self.search.text()):
            # Esc in the search box clears it first, and gives the keyboard back to the
            # table so that the next one-key command (A, R, N...) acts on a fact.
            self.search.clear()
            self.table_focus()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Esc, Close or the window's close button; asks first when there are changes."""
        if self.state.dirty:
            answer = self.ask_save_changes()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:  # start in the table, where the single-key commands work
            self._shown = True
            self.table_focus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reject()
        if self.isVisible():
            event.ignore()
        else:
            event.accept()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_ready", False):
            self.model.repaint_all()  # the status colours follow the palette
            self._show_details()


def open_fact_review(path: Path, *, documents_dir: Path | Sequence[Path] | None,
                     parent: QWidget | None = None) -> FactReviewDialog | None:
    """The review dialog for ``path``, or None after telling the user why it cannot open."""
    try:
        return FactReviewDialog(path, documents_dir=documents_dir, parent=parent)
    except Exception as exc:  # DeckError (not re-exported by the service yet), OSError, ...
        messages.error(parent, "Cannot open the deck", error_text(exc, path))
        return None


def review_deck_file(path: Path, *, documents_dir: Path | Sequence[Path] | None,
                     parent: QWidget | None = None) -> bool:
    """Open the review dialog modally; True when the file was saved at least once."""
    dialog = open_fact_review(path, documents_dir=documents_dir, parent=parent)
    if dialog is None:
        return False
    dialog.exec()
    dialog.deleteLater()
    return dialog.saves > 0
