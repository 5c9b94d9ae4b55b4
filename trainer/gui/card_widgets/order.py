"""Ordering card: arrange items with the keyboard or by dragging, then check."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from trainer.domain import Rating
from trainer.gui.card_widgets.base import CardWidget, text_label
from trainer.gui.theme import restyle

_MOVE_MODIFIERS = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier)


class OrderList(QListWidget):
    """A list whose selected item moves with Alt+Up/Down or Ctrl+Up/Down, or by dragging."""

    def __init__(self, items: tuple[str, ...], *, point_size: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("order_list")
        font = QFont(self.font())
        font.setPointSizeF(point_size)
        self.setFont(font)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName("Items to put in order")
        self.setAccessibleDescription(
            "Select an item with the arrow keys and move it with Alt+Up or Alt+Down; "
            "press Enter to check.")
        for text in items:
            self.addItem(QListWidgetItem(text))
        self.setCurrentRow(0)
        self.model().rowsMoved.connect(self._fit)
        self._fit()

    def order(self) -> list[str]:
        """The items as the learner has arranged them."""
        return [self.item(i).text() for i in range(self.count())]

    def move_current(self, step: int) -> None:
        """Move the selected item up (-1) or down (+1), keeping it selected."""
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
                and event.modifiers() & (_MOVE_MODIFIERS[0] | _MOVE_MODIFIERS[1])
                and self.dragEnabled()):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def _fit(self) -> None:
        """Grow to show every item, so the card scrolls as a whole instead of the list."""
        self.doItemsLayout()
        if not self.count():
            return
        last = self.visualItemRect(self.item(self.count() - 1))
        first = self.visualItemRect(self.item(0))
        height = last.bottom() - first.top() + 1 + 2 * self.spacing()
        self.setFixedHeight(height + 2 * self.frameWidth())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()


class OrderCard(CardWidget):
    """The items start in the deck's shuffled order; reveal marks each place right or wrong."""

    def build_front(self) -> None:
        content = self.card.content
        start = content.shuffled_items or content.items
        self.list = OrderList(start, point_size=self.point_size * 0.9)
        self.layout_.addWidget(self.list)
        self.hint = text_label("Select with ↑/↓, move with Alt+↑/↓ (or Ctrl+↑/↓, or drag), "
                               "then press Enter to check.", rich=False)
        self.hint.setProperty("role", "muted")
        self.layout_.addWidget(self.hint)

    def focus_widget(self) -> QWidget:
        return self.list

    def judge(self) -> Rating:
        right = list(self.card.content.items)
        given = self.list.order()
        self.list.setDragEnabled(False)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.clearSelection()
        all_right = True
        for i in range(self.list.count()):
            item = self.list.item(i)
            ok = i < len(right) and given[i] == right[i]
            all_right &= ok
            item.setText(f"{'✓' if ok else '✗'}  {given[i]}")
            item.setForeground(self.palette().text() if ok else QBrush(QColor(self.colors.wrong)))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.hint.setText("✓ Your order is right." if all_right
                          else "Not quite: ✗ marks an item in the wrong place.")
        restyle(self.hint, role="verdict-right" if all_right else "verdict-wrong")
        misplaced = sum(1 for i, t in enumerate(given) if i >= len(right) or t != right[i])
        if all_right:
            return Rating.GOOD
        # One pair swapped: nearly known.
        return Rating.HARD if misplaced <= 2 and len(right) > 2 else Rating.AGAIN

    def answer_html(self) -> str:
        rows = "".join(f"<li>{html.escape(t)}</li>" for t in self.card.content.items)
        return f"<b>Right order</b><ol style='margin-top:4px'>{rows}</ol>"

