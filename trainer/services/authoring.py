"""An instructor checking a generated deck: each fact beside its evidence, then save.

Edits keep the fact's id, so learners who already study the deck keep their history
when they import the corrected file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from trainer.deckfile import DeckError, load_deck, write_deck_atomic
from trainer.domain import Citation, Deck, Fact, FactStatus, Relation
from trainer.services.citations import document_lines
from trainer.services.deck_check import Finding, check_deck
from trainer.templates import slug

__all__ = ["DeckError", "DeckReview", "Evidence"]

MAX_NOTE = 500  # characters in a reason, a question or an answer written in the review


@dataclass(frozen=True, slots=True)
class Evidence:
    citation: str
    passage: str | None  # None when the document is not on this machine


class DeckReview:
    """A deck file open for review; nothing changes on disk until :meth:`save`."""

    def __init__(self, path: Path, *, documents_dir: Path | Sequence[Path] | None) -> None:
        self.path = path
        self.deck: Deck = load_deck(path)
        self._documents_dir = documents_dir
        self.dirty = False

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self.deck.facts

    def evidence(self, fact: Fact) -> list[Evidence]:
        """Each cited passage, named by its document's title (and file) when it has one."""
        sources = {s.id: s for s in self.deck.sources}
        out = []
        for cite in fact.sources:
            source = sources.get(cite.doc)
            name = source.file if source is not None else cite.doc
            shown = f"{source.title} ({name})" if source is not None and source.title else name
            a, b = cite.lines
            label = f"{shown}, line {a}" if a == b else f"{shown}, lines {a}\u2013{b}"
            out.append(Evidence(label, self._passage(name, a, b)))
        return out

    def check(self) -> list[Finding]:
        """What a reviewer should look at in the deck as it stands (see :mod:`.deck_check`)."""
        return check_deck(self.deck, documents_dir=self._documents_dir)

    def _passage(self, name: str, a: int, b: int) -> str | None:
        lines = document_lines(name, self._documents_dir)
        if lines is None or not 1 <= a <= len(lines):
            return None
        return "\n".join(lines[a - 1:min(b, len(lines))])

    def _swap(self, old: Fact, new: Fact) -> Fact:
        self.deck = replace(self.deck, facts=tuple(new if f.id == old.id else f
                                                    for f in self.deck.facts))
        self.dirty = True
        return new

    def set_status(self, fact: Fact, status: FactStatus) -> Fact:
        return self._swap(fact, replace(fact, status=status))

    def reject(self, fact: Fact, reason: str) -> Fact:
        """Reject a fact with the reviewer's reason, kept in the deck file as its note."""
        reason = " ".join(reason.split())
        if not reason:
            raise ValueError("Give a reason, so other reviewers know why this fact has no card.")
        if len(reason) > MAX_NOTE:
            raise ValueError(f"Keep the reason under {MAX_NOTE} characters.")
        return self._swap(fact, replace(fact, status=FactStatus.REJECTED,
                                        note=f"rejected on review: {reason}"))

    def add_question(self, *, question: str, answer: str, source: str,
                     lines: tuple[int, int]) -> Fact:
        """A question the reviewer writes from the cited lines (relation ``note``, accepted).

        For what the documents state but no template asks; it is kept when the deck is
        generated again.
        """
        question, answer = " ".join(question.split()), " ".join(answer.split())
        if not question or not answer:
            raise ValueError("A question needs both the question and its answer.")
        if len(question) > MAX_NOTE or len(answer) > MAX_NOTE:
            raise ValueError(f"Keep the question and the answer under {MAX_NOTE} characters.")
        if source not in {s.id for s in self.deck.sources}:
            raise ValueError(f"The deck lists no document {source!r}; choose one it cites.")
        first, last = lines
        if not 1 <= first <= last:
            raise ValueError("The lines must start at 1 or later and end at or after the start.")
        taken = {f.id for f in self.deck.facts} | {c.id for c in self.deck.cards}
        base = f"note.{slug(question)[:60].strip('-')}"
        fid, n = base, 2
        while fid in taken:
            fid, n = f"{base}-{n}", n + 1
        fact = Fact(fid, Relation.NOTE, question, (answer,), (Citation(source, (first, last)),),
                    status=FactStatus.ACCEPTED, note="written on review from the cited lines")
        self.deck = replace(self.deck, facts=(*self.deck.facts, fact))
        self.dirty = True
        return fact

    def settle(self, fact: Fact, keep: str) -> Fact:
        """Resolve a conflict by keeping one of the values the documents gave."""
        if keep not in fact.objects:
            raise ValueError(f"'{keep}' is not one of this fact's values.")
        note = f"settled by instructor: kept '{keep}' of {', '.join(fact.objects)}"
        return self._swap(fact, replace(fact, objects=(keep,), status=FactStatus.ACCEPTED,
                                        note=note))

    def confirm(self, fact: Fact, *, right: bool) -> Fact:
        """Answer :func:`name_question` for a one-value conflict: keep it, or reject it."""
        if not fact.asks_yes_or_no:
            raise ValueError("Only a fact with one unclear value is confirmed this way.")
        question = name_question(fact)
        if right:
            return self._swap(fact, replace(fact, status=FactStatus.ACCEPTED,
                                            note=f"confirmed by instructor: {question} Yes"))
        return self._swap(fact, replace(fact, status=FactStatus.REJECTED,
                                        note=f"rejected by instructor: {question} No"))

    def edit(self, fact: Fact, *, subject: str, objects: tuple[str, ...]) -> Fact:
        objects = tuple(o.strip() for o in objects if o.strip())
        if not subject.strip() or not objects:
            raise ValueError("A fact needs a subject and at least one answer.")
        was = f"{fact.subject}: {', '.join(fact.objects)}"
        return self._swap(fact, replace(fact, subject=subject.strip(), objects=objects,
                                        status=FactStatus.ACCEPTED,
                                        note=f"edited on review; read as {was!r}"))

    def save(self, path: Path | None = None) -> Path:
        target = path or self.path
        write_deck_atomic(self.deck, target)
        self.dirty = False
        return target


# The generator's note on a name it read with doubt: "'Alglucoside' read as cytarabine (...)".
_READ_AS = re.compile(r"'([^']+)' read as ([^(;]+?) \(")


def name_question(fact: Fact) -> str | None:
    """The yes/no question a conflict with a single value asks, or None for a disagreement.

    Such a fact is no disagreement between documents: the generator doubted how it read a
    name ("Is 'Alglucoside' cytarabine?").
    """
    if not fact.asks_yes_or_no:
        return None
    found = _READ_AS.search(fact.note or "")
    if found is not None:
        return f"Is '{found.group(1)}' {found.group(2).strip()}?"
    return f"Is '{fact.objects[0]}' right for {fact.subject}?"
