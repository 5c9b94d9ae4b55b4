"""Choose what to cram: a deck, a tag, a search, or the cards failed today.

Keyboard first: Alt+D/T/S/F pick the kind, the field beside it takes the focus, Enter
starts. The dialog only builds a CramChoice; the main window starts the session.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.domain import DeckCounts
from trainer.gui.deck_list import display_title
from trainer.services.cram import CramChoice, CramScope


class CramDialog(QDialog):
    """After OK, :meth:`choice` says what to cram."""

    def __init__(self, decks: Sequence[DeckCounts], *, tags: Sequence[str],
                 current_deck: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Cram or preview")
        self.setAccessibleName("Cram or preview")
        intro = QLabel("Study ahead of schedule. Your answers here are kept apart: no card "
                       "comes back sooner or later because of them.")
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.by_deck = QRadioButton("&Deck:")
        self.by_tag = QRadioButton("&Tag:")
        self.by_search = QRadioButton("&Search:")
        self.by_failed = QRadioButton("Cards &failed today")
        self.kinds = QButtonGroup(self)
        for button, scope in ((self.by_deck, CramScope.DECK), (self.by_tag, CramScope.TAG),
                              (self.by_search, CramScope.SEARCH),
                              (self.by_failed, CramScope.FAILED)):
            self.kinds.addButton(button)
            button.setProperty("scope", scope.value)
        self.deck = QComboBox()
        self.deck.setAccessibleName("Deck to cram")
        for d in sorted(decks, key=lambda d: (d.group.casefold(), d.title.casefold())):
            self.deck.addItem(display_title(d.title, d.group), d.deck_id)
        if current_deck is not None and self.deck.findData(current_deck) >= 0:
            self.deck.setCurrentIndex(self.deck.findData(current_deck))
        self.tag = QComboBox()
        self.tag.setAccessibleName("Tag to cram")
        self.tag.addItems(list(tags))
        self.by_tag.setEnabled(bool(tags))
        if not tags:
            self.tag.setPlaceholderText("No card has a tag")
        self.search = QLineEdit()
        self.search.setAccessibleName("Words to search for")
        self.search.setPlaceholderText("Words in the question or answer, e.g. CD19")
        self.limit = QSpinBox()
        self.limit.setRange(1, 10_000)
        self.limit.setValue(100)
        self.limit.setAccessibleName("At most this many cards")
        self.shuffle = QCheckBox("S&huffle")
        limit_label = QLabel("At &most:")
        limit_label.setBuddy(self.limit)

        grid = QGridLayout()
        grid.addWidget(self.by_deck, 0, 0)
        grid.addWidget(self.deck, 0, 1)
        grid.addWidget(self.by_tag, 1, 0)
        grid.addWidget(self.tag, 1, 1)
        grid.addWidget(self.by_search, 2, 0)
        grid.addWidget(self.search, 2, 1)
        grid.addWidget(self.by_failed, 3, 0, 1, 2)
        grid.addWidget(limit_label, 4, 0)
        grid.addWidget(self.limit, 4, 1)
        grid.addWidget(self.shuffle, 5, 1)
        grid.setColumnStretch(1, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        start = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText("Start cramming")
        start.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)

        for button, field in ((self.by_deck, self.deck), (self.by_tag, self.tag)):
            field.setEnabled(False)
            button.toggled.connect(field.setEnabled)  # first: a disabled field takes no focus
            button.toggled.connect(lambda on, f=field: on and f.setFocus())
        # the search box stays open: typing in it is choosing a search (bound methods, see
        # below)
        self.by_search.toggled.connect(self._search_chosen)
        # A bound method, not a lambda holding the dialog: that one made Qt warn "shared
        # QObject was deleted directly" when the dialog went, and could crash on quit.
        self.search.textEdited.connect(self._search_edited)
        self.by_deck.setChecked(True)
        self.setMinimumWidth(460)

    def _search_edited(self, _text: str) -> None:
        self.by_search.setChecked(True)

    def _search_chosen(self, on: bool) -> None:
        if on:
            self.search.setFocus()

    def scope(self) -> CramScope:
        checked = self.kinds.checkedButton()
        return CramScope(checked.property("scope")) if checked else CramScope.DECK

    def choice(self) -> CramChoice:
        """What the learner chose."""
        scope = self.scope()
        deck = self.deck.currentData()
        return CramChoice(
            scope=scope,
            deck_ids=(str(deck),) if scope is CramScope.DECK and deck else (),
            tag=self.tag.currentText() if scope is CramScope.TAG else "",
            query=self.search.text() if scope is CramScope.SEARCH else "",
            limit=self.limit.value(), shuffle=self.shuffle.isChecked())
