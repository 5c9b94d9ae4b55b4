"""Stable identifiers and seeded randomness for rendered cards.

Card keys carry a learner's review history across re-imports, so they are built only
from a deck's own ids and text, never from ``hash()`` (salted per process) or the clock.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Lower-case ``text`` to ``[a-z0-9-]``: accents dropped, other runs become one dash.

    >>> slug("Inotuzumab ozogamicin (Besponsa®)")
    'inotuzumab-ozogamicin-besponsa'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    result = _NOT_SLUG.sub("-", ascii_text.casefold()).strip("-")
    if result:
        return result
    # Nothing left (e.g. Greek letters only): a short digest keeps ids distinct and stable.
    return "x" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def stable_rng(key: str) -> random.Random:
    """A generator seeded from a SHA-256 of ``key``: the same key draws the same numbers."""
    seed = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")
    return random.Random(seed)


def fact_card_key(fact_id: str, template: str) -> str:
    """The key of a card made from a fact: ``"<fact id>/<template>"``."""
    return f"{fact_id}/{template}"
