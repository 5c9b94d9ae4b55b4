"""An instructor checks a generated deck fact by fact, beside the passages it was read from.

Left: every fact in a table, filtered ("needs attention", conflicts, rejected) and searched.
Right: the selected fact in words, its note, and each cited passage from the documents.
Single keys drive it (A accept, R reject, E edit, S or 1-9 settle a conflict, N/J and K
move between facts that need attention, Ctrl+S save, Esc close); the buttons name them.

Nothing changes on disk until the instructor saves; the service
(:class:`trainer.services.authoring.DeckReview`) keeps each fact's id, so learners keep
their history when they import the corrected file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.domain import Fact, FactStatus, Relation
from trainer.gui import messages
from trainer.gui.plain import make_plain
from trainer.gui.theme import current_colors
from trainer.services.authoring import DeckReview, name_question

ModelIndex = QModelIndex | QPersistentModelIndex

NO_DOCUMENT = ("The document is not on this computer; set the documents folder in Settings "
               "to see the passage.")

#: Relation -> (short name for the table, sentence with {s} subject and {o} answers).
RELATION_WORDS: dict[Relation, tuple[str, str]] = {
    Relation.DRUG_TARGET: ("Drug target", "{s} acts on {o}."),
    Relation.DRUG_CLASS: ("Drug class", "{s} is a kind of {o}."),
    Relation.PHASE_DURATION: ("Phase duration", "{phase} lasts {o}."),
    Relation.PHASE_DRUGS: ("Drugs of a phase", "Drugs given in {phase}: {o}."),
    Relation.MARKER: ("Marker", "Markers of {s}: {o}."),
    Relation.RISK_FACTOR: ("Risk factor", "Risk factors for {s}: {o}."),
    Relation.SYMPTOM_CAUSE: ("Symptom", "{s} can cause {o}."),
    Relation.PROGNOSTIC_FACTOR: ("Prognostic factor", "What shapes the outlook of {s}: {o}."),
    Relation.NUMERIC: ("Number", "{s}: {o}."),
    Relation.NOTE: ("Note", "{s}: {o}."),
}

#: Status -> (table text with its sign, what it means for the instructor).
STATUS_WORDS: dict[FactStatus, tuple[str, str]] = {
    FactStatus.CONFLICT: ("⚠ Conflict", "The documents disagree. Settle it by choosing the "
                          "value to keep (S, or 1–9); it makes no cards until then."),
    FactStatus.DRAFT: ("● Draft", "Generated and not checked yet; learners already study it. "
                       "Accept (A) or reject (R) it."),
    FactStatus.ACCEPTED: ("✓ Accepted", "Checked; it makes cards."),
    FactStatus.REJECTED: ("✕ Rejected", "Rejected; it makes no cards. Press R to restore it."),
}
_STATUS_ORDER = {FactStatus.CONFLICT: 0, FactStatus.DRAFT: 1, FactStatus.ACCEPTED: 2,
                 FactStatus.REJECTED: 3}
NEEDS_ATTENTION = frozenset({FactStatus.CONFLICT, FactStatus.DRAFT})

#: The filter combo: (text, statuses shown or None for all).
FILTERS: tuple[tuple[str, frozenset[FactStatus] | None], ...] = (
    ("All facts", None),
    ("Needs attention (conflict + draft)", NEEDS_ATTENTION),
    ("Conflicts", frozenset({FactStatus.CONFLICT})),
    ("Rejected", frozenset({FactStatus.REJECTED})),
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def relation_name(relation: Relation) -> str:
    return RELATION_WORDS.get(relation, (relation.value.replace("_", " ").capitalize(), ""))[0]


def join_values(values: Sequence[str], word: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c`` (or with ``or``)."""
    if len(values) <= 1:
        return "".join(values)
    return f"{', '.join(values[:-1])} {word} {values[-1]}"


def fact_sentence(fact: Fact) -> str:
    """The fact as a sentence: "The induction phase lasts 4–6 weeks or 4 to 5 weeks."."""
    template = RELATION_WORDS.get(fact.relation, ("", "{s}: {o}."))[1]
    answers = join_values(fact.objects, "or" if fact.status is FactStatus.CONFLICT else "and")
    subject = fact.subject
    if re.search(r"\b(phase|therapy|treatment|chemotherapy)\b", subject, re.IGNORECASE):
        phase = subject
    else:
        phase = f"the {subject} phase"
    text = template.format(s=subject, o=answers, phase=phase)
    text = text[:1].upper() + text[1:]
    if fact.qualifier:
        text = f"In {fact.qualifier}: {text[:1].lower()}{text[1:]}"
    return text


