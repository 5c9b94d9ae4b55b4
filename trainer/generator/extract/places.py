"""The places of one document a fact is kept from.

A document may state one fact (relation, subject, object, qualifier) in several places: in an
overview, again in a table, again in a summary. Every distinct place is kept, so that the deck
cites each of them, the reviewer sees each, and the passage shown for a card can be the one
that supports it best. Readings whose line ranges overlap are one place, read twice: the
better reading stands for it, as it did when only one reading was kept per fact.
"""

from __future__ import annotations

from collections.abc import Sequence

from trainer.generator.facts import ExtractedFact
from trainer.generator.merge import UNCLEAR

MAX_PLACES = 5  # per fact and document: a deck cites where to look, not every mention


def best_first(reading: ExtractedFact) -> tuple[float, int]:
    """Sort key ranking readings of one fact: higher confidence, then the earlier line."""
    return -reading.confidence, reading.lines[0]


def distinct_places(
    readings: Sequence[ExtractedFact], *, limit: int = MAX_PLACES
) -> list[ExtractedFact]:
    """The readings of one fact in one document to keep, in line order.

    The best reading (highest confidence, then earliest; the first given on a tie) is always
    kept. Others are added best first when their lines overlap none already kept, up to
    ``limit`` places. A reading is added only when it is as clear as the best one (an unclear
    name flag on both or on neither): merging decides from those flags whether a fact is a
    conflict, so another place never changes a clean fact into a conflict or the reverse.
    """
    ranked = sorted(readings, key=best_first)  # stable: the first given wins a tie
    if not ranked:
        return []
    best = ranked[0]
    kept = [best]
    for reading in ranked[1:]:
        if len(kept) >= limit:
            break
        if _unclear(reading) != _unclear(best):
            continue
        if any(_overlap(reading.lines, k.lines) for k in kept):
            continue
        kept.append(reading)
    return sorted(kept, key=lambda r: r.lines)


def _unclear(reading: ExtractedFact) -> bool:
    return any(flag.startswith(UNCLEAR) for flag in reading.flags)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]
