"""The SQL behind the statistics window: aggregates over the review log and card states.

The review log is read once, grouped by hour (counted from the start of today), kind of
card and rating, so a million answers come back as a few thousand rows; days and hours
of the day are folded from those in Python. Hours are counted from a fixed offset (the
one in force today), so a DST change moves older answers by an hour. A scope of some
decks is matched by ranges of card ids, which import hands out in runs per deck, so no
join is needed per answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

DAY_MS = 86_400_000
HOUR_MS = 3_600_000
MATURE_DAYS = 21  # an answer after at least this many days counts as "mature", as in Anki
# Kinds of answer: by the phase before it, and for reviews whether the card was mature.
LEARN, YOUNG, MATURE, RELEARN = range(4)
_SHIFT_HOURS = 10_000_000  # keeps hour numbers positive, so integer division floors
_MAX_RUNS = 64  # more runs of card ids than this: match the scope with a subquery


@dataclass(frozen=True, slots=True)
class Window:
    """Which answers to read: a set of decks (None: all) from ``since_ms`` on."""

    deck_ids: Sequence[str] | None
    since_ms: int | None
    today_start_ms: int


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values)) or "NULL"


def _card_filter(conn: Connection, deck_ids: Sequence[str]) -> tuple[str, list[object]]:
    """A condition on ``card_id`` for the cards of ``deck_ids``: ranges when few.

    A range is a run of consecutive ids in the scope (ids minus their rank is constant
    along a run), so no card of another deck lies inside it.
    """
    marks = _marks(deck_ids)
    runs = conn.exec_driver_sql(
        "SELECT min(id), max(id), count(*) FROM (SELECT id, id - row_number() OVER "
        f"(ORDER BY id) AS run FROM cards WHERE deck_id IN ({marks})) GROUP BY run "
        f"LIMIT {_MAX_RUNS + 1}", tuple(deck_ids)).all()
    if not runs:
        return "0", []
    total = int(conn.exec_driver_sql("SELECT max(id) FROM cards").scalar_one() or 1)
    # A large share of the cards: read the period in time order and test each card id
    # ("+" keeps SQLite off the per-card index, which would fetch rows one card at a time).
    column = "+card_id" if sum(r[2] for r in runs) * 5 > total else "card_id"
    if len(runs) > _MAX_RUNS:
        return (f"{column} IN (SELECT id FROM cards WHERE deck_id IN ({marks}))",
                list(deck_ids))
    return ("(" + " OR ".join(f"{column} BETWEEN ? AND ?" for _ in runs) + ")",
            [v for run in runs for v in run[:2]])


def answers(conn: Connection, window: Window) -> list[tuple[int, int, int, int, int]]:
    """(hour from the start of today, kind, rating, answers, milliseconds) per group.

    Hour -1 is the last hour before today began; kinds are LEARN, YOUNG, MATURE, RELEARN.
    """
    where: list[str] = []
    params: list[object] = [window.today_start_ms - _SHIFT_HOURS * HOUR_MS]
    if window.deck_ids is not None:
        condition, values = _card_filter(conn, window.deck_ids)
        where.append(condition)
        params.extend(values)
    if window.since_ms is not None:
        where.append("reviewed_at >= ?")
        params.append(window.since_ms)
    # One integer key sorts fastest: hour * 100 + kind * 10 + rating.
    sql = (f"SELECT ((reviewed_at - ?) / {HOUR_MS}) * 100 + CASE phase_before WHEN 2 THEN "
           f"1 + (elapsed_days >= {MATURE_DAYS}) WHEN 3 THEN 3 ELSE 0 END "
           "* 10 + rating, count(*), sum(duration_ms) FROM review_log"
           + (" WHERE " + " AND ".join(where) if where else "") + " GROUP BY 1")
    out = []
    for key, count, spent in conn.exec_driver_sql(sql, tuple(params)):
        hour, rest = divmod(int(key), 100)
        kind, rating = divmod(rest, 10)
        out.append((hour - _SHIFT_HOURS, kind, rating, int(count),
                    int(spent or 0)))
    return out


def card_groups(conn: Connection, deck_ids: Sequence[str] | None, *, now_ms: int,
                today_start_ms: int, forecast_days: int, stability_tops: Sequence[float],
                recall_tops: Sequence[float]) -> list[tuple[int, ...]]:
    """Cards grouped by (state, due day, stability bin, difficulty bin, recall bin, count).

    State: 0 new, 1 learning, 2 young, 3 mature, 4 relearning, 5 suspended, 6 buried.
    Due day: days from today (0 also for overdue cards), -1 beyond the forecast or not
    scheduled. Stability bin: the first of ``stability_tops`` above the stability.
    Difficulty bin: 0..8 for 1-2 .. 9-10. Recall bin: the first of ``recall_tops`` (days
    since the last review over stability, rising) above the card's, as elapsed time alone
    sets recall for a given stability. Bins are -1 for cards never answered.
    """
    stab = " ".join(f"WHEN stability < {float(t)!r} THEN {i}"
                    for i, t in enumerate(stability_tops) if t != float("inf"))
    recall = " ".join(f"WHEN ({now_ms} - last_review) / {DAY_MS}.0 / stability < {float(t)!r} "
                      f"THEN {i}" for i, t in enumerate(recall_tops) if t != float("inf"))
    answered = "phase != 0 AND stability IS NOT NULL"
    sql = (
        "SELECT CASE WHEN suspended THEN 5 WHEN buried_until > :now THEN 6 "
        "WHEN phase = 0 THEN 0 WHEN phase = 1 THEN 1 WHEN phase = 3 THEN 4 "
        f"WHEN due - last_review >= {MATURE_DAYS * DAY_MS} THEN 3 ELSE 2 END, "
        f"CASE WHEN phase = 0 OR suspended THEN -1 WHEN due < :start THEN 0 "
        f"WHEN due < :start + {forecast_days} * {DAY_MS} THEN (due - :start) / {DAY_MS} "
        "ELSE -1 END, "
        f"CASE WHEN NOT ({answered}) THEN -1 {stab} ELSE {len(stability_tops) - 1} END, "
        f"CASE WHEN NOT ({answered}) OR difficulty IS NULL THEN -1 "
        "ELSE min(8, max(0, CAST(difficulty AS INTEGER) - 1)) END, "
        f"CASE WHEN NOT ({answered}) OR last_review IS NULL THEN -1 {recall} "
        f"ELSE {len(recall_tops) - 1} END, count(*) FROM card_states")
    params: dict[str, object] = {"now": now_ms, "start": today_start_ms}
    if deck_ids is not None:
        names = [f"d{i}" for i in range(len(deck_ids))]
        sql += f" WHERE deck_id IN ({','.join(':' + n for n in names) or 'NULL'})"
        params.update(zip(names, deck_ids, strict=True))
    sql += " GROUP BY 1, 2, 3, 4, 5"
    return [tuple(int(v) for v in row) for row in conn.exec_driver_sql(sql, params)]


def deck_groups(conn: Connection) -> list[tuple[str, str, str]]:
    """(deck id, title, group) of every deck, for choosing a scope."""
    rows = conn.exec_driver_sql(
        "SELECT id, title, group_name FROM decks ORDER BY group_name, title").all()
    return [(str(i), str(t), str(g or "")) for i, t, g in rows]
