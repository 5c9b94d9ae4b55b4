"""Exam dates, and the card states an exam plan reads."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, delete, insert, select, update

from trainer.storage import tables as db

DECK, GROUP = "deck", "group"


def exam_dates(conn: Connection) -> dict[tuple[str, str], date]:
    """Every exam date, keyed by (scope kind, scope)."""
    rows = conn.execute(select(db.exam_dates.c.scope_kind, db.exam_dates.c.scope,
                               db.exam_dates.c.exam_on))
    return {(kind, scope): day for kind, scope, day in rows}


def set_exam_date(conn: Connection, *, scope_kind: str, scope: str, exam_on: date | None,
                  now_ms: int) -> None:
    """Set (or with None, clear) the exam date of a deck or group."""
    where = (db.exam_dates.c.scope_kind == scope_kind) & (db.exam_dates.c.scope == scope)
    if exam_on is None:
        conn.execute(delete(db.exam_dates).where(where))
        return
    done = conn.execute(update(db.exam_dates).where(where).values(exam_on=exam_on,
                                                                  set_at=now_ms))
    if done.rowcount == 0:
        conn.execute(insert(db.exam_dates).values(scope_kind=scope_kind, scope=scope,
                                                  exam_on=exam_on, set_at=now_ms))


def deck_groups(conn: Connection) -> dict[str, str]:
    """Deck id -> group name."""
    return {r[0]: r[1] for r in conn.execute(select(db.decks.c.id, db.decks.c.group_name))}


def studied_states(conn: Connection, deck_id: str) -> list[tuple[float, float, int, int]]:
    """(stability, difficulty, due ms, last review ms) of every studied card in study."""
    rows = conn.exec_driver_sql(
        "SELECT stability, difficulty, due, last_review FROM card_states WHERE deck_id=? "
        "AND suspended=0 AND phase!=0 AND stability IS NOT NULL AND last_review IS NOT NULL",
        (deck_id,))
    return [(float(r[0]), float(r[1] or 5.0), int(r[2]), int(r[3])) for r in rows]


def count_in_study(conn: Connection, deck_id: str) -> tuple[int, int]:
    """(new, all) cards of a deck that are not suspended."""
    row = conn.exec_driver_sql(
        "SELECT sum(CASE WHEN phase=0 THEN 1 ELSE 0 END), count(*) FROM card_states "
        "WHERE deck_id=? AND suspended=0", (deck_id,)).one()
    return int(row[0] or 0), int(row[1] or 0)
