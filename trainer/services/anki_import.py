"""Import from Anki (.apkg, .colpkg): preview first, then write everything or nothing.

The preview reads the package, maps it to decks of facts and hand cards, and compares
them with the collection: new, changed, unchanged and retired cards per deck, the notes
refused and why, and how much review history comes along. Applying it imports the decks
as deck files are imported (cards keep their ids and history) and adds Anki's schedule
and answers only to cards the learner has never answered in Trainer: existing review
history is never touched.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from trainer.domain import Memory, Phase
from trainer.interop.anki.mapping import Mapped, MappedCard, map_package
from trainer.interop.anki.reading import PackageError, read_package
from trainer.services.cancel import CancelToken, Progress
from trainer.services.import_preview import DeckPreview, compare_deck
from trainer.services.library import import_deck_object
from trainer.services.reports import ImportReport
from trainer.storage import exchange as rows
from trainer.storage.codec import memory_to_json, ms

if TYPE_CHECKING:
    from trainer.services.collection import Collection

__all__ = ["AnkiPreview", "DeckPreview", "PackageError", "apply_anki_import",
           "preview_anki_package"]


@dataclass(slots=True)
class AnkiPreview:
    """What an import would do; nothing has been written yet."""

    path: Path
    decks: list[DeckPreview]
    refused: list[str]
    reviews: int  # answers that will be added to the review log
    kept: int  # cards whose Trainer history stays as it is (Anki's is not applied)
    unmapped_reviews: int
    media: list[str]
    _mapped: Mapped = field(repr=False, default_factory=Mapped)
    _digest: str = ""

    def summary(self) -> str:
        lines = []
        for d in self.decks:
            lines.append(d.line())
        lines.append(f"{self.reviews} past answers come with them.")
        if self.kept:
            lines.append(f"{self.kept} cards keep the history they have in Trainer; Anki's "
                         "is left out for them.")
        if self.unmapped_reviews:
            lines.append(f"{self.unmapped_reviews} Anki log entries cannot be mapped (manual "
                         "reschedules, or cards Trainer cannot show).")
        if self.media:
            names = ", ".join(self.media[:5]) + (" …" if len(self.media) > 5 else "")
            lines.append(f"{len(self.media)} pictures or sounds are not imported ({names}): "
                         "Trainer shows text only; the package keeps them for Anki.")
        if self.refused:
            lines.append(f"{len(self.refused)} notes or cards are left out:")
            lines.extend(f"  • {r}" for r in self.refused[:20])
            if len(self.refused) > 20:
                lines.append(f"  … and {len(self.refused) - 20} more.")
        return "\n".join(lines)


def _digest(path: Path) -> str:
    sha = hashlib.sha256(b"anki package\n")
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            sha.update(chunk)
    return sha.hexdigest()


def preview_anki_package(collection: Collection, path: Path, *,
                         progress: Progress | None = None,
                         cancel: CancelToken | None = None) -> AnkiPreview:
    """Read ``path`` and say what importing it would change; PackageError if unreadable."""
    path = Path(path)

    def step(done: int, total: int, message: str) -> None:
        if cancel:
            cancel.check()
        if progress:
            progress(done, total, message)

    step(0, 0, f"Reading {path.name}…")
    package = read_package(path)
    mapped = map_package(package, lambda done, total: step(done, total, "Reading the notes…"))
    if not mapped.decks:
        raise PackageError(f"{path}: the package holds no cards Trainer can show. "
                           + ("; ".join(mapped.refused[:3]) or "It is empty."))
    decks: list[DeckPreview] = []
    kept = reviews = 0
    by_deck: dict[str, list[MappedCard]] = {}
    for card in mapped.cards:
        by_deck.setdefault(card.deck_id, []).append(card)
    with collection.engine.connect() as conn:
        for index, deck in enumerate(mapped.decks.values()):
            step(index, len(mapped.decks), f"Comparing with your collection: {deck.title}")
            preview, existing, seen = compare_deck(conn, deck)
            history = rows.cards_with_history(conn, [existing[c.key][0] for c in
                                                     by_deck.get(deck.id, [])
                                                     if c.key in existing])
            for card in by_deck.get(deck.id, []):
                if card.key in existing and existing[card.key][0] in history:
                    kept += 1 if card.reviews or card.memory.phase is not Phase.NEW else 0
                elif card.key in seen:
                    reviews += len(card.reviews)
            decks.append(preview)
    return AnkiPreview(path=path, decks=decks, refused=mapped.refused, reviews=reviews,
                       kept=kept, unmapped_reviews=mapped.unmapped_reviews, media=mapped.media,
                       _mapped=mapped, _digest=_digest(path))


def apply_anki_import(collection: Collection, preview: AnkiPreview, *,
                      progress: Progress | None = None,
                      cancel: CancelToken | None = None) -> ImportReport:
    """Write what ``preview`` showed, in one transaction: all of it, or nothing."""
    now = collection.clock.now()
    report = ImportReport()
    mapped = preview._mapped
    by_deck: dict[str, list[MappedCard]] = {}
    for card in mapped.cards:
        by_deck.setdefault(card.deck_id, []).append(card)
    total = 2 * len(mapped.decks)  # two steps a deck: its cards, then their history
    with collection.engine.begin() as conn:
        for index, deck in enumerate(mapped.decks.values()):
            if cancel:
                cancel.check()
            if progress:
                progress(2 * index, total, f"{deck.title}: cards")
            digest = hashlib.sha256(f"{preview._digest}:{deck.id}".encode()).hexdigest()
            change = import_deck_object(conn, deck, origin=preview.path, digest=digest, now=now,
                                        cancel=cancel)
            report.decks.append(change)
            if progress:
                progress(2 * index + 1, total, f"{deck.title}: review history")
            if not change.unchanged:
                _add_history(conn, deck.id, by_deck.get(deck.id, []), cancel=cancel)
        if cancel:
            cancel.check()
    if progress:
        progress(total, total, "done")
    collection.content_changed()
    return report


def _add_history(conn: Connection, deck_id: str, cards: list[MappedCard], *,
                 cancel: CancelToken | None) -> None:
    existing = rows.cards_by_key(conn, deck_id)
    targets = [(existing[c.key][0], c) for c in cards if c.key in existing
               and (c.reviews or c.memory.phase is not Phase.NEW or c.suspended)]
    answered = rows.cards_with_history(conn, [i for i, _c in targets])
    states: list[dict[str, object]] = []
    log: list[dict[str, object]] = []
    for count, (card_id, card) in enumerate(targets):
        if cancel and count % 2000 == 0:
            cancel.check()
        if card_id in answered:
            continue  # the learner's own history in Trainer wins, untouched
        m = card.memory
        states.append({"card_id": card_id, "phase": int(m.phase), "step": m.step,
                       "stability": m.stability, "difficulty": m.difficulty,
                       "due": ms(m.due) if m.due else 0,
                       "last_review": ms(m.last_review) if m.last_review else None,
                       "reps": m.reps, "lapses": m.lapses, "suspended": card.suspended})
        for i, r in enumerate(card.reviews):
            after = card.reviews[i + 1].phase_before if i + 1 < len(card.reviews) else m.phase
            before_state = Memory(phase=r.phase_before)
            after_state = Memory(phase=after, due=r.reviewed_at + timedelta(
                days=r.scheduled_days), last_review=r.reviewed_at)
            log.append({"card_id": card_id, "reviewed_at": ms(r.reviewed_at),
                        "rating": int(r.rating), "duration_ms": r.duration_ms,
                        "phase_before": int(r.phase_before), "phase_after": int(after),
                        "state_before": memory_to_json(before_state),
                        "state_after": memory_to_json(after_state),
                        "scheduled_days": r.scheduled_days, "elapsed_days": r.elapsed_days})
    rows.put_states(conn, states)
    rows.add_reviews(conn, log)
