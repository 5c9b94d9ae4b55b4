"""Reads for exchanging decks with other apps: a deck's content, states and review log."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select

from trainer.storage import tables as db


def deck_rows(conn: Connection, deck_ids: Sequence[str] | None = None,
              group: str | None = None) -> list[Any]:
    """(id, title, group_name, description, file_settings, sources) of the chosen decks."""
    query = select(db.decks.c.id, db.decks.c.title, db.decks.c.group_name,
                   db.decks.c.description, db.decks.c.file_settings, db.decks.c.sources
                   ).order_by(db.decks.c.group_name, db.decks.c.title)
    if deck_ids is not None:
        query = query.where(db.decks.c.id.in_(list(deck_ids)))
    if group is not None:
        query = query.where(db.decks.c.group_name == group)
    return list(conn.execute(query))


def fact_rows(conn: Connection, deck_id: str) -> list[Any]:
    """(fact_id, relation, subject, objects, status, sources) of a deck's current facts."""
    return list(conn.execute(
        select(db.facts.c.fact_id, db.facts.c.relation, db.facts.c.subject, db.facts.c.objects,
               db.facts.c.status, db.facts.c.sources)
        .where(db.facts.c.deck_id == deck_id, db.facts.c.removed.is_(False))))


def card_rows(conn: Connection, deck_id: str) -> list[Any]:
    """(card id, content, user_edit) of a deck's current cards, in study order."""
    return list(conn.execute(
        select(db.cards.c.id, db.cards.c.content, db.cards.c.user_edit)
        .where(db.cards.c.deck_id == deck_id, db.cards.c.removed.is_(False))
        .order_by(db.cards.c.position, db.cards.c.id)))


def state_rows(conn: Connection, deck_id: str) -> list[Any]:
    """(card id, phase, step, stability, difficulty, due, last_review, reps, lapses, suspended)."""
    s = db.card_states.c
    return list(conn.execute(
        select(s.card_id, s.phase, s.step, s.stability, s.difficulty, s.due, s.last_review,
               s.reps, s.lapses, s.suspended).where(s.deck_id == deck_id)))


def review_rows(conn: Connection, deck_id: str) -> list[Any]:
    """(card id, reviewed_at, rating, duration_ms, phase_before, scheduled_days) of a deck."""
    r = db.review_log.c
    return list(conn.execute(
        select(r.card_id, r.reviewed_at, r.rating, r.duration_ms, r.phase_before,
               r.scheduled_days)
        .join(db.cards, db.cards.c.id == r.card_id).where(db.cards.c.deck_id == deck_id)
        .order_by(r.card_id, r.reviewed_at, r.id)))


def cards_by_key(conn: Connection, deck_id: str) -> dict[str, tuple[int, str, bool]]:
    """key -> (card id, content JSON, removed) of every card a deck has had."""
    return {key: (cid, content, bool(removed)) for cid, key, content, removed in conn.execute(
        select(db.cards.c.id, db.cards.c.key, db.cards.c.content, db.cards.c.removed)
        .where(db.cards.c.deck_id == deck_id))}


def cards_with_history(conn: Connection, card_ids: Sequence[int]) -> set[int]:
    """Those of ``card_ids`` the learner has answered (a log entry, or a state past new)."""
    found: set[int] = set()
    ids = list(card_ids)
    for start in range(0, len(ids), 900):  # SQLite's limit on bound parameters
        chunk = ids[start:start + 900]
        found.update(r[0] for r in conn.execute(
            select(db.review_log.c.card_id).where(db.review_log.c.card_id.in_(chunk))
            .distinct()))
        found.update(r[0] for r in conn.execute(
            select(db.card_states.c.card_id).where(db.card_states.c.card_id.in_(chunk),
                                                   db.card_states.c.phase != 0)))
    return found


_STATE_COLUMNS = ("phase", "step", "stability", "difficulty", "due", "last_review", "reps",
                  "lapses", "suspended")


def put_states(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Set card states (dicts with card_id and every card_states column of _STATE_COLUMNS)."""
    if not rows:
        return
    sets = ", ".join(f"{c} = ?" for c in _STATE_COLUMNS)
    conn.exec_driver_sql(  # one executemany: 30,000 states in a fraction of a second
        f"UPDATE card_states SET {sets} WHERE card_id = ?",
        [(*(row[c] for c in _STATE_COLUMNS), row["card_id"]) for row in rows])


def add_reviews(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Append answers to the review log (dicts of review_log columns, without id)."""
    if rows:
        conn.execute(db.review_log.insert(), list(rows))
