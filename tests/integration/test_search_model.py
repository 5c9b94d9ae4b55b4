"""Property: any search built from states, flags, properties and decks finds exactly the
cards that a plain Python reading of the same search picks from the browser's own rows."""

from __future__ import annotations

import operator
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.integration.decks import basics, deck
from tests.unit.test_search_parser import render
from trainer.clock import FixedClock
from trainer.domain import Phase
from trainer.services import Collection
from trainer.services.browse import BrowseService
from trainer.services.browse_models import BrowseRow
from trainer.services.search.syntax import And, Field, FlagIs, Node, Not, Or, Prop, State
from trainer.storage.codec import ms

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
DAY = 86_400_000
TITLES = ("Alpha deck", "Beta deck")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowseService]:
    """Two decks of 12 cards each, given a spread of states, flags and properties."""
    folder = tmp_path_factory.mktemp("model")
    col = Collection.open(folder / "c.sqlite3", clock=FixedClock(NOW), tz=UTC, fuzz=False)
    paths = []
    for number, title in enumerate(TITLES):
        path = folder / f"{number}.yaml"
        path.write_text(deck(cards=basics(12, prefix=f"d{number}c"), deck_id=f"d{number}",
                             title=title), encoding="utf-8")
        paths.append(path)
    col.import_deck_files(paths)
    now = ms(NOW)
    with col.engine.begin() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM cards ORDER BY id")]
        for i, cid in enumerate(ids):
            phase = (0, 1, 2, 2, 3, 2)[i % 6]
            if phase:
                conn.exec_driver_sql(
                    "UPDATE card_states SET phase=?, stability=?, difficulty=?, due=?, "
                    "last_review=?, reps=?, lapses=? WHERE card_id=?",
                    (phase, 1.0 + 7 * (i % 5), 1.0 + i % 10, now + (i % 7 - 3) * DAY,
                     now - (i % 4 + 1) * DAY, i % 6, i % 3, cid))
            if i % 5 == 0:
                conn.exec_driver_sql("UPDATE card_states SET suspended=1 WHERE card_id=?",
                                     (cid,))
            if i % 7 == 0:
                conn.exec_driver_sql("UPDATE card_states SET buried_until=? WHERE card_id=?",
                                     (now + DAY, cid))
            if i % 4 == 1:
                conn.exec_driver_sql("INSERT INTO card_marks (card_id, flag, leech) "
                                     "VALUES (?, ?, ?)", (cid, i % 5, i % 8 == 1))
    yield col.browser()
    col.close()


_OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
        "=": operator.eq, "!=": operator.ne}


def matches(node: Node, row: BrowseRow, day_end: datetime) -> bool:
    """The search read by hand, over one row as the browser shows it."""
    if isinstance(node, Not):
        return not matches(node.node, row, day_end)
    if isinstance(node, And):
        return all(matches(n, row, day_end) for n in node.nodes)
    if isinstance(node, Or):
        return any(matches(n, row, day_end) for n in node.nodes)
    if isinstance(node, FlagIs):
        return int(row.flag) == node.flag
    if isinstance(node, Field):
        return row.deck.casefold() == node.value.casefold()
    if isinstance(node, State):
        return {
            "new": row.phase is Phase.NEW,
            "learn": row.phase in (Phase.LEARNING, Phase.RELEARNING),
            "review": row.phase in (Phase.REVIEW, Phase.RELEARNING),
            "suspended": row.suspended, "buried": row.buried,
            "leech": row.leech or "leech" in row.tags,
            "due": (row.phase is not Phase.NEW and row.due is not None and row.due < day_end
                    and not row.suspended and not row.buried),
        }[node.state]
    assert isinstance(node, Prop)
    value = {"s": row.stability, "d": row.difficulty, "ivl": row.interval_days,
             "lapses": row.lapses, "reps": row.reviews}[node.name]
    return value is not None and bool(_OPS[node.op](value, node.value))


leaves = st.one_of(
    st.builds(State, st.sampled_from(("new", "learn", "review", "due", "suspended", "buried",
                                      "leech"))),
    st.builds(FlagIs, st.integers(0, 4)),
    st.builds(Field, st.just("deck"), st.sampled_from(TITLES)),
    st.builds(Prop, st.sampled_from(("s", "d", "ivl", "lapses", "reps")),
              st.sampled_from(tuple(_OPS)), st.integers(0, 12).map(float)),
)
trees = st.recursive(leaves, lambda inner: st.one_of(
    st.builds(Not, inner),
    st.builds(And, st.lists(inner, min_size=2, max_size=3).map(tuple)),
    st.builds(Or, st.lists(inner, min_size=2, max_size=3).map(tuple))), max_leaves=6)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tree=trees)
def test_the_sql_finds_what_the_search_means(browser: BrowseService, tree: Node) -> None:
    every = browser.rows(browser.search(""))
    day_end = datetime.fromtimestamp(browser.context().day_end_ms / 1000, tz=UTC)
    expected = {r.card_id for r in every if matches(tree, r, day_end)}
    assert set(browser.search(render(tree))) == expected
