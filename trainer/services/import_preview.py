"""What importing a deck would change, worked out before anything is written."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from trainer.domain import Deck
from trainer.storage import exchange as rows
from trainer.storage import tables as db
from trainer.storage.codec import content_to_json
from trainer.templates import render_cards

if TYPE_CHECKING:
    from trainer.services.collection import Collection


@dataclass(frozen=True, slots=True)
class DeckPreview:
    deck_id: str
    title: str
    new: int
    changed: int
    unchanged: int
    retired: int
    exists: bool

    def line(self) -> str:
        verb = "update" if self.exists else "new deck"
        retired = f", {self.retired} retired" if self.retired else ""
        return (f"{self.title} ({verb}): {self.new} new, {self.changed} changed, "
                f"{self.unchanged} unchanged{retired} cards")


Existing = dict[str, tuple[int, str, bool]]  # key -> (card id, content JSON, removed)


def compare_deck(conn: Connection, deck: Deck) -> tuple[DeckPreview, Existing, set[str]]:
    """The preview of ``deck``, the cards the collection has for it, and the keys it renders."""
    existing = rows.cards_by_key(conn, deck.id)
    new = changed = unchanged = 0
    seen: set[str] = set()
    for rendered in render_cards(deck):
        seen.add(rendered.key)
        old = existing.get(rendered.key)
        if old is None:
            new += 1
        elif old[1] != content_to_json(rendered) or old[2]:
            changed += 1
        else:
            unchanged += 1
    retired = sum(1 for k, (_i, _c, removed) in existing.items() if k not in seen and not removed)
    preview = DeckPreview(deck.id, deck.title, new, changed, unchanged, retired,
                          exists=bool(existing))
    return preview, existing, seen


def preview_deck_files(collection: Collection, paths: Sequence[Path]) -> str:
    """What importing deck files would change, one line a deck; DeckImportError (with every
    problem as file:line:col) when a file is invalid. Nothing is written."""
    from trainer.services.library import load_decks

    with collection.engine.connect() as conn:
        known = {h: (i, t) for i, t, h in conn.execute(
            select(db.decks.c.id, db.decks.c.title, db.decks.c.content_hash))}
        lines = []
        for _path, deck, _digest in load_decks(paths, known=known):
            if isinstance(deck, Deck):
                lines.append(compare_deck(conn, deck)[0].line())
            else:
                lines.append(f"{deck.title}: already up to date, nothing to change")
    return "\n".join(lines)