def _plain(text: str) -> str:
    """Escape text for a rich-text label."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "<br>"))


# -- model --------------------------------------------------------------------------------
class FactTableModel(QAbstractTableModel):
    """The review's facts as rows; reads the service on every call, so it is never stale."""

    COLUMNS = ("Status", "Relation", "Subject", "Answer(s)", "Source")

    def __init__(self, review: DeckReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.review.facts)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def fact(self, row: int) -> Fact:
        return self.review.facts[row]

    def row_of(self, fact_id: str) -> int:
        for row, fact in enumerate(self.review.facts):
            if fact.id == fact_id:
                return row
        return -1

    def fact_added(self) -> None:
        """A fact was appended to the review: rows are read afresh."""
        self.beginResetModel()
        self.endResetModel()

    def fact_changed(self, fact_id: str) -> None:
        row = self.row_of(fact_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            return self.COLUMNS[section]
        return None

    def sources_text(self, fact: Fact) -> tuple[str, str]:
        """Short text for the Source column and the full citations for its tooltip."""
        sources = {s.id: s for s in self.review.deck.sources}
        full = []
        for cite in fact.sources:
            source = sources.get(cite.doc)
            name = source.file if source else cite.doc
            a, b = cite.lines
            full.append(f"{name}, line {a}" if a == b else f"{name}, lines {a}\u2013{b}")
        if not fact.sources:
            return "—", "No source cited"
        first = fact.sources[0]
        source = sources.get(first.doc)
        name = (source.title or Path(source.file).stem) if source else first.doc
        a, b = first.lines
        short = f"{name}: {a}" if a == b else f"{name}: {a}\u2013{b}"
        if len(fact.sources) > 1:
            short += f" (+{len(fact.sources) - 1})"
        return short, "\n".join(full)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.review.facts):
            return None
        fact = self.review.facts[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == 0:
                if role == SORT_ROLE:
                    return _STATUS_ORDER.get(fact.status, 9)
                return STATUS_WORDS[fact.status][0]
            if column == 1:
                return relation_name(fact.relation)
            if column == 2:
                return fact.subject
            if column == 3:
                return "; ".join(fact.objects) if role == SORT_ROLE else " | ".join(fact.objects)
            if column == 4:
                return self.sources_text(fact)[0]
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return STATUS_WORDS[fact.status][1]
            if column == 3:
                return "\n".join(fact.objects)
            if column == 4:
                return self.sources_text(fact)[1]
            return fact.subject if column == 2 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if fact.status is FactStatus.CONFLICT:
                return QColor(current_colors().close) if column == 0 else None
            if fact.status is FactStatus.REJECTED:
                return _palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and fact.status is FactStatus.CONFLICT:
            return QColor(current_colors().highlight_bg)
        if role == Qt.ItemDataRole.FontRole and column == 0 and fact.status in NEEDS_ATTENTION:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{STATUS_WORDS[fact.status][0][2:]}: {fact_sentence(fact)}" \
                if column == 0 else self.data(index, Qt.ItemDataRole.DisplayRole)
        return None


def _palette() -> QPalette:
    app = QApplication.instance()
    return app.palette() if isinstance(app, QApplication) else QPalette()


class FactFilter(QSortFilterProxyModel):
    """Shows the facts of the chosen statuses whose words contain the search text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.statuses: frozenset[FactStatus] | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filter(self, statuses: frozenset[FactStatus] | None, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self.statuses, self.text = statuses, text.strip().casefold()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.statuses, self.text = statuses, text.strip().casefold()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, FactTableModel):
            return True
        fact = model.fact(source_row)
        if self.statuses is not None and fact.status not in self.statuses:
            return False
        if not self.text:
            return True
        words = " ".join((fact.id, fact.subject, *fact.objects, relation_name(fact.relation),
                          fact.note or "", fact.qualifier or "", *fact.tags))
        return self.text in words.casefold()


class _MiddleElide(QStyledItemDelegate):
    """Elide in the middle: "004_eefa…b.txt: 50" keeps the file's end and the line."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class PassageBox(QPlainTextEdit):
    """A read-only monospace passage as tall as its wrapped text (up to a limit)."""

    MAX_LINES = 16

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(QFont().pointSizeF(), 10.0))
        self.setFont(font)
        self._fit()

    def _fit(self) -> None:
        doc = self.document()
        layout = doc.documentLayout()
        height = 0.0
        block = doc.begin()
        while block.isValid():
            height += layout.blockBoundingRect(block).height()
            block = block.next()
        line = self.fontMetrics().lineSpacing()
        height = max(2 * line, min(height, self.MAX_LINES * line))
        total = int(height + 2 * doc.documentMargin() + 2 * self.frameWidth()) + 2
        if self.height() != total or self.minimumHeight() != total:
            self.setFixedHeight(total)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()  # the text wraps anew at each width


