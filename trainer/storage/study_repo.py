"""The SQL a study session needs: a card on screen, an answer, burying, undo.

The per-answer statements run on the DB-API cursor, inside the answer's own transaction
(see ``storage/driver.py``); the rare ones (bury, suspend, undo) use SQLAlchemy Core.
Nothing here decides anything: the pure logic in ``services/study_logic.py`` chooses, the
session in ``services/study.py`` drives it, and this module reads and writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from trainer.domain import Phase
from trainer.storage import queues
from trainer.storage import tables as db

STATE_COLUMNS = ("phase", "step", "stability", "difficulty", "due", "last_review", "reps",
                 "lapses", "suspended", "buried_until")
MARK_COLUMNS = ("flag", "leech", "suspended_reason", "note")
_VIEW_SQL = (
    "SELECT c.deck_id, c.content, c.user_edit, "
    + ", ".join(f"s.{col}" for col in STATE_COLUMNS) + ", m.card_id, "
    + ", ".join(f"m.{col}" for col in MARK_COLUMNS)
    + " FROM cards c JOIN card_states s ON s.card_id = c.id "
    "LEFT JOIN card_marks m ON m.card_id = c.id WHERE c.id = ?"
)
_UPDATE_STATE_SQL = ("UPDATE card_states SET phase=?, step=?, stability=?, difficulty=?, due=?, "
                     "last_review=?, reps=?, lapses=?, suspended=? WHERE card_id=?")
_INSERT_LOG_SQL = (
    "INSERT INTO review_log (card_id, reviewed_at, rating, duration_ms, phase_before, "
    "phase_after, state_before, state_after, scheduled_days, elapsed_days) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
SIBLINGS_SQL = (
    "SELECT s.card_id, s.buried_until, s.phase, s.due, s.suspended FROM cards c "
    "JOIN card_states s ON s.card_id = c.id WHERE c.deck_id = ? AND c.sibling = ? "
    "AND c.sibling != c.key AND c.id != ? AND s.phase IN (0, 2)")

Row = dict[str, Any]
ScreenRow = tuple[str, str, str | None, Row, Row | None]


def card_on_screen(conn: Connection, card_id: int) -> ScreenRow | None:
    """Deck, content, the learner's edit, scheduling state and marks, in one query (None
    when the card is gone)."""
    row = queues.cursor(conn).execute(_VIEW_SQL, (card_id,)).fetchone()
    if row is None:
        return None
    state = dict(zip(STATE_COLUMNS, row[3:3 + len(STATE_COLUMNS)], strict=True))
    state["suspended"] = bool(state["suspended"])
    mark_values = row[3 + len(STATE_COLUMNS):]
    mark = None
    if mark_values[0] is not None:
        mark = dict(zip(MARK_COLUMNS, mark_values[1:], strict=True))
        mark["leech"] = bool(mark["leech"])
    return row[0], row[1], row[2], state, mark


def log_review(conn: Connection, values: Sequence[Any]) -> int:
    """Add one review-log row (columns as in the INSERT above); its id."""
    cursor = queues.cursor(conn).execute(_INSERT_LOG_SQL, tuple(values))
    return int(cursor.lastrowid)


def save_state(conn: Connection, card_id: int, state: Row) -> None:
    """Write a card's new schedule (all state columns but buried_until)."""
    queues.cursor(conn).execute(_UPDATE_STATE_SQL, (
        state["phase"], state["step"], state["stability"], state["difficulty"], state["due"],
        state["last_review"], state["reps"], state["lapses"], state["suspended"], card_id))


def bury_siblings(conn: Connection, *, deck_id: str, sibling: str, card_id: int,
                  until_ms: int) -> list[tuple[int, Row]]:
    """Bury a card's new and review siblings until ``until_ms``; each one's state before."""
    cur = queues.cursor(conn)
    rows = cur.execute(SIBLINGS_SQL, (deck_id, sibling, card_id)).fetchall()
    buried = [(int(cid), {"buried_until": int(prev), "phase": int(phase), "due": due,
                          "suspended": bool(suspended)})
              for cid, prev, phase, due, suspended in rows if prev < until_ms]
    if buried:
        cur.executemany("UPDATE card_states SET buried_until=? WHERE card_id=?",
                        [(until_ms, cid) for cid, _ in buried])
    return buried


def mark_leech(conn: Connection, card_id: int) -> None:
    """Mark a card a leech and suspend it for that reason (other marks kept); runs inside the
    answer's own transaction, so on the DB-API cursor."""
    queues.cursor(conn).execute(
        "INSERT INTO card_marks (card_id, flag, leech, suspended_reason) VALUES (?, 0, 1, "
        "'leech') ON CONFLICT(card_id) DO UPDATE SET leech=1, suspended_reason='leech'",
        (card_id,))


