"""The SQL of quizzes: drawing candidate questions, storing attempts, the history.

Quiz attempts live in ``quizzes`` and ``quiz_answers`` only. The one statement here that
writes ``card_states`` is :func:`send_to_tomorrow`, run when the learner asks for it.

Drawing reads light rows (ids, kind, key) for every eligible card and loads the content
of the few cards drawn, so a quiz from 100,000 cards decodes about fifty of them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection

from trainer.storage.queues import cursor

STUDIED = ("accepted", "draft")
Candidate = tuple[int, str, str, str, str]  # card id, deck id, kind, key, sibling


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def candidate_ids(conn: Connection, *, deck_ids: Sequence[str], tags: Sequence[str],
                  relations: Sequence[str], kinds: Sequence[str], reverse: bool) -> list[int]:
    """Ids of the cards a quiz may ask, in id order: of ``kinds``, plus reverse and forward
    cards of facts (asked by choices or typing, whatever their own kind) when ``reverse``.

    Suspended and removed cards are left out. Only ids are read (a quiz draws a few dozen
    of perhaps 100,000); the facts table is read only when the learner filters by
    relation, and the tags only when by tag.
    """
    where = ["c.removed = 0",
             "c.id NOT IN (SELECT card_id FROM card_states WHERE suspended = 1)"]
    params: list[Any] = []
    kind_test = [f"c.kind IN ({_marks(kinds)})"] if kinds else []
    params.extend(kinds)
    if reverse:
        kind_test.append("(c.kind IN ('basic', 'typed') AND "
                         "(c.key LIKE '%/reverse-%' OR c.key LIKE '%/forward'))")
    if not kind_test:
        return []
    where.append("(" + " OR ".join(kind_test) + ")")
    join = ""
    if deck_ids:
        where.append(f"c.deck_id IN ({_marks(deck_ids)})")
        params.extend(deck_ids)
    if relations:
        join = "JOIN facts f ON f.deck_id = c.deck_id AND f.fact_id = c.sibling "
        where.append(f"f.relation IN ({_marks(relations)})")
        params.extend(relations)
    if tags:
        where.append("EXISTS (SELECT 1 FROM json_each(c.content, '$.tags') t "
                     f"WHERE t.value IN ({_marks(tags)}))")
        params.extend(tags)
    sql = ("SELECT c.id FROM cards c " + join + "WHERE " + " AND ".join(where)
           + " ORDER BY c.id")
    cur = cursor(conn)
    cur.execute(sql, params)
    return [row[0] for row in cur.fetchall()]


def candidates(conn: Connection, card_ids: Sequence[int]) -> list[Candidate]:
    """(id, deck id, kind, key, sibling) of the given cards, in the order given."""
    if not card_ids:
        return []
    cur = cursor(conn)
    cur.execute("SELECT id, deck_id, kind, key, sibling FROM cards "
                f"WHERE id IN ({_marks(card_ids)})", list(card_ids))
    found = {row[0]: row for row in cur.fetchall()}
    return [found[i] for i in card_ids if i in found]


def card_contents(conn: Connection, card_ids: Sequence[int]) -> dict[int, tuple[str, str | None]]:
    """card id -> (content JSON, the learner's own wording or None)."""
    if not card_ids:
        return {}
    cur = cursor(conn)
    cur.execute(f"SELECT id, content, user_edit FROM cards WHERE id IN ({_marks(card_ids)})",
                list(card_ids))
    return {row[0]: (row[1], row[2]) for row in cur.fetchall()}


def facts_of(conn: Connection, keys: Iterable[tuple[str, str]]
             ) -> dict[tuple[str, str], tuple[str, str, tuple[str, ...]]]:
    """(deck id, fact id) -> (relation, subject, objects) for the facts that exist."""
    found: dict[tuple[str, str], tuple[str, str, tuple[str, ...]]] = {}
    cur = cursor(conn)
    for deck_id, fact_id in keys:
        cur.execute("SELECT relation, subject, objects FROM facts "
                    "WHERE deck_id = ? AND fact_id = ?", (deck_id, fact_id))
        row = cur.fetchone()
        if row is not None:
            found[(deck_id, fact_id)] = (row[0], row[1], tuple(json.loads(row[2])))
    return found


def subjects(conn: Connection, deck_id: str, relation: str) -> list[str]:
    """The distinct subjects of a deck's studied facts with ``relation``, sorted."""
    cur = cursor(conn)
    cur.execute("SELECT DISTINCT subject FROM facts WHERE deck_id = ? AND relation = ? "
                f"AND removed = 0 AND status IN ({_marks(STUDIED)}) ORDER BY subject",
                (deck_id, relation, *STUDIED))
    return [row[0] for row in cur.fetchall()]


def fact_count(conn: Connection, deck_id: str) -> int:
    cur = cursor(conn)
    cur.execute("SELECT count(*) FROM facts WHERE deck_id = ? AND removed = 0", (deck_id,))
    return int(cur.fetchone()[0])


def deck_facts(conn: Connection, deck_id: str) -> list[tuple[str, str, str, str, str, str]]:
    """Every kept fact of a deck: (id, relation, subject, objects JSON, status, sources JSON)."""
    cur = cursor(conn)
    cur.execute("SELECT fact_id, relation, subject, objects, status, sources FROM facts "
                "WHERE deck_id = ? AND removed = 0 ORDER BY fact_id", (deck_id,))
    return cur.fetchall()


def decks(conn: Connection) -> dict[str, tuple[str, str, str]]:
    """deck id -> (title, group, sources JSON)."""
    rows = conn.exec_driver_sql("SELECT id, title, group_name, sources FROM decks ORDER BY "
                                "group_name, title").all()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def tags_in_use(conn: Connection) -> list[str]:
    rows = conn.exec_driver_sql(
        "SELECT DISTINCT t.value FROM cards c, json_each(c.content, '$.tags') t "
        "WHERE c.removed = 0 AND c.content LIKE '%\"tags\"%' ORDER BY t.value").all()
    return [str(r[0]) for r in rows]


def relations_in_use(conn: Connection) -> list[str]:
    rows = conn.exec_driver_sql(
        "SELECT DISTINCT relation FROM facts WHERE removed = 0 AND status IN (?, ?) "
        "ORDER BY relation", STUDIED).all()
    return [str(r[0]) for r in rows]


# -- attempts ---------------------------------------------------------------------------


def start_quiz(conn: Connection, *, started_at: int, setup: str, title: str,
               question_count: int, time_limit_s: int | None) -> int:
    cur = cursor(conn)
    cur.execute("INSERT INTO quizzes (started_at, setup, title, question_count, correct_count, "
                "time_limit_s) VALUES (?, ?, ?, ?, 0, ?)",
                (started_at, setup, title, question_count, time_limit_s))
    return int(cur.lastrowid)


def add_answer(conn: Connection, *, quiz_id: int, position: int, deck_id: str,
               card_id: int | None, fact_id: str | None, relation: str | None,
               tags: Sequence[str], kind: str, question: str, expected: str, given: str,
               correct: bool, duration_ms: int, answered_at: int) -> None:
    cursor(conn).execute(
        "INSERT INTO quiz_answers (quiz_id, position, deck_id, card_id, fact_id, relation, "
        "tags, kind, question, expected, given, correct, duration_ms, answered_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (quiz_id, position, deck_id, card_id, fact_id, relation,
         json.dumps(list(tags), ensure_ascii=False), kind, question, expected, given,
         int(correct), duration_ms, answered_at))


