"""Queue queries over card_states: what is due, what is new, how many of each.

Counts are capped with LIMIT so they read at most as many index entries as the
daily limits allow, however large the collection.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, text

from trainer.domain import Phase

_LEARNING = f"phase IN ({int(Phase.LEARNING)}, {int(Phase.RELEARNING)})"


def _deck_filter(deck_ids: Sequence[str]) -> str:
    return "deck_id IN (" + ",".join(f":d{i}" for i in range(len(deck_ids))) + ")"


def _deck_params(deck_ids: Sequence[str]) -> dict[str, object]:
    return {f"d{i}": d for i, d in enumerate(deck_ids)}


def count_new(conn: Connection, deck_id: str, *, now_ms: int, cap: int) -> int:
    if cap <= 0:
        return 0
    return int(conn.execute(text(
        "SELECT count(*) FROM (SELECT 1 FROM card_states WHERE deck_id=:d AND suspended=0 "
        "AND phase=0 AND buried_until<=:now LIMIT :cap)"),
        {"d": deck_id, "now": now_ms, "cap": cap}).scalar_one())


def count_learning(conn: Connection, deck_id: str, *, until_ms: int, now_ms: int) -> int:
    return int(conn.execute(text(
        f"SELECT count(*) FROM card_states WHERE deck_id=:d AND suspended=0 AND {_LEARNING} "
        "AND due<=:until AND buried_until<=:now"),
        {"d": deck_id, "until": until_ms, "now": now_ms}).scalar_one())


def count_review(conn: Connection, deck_id: str, *, day_end_ms: int, now_ms: int, cap: int) -> int:
    if cap <= 0:
        return 0
    return int(conn.execute(text(
        "SELECT count(*) FROM (SELECT 1 FROM card_states WHERE deck_id=:d AND suspended=0 "
        "AND phase=2 AND due<:end AND buried_until<=:now LIMIT :cap)"),
        {"d": deck_id, "end": day_end_ms, "now": now_ms, "cap": cap}).scalar_one())


def totals(conn: Connection) -> dict[str, tuple[int, int]]:
    """Per deck: (cards in total, suspended)."""
    rows = conn.execute(text(
        "SELECT deck_id, count(*), sum(suspended) FROM card_states GROUP BY deck_id"))
    return {r[0]: (int(r[1]), int(r[2] or 0)) for r in rows}


def next_learning(conn: Connection, deck_ids: Sequence[str], *, until_ms: int,
                  now_ms: int) -> int | None:
    if not deck_ids:
        return None
    row = conn.execute(text(
        f"SELECT card_id FROM card_states WHERE {_deck_filter(deck_ids)} AND suspended=0 "
        f"AND {_LEARNING} AND due<=:until AND buried_until<=:now ORDER BY due, card_id LIMIT 1"),
        {**_deck_params(deck_ids), "until": until_ms, "now": now_ms}).first()
    return None if row is None else int(row[0])


def next_review(conn: Connection, deck_ids: Sequence[str], *, day_end_ms: int,
                now_ms: int) -> int | None:
    if not deck_ids:
        return None
    row = conn.execute(text(
        f"SELECT card_id FROM card_states WHERE {_deck_filter(deck_ids)} AND suspended=0 "
        "AND phase=2 AND due<:end AND buried_until<=:now ORDER BY due, card_id LIMIT 1"),
        {**_deck_params(deck_ids), "end": day_end_ms, "now": now_ms}).first()
    return None if row is None else int(row[0])


def next_new(conn: Connection, deck_ids: Sequence[str], *, now_ms: int) -> int | None:
    if not deck_ids:
        return None
    row = conn.execute(text(
        "SELECT s.card_id FROM card_states s JOIN cards c ON c.id=s.card_id "
        f"WHERE s.{_deck_filter(deck_ids)} AND s.suspended=0 AND s.phase=0 "
        "AND s.buried_until<=:now ORDER BY c.position, c.id LIMIT 1"),
        {**_deck_params(deck_ids), "now": now_ms}).first()
    return None if row is None else int(row[0])


def studied_since(conn: Connection, since_ms: int) -> dict[str, tuple[int, int]]:
    """Per deck: (new cards introduced, review cards answered) since an instant."""
    rows = conn.execute(text(
        "SELECT c.deck_id, "
        "sum(CASE WHEN r.phase_before=0 THEN 1 ELSE 0 END), "
        "sum(CASE WHEN r.phase_before=2 THEN 1 ELSE 0 END) "
        "FROM review_log r JOIN cards c ON c.id=r.card_id "
        "WHERE r.reviewed_at>=:since GROUP BY c.deck_id"), {"since": since_ms})
    return {r[0]: (int(r[1] or 0), int(r[2] or 0)) for r in rows}
