"""What an operation changed, so that views refresh only what they show (after Anki's OpChanges).

Every mutating service operation returns one :class:`OpChanges`. A view never guesses what
to reload: the main window hands the record to each view, and a view refreshes only when a
flag it depends on is set. The record is a plain frozen value with no Qt in it, so a unit
test can check what an operation says it changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class OpChanges:
    """Which kinds of data one operation changed, and the cards and decks it touched.

    ``card_ids`` and ``deck_ids`` are filled where they are known for free; an empty tuple
    with the flag set means "some, not listed" (a view then reloads all it shows).
    """

    cards: bool = False  # card content, tags, marks (flags, leech), cards added or removed
    study: bool = False  # scheduling state: due dates, phases, burying, suspension
    decks: bool = False  # decks added, removed, renamed or moved between groups
    deck_config: bool = False  # deck options, presets, exam dates, daily limits
    review_log: bool = False  # review history rows added or removed
    card_ids: tuple[int, ...] = ()
    deck_ids: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        """True when anything changed at all."""
        return (self.cards or self.study or self.decks or self.deck_config
                or self.review_log)

    def __or__(self, other: OpChanges) -> OpChanges:
        """The changes of two operations together (each flag and id of either)."""
        return OpChanges(
            cards=self.cards or other.cards, study=self.study or other.study,
            decks=self.decks or other.decks, deck_config=self.deck_config or other.deck_config,
            review_log=self.review_log or other.review_log,
            card_ids=_union(self.card_ids, other.card_ids),
            deck_ids=_union(self.deck_ids, other.deck_ids))

    @property
    def deck_counts(self) -> bool:
        """Whether the deck list's numbers (new, learning, due, totals, titles) may differ.

        ``cards`` alone (an edit, a tag, a flag) moves no count; adding, moving or deleting
        cards also sets ``study``, as it changes what a deck has to study.
        """
        return self.study or self.decks or self.deck_config

    @property
    def card_rows(self) -> bool:
        """Whether a list of cards (the browser's rows) may show something else now."""
        return self.cards or self.study or self.decks


NOTHING = OpChanges()
"""An operation that changed nothing (a cancelled action, an undo with nothing to undo)."""


def study_changes(card_ids: Iterable[int], deck_ids: Iterable[str], *,
                  review_log: bool = False, marks: bool = False) -> OpChanges:
    """The changes of a study action on some cards: their schedule, maybe a log row or mark."""
    return OpChanges(cards=marks, study=True, review_log=review_log,
                     card_ids=_union((), card_ids), deck_ids=_union((), deck_ids))


def _union(first: tuple[_T, ...], second: Iterable[_T]) -> tuple[_T, ...]:
    """Both in order, each once."""
    return tuple(dict.fromkeys((*first, *second)))
