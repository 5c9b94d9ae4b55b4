"""An instructor checking a generated deck: each fact beside its evidence, then save.

Edits keep the fact's id, so learners who already study the deck keep their history
when they import the corrected file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from trainer.config import find_document
from trainer.deckfile import DeckError, load_deck, write_deck_atomic
from trainer.domain import Deck, Fact, FactStatus
from trainer.generator.ingest import IngestError, read_document

__all__ = ["DeckError", "DeckReview", "Evidence"]


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
        files = {s.id: s.file for s in self.deck.sources}
        out = []
        for cite in fact.sources:
            name = files.get(cite.doc, cite.doc)
            a, b = cite.lines
            label = f"{name}, line {a}" if a == b else f"{name}, lines {a}\u2013{b}"
            out.append(Evidence(label, self._passage(name, a, b)))
        return out

    def _passage(self, name: str, a: int, b: int) -> str | None:
        found = find_document(name, self._documents_dir)
        if found is None:
            return None
        try:
            lines = read_document(found).lines
        except IngestError:
            return None
        if not 1 <= a <= len(lines):
            return None
        return "\n".join(lines[a - 1:min(b, len(lines))])

    def _swap(self, old: Fact, new: Fact) -> Fact:
        self.deck = replace(self.deck, facts=tuple(new if f.id == old.id else f
                                                    for f in self.deck.facts))
        self.dirty = True
        return new

    def set_status(self, fact: Fact, status: FactStatus) -> Fact:
        return self._swap(fact, replace(fact, status=status))

    def settle(self, fact: Fact, keep: str) -> Fact:
        """Resolve a conflict by keeping one of the values the documents gave."""
        if keep not in fact.objects:
            raise ValueError(f"'{keep}' is not one of this fact's values.")
        note = f"settled by instructor: kept '{keep}' of {', '.join(fact.objects)}"
        return self._swap(fact, replace(fact, objects=(keep,), status=FactStatus.ACCEPTED,
                                        note=note))

    def confirm(self, fact: Fact, *, right: bool) -> Fact:
        """Answer :func:`name_question` for a one-value conflict: keep it, or reject it."""
        if fact.status is not FactStatus.CONFLICT or len(fact.objects) != 1:
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
        return self._swap(fact, replace(fact, subject=subject.strip(), objects=objects,
                                        status=FactStatus.ACCEPTED))

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
    if fact.status is not FactStatus.CONFLICT or len(fact.objects) != 1:
        return None
    found = _READ_AS.search(fact.note or "")
    if found is not None:
        return f"Is '{found.group(1)}' {found.group(2).strip()}?"
    return f"Is '{fact.objects[0]}' right for {fact.subject}?"
