"""The browser's search syntax: what a learner types is read as they mean it, and a mistake
is pointed out where it is. Property-based: any search written from parts reads back as
those parts, and no text whatever makes the parser fail other than with a SearchError."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.services.search import SearchError, parse
from trainer.services.search.syntax import (
    COMPARISONS,
    FIELDS,
    PROPS,
    STATES,
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


def strip(node: Node) -> Node:
    """The tree without its spans, to compare shapes."""
    if isinstance(node, Not):
        return Not(strip(node.node))
    if isinstance(node, And | Or):
        return type(node)(tuple(strip(n) for n in node.nodes))
    return dataclasses.replace(node, start=0, end=0)


# -- writing a tree as a learner would type it ---------------------------------------------
def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(node: Node) -> str:
    if isinstance(node, Text):
        if node.phrase:
            return _quote(node.text)
        return ("*" if node.anywhere else "") + node.text
    if isinstance(node, Field):
        value = node.value
        return f"{node.name}:{_quote(value) if ' ' in value else value}"
    if isinstance(node, State):
        return f"is:{node.state}"
    if isinstance(node, FlagIs):
        return f"flag:{node.flag}"
    if isinstance(node, Prop):
        return f"prop:{node.name}{node.op}{node.value!r}"
    if isinstance(node, Rated):
        return f"rated:{node.days}" + (f":{node.rating}" if node.rating else "")
    if isinstance(node, Added):
        return f"added:{node.days}"
    if isinstance(node, Not):
        return "-" + _group(node.node)
    if isinstance(node, And):
        return " ".join(_group(n) for n in node.nodes)
    if isinstance(node, Or):
        return " or ".join(_group(n) for n in node.nodes)
    raise TypeError(node)


def _group(node: Node) -> str:
    return f"({render(node)})" if isinstance(node, And | Or) else render(node)


_WORD_CHARS = "abcdefghijklmnopqrstuvwxyzéüç0123456789"
words = st.text(_WORD_CHARS, min_size=1, max_size=8).filter(lambda w: w not in ("and", "or"))
values = st.text(_WORD_CHARS + "_.*", min_size=1, max_size=10).filter(
    lambda v: not v.startswith("*") or len(v) > 1)
phrases = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1,
                  max_size=12).filter(lambda t: t.strip() != "")

leaves = st.one_of(
    st.builds(Text, words),
    st.builds(Text, words, anywhere=st.just(True)),
    st.builds(Text, phrases, phrase=st.just(True)),
    st.builds(Field, st.sampled_from(FIELDS), values),
    st.builds(Field, st.sampled_from(FIELDS), st.lists(words, min_size=2, max_size=3)
              .map(" ".join)),
    st.builds(State, st.sampled_from(STATES)),
    st.builds(FlagIs, st.integers(0, 4)),
    st.builds(Prop, st.sampled_from([p for p in PROPS if p != "r"]),
              st.sampled_from(COMPARISONS),
              st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)),
    st.builds(Prop, st.just("r"), st.sampled_from(COMPARISONS), st.floats(0, 1)),
    st.builds(Rated, st.integers(1, 36_500), st.one_of(st.none(), st.integers(1, 4))),
    st.builds(Added, st.integers(1, 36_500)),
)
trees = st.recursive(leaves, lambda inner: st.one_of(
    st.builds(Not, inner),
    st.builds(And, st.lists(inner, min_size=2, max_size=3).map(tuple)),
    st.builds(Or, st.lists(inner, min_size=2, max_size=3).map(tuple)),
), max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(trees)
def test_any_search_written_from_parts_reads_back_as_those_parts(tree: Node) -> None:
    assert strip(parse(render(tree))) == strip(tree)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_no_text_breaks_the_parser_and_every_error_points_inside_the_search(text: str) -> None:
    try:
        tree = parse(text)
    except SearchError as exc:
        assert 0 <= exc.start < exc.end <= len(text) + 1
        assert f"position {exc.start + 1}" in str(exc) or "ends too early" in str(exc)
        return
    _check_spans(tree, text)


@settings(max_examples=200, deadline=None)
@given(trees)
def test_each_term_span_is_the_text_that_term_came_from(tree: Node) -> None:
    text = render(tree)
    _check_spans(parse(text), text)


def _check_spans(node: Node, text: str) -> None:
    assert 0 <= node.start <= node.end <= len(text)
    if isinstance(node, Not):
        _check_spans(node.node, text)
    elif isinstance(node, And | Or):
        for child in node.nodes:
            _check_spans(child, text)
    elif not isinstance(node, Everything):
        # a single term read again on its own is the same term
        assert strip(parse(text[node.start:node.end])) == strip(node)


# -- examples a learner would type ------------------------------------------------------
def test_everyday_searches() -> None:
    assert strip(parse("")) == Everything()
    assert strip(parse("   ")) == Everything()
    assert strip(parse('"drug 4242"')) == Text("drug 4242", phrase=True)
    assert strip(parse('deck:"ALL: drug classes" -is:suspended')) == And((
        Field("deck", "ALL: drug classes"), Not(State("suspended"))))
    assert strip(parse("tag:a or tag:b flag:1")) == Or((
        Field("tag", "a"), And((Field("tag", "b"), FlagIs(1)))))
    assert strip(parse("(tag:a or tag:b) and flag:1")) == And((
        Or((Field("tag", "a"), Field("tag", "b"))), FlagIs(1)))
    assert strip(parse("IS:DUE prop:r<0.8 rated:7:1")) == And((
        State("due"), Prop("r", "<", 0.8), Rated(7, 1)))
    assert strip(parse("*mab")) == Text("mab", anywhere=True)
    assert strip(parse('"10:30"')) == Text("10:30", phrase=True)


@pytest.mark.parametrize(("search", "bad", "words"), [
    ("deck:ALL is:sleepy", "is:sleepy", "not a card state"),
    ("tag:a (flag:1", "(", "never closed"),
    ("flag:1)", ")", "no '(' before it"),
    ("or tag:a", "or", "before it"),
    ("tag:a and", "and", "after it"),
    ("colour:red", "colour:red", "not a search word"),
    ('deck:"ALL', '"ALL', "never closed"),
    ("flag:7", "flag:7", "0 (none) to 4"),
    ("prop:ivl>soon", "prop:ivl>soon", "not a number"),
    ("prop:r<2", "prop:r<2", "between 0 and 1"),
    ("rated:0", "rated:0", "whole number"),
    ("rated:7:5", "rated:7:5", "1 (again)"),
    ("deck:", "deck:", "needs a value"),
    ("- tag:a", "-", "no space"),
    ('tag:a ""', '""', "empty quotes"),
])
def test_a_bad_search_names_the_bad_term_and_where_it_is(search: str, bad: str,
                                                          words: str) -> None:
    with pytest.raises(SearchError) as caught:
        parse(search)
    error = caught.value
    assert search[error.start:error.end] == bad
    assert words in str(error)
    assert f"position {error.start + 1}" in str(error)
