"""The deck list: a tree of deck groups and decks with today's counts, and the empty state."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from trainer.domain import DeckCounts
from trainer.gui.plain import escape, tooltip
from trainer.gui.theme import Colors, current_colors
from trainer.services.exam_models import ExamOverview

DECK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DECK_IDS_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("Deck", "New", "Learning", "Due", "Exam day")
_EXAM_COLUMN = 4
_UNGROUPED = ""


def short_title(title: str, group: str) -> str:
    """A deck's title under its group, without repeating it: "ALL: drug classes" in the
    group "ALL" reads "Drug classes"."""
    for sep in (": ", " - ", " – "):
        prefix = f"{group}{sep}"
        if group and title.casefold().startswith(prefix.casefold()) and len(title) > len(prefix):
            rest = title[len(prefix):]
            return rest[0].upper() + rest[1:]
    return title


def display_title(title: str, group: str) -> str:
    """Group and deck for a header line: "ALL ▸ Drug classes"."""
    return f"{group} ▸ {short_title(title, group)}" if group else title


class DeckTreeModel(QStandardItemModel):
    """Decks grouped by topic (DeckCounts.group), with new / learning / due per row.

    Group rows sum their decks. Every row carries the deck ids it stands for in
    ``DECK_IDS_ROLE`` (one for a deck, all of them for a group).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels(list(COLUMNS))
        for col in range(1, len(COLUMNS)):
            self.setHeaderData(col, Qt.Orientation.Horizontal,
                               Qt.AlignmentFlag.AlignRight, Qt.ItemDataRole.TextAlignmentRole)
        self.counts: list[DeckCounts] = []
        self.exams: dict[tuple[str, str], ExamOverview] = {}

    def set_counts(self, counts: Sequence[DeckCounts], colors: Colors | None = None,
                   exams: Mapping[tuple[str, str], ExamOverview] | None = None) -> None:
        """Rebuild the tree from ``counts`` (sorted by group, then title), with the exam
        plans in ``exams`` keyed by ("deck", deck id) or ("group", group name)."""
        colors = colors or current_colors()
        self.counts = list(counts)
        self.exams = dict(exams or {})
        self.removeRows(0, self.rowCount())
        groups: dict[str, list[DeckCounts]] = {}
        for deck in sorted(self.counts, key=lambda d: (d.group.casefold(), d.title.casefold())):
            groups.setdefault(deck.group.strip(), []).append(deck)
        root = self.invisibleRootItem()
        for group, decks in groups.items():
            if group == _UNGROUPED:
                for deck in decks:
                    row = self._row(deck.title, [deck], colors, group=False)
                    row.append(self._exam_item(self.exam_for_deck(deck), colors, deck.deck_id))
                    root.appendRow(row)
                continue
            parent = self._row(group, decks, colors, group=True)
            parent.append(self._exam_item(self.exams.get(("group", group)), colors))
            for deck in decks:
                row = self._row(short_title(deck.title, group), [deck], colors, group=False)
                row.append(self._exam_item(self.exam_for_deck(deck), colors, deck.deck_id))
                parent[0].appendRow(row)
            root.appendRow(parent)

    def exam_for_deck(self, deck: DeckCounts) -> ExamOverview | None:
        """The exam that applies to a deck: its own date, else its group's."""
        return self.exams.get(("deck", deck.deck_id)) or (
            self.exams.get(("group", deck.group.strip())) if deck.group.strip() else None)

    def exam_for_ids(self, ids: Sequence[str]) -> ExamOverview | None:
        """The exam of a row: a deck's, or a group's when the row is a group."""
        decks = [d for d in self.counts if d.deck_id in ids]
        if len(decks) == 1:
            return self.exam_for_deck(decks[0])
        groups = {d.group.strip() for d in decks}
        return self.exams.get(("group", groups.pop())) if len(groups) == 1 else None

    @staticmethod
    def _exam_item(exam: ExamOverview | None, colors: Colors,
                   deck_id: str | None = None) -> QStandardItem:
        """The exam cell: date and predicted recall (of the deck itself, in a group exam)."""
        item = QStandardItem()
        item.setEditable(False)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if exam is None:
            item.setData("no exam date", Qt.ItemDataRole.AccessibleTextRole)
            return item
        value = exam.recall_now
        own = [p for p in exam.decks if p.deck_id == deck_id and len(exam.decks) > 1]
        if own:
            value = own[0].recall_now
        recall = "–" if value is None else f"{round(value * 100)}%"
        day = exam.exam_on
        item.setText(f"{day.day} {day.strftime('%b')} · {recall}")
        item.setForeground(QBrush(QColor(colors.muted if not exam.active else colors.new)))
        tip = f"{exam.heading()}. {exam.pace_text()}. {exam.recall_text()}"
        item.setToolTip(tooltip(tip))
        item.setData(tip, Qt.ItemDataRole.AccessibleTextRole)
        return item

    def totals(self) -> tuple[int, int, int]:
        """Today's new, learning and due cards over every deck."""
        return (sum(d.new for d in self.counts), sum(d.learning for d in self.counts),
                sum(d.review for d in self.counts))

    @staticmethod
    def _row(title: str, decks: list[DeckCounts], colors: Colors,
             *, group: bool) -> list[QStandardItem]:
        name = QStandardItem(title)
        name.setEditable(False)
        ids = [d.deck_id for d in decks]
        name.setData(ids, DECK_IDS_ROLE)
        if not group:
            name.setData(decks[0].deck_id, DECK_ID_ROLE)
            deck = decks[0]
            tip = f"{deck.title}: {deck.total} cards"
            if deck.suspended:
                tip += f", {deck.suspended} suspended"
            name.setToolTip(tooltip(tip))
        else:
            font = QFont(name.font())
            font.setBold(True)
            name.setFont(font)
            name.setToolTip(tooltip(f"{title}: {len(decks)} decks"))
        row = [name]
        values = (sum(d.new for d in decks), sum(d.learning for d in decks),
                  sum(d.review for d in decks))
        for value, color, what in zip(values, (colors.new, colors.learning, colors.review),
                                      ("new", "learning", "due"), strict=True):
            item = QStandardItem(str(value))
            item.setEditable(False)
            item.setData(ids, DECK_IDS_ROLE)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setForeground(QBrush(QColor(color if value else colors.muted)))
            item.setData(f"{value} {what}", Qt.ItemDataRole.AccessibleTextRole)
            if value:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            row.append(item)
        return row