def state(conn: Connection, card_id: int) -> Row:
    """A card's scheduling state (on the DB-API cursor: the answer reads it when the card
    on screen was changed meanwhile)."""
    row = queues.cursor(conn).execute(
        f"SELECT {', '.join(STATE_COLUMNS)} FROM card_states WHERE card_id=?",
        (card_id,)).fetchone()
    if row is None:
        raise LookupError(f"card {card_id} has no scheduling state")
    values = dict(zip(STATE_COLUMNS, row, strict=True))
    values["suspended"] = bool(values["suspended"])
    return values


def mark(conn: Connection, card_id: int) -> Row | None:
    """A card's marks (flag, leech, why suspended, note), or None when it has none."""
    row = queues.cursor(conn).execute(
        f"SELECT {', '.join(MARK_COLUMNS)} FROM card_marks WHERE card_id=?",
        (card_id,)).fetchone()
    if row is None:
        return None
    values = dict(zip(MARK_COLUMNS, row, strict=True))
    values["leech"] = bool(values["leech"])
    return values


def set_mark(conn: Connection, card_id: int, **values: Any) -> None:
    exists = conn.execute(select(db.card_marks.c.card_id)
                          .where(db.card_marks.c.card_id == card_id)).first()
    if exists is None:
        base: dict[str, Any] = {"flag": 0, "leech": False, "suspended_reason": None}
        base.update(values)
        conn.execute(insert(db.card_marks).values(card_id=card_id, **base))
    else:
        conn.execute(update(db.card_marks).where(db.card_marks.c.card_id == card_id)
                     .values(**values))


def set_state(conn: Connection, card_id: int, **values: Any) -> None:
    conn.execute(update(db.card_states).where(db.card_states.c.card_id == card_id)
                 .values(**values))


def restore(conn: Connection, card_id: int, state: Row, mark: Row | None,
            siblings: Sequence[tuple[int, Row]], log_id: int | None) -> None:
    """Put a card, its marks and its buried siblings back as they were; drop a log row."""
    set_state(conn, card_id, **{k: state[k] for k in STATE_COLUMNS})
    conn.execute(delete(db.card_marks).where(db.card_marks.c.card_id == card_id))
    if mark is not None:
        conn.execute(insert(db.card_marks).values(card_id=card_id, **mark))
    for sibling_id, previous in siblings:
        set_state(conn, sibling_id, buried_until=previous["buried_until"])
    if log_id is not None:
        conn.execute(delete(db.review_log).where(db.review_log.c.id == log_id))


def review_ratings_since(conn: Connection, deck_ids: Sequence[str], since_ms: int) -> list[int]:
    """Grades given today to cards that were in review, for today's retention."""
    return list(conn.execute(
        select(db.review_log.c.rating)
        .join(db.cards, db.cards.c.id == db.review_log.c.card_id)
        .where(db.review_log.c.reviewed_at >= since_ms,
               db.review_log.c.phase_before == 2,
               db.cards.c.deck_id.in_(deck_ids))).scalars().all())


def learning_cards(conn: Connection, deck_ids: Sequence[str]) -> list[tuple[int, str, int, int]]:
    """(card, deck, due, buried until) of every unsuspended card in (re)learning."""
    if not deck_ids:
        return []
    marks = ",".join("?" * len(deck_ids))
    rows = queues.cursor(conn).execute(
        f"SELECT card_id, deck_id, due, buried_until FROM card_states WHERE deck_id IN "
        f"({marks}) AND suspended=0 AND phase IN (1, 3)", tuple(deck_ids)).fetchall()
    return [(int(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in rows]


def next_batch(conn: Connection, deck_ids: Sequence[str], *, review_left: dict[str, int],
               new_left: dict[str, int], day_end_ms: int, now_ms: int,
               batch: int) -> tuple[list[int], list[int]]:
    """The next reviews (soonest due first) and new cards of some decks, within each deck's
    limit and at most ``batch`` of each kind per deck."""
    reviews: list[tuple[int, int]] = []
    news: list[int] = []
    for deck_id in deck_ids:
        reviews += queues.first_due(conn, deck_id, phase=int(Phase.REVIEW), before_ms=day_end_ms,
                                    now_ms=now_ms, limit=min(review_left[deck_id], batch))
        news += [cid for _due, cid in queues.first_due(
            conn, deck_id, phase=int(Phase.NEW), before_ms=1 << 62, now_ms=now_ms,
            limit=min(new_left[deck_id], batch))]
    return [cid for _due, cid in sorted(reviews)], news
