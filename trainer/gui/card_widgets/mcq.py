"""Multiple choice card: pick with keys 1-n or a click; right and wrong are then shown."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.domain import Rating
from trainer.gui.card_widgets.base import CardWidget
from trainer.gui.theme import restyle


class ChoiceButton(QPushButton):
    """A push button whose label wraps, so long choices are never cut off."""

    def __init__(self, number: int, text: str, *, point_size: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.choice_text = text
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = self.label.font()
        font.setPointSizeF(point_size)
        self.label.setFont(font)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.label)
        self.setProperty("role", "choice")
        self.setAccessibleName(f"Choice {number}: {text}")
        self.setToolTip(f"Choose with key {number}")
        self.set_verdict("")

    def set_verdict(self, verdict: str, note: str = "", color: str = "") -> None:
        """verdict: "" (undecided), "right" or "wrong"; the note spells it out in words."""
        body = f"<b>{self.number}.</b>&nbsp; {html.escape(self.choice_text)}"
        if note:
            body += f'&nbsp;&nbsp;<b style="color:{color}">{html.escape(note)}</b>'
        self.label.setText(body)
        if note:
            self.setAccessibleName(f"Choice {self.number}: {self.choice_text} ({note})")
        restyle(self, verdict=verdict)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1


class McqCard(CardWidget):
    """Choices as buttons; choosing one reveals the card with the verdict."""

    def build_front(self) -> None:
        self.chosen: int | None = None
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        self.buttons: list[ChoiceButton] = []
        for i, text in enumerate(self.card.content.choices):
            button = ChoiceButton(i + 1, text, point_size=self.point_size * 0.9)
            button.clicked.connect(lambda _=False, i=i: self.choose(i))
            col.addWidget(button)
            self.buttons.append(button)
        self.layout_.addWidget(box)
        hint = QLabel(f"Press 1–{len(self.buttons)} or click a choice.")
        hint.setProperty("role", "muted")
        self.hint = hint
        self.layout_.addWidget(hint)

    def choose(self, index: int) -> None:
        """Pick a choice (0-based); ignored once the card is revealed."""
        if self.revealed or not 0 <= index < len(self.buttons):
            return
        self.chosen = index
        self.checked.emit()

    def handle_key(self, event: QKeyEvent) -> bool:
        text = event.text()
        if not self.revealed and text.isdigit() and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            index = int(text) - 1
            if 0 <= index < len(self.buttons):
                self.choose(index)
                return True
        return False

    def judge(self) -> Rating:
        right = self.card.content.correct_choice
        for i, button in enumerate(self.buttons):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if i == right:
                note = "right answer" if self.chosen != i else "your choice: right"
                button.set_verdict("right", "✓ " + note, self.colors.correct)
            elif i == self.chosen:
                button.set_verdict("wrong", "✗ your choice", self.colors.wrong)
        self.hint.hide()
        return Rating.GOOD if self.chosen is not None and self.chosen == right else Rating.AGAIN

    def answer_html(self) -> str:
        # The right choice is marked on its button; repeat the answer only if it says more.
        answer = self.card.content.answer.strip()
        right = self.card.content.correct_choice
        choices = self.card.content.choices
        shown = choices[right] if right is not None and 0 <= right < len(choices) else ""
        return "" if not answer or answer == shown else html.escape(answer)
