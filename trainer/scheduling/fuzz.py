"""Interval fuzz, as Anki applies it: a small spread so cards learned together drift apart.

The fuzz is one number in [0, 1) drawn per card shown, from a seed made of the card and its
review count. The button labels and the answer use the same number, so a label always
shows the interval the answer then schedules.
"""

from __future__ import annotations

import math

# (start, end, factor): the spread grows by `factor` days per day of interval in each band.
_FUZZ_RANGES: tuple[tuple[float, float, float], ...] = (
    (2.5, 7.0, 0.15),
    (7.0, 20.0, 0.10),
    (20.0, math.inf, 0.05),
)


_MASK64 = (1 << 64) - 1


def fuzz_factor(card_id: int, reps: int) -> float:
    """The fuzz for one showing of a card: the same card and review count give the same.

    The card and its review count are mixed by SplitMix64's finaliser, a well-studied
    64-bit hash whose outputs pass statistical tests of uniformity. Seeding a whole
    ``random.Random`` (a SHA-512 of the seed, then 624 words of state) cost as much as
    the rest of labelling the answer buttons, and one number is all that is needed.
    """
    z = (card_id * 0x9E3779B97F4A7C15 + reps * 0xBF58476D1CE4E5B9 + 0x94D049BB133111EB) & _MASK64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK64
    z ^= z >> 31
    return (z >> 11) / float(1 << 53)


def _fuzz_delta(interval: float) -> float:
    if interval < 2.5:
        return 0.0
    delta = 1.0
    for start, end, factor in _FUZZ_RANGES:
        delta += factor * max(0.0, min(interval, end) - start)
    return delta


def _round(value: float) -> int:
    """Round half away from zero, as Rust's f32::round does (Python rounds half to even)."""
    return math.floor(value + 0.5) if value >= 0 else -math.floor(-value + 0.5)


def fuzz_bounds(interval: float, minimum: int, maximum: int) -> tuple[int, int]:
    """The range of days an interval may be fuzzed to, kept within [minimum, maximum]."""
    minimum = min(minimum, maximum)
    interval = min(max(interval, float(minimum)), float(maximum))
    delta = _fuzz_delta(interval)
    lower = min(max(_round(interval - delta), minimum), maximum)
    upper = min(max(_round(interval + delta), minimum), maximum)
    if upper == lower and 2 < upper < maximum:
        upper = lower + 1
    return lower, upper


def with_fuzz(factor: float | None, interval: float, minimum: int, maximum: int) -> int:
    """Whole days for an interval: fuzzed within its range, or rounded when fuzz is off."""
    if factor is None:
        minimum = min(minimum, maximum)
        return min(max(_round(interval), minimum), maximum)
    lower, upper = fuzz_bounds(interval, minimum, maximum)
    return math.floor(lower + factor * (1 + upper - lower))


def minimum_for_fuzz(interval: float, previous: int, maximum: int) -> int:
    """The least a passing review may give: more than the previous interval when possible."""
    _lower, upper = fuzz_bounds(interval, 1, maximum)
    if _round(interval) > previous:
        return previous + 1
    if previous <= upper:
        return previous
    return 0


def rust_round(value: float) -> int:
    """Round half away from zero (the rounding every Anki interval uses)."""
    return _round(value)
