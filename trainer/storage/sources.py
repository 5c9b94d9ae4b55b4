"""Where a card's fact comes from: its citations and the deck's documents."""

from __future__ import annotations

import json

from sqlalchemy import Connection, select

from trainer.domain import Citation
from trainer.storage import tables as db
from trainer.storage.codec import citation_from_dict


def fact_citations(conn: Connection, deck_id: str, fact_id: str) -> list[Citation]:
    """Every citation of one fact, in the deck file's order; [] for a card without a fact."""
    raw = conn.execute(select(db.facts.c.sources).where(
        db.facts.c.deck_id == deck_id, db.facts.c.fact_id == fact_id)).scalar()
    if not raw:
        return []
    found = (citation_from_dict(item) for item in json.loads(raw))
    return [c for c in found if c is not None]


def deck_documents(conn: Connection, deck_id: str) -> dict[str, tuple[str, str | None]]:
    """Source id -> (file name, title or None) for one deck."""
    raw = conn.execute(select(db.decks.c.sources).where(db.decks.c.id == deck_id)).scalar()
    return {s["id"]: (s["file"], s.get("title")) for s in json.loads(raw or "[]")}
