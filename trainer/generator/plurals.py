"""The singular of a name's last word, as the shape readers compare it."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def singular(key: str) -> str:
    """"inhibitors" -> "inhibitor", "analogues" -> "analogue", "therapies" -> "therapy"."""
    if key.endswith("ies") and len(key) > 4:
        return key[:-3] + "y"
    if key.endswith("s") and not key.endswith("ss") and len(key) > 3:
        return key[:-1]
    return key
