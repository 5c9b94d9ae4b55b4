"""Cards a learner adds by hand: basic, reverse, cloze and typed, into a chosen deck.

They are rendered by the same templates as an instructor's hand cards, so a card keeps
its key (and its review history) when it is later exported into the deck's YAML file
and that file imported again. Until then an import of the file leaves them alone.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Engine, func, insert, select

from trainer.clock import Clock
from trainer.deckfile import DeckError, load_deck, write_deck_atomic
from trainer.domain import CardKind, Deck, HandCard
from trainer.services.changes import OpChanges
from trainer.storage import tables as db
from trainer.storage.codec import content_to_json, ms
from trainer.templates.cloze import deletion_numbers
from trainer.templates.hand import render_hand_card

KINDS = (CardKind.BASIC, CardKind.REVERSE, CardKind.CLOZE, CardKind.TYPED)
_TAG = re.compile(r"^[^\s,]+$")


class HandCardError(ValueError):
    """A card that cannot be added or exported; the message says what to change."""


@dataclass(frozen=True, slots=True)
class AddedCard:
    """What adding one hand card changed: its id and the cards it made."""

    deck_id: str
    card_id: str
    card_rows: tuple[int, ...]  # cards table ids (two for reverse, one per cloze deletion)

    @property
    def changes(self) -> OpChanges:
        """New cards to study in one deck."""
        return OpChanges(cards=True, study=True, card_ids=self.card_rows,
                         deck_ids=(self.deck_id,))


def parse_tags(text: str) -> tuple[str, ...]:
    """"ward  night-shift, drugs" -> ("ward", "night-shift", "drugs")."""
    tags = [t for t in re.split(r"[\s,]+", text.strip()) if t]
    return tuple(dict.fromkeys(tags))


class HandCards:
    """Add hand cards to a deck, and write them into the deck's YAML file."""

    def __init__(self, engine: Engine, *, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock

    def add(self, *, deck_id: str, kind: CardKind, front: str, back: str = "",
            tags: tuple[str, ...] = ()) -> AddedCard:
        card = self._check(deck_id=deck_id, kind=kind, front=front, back=back, tags=tags)
        rendered = render_hand_card(card, {})
        with self._engine.begin() as conn:
            taken = {r[0] for r in conn.execute(select(db.cards.c.sibling)
                                                .where(db.cards.c.deck_id == deck_id))}
            card_id, n = card.id, 2
            while card_id in taken:
                card_id, n = f"{card.id}-{n}", n + 1
            if card_id != card.id:
                card = card._replace(id=card_id)
                rendered = render_hand_card(card, {})
            position = int(conn.execute(select(func.coalesce(func.max(db.cards.c.position), -1))
                                        .where(db.cards.c.deck_id == deck_id)).scalar_one()) + 1
            rows: list[int] = []
            for offset, content in enumerate(rendered):
                row_id = conn.execute(insert(db.cards).values(
                    deck_id=deck_id, key=content.key, sibling=content.sibling,
                    kind=content.kind.value, content=content_to_json(content),
                    position=position + offset, removed=False)).inserted_primary_key
                assert row_id is not None
                rows.append(int(row_id[0]))
                conn.execute(insert(db.card_states).values(
                    card_id=rows[-1], deck_id=deck_id, phase=0, due=position + offset, reps=0,
                    lapses=0, suspended=False, buried_until=0))
            conn.execute(insert(db.hand_cards).values(
                deck_id=deck_id, card_id=card.id, kind=card.kind.value, front=card.front,
                back=card.back, tags=json.dumps(list(card.tags), ensure_ascii=False),
                added_at=ms(self._clock.now())))
        return AddedCard(deck_id, card.id, tuple(rows))

    def _check(self, *, deck_id: str, kind: CardKind, front: str, back: str,
               tags: tuple[str, ...]) -> HandCard:
        with self._engine.connect() as conn:
            known = conn.execute(select(db.decks.c.id).where(db.decks.c.id == deck_id)).first()
        if known is None:
            raise HandCardError(f"There is no deck “{deck_id}” any more; choose another deck.")
        try:
            kind = CardKind(kind)  # a view may hand over the enum's text
        except ValueError:
            kind = CardKind.MCQ  # refused just below
        if kind not in KINDS:
            raise HandCardError("Choose basic, reverse, cloze or typed.")
        front, back = front.strip(), back.strip()
        if not front:
            raise HandCardError("The front is empty: write the question (or, for a cloze, "
                                "the sentence).")
        if kind is CardKind.CLOZE and not deletion_numbers(front):
            raise HandCardError("A cloze needs a gap: put the hidden words in {{c1::…}}, "
                                "e.g. “Vincristine is a {{c1::vinca alkaloid}}.”")
        if kind is not CardKind.CLOZE and not back:
            raise HandCardError("The back is empty: write the answer.")
        bad = [t for t in tags if not _TAG.match(t)]
        if bad:
            raise HandCardError(f"The tag “{bad[0]}” has a space or comma in it; separate "
                                "tags with spaces.")
        slug = re.sub(r"[^a-z0-9]+", "-", front.lower()).strip("-")[:40] or "card"
        return HandCard(id=f"mine.{slug}", kind=kind, front=front, back=back, tags=tags)

    def of_deck(self, deck_id: str) -> list[HandCard]:
        with self._engine.connect() as conn:
            rows = conn.execute(select(db.hand_cards).where(db.hand_cards.c.deck_id == deck_id)
                                .order_by(db.hand_cards.c.added_at,
                                          db.hand_cards.c.card_id)).mappings().all()
        return [HandCard(id=r["card_id"], kind=CardKind(r["kind"]), front=r["front"],
                         back=r["back"], tags=tuple(json.loads(r["tags"]))) for r in rows]

    def export(self, *, deck_id: str, target: Path) -> Path:
        """Write the deck's file with the hand cards added to ``target`` (a temporary file
        is renamed, so a failure leaves the old file whole). A deck made in the app, with
        no file, gets a new one holding its hand cards."""
        mine = self.of_deck(deck_id)
        if not mine:
            raise HandCardError("This deck has no cards added by hand to export.")
        with self._engine.connect() as conn:
            row = conn.execute(select(db.decks.c.title, db.decks.c.group_name,
                                      db.decks.c.source_path)
                               .where(db.decks.c.id == deck_id)).first()
        if row is None:
            raise HandCardError(f"There is no deck “{deck_id}” any more.")
        title, group, source = row
        if source:
            try:
                deck = load_deck(Path(source))
            except (DeckError, OSError) as exc:
                raise HandCardError(f"The deck file {source} could not be read ({exc}); "
                                    "put it back, or export to a new file.") from exc
        else:
            deck = Deck(id=deck_id, title=title, group=group)
        written = {c.id for c in deck.cards}
        deck = replace(deck, cards=deck.cards + tuple(c for c in mine if c.id not in written))
        try:
            write_deck_atomic(deck, target)
        except OSError as exc:
            raise HandCardError(f"The deck could not be written to {target} "
                                f"({exc.strerror or exc}); choose a folder you can write "
                                "to.") from exc
        return target
