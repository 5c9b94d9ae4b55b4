"""Turning a parsed search into the SQL clause storage runs (the SQL pieces live in
``trainer.storage.browse``; this module only decides which pieces and how they combine)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from trainer.scheduling.forgetting import ratio_at
from trainer.services.search.syntax import (
    Added,
    And,
    Everything,
    Field,
    FlagIs,
    Node,
    Not,
    Or,
    Prop,
    Rated,
    State,
    Text,
)
from trainer.storage import browse as sql
from trainer.storage.browse import DAY_MS, Clause

# R falls as elapsed/stability rises: "R < x" is "ratio > ratio_at(x)".
_REVERSED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!="}


@dataclass(frozen=True, slots=True)
class SearchContext:
    """The instants a search is read against, and the learner's FSRS parameters."""

    now_ms: int
    day_start_ms: int  # start of today's learning day
    day_end_ms: int
    parameters: Sequence[float] | None = None


def fts_query(node: Text) -> str:
    """An FTS5 query for free text: the words in that order, the last one matched from its
    start, as Anki matches text ("drug 42" finds "drug 4242"; "leuk" finds "leukemia")."""
    return '"' + node.text.replace('"', '""') + '"*'



def compile_search(node: Node, ctx: SearchContext) -> Clause:
    """The WHERE clause that finds the cards ``node`` describes."""
    if isinstance(node, Everything):
        return sql.every(())
    if isinstance(node, Text):
        return sql.text_inside(node.text) if node.anywhere else sql.text_match(fts_query(node))
    if isinstance(node, Field):
        return {"deck": sql.deck_match, "tag": sql.tag_match, "relation": sql.relation_match,
                "source": sql.source_match}[node.name](node.value)
    if isinstance(node, State):
        return sql.state_is(node.state, now_ms=ctx.now_ms, day_end_ms=ctx.day_end_ms)
    if isinstance(node, FlagIs):
        return sql.flag_is(node.flag)
    if isinstance(node, Prop):
        if node.name == "r":
            return sql.prop_compare("ratio", _REVERSED[node.op], ratio_at(node.value,
                                                                          ctx.parameters),
                                    now_ms=ctx.now_ms)
        return sql.prop_compare(node.name, node.op, node.value, now_ms=ctx.now_ms)
    if isinstance(node, Rated):
        return sql.rated_since(ctx.day_start_ms - (node.days - 1) * DAY_MS, node.rating)
    if isinstance(node, Added):
        return sql.added_since(ctx.day_start_ms - (node.days - 1) * DAY_MS)
    if isinstance(node, Not):
        return sql.negate(compile_search(node.node, ctx))
    if isinstance(node, And):
        return sql.every(compile_search(n, ctx) for n in node.nodes)
    if isinstance(node, Or):
        return sql.any_of(compile_search(n, ctx) for n in node.nodes)
    raise TypeError(f"not a search node: {node!r}")
