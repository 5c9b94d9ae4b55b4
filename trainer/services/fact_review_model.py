"""The fact review without Qt: what is shown, what each key does, and what it changed.

The review dialog (:mod:`trainer.gui.fact_review`) is a view over this model. The model holds
the state a review needs besides the deck itself (the filter, the search text, the current
fact, each fact's status when the review began) and every rule of the review: which facts
the filter shows, which fact needs attention next, what accept, reject, restore, settle and
edit do. Each action returns a :class:`ReviewChange` naming the fact it changed and the words
for the instructor, and the view refreshes from that instead of re-reading everything.

Nothing changes on disk until :meth:`FactReviewModel.save`; the deck service
(:class:`~trainer.services.authoring.DeckReview`) keeps each fact's id, so learners keep
their history when they import the corrected file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from trainer.domain import Fact, FactStatus
from trainer.services.authoring import DeckReview, Evidence, name_question
from trainer.services.deck_check import Finding
from trainer.services.fact_words import NEEDS_ATTENTION, search_words

#: The filter's choices: (text, statuses shown or None for all).
FILTERS: tuple[tuple[str, frozenset[FactStatus] | None], ...] = (
    ("All facts", None),
    ("Needs attention (conflict + draft)", NEEDS_ATTENTION),
    ("Conflicts", frozenset({FactStatus.CONFLICT})),
    ("Rejected", frozenset({FactStatus.REJECTED})),
)


@dataclass(frozen=True, slots=True)
class ReviewChange:
    """What one action changed, for the view to refresh from."""

    fact: Fact  #: the changed fact as it is now
    message: str  #: the feedback line: what was done and how much still needs attention
    advance: bool  #: go on to the next fact that needs attention
    added: bool = False  #: the fact is new: the table gains a row


@dataclass(frozen=True, slots=True)
class Commands:
    """Which commands apply to the current fact (the view enables its buttons from this)."""

    accept: bool
    reject: bool
    restore: bool  #: R restores a rejected fact instead of rejecting
    edit: bool
    settle: bool
    keep: int  #: how many of the keys 1-9 keep a value of a conflict
    move: bool  #: some fact needs attention, so next and previous have somewhere to go


def attention_candidates(order: Sequence[str], statuses: Mapping[str, FactStatus],
                         from_id: str | None, step: int) -> list[str]:
    """The facts that need attention in ``order``, starting after ``from_id`` and going
    round, forwards (``step`` 1) or backwards (-1); ``from_id`` itself is never one."""
    if not order:
        return []
    start = order.index(from_id) if from_id in order else (-1 if step > 0 else 0)
    found = []
    for k in range(1, len(order) + 1):
        fact_id = order[(start + k * step) % len(order)]
        if fact_id != from_id and statuses.get(fact_id) in NEEDS_ATTENTION:
            found.append(fact_id)
    return found


def error_text(exc: BaseException, path: Path) -> str:
    """A deck that cannot be opened or saved, in words: the file and what went wrong."""
    if isinstance(exc, OSError):
        return f"{path}: {exc.strerror or exc}"
    return str(exc).strip() or f"{path}: {type(exc).__name__}"


class FactReviewModel:
    """One deck file under review: its facts, what the table shows, and the actions."""

    def __init__(self, review: DeckReview) -> None:
        self.review = review
        #: Each fact's status when the review began: R restores a rejected fact to it.
        self.original: Mapping[str, FactStatus] = MappingProxyType(
            {f.id: f.status for f in review.facts})
        self.filter_index = 0
        self.search = ""  # folded, without surrounding spaces
        self.current_id: str | None = None

    @classmethod
    def open(cls, path: Path, *, documents_dir: Path | Sequence[Path] | None
             ) -> FactReviewModel:
        """Open a deck file for review; raises what :class:`DeckReview` raises."""
        return cls(DeckReview(path, documents_dir=documents_dir))

    # -- what there is --------------------------------------------------------------------
    @property
    def facts(self) -> tuple[Fact, ...]:
        return self.review.facts

    @property
    def dirty(self) -> bool:
        return self.review.dirty

    def fact(self, fact_id: str | None) -> Fact | None:
        return next((f for f in self.review.facts if f.id == fact_id), None)

    @property
    def current_fact(self) -> Fact | None:
        return self.fact(self.current_id)

    def evidence(self, fact: Fact) -> list[Evidence]:
        return self.review.evidence(fact)

    def check(self) -> list[Finding]:
        return self.review.check()

    def title(self) -> str:
        """The window title: the deck's title, starred while there are unsaved changes."""
        return f"{self.review.deck.title}{'*' if self.dirty else ''} — Review deck facts"

    # -- what is shown --------------------------------------------------------------------
    @property
    def statuses(self) -> frozenset[FactStatus] | None:
        """The statuses the current filter shows; None for all."""
        return FILTERS[max(0, min(self.filter_index, len(FILTERS) - 1))][1]

    def set_filter(self, index: int, text: str) -> None:
        self.filter_index = max(0, index)
        self.search = text.strip().casefold()

    def shows(self, fact: Fact) -> bool:
        """True when the filter and the search text let ``fact`` into the table."""
        if self.statuses is not None and fact.status not in self.statuses:
            return False
        return not self.search or self.search in search_words(fact)

    def after_filter(self, visible: Sequence[str]) -> str | None:
        """The fact to select once the filter changed: the same one while it is still
        shown, else the first shown, else none."""
        if self.current_id in visible:
            return self.current_id
        return visible[0] if visible else None

    def counts_text(self) -> str:
        """"3 facts · 1 conflict · 1 draft · 1 shown" under the table."""
        facts = self.facts
        by = {s: sum(1 for f in facts if f.status is s) for s in FactStatus}
        # a conflict of one value is a reading to check (a yes/no question), no disagreement
        to_check = sum(1 for f in facts if f.asks_yes_or_no)
        by[FactStatus.CONFLICT] -= to_check
        parts = [f"{len(facts)} fact{'' if len(facts) == 1 else 's'}"]
        if to_check:
            parts.append(f"{to_check} to check")
        for status, one, many in ((FactStatus.CONFLICT, "conflict", "conflicts"),
                                  (FactStatus.DRAFT, "draft", "drafts"),
                                  (FactStatus.REJECTED, "rejected", "rejected")):
            if by[status]:
                parts.append(f"{by[status]} {one if by[status] == 1 else many}")
        shown = sum(1 for f in facts if self.shows(f))
        if shown != len(facts):
            parts.append(f"{shown} shown")
        return " · ".join(parts)

    def filter_labels(self) -> tuple[str, ...]:
        """The filter's choices with how many facts each shows: "Conflicts (1)"."""
        return tuple(f"{text} ({sum(1 for f in self.facts if shown is None or f.status in shown)})"
                     for text, shown in FILTERS)

    def commands(self) -> Commands:
        fact = self.current_fact
        conflict = fact is not None and fact.status is FactStatus.CONFLICT
        return Commands(
            accept=fact is not None and fact.status is not FactStatus.ACCEPTED,
            reject=fact is not None,
            restore=fact is not None and fact.status is FactStatus.REJECTED,
            edit=fact is not None,
            settle=conflict,
            keep=min(9, len(fact.objects)) if fact is not None and conflict else 0,
            move=self.attention_left() > 0)

    # -- moving ---------------------------------------------------------------------------
    def attention_left(self) -> int:
        return sum(1 for f in self.facts if f.status in NEEDS_ATTENTION)

    def next_needing_attention(self, order: Sequence[str], step: int = 1,
                               from_id: str | None = None) -> list[str]:
        """The facts in the table's ``order`` to go to with N (``step`` 1) or K (-1), the
        best first; from the current fact unless ``from_id`` is given."""
        start = self.current_id if from_id is None else from_id
        return attention_candidates(order, {f.id: f.status for f in self.facts}, start, step)

    def nowhere_to_go(self) -> str:
        """Why N or K found no other fact."""
        fact = self.current_fact
        alone = fact is not None and fact.status in NEEDS_ATTENTION
        return ("This is the only fact in view that needs attention." if alone
                else "No fact in view needs attention.")

    def nothing_shown(self) -> str:
        """Why the table is empty, and what brings facts back into it."""
        if not self.facts:
            return ("This deck has no facts yet. Write a question from cited lines with "
                    "Write question (Q).")
        if self.search:
            return "No fact matches the search. Press Esc in the search box to clear it" + (
                ", or choose All facts in Show (Alt+W)." if self.statuses is not None else ".")
        return "No fact is in this view. Choose All facts in Show (Alt+W) to see every fact."

    # -- actions --------------------------------------------------------------------------
    def _done(self, after: Fact, message: str, *, advance: bool,
              added: bool = False) -> ReviewChange:
        left = self.attention_left()
        tail = f" {left} still need attention." if left else " Nothing else needs attention."
        return ReviewChange(after, message + tail, advance=advance, added=added)

    def _require(self, fact_id: str) -> Fact:
        fact = self.fact(fact_id)
        if fact is None:
            raise ValueError(f"The deck has no fact {fact_id!r}.")
        return fact

    @staticmethod
    def accept_settles(fact: Fact) -> bool:
        """Accepting a conflict of several values settles it instead: accepting them all
        would teach a contradiction."""
        return fact.status is FactStatus.CONFLICT and len(fact.objects) > 1

    def accept(self, fact_id: str) -> ReviewChange | None:
        """Mark a fact checked; None when it already is (or must be settled instead)."""
        fact = self._require(fact_id)
        if fact.status is FactStatus.ACCEPTED or self.accept_settles(fact):
            return None
        after = self.review.set_status(fact, FactStatus.ACCEPTED)
        return self._done(after, f"Accepted “{fact.subject}”.", advance=True)

    def restore_status(self, fact: Fact) -> FactStatus:
        """The status R gives a rejected fact back: the one it had when the review began,
        or draft when it was rejected already then (or was written during the review)."""
        was = self.original.get(fact.id, FactStatus.DRAFT)
        return FactStatus.DRAFT if was is FactStatus.REJECTED else was

    def restore(self, fact_id: str) -> ReviewChange:
        fact = self._require(fact_id)
        back = self.restore_status(fact)
        after = self.review.set_status(fact, back)
        return self._done(after, f"Restored “{fact.subject}” as {back.value}.", advance=False)

    def reject(self, fact_id: str, reason: str) -> ReviewChange:
        """Reject with the reviewer's reason; ValueError (in words) for an empty or long one."""
        fact = self._require(fact_id)
        after = self.review.reject(fact, reason)
        return self._done(after, f"Rejected “{fact.subject}”.", advance=True)

    @staticmethod
    def name_question(fact: Fact) -> str | None:
        """The yes/no question S asks for a doubtful name; None for a real disagreement."""
        return name_question(fact)

    def confirm_name(self, fact_id: str, *, right: bool) -> ReviewChange:
        """Yes keeps a doubtful name for learners, No rejects the fact."""
        fact = self._require(fact_id)
        question = name_question(fact)
        after = self.review.confirm(fact, right=right)
        verdict = "Confirmed" if right else "Rejected"
        return self._done(after, f"{verdict} “{fact.subject}”: {question}", advance=True)

    @staticmethod
    def kept_value(fact: Fact, index: int) -> str | None:
        """The value the key ``index + 1`` keeps, or None when there is no such value."""
        return fact.objects[index] if 0 <= index < len(fact.objects) else None

    def settle(self, fact_id: str, keep: str) -> ReviewChange:
        """Keep one value of a conflict; ValueError when it is not one of its values."""
        fact = self._require(fact_id)
        after = self.review.settle(fact, keep)
        return self._done(after, f"Settled “{fact.subject}”: kept “{keep}”.", advance=True)

    def edit(self, fact_id: str, *, subject: str, answers: tuple[str, ...]
             ) -> ReviewChange | None:
        """New subject and answers, and the fact is accepted; None when nothing changes.

        ValueError (in words) when the subject or every answer is empty."""
        fact = self._require(fact_id)
        if subject == fact.subject and answers == fact.objects \
                and fact.status is FactStatus.ACCEPTED:
            return None
        after = self.review.edit(fact, subject=subject, objects=answers)
        return self._done(after, f"Edited “{after.subject}”; it is now accepted.",
                          advance=False)

    def add_question(self, *, question: str, answer: str, source: str,
                     lines: tuple[int, int]) -> ReviewChange:
        """A question written from cited lines; ValueError (in words) when it cannot be."""
        added = self.review.add_question(question=question, answer=answer, source=source,
                                         lines=lines)
        return self._done(added, f"Added the question “{added.subject}”.", advance=False,
                          added=True)

    def save(self) -> Path:
        """Write the deck file (raises DeckError or OSError); returns where."""
        return self.review.save()
