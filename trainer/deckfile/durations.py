"""Durations written as "30s", "10m", "1.5h" or "2d", read as minutes."""

from __future__ import annotations

import re
from decimal import Decimal

from trainer.deckfile.models import DURATION_PATTERN

_UNIT_MINUTES = {"m": Decimal(1), "h": Decimal(60), "d": Decimal(1440)}
_DURATION = re.compile(DURATION_PATTERN)


def parse_duration(text: str) -> float | None:
    """Minutes in a duration such as "10m", or None when the text is not a duration."""
    match = _DURATION.match(text)
    if match is None:
        return None
    number, unit = Decimal(match.group(1)), match.group(3)
    if unit == "s":
        return float(number / Decimal(60))
    return float(number * _UNIT_MINUTES[unit])


def format_duration(minutes: float) -> str:
    """The shortest plain spelling of ``minutes`` that parses back to exactly the same float."""
    for unit, size in (("d", 1440), ("h", 60), ("m", 1)):
        count = minutes / size
        if count == int(count):
            text = f"{int(count)}{unit}"
            if parse_duration(text) == minutes:
                return text
    seconds = minutes * 60
    if seconds == int(seconds):
        text = f"{int(seconds)}s"
        if parse_duration(text) == minutes:
            return text
    return f"{_plain(minutes)}m"


def _plain(value: float) -> str:
    """A float in positional notation that reads back as the same float."""
    text = repr(value)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    return text
