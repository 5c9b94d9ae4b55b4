"""One widget per card kind; :func:`widget_for` picks the right one for a card."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from trainer.domain import CardKind, CardView
from trainer.gui.card_widgets.base import CardWidget
from trainer.gui.card_widgets.basic import BasicCard
from trainer.gui.card_widgets.cloze import ClozeCard
from trainer.gui.card_widgets.mcq import McqCard
from trainer.gui.card_widgets.order import OrderCard
from trainer.gui.card_widgets.typed import TypedCard

_WIDGETS: dict[CardKind, type[CardWidget]] = {
    CardKind.BASIC: BasicCard,
    CardKind.REVERSE: BasicCard,
    CardKind.CLOZE: ClozeCard,
    CardKind.TYPED: TypedCard,
    CardKind.MCQ: McqCard,
    CardKind.ORDER: OrderCard,
}


def widget_for(card: CardView, *, font_scale: float = 1.0,
               parent: QWidget | None = None) -> CardWidget:
    """A fresh widget showing the front of ``card``."""
    cls = _WIDGETS.get(card.content.kind, BasicCard)
    return cls(card, font_scale=font_scale, parent=parent)


__all__ = ["BasicCard", "CardWidget", "ClozeCard", "McqCard", "OrderCard", "TypedCard",
           "widget_for"]
