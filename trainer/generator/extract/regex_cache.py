"""Room in Python's regular-expression cache for every pattern the extractor uses.

The readers match a few hundred fixed patterns written inline plus patterns built per
document from its topic's words, some 700 distinct ones per megabyte of text. ``re`` keeps the
last 512 compiled patterns and drops the oldest first, so on a long run the fixed patterns
every sentence needs are pushed out and compiled again and again (about a twentieth of the
time a deck takes). The limit is an implementation detail of CPython's ``re`` module (an
attribute without a public setter); where it is absent nothing changes.
"""

from __future__ import annotations

import re

#: Enough for every distinct pattern of a large import, with room to spare.
CACHE_SIZE = 4096


def make_room(size: int = CACHE_SIZE) -> None:
    """Let ``re`` keep at least ``size`` compiled patterns (never lowers the limit)."""
    current = getattr(re, "_MAXCACHE", None)
    if isinstance(current, int) and current < size:
        re._MAXCACHE = size  # type: ignore[attr-defined]
