"""Reviewers' verdicts carried over when a deck is generated again into the same file.

A reviewer records verdicts in the deck file itself (the fact review, Ctrl+Shift+R, or by
hand): a fact ``rejected`` with a note, ``accepted`` as generated, edited (accepted with new
wording), or a conflict settled (accepted, one value kept). Nothing of this lives in code.
When a deck is generated into a file that already holds a deck (``trainer generate -o
existing.yaml``, the app's Generate with the same title, ``trainer generate --bundled``),
the verdicts in that file are merged into the new facts:

* **rejected**: the values a rejected fact holds are rejected again wherever the documents
  state them for the same relation, subject and qualifier. They go to a fact with the same
  id and note, which gives no card. Values the documents state that the reviewer never saw
  stay apart, as drafts.
* **accepted** (as generated, edited or settled): the reviewer's version of the fact (subject,
  answers, qualifier, tags, note, status) replaces the regenerated fact with the same id;
  only the citations are the new ones, so line numbers follow the documents.
* ``draft`` and ``conflict`` are not verdicts: the new reading replaces them.
* a fact the reviewer **wrote** (relation ``note``: a question and its answer, citing the
  lines that state it) is never generated, and is kept as written.

A verdict on a fact the documents no longer give is not carried over; :class:`Carried`
lists it so that the reviewer can look again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.deckfile import load_deck
from trainer.domain import Deck, Fact, FactStatus, Relation
from trainer.generator.merge import reject
from trainer.templates import canonical_value, slug

if TYPE_CHECKING:
    from trainer.generator.facts import ExtractedFact

VERDICTS = frozenset({FactStatus.REJECTED, FactStatus.ACCEPTED})


@dataclass(frozen=True, slots=True)
class Carried:
    """What became of the verdicts of the previous deck file."""

    carried: tuple[str, ...] = ()  # ids of facts that kept a reviewer's verdict
    dropped: tuple[str, ...] = ()  # ids of reviewed facts the documents no longer give

    def summary(self) -> str:
        if not self.carried and not self.dropped:
            return ""
        text = (f"{len(self.carried)} reviewer decision{'s' if len(self.carried) != 1 else ''}"
                " kept from the previous file")
        if self.dropped:
            shown = ", ".join(self.dropped[:5]) + (" …" if len(self.dropped) > 5 else "")
            are = "facts are" if len(self.dropped) != 1 else "fact is"
            text += (f"; {len(self.dropped)} reviewed {are} no longer in the documents and "
                     f"left out ({shown})")
        return text


def previous_deck(path: Path) -> Deck | None:
    """The deck ``path`` holds now, or None when there is no such file.

    Raises :class:`~trainer.deckfile.DeckError` when the file is there but is not a valid deck:
    generating over it would lose whatever it holds.
    """
    if not path.is_file():
        return None
    return load_deck(path)


def _group(relation: Relation, subject: str, qualifier: str | None) -> tuple[Relation, str, str]:
    return relation, slug(subject), slug(qualifier) if qualifier else ""


def _value(text: str) -> str:
    return canonical_value(text).casefold()


def _rejected_values(previous: Deck) -> dict[tuple[Relation, str, str], dict[str, Fact]]:
    """(relation, subject, qualifier) -> rejected value -> the rejected fact holding it."""
    out: dict[tuple[Relation, str, str], dict[str, Fact]] = {}
    for fact in previous.facts:
        if fact.status is FactStatus.REJECTED:
            values = out.setdefault(_group(fact.relation, fact.subject, fact.qualifier), {})
            for obj in fact.objects:
                values.setdefault(_value(obj), fact)
    return out


def mark_rejected(extracted: Iterable[ExtractedFact],
                  previous: Deck | None) -> list[ExtractedFact]:
    """``extracted`` with every statement the previous deck rejected marked rejected again.

    Run before merging, so that merging puts the rejected values in a fact of their own.
    """
    items = list(extracted)
    if previous is None:
        return items
    rejected = _rejected_values(previous)
    out = []
    for item in items:
        fact = rejected.get(_group(item.relation, item.subject, item.qualifier), {}).get(
            _value(item.object))
        out.append(item if fact is None else reject(item, fact.note or "rejected on review"))
    return out


def apply_verdicts(facts: Sequence[Fact], previous: Deck | None) -> tuple[list[Fact], Carried]:
    """Merged ``facts`` with the previous deck's verdicts applied (see the module docstring).

    Expects the facts of a deck merged from statements :func:`mark_rejected` has marked.
    """
    if previous is None:
        return list(facts), Carried()
    before = {f.id: f for f in previous.facts}
    rejected = _rejected_values(previous)
    taken = {f.id for f in facts if f.status is not FactStatus.REJECTED}
    carried: list[str] = []
    out: list[Fact] = []
    for fact in facts:
        if fact.status is FactStatus.REJECTED:
            fact = _as_rejected_before(fact, rejected, taken)
        else:
            old = before.get(fact.id)
            if old is not None and old.status is FactStatus.ACCEPTED:
                fact = replace(old, sources=fact.sources)
        old = before.get(fact.id)
        if old is not None and old.status in VERDICTS and old.status is fact.status:
            carried.append(fact.id)
        out.append(fact)
    ids = {f.id for f in out}
    for old in previous.facts:
        if old.relation is Relation.NOTE and old.status in VERDICTS and old.id not in ids:
            out.append(old)  # written by the reviewer: the generator never makes one
            carried.append(old.id)
    kept = set(carried)
    dropped = tuple(f.id for f in previous.facts if f.status in VERDICTS and f.id not in kept)
    order = list(Relation)
    out.sort(key=lambda f: (order.index(f.relation), f.subject.casefold(), f.id))
    return out, Carried(carried=tuple(carried), dropped=dropped)


def _as_rejected_before(fact: Fact, rejected: dict[tuple[Relation, str, str], dict[str, Fact]],
                        taken: set[str]) -> Fact:
    """A rejected fact under the id and note of the previous rejection its values come from."""
    values = rejected.get(_group(fact.relation, fact.subject, fact.qualifier), {})
    sources = list(dict.fromkeys(values[v].id for v in map(_value, fact.objects) if v in values))
    if len(sources) != 1:
        notes = [values[v].note for v in map(_value, fact.objects) if v in values]
        note = "; ".join(dict.fromkeys(n for n in notes if n)) or fact.note
        return replace(fact, note=note)
    old = next(values[v] for v in map(_value, fact.objects) if v in values)
    fid = old.id if old.id not in taken else fact.id
    return replace(fact, id=fid, note=old.note)
