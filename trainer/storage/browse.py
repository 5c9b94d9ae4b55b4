"""The card browser's SQL: search clauses, sort keys, the id list, and rows for one page.

``trainer.services.search`` reads what the learner typed; the pieces it needs to turn
that into a query are here, as SQLAlchemy Core expressions over ``cards`` (joined to
``card_states``). Free text goes through the FTS5 index ``cards_fts`` (made by migration
0008 and kept in step by triggers), which folds case and diacritics.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Float,
    Select,
    and_,
    case,
    cast,
    column,
    exists,
    false,
    func,
    literal_column,
    not_,
    or_,
    select,
    table,
    true,
    union_all,
)
from sqlalchemy.sql.util import find_tables

from trainer.storage import tables as db

DAY_MS = 86_400_000
CHUNK = 500  # ids per IN (...) list: far below SQLite's limit on bound values

cards, states, marks = db.cards, db.card_states, db.card_marks
# Searches read card_states (narrow rows, and the queue index covers most tests) and join
# the wide ``cards`` table only when a clause needs its content: at a million cards,
# scanning ``cards`` for nothing cost more than the rest of the query.
CARD_ID = states.c.card_id
fts = table("cards_fts", column("rowid"), column("question"), column("answer"),
            column("extra"))

Clause = ColumnElement[bool]
_COMPARE: dict[str, Callable[[Any, Any], Any]] = {
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
    "=": operator.eq, "!=": operator.ne}


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def like_pattern(value: str) -> str:
    """A LIKE pattern for a search value: ``*`` is any run of characters, the rest literal."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped.replace("*", "%")


def _like(col: Any, value: str) -> Clause:
    return col.like(like_pattern(value), escape="\\")


# -- search clauses -------------------------------------------------------------------------
def text_match(fts_query: str) -> Clause:
    """Cards whose question, answer or choices match an FTS5 query."""
    hits = select(fts.c.rowid).where(literal_column("cards_fts").op("MATCH")(fts_query))
    return CARD_ID.in_(hits)


def text_inside(fragment: str) -> Clause:
    """Cards whose text holds ``fragment`` anywhere, even inside a word (a slower scan)."""
    pattern = "%" + like_pattern(fragment) + "%"
    hits = select(fts.c.rowid).where(or_(
        fts.c.question.like(pattern, escape="\\"), fts.c.answer.like(pattern, escape="\\"),
        fts.c.extra.like(pattern, escape="\\")))
    return CARD_ID.in_(hits)


def deck_match(value: str) -> Clause:
    """Cards of decks whose title, id or group matches (a group finds all its decks)."""
    d = db.decks
    names = select(d.c.id).where(or_(
        _like(d.c.title, value), _like(d.c.id, value), _like(d.c.group_name, value),
        _like(d.c.group_name + "::" + d.c.title, value)))
    return states.c.deck_id.in_(names)


def tag_match(value: str) -> Clause:
    """Cards with a matching tag, from the deck file or put on in the browser."""
    in_file = func.json_each(cards.c.content, "$.tags").table_valued("value")
    from_file = and_(cards.c.content.like('%"tags": [%'),
                     exists(select(1).select_from(in_file).where(_like(in_file.c.value, value))))
    own = CARD_ID.in_(select(db.card_tags.c.card_id).where(_like(db.card_tags.c.tag, value)))
    return or_(from_file, own)


def relation_match(value: str) -> Clause:
    """Cards made from a fact of a matching relation (hand-written cards have none)."""
    f = db.facts
    return exists(select(1).where(f.c.deck_id == cards.c.deck_id,
                                  f.c.fact_id == cards.c.sibling, _like(f.c.relation, value)))


