"""Cards to cram or preview, and the cram log (which never touches card_states)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import Connection

from trainer.storage.queues import cursor


def _in(deck_ids: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    return ",".join("?" * len(deck_ids)), tuple(deck_ids)


def cards_of_decks(conn: Connection, deck_ids: Sequence[str], *, limit: int) -> list[int]:
    """Cards in study of some decks: studied ones soonest due first, then new ones in order."""
    if not deck_ids:
        return []
    marks, ids = _in(deck_ids)
    rows = conn.exec_driver_sql(
        f"SELECT card_id FROM card_states WHERE deck_id IN ({marks}) AND suspended=0 "
        "ORDER BY phase=0, due, card_id LIMIT ?", (*ids, limit))
    return [int(r[0]) for r in rows]


def card_texts(conn: Connection, deck_ids: Sequence[str] | None,
               like: Sequence[str]) -> list[tuple[int, str, str | None]]:
    """(card id, content JSON, learner's edit) of cards in study whose stored text holds every
    ``like`` fragment, soonest due first; callers check the fields themselves."""
    where = ["s.suspended=0"]
    params: list[object] = []
    if deck_ids is not None:
        marks, ids = _in(deck_ids)
        where.append(f"c.deck_id IN ({marks})")
        params += ids
    for fragment in like:
        escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append("(c.content LIKE ? ESCAPE '\\' OR coalesce(c.user_edit, '') LIKE ? "
                     "ESCAPE '\\')")
        params += [f"%{escaped}%", f"%{escaped}%"]
    rows = conn.exec_driver_sql(
        "SELECT c.id, c.content, c.user_edit FROM cards c JOIN card_states s "
        f"ON s.card_id = c.id WHERE {' AND '.join(where)} ORDER BY s.phase=0, s.due, c.id",
        tuple(params))
    return [(int(r[0]), str(r[1]), r[2]) for r in rows]


# A leech carries this tag, as in Anki; it is the learner's leech mark (card_marks.leech),
# so it survives re-importing the deck file, and undoing the answer takes it away.
LEECH_TAG = "leech"


def tags(conn: Connection) -> list[str]:
    """Every tag on a card in the collection, sorted (``leech`` once a card is one)."""
    found: set[str] = set()
    for (content,) in conn.exec_driver_sql(
            "SELECT content FROM cards WHERE removed=0 AND content LIKE '%\"tags\": [%'"):
        found.update(json.loads(content).get("tags", []))
    if conn.exec_driver_sql("SELECT 1 FROM card_marks m JOIN cards c ON c.id = m.card_id "
                            "WHERE m.leech=1 AND c.removed=0 LIMIT 1").first():
        found.add(LEECH_TAG)
    return sorted(found, key=str.casefold)


def leech_cards(conn: Connection, deck_ids: Sequence[str] | None, *,
                in_study_only: bool = True) -> list[int]:
    """Cards tagged ``leech``, soonest due first; suspended ones too unless in study only."""
    where = ["m.leech=1", "c.removed=0"]
    params: tuple[str, ...] = ()
    if in_study_only:
        where.append("s.suspended=0")
    if deck_ids is not None:
        marks, params = _in(deck_ids)
        where.append(f"c.deck_id IN ({marks})")
    rows = conn.exec_driver_sql(
        "SELECT c.id FROM card_marks m JOIN cards c ON c.id = m.card_id "
        "JOIN card_states s ON s.card_id = c.id "
        f"WHERE {' AND '.join(where)} ORDER BY s.phase=0, s.due, c.id", params)
    return [int(r[0]) for r in rows]


def failed_since(conn: Connection, since_ms: int,
                 deck_ids: Sequence[str] | None = None) -> list[int]:
    """Cards in study answered Again in ordinary study since an instant, first failed first."""
    where = ""
    params: list[object] = [since_ms]
    if deck_ids is not None:
        marks, ids = _in(deck_ids)
        where = f" AND s.deck_id IN ({marks})"
        params += list(ids)
    rows = conn.exec_driver_sql(
        "SELECT r.card_id, min(r.reviewed_at) FROM review_log r JOIN card_states s "
        f"ON s.card_id = r.card_id WHERE r.reviewed_at >= ? AND r.rating = 1 "
        f"AND s.suspended = 0{where} GROUP BY r.card_id ORDER BY 2, 1", tuple(params))
    return [int(r[0]) for r in rows]


def still_in_study(conn: Connection, card_id: int) -> bool:
    row = cursor(conn).execute("SELECT 1 FROM card_states WHERE card_id=? AND suspended=0",
                               (card_id,)).fetchone()
    return row is not None


def log_review(conn: Connection, *, card_id: int, reviewed_at: int, rating: int,
               duration_ms: int, mode: str) -> int:
    """Record one cram answer; returns its id (for undo)."""
    cur = cursor(conn)
    cur.execute("INSERT INTO cram_log (card_id, reviewed_at, rating, duration_ms, mode) "
                "VALUES (?, ?, ?, ?, ?)", (card_id, reviewed_at, rating, duration_ms, mode))
    return int(cur.lastrowid)


def unlog_review(conn: Connection, log_id: int) -> None:
    conn.exec_driver_sql("DELETE FROM cram_log WHERE id=?", (log_id,))
