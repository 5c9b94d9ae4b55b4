"""Leeches: cards forgotten so often that drilling them wastes the learner's time."""

import math

DEFAULT_LEECH_THRESHOLD = 8


def is_leech(lapses: int, *, threshold: int = DEFAULT_LEECH_THRESHOLD) -> bool:
    """A card becomes a leech when its lapses reach the threshold, and again every half of it.

    Half is rounded up, as Anki does: with a threshold of 5, at 5, 8, 11... lapses.
    """
    if threshold <= 0 or lapses < threshold:
        return False
    step = max(1, math.ceil(threshold / 2))
    return (lapses - threshold) % step == 0
