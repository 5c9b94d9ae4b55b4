"""The card browser window: search box, sortable table, bulk actions with undo, card info.

Every command is a QAction with a shortcut (listed in the window's menus); the work is
done by :class:`trainer.services.browse.BrowseService`, and the table refreshes from the
:class:`BrowseChange` each action returns.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainer.domain import Flag
from trainer.gui import messages
from trainer.gui.actions import ActionSpec, make_action
from trainer.gui.browser.info_pane import InfoPane
from trainer.gui.browser.model import HEADERS, CardTableModel
from trainer.services.browse import BrowseService
from trainer.services.browse_models import COLUMNS, BrowseChange
from trainer.services.changes import OpChanges
from trainer.services.search import SearchError

PLACEHOLDER = 'Search: words, "exact phrase", deck:ALL*, tag:…, is:due, flag:1, prop:ivl>30'

BROWSER_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("find", "&Find…", ("Ctrl+F", "/"), "Go to the search box", "view"),
    ActionSpec("sort", "&Sort by…", ("Ctrl+Shift+S",), "Choose the column to sort by", "view"),
    ActionSpec("reverse", "&Reverse order", ("Ctrl+Shift+R",), "Reverse the sort order",
               "view"),
    ActionSpec("info", "Card &info", ("Ctrl+Shift+I",), "Show or hide the card info pane",
               "view"),
    ActionSpec("close", "&Close", ("Escape", "Ctrl+W"), "Close the browser", "view"),
    ActionSpec("undo", "&Undo", ("Ctrl+Z",), "Undo the last change to cards", "cards"),
    ActionSpec("suspend", "&Suspend or unsuspend", ("Ctrl+J",),
               "Take the selected cards out of study, or put them back", "cards"),
    ActionSpec("bury", "&Bury until tomorrow", ("Ctrl+Shift+J",),
               "Hide the selected cards until tomorrow", "cards"),
    ActionSpec("add_tags", "&Add tags…", ("Ctrl+Shift+A",), "Tag the selected cards", "cards"),
    ActionSpec("remove_tags", "Re&move tags…", ("Ctrl+Alt+Shift+A",),
               "Take tags you added off the selected cards", "cards"),
    ActionSpec("reset", "&Reset to new", ("Ctrl+Alt+N",),
               "Forget the schedule of the selected cards (their history stays)", "cards"),
    ActionSpec("set_due", "Set &due date…", ("Ctrl+Shift+D",),
               "Make the selected cards due on a day you choose", "cards"),
    ActionSpec("move", "&Change deck…", ("Ctrl+D",), "Move the selected cards to another deck",
               "cards"),
    ActionSpec("delete", "&Delete", ("Ctrl+Del",),
               "Delete the selected cards (their review history is kept)", "cards"),
    ActionSpec("flag_red", "Flag &red", ("Ctrl+1",), "Toggle a red flag", "flag"),
    ActionSpec("flag_orange", "Flag &orange", ("Ctrl+2",), "Toggle an orange flag", "flag"),
    ActionSpec("flag_green", "Flag &green", ("Ctrl+3",), "Toggle a green flag", "flag"),
    ActionSpec("flag_blue", "Flag &blue", ("Ctrl+4",), "Toggle a blue flag", "flag"),
    ActionSpec("flag_none", "&Clear flag", ("Ctrl+0",), "Remove the flag", "flag"),
)
_FLAG_KEYS = {"flag_red": Flag.RED, "flag_orange": Flag.ORANGE, "flag_green": Flag.GREEN,
              "flag_blue": Flag.BLUE, "flag_none": Flag.NONE}
_NEEDS_SELECTION = ("suspend", "bury", "add_tags", "remove_tags", "reset", "set_due", "move",
                    "delete", *_FLAG_KEYS)


class BrowserWindow(QMainWindow):
    """Find cards and change many at once; ``changed`` tells the main window what changed."""

    #: An action here changed cards: its OpChanges, for the main window to pass on.
    changed = Signal(object)

    def __init__(self, service: BrowseService, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.service = service
        self.setObjectName("browser")
        self.setWindowTitle("Browse cards")
        self.setAccessibleName("Browse cards")
        self.resize(1100, 640)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("browser_search")
        self.search_box.setAccessibleName("Search cards")
        self.search_box.setPlaceholderText(PLACEHOLDER)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.returnPressed.connect(self.run_search)
        self.problem = QLabel()
        self.problem.setObjectName("search_problem")
        self.problem.setAccessibleName("Search problem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "error")
        self.problem.setStyleSheet("color: #d93025;")
        self.problem.hide()

        self.model = CardTableModel(service, self)
        # the first page at once, so a search shows its cards without waiting for a paint
        self.model.reloaded.connect(lambda: self.model.load_until(0))
        self.table = QTableView()
        self.table.setObjectName("browser_table")
        self.table.setAccessibleName("Cards")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("due"), Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COLUMNS.index("question"), 320)
        header.resizeSection(COLUMNS.index("answer"), 200)
        header.resizeSection(COLUMNS.index("deck"), 160)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_moved())

        self.info = InfoPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.info)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([740, 400])  # the info pane's review table needs the room

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Cards found")
        self.statusBar().addPermanentWidget(self.count_label)

        self.actions_: dict[str, QAction] = {}
        self._build_actions()
        self.run_search()
        self.search_box.setFocus()

    # -- actions --------------------------------------------------------------------------
    def _build_actions(self) -> None:
        slots: dict[str, Callable[[], object]] = {
            "find": self.focus_search, "sort": self.choose_sort, "reverse": self.reverse_sort,
            "info": self.toggle_info, "close": self.close, "undo": self.undo,
            "suspend": lambda: self._bulk(self.service.toggle_suspend),
            "bury": lambda: self._bulk(self.service.bury),
            "add_tags": partial(self._tags, add=True),
            "remove_tags": partial(self._tags, add=False),
            "reset": lambda: self._bulk(self.service.reset_to_new),
            "set_due": self.set_due, "move": self.move_cards, "delete": self.delete,
        }
        for key, flag in _FLAG_KEYS.items():
            slots[key] = partial(self._bulk, partial(self.service.toggle_flag, flag=flag))
        menus = {"cards": self.menuBar().addMenu("&Cards"),
                 "flag": self.menuBar().addMenu("F&lag"),
                 "view": self.menuBar().addMenu("&View")}
        for spec in BROWSER_ACTIONS:
            action = make_action(spec, self, slots[spec.key])
            # the window's own shortcuts win over the main window's while it has the focus
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.actions_[spec.key] = action
            menus[spec.menu].addAction(action)
        self.actions_["info"].setCheckable(True)
        self.actions_["info"].setChecked(True)
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = bool(self.selected_ids())
        for key in _NEEDS_SELECTION:
            self.actions_[key].setEnabled(chosen)
        self.actions_["undo"].setEnabled(self.service.can_undo)
        label = self.service.undo_label
        self.actions_["undo"].setText(f"&Undo: {label}" if label else "&Undo")

    # -- searching -----------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> bool:
        """Search for what the box says; a bad search is explained and its term selected."""
        query = self.search_box.text()
        # a busy cursor: the first search for text after a big import indexes its cards
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            found = self.model.search(query)
        except SearchError as exc:
            self.problem.setText(f"{exc} Nothing was searched.")
            self.problem.show()
            self.search_box.setFocus()
            self.search_box.setSelection(exc.start, exc.end - exc.start)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.problem.hide()
        self.count_label.setText(f"{found:,} card{'s' if found != 1 else ''}")
        if found:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._selection_moved()
        return True

    def choose_sort(self) -> None:
        names = [HEADERS[c] for c in COLUMNS]
        current = COLUMNS.index(self.model.sort_column)
        name, ok = QInputDialog.getItem(self, "Sort by", "Sort the cards by:", names, current,
                                        False)
        if ok:
            column = names.index(name)
            self.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)

    def reverse_sort(self) -> None:
        order = (Qt.SortOrder.AscendingOrder if self.model.descending
                 else Qt.SortOrder.DescendingOrder)
        self.table.sortByColumn(COLUMNS.index(self.model.sort_column), order)

    def toggle_info(self) -> None:
        self.info.setHidden(not self.info.isHidden())
        self.actions_["info"].setChecked(not self.info.isHidden())
        self._selection_moved()

    # -- selection -----------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.card_id(r) for r in rows]

    def _selection_moved(self) -> None:
        self._update_actions()
        # isHidden, not isVisible: the first search runs before the window is shown, and
        # the pane must already show the card that opens selected.
        if self.info.isHidden():
            return
        ids = self.selected_ids()
        if len(ids) != 1:
            self.info.show_nothing(len(ids))
            return
        try:
            self.info.show_info(self.service.card_info(ids[0]))
        except KeyError:
            self.info.show_nothing()

    def select_ids(self, ids: list[int]) -> None:
        """Select these cards again (after a search ran anew), loading pages as needed."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        first: QModelIndex | None = None
        positions = self.model.positions_of(ids)
        for cid in ids:
            where = positions.get(cid)
            if where is None:
                continue
            self.model.load_until(where)
            index = self.model.index(where, 0)
            selection.select(index, flags)
            first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)

    # -- bulk actions ------------------------------------------------------------------
    def _bulk(self, action: Callable[[list[int]], BrowseChange]) -> BrowseChange | None:
        ids = self.selected_ids()
        if not ids:
            return None
        try:
            change = action(ids)
        except ValueError as exc:
            messages.error(self, "Cards not changed", str(exc))
            return None
        self._show_change(change)
        return change

    def _show_change(self, change: BrowseChange) -> None:
        if change.rows_changed:
            selected = list(change.card_ids)
            self.model.search(self.model.query)
            self.count_label.setText(f"{self.model.total:,} cards")
            self.select_ids(selected)
        else:
            self.model.refresh(change.card_ids)
        self.statusBar().showMessage(change.message, 6000)
        self._selection_moved()
        self.changed.emit(change.changes)

    def show_changes(self, changes: OpChanges) -> None:
        """Cards changed elsewhere (an answer, an import): show their rows as they are now."""
        if changes.decks or not changes.card_ids:  # cards came or went, or not said which
            selected = self.selected_ids()
            self.model.search(self.model.query)
            self.count_label.setText(f"{self.model.total:,} cards")
            self.select_ids(selected)
        else:
            self.model.refresh(changes.card_ids)
        self._selection_moved()

    def undo(self) -> None:
        change = self.service.undo()
        if change is None:
            return
        self._show_change(change)
        if not change.rows_changed:
            self.select_ids(list(change.card_ids))

    def _tags(self, *, add: bool) -> None:
        if not self.selected_ids():
            return
        title = "Add tags" if add else "Remove tags"
        text, ok = QInputDialog.getText(self, title, "Tags, separated by spaces:")
        if ok:
            method = self.service.add_tags if add else self.service.remove_tags
            self._bulk(partial(method, text=text))

    def set_due(self) -> None:
        if not self.selected_ids():
            return
        days, ok = QInputDialog.getInt(self, "Set due date",
                                       "Due in how many days? (0 = today)", 1, 0, 36_500)
        if ok:
            self._bulk(partial(self.service.set_due, days=days))

    def move_cards(self) -> None:
        if not self.selected_ids():
            return
        decks = self.service.decks()
        names = [name for _id, name in decks]
        name, ok = QInputDialog.getItem(self, "Change deck", "Move the selected cards to:",
                                        names, 0, False)
        if ok and name in names:
            deck_id = decks[names.index(name)][0]
            self._bulk(partial(self.service.move, deck_id=deck_id))

    def delete(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        many = "this card" if len(ids) == 1 else f"these {len(ids):,} cards"
        if messages.confirm(self, "Delete cards",
                            f"Delete {many}? They leave study and the browser; their review "
                            "history is kept, and Undo (Ctrl+Z) brings them back."):
            self._bulk(self.service.delete)
