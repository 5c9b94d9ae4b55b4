"""Basic card: a question, then its answer."""

from __future__ import annotations

from trainer.gui.card_widgets.base import CardWidget


class BasicCard(CardWidget):
    """Question on the front, answer under a line on the back."""
