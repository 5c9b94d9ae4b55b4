"""The order a multiple-choice card shows its choices in, new each time the card is seen.

A learner who sees the right answer in the same place every time learns the place, not the
answer. The order comes from the learner's own seed, the card and how often it has been
answered, so it is the same on a redraw or after Undo, and changes after each answer.
"""

from __future__ import annotations

import random

from trainer.domain import CardContent, CardKind


def shuffle_choices(content: CardContent, *, seed: int, card_id: int, seen: int
                    ) -> CardContent:
    """``content`` with its choices in the order for this showing (other kinds unchanged)."""
    right = content.correct_choice
    if content.kind is not CardKind.MCQ or len(content.choices) < 2 or right is None:
        return content
    order = list(range(len(content.choices)))
    # A text seed is hashed with SHA-512: the same on every run and every computer.
    random.Random(f"{seed}:{card_id}:{seen}").shuffle(order)
    return content._replace(choices=tuple(content.choices[i] for i in order),
                            correct_choice=order.index(right))
