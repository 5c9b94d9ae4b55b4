"""The counts on the review screen, kept up to date in memory as cards move.

Counting with SQL for every card shown costs three queries per deck; at a million cards that
was most of an answer's time. The counts are read once (per day), then each answer, bury,
suspension or undo moves the card (and any sibling it buries) from one place to another.
Pure logic: the session reads the rows and tells this object what changed.

New and review counts are read with a cap a little above the daily limit (SQL ``LIMIT``),
so they stay cheap on big decks. Answers lower the count and the limit together; when other
moves (burying, suspending) eat into the margin of a capped count, the session reads that
deck again (:meth:`DueCounts.stale`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

MARGIN = 64
"""Cards counted beyond a deck's daily limit, so a few buried cards need no recount."""


@dataclass(slots=True)
class DueCounts:
    """Available new and due review cards per deck, and the cards in (re)learning."""

    day_end_ms: int
    new: dict[str, int] = field(default_factory=dict)
    review: dict[str, int] = field(default_factory=dict)
    capped: set[tuple[str, str]] = field(default_factory=set)  # (kind, deck) read up to a cap
    learning: dict[int, tuple[int, int]] = field(default_factory=dict)  # card -> due, buried
    # Decks counted one card per fact (siblings are buried): a move there cannot tell whether
    # another card of the same fact still counts, so the deck is read again instead.
    recount: set[str] = field(default_factory=set)

    def set_deck(self, deck_id: str, *, new: int, new_cap: int, review: int,
                 review_cap: int) -> None:
        """The counts read for one deck, each with the cap it was read with."""
        self.new[deck_id], self.review[deck_id] = new, review
        self.recount.discard(deck_id)
        for kind, count, cap in (("new", new, new_cap), ("review", review, review_cap)):
            if count >= cap:
                self.capped.add((kind, deck_id))
            else:
                self.capped.discard((kind, deck_id))

    def set_learning(self, rows: Iterable[tuple[int, str, int, int]]) -> None:
        self.learning = {card: (due, buried) for card, _deck, due, buried in rows}

    def move(self, deck_id: str, card_id: int, before: Mapping[str, Any] | None,
             after: Mapping[str, Any] | None, *, now_ms: int) -> None:
        """A card's state changed from ``before`` to ``after`` (None: out of study)."""
        self._place(deck_id, card_id, before, -1, now_ms)
        self._place(deck_id, card_id, after, +1, now_ms)

    def _place(self, deck_id: str, card_id: int, state: Mapping[str, Any] | None, delta: int,
               now_ms: int) -> None:
        if state is None or state["suspended"]:
            return
        phase = state["phase"]
        if phase in (1, 3):
            if delta > 0:
                self.learning[card_id] = (int(state["due"]), int(state["buried_until"] or 0))
            else:
                self.learning.pop(card_id, None)
            return
        if (state["buried_until"] or 0) > now_ms:
            return  # buried: not counted
        if phase == 0:
            self.new[deck_id] = self.new.get(deck_id, 0) + delta
        elif phase == 2 and state["due"] is not None and state["due"] < self.day_end_ms:
            self.review[deck_id] = self.review.get(deck_id, 0) + delta

    def next_learning(self, *, until_ms: int, now_ms: int) -> int | None:
        """The (re)learning card due first, if due by ``until_ms`` and not buried."""
        due = [(d, card) for card, (d, buried) in self.learning.items()
               if d <= until_ms and buried <= now_ms]
        return min(due)[1] if due else None

    def stale(self, new_left: Mapping[str, int], review_left: Mapping[str, int]) -> list[str]:
        """Decks to read again: capped counts that no longer show how many cards are above
        the limit, and decks counted per fact where a card moved."""
        return sorted({deck for kind, deck in self.capped
                       if (self.new if kind == "new" else self.review).get(deck, 0)
                       < (new_left if kind == "new" else review_left).get(deck, 0)}
                      | self.recount)

    def totals(self, new_left: Mapping[str, int], review_left: Mapping[str, int], *,
               now_ms: int, until_ms: int) -> tuple[int, int, int]:
        """New, learning and review cards left today, within the daily limits."""
        new = sum(max(0, min(count, new_left.get(d, 0))) for d, count in self.new.items())
        review = sum(max(0, min(count, review_left.get(d, 0)))
                     for d, count in self.review.items())
        learning = sum(1 for due, buried in self.learning.values()
                       if due <= until_ms and buried <= now_ms)
        return new, learning, review
