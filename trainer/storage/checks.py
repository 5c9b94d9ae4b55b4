"""The SQL of "Check collection": integrity, orphaned rows, impossible scheduling states.

Each check counts what is wrong and, where that can be done without losing anything of
the learner's, repairs it in the caller's transaction. Review history is never deleted:
log rows whose card is gone are reported, not removed.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

PHASES = (0, 1, 2, 3)


@dataclass(frozen=True)
class Finding:
    """One kind of problem: how many rows, whether it was repaired, and in plain words."""

    what: str
    count: int
    repaired: bool


def integrity(conn: Connection) -> list[str]:
    """SQLite's integrity_check: an empty list when the file is sound."""
    rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check(20)")]
    return [] if rows == ["ok"] else rows


def only_indexes(damage: list[str]) -> bool:
    """Whether every complaint of integrity_check is about an index (rebuilding cures it)."""
    return bool(damage) and all(" index " in line or line.startswith("wrong # of entries")
                                for line in damage)


def _count(conn: Connection, sql: str) -> int:
    return int(conn.exec_driver_sql(sql).scalar_one())


def orphans(conn: Connection, *, repair: bool) -> list[Finding]:
    """Rows pointing at cards or decks that no longer exist (possible in a file edited by
    another program, or one written with foreign keys off)."""
    found = []
    for table in ("card_states", "card_marks", "cram_log"):
        where = f"FROM {table} WHERE card_id NOT IN (SELECT id FROM cards)"
        n = _count(conn, f"SELECT count(*) {where}")
        if n:
            if repair:
                conn.exec_driver_sql(f"DELETE {where}")
            found.append(Finding(f"{table.replace('_', ' ')} rows of cards that no longer "
                                 "exist" + (" (removed)" if repair else ""), n, repair))
    n = _count(conn, "SELECT count(*) FROM review_log WHERE card_id NOT IN (SELECT id FROM cards)")
    if n:
        found.append(Finding("answers in the review log whose card no longer exists (kept: "
                             "history is never deleted)", n, False))
    n = _count(conn, "SELECT count(*) FROM cards WHERE deck_id NOT IN (SELECT id FROM decks)")
    if n:
        found.append(Finding("cards whose deck no longer exists (kept; re-import the deck "
                             "to bring it back)", n, False))
    missing = ("FROM cards c WHERE NOT EXISTS "
               "(SELECT 1 FROM card_states s WHERE s.card_id = c.id)")
    n = _count(conn, f"SELECT count(*) {missing}")
    if n:
        if repair:
            conn.exec_driver_sql(
                "INSERT INTO card_states (card_id, deck_id, phase, due, reps, lapses, "
                f"suspended, buried_until) SELECT c.id, c.deck_id, 0, c.position, 0, 0, "
                f"c.removed, 0 {missing}")
        found.append(Finding("cards without a scheduling state"
                             + (" (given a new one)" if repair else ""), n, repair))
    wrong_deck = ("FROM card_states s JOIN cards c ON c.id = s.card_id "
                  "WHERE s.deck_id != c.deck_id")
    n = _count(conn, f"SELECT count(*) {wrong_deck}")
    if n:
        if repair:
            conn.exec_driver_sql("UPDATE card_states SET deck_id = (SELECT deck_id FROM cards "
                                 "WHERE cards.id = card_states.card_id) WHERE card_id IN "
                                 f"(SELECT s.card_id {wrong_deck})")
        found.append(Finding("scheduling states filed under the wrong deck"
                             + (" (moved)" if repair else ""), n, repair))
    return found


_STATE = ("phase", "stability", "difficulty", "last_review", "reps", "lapses")


def _impossible(row: dict[str, Any]) -> bool:
    if row["phase"] not in PHASES or row["reps"] < 0 or row["lapses"] < 0 or row["due"] < 0:
        return True
    if row["phase"] == 0:
        return False
    s, d = row["stability"], row["difficulty"]
    return (s is None or d is None or not math.isfinite(s) or s <= 0
            or not math.isfinite(d) or not 1 <= d <= 10)


def _differs(state: dict[str, Any], logged: dict[str, Any]) -> bool:
    for key in _STATE:
        a, b = state[key], logged.get(key)
        if isinstance(a, float) or isinstance(b, float):
            if a is None or b is None or not math.isclose(a, b, rel_tol=1e-9):
                return True
        elif a != b:
            return True
    return False


def scheduling(conn: Connection, *, repair: bool) -> list[Finding]:
    """Card states that cannot be (bad phase, negative counts, no memory after a review)
    or that disagree with the card's last logged answer; repaired from the log, or reset
    to new when the card has never been answered."""
    last = {int(r[0]): json.loads(r[1]) for r in conn.exec_driver_sql(
        "SELECT l.card_id, l.state_after FROM review_log l JOIN "
        "(SELECT card_id, max(id) AS id FROM review_log GROUP BY card_id) m ON m.id = l.id")}
    bad: list[tuple[int, dict[str, Any] | None]] = []
    mismatched = impossible = 0
    for raw in conn.exec_driver_sql(
            "SELECT s.card_id, s.phase, s.stability, s.difficulty, s.due, s.last_review, "
            "s.reps, s.lapses, c.position FROM card_states s JOIN cards c ON c.id = s.card_id"):
        row = dict(zip(("card_id", "phase", "stability", "difficulty", "due", "last_review",
                        "reps", "lapses", "position"), raw, strict=True))
        logged = last.get(row["card_id"])
        if _impossible(row):
            impossible += 1
            bad.append((row["card_id"], logged))
        elif logged is not None and _differs(row, logged):
            mismatched += 1
            bad.append((row["card_id"], logged))
        elif logged is None and row["phase"] != 0:
            mismatched += 1
            bad.append((row["card_id"], None))
    if repair:
        for card_id, logged in bad:
            if logged is None:
                conn.exec_driver_sql(
                    "UPDATE card_states SET phase=0, step=NULL, stability=NULL, "
                    "difficulty=NULL, due=(SELECT position FROM cards WHERE id=?), "
                    "last_review=NULL, reps=0, lapses=0 WHERE card_id=?", (card_id, card_id))
            else:
                conn.exec_driver_sql(
                    "UPDATE card_states SET phase=?, step=?, stability=?, difficulty=?, "
                    "due=?, last_review=?, reps=?, lapses=? WHERE card_id=?",
                    (logged["phase"], logged["step"], logged["stability"],
                     logged["difficulty"], logged["due"] or 0, logged["last_review"],
                     logged["reps"], logged["lapses"], card_id))
    found = []
    how = " (restored from the review log, or reset to new if never answered)"
    if impossible:
        found.append(Finding("cards with an impossible scheduling state"
                             + (how if repair else ""), impossible, repair))
    if mismatched:
        found.append(Finding("cards whose scheduling state does not match their last answer"
                             + (how if repair else ""), mismatched, repair))
    return found


def reindex(conn: Connection) -> None:
    """Rebuild every index from its table (cures an index that disagrees with its rows)."""
    conn.exec_driver_sql("REINDEX")