class EmptyState(QWidget):
    """What a learner sees when the profile has no decks yet, and what to do about it."""

    import_requested = Signal()
    generate_requested = Signal()
    bundled_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("No decks yet")
        heading = QLabel("No decks yet")
        heading.setProperty("role", "heading")
        text = QLabel(
            "A deck is a set of cards to study. To get started, import a deck file your "
            "instructor gave you (a .yaml file), or let Trainer make a deck from a folder of "
            "documents: lecture notes, guidelines, articles (txt, md, html or pdf).")
        text.setWordWrap(True)
        text.setMinimumWidth(380)
        text.setMaximumWidth(560)
        self.import_button = QPushButton("Import a deck file…")
        self.import_button.setProperty("role", "primary")
        self.import_button.setToolTip("Import deck files (Ctrl+O)")
        self.import_button.clicked.connect(self.import_requested)
        self.generate_button = QPushButton("Generate a deck from documents…")
        self.generate_button.setToolTip("Make a deck from a folder of documents (Ctrl+G)")
        self.generate_button.clicked.connect(self.generate_requested)
        self.bundled_button = QPushButton("Add the decks that come with Trainer")
        self.bundled_button.setToolTip("Import the bundled decks (Ctrl+Shift+O)")
        self.bundled_button.clicked.connect(self.bundled_requested)
        buttons = QVBoxLayout()
        buttons.setSpacing(8)
        for b in (self.import_button, self.generate_button, self.bundled_button):
            buttons.addWidget(b)
        inner = QVBoxLayout()
        inner.setSpacing(14)
        inner.addWidget(heading)
        inner.addWidget(text)
        inner.addLayout(buttons)
        box = QWidget()
        box.setLayout(inner)
        box.setMaximumWidth(600)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def set_options(self, *, can_generate: bool, can_add_bundled: bool) -> None:
        self.generate_button.setVisible(can_generate)
        self.bundled_button.setVisible(can_add_bundled)


