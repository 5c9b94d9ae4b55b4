"""What the card browser shows: one row per card, card info, and the record of a change.

Plain frozen values built from storage rows; the browser window only displays them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from trainer.domain import CardContent, CardKind, Flag, Phase, Rating
from trainer.scheduling.forgetting import recall
from trainer.services.changes import NOTHING, OpChanges
from trainer.storage.codec import from_ms

DAY_MS = 86_400_000

# Sortable columns, in the order the browser shows them.
COLUMNS: tuple[str, ...] = ("question", "answer", "deck", "relation", "due", "interval",
                            "stability", "difficulty", "retrievability", "lapses", "reviews",
                            "added", "flag")


@dataclass(frozen=True, slots=True)
class BrowseRow:
    card_id: int
    deck_id: str
    deck: str  # the deck title
    question: str
    answer: str
    relation: str  # "" for a hand-written card
    kind: CardKind
    phase: Phase
    due: datetime | None  # None for a new card
    new_position: int | None  # a new card's place in its deck's order
    interval_days: float | None
    stability: float | None
    difficulty: float | None
    retrievability: float | None
    lapses: int
    reviews: int
    added: datetime | None
    flag: Flag
    suspended: bool
    buried: bool
    leech: bool
    tags: tuple[str, ...]


def row_from_storage(values: dict[str, Any], *, now_ms: int,
                     parameters: Sequence[float] | None) -> BrowseRow:
    # Only the fields a row shows: a page of rows is read each time the list scrolls, and
    # building whole CardContent values took most of that time.
    content = json.loads(values["content"])
    prompt, answer = content["prompt"], content["answer"]
    if values["user_edit"]:
        edit = json.loads(values["user_edit"])
        prompt, answer = edit.get("prompt", prompt), edit.get("answer", answer)
    file_tags = tuple(content.get("tags", ()))
    phase = Phase(values["phase"])
    studied = phase is not Phase.NEW
    last, stability = values["last_review"], values["stability"]
    interval = ((values["due"] - last) / DAY_MS) if studied and last is not None else None
    r = (recall((now_ms - last) / DAY_MS, stability, parameters)
         if studied and last is not None and stability else None)
    title = values["deck_title"]
    own = tuple(values.get("own_tags", ()))
    return BrowseRow(
        card_id=int(values["id"]), deck_id=values["deck_id"],
        deck=title,
        question=_one_line(prompt), answer=_one_line(answer),
        relation=values["relation"] or "", kind=CardKind(content["kind"]), phase=phase,
        due=from_ms(values["due"]) if studied else None,
        new_position=None if studied else int(values["due"]),
        interval_days=interval, stability=stability if studied else None,
        difficulty=values["difficulty"] if studied else None, retrievability=r,
        lapses=int(values["lapses"]), reviews=int(values["reps"]),
        added=from_ms(values["added_at"]) if values["added_at"] else None,
        flag=Flag(values["flag"]), suspended=bool(values["suspended"]),
        buried=values["buried_until"] > now_ms, leech=bool(values["leech"]),
        tags=file_tags + tuple(t for t in own if t not in file_tags))


def _one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class ReviewStep:
    """One answer to a card and the FSRS memory it left."""

    reviewed_at: datetime
    rating: Rating
    duration_ms: int
    phase_before: Phase
    phase_after: Phase
    stability: float | None
    difficulty: float | None
    due: datetime | None
    elapsed_days: float
    scheduled_days: float


def step_from_storage(row: tuple[Any, ...]) -> ReviewStep:
    at, rating, duration, before, after, state_after, scheduled, elapsed = row
    state = json.loads(state_after) if state_after else {}
    return ReviewStep(
        reviewed_at=from_ms(at) or datetime.min, rating=Rating(rating), duration_ms=duration,
        phase_before=Phase(before), phase_after=Phase(after),
        stability=state.get("stability"), difficulty=state.get("difficulty"),
        due=from_ms(state.get("due")), elapsed_days=float(elapsed),
        scheduled_days=float(scheduled))


@dataclass(frozen=True, slots=True)
class CardInfo:
    """Everything about one card: its row, its content, every review, and its source."""

    row: BrowseRow
    content: CardContent
    reviews: tuple[ReviewStep, ...]
    citation: str  # where the card comes from, in words ("" for none)
    passage: str | None  # the cited lines, when the document is on this computer


@dataclass(frozen=True, slots=True)
class BrowseChange:
    """What one browser action (or its undo) changed."""

    action: str  # suspend, unsuspend, bury, flag, tag, untag, reset, due, move, delete, undo
    card_ids: tuple[int, ...]
    message: str  # one sentence for the status bar
    rows_changed: bool = False  # cards left (delete) or came back (undo of a delete)
    changes: OpChanges = NOTHING  # what the rest of the app must show anew


# Browser actions that change what study shows (a card's schedule, or whether it is in
# study at all), and those that change what is written on or about a card.
_STUDY_ACTIONS = frozenset({"suspend", "unsuspend", "bury", "reset", "due", "move", "delete"})
_CARD_ACTIONS = frozenset({"suspend", "unsuspend", "flag", "tag", "untag", "move", "delete"})


def browse_changes(action: str, card_ids: Sequence[int]) -> OpChanges:
    """What a browser action (or its undo, which puts the same rows back) changed."""
    return OpChanges(cards=action in _CARD_ACTIONS, study=action in _STUDY_ACTIONS,
                     card_ids=tuple(card_ids))