# -- small dialogs ------------------------------------------------------------------------
class EditFactDialog(QDialog):
    """Subject in a line, answers one per line; Ctrl+Enter saves, Esc cancels."""

    def __init__(self, fact: Fact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit fact")
        self.setAccessibleName("Edit fact")
        self.subject = QLineEdit(fact.subject)
        self.subject.setAccessibleName("Subject")
        self.answers = QPlainTextEdit("\n".join(fact.objects))
        self.answers.setAccessibleName("Answers, one per line")
        self.answers.setTabChangesFocus(True)
        self.answers.setMinimumHeight(90)
        form = QFormLayout()
        relation = QLabel(relation_name(fact.relation))
        make_plain(relation)
        relation.setAccessibleName("Relation")
        form.addRow("Relation:", relation)
        form.addRow("&Subject:", self.subject)
        form.addRow("&Answers:", self.answers)
        note = QLabel("One answer per line. Saving marks the fact accepted and keeps its id, "
                      "so learners keep their history. Ctrl+Enter saves.")
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Save fact")
        ok.setAccessibleName("Save fact")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save_if_valid)
        self.subject.textChanged.connect(self._validate)
        self.answers.textChanged.connect(self._validate)
        self._validate()
        self.resize(520, 300)
        self.subject.setFocus()

    def values(self) -> tuple[str, tuple[str, ...]]:
        answers = tuple(line.strip() for line in self.answers.toPlainText().splitlines())
        return self.subject.text().strip(), tuple(a for a in answers if a)

    def _validate(self) -> None:
        subject, answers = self.values()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(subject and answers))
        ok.setToolTip("" if subject and answers else "A fact needs a subject and an answer.")

    def _save_if_valid(self) -> None:
        subject, answers = self.values()
        if subject and answers:
            self.accept()


