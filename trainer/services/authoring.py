"""An instructor checking a generated deck: each fact beside its evidence, then save.

Edits keep the fact's id, so learners who already study the deck keep their history
when they import the corrected file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from trainer.deckfile import DeckError, load_deck, write_deck_atomic
from trainer.domain import Deck, Fact, FactStatus
from trainer.generator.ingest import IngestError, read_document
from trainer.services.deck_check import Finding, check_deck

__all__ = ["DeckError", "DeckReview", "Evidence"]


@dataclass(frozen=True, slots=True)
class Evidence:
    citation: str
    passage: str | None  # None when the document is not on this machine


class DeckReview:
    """A deck file open for review; nothing changes on disk until :meth:`save`."""

    def __init__(self, path: Path, *, documents_dir: Path | None) -> None:
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
        if self._documents_dir is None:
            return None
        try:
            lines = read_document(self._documents_dir / name).lines
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
