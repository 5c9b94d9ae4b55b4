"""The values a quiz is made of: its set-up, its questions, the answers and the report.

Frozen dataclasses, so a view can hold them without fearing that the controller changes
them under it. A quiz is practice, kept apart from FSRS: none of these carries a rating.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from trainer.domain import Citation
from trainer.services.changes import NOTHING, OpChanges


class QuestionKind(StrEnum):
    """How a question is answered."""

    MCQ = "mcq"
    TYPED = "typed"
    ORDER = "order"


class Feedback(StrEnum):
    """When the learner learns whether an answer was right."""

    EACH = "each"  # after every question
    END = "end"  # only in the report, as in an exam


class Direction(StrEnum):
    """Which way a fact is asked: subject -> object, object -> subject, or as written."""

    FORWARD = "forward"
    REVERSE = "reverse"
    CARD = "card"  # a hand-written card or a deck-wide one (the order of the phases)


@dataclass(frozen=True, slots=True)
class QuizSetup:
    """What the learner chose. Empty filters mean "all"."""

    deck_ids: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()
    count: int = 10
    time_limit_s: int | None = None  # a countdown for the whole quiz; None: untimed
    kinds: frozenset[QuestionKind] = frozenset({QuestionKind.MCQ})
    feedback: Feedback = Feedback.EACH


@dataclass(frozen=True, slots=True)
class QuizOptions:
    """What a set-up can choose from in this collection."""

    decks: tuple[tuple[str, str], ...]  # (id, title)
    tags: tuple[str, ...]
    relations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Question:
    """One question of a quiz, ready to show; ``answer`` is the right answer as text."""

    position: int
    kind: QuestionKind
    direction: Direction
    prompt: str
    answer: str
    deck_id: str
    deck_title: str
    card_id: int | None
    fact_id: str | None = None
    relation: str | None = None
    tags: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()  # mcq, in display order
    correct_choice: int | None = None
    items: tuple[str, ...] = ()  # order: the right order
    shuffled_items: tuple[str, ...] = ()  # order: as first shown
    source: Citation | None = None
    source_file: str | None = None
    explanation: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    """One answered (or unanswered) question."""

    position: int
    given: str  # the learner's answer as text; "" when not answered
    correct: bool
    duration_ms: int
    answered_at: datetime
    close: bool = False  # a typed answer with a small typo, counted right

    @property
    def answered(self) -> bool:
        return bool(self.given)


@dataclass(frozen=True, slots=True)
class ScoreLine:
    """A score for one part of a quiz: "drug → target: 7/10"."""

    label: str
    correct: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.total) if self.total else 0

    def __str__(self) -> str:
        return f"{self.label}: {self.correct}/{self.total}"


@dataclass(frozen=True, slots=True)
class ReportLine:
    """One question as the report lists it."""

    position: int
    prompt: str
    answer: str
    given: str
    correct: bool
    seconds: float
    deck_title: str
    relation_label: str
    card_id: int | None
    citation: str = ""  # where it comes from: document and lines
    passage: str | None = None  # the passage itself, when the document is here


@dataclass(frozen=True, slots=True)
class QuizReport:
    """Everything the score report shows, and what its PDF or PNG holds."""

    quiz_id: int
    title: str
    started_at: datetime
    finished_at: datetime
    overall: ScoreLine
    by_deck: tuple[ScoreLine, ...]
    by_tag: tuple[ScoreLine, ...]
    by_relation: tuple[ScoreLine, ...]
    lines: tuple[ReportLine, ...]
    time_limit_s: int | None = None
    missed_sent_at: datetime | None = None

    @property
    def missed(self) -> tuple[ReportLine, ...]:
        return tuple(line for line in self.lines if not line.correct)

    @property
    def seconds(self) -> float:
        return sum(line.seconds for line in self.lines)


@dataclass(frozen=True, slots=True)
class QuizSummary:
    """One past quiz in the history."""

    quiz_id: int
    title: str
    started_at: datetime
    correct: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.total) if self.total else 0


@dataclass(frozen=True, slots=True)
class SentToTomorrow:
    """What "study the missed cards tomorrow" changed."""

    card_ids: tuple[int, ...]
    due: datetime
    already_sent: bool = False
    skipped: tuple[str, ...] = field(default_factory=tuple)  # why some were left alone

    @property
    def changes(self) -> OpChanges:
        """The missed cards now due tomorrow (nothing when they had been sent already)."""
        if self.already_sent or not self.card_ids:
            return NOTHING
        return OpChanges(study=True, card_ids=self.card_ids)