def source_match(value: str) -> Clause:
    """Cards citing a source whose id, file name or title matches."""
    doc = func.json_extract(cards.c.content, "$.source.doc")
    listed = func.json_each(db.decks.c.sources).table_valued("value")
    named = exists(select(1).select_from(db.decks).join(listed, true()).where(
        db.decks.c.id == cards.c.deck_id,
        func.json_extract(listed.c.value, "$.id") == doc,
        or_(_like(func.json_extract(listed.c.value, "$.file"), value),
            _like(func.json_extract(listed.c.value, "$.title"), value))))
    return and_(doc.is_not(None), or_(_like(doc, value), named))


def state_is(state: str, *, now_ms: int, day_end_ms: int) -> Clause:
    """``is:`` searches. Due means answered before and due before the day ends, in study."""
    phase = states.c.phase
    if state == "new":
        return phase == 0
    if state == "learn":
        return phase.in_((1, 3))
    if state == "review":
        return phase.in_((2, 3))
    if state == "due":
        # Spelled so that SQLite reads the queue index (deck_id, suspended, phase, due)
        # deck by deck instead of scanning every card.
        return and_(states.c.deck_id.in_(select(db.decks.c.id)), states.c.suspended == false(),
                    phase.in_((1, 2, 3)), states.c.due < day_end_ms,
                    states.c.buried_until <= now_ms)
    if state == "suspended":
        return states.c.suspended == true()
    if state == "buried":
        return states.c.buried_until > now_ms
    if state == "leech":
        return or_(CARD_ID.in_(select(marks.c.card_id).where(marks.c.leech == true())),
                   tag_match("leech"))
    raise ValueError(f"unknown state {state!r}")


def flag_is(flag: int) -> Clause:
    flagged = select(marks.c.card_id).where(marks.c.flag == flag if flag else marks.c.flag != 0)
    return CARD_ID.in_(flagged) if flag else CARD_ID.not_in(flagged)


def _interval_days() -> ColumnElement[Any]:
    return (states.c.due - states.c.last_review) / cast(DAY_MS, Float)


def elapsed_over_stability(now_ms: int) -> ColumnElement[Any]:
    """Days since the last review over stability: recall falls as this rises."""
    return (now_ms - states.c.last_review) / cast(DAY_MS, Float) / states.c.stability


def prop_compare(name: str, op: str, value: float, *, now_ms: int) -> Clause:
    """``prop:`` on one of ivl, s, d, lapses, reps, or ``ratio`` (see elapsed_over_stability)."""
    compare = _COMPARE[op]
    # "> 0", not "!= 0": SQLite would take the partial index ix_card_states_studied_due for
    # "!= 0" and read every studied card's row in due order, slower than one plain scan
    studied = states.c.phase > 0
    if name == "ivl":
        return and_(studied, compare(_interval_days(), value))
    if name == "s":
        return and_(studied, compare(states.c.stability, value))
    if name == "d":
        return and_(studied, compare(states.c.difficulty, value))
    if name == "ratio":
        return and_(studied, states.c.stability > 0, states.c.last_review.is_not(None),
                    compare(elapsed_over_stability(now_ms), value))
    if name == "lapses":
        return compare(states.c.lapses, value)
    if name == "reps":
        return compare(states.c.reps, value)
    raise ValueError(f"unknown property {name!r}")


def rated_since(since_ms: int, rating: int | None) -> Clause:
    log = db.review_log
    answered = select(log.c.card_id).where(log.c.reviewed_at >= since_ms)
    if rating is not None:
        answered = answered.where(log.c.rating == rating)
    return CARD_ID.in_(answered)


def added_since(since_ms: int) -> Clause:
    return cards.c.added_at >= since_ms


def every(clauses: Iterable[Clause]) -> Clause:
    return and_(true(), *clauses)


def any_of(clauses: Iterable[Clause]) -> Clause:
    return or_(false(), *clauses)


def negate(clause: Clause) -> Clause:
    # NOT over a comparison with NULL (a new card's stability) stays unknown; coalesce
    # makes "-prop:s>30" find the new cards too, as a learner expects.
    return not_(func.coalesce(clause, false()))


