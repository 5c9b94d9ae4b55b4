"""What an Anki export is made of: decks with their cards and, optionally, the schedule.

Plain values filled by the services from the collection (or from a deck file); the
writer turns them into an .apkg without touching the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from trainer.domain import CardContent, Deck, Memory, Phase, Rating


@dataclass(frozen=True, slots=True)
class ExportReview:
    """One answer from Trainer's review log, as Anki's revlog needs it."""

    reviewed_at: datetime
    rating: Rating
    duration_ms: int
    phase_before: Phase
    interval_days: float  # until the next review, as scheduled by this answer
    last_interval_days: float  # the interval before this answer


@dataclass(frozen=True, slots=True)
class CardSchedule:
    """A card's state in Trainer, carried over so Anki continues where Trainer stopped."""

    memory: Memory
    suspended: bool = False
    reviews: tuple[ExportReview, ...] = ()


@dataclass(frozen=True, slots=True)
class ExportDeck:
    """One deck to export: its file-level data (facts, sources, settings) and its cards.

    ``cards`` are the cards as the learner studies them (with the learner's own wording);
    ``schedules`` maps card keys to their states and is empty when exporting content only.
    """

    deck: Deck
    cards: tuple[CardContent, ...]
    schedules: Mapping[str, CardSchedule] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What went into the package."""

    decks: int
    notes: int
    cards: int
    reviews: int

    def summary(self) -> str:
        history = f", {self.reviews} reviews" if self.reviews else ""
        return (f"{self.cards} cards in {self.notes} notes from {self.decks} "
                f"deck{'s' if self.decks != 1 else ''}{history}")
