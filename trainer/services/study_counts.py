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

from bisect import bisect_right, insort
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
    # The same cards as (due, card), sorted: the next one and how many are due are found by
    # bisection instead of a pass over every card in learning for each card shown.
    _by_due: list[tuple[int, int]] = field(default_factory=list)
    _ever_buried: set[int] = field(default_factory=set)  # learning cards with a bury date
    # Decks counted one card per fact (siblings are buried): a move there cannot tell whether
    # another card of the same fact still counts, so the deck is read again instead.
    recount: set[str] = field(default_factory=set)
    # Each deck's share of the new and review totals (its count within its limit), and the
    # totals. Only decks whose count or limit moved since (``_dirty``) are worked out again:
    # with a hundred decks, summing and checking them all for each card shown cost more than
    # the rest of the counting.
    _share: dict[str, tuple[int, int]] = field(default_factory=dict)
    _sums: tuple[int, int] | None = None
    _dirty: set[str] = field(default_factory=set)

    def set_deck(self, deck_id: str, *, new: int, new_cap: int, review: int,
                 review_cap: int) -> None:
        """The counts read for one deck, each with the cap it was read with."""
        self.new[deck_id], self.review[deck_id] = new, review
        self.recount.discard(deck_id)
        self._dirty.add(deck_id)
        for kind, count, cap in (("new", new, new_cap), ("review", review, review_cap)):
            if count >= cap:
                self.capped.add((kind, deck_id))
            else:
                self.capped.discard((kind, deck_id))

    def set_learning(self, rows: Iterable[tuple[int, str, int, int]]) -> None:
        self.learning = {card: (due, buried) for card, _deck, due, buried in rows}
        self._by_due = sorted((due, card) for card, (due, _buried) in self.learning.items())
        self._ever_buried = {card for card, (_due, buried) in self.learning.items() if buried}

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
            self._forget_learning(card_id)
            if delta > 0:
                due = int(state["due"])
                buried = int(state["buried_until"] or 0)
                self.learning[card_id] = (due, buried)
                insort(self._by_due, (due, card_id))
                if buried:
                    self._ever_buried.add(card_id)
            return
        if (state["buried_until"] or 0) > now_ms:
            return  # buried: not counted
        if phase == 0:
            self.new[deck_id] = self.new.get(deck_id, 0) + delta
            self._dirty.add(deck_id)
        elif phase == 2 and state["due"] is not None and state["due"] < self.day_end_ms:
            self.review[deck_id] = self.review.get(deck_id, 0) + delta
            self._dirty.add(deck_id)

    def _forget_learning(self, card_id: int) -> None:
        held = self.learning.pop(card_id, None)
        self._ever_buried.discard(card_id)
        if held is not None:
            i = bisect_right(self._by_due, (held[0], card_id)) - 1
            if i >= 0 and self._by_due[i] == (held[0], card_id):
                del self._by_due[i]

    def next_learning(self, *, until_ms: int, now_ms: int) -> int | None:
        """The (re)learning card due first, if due by ``until_ms`` and not buried."""
        for due, card in self._by_due:
            if due > until_ms:
                return None
            if self.learning[card][1] <= now_ms:  # buried learning cards are rare
                return card
        return None

    def touch(self, deck_id: str) -> None:
        """A deck's daily limit changed (the caller keeps the limits)."""
        self._dirty.add(deck_id)

    def mark_recount(self, deck_id: str) -> None:
        """A card moved in a deck counted per fact: read that deck again when next asked."""
        self.recount.add(deck_id)

    def stale(self, new_left: Mapping[str, int], review_left: Mapping[str, int]) -> list[str]:
        """Decks to read again: capped counts that no longer show how many cards are above
        the limit, and decks counted per fact where a card moved.

        Once totals were worked out, only decks whose count or limit moved since can be
        stale: the others were fine then and have not changed.
        """
        if self._sums is None:
            capped = self.capped
        else:
            capped = {(kind, deck) for deck in self._dirty for kind in ("new", "review")
                      if (kind, deck) in self.capped}
        return sorted({deck for kind, deck in capped
                       if (self.new if kind == "new" else self.review).get(deck, 0)
                       < (new_left if kind == "new" else review_left).get(deck, 0)}
                      | self.recount)

    def totals(self, new_left: Mapping[str, int], review_left: Mapping[str, int], *,
               now_ms: int, until_ms: int) -> tuple[int, int, int]:
        """New, learning and review cards left today, within the daily limits."""
        if self._sums is None:
            self._share.clear()
            decks: Iterable[str] = self.new.keys() | self.review.keys()
            new = review = 0
        else:
            decks = self._dirty
            new, review = self._sums
        for d in decks:
            old = self._share.get(d, (0, 0))
            share = (max(0, min(self.new.get(d, 0), new_left.get(d, 0))),
                     max(0, min(self.review.get(d, 0), review_left.get(d, 0))))
            self._share[d] = share
            new += share[0] - old[0]
            review += share[1] - old[1]
        self._sums = (new, review)
        self._dirty.clear()
        learning = bisect_right(self._by_due, (until_ms, 1 << 62)) - sum(
            1 for card in self._ever_buried
            if self.learning[card][0] <= until_ms and self.learning[card][1] > now_ms)
        return new, learning, review
