"""Reading numbers, ranges and durations in answers ("2-3 years", "80% to 90%").

Used to tell two ways of writing the same value apart from two different values, and to
keep a multiple-choice distractor from overlapping the right answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = r"(\d+(?:\.\d+)?)"
_RANGE = re.compile(
    rf"(?:between\s+{_NUMBER}(?:\s*(%))?\s+and\s+{_NUMBER}(?:\s*(%))?)"
    rf"|(?:{_NUMBER}(?:\s*(%))?\s*(?:-|–|—|\bto\b)\s*{_NUMBER}(?:\s*(%))?)",
    re.IGNORECASE,
)
_SINGLE = re.compile(rf"{_NUMBER}(?:\s*(%))?")
_UNIT_DAYS = {
    "day": 1.0,
    "week": 7.0,
    "month": 30.4,
    "year": 365.25,
}
_UNIT_WORD = re.compile(r"\b(day|week|month|year)s?\b", re.IGNORECASE)
_AT_LEAST = re.compile(r"\b(?:above|over|more than|at least|exceeding)\b|>", re.IGNORECASE)
_AT_MOST = re.compile(r"\b(?:under|below|less than|up to|at most)\b|<", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A value or range in one unit: ``percent``, ``days`` (durations) or ``number``."""

    low: float
    high: float
    unit: str

    def overlaps(self, other: Quantity, *, margin: float = 0.0) -> bool:
        """True when the ranges touch, or come within ``margin`` (a fraction of the larger)."""
        pad = margin * max(abs(self.high), abs(other.high))
        return self.low - pad <= other.high and other.low - pad <= self.high


def canonical_value(text: str) -> str:
    """One spelling per value: ``"2 to 3 years"`` and ``"2–3 years"`` -> ``"2-3 years"``.

    ``"80% to 90%"`` -> ``"80-90%"``; whitespace collapsed; other text unchanged.
    """
    text = " ".join(text.split())

    def _range(match: re.Match[str]) -> str:
        low, high, percent = _range_parts(match)
        return f"{low}-{high}{'%' if percent else ''}"

    return _RANGE.sub(_range, text)


def _range_parts(match: re.Match[str]) -> tuple[str, str, bool]:
    """(low, high, is_percent) from a match of ``_RANGE`` (either of its two forms)."""
    groups = match.groups()
    part = groups[:4] if groups[0] is not None else groups[4:]
    return part[0], part[2], bool(part[1] or part[3])


def parse_quantity(text: str) -> Quantity | None:
    """The number or range in ``text`` with its unit, or None when there is no number."""
    text = canonical_value(text)
    match = _RANGE.search(text)
    if match:
        first, last, percent = _range_parts(match)
        low, high = float(first), float(last)
        rest = text[match.end():]
    else:
        single = _SINGLE.search(text)
        if not single:
            return None
        low = high = float(single.group(1))
        percent = bool(single.group(2))
        rest = text[single.end():]
    # "above 85%" is open upwards, "under 25 years" downwards.
    if _AT_LEAST.search(text):
        high = 100.0 if percent else float("inf")
    if _AT_MOST.search(text):
        low = 0.0
    if percent:
        return Quantity(low, high, "percent")
    unit = _UNIT_WORD.search(rest)
    if unit:
        factor = _UNIT_DAYS[unit.group(1).lower()]
        return Quantity(low * factor, high * factor, "days")
    return Quantity(low, high, "number")
