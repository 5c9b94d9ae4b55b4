"""Render a whole deck into the cards a learner studies."""

from __future__ import annotations

from trainer.domain import CardContent, Deck
from trainer.templates.deck_index import DeckIndex
from trainer.templates.facts import render_fact
from trainer.templates.hand import render_hand_card
from trainer.templates.ordering import phase_order_card


def render_cards(deck: Deck, *, drop_repeats: bool = True) -> list[CardContent]:
    """Every card of ``deck``: fact cards in fact order, then deck-wide cards, then hand cards.

    Deterministic: the same deck gives the same cards, in the same order, with the same
    choices; keys are unique within the deck (a later duplicate key is dropped), and so are
    questions: a later card asking what an earlier one asks is dropped, unless
    ``drop_repeats`` is false (the deck check lists such repeats for the instructor).
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
    if not drop_repeats:
        return cards
    keys: set[str] = set()
    questions: set[str] = set()
    unique: list[CardContent] = []
    for card in cards:
        question = question_key(card)
        if card.key in keys or question in questions:
            continue
        keys.add(card.key)
        questions.add(question)
        unique.append(card)
    return unique


def question_key(card: CardContent) -> str:
    """What a card asks, compared without case, spacing or final punctuation.

    Multiple-choice cards with the same wording but different choices ask different things
    ("which of these is a target of X?" with CD19 among the choices, or with CD3).
    """
    words = " ".join(card.prompt.casefold().split()).rstrip("?.: ")
    if card.choices:
        return f"{words}|{'|'.join(sorted(c.casefold() for c in card.choices))}"
    return words