# -- sorting and the id list --------------------------------------------------------------
def _question() -> ColumnElement[Any]:
    return func.coalesce(func.json_extract(cards.c.user_edit, "$.prompt"),
                         func.json_extract(cards.c.content, "$.prompt"))


def _answer() -> ColumnElement[Any]:
    return func.coalesce(func.json_extract(cards.c.user_edit, "$.answer"),
                         func.json_extract(cards.c.content, "$.answer"))


def sort_keys(column_name: str, *, now_ms: int) -> list[ColumnElement[Any]]:
    """ORDER BY terms for one browser column, ascending."""
    studied = states.c.phase != 0
    if column_name == "question":
        return [_question().collate("NOCASE")]
    if column_name == "answer":
        return [_answer().collate("NOCASE")]
    if column_name == "deck":
        title = select(db.decks.c.title).where(db.decks.c.id == states.c.deck_id)
        return [title.scalar_subquery().collate("NOCASE")]
    if column_name == "relation":
        f = db.facts
        rel = select(f.c.relation).where(f.c.deck_id == cards.c.deck_id,
                                         f.c.fact_id == cards.c.sibling)
        return [rel.scalar_subquery()]
    if column_name == "due":
        # studied cards by due instant, then new cards in the order they will be shown
        return [states.c.phase == 0, states.c.due]
    if column_name == "interval":
        return [case((studied, _interval_days()), else_=None)]
    if column_name == "stability":
        return [states.c.stability]
    if column_name == "difficulty":
        return [states.c.difficulty]
    if column_name == "retrievability":
        # lowest recall first: the highest elapsed/stability ratio; new cards last
        return [states.c.stability.is_(None), -elapsed_over_stability(now_ms)]
    if column_name == "lapses":
        return [states.c.lapses]
    if column_name == "reviews":
        return [states.c.reps]
    if column_name == "added":
        return [cards.c.added_at]
    if column_name == "flag":
        flag = select(marks.c.flag).where(marks.c.card_id == CARD_ID).scalar_subquery()
        return [func.coalesce(flag, 0)]
    raise ValueError(f"unknown column {column_name!r}")


def any_removed(conn: Connection) -> bool:
    """Whether any card is removed or deleted (read from the partial index ix_cards_removed):
    when none is, searches leave out the test for them, a fifth of an unfiltered search."""
    return conn.exec_driver_sql("SELECT 1 FROM cards WHERE removed = 1 LIMIT 1").first() \
        is not None


def _visible() -> Clause:
    return CARD_ID.not_in(select(cards.c.id).where(cards.c.removed == true()))


def id_query(where: Clause, order: Sequence[ColumnElement[Any]], *,
             descending: bool, hide_removed: bool = True) -> Select[Any]:
    keys = [k.desc() if descending else k.asc() for k in order]
    keys.append(CARD_ID.desc() if descending else CARD_ID.asc())
    uses_cards = any(t is cards for part in (where, *order)
                     for t in find_tables(part, check_columns=True))
    source: Any = states
    visible: Clause = true()
    if uses_cards:
        source = states.join(cards, cards.c.id == CARD_ID)
        visible = cards.c.removed == false()
    elif hide_removed:  # a deleted card is rare: the partial index ix_cards_removed lists them
        visible = _visible()
    return select(CARD_ID).select_from(source).where(visible, where).order_by(*keys)


def every_card_by_due(*, descending: bool, hide_removed: bool = True) -> Any:
    """Every card in the "due" order, read from ix_card_states_studied_due and
    ix_card_states_new_due one after the other, so nothing is sorted."""
    visible = _visible() if hide_removed else true()
    keys = ((states.c.due.desc(), CARD_ID.desc()) if descending
            else (states.c.due.asc(), CARD_ID.asc()))
    zero: Any = literal_column("0")  # a literal, not a bound value: the partial indexes need it
    studied = (select(CARD_ID).where(states.c.phase != zero, visible).order_by(*keys)
               .subquery("studied"))
    new = select(CARD_ID).where(states.c.phase == zero, visible).order_by(*keys).subquery("new")
    parts = [select(studied.c.card_id), select(new.c.card_id)]
    return union_all(*(reversed(parts) if descending else parts))


