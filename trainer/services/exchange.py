"""Exchange with Anki: export decks, a group or the whole collection as an .apkg.

The content goes out as the learner studies it (with their own wording); with
``with_schedule`` the card states and review log go too, so Anki carries on where
Trainer stopped.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.domain import (
    CardContent,
    Citation,
    Deck,
    Fact,
    FactStatus,
    Memory,
    Phase,
    Rating,
    Relation,
    Source,
)
from trainer.interop.anki import CardSchedule, ExportDeck, ExportResult, ExportReview, write_apkg
from trainer.storage import exchange as rows
from trainer.storage.codec import content_from_json, from_ms

if TYPE_CHECKING:
    from trainer.services.collection import Collection


class ExportFailed(ValueError):
    """The package could not be written; the message says where and what to do.

    A ValueError, so every caller that words bad input for the user words this too.
    """


def _citations(raw: str) -> tuple[Citation, ...]:
    return tuple(Citation(doc=c["doc"], lines=(int(c["lines"][0]), int(c["lines"][1])),
                          page=c.get("page")) for c in json.loads(raw))


def _fact(row: Any) -> Fact | None:
    fact_id, relation, subject, objects, status, sources = row
    try:
        return Fact(id=fact_id, relation=Relation(relation), subject=subject,
                    objects=tuple(json.loads(objects)), sources=_citations(sources),
                    status=FactStatus(status))
    except ValueError:
        return None  # a relation this version does not know: its cards still go out


def _with_qualifiers(deck: Deck, stored: dict[str, CardContent]) -> Deck:
    """The deck with its facts' qualifiers ("adults"), which the collection keeps only in
    the cards' wording and the fact id (``<subject>.<relation>.<qualifier>``).

    A qualifier is taken only when rendering the fact with it gives the stored cards, so
    a note read back from Anki renders exactly the cards the learner had.
    """
    from trainer.templates import render_cards

    def differs(candidate: Deck) -> set[str]:
        return {c.sibling for c in render_cards(candidate)
                if c.key in stored and stored[c.key] != c}

    wrong = differs(deck)
    if not wrong:
        return deck
    guessed = tuple(
        replace(f, qualifier=f.id.split(f".{f.relation.value}.", 1)[1].replace("-", " "))
        if f.id in wrong and f".{f.relation.value}." in f.id else f for f in deck.facts)
    still = differs(replace(deck, facts=guessed))
    facts = tuple(g if g.id not in still else f for f, g in zip(deck.facts, guessed,
                                                                 strict=True))
    return replace(deck, facts=facts)


def _memory(row: Any) -> Memory:
    _cid, phase, step, stability, difficulty, due, last_review, reps, lapses, _s = row
    return Memory(phase=Phase(phase), step=step, stability=stability, difficulty=difficulty,
                  due=from_ms(due) if phase != Phase.NEW else None,
                  last_review=from_ms(last_review), reps=reps, lapses=lapses)


def _reviews(review_rows: list[Any]) -> dict[int, tuple[ExportReview, ...]]:
    out: dict[int, list[ExportReview]] = {}
    for card_id, at, rating, duration, phase_before, scheduled in review_rows:
        previous = out.setdefault(card_id, [])
        last = previous[-1].interval_days if previous else 0.0
        when = from_ms(at)
        assert when is not None
        previous.append(ExportReview(reviewed_at=when, rating=Rating(rating),
                                     duration_ms=duration, phase_before=Phase(phase_before),
                                     interval_days=scheduled, last_interval_days=last))
    return {k: tuple(v) for k, v in out.items()}


def collect_exports(collection: Collection, *, deck_ids: Sequence[str] | None = None,
                    group: str | None = None, with_schedule: bool = False) -> list[ExportDeck]:
    """The chosen decks (all when neither ``deck_ids`` nor ``group`` is given) as exports."""
    exports: list[ExportDeck] = []
    with collection.engine.connect() as conn:
        for deck_id, title, group_name, description, _settings, sources in rows.deck_rows(
                conn, deck_ids, group):
            facts = tuple(f for f in map(_fact, rows.fact_rows(conn, deck_id)) if f is not None)
            deck = Deck(id=deck_id, title=title, description=description, group=group_name,
                        sources=tuple(Source(id=s["id"], file=s["file"], sha256=s.get("sha256"),
                                             title=s.get("title")) for s in json.loads(sources)),
                        facts=facts, settings=collection.deck_settings(deck_id))
            cards = rows.card_rows(conn, deck_id)
            stored = [content_from_json(content) for _id, content, _edit in cards]
            # The learner's wording goes out; the deck's own decides the qualifiers.
            contents = tuple(content_from_json(content, edit) if edit else card
                             for (_id, content, edit), card in zip(cards, stored, strict=True))
            deck = _with_qualifiers(deck, {c.key: c for c in stored})
            schedules: dict[str, CardSchedule] = {}
            if with_schedule:
                key_of = {card_id: c.key for (card_id, _c, _e), c in zip(cards, contents,
                                                                          strict=True)}
                reviews = _reviews(rows.review_rows(conn, deck_id))
                for state in rows.state_rows(conn, deck_id):
                    key = key_of.get(state[0])
                    if key is not None:
                        schedules[key] = CardSchedule(memory=_memory(state),
                                                      suspended=bool(state[9]),
                                                      reviews=reviews.get(state[0], ()))
            exports.append(ExportDeck(deck=deck, cards=contents, schedules=schedules))
    if deck_ids is not None:
        missing = sorted(set(deck_ids) - {e.deck.id for e in exports})
        if missing:
            raise ExportFailed(f"There is no deck with id '{missing[0]}' in this collection. "
                               "Check the id with 'trainer decks'.")
    if not exports:
        raise ExportFailed("There is nothing to export: the chosen decks are not in this "
                           "collection. Import a deck first, or choose another group.")
    return exports


def export_collection(collection: Collection, output: Path, *,
                      deck_ids: Sequence[str] | None = None, group: str | None = None,
                      with_schedule: bool = False) -> ExportResult:
    """Write the chosen decks of ``collection`` to ``output`` as an Anki package."""
    exports = collect_exports(collection, deck_ids=deck_ids, group=group,
                              with_schedule=with_schedule)
    return write_package(exports, output, now=collection.clock.now(),
                         with_schedule=with_schedule)


def export_deck(deck: Deck, output: Path, *, now: datetime) -> ExportResult:
    """Write one deck file's cards (no schedule: a file has none) as an Anki package."""
    from trainer.templates import render_cards

    return write_package([ExportDeck(deck=deck, cards=tuple(render_cards(deck)))], output,
                         now=now, with_schedule=False)


def write_package(exports: Sequence[ExportDeck], output: Path, *, now: datetime,
                  with_schedule: bool) -> ExportResult:
    """Write ``exports``; an unwritable place becomes an ExportFailed saying what to do."""
    if output.suffix.lower() not in (".apkg", ""):
        raise ExportFailed(f"{output}: Trainer writes Anki packages as .apkg files. "
                           "Choose a file name ending in .apkg.")
    if output.suffix == "":
        output = output.with_suffix(".apkg")
    try:
        return write_apkg(exports, output, now=now, with_schedule=with_schedule)
    except OSError as exc:
        raise ExportFailed(f"{output}: the file could not be written "
                           f"({exc.strerror or exc}). Choose a folder you can write to, "
                           "with some free space.") from exc


__all__ = ["ExportFailed", "collect_exports", "export_collection", "export_deck",
           "write_package"]
