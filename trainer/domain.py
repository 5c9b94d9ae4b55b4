"""Plain, immutable value objects shared by every layer.

Nothing here imports a third-party package: the deck file, the generator, storage,
scheduling, services and the GUI all speak in these types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, StrEnum
from typing import NamedTuple


class Relation(StrEnum):
    """Kinds of fact the generator extracts; names are part of the public JSONL interface."""

    DRUG_TARGET = "drug_target"
    DRUG_CLASS = "drug_class"
    PHASE_DURATION = "phase_duration"
    PHASE_DRUGS = "phase_drugs"
    MARKER = "marker"
    RISK_FACTOR = "risk_factor"
    SYMPTOM_CAUSE = "symptom_cause"
    PROGNOSTIC_FACTOR = "prognostic_factor"
    NUMERIC = "numeric"
    # Facts written by hand by an instructor that fit none of the above.
    NOTE = "note"


class FactStatus(StrEnum):
    """Review state of a fact. Only accepted facts yield cards."""

    ACCEPTED = "accepted"
    DRAFT = "draft"  # generated, not yet checked by an instructor: still studied
    CONFLICT = "conflict"  # documents disagree; no card until an instructor settles it
    REJECTED = "rejected"

    @property
    def yields_cards(self) -> bool:
        return self in (FactStatus.ACCEPTED, FactStatus.DRAFT)


class CardKind(StrEnum):
    """How a card is shown and answered."""

    BASIC = "basic"
    REVERSE = "reverse"  # only in deck files: expands to two basic cards
    CLOZE = "cloze"
    TYPED = "typed"
    MCQ = "mcq"
    ORDER = "order"


class Rating(IntEnum):
    """The four answer grades, numbered as the keys 1-4."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


class CardQueue(StrEnum):
    """Where a card sits for the learner right now."""

    NEW = "new"
    LEARNING = "learning"
    REVIEW = "review"


class Phase(IntEnum):
    """Where a card is in its life; NEW has never been answered (values match FSRS states)."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


@dataclass(frozen=True, slots=True)
class Memory:
    """A card's scheduling state, as stored; the scheduler computes the next one."""

    phase: Phase = Phase.NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0


class Flag(IntEnum):
    NONE = 0
    RED = 1
    ORANGE = 2
    GREEN = 3
    BLUE = 4


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a fact or card comes from: a source id of the deck and a 1-based line range."""

    doc: str
    lines: tuple[int, int]
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """A document a deck cites."""

    id: str
    file: str
    sha256: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement read from a document: subject -relation-> object(s)."""

    id: str
    relation: Relation
    subject: str
    objects: tuple[str, ...]
    sources: tuple[Citation, ...] = ()
    tags: tuple[str, ...] = ()
    status: FactStatus = FactStatus.ACCEPTED
    note: str | None = None  # e.g. why a fact is a conflict, or a correction made
    qualifier: str | None = None  # e.g. "adults", "children" for numeric facts

    @property
    def asks_yes_or_no(self) -> bool:
        """A conflict of one value: a name or a reading the generator doubted, which an
        instructor confirms or rejects, rather than a disagreement between documents."""
        return self.status is FactStatus.CONFLICT and len(self.objects) == 1


@dataclass(frozen=True, slots=True)
class Choice:
    text: str
    correct: bool = False


class HandCard(NamedTuple):
    """A card an instructor wrote by hand in the deck file.

    A named tuple rather than a frozen dataclass, like CardContent: loading a deck makes one
    per card, and a tuple is made four times faster.
    """

    id: str
    kind: CardKind
    front: str = ""  # basic/reverse/typed/mcq/order: the question; cloze: text with {{c1::...}}
    back: str = ""  # basic/reverse/typed: the answer; cloze/mcq/order: optional explanation
    choices: tuple[Choice, ...] = ()  # mcq
    items: tuple[str, ...] = ()  # order: in the right order
    source: Citation | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DeckSettings:
    """Scheduling settings a deck file proposes; a learner may override them locally."""

    desired_retention: float = 0.90
    new_per_day: int = 20
    reviews_per_day: int = 200
    learning_steps_minutes: tuple[float, ...] = (1.0, 10.0)
    relearning_steps_minutes: tuple[float, ...] = (10.0,)
    maximum_interval_days: int = 36500


@dataclass(frozen=True, slots=True)
class Deck:
    """A whole deck file, parsed and validated."""

    id: str
    title: str
    description: str = ""
    group: str = ""  # topic shown as a folder in the deck tree, e.g. "ALL"
    sources: tuple[Source, ...] = ()
    facts: tuple[Fact, ...] = ()
    cards: tuple[HandCard, ...] = ()
    settings: DeckSettings = field(default_factory=DeckSettings)
    format_version: int = 1


class CardContent(NamedTuple):
    """What a learner sees for one card, rendered from a fact template or a hand card.

    ``key`` is stable within its deck (``"<fact id>/<template>"`` or a hand card's id);
    review history follows it across re-imports. ``sibling`` groups cards of one fact.
    A named tuple: every import renders every card (change one with ``_replace``).
    """

    key: str
    sibling: str
    kind: CardKind  # never REVERSE
    prompt: str
    answer: str
    choices: tuple[str, ...] = ()  # mcq, in display order
    correct_choice: int | None = None  # mcq: index into choices
    items: tuple[str, ...] = ()  # order: correct order
    shuffled_items: tuple[str, ...] = ()  # order: the order first shown
    explanation: str = ""
    source: Citation | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CardView:
    """A card as the study controller hands it to a view."""

    card_id: int
    deck_id: str
    content: CardContent
    queue: CardQueue
    flag: Flag = Flag.NONE
    source_file: str | None = None  # file name of the cited source, when known


@dataclass(frozen=True, slots=True)
class DeckCounts:
    deck_id: str
    title: str
    group: str
    new: int
    learning: int
    review: int
    total: int = 0
    suspended: int = 0


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    """One answer as stored in the review log."""

    card_id: int
    reviewed_at: datetime
    rating: Rating
    duration_ms: int
    scheduled_days: float
    elapsed_days: float