def card_ids(conn: Connection, query: Any) -> list[int]:
    """Run an id query, its ids gathered into one JSON array by SQLite: at a million rows,
    making a Python tuple per row cost more than the search itself. The array keeps the
    order of the sorted subquery, which SQLite runs as a co-routine feeding the aggregate."""
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    positional = tuple(params[name] for name in (compiled.positiontup or ()))
    cur = conn.connection.cursor()
    try:
        cur.execute(f"SELECT json_group_array(card_id) FROM ({compiled})", positional)
        row = cur.fetchone()  # an aggregate: always one row
        array = row[0] if row else "[]"
        return list(json.loads(array))
    finally:
        cur.close()


# -- rows of one page -------------------------------------------------------------------
ROW_COLUMNS = ("id", "deck_id", "content", "user_edit", "added_at", "phase", "due",
               "last_review", "stability", "difficulty", "reps", "lapses", "suspended",
               "buried_until", "flag", "leech", "deck_title", "group_name", "relation", "removed")
_ROWS_SQL = (
    "SELECT c.id, c.deck_id, c.content, c.user_edit, c.added_at, s.phase, s.due, "
    "s.last_review, s.stability, s.difficulty, s.reps, s.lapses, s.suspended, "
    "s.buried_until, coalesce(m.flag, 0), coalesce(m.leech, 0), d.title, d.group_name, "
    "f.relation, c.removed FROM cards c JOIN card_states s ON s.card_id = c.id "
    "JOIN decks d ON d.id = c.deck_id LEFT JOIN card_marks m ON m.card_id = c.id "
    "LEFT JOIN facts f ON f.deck_id = c.deck_id AND f.fact_id = c.sibling "
    "WHERE c.id IN ({marks})")


def rows(conn: Connection, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Everything the browser shows of some cards, by id (missing ids are gone)."""
    out: dict[int, dict[str, Any]] = {}
    for part in chunks(ids):
        sql = _ROWS_SQL.format(marks=",".join("?" * len(part)))
        for row in conn.exec_driver_sql(sql, tuple(part)):
            values = dict(zip(ROW_COLUMNS, row, strict=True))
            values["own_tags"] = []
            out[int(row[0])] = values
        tag_sql = ("SELECT card_id, tag FROM card_tags WHERE card_id IN ("
                   + ",".join("?" * len(part)) + ") ORDER BY tag")
        for card_id, tag in conn.exec_driver_sql(tag_sql, tuple(part)):
            if card_id in out:
                out[card_id]["own_tags"].append(tag)
    return out


def review_history(conn: Connection, card_id: int) -> list[tuple[Any, ...]]:
    """(reviewed_at, rating, duration_ms, phase_before, phase_after, state_after,
    scheduled_days, elapsed_days) of every answer to a card, oldest first."""
    return [tuple(r) for r in conn.exec_driver_sql(
        "SELECT reviewed_at, rating, duration_ms, phase_before, phase_after, state_after, "
        "scheduled_days, elapsed_days FROM review_log WHERE card_id = ? "
        "ORDER BY reviewed_at, id", (card_id,))]


def deck_sources(conn: Connection, deck_id: str) -> str:
    """The JSON list of a deck's sources."""
    value = conn.exec_driver_sql("SELECT sources FROM decks WHERE id = ?", (deck_id,)).scalar()
    return str(value or "[]")


def deck_choices(conn: Connection) -> list[tuple[str, str, str]]:
    """(id, title, group) of every deck, by group and title."""
    return [(str(i), str(t), str(g)) for i, t, g in conn.exec_driver_sql(
        "SELECT id, title, group_name FROM decks ORDER BY group_name, title")]
