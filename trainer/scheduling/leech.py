"""Leeches: cards forgotten so often that drilling them wastes the learner's time."""

DEFAULT_LEECH_THRESHOLD = 8


def is_leech(lapses: int, *, threshold: int = DEFAULT_LEECH_THRESHOLD) -> bool:
    """A card becomes a leech when its lapses reach the threshold, and again every half of it."""
    if threshold <= 0 or lapses < threshold:
        return False
    step = max(1, threshold // 2)
    return (lapses - threshold) % step == 0