def finish_quiz(conn: Connection, *, quiz_id: int, finished_at: int) -> None:
    cursor(conn).execute(
        "UPDATE quizzes SET finished_at = ?, question_count = (SELECT count(*) FROM "
        "quiz_answers WHERE quiz_id = ?), correct_count = (SELECT count(*) FROM quiz_answers "
        "WHERE quiz_id = ? AND correct = 1) WHERE id = ?",
        (finished_at, quiz_id, quiz_id, quiz_id))


def quiz(conn: Connection, quiz_id: int) -> tuple[Any, ...] | None:
    """(id, started_at, finished_at, setup, title, question_count, correct_count,
    time_limit_s, missed_sent_at) or None."""
    cur = cursor(conn)
    cur.execute("SELECT id, started_at, finished_at, setup, title, question_count, "
                "correct_count, time_limit_s, missed_sent_at FROM quizzes WHERE id = ?",
                (quiz_id,))
    row = cur.fetchone()
    return tuple(row) if row is not None else None


def answers(conn: Connection, quiz_id: int) -> list[tuple[Any, ...]]:
    """(position, deck_id, card_id, fact_id, relation, tags JSON, kind, question, expected,
    given, correct, duration_ms), in question order."""
    cur = cursor(conn)
    cur.execute("SELECT position, deck_id, card_id, fact_id, relation, tags, kind, question, "
                "expected, given, correct, duration_ms FROM quiz_answers WHERE quiz_id = ? "
                "ORDER BY position", (quiz_id,))
    return [tuple(r) for r in cur.fetchall()]


def finished_quizzes(conn: Connection) -> list[tuple[int, str, int, int, int]]:
    """(id, title, started_at, correct, total) of every finished quiz, oldest first."""
    rows = conn.exec_driver_sql(
        "SELECT id, title, started_at, correct_count, question_count FROM quizzes "
        "WHERE finished_at IS NOT NULL ORDER BY started_at, id").all()
    return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]


def send_to_tomorrow(conn: Connection, *, quiz_id: int, card_ids: Sequence[int], due_ms: int,
                     sent_at: int) -> list[int]:
    """Make cards due at ``due_ms`` (the next learning day); return those changed.

    Only the due time moves (and, for a new card, its place at the front of the new queue,
    held back until then); stability, difficulty, reps and the review log are left alone.
    The quiz records when it was done.
    """
    cur = cursor(conn)
    changed: list[int] = []
    for card_id in card_ids:
        cur.execute("SELECT deck_id, phase FROM card_states WHERE card_id = ? "
                    "AND suspended = 0", (card_id,))
        row = cur.fetchone()
        if row is None:
            continue
        deck_id, phase = row
        if phase == 0:
            cur.execute("SELECT min(due) FROM card_states WHERE deck_id = ? AND phase = 0",
                        (deck_id,))
            first = cur.fetchone()[0] or 0
            cur.execute("UPDATE card_states SET due = ?, buried_until = ? WHERE card_id = ?",
                        (min(first, 0) - 1, due_ms, card_id))
        else:
            cur.execute("UPDATE card_states SET due = ?, buried_until = 0 WHERE card_id = ?",
                        (due_ms, card_id))
        changed.append(card_id)
    cur.execute("UPDATE quizzes SET missed_sent_at = ? WHERE id = ?", (sent_at, quiz_id))
    return changed