class DeckTree(QTreeView):
    """The tree with keyboard use in mind: Enter studies the selected row.

    A deck dragged onto a group (or a deck in it) asks to move there; dropped on the
    empty space below, it leaves its group. The model itself never moves rows: the move
    is done by the service and the tree rebuilt from what changed.
    """

    decks_dropped = Signal(list, str)  # deck ids, group ("" for none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setObjectName("deck_tree")
        self.setAccessibleName("Decks")
        self.setAccessibleDescription("Press Enter to study the selected deck or group")
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setRootIsDecorated(True)
        self.setExpandsOnDoubleClick(False)
        self.setAllColumnsShowFocus(True)

    def drop_target_group(self, index: QModelIndex) -> str:
        """The group a deck dropped on ``index`` goes to."""
        if not index.isValid():
            return _UNGROUPED
        name = index.siblingAtColumn(0)
        if name.data(DECK_ID_ROLE):  # a deck: its group (its parent row), if any
            parent = name.parent()
            return str(parent.data()) if parent.isValid() else _UNGROUPED
        return str(name.data())

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.source() is self:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        dragged = self.currentIndex().siblingAtColumn(0).data(DECK_ID_ROLE)
        if event.source() is not self or not dragged:
            event.ignore()
            return
        group = self.drop_target_group(self.indexAt(event.position().toPoint()))
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the rows are rebuilt, not moved
        event.accept()
        self.decks_dropped.emit([str(dragged)], group)


