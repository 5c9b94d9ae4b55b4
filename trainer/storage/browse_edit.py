"""Changes the browser makes to many cards at once, and the snapshots that undo them.

Before every change the rows it may touch are copied (:func:`snapshot`); putting the
copy back (:func:`restore`) undoes the change exactly. The review log is never written
here: deleting a card hides it and keeps its history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from trainer.storage.browse import chunks

DELETED = "deleted"  # card_marks.suspended_reason of a card deleted in the browser
_STATE_COLUMNS = ("card_id", "deck_id", "phase", "step", "stability", "difficulty", "due",
                  "last_review", "reps", "lapses", "suspended", "buried_until")
_MARK_COLUMNS = ("card_id", "flag", "leech", "suspended_reason", "note")


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The rows of some cards as they were before a change."""

    card_ids: tuple[int, ...]
    cards: tuple[tuple[Any, ...], ...]  # (id, deck_id, removed)
    states: tuple[tuple[Any, ...], ...]
    marks: tuple[tuple[Any, ...], ...]
    tags: tuple[tuple[Any, ...], ...]  # (card_id, tag)


def _select(conn: Connection, sql: str, ids: Sequence[int]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for part in chunks(ids):
        out += [tuple(r) for r in conn.exec_driver_sql(
            sql.format(marks=",".join("?" * len(part))), tuple(part))]
    return out


def _run(conn: Connection, sql: str, ids: Sequence[int], *before: Any) -> None:
    for part in chunks(ids):
        conn.exec_driver_sql(sql.format(marks=",".join("?" * len(part))), (*before, *part))


def snapshot(conn: Connection, ids: Sequence[int]) -> Snapshot:
    return Snapshot(
        card_ids=tuple(ids),
        cards=tuple(_select(conn, "SELECT id, deck_id, removed FROM cards "
                                  "WHERE id IN ({marks})", ids)),
        states=tuple(_select(conn, f"SELECT {', '.join(_STATE_COLUMNS)} FROM card_states "
                                   "WHERE card_id IN ({marks})", ids)),
        marks=tuple(_select(conn, f"SELECT {', '.join(_MARK_COLUMNS)} FROM card_marks "
                                  "WHERE card_id IN ({marks})", ids)),
        tags=tuple(_select(conn, "SELECT card_id, tag FROM card_tags "
                                 "WHERE card_id IN ({marks})", ids)),
    )


def restore(conn: Connection, snap: Snapshot) -> None:
    """Put every row of a snapshot back as it was."""
    conn.exec_driver_sql("UPDATE cards SET deck_id = ?, removed = ? WHERE id = ?",
                         [(deck, removed, cid) for cid, deck, removed in snap.cards])
    sets = ", ".join(f"{c} = ?" for c in _STATE_COLUMNS[1:])
    conn.exec_driver_sql(f"UPDATE card_states SET {sets} WHERE card_id = ?",
                         [(*row[1:], row[0]) for row in snap.states])
    _run(conn, "DELETE FROM card_marks WHERE card_id IN ({marks})", snap.card_ids)
    if snap.marks:
        conn.exec_driver_sql(f"INSERT INTO card_marks ({', '.join(_MARK_COLUMNS)}) "
                             "VALUES (?, ?, ?, ?, ?)", list(snap.marks))
    _run(conn, "DELETE FROM card_tags WHERE card_id IN ({marks})", snap.card_ids)
    if snap.tags:
        conn.exec_driver_sql("INSERT INTO card_tags (card_id, tag) VALUES (?, ?)",
                             list(snap.tags))


def _ensure_marks(conn: Connection, ids: Sequence[int]) -> None:
    conn.exec_driver_sql("INSERT OR IGNORE INTO card_marks (card_id, flag, leech) "
                         "VALUES (?, 0, 0)", [(cid,) for cid in ids])


def set_suspended(conn: Connection, ids: Sequence[int], suspended: bool) -> None:
    _run(conn, "UPDATE card_states SET suspended = ? WHERE card_id IN ({marks})", ids,
         suspended)
    _ensure_marks(conn, ids)
    _run(conn, "UPDATE card_marks SET suspended_reason = ? WHERE card_id IN ({marks})", ids,
         "user" if suspended else None)


def bury(conn: Connection, ids: Sequence[int], until_ms: int) -> None:
    _run(conn, "UPDATE card_states SET buried_until = ? WHERE card_id IN ({marks})", ids,
         until_ms)


def set_flag(conn: Connection, ids: Sequence[int], flag: int) -> None:
    _ensure_marks(conn, ids)
    _run(conn, "UPDATE card_marks SET flag = ? WHERE card_id IN ({marks})", ids, flag)


def add_tags(conn: Connection, ids: Sequence[int], tags: Sequence[str]) -> None:
    conn.exec_driver_sql("INSERT OR IGNORE INTO card_tags (card_id, tag) VALUES (?, ?)",
                         [(cid, tag) for cid in ids for tag in tags])


def remove_tags(conn: Connection, ids: Sequence[int], tags: Sequence[str]) -> None:
    for tag in tags:
        _run(conn, "DELETE FROM card_tags WHERE tag = ? AND card_id IN ({marks})", ids, tag)


def reset_to_new(conn: Connection, ids: Sequence[int]) -> None:
    """Forget the schedule: new again, in the deck's order (the review log stays)."""
    _run(conn, "UPDATE card_states SET phase = 0, step = NULL, stability = NULL, "
               "difficulty = NULL, last_review = NULL, reps = 0, lapses = 0, buried_until = 0, "
               "due = (SELECT position FROM cards WHERE cards.id = card_states.card_id) "
               "WHERE card_id IN ({marks})", ids)


def set_due(conn: Connection, ids: Sequence[int], *, due_ms: int, now_ms: int,
            days: int, difficulty: float) -> None:
    """Make cards review cards due at ``due_ms``. A card never studied gets a memory as
    if learned now with a stability of ``days`` (at least one)."""
    _run(conn, "UPDATE card_states SET phase = 2, step = NULL, due = ?, buried_until = 0, "
               "stability = coalesce(stability, ?), difficulty = coalesce(difficulty, ?), "
               "last_review = coalesce(last_review, ?) WHERE card_id IN ({marks})", ids,
         due_ms, float(max(1, days)), difficulty, now_ms)


def clashing_keys(conn: Connection, ids: Sequence[int], deck_id: str) -> list[str]:
    """Keys of cards being moved that the target deck already has (a key is unique per deck)."""
    keys = [k for k, deck in _select(conn, "SELECT key, deck_id FROM cards "
                                           "WHERE id IN ({marks})", ids) if deck != deck_id]
    clashes: list[str] = []
    for part in chunks(keys):
        clashes += [str(k) for (k,) in conn.exec_driver_sql(
            "SELECT key FROM cards WHERE deck_id = ? AND key IN ("
            + ",".join("?" * len(part)) + ")", (deck_id, *part))]
    return clashes


def move(conn: Connection, ids: Sequence[int], deck_id: str) -> None:
    _run(conn, "UPDATE cards SET deck_id = ? WHERE id IN ({marks})", ids, deck_id)
    _run(conn, "UPDATE card_states SET deck_id = ? WHERE card_id IN ({marks})", ids, deck_id)


def delete(conn: Connection, ids: Sequence[int]) -> None:
    """Hide cards from study and from the browser; their review history is kept."""
    _run(conn, "UPDATE cards SET removed = 1 WHERE id IN ({marks})", ids)
    _run(conn, "UPDATE card_states SET suspended = 1 WHERE card_id IN ({marks})", ids)
    _ensure_marks(conn, ids)
    _run(conn, "UPDATE card_marks SET suspended_reason = ? WHERE card_id IN ({marks})", ids,
         DELETED)
