"""The fact review's table: a thin Qt adapter over :class:`FactReviewModel`.

The words, the sort order and what the filter shows all come from the Qt-free model
(:mod:`trainer.services.fact_review_model`, :mod:`trainer.services.fact_words`); this module
only turns them into rows, colours and a table view.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from trainer.domain import Fact, FactStatus
from trainer.gui.theme import current_colors
from trainer.services.fact_review_model import FactReviewModel, ReviewChange
from trainer.services.fact_words import (
    COLUMNS,
    NEEDS_ATTENTION,
    RELATION_WORDS,
    STATUS_WORDS,
    TO_CHECK_WORDS,
    cell_text,
    cell_tooltip,
    sort_key,
    spoken_row,
)

ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class FactTableModel(QAbstractTableModel):
    """The review's facts as rows; reads the model on every call, so it is never stale."""

    COLUMNS = COLUMNS

    def __init__(self, state: FactReviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.state.facts)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def fact(self, row: int) -> Fact:
        return self.state.facts[row]

    def row_of(self, fact_id: str) -> int:
        for row, fact in enumerate(self.state.facts):
            if fact.id == fact_id:
                return row
        return -1

    def apply(self, change: ReviewChange) -> None:
        """Show what an action changed: a new row, or the changed fact's row."""
        if change.added:
            self.beginResetModel()  # rows are read afresh
            self.endResetModel()
            return
        row = self.row_of(change.fact.id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def repaint_all(self) -> None:
        """Every row again, e.g. when the palette (and so the status colours) changed."""
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(self.COLUMNS) - 1))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            return self.COLUMNS[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.state.facts):
            return None
        fact = self.state.facts[index.row()]
        column = index.column()
        sources = self.state.review.deck.sources
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(fact, column, sources)
        if role == SORT_ROLE:
            return sort_key(fact, column, sources)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(fact, column, sources)
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
            return spoken_row(fact) if column == 0 else cell_text(fact, column, sources)
        return None


def _palette() -> QPalette:
    app = QApplication.instance()
    return app.palette() if isinstance(app, QApplication) else QPalette()


class FactFilter(QSortFilterProxyModel):
    """Shows the facts the model's filter and search text let through."""

    def __init__(self, state: FactReviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filter(self, index: int, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self.state.set_filter(index, text)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.state.set_filter(index, text)
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        facts = self.state.facts
        return not 0 <= source_row < len(facts) or self.state.shows(facts[source_row])


class _MiddleElide(QStyledItemDelegate):
    """Elide in the middle: "004_eefa…b.txt: 50" keeps the file's end and the line."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


def fact_table(proxy: FactFilter) -> QTableView:
    """The table of facts: one row selected at a time, sortable by a click on a column."""
    table = QTableView()
    table.setObjectName("fact_table")
    table.setAccessibleName("Facts")
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    header.setHighlightSections(False)
    header.setAccessibleName("Fact table columns; click one to sort")
    table.verticalHeader().setAccessibleName("Fact rows")
    header.setStretchLastSection(False)
    # Status, Relation and Source fit their longest words; Subject and Answer(s) share
    # the rest. Source names are elided in the middle so the line numbers stay.
    plain = table.fontMetrics()
    bold_font = QFont(table.font())
    bold_font.setBold(True)
    bold = QFontMetrics(bold_font)
    pad = 3 * plain.horizontalAdvance("M")
    widths = {
        0: max(bold.horizontalAdvance(w)
               for w, _m in (*STATUS_WORDS.values(), TO_CHECK_WORDS)) + pad,
        1: max(plain.horizontalAdvance(w) for w, _s in RELATION_WORDS.values()) + pad,
        4: plain.horizontalAdvance("0" * 15) + pad,
    }
    for column in range(len(COLUMNS)):
        if column in widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, widths[column])
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.setItemDelegateForColumn(4, _MiddleElide(table))
    header.setMinimumSectionSize(4 * plain.horizontalAdvance("M"))
    return table