class DeckListView(QWidget):
    """Deck tree, today's totals and a Study button; or the empty state when there are none."""

    study_requested = Signal(list)  # deck ids
    options_requested = Signal(str)  # deck id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DeckTreeModel(self)
        self.tree = DeckTree()
        self.tree.setModel(self.model)
        self.tree.activated.connect(self._activated)
        header = self.tree.header()
        header.setAccessibleName("Columns: deck, new, learning, due, exam day")
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(72)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
            header.resizeSection(col, 90)

        title = QLabel("Decks")
        title.setProperty("role", "heading")
        self.totals_label = QLabel()
        self.totals_label.setAccessibleName("Due today")
        self.study_button = QPushButton("Study")
        self.study_button.setProperty("role", "primary")
        self.study_button.setToolTip("Study the selected deck (Enter in the list, or Ctrl+Enter)")
        self.study_button.setAccessibleName("Study selected deck")
        self.study_button.clicked.connect(self.study_selected)
        self.options_button = QPushButton("Deck options…")
        self.options_button.setToolTip("Retention and daily limits (Ctrl+Shift+D)")
        self.options_button.clicked.connect(self._options)
        self.exam_label = QLabel()
        self.exam_label.setAccessibleName("Exam plan")
        self.exam_label.setWordWrap(True)
        self.exam_label.setProperty("role", "muted")
        self.exam_label.hide()
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_exam())

        bottom = QHBoxLayout()
        bottom.addWidget(self.totals_label, 1)
        bottom.addWidget(self.options_button)
        bottom.addWidget(self.study_button)

        decks_page = QWidget()
        column = QVBoxLayout(decks_page)
        column.setContentsMargins(16, 12, 16, 12)
        column.addWidget(title)
        column.addWidget(self.tree, 1)
        column.addWidget(self.exam_label)
        column.addLayout(bottom)

        self.empty = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(decks_page)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def set_counts(self, counts: Sequence[DeckCounts],
                   exams: Mapping[tuple[str, str], ExamOverview] | None = None) -> None:
        """Show ``counts`` (and exam plans); keeps the selection on the same deck."""
        selected = self.selected_deck_ids()
        colors = current_colors()
        self.model.set_counts(counts, colors, exams if exams is not None else self.model.exams)
        self.tree.expandAll()
        self.stack.setCurrentIndex(1 if not counts else 0)
        new, learning, due = self.model.totals()
        self.totals_label.setText(
            f"Today: <span style='color:{colors.new}'><b>{new}</b> new</span> · "
            f"<span style='color:{colors.learning}'><b>{learning}</b> learning</span> · "
            f"<span style='color:{colors.review}'><b>{due}</b> due</span>")
        self.totals_label.setAccessibleDescription(
            f"Today: {new} new, {learning} learning, {due} due")
        self._select(selected)
        self.tree.setColumnHidden(_EXAM_COLUMN, not self.model.exams)
        self._show_exam()

    def _show_exam(self) -> None:
        """The exam plan of the selected deck or group, under the tree."""
        exam = self.model.exam_for_ids(self.selected_deck_ids())
        self.exam_label.setVisible(exam is not None)
        if exam is not None:
            self.exam_label.setText(f"<b>{escape(exam.heading())}</b> · "
                                    f"{escape(exam.pace_text())} · {escape(exam.recall_text())}")
            self.exam_label.setAccessibleDescription(
                f"{exam.heading()} · {exam.pace_text()} · {exam.recall_text()}")

    @property
    def is_empty(self) -> bool:
        return self.stack.currentIndex() == 1

    def selected_deck_ids(self) -> list[str]:
        index = self.tree.currentIndex()
        if not index.isValid():
            return []
        ids = index.siblingAtColumn(0).data(DECK_IDS_ROLE)
        return list(ids) if ids else []

    def selected_deck_id(self) -> str | None:
        """The deck of the selected row, or the first deck of a selected group."""
        ids = self.selected_deck_ids()
        return ids[0] if ids else None

    def selected_scope(self) -> tuple[str, str] | None:
        """("deck", id) for a deck row, ("group", name) for a group row."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        deck_id = index.siblingAtColumn(0).data(DECK_ID_ROLE)
        if deck_id:
            return ("deck", str(deck_id))
        return ("group", str(index.siblingAtColumn(0).data()))

    def select_deck(self, deck_id: str) -> None:
        self._select([deck_id])

    def select_deck_row(self, deck_id: str) -> None:
        """Select the deck's own row, even when a group holds only that deck."""
        def walk(parent: QModelIndex) -> QModelIndex | None:
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if index.data(DECK_ID_ROLE) == deck_id:
                    return index
                found = walk(index)
                if found is not None:
                    return found
            return None

        target = walk(QModelIndex())
        if target is not None:
            self.tree.setCurrentIndex(target)
        else:
            self._select([deck_id])

    def study_selected(self) -> None:
        ids = self.selected_deck_ids()
        if ids:
            self.study_requested.emit(ids)

    def focus_tree(self) -> None:
        if self.is_empty:
            self.empty.import_button.setFocus()
        else:
            self.tree.setFocus()

    def _options(self) -> None:
        deck = self.selected_deck_id()
        if deck:
            self.options_requested.emit(deck)

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        ids = index.data(DECK_IDS_ROLE)  # every column of a row carries the ids
        if ids:
            self.study_requested.emit(list(ids))

    def _select(self, ids: list[str]) -> None:
        target = self._find(ids) if ids else None
        if target is None or not target.isValid():
            target = self.model.index(0, 0)
        if target.isValid():
            self.tree.setCurrentIndex(target)

    def _find(self, ids: list[str]) -> QModelIndex | None:
        def walk(parent: QModelIndex) -> QModelIndex | None:
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if list(index.data(DECK_IDS_ROLE) or []) == ids:
                    return index
                found = walk(index)
                if found is not None:
                    return found
            return None

        return walk(QModelIndex())
