"""The browser's table model: a thin Qt adapter over BrowseService, filled a page at a time.

A search gives every matching id at once (cheap: integers); rows are read from the
collection only as the view scrolls to them (``canFetchMore``/``fetchMore``), so opening
the browser on a million cards reads one page of rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from trainer.domain import Flag
from trainer.services.browse import BrowseService
from trainer.services.browse_models import COLUMNS, BrowseRow

PAGE = 200
CARD_ID_ROLE = Qt.ItemDataRole.UserRole + 1

HEADERS = {"question": "Question", "answer": "Answer", "deck": "Deck", "relation": "Relation",
           "due": "Due", "interval": "Interval", "stability": "Stability",
           "difficulty": "Difficulty", "retrievability": "Retrievability", "lapses": "Lapses",
           "reviews": "Reviews", "added": "Added", "flag": "Flag"}
FLAG_NAMES = {Flag.NONE: "", Flag.RED: "Red", Flag.ORANGE: "Orange", Flag.GREEN: "Green",
              Flag.BLUE: "Blue"}
# Row tints with some transparency, so they read on light and dark backgrounds alike.
FLAG_TINTS = {Flag.RED: QColor(220, 60, 60, 70), Flag.ORANGE: QColor(240, 150, 40, 70),
              Flag.GREEN: QColor(60, 170, 80, 70), Flag.BLUE: QColor(60, 120, 220, 70)}
SUSPENDED_TINT = QColor(200, 180, 40, 60)
_NUMERIC = {"interval", "stability", "difficulty", "retrievability", "lapses", "reviews"}

AnyIndex = QModelIndex | QPersistentModelIndex


def _date(when: datetime | None) -> str:
    return "" if when is None else when.astimezone().strftime("%Y-%m-%d")


def days_text(value: float | None) -> str:
    if value is None:
        return ""
    if value < 1:
        return f"{max(value * 24, 0):.0f} h"
    return f"{value:.0f} d" if value < 60 else f"{value / 30.4:.1f} mo"


def cell_text(row: BrowseRow, column: str) -> str:
    """What one cell shows."""
    if column == "due":
        text = f"New #{row.new_position + 1}" if row.new_position is not None else _date(row.due)
        return f"({text})" if row.suspended or row.buried else text
    if column == "interval":
        return days_text(row.interval_days)
    if column == "stability":
        return days_text(row.stability)
    if column == "difficulty":
        return "" if row.difficulty is None else f"{row.difficulty:.1f}"
    if column == "retrievability":
        return "" if row.retrievability is None else f"{row.retrievability:.0%}"
    if column == "added":
        return _date(row.added)
    if column == "flag":
        return FLAG_NAMES[row.flag]
    value = getattr(row, column)
    return str(value)


class CardTableModel(QAbstractTableModel):
    """Rows of a search, sorted by the service; Qt asks for more as the view scrolls."""

    sort_changed = Signal(str, bool)  # column key, descending
    reloaded = Signal()  # a new list of ids, none loaded yet

    def __init__(self, service: BrowseService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.query = ""
        self.sort_column = "due"
        self.descending = False
        self._ids: list[int] = []
        self._loaded = 0
        self._fetching = False
        self._rows: dict[int, BrowseRow] = {}
        self._where: dict[int, int] = {}  # card id -> row

    # -- searching ------------------------------------------------------------------------
    def search(self, query: str) -> int:
        """Run a search (SearchError propagates, the table unchanged); the number found."""
        ids = self.service.search(query, sort=self.sort_column, descending=self.descending)
        self.query = query
        self._set_ids(ids)
        return len(ids)

    def _set_ids(self, ids: list[int]) -> None:
        # Rows removed, then the new ids set with nothing loaded: not a model reset, since
        # item views and model testers fetch during a reset, before it has finished.
        if self._loaded:
            self.beginRemoveRows(QModelIndex(), 0, self._loaded - 1)
            self._ids, self._where, self._rows, self._loaded = [], {}, {}, 0
            self.endRemoveRows()
        self._ids = ids
        self._where = {}  # filled as pages load: a million-entry dict costs a search's time
        self._rows = {}
        self._loaded = 0
        self.reloaded.emit()

    @property
    def total(self) -> int:
        return len(self._ids)

    def card_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, card_id: int) -> int | None:
        """The row of a loaded card, else None."""
        return self._where.get(card_id)

    def positions_of(self, card_ids: list[int]) -> dict[int, int]:
        """Where some cards are in the whole result, loaded or not (one scan of the ids)."""
        wanted = set(card_ids)
        return {cid: i for i, cid in enumerate(self._ids) if cid in wanted}

    def row_data(self, row: int) -> BrowseRow | None:
        return self._rows.get(self._ids[row]) if 0 <= row < self._loaded else None

    def load_until(self, row: int) -> None:
        """Fetch pages until ``row`` is loaded (for keyboard jumps and reselection)."""
        while row >= self._loaded and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def refresh(self, card_ids: tuple[int, ...]) -> None:
        """Read again the loaded rows of some cards, after a change."""
        loaded = [cid for cid in card_ids if self.row_of(cid) is not None]
        for row in self.service.rows(loaded):
            self._rows[row.card_id] = row
        rows = sorted(r for cid in loaded if (r := self.row_of(cid)) is not None)
        if rows:
            self.dataChanged.emit(self.index(rows[0], 0),
                                  self.index(rows[-1], len(COLUMNS) - 1))

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._fetching and self._loaded < len(self._ids)

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or self._fetching:
            return  # views and testers may ask again from inside the insert signals
        start = self._loaded
        end = min(len(self._ids), start + PAGE)
        if end <= start:
            return
        for row in self.service.rows(self._ids[start:end]):
            self._rows[row.card_id] = row
        self._where.update((cid, i) for i, cid in enumerate(self._ids[start:end], start))
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), start, end - 1)
            self._loaded = end
            self.endInsertRows()
        finally:
            self._fetching = False

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADERS[COLUMNS[section]]
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"Sort by {HEADERS[COLUMNS[section]].lower()} (click; again to reverse)"
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._loaded:
            return None
        card_id = self._ids[index.row()]
        if role == CARD_ID_ROLE:
            return card_id
        row = self._rows.get(card_id)
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return "(deleted)" if row is None else cell_text(row, column)
        if row is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column in ("question", "answer"):
            return getattr(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.flag is not Flag.NONE:
                return QBrush(FLAG_TINTS[row.flag])
            if row.suspended:
                return QBrush(SUSPENDED_TINT)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column: the service searches again in that order."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self.sort_column and descending == self.descending and self._ids:
            return
        self.sort_column, self.descending = key, descending
        self._set_ids(self.service.search(self.query, sort=key, descending=descending))
        self.sort_changed.emit(key, descending)
