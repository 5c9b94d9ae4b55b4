"""Queue queries over card_states: what is due, what is new, how many of each.

These run on every answer, so they are plain SQL on the DB-API cursor (an ORM statement
costs about 20 times more here), one deck at a time so that each reads the queue index
``(deck_id, suspended, phase, due, buried_until)`` in order without sorting. Counts are
capped with LIMIT so they read at most as many entries as the daily limits allow.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection

from trainer.domain import Phase
from trainer.storage.driver import cursor

_NEW, _LEARN, _REVIEW, _RELEARN = (int(Phase.NEW), int(Phase.LEARNING), int(Phase.REVIEW),
                                   int(Phase.RELEARNING))

_COUNT_NEW = ("SELECT count(*) FROM (SELECT 1 FROM card_states WHERE deck_id=? AND suspended=0 "
              "AND phase=0 AND buried_until<=? LIMIT ?)")
# One per fact: answering a card buries its siblings (cards of the same fact) for the day, so
# a session shows one new card of each. DISTINCT with LIMIT stops once the cap is reached.
_COUNT_NEW_FACTS = ("SELECT count(*) FROM (SELECT DISTINCT c.sibling FROM card_states s "
                    "JOIN cards c ON c.id = s.card_id WHERE s.deck_id=? AND s.suspended=0 "
                    "AND s.phase=0 AND s.buried_until<=? LIMIT ?)")
_COUNT_REVIEW_FACTS = ("SELECT count(*) FROM (SELECT DISTINCT c.sibling FROM card_states s "
                       "JOIN cards c ON c.id = s.card_id WHERE s.deck_id=? AND s.suspended=0 "
                       "AND s.phase=2 AND s.due<? AND s.buried_until<=? LIMIT ?)")
_COUNT_LEARNING = ("SELECT count(*) FROM card_states WHERE deck_id=? AND suspended=0 "
                   "AND phase IN (1, 3) AND due<=? AND buried_until<=?")
_COUNT_REVIEW = ("SELECT count(*) FROM (SELECT 1 FROM card_states WHERE deck_id=? "
                 "AND suspended=0 AND phase=2 AND due<? AND buried_until<=? LIMIT ?)")
_FIRST_BELOW = ("SELECT due, card_id FROM card_states WHERE deck_id=? AND suspended=0 "
                "AND phase=? AND due<? AND buried_until<=? ORDER BY due, card_id LIMIT 1")


def count_new(conn: Connection, deck_id: str, *, now_ms: int, cap: int,
              siblings_buried: bool = False) -> int:
    """New cards a session will show today; with ``siblings_buried``, one per fact."""
    if cap <= 0:
        return 0
    sql = _COUNT_NEW_FACTS if siblings_buried else _COUNT_NEW
    return int(cursor(conn).execute(sql, (deck_id, now_ms, cap)).fetchone()[0])


def count_learning(conn: Connection, deck_id: str, *, until_ms: int, now_ms: int) -> int:
    return int(cursor(conn).execute(_COUNT_LEARNING, (deck_id, until_ms, now_ms)).fetchone()[0])


def count_review(conn: Connection, deck_id: str, *, day_end_ms: int, now_ms: int, cap: int,
                 siblings_buried: bool = False) -> int:
    """Reviews a session will show today; with ``siblings_buried``, one per fact."""
    if cap <= 0:
        return 0
    sql = _COUNT_REVIEW_FACTS if siblings_buried else _COUNT_REVIEW
    return int(cursor(conn).execute(sql, (deck_id, day_end_ms, now_ms, cap)).fetchone()[0])


def totals(conn: Connection) -> dict[str, int]:
    """Cards per deck; changes only on import, so callers may cache it."""
    rows = cursor(conn).execute("SELECT deck_id, count(*) FROM card_states GROUP BY deck_id")
    return {r[0]: int(r[1]) for r in rows}


def decks_with_siblings(conn: Connection) -> frozenset[str]:
    """Decks having a card made from the same fact as another (read from a partial index);
    changes only on import, so callers may cache it."""
    rows = cursor(conn).execute("SELECT DISTINCT deck_id FROM cards WHERE sibling != key")
    return frozenset(r[0] for r in rows)


def count_suspended(conn: Connection, deck_id: str) -> int:
    return int(cursor(conn).execute(
        "SELECT count(*) FROM card_states WHERE deck_id=? AND suspended=1",
        (deck_id,)).fetchone()[0])


def _earliest(conn: Connection, deck_ids: Sequence[str], sql: str, phase: int, bound: int,
              now_ms: int) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for deck_id in deck_ids:
        row = cursor(conn).execute(sql, (deck_id, phase, bound, now_ms)).fetchone()
        if row is not None and (best is None or (row[0], row[1]) < best):
            best = (int(row[0]), int(row[1]))
    return best


def next_learning(conn: Connection, deck_ids: Sequence[str], *, until_ms: int,
                  now_ms: int) -> int | None:
    """The learning or relearning card due first, if due by ``until_ms``.

    One query across decks: few cards are in learning, so sorting them is cheap.
    """
    if not deck_ids:
        return None
    marks = ",".join("?" * len(deck_ids))
    row = cursor(conn).execute(
        f"SELECT card_id FROM card_states WHERE deck_id IN ({marks}) AND suspended=0 "
        "AND phase IN (1, 3) AND due<=? AND buried_until<=? ORDER BY due, card_id LIMIT 1",
        (*deck_ids, until_ms, now_ms)).fetchone()
    return None if row is None else int(row[0])


def first_due(conn: Connection, deck_id: str, *, phase: int, before_ms: int, now_ms: int,
              limit: int) -> list[tuple[int, int]]:
    """Up to ``limit`` (due, card id) of one deck and phase, in queue order, read from the index.

    For new cards ``due`` is the position in the deck.
    """
    if limit <= 0:
        return []
    rows = cursor(conn).execute(
        "SELECT due, card_id FROM card_states WHERE deck_id=? AND suspended=0 AND phase=? "
        "AND due<? AND buried_until<=? ORDER BY due, card_id LIMIT ?",
        (deck_id, phase, before_ms, now_ms, limit)).fetchall()
    return [(int(r[0]), int(r[1])) for r in rows]


def next_review(conn: Connection, deck_ids: Sequence[str], *, day_end_ms: int,
                now_ms: int) -> int | None:
    hit = _earliest(conn, deck_ids, _FIRST_BELOW, _REVIEW, day_end_ms, now_ms)
    return None if hit is None else hit[1]


def next_new(conn: Connection, deck_ids: Sequence[str], *, now_ms: int) -> int | None:
    """The first new card of the first deck that has one (decks in the order given)."""
    for deck_id in deck_ids:
        row = conn.exec_driver_sql(_FIRST_BELOW, (deck_id, _NEW, 1 << 62, now_ms)).fetchone()
        if row is not None:
            return int(row[1])
    return None


def studied_since(conn: Connection, since_ms: int) -> dict[str, tuple[int, int]]:
    """Per deck: (new cards introduced, review cards answered) since an instant."""
    rows = conn.exec_driver_sql(
        "SELECT c.deck_id, "
        "sum(CASE WHEN r.phase_before=0 THEN 1 ELSE 0 END), "
        "sum(CASE WHEN r.phase_before=2 THEN 1 ELSE 0 END) "
        "FROM review_log r JOIN cards c ON c.id=r.card_id "
        "WHERE r.reviewed_at>=? GROUP BY c.deck_id", (since_ms,))
    return {r[0]: (int(r[1] or 0), int(r[2] or 0)) for r in rows}
