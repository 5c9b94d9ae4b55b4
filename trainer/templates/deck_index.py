"""Look-ups across a whole deck that single-fact templates need.

A reverse card is only fair when its answer is unique in the deck, and a distractor only
when it is clearly not a right answer: both are decided from these tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from trainer.domain import Deck, Fact, FactStatus, Relation, Source
from trainer.templates.quantities import canonical_value

_Table = dict[Relation, dict[str, set[str]]]


def value_key(text: str) -> str:
    """How two answers are compared: case folded, spacing and range spelling unified."""
    return canonical_value(text).casefold()


@dataclass(frozen=True, slots=True)
class DeckIndex:
    """The facts of a deck, grouped for the templates. Rejected facts are left out.

    Conflict facts stay in: their values are unsettled, so they still make an answer
    ambiguous, but they never supply a distractor or a card.
    """

    facts: tuple[Fact, ...]
    sources: dict[str, Source]
    topic: str  # the deck's group, e.g. "ALL"; "" when the deck has none
    _subjects_by_object: _Table
    _objects_by_subject: _Table

    @classmethod
    def of(cls, deck: Deck) -> DeckIndex:
        kept = tuple(f for f in deck.facts if f.status is not FactStatus.REJECTED)
        subjects_by_object: _Table = {}
        objects_by_subject: _Table = {}
        for fact in kept:
            subject = fact.subject.casefold()
            by_subject = objects_by_subject.setdefault(fact.relation, {})
            by_object = subjects_by_object.setdefault(fact.relation, {})
            for obj in fact.objects:
                key = value_key(obj)
                by_subject.setdefault(subject, set()).add(key)
                by_object.setdefault(key, set()).add(subject)
        return cls(
            kept, {s.id: s for s in deck.sources}, deck.group.strip(),
            subjects_by_object, objects_by_subject,
        )

    def with_relation(self, relation: Relation, *, studied_only: bool = False) -> Iterator[Fact]:
        """Kept facts with ``relation``; only those that yield cards when ``studied_only``."""
        for fact in self.facts:
            if fact.relation is relation and (not studied_only or fact.status.yields_cards):
                yield fact

    def subjects_of(self, relation: Relation, obj: str) -> set[str]:
        """Case-folded subjects of every kept fact that gives ``obj`` under ``relation``."""
        return self._subjects_by_object.get(relation, {}).get(value_key(obj), set())

    def objects_of_subject(self, relation: Relation, subject: str) -> set[str]:
        """Value keys of every object any kept fact gives ``subject`` under ``relation``."""
        return self._objects_by_subject.get(relation, {}).get(subject.casefold(), set())

    def objects_of(self, relation: Relation) -> set[str]:
        """Value keys of every object of every kept fact with ``relation``."""
        return set(self._subjects_by_object.get(relation, {}))
