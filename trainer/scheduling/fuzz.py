"""Interval fuzz, as Anki applies it: a small spread so cards learned together drift apart.

The fuzz is one number in [0, 1) drawn per card shown, from a seed made of the card and its
review count. The button labels and the answer use the same number, so a label always
shows the interval the answer then schedules.
"""

from __future__ import annotations

import math

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
    # Anki's bands: the spread grows by 0.15 days per day of interval from 2.5 to 7 days,
    # 0.10 from 7 to 20 and 0.05 beyond. Unrolled, because this runs six times per card
    # shown; the bands are added in order, so the sum is bit for bit the plain loop's.
    if interval < 2.5:
        return 0.0
    delta = 1.0 + 0.15 * ((interval if interval < 7.0 else 7.0) - 2.5)
    if interval > 7.0:
        delta += 0.10 * ((interval if interval < 20.0 else 20.0) - 7.0)
        if interval > 20.0:
            delta += 0.05 * (interval - 20.0)
    return delta


def _round(value: float) -> int:
    """Round half away from zero, as Rust's f32::round does (Python rounds half to even)."""
    return math.floor(value + 0.5) if value >= 0 else -math.floor(-value + 0.5)


def _clamp(value: int, minimum: int, maximum: int) -> int:
    return minimum if value < minimum else maximum if value > maximum else value


def fuzz_bounds(interval: float, minimum: int, maximum: int) -> tuple[int, int]:
    """The range of days an interval may be fuzzed to, kept within [minimum, maximum]."""
    if minimum > maximum:
        minimum = maximum
    if interval < minimum:
        interval = float(minimum)
    elif interval > maximum:
        interval = float(maximum)
    delta = _fuzz_delta(interval)
    lower = _clamp(_round(interval - delta), minimum, maximum)
    upper = _clamp(_round(interval + delta), minimum, maximum)
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
