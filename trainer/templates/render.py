"""Render a whole deck into the cards a learner studies."""

from __future__ import annotations

from trainer.domain import CardContent, Deck
from trainer.templates.deck_index import DeckIndex
from trainer.templates.facts import render_fact
from trainer.templates.hand import render_hand_card
from trainer.templates.ordering import phase_order_card


def render_cards(deck: Deck) -> list[CardContent]:
    """Every card of ``deck``: fact cards in fact order, then deck-wide cards, then hand cards.

    Deterministic: the same deck gives the same cards, in the same order, with the same
    choices; keys are unique within the deck (a later duplicate key is dropped).
    """
    index = DeckIndex.of(deck)
    cards: list[CardContent] = []
    for fact in deck.facts:
        cards.extend(render_fact(fact, index))
    ordering = phase_order_card(index)
    if ordering is not None:
        cards.append(ordering)
    for hand in deck.cards:
        cards.extend(render_hand_card(hand, index.sources))
    if len({card.key for card in cards}) == len(cards):
        return cards  # the usual case, checked at C speed
    seen: set[str] = set()
    unique: list[CardContent] = []
    for card in cards:
        if card.key not in seen:
            seen.add(card.key)
            unique.append(card)
    return unique
