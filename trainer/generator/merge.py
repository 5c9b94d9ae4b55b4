"""Merge facts extracted from several documents into the facts of one deck.

One :class:`~trainer.domain.Fact` per (relation, subject, qualifier), holding every object the
documents give it and a :class:`~trainer.domain.Citation` for every place it was read from.

Identifiers
    Source ids are ``doc000``, ``doc001``, ... in the sorted order of the documents' file
    names. Fact ids are ``<slug(subject)>.<relation>``, plus ``.<slug(qualifier)>`` when
    qualified (slug: lower case, ``[a-z0-9-]``); subjects and qualifiers are grouped by their
    slug, so two spellings never produce two facts with one id. Objects are told apart
    after case folding and unifying how ranges are written ("2 to 3 years" = "2-3 years").

Status (nothing generated is ``accepted``: that is an instructor's word)
    ``draft``
        The normal case: generated, studied, open to review. A name the lexicon corrected
        with confidence (flag ``corrected:<as written>-><name>``) stays draft, and the
        note records the correction.
    ``conflict`` (yields no card until an instructor settles it)
        * Disagreement: a single-valued relation (phase_duration, numeric) given different
          values for the same subject and qualifier. One fact holds all the values, with a
          note naming each value and where it was read.
        * Unclear name: a value read from a name the lexicon marks uncertain (flag
          ``uncertain-name:<as written>``, e.g. a machine-translated drug name) or does not
          know at all (``unknown-name:``), and that no cleanly read statement confirms. Such
          a fact must not teach a possibly wrong name. When the same subject has cleanly
          read objects too, those stay in the main fact and the unclear ones go to a
          separate conflict fact ``<id>.unclear``; otherwise the whole fact is a conflict.
          The note says what was read as what, for the instructor to check.
        * Held reading: a statement the extractor read with doubt, below the card threshold
          (flag ``held:<reason>``, see :func:`~trainer.generator.facts.held_for_review`) and
          that no clean reading confirms: one fact ``<id>.held-<value>`` per value, its note
          giving the reason, for the instructor to confirm or reject.
    ``rejected`` (kept in the file for the record, yields no card)
        A statement a reviewer rejected (flag ``rejected:<reason>``, see
        :func:`reject`): it goes to a fact ``<id>.rejected`` with the reason as its note,
        and the subject's other objects are merged as usual.

Evidence sentences are never copied into facts or notes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import TYPE_CHECKING

from trainer.domain import Citation, Fact, FactStatus, Relation
from trainer.generator.facts import HELD
from trainer.generator.lexicon import Lexicon
from trainer.templates import canonical_value, describe_citation, slug

if TYPE_CHECKING:
    from trainer.generator.facts import ExtractedFact

SINGLE_VALUED = frozenset({Relation.PHASE_DURATION, Relation.NUMERIC})
CORRECTED = "corrected:"
UNCLEAR = ("uncertain-name:", "unknown-name:")
REJECTED = "rejected:"
UNCLEAR_SUFFIX = "unclear"
REJECTED_SUFFIX = "rejected"
HELD_SUFFIX = "held"


def reject(item: ExtractedFact, reason: str) -> ExtractedFact:
    """``item`` marked as rejected by a reviewer, for ``reason``."""
    return replace(item, flags=(*item.flags, f"{REJECTED}{reason}"))


def is_held(fact: Fact) -> bool:
    """Whether ``fact`` is a reading the extractor doubted, held for review (see above)."""
    return fact.asks_yes_or_no and fact.id.rsplit(".", 1)[-1].startswith(f"{HELD_SUFFIX}-")


def source_ids(files: Iterable[str]) -> dict[str, str]:
    """File name -> ``doc000``-style id, numbered in sorted order of the names."""
    names = sorted({PurePath(f).name for f in files})
    return {name: f"doc{i:03d}" for i, name in enumerate(names)}


def fact_id(relation: Relation, subject: str, qualifier: str | None) -> str:
    """``"blinatumomab.drug_target"``; ``"remission-rate.numeric.adults"`` when qualified."""
    base = f"{slug(subject)}.{relation.value}"
    return f"{base}.{slug(qualifier)}" if qualifier else base


def merge_facts(
    extracted: Sequence[ExtractedFact],
    *,
    ids: Mapping[str, str] | None = None,
    lexicon: Lexicon | None = None,
) -> list[Fact]:
    """Merge ``extracted`` into deck facts, ordered by relation, then subject, then id.

    ``ids`` maps file names to source ids (default: :func:`source_ids` of the facts' files).
    ``lexicon`` resolves unclear names for the conflict notes ("'X' read as Y").
    """
    if ids is None:
        ids = source_ids(e.file for e in extracted)
    groups: dict[tuple[Relation, str, str], list[ExtractedFact]] = {}
    for item in sorted(extracted, key=_reading_order):
        key = (item.relation, slug(item.subject), slug(item.qualifier) if item.qualifier else "")
        groups.setdefault(key, []).append(item)
    facts: list[Fact] = []
    for items in groups.values():
        facts.extend(_merge_group(items, ids, lexicon))
    order = list(Relation)
    facts.sort(key=lambda f: (order.index(f.relation), f.subject.casefold(), f.id))
    return facts


def _reading_order(item: ExtractedFact) -> tuple[object, ...]:
    return (PurePath(item.file).name, item.lines, item.relation.value, item.subject,
            item.qualifier or "", item.object)


@dataclass(frozen=True, slots=True)
class _Reading:
    """One extracted statement, reduced to what merging needs."""

    item: ExtractedFact
    citation: Citation
    value: str  # comparison key of the object

    @property
    def rejection(self) -> str | None:
        return next((f[len(REJECTED):] for f in self.item.flags if f.startswith(REJECTED)), None)

    @property
    def held_reason(self) -> str | None:
        return next((f[len(HELD):] for f in self.item.flags if f.startswith(HELD)), None)

    @property
    def unclear_flags(self) -> list[str]:
        return [f for f in self.item.flags if f.startswith(UNCLEAR)]

    @property
    def where(self) -> str:
        return describe_citation(PurePath(self.item.file).name, self.item.lines, self.item.page)


def _merge_group(
    items: list[ExtractedFact], ids: Mapping[str, str], lexicon: Lexicon | None
) -> list[Fact]:
    first = items[0]
    base_id = fact_id(first.relation, first.subject, first.qualifier)
    readings = [
        _Reading(i, Citation(ids[PurePath(i.file).name], i.lines, i.page),
                 canonical_value(i.object).casefold())
        for i in items
    ]
    rejected = [r for r in readings if r.rejection is not None]
    kept = [r for r in readings if r.rejection is None]
    sure = [r for r in kept if r.held_reason is None]
    clean = [r for r in sure if not r.unclear_flags]
    confirmed = {r.value for r in clean}
    unclear = [r for r in sure if r.unclear_flags and r.value not in confirmed]
    held: dict[str, list[_Reading]] = {}
    for r in kept:
        if r.held_reason is not None and r.value not in confirmed:
            held.setdefault(r.value, []).append(r)
    facts: list[Fact] = []
    if clean:
        facts.append(_fact(base_id, clean, _clean_status_and_note(first.relation, clean)))
    if unclear:
        note = _unclear_note(unclear, lexicon)
        unclear_id = f"{base_id}.{UNCLEAR_SUFFIX}" if clean else base_id
        facts.append(_fact(unclear_id, unclear, (FactStatus.CONFLICT, note)))
    for value_readings in held.values():
        why = "; ".join(_unique(f"{r.held_reason} ({r.where})" for r in value_readings))
        held_id = f"{base_id}.{HELD_SUFFIX}-{slug(value_readings[0].item.object)}"
        facts.append(_fact(held_id, value_readings,
                           (FactStatus.CONFLICT, f"held for review: {why} — check")))
    if rejected:
        reasons = "; ".join(_unique(f"'{r.item.object}': {r.rejection}" for r in rejected))
        facts.append(_fact(f"{base_id}.{REJECTED_SUFFIX}", rejected,
                           (FactStatus.REJECTED, f"rejected on review: {reasons}")))
    return facts


def _fact(fid: str, readings: list[_Reading], status_note: tuple[FactStatus, str | None]) -> Fact:
    first = readings[0].item
    objects: dict[str, str] = {}
    for r in readings:
        objects.setdefault(r.value, canonical_value(r.item.object))
    citations = coalesce(r.citation for r in readings)
    status, note = status_note
    return Fact(
        id=fid, relation=first.relation, subject=first.subject,
        objects=tuple(objects.values()), sources=tuple(citations), status=status, note=note,
        qualifier=first.qualifier,
    )


def _clean_status_and_note(
    relation: Relation, readings: list[_Reading]
) -> tuple[FactStatus, str | None]:
    values: dict[str, list[_Reading]] = {}
    for r in readings:
        values.setdefault(r.value, []).append(r)
    if relation in SINGLE_VALUED and len(values) > 1:
        files = {PurePath(r.item.file).name for r in readings}
        who = "documents disagree" if len(files) > 1 else "the document gives different values"
        parts = [
            f"'{canonical_value(rs[0].item.object)}' ({'; '.join(_unique(r.where for r in rs))})"
            for rs in values.values()
        ]
        return FactStatus.CONFLICT, f"{who}: " + " vs ".join(parts)
    corrections = _unique(
        flag[len(CORRECTED):].replace("->", " read as ", 1)
        for r in readings for flag in r.item.flags if flag.startswith(CORRECTED)
    )
    note = "name corrected: " + "; ".join(corrections) if corrections else None
    return FactStatus.DRAFT, note


def _unclear_note(readings: list[_Reading], lexicon: Lexicon | None) -> str:
    parts: list[str] = []
    for r in readings:
        for flag in r.unclear_flags:
            kind, _, surface = flag.partition(":")
            read_as = _read_as(surface, r.item, lexicon)
            if kind == "unknown-name":
                parts.append(f"'{surface}' is not a known name ({r.where})")
            elif read_as:
                parts.append(f"'{surface}' read as {read_as} ({r.where})")
            else:
                parts.append(f"'{surface}' ({r.where})")
    return "name unclear in source: " + "; ".join(_unique(parts)) + " — check"


def _read_as(surface: str, item: ExtractedFact, lexicon: Lexicon | None) -> str | None:
    """Which of the fact's names the unclear ``surface`` was normalised to."""
    if lexicon is None:
        return None
    names = {hit.name for hit in lexicon.lookup(surface)}
    for candidate in (item.subject, item.object):
        if candidate in names:
            return candidate
    return None


def coalesce(citations: Iterable[Citation]) -> tuple[Citation, ...]:
    """Citations sorted, with overlapping line ranges of one document and page merged.

    A list cited item by item from its lead-in ("lines 8–9", "lines 8–10", ...) becomes one
    range ("lines 8–14"); ranges that only touch or are apart stay separate.
    """
    ordered = sorted(set(citations), key=lambda c: (c.doc, c.page or 0, c.lines))
    merged: list[Citation] = []
    for citation in ordered:
        last = merged[-1] if merged else None
        if (last is not None and last.doc == citation.doc and last.page == citation.page
                and citation.lines[0] <= last.lines[1]):
            end = max(last.lines[1], citation.lines[1])
            merged[-1] = replace(last, lines=(last.lines[0], end))
        else:
            merged.append(citation)
    return tuple(merged)


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
