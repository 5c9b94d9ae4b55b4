"""The common frame every card kind is drawn in: prompt, then the back on reveal."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from trainer.domain import CardView, Rating
from trainer.gui.theme import Colors, card_font_size, current_colors


def plain_to_html(text: str) -> str:
    """Escape plain card text for a rich-text label, keeping its line breaks."""
    return html.escape(text).replace("\n", "<br>")


def text_label(text: str = "", *, point_size: float | None = None, bold: bool = False,
               rich: bool = True, name: str = "") -> QLabel:
    """A word-wrapped, mouse-selectable label for card text."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if point_size is not None or bold:
        font = QFont(label.font())
        if point_size is not None:
            font.setPointSizeF(point_size)
        font.setBold(bold)
        label.setFont(font)
    if name:
        label.setAccessibleName(name)
    label.setText(text)
    return label


class CardWidget(QFrame):
    """One card on screen. Subclasses add what a kind needs to be answered.

    The review view calls :meth:`reveal` when the learner asks for the answer (or the card
    reports :attr:`checked`, e.g. a choice was picked); ``reveal`` returns the grade the
    card suggests, if it can judge the answer itself.
    """

    #: The learner committed an answer (picked a choice); the view should reveal.
    checked = Signal()

    def __init__(self, card: CardView, *, font_scale: float = 1.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.colors: Colors = current_colors()
        self.point_size = card_font_size(font_scale)
        self._revealed = False
        self.suggested: Rating | None = None
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(f"{card.content.kind.value} card")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 20, 24, 20)
        self.layout_.setSpacing(14)

        self.prompt_label = text_label(self.front_html(), point_size=self.point_size,
                                       name="Question")
        self.layout_.addWidget(self.prompt_label)
        self.build_front()

        self.separator = QFrame()
        self.separator.setFrameShape(QFrame.Shape.HLine)
        self.separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.answer_label = text_label(point_size=self.point_size, name="Answer")
        self.explanation_label = text_label(point_size=self.point_size * 0.8,
                                            name="Explanation")
        self.explanation_label.setProperty("role", "muted")
        for w in (self.separator, self.answer_label, self.explanation_label):
            w.hide()
            self.layout_.addWidget(w)
        self.layout_.addStretch(1)

    # -- what subclasses override -------------------------------------------------------
    def front_html(self) -> str:
        """The question as rich text."""
        return plain_to_html(self.card.content.prompt)

    def build_front(self) -> None:
        """Add kind-specific widgets under the question."""

    def answer_html(self) -> str:
        """The answer shown under the line on reveal; empty for none."""
        return plain_to_html(self.card.content.answer)

    def judge(self) -> Rating | None:
        """Show the kind-specific verdict and return a suggested grade (None: no opinion)."""
        return None

    def focus_widget(self) -> QWidget | None:
        """The widget to focus while the question is shown (None: the review view)."""
        return None

    def handle_key(self, event: QKeyEvent) -> bool:
        """Keys the review view forwards before the answer is shown. True when used."""
        return False

    # -- shared behaviour ---------------------------------------------------------------
    @property
    def revealed(self) -> bool:
        return self._revealed

    def reveal(self) -> Rating | None:
        """Show the back of the card; returns the suggested grade, if any."""
        if self._revealed:
            return self.suggested
        self._revealed = True
        self.suggested = suggested = self.judge()
        answer = self.answer_html()
        explanation = self.card.content.explanation.strip()
        self.separator.setVisible(bool(answer or explanation))
        if answer:
            self.answer_label.setText(answer)
            self.answer_label.show()
        if explanation:
            self.explanation_label.setText(plain_to_html(explanation))
            self.explanation_label.show()
        return suggested
