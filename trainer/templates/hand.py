"""Cards an instructor wrote by hand in the deck file.

* basic, typed: one card keyed by the card's id;
* reverse: two basic cards, ``<id>/forward`` and ``<id>/reverse`` (front and back swapped);
* cloze: one card per deletion number, ``<id>/c<n>``;
* mcq: choices in the written order; a card without exactly one right choice is skipped;
* order: the items as written are the right order; the order first shown is a
  deterministic shuffle that differs from it whenever it can.

All cards of one hand card are siblings under the card's id. For cloze, mcq and order
cards the back is an optional explanation, shown before the source.
"""

from __future__ import annotations

from collections.abc import Mapping

from trainer.domain import CardContent, CardKind, HandCard, Source
from trainer.templates.citations import explain_sources
from trainer.templates.cloze import cloze_answer, cloze_prompt, deletion_numbers
from trainer.templates.ordering import shuffled


def render_hand_card(card: HandCard, sources: Mapping[str, Source]) -> list[CardContent]:
    """The cards one hand-written card stands for (none for an unusable card)."""
    cited = explain_sources((card.source,), sources) if card.source else ""
    kind = card.kind
    if kind is CardKind.BASIC or kind is CardKind.TYPED:  # nearly every hand card
        return [CardContent(card.id, card.id, kind, card.front, card.back, (), None, (), (),
                            cited, card.source, card.tags)]
    base = CardContent(
        key=card.id, sibling=card.id, kind=kind, prompt=card.front, answer=card.back,
        explanation=cited, source=card.source, tags=card.tags,
    )
    explained = base._replace(
        explanation="\n".join(p for p in (card.back.strip(), cited) if p))
    if card.kind is CardKind.REVERSE:
        forward = base._replace(key=f"{card.id}/forward", kind=CardKind.BASIC)
        reverse = forward._replace(key=f"{card.id}/reverse", prompt=card.back, answer=card.front)
        return [forward, reverse]
    if card.kind is CardKind.CLOZE:
        return [
            explained._replace(key=f"{card.id}/c{n}", prompt=cloze_prompt(card.front, n),
                               answer=cloze_answer(card.front))
            for n in deletion_numbers(card.front)
        ]
    if card.kind is CardKind.MCQ:
        correct = [i for i, choice in enumerate(card.choices) if choice.correct]
        if len(correct) != 1:
            return []
        return [explained._replace(answer=card.choices[correct[0]].text,
                                   choices=tuple(choice.text for choice in card.choices),
                                   correct_choice=correct[0])]
    if card.kind is CardKind.ORDER and card.items:
        return [explained._replace(answer=" → ".join(card.items), items=card.items,
                                   shuffled_items=shuffled(card.items, card.id))]
    return []
