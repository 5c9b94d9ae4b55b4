"""Add card: a basic, reverse, cloze or typed card into a chosen deck, with tags.

The dialog stays open after each card (Ctrl+Enter adds), so several can be written in a
row. "Export to deck file…" writes the deck's hand-added cards into its YAML file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.domain import CardKind, DeckCounts
from trainer.gui.deck_list import display_title
from trainer.services.hand_cards import AddedCard, HandCardError, HandCards, parse_tags

# (kind, label, what the front holds, what the back holds)
_KINDS: tuple[tuple[CardKind, str, str, str], ...] = (
    (CardKind.BASIC, "Basic", "Question", "Answer"),
    (CardKind.REVERSE, "Basic and reversed (two cards)", "Front", "Back"),
    (CardKind.CLOZE, "Cloze (fill in the gap)", "Text with gaps, e.g. "
     "“{{c1::Vincristine}} is a vinca alkaloid.”", "Extra explanation (optional)"),
    (CardKind.TYPED, "Typed answer", "Question", "The answer to type"),
)


class AddCardDialog(QDialog):
    """Write cards into a deck; :attr:`added` lists what was added, for the window."""

    def __init__(self, hand: HandCards, decks: Sequence[DeckCounts], *,
                 current_deck: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add card")
        self.setAccessibleName("Add card")
        self.hand = hand
        self.added: list[AddedCard] = []
        self.deck = QComboBox()
        self.deck.setAccessibleName("Deck")
        for d in decks:
            self.deck.addItem(display_title(d.title, d.group), d.deck_id)
        if current_deck is not None:
            self.deck.setCurrentIndex(max(0, self.deck.findData(current_deck)))
        self.kind = QComboBox()
        self.kind.setAccessibleName("Card type")
        for kind, label, _f, _b in _KINDS:
            self.kind.addItem(label, kind)
        self.front = QPlainTextEdit()
        self.front.setTabChangesFocus(True)
        self.front.setAccessibleName("Front")
        self.back = QPlainTextEdit()
        self.back.setTabChangesFocus(True)
        self.back.setAccessibleName("Back")
        for edit in (self.front, self.back):
            edit.setMinimumHeight(70)
        self.tags = QLineEdit()
        self.tags.setAccessibleName("Tags")
        self.tags.setPlaceholderText("e.g. labs night-shift (separate with spaces)")
        self.front_label = QLabel()
        self.front_label.setBuddy(self.front)
        self.back_label = QLabel()
        self.back_label.setBuddy(self.back)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Result")

        form = QFormLayout()
        form.addRow("&Deck:", self.deck)
        form.addRow("T&ype:", self.kind)
        form.addRow(self.front_label, self.front)
        form.addRow(self.back_label, self.back)
        form.addRow("&Tags:", self.tags)
        self.add_button = QPushButton("&Add")
        self.add_button.setProperty("role", "primary")
        self.add_button.setToolTip("Add the card (Ctrl+Enter)")
        self.add_button.setDefault(False)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_card)
        export = QPushButton("E&xport to deck file…")
        export.setToolTip("Write the cards you added to this deck into a YAML deck file")
        export.setAutoDefault(False)
        export.clicked.connect(self.export)
        close = QPushButton("Close")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(export)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.add_card)
        self.kind.currentIndexChanged.connect(lambda _i: self._labels())
        self._labels()
        self.setMinimumWidth(520)
        self.front.setFocus()

    def _labels(self) -> None:
        _kind, _label, front, back = _KINDS[self.kind.currentIndex()]
        self.front_label.setText(f"&Front ({front}):" if len(front) < 20 else "&Front:")
        self.front.setPlaceholderText(front)
        self.back_label.setText("&Back:")
        self.back.setPlaceholderText(back)

    def add_card(self) -> AddedCard | None:
        """Add what is written; on a problem say what to change and keep the text."""
        deck_id = self.deck.currentData()
        if deck_id is None:
            self._say("Make a deck first (Tools ▸ New deck…).", error=True)
            return None
        try:
            added = self.hand.add(deck_id=deck_id, kind=self.kind.currentData(),
                                  front=self.front.toPlainText(),
                                  back=self.back.toPlainText(),
                                  tags=parse_tags(self.tags.text()))
        except HandCardError as exc:
            self._say(str(exc), error=True)
            return None
        self.added.append(added)
        count = len(added.card_rows)
        self._say(f"Added to {self.deck.currentText()}: {count} card{'s' * (count != 1)}. "
                  "Write the next one, or close.")
        self.front.clear()
        self.back.clear()
        self.front.setFocus()
        return added

    def export(self) -> Path | None:
        deck_id = self.deck.currentData()
        if deck_id is None:
            return None
        suggested = str(Path.home() / f"{deck_id}.yaml")
        chosen, _ = QFileDialog.getSaveFileName(self, "Export to deck file", suggested,
                                                "Deck files (*.yaml *.yml)")
        if not chosen:
            return None
        try:
            path = self.hand.export(deck_id=deck_id, target=Path(chosen))
        except HandCardError as exc:
            self._say(str(exc), error=True)
            return None
        self._say(f"Written to {path}. Give this file to whoever keeps the deck; importing "
                  "it keeps your reviews.")
        return path

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setProperty("role", "verdict-wrong" if error else "muted")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