class SettleDialog(QDialog):
    """Which of a conflict's values to keep: radio buttons, or the keys 1-9."""

    def __init__(self, fact: Fact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settle conflict")
        self.setAccessibleName("Settle conflict")
        self.values = fact.objects
        question = QLabel(f"The documents disagree about <b>{_plain(fact.subject)}</b> "
                          f"({_plain(relation_name(fact.relation).lower())}). "
                          "Which value should learners study?")
        question.setWordWrap(True)
        question.setAccessibleName("Question")
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        self.group = QButtonGroup(self)
        self.radios: list[QRadioButton] = []
        for i, value in enumerate(self.values):
            label = f"&{i + 1}   {value}" if i < 9 else value
            radio = QRadioButton(label)
            radio.setAccessibleName(f"Keep {value}")
            self.group.addButton(radio, i)
            self.radios.append(radio)
            layout.addWidget(radio)
        if self.radios:
            self.radios[0].setChecked(True)
            self.radios[0].setFocus()
        hint = QLabel("Press a number to keep that value at once. The other values are "
                      "recorded in the fact's note. To write a different value, use Edit (E).")
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Keep this value")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for i in range(min(9, len(self.values))):
            QShortcut(QKeySequence(str(i + 1)), self, lambda i=i: self.choose(i))
        self.resize(460, self.sizeHint().height())

    def choose(self, i: int) -> None:
        self.radios[i].setChecked(True)
        self.accept()

    def kept(self) -> str | None:
        i = self.group.checkedId()
        return self.values[i] if 0 <= i < len(self.values) else None


# -- the dialog ---------------------------------------------------------------------------
class FactReviewDialog(QDialog):
    """Check a deck file fact by fact against its sources, then save it.

    Raises whatever :class:`DeckReview` raises when the file cannot be opened; use
    :func:`review_deck_file` to open one with the error shown as a message instead.
    """

    #: (key, button text, shortcuts, tooltip)
    ACTIONS: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
        ("accept", "Accept", ("A",), "Mark this fact checked and correct"),
        ("reject", "Reject", ("R",), "Reject this fact: it makes no cards"),
        ("edit", "Edit…", ("E",), "Edit the subject and answers"),
        ("settle", "Settle…", ("S",), "Choose which value of a conflict to keep "
                                      "(or press 1–9 to keep that value at once)"),
        ("previous", "Previous", ("K",), "Previous fact that needs attention"),
        ("next", "Next", ("N", "J"), "Next fact that needs attention"),
        ("question", "Write question…", ("Q",), "Write a question and its answer from "
                                                 "cited lines (for what no card asks)"),
        ("check", "Check deck…", ("C",), "List what a reviewer should look at: repeated "
                                         "questions, drafts, weak cards, citations"),
        ("save", "Save", ("Ctrl+S",), "Save the deck file"),
        ("close", "Close", ("Esc",), "Close; asks first when there are unsaved changes"),
    )

    def __init__(self, path: Path, *, documents_dir: Path | Sequence[Path] | None,
                 parent: QWidget | None = None) -> None:
        review = DeckReview(path, documents_dir=documents_dir)  # raises before any window
        super().__init__(parent)
        self.review = review
        self.documents_dir = documents_dir
        self._original = {f.id: f.status for f in self.review.facts}
        self._current_id: str | None = None
        self._shown = False
        self._ready = False  # set once every widget exists
        self.saves = 0  # how often the file was written while the dialog was open
        self.setAccessibleName("Review deck facts")
        self.setSizeGripEnabled(True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.model = FactTableModel(self.review, self)
        self.proxy = FactFilter(self)
        self.proxy.setSourceModel(self.model)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_list())
        self.splitter.addWidget(self._build_details())
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)

        self.actions_: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
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
        self.resize(1180, 720)
        self.splitter.setSizes([680, 500])
        self._update_counts()
        self._update_title()
        if self.proxy.rowCount() > 0:
            self.select_row(0)
        else:
            self._show_details()
        self._ready = True

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

        self.table = QTableView()
        self.table.setObjectName("fact_table")
        self.table.setAccessibleName("Facts")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.setHighlightSections(False)
        header.setAccessibleName("Fact table columns; click one to sort")
        self.table.verticalHeader().setAccessibleName("Fact rows")
        header.setStretchLastSection(False)
        # Status, Relation and Source fit their longest words; Subject and Answer(s) share
        # the rest. Source names are elided in the middle so the line numbers stay.
        plain = self.table.fontMetrics()
        bold_font = QFont(self.table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        pad = 3 * plain.horizontalAdvance("M")
        widths = {
            0: max(bold.horizontalAdvance(w) for w, _m in STATUS_WORDS.values()) + pad,
            1: max(plain.horizontalAdvance(w) for w, _s in RELATION_WORDS.values()) + pad,
            4: plain.horizontalAdvance("0" * 15) + pad,
        }
        for column in range(len(FactTableModel.COLUMNS)):
            if column in widths:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, widths[column])
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(4, _MiddleElide(self.table))
        em = plain.horizontalAdvance("M")
        header.setMinimumSectionSize(4 * em)

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

    def _build_details(self) -> QWidget:
        self.sentence = QLabel("")
        self.sentence.setWordWrap(True)
        self.sentence.setProperty("role", "heading")
        self.sentence.setAccessibleName("Fact in words")
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName("Status")
        self.relation_label = QLabel("")
        self.relation_label.setAccessibleName("Relation")
        self.subject_label = QLabel("")
        self.subject_label.setWordWrap(True)
        self.subject_label.setAccessibleName("Subject")
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answers_label = QLabel("")
        self.answers_label.setWordWrap(True)
        self.answers_label.setAccessibleName("Answers")
        self.answers_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label = QLabel("")
        self.note_label.setWordWrap(True)
        self.note_label.setAccessibleName("Note")
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.extra_label = QLabel("")
        self.extra_label.setWordWrap(True)
        self.extra_label.setProperty("role", "muted")
        self.extra_label.setAccessibleName("Qualifier, tags and id")
        # Subjects, notes, qualifiers and tags come from the deck file: shown as written.
        make_plain(self.sentence, self.relation_label, self.subject_label, self.note_label,
                   self.extra_label)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.addRow("Status:", self.status_label)
        self.form.addRow("Relation:", self.relation_label)
        self.form.addRow("Subject:", self.subject_label)
        self.form.addRow("Answer(s):", self.answers_label)
        self.form.addRow("Note:", self.note_label)
        self.form.addRow("", self.extra_label)

        evidence_heading = QLabel("<b>Evidence</b>")
        evidence_heading.setAccessibleName("Evidence")
        self.evidence_box = QVBoxLayout()
        self.evidence_box.setSpacing(4)
        self.citation_labels: list[QLabel] = []
        self.passage_boxes: list[PassageBox] = []

        inner = QWidget()
        inner.setAccessibleName("Fact details")
        layout = QVBoxLayout(inner)
        layout.addWidget(self.sentence)
        layout.addLayout(self.form)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(evidence_heading)
        layout.addLayout(self.evidence_box, 1)
        self.details = QScrollArea()
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setWidget(inner)
        self.details.setAccessibleName("Selected fact")
        self.details.setMinimumWidth(360)
        return self.details

    def _build_actions(self) -> QHBoxLayout:
        slots: dict[str, Callable[[], object]] = {
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
        }
        bar = QHBoxLayout()
        for key, text, shortcuts, tip in self.ACTIONS:
            keys = " or ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText)
                               for s in shortcuts)
            action = QAction(text, self)
            action.setObjectName(f"review_{key}")
            if key != "close":  # QDialog already closes on Esc, through reject()
                action.setShortcuts([QKeySequence(s) for s in shortcuts])
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setToolTip(f"{tip} ({keys})")
            action.triggered.connect(lambda _checked=False, slot=slots[key]: slot())
            self.addAction(action)
            self.actions_[key] = action
            label = f"{text.rstrip('…')} ({shortcuts[0]}){'…' if text.endswith('…') else ''}"
            if key == "next":
                label = "Next needing attention (N)"
            elif key == "settle":
                label = "Settle… (S, 1–9)"
            button = QPushButton(label)
            button.setObjectName(f"review_{key}_button")
            button.setAutoDefault(False)
            button.setDefault(False)
            button.setToolTip(action.toolTip())
            button.setAccessibleName(text.rstrip("…"))
            button.setAccessibleDescription(action.toolTip())
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            self.buttons[key] = button
            if key == "save":
                bar.addStretch(1)
            bar.addWidget(button)
        # 1-9 keep that value of a conflict at once.
        self.keep_actions: list[QAction] = []
        for i in range(9):
            keep = QAction(f"Keep value {i + 1}", self)
            keep.setShortcut(QKeySequence(str(i + 1)))
            keep.triggered.connect(lambda _checked=False, i=i: self.settle_fact(i))
            self.addAction(keep)
            self.keep_actions.append(keep)
        return bar

    def check_deck(self) -> None:
        """Show the deck check of the deck as it stands (unsaved changes included)."""
        from trainer.gui.deck_check_view import DeckCheckDialog

        dialog = DeckCheckDialog(self.review.check(), self)
        chosen = dialog.chosen_fact if dialog.exec() == QDialog.DialogCode.Accepted else None
        self._back_to_table()
        if chosen and not self.select_fact(chosen):
            self.filter_combo.setCurrentIndex(0)  # "All facts": the fact may be hidden
            self.select_fact(chosen)

    # -- state ------------------------------------------------------------------------------
    @property
    def current_fact(self) -> Fact | None:
        if self._current_id is None:
            return None
        row = self.model.row_of(self._current_id)
        return self.model.fact(row) if row >= 0 else None

    def _visible_ids(self) -> list[str]:
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
            source = self.proxy.mapToSource(current)
            self._current_id = self.model.fact(source.row()).id
        else:
            self._current_id = None
        self._show_details()

    def _apply_filter(self) -> None:
        statuses = FILTERS[max(0, self.filter_combo.currentIndex())][1]
        keep = self._current_id
        self.proxy.set_filter(statuses, self.search.text())
        if keep is not None and self.select_fact(keep):
            return
        if self.proxy.rowCount():
            self.select_row(0)
        else:
            self.table.selectionModel().clearCurrentIndex()
            self._current_id = None
            self._show_details()

    def _update_counts(self) -> None:
        facts = self.review.facts
        by = {s: sum(1 for f in facts if f.status is s) for s in FactStatus}
        parts = [f"{len(facts)} fact{'' if len(facts) == 1 else 's'}"]
        for status, one, many in ((FactStatus.CONFLICT, "conflict", "conflicts"),
                                  (FactStatus.DRAFT, "draft", "drafts"),
                                  (FactStatus.REJECTED, "rejected", "rejected")):
            if by[status]:
                parts.append(f"{by[status]} {one if by[status] == 1 else many}")
        shown = self.proxy.rowCount()
        if shown != len(facts):
            parts.append(f"{shown} shown")
        self.counts.setText(" · ".join(parts))
        counts = (len(facts), by[FactStatus.CONFLICT] + by[FactStatus.DRAFT],
                  by[FactStatus.CONFLICT], by[FactStatus.REJECTED])
        for i, ((text, _s), n) in enumerate(zip(FILTERS, counts, strict=True)):
            self.filter_combo.setItemText(i, f"{text} ({n})")

    def _update_title(self) -> None:
        star = "*" if self.review.dirty else ""
        self.setWindowTitle(f"{self.review.deck.title}{star} — Review deck facts")
        self.setWindowModified(self.review.dirty)
        self.actions_["save"].setEnabled(self.review.dirty)

    def _update_actions(self) -> None:
        fact = self.current_fact
        has = fact is not None
        conflict = has and fact is not None and fact.status is FactStatus.CONFLICT
        self.actions_["accept"].setEnabled(has and fact is not None
                                           and fact.status is not FactStatus.ACCEPTED)
        self.actions_["reject"].setEnabled(has)
        rejected = fact is not None and fact.status is FactStatus.REJECTED
        self.buttons["reject"].setText("Restore (R)" if rejected else "Reject (R)")
        self.actions_["reject"].setText("Restore" if rejected else "Reject")
        self.actions_["edit"].setEnabled(has)
        self.actions_["settle"].setEnabled(conflict)
        for i, keep in enumerate(self.keep_actions):
            keep.setEnabled(conflict and fact is not None and i < len(fact.objects))
        attention = any(f.status in NEEDS_ATTENTION for f in self.review.facts)
        self.actions_["next"].setEnabled(attention)
        self.actions_["previous"].setEnabled(attention)

    # -- details ----------------------------------------------------------------------------
    def _show_details(self) -> None:
        fact = self.current_fact
        self._update_actions()
        self._clear_evidence()
        colors = current_colors()
        if fact is None:
            self.sentence.setText("No fact selected")
            for label in (self.status_label, self.relation_label, self.subject_label,
                          self.answers_label, self.note_label, self.extra_label):
                label.setText("")
            empty = QLabel("Choose a fact in the table to see where it comes from."
                           if self.proxy.rowCount() else "No fact matches this view.")
            empty.setProperty("role", "muted")
            empty.setWordWrap(True)
            self.evidence_box.addWidget(empty)
            self.evidence_box.addStretch(1)
            return
        self.sentence.setText(fact_sentence(fact))
        word, meaning = STATUS_WORDS[fact.status]
        if fact.status is FactStatus.CONFLICT:
            colour = colors.close
        elif fact.status is FactStatus.REJECTED:
            colour = colors.muted
        elif fact.status is FactStatus.ACCEPTED:
            colour = colors.correct
        else:
            colour = ""
        styled = f"<span style='color:{colour}'><b>{_plain(word)}</b></span>" if colour \
            else f"<b>{_plain(word)}</b>"
        self.status_label.setText(f"{styled} — {_plain(meaning)}")
        self.relation_label.setText(relation_name(fact.relation))
        self.subject_label.setText(fact.subject)
        if len(fact.objects) > 1:
            numbered = fact.status is FactStatus.CONFLICT  # the keys 1-9 keep that value
            self.answers_label.setText("<br>".join(
                (f"<b>{i}</b>&nbsp;&nbsp;" if numbered else "•&nbsp;&nbsp;") + _plain(o)
                for i, o in enumerate(fact.objects, 1)))
        else:
            self.answers_label.setText(_plain(fact.objects[0]) if fact.objects else "—")
        self.note_label.setText(fact.note or "—")
        extra = []
        if fact.qualifier:
            extra.append(f"Only for: {fact.qualifier}")
        if fact.tags:
            extra.append(f"Tags: {', '.join(fact.tags)}")
        extra.append(f"Id: {fact.id}")
        self.extra_label.setText(" · ".join(extra))
        evidence = self.review.evidence(fact)
        if not evidence:
            none = QLabel("This fact cites no document.")
            none.setProperty("role", "muted")
            self.evidence_box.addWidget(none)
        for item in evidence:
            citation = QLabel(f"<b>{_plain(item.citation)}</b>")
            citation.setAccessibleName("Citation")
            citation.setWordWrap(True)
            citation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.citation_labels.append(citation)
            self.evidence_box.addWidget(citation)
            if item.passage is None:
                missing = QLabel(NO_DOCUMENT)
                missing.setWordWrap(True)
                missing.setProperty("role", "muted")
                missing.setAccessibleName("Passage not available")
                self.evidence_box.addWidget(missing)
                continue
            box = PassageBox(item.passage)
            box.setAccessibleName(f"Passage: {item.citation}")
            self._mark(box, fact)
            self.passage_boxes.append(box)
            self.evidence_box.addWidget(box)
        if evidence and any(e.passage for e in evidence):
            hint = QLabel("The answers are marked in each passage.")
            hint.setProperty("role", "muted")
            self.evidence_box.addWidget(hint)
        self.evidence_box.addStretch(1)

    def _mark(self, box: QPlainTextEdit, fact: Fact) -> None:
        """Highlight each answer where it appears in the passage."""
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(current_colors().highlight_bg))
        fmt.setForeground(box.palette().color(QPalette.ColorRole.Text))
        selections = []
        doc = box.document()
        for value in fact.objects:
            if not value.strip():
                continue
            cursor = QTextCursor(doc)
            while True:
                cursor = doc.find(value, cursor, QTextDocument.FindFlag(0))
                if cursor.isNull():
                    break
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format = fmt
                selections.append(sel)
        box.setExtraSelections(selections)

    def _clear_evidence(self) -> None:
        while self.evidence_box.count():
            item = self.evidence_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop; hide it now
                widget.deleteLater()
        self.citation_labels = []
        self.passage_boxes = []

    # -- actions ----------------------------------------------------------------------------
    def _changed(self, after: Fact, message: str, *, advance: bool) -> None:
        """Refresh the views after the service changed a fact; maybe go to the next one.

        When the changed fact leaves the view (it no longer needs attention), the table
        picks a neighbour by itself.
        """
        order = self._visible_ids()
        self.model.fact_changed(after.id)
        self._update_counts()
        self._update_title()
        if not (advance and self._go_to_attention(order, after.id, 1)):
            self.select_fact(after.id)
        self._show_details()
        left = sum(1 for f in self.review.facts if f.status in NEEDS_ATTENTION)
        tail = f" {left} still need attention." if left else " Nothing else needs attention."
        self.feedback.setText(message + tail)

    def _go_to_attention(self, order: list[str], from_id: str | None, step: int) -> bool:
        """Select the next fact in ``order`` after ``from_id`` that needs attention."""
        if not order:
            return False
        start = order.index(from_id) if from_id in order else (-1 if step > 0 else 0)
        statuses = {f.id: f.status for f in self.review.facts}
        for k in range(1, len(order) + 1):
            fact_id = order[(start + k * step) % len(order)]
            if fact_id != from_id and statuses.get(fact_id) in NEEDS_ATTENTION \
                    and self.select_fact(fact_id):
                return True
        return False

    def next_needing_attention(self, step: int = 1) -> None:
        if not self._go_to_attention(self._visible_ids(), self._current_id, step):
            fact = self.current_fact
            alone = fact is not None and fact.status in NEEDS_ATTENTION
            self.feedback.setText("This is the only fact in view that needs attention." if alone
                                  else "No fact in view needs attention.")
        self.table_focus()

    def accept_fact(self) -> None:
        fact = self.current_fact
        if fact is None or fact.status is FactStatus.ACCEPTED:
            return
        if fact.status is FactStatus.CONFLICT and len(fact.objects) > 1:
            self.settle_fact()  # accepting both values would teach a contradiction
            return
        after = self.review.set_status(fact, FactStatus.ACCEPTED)
        self._changed(after, f"Accepted “{fact.subject}”.", advance=True)

    def reject_fact(self) -> None:
        fact = self.current_fact
        if fact is None:
            return
        if fact.status is FactStatus.REJECTED:
            was = self._original.get(fact.id, FactStatus.DRAFT)
            back = FactStatus.DRAFT if was is FactStatus.REJECTED else was
            after = self.review.set_status(fact, back)
            self._changed(after, f"Restored “{fact.subject}” as {back.value}.",
                          advance=False)
            return
        from trainer.gui.review_dialogs import RejectReasonDialog

        dialog = RejectReasonDialog(fact, self)
        answered = dialog.exec() == QDialog.DialogCode.Accepted
        self._back_to_table()
        if not answered:
            return
        try:
            after = self.review.reject(fact, dialog.text())
        except ValueError as exc:
            messages.error(self, "Cannot reject this fact", str(exc))
            return
        self._changed(after, f"Rejected “{fact.subject}”.", advance=True)

    def _back_to_table(self) -> None:
        """After a small dialog, the keys go to the fact list again."""
        self.activateWindow()
        self.table.setFocus()

    def add_question(self) -> None:
        """Write a question from cited lines, e.g. for a fact no template can ask."""
        from trainer.gui.review_dialogs import AddQuestionDialog

        if not self.review.deck.sources:
            messages.error(self, "Cannot write a question",
                           "This deck cites no document to write a question from.")
            return
        fact = self.current_fact
        cited = fact.sources[0] if fact is not None and fact.sources else None
        dialog = AddQuestionDialog(self.review.deck.sources,
                                   source=cited.doc if cited else None,
                                   lines=cited.lines if cited else (1, 1), parent=self)
        answered = dialog.exec() == QDialog.DialogCode.Accepted
        self._back_to_table()
        if not answered:
            return
        question, answer, source, lines = dialog.values()
        try:
            added = self.review.add_question(question=question, answer=answer, source=source,
                                             lines=lines)
        except ValueError as exc:
            messages.error(self, "Cannot add this question", str(exc))
            return
        self.model.fact_added()
        self._changed(added, f"Added the question “{added.subject}”.", advance=False)

    def settle_fact(self, index: int | None = None) -> None:
        """Keep one value of a conflict: the ``index``-th, or ask with a small dialog."""
        fact = self.current_fact
        if fact is None or fact.status is not FactStatus.CONFLICT:
            return
        question = name_question(fact)
        if question is not None:  # one value: a doubtful name, not documents disagreeing
            right = messages.confirm(self, "Check a name", (
                f"{question}\n\n{fact.note or ''}\n\nYes keeps the fact for learners; "
                "No rejects it. To write the name differently, use Edit (E)."))
            after = self.review.confirm(fact, right=right)
            verdict = "Confirmed" if right else "Rejected"
            self._changed(after, f"{verdict} “{fact.subject}”: {question}", advance=True)
            return
        if index is None:
            dialog = SettleDialog(fact, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            keep = dialog.kept()
        else:
            keep = fact.objects[index] if 0 <= index < len(fact.objects) else None
        if keep is None:
            return
        try:
            after = self.review.settle(fact, keep)
        except ValueError as exc:
            messages.error(self, "Cannot settle this conflict", str(exc))
            return
        self._changed(after, f"Settled “{fact.subject}”: kept “{keep}”.", advance=True)

    def edit_fact(self) -> None:
        fact = self.current_fact
        if fact is None:
            return
        dialog = EditFactDialog(fact, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        subject, answers = dialog.values()
        if subject == fact.subject and answers == fact.objects \
                and fact.status is FactStatus.ACCEPTED:
            return
        try:
            after = self.review.edit(fact, subject=subject, objects=answers)
        except ValueError as exc:
            messages.error(self, "Cannot change this fact", str(exc))
            return
        self._changed(after, f"Edited “{after.subject}”; it is now accepted.",
                      advance=False)

    def save(self) -> bool:
        """Write the deck file; False (and a message) when it cannot be written."""
        if not self.review.dirty:
            return True
        try:
            target = self.review.save()
        except Exception as exc:  # DeckError (not re-exported yet), OSError, ...
            messages.error(self, "Cannot save the deck", _error_text(exc, self.review.path))
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
            self.search.clear()  # Esc in the search box clears it first
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Esc, Close or the window's close button; asks first when there are changes."""
        if self.review.dirty:
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
            rows = self.model.rowCount()
            if rows:  # the status colours follow the palette
                self.model.dataChanged.emit(
                    self.model.index(0, 0),
                    self.model.index(rows - 1, self.model.columnCount() - 1))
            self._show_details()


def _error_text(exc: BaseException, path: Path) -> str:
    if isinstance(exc, OSError):
        return f"{path}: {exc.strerror or exc}"
    return str(exc).strip() or f"{path}: {type(exc).__name__}"


def open_fact_review(path: Path, *, documents_dir: Path | Sequence[Path] | None,
                     parent: QWidget | None = None) -> FactReviewDialog | None:
    """The review dialog for ``path``, or None after telling the user why it cannot open."""
    try:
        return FactReviewDialog(path, documents_dir=documents_dir, parent=parent)
    except Exception as exc:  # DeckError (not re-exported by the service yet), OSError, ...
        messages.error(parent, "Cannot open the deck", _error_text(exc, path))
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
