"""The quick reader and the checker's shortcuts give exactly what the full path gives.

The quick reader (trainer.deckfile.quick) must build the very node tree libyaml builds, or
decline; the checker's shortcut for mappings kept as rows must give the same problems and the
same Deck as the full check.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.deckfile import compose, quick, walk
from trainer.deckfile.load import Parsed, check_text
from trainer.deckfile.nodes import Mapping, Node, Scalar, Sequence
from trainer.deckfile.quick import compose_quick

libyaml = pytest.importorskip("yaml._yaml")


def tree(node: Node) -> Any:
    """Everything the checker can see of a node, as plain data."""
    if isinstance(node, Scalar):
        return ("scalar", node.value, node.tag, node.line, node.column, node.style)
    if isinstance(node, Mapping):
        pairs = [(tree(key), tree(value)) for key, value in node.value]
        return ("mapping", node.line, node.column, pairs)
    return ("list", node.line, node.column, [tree(item) for item in node.value])


def libyaml_tree(text: str) -> Any:
    parser = libyaml.CParser(text)
    try:
        return tree(compose._compose_events(parser.get_event))
    finally:
        parser.dispose()


def same_as_libyaml(text: str) -> bool:
    """Whether the quick reader accepts the text; if it does, its tree must be libyaml's."""
    quick = compose_quick(text)
    if quick is None:
        return False
    assert tree(quick) == libyaml_tree(text)
    return True


ACCEPTED = [
    "id: d\ndeck: D\n",
    "id: d\ndeck: D",
    "\n\n# a comment\nid: d   # trailing comment\n\ndeck: 'it''s: quoted'\n",
    'id: d\ndeck: "double: quoted # not a comment"\n',
    "  id: d\n  deck: D\n",
    "id: d\ncards:\n  - id: c1\n    type: basic\n    front: What is CD19?\n    back: x\n",
    "id: d\ncards:\n- id: c1\n  type: basic\n\n  front: q\n  # comment\n  back: a\nx: 1\n",
    "id: d\ncards:\n  -   id: c1\n      type: basic\n",
    "a:\nb:   # nothing\nc: ~\nd: null\ne: true\nf: 1_000\ng: .5\nh: 2024-01-01\ni: =\n",
    "true: x\nnull: y\nYes: z\n",
    "id: a#b\nu: http://x.y/z?q=1\nv: a :b\nw: C#\nx: é ü 😀 \u00a0x\n",
    "s: {doc: d1, lines: [14, 15]}\nt: [a, 'b c', \"d\"]\nu: []\nv: {}\nw: [ a ,  b ]\n",
    "s: {text: 'x, y', correct: true}\nt: [[a, b], {c: d}]\nu: [a]  # c\n",
    "facts:\n  - id: f\n    object:\n      - CD19\n      - 'CD3'\n    source:\n      doc: d\n"
    "      lines: [1, 2]\n    tags: [x]\n",
    "items:\n- a\n- b\nnext: 1\n",
    'id: "d"\ndeck: \'D: 1\'\ncards:\n  - id: "c1"\n    front: "Why # not?"\n    back: \'\'\n',
    'a: "12"\nb: \'true\'\nc: "x"   \n',
    "outer:\n  inner:\n    deep:\n      - x\n      - y: 1\n        z: 2\n",
]


@pytest.mark.parametrize("text", ACCEPTED)
def test_quick_reader_builds_the_libyaml_tree(text: str) -> None:
    assert same_as_libyaml(text)


DECLINED = [
    'id: d\ndeck: "C:\\\\temp"\n',  # a backslash escape
    "id: d\n\tdeck: D\n",  # tab
    "id: d\r\ndeck: D\r\n",  # carriage returns
    "\ufeffid: d\n",  # byte-order mark
    "---\nid: d\n",  # document marker
    "id: d\ndeck: ALL: drugs\n",  # ": " in a plain text
    "id: d\ndeck: ends with colon:\n",
    "id: d\ndeck: What is\n  this?\n",  # multi-line plain text
    "id: d\ndeck: |\n  block\n",
    "id: d\ndeck: >\n  folded\n",
    "id: d\ndeck: &a x\n",
    "id: d\ndeck: *a\n",
    "id: d\ndeck: !!str x\n",
    "id: d\nfacts: [a,\n  b]\n",  # flow over two lines
    "id: d\ndeck: 'open\n",
    'id: d\ndeck: "esc\\n"\n',
    "id: d\nkey:value\n",
    "id: d\n- a\n",
    "- a\n- b\n",
    "just text\n",
    "id: d\nfront side: x\n",
    "id: d\n'quoted key': x\n",
    "? complex\n: value\n",
    "id: d\nl: - a\n",
    "id: d\nl:\n  - - a\n",
    "id: d\nl:\n  -\n",
    "id: d\ndeck: D\n  group: x\n",  # deeper line after a value
    "facts:\n  - id: a\n group: x\n",  # misaligned
    "id: d\nx: [a, b,]\n",
    "id: d\nx: [a: b]\n",
    "id: d\nx: {a}\n",
    "id: d\nx: [-1]\n",
    "id: d\nx: -1\n",  # valid YAML, but "-" starts a text only in ways left to libyaml
    "id: d\nx: @home\n",
    "id: d\nx: 'a'b\n",
    "",
    "# only a comment\n",
]


@pytest.mark.parametrize("text", DECLINED)
def test_quick_reader_declines_other_yaml(text: str) -> None:
    assert compose_quick(text) is None


# ---- generated texts ---------------------------------------------------------------------

KEYS = ["id", "type", "front", "back", "text", "tags", "source", "doc", "lines", "cards",
        "facts", "object", "true", "null", "Key_2", "kind", ""]
VALUES = ["", "x", "What is CD19?", "basic", "cloze", "'q: x'", '"dq"', "''", "'  '", "a # c",
          "# c", "C#", "a:b", "a: b", "b:", "1985", "-1", "0.5", "yes", "~", "[a, b]", "[]",
          "[a, [b]]", "{doc: d, lines: [1, 2]}", "{text: a, correct: true}", "[a, 'b c']",
          "{{c1::x}}", "'{{c1::x}}'", "&a x", "*a", "!x y", "|", "@x", "é😀", "[1, 2", "- x",
          "True", "2024-01-01", "<<", "t1"]
LINE = st.tuples(
    st.sampled_from([0, 0, 2, 2, 4, 4, 6, 1, 3]),
    st.sampled_from(["", "", "", "- ", "-  "]),
    st.sampled_from(KEYS),
    st.sampled_from(VALUES),
)


def render(lines: list[tuple[int, str, str, str]]) -> str:
    out = []
    for indent, dash, key, value in lines:
        head = " " * indent + dash + (f"{key}:" if key else "")
        out.append(f"{head} {value}".rstrip() if value else head.rstrip())
    return "\n".join(out) + "\n"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, min_size=1, max_size=14))
def test_quick_reader_matches_libyaml_on_generated_texts(lines: list[Any]) -> None:
    same_as_libyaml(render(lines))


PLAIN_VALUES = ["x", "What is CD19?", "basic", "'q: x'", '"dq"', "''", "a # c", "C#", "a:b",
                "1985", "0.5", "yes", "~", "[a, b]", "[]", "{doc: d, lines: [1, 2]}", "t1",
                "{text: a, correct: true}", "[a, 'b c']", "'{{c1::x}}'", "é😀", "True", ""]
TREES = st.recursive(
    st.sampled_from(PLAIN_VALUES),
    lambda inner: st.one_of(
        st.lists(st.tuples(st.sampled_from(KEYS[:-1]), inner), min_size=1, max_size=4),
        st.lists(inner, min_size=1, max_size=3).map(tuple),
    ),
    max_leaves=12,
)


def render_tree(node: Any, indent: int, style: int) -> list[str]:
    """Block YAML for a tree of str (scalar), list of pairs (mapping) and tuple (list)."""
    pad = " " * indent
    lines: list[str] = []
    if isinstance(node, list):
        for key, value in node:
            if isinstance(value, str):
                lines.append(f"{pad}{key}: {value}".rstrip())
            else:
                lines.append(f"{pad}{key}:" + (" # c" if style % 3 == 1 else ""))
                deeper = indent if isinstance(value, tuple) and style % 2 else indent + 2
                lines += render_tree(value, deeper, style + 1)
    else:
        for item in node:
            if isinstance(item, str):
                lines.append(f"{pad}- {item}".rstrip())
            elif isinstance(item, list):  # a mapping: its first key goes after the "- "
                inner = render_tree(item, indent + 2, style + 1)
                lines += [f"{pad}- " + inner[0].lstrip(" "), *inner[1:]]
            else:
                lines += [f"{pad}-", *render_tree(item, indent + 2, style + 1)]
    return lines


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(KEYS[:-1]), TREES), min_size=1, max_size=5),
       st.integers(0, 5))
def test_quick_reader_matches_libyaml_on_generated_trees(root: list[Any], style: int) -> None:
    same_as_libyaml("\n".join(render_tree(root, 0, style)) + "\n")


def outcome(result: Parsed) -> Any:
    return [(p.line, p.col, p.message) for p in result.problems], result.deck, result.id_position


CARD_LINES = st.lists(
    st.tuples(
        st.sampled_from(["id", "type", "front", "back", "text", "tags", "items", "kind", "id"]),
        st.sampled_from(["c1", "c2", "basic", "cloze", "typed", "mcq", "reverse", "What?",
                         "'{{c1::x}}'", "{{c1::x}}", "''", "1", "true", "[a, b]", "Bad Id",
                         "x y", "", '"What?"', "'c2'", '"basic"', '"1"', "'true'", '""',
                         "'it''s'", '"a \\" b"', '"q" # c', '"say \\"hi\\""', "'a' 'b'"]),
    ),
    min_size=1,
    max_size=6,
)


def deck_text(cards: list[list[tuple[str, str]]]) -> str:
    lines = ["id: d", "deck: D", "cards:"]
    for card in cards:
        for n, (key, value) in enumerate(card):
            lines.append(("  - " if n == 0 else "    ") + f"{key}: {value}".rstrip())
    return "\n".join(lines) + "\n"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(CARD_LINES, min_size=1, max_size=4))
def test_shortcuts_give_the_same_problems_and_deck(
    cards: list[list[tuple[str, str]]],
) -> None:
    text = deck_text(cards)
    fast = outcome(check_text(text, filename="d.yaml"))
    saved = compose.compose_quick, walk._plain_record
    compose.compose_quick = lambda text: None  # type: ignore[assignment]
    walk._plain_record = lambda *args: None  # type: ignore[assignment]
    try:
        full = outcome(check_text(text, filename="d.yaml"))
    finally:
        compose.compose_quick, walk._plain_record = saved
    assert fast == full


def test_big_deck_of_plain_cards_reads_the_same_with_and_without_shortcuts() -> None:
    cards = [[("id", f"c{i}"), ("type", "basic"), ("front", f"Q {i}?"), ("back", f"A {i}")]
             for i in range(300)]
    cards[150] = [("id", "c1"), ("type", "basic"), ("front", "dup"), ("back", "x")]
    text = deck_text(cards)
    fast = check_text(text, filename="d.yaml")
    assert [(p.line, p.col) for p in fast.problems] == [(604, 9)]
    compose_quick_saved = compose.compose_quick
    compose.compose_quick = lambda text: None  # type: ignore[assignment]
    try:
        assert outcome(check_text(text, filename="d.yaml")) == outcome(fast)
    finally:
        compose.compose_quick = compose_quick_saved


@pytest.mark.parametrize("value", ['"20"', "'20'"])
def test_a_quoted_number_is_refused_where_a_number_is_needed(value: str) -> None:
    text = f"id: d\ndeck: D\nsettings:\n  new_per_day: {value}\n  reviews_per_day: 100\n"
    problems = check_text(text, filename="d.yaml").problems
    assert [(p.line, p.col) for p in problems] == [(4, 16)]
    assert "new_per_day" in problems[0].message


# ---- tables: long runs of items written alike --------------------------------------------

TABLE_VALUES = ["c1", "c2", "basic", "cloze", "mcq", "What?", "x y", "1", "true", "~", "''",
                '"What?"', "'c2'", '"1"', "'it''s'", '"a \\" b"', "a # c", "C#", "a:b",
                "'{{c1::x}}'", "{{c1::x}}", "[a, b]", "Bad Id", "é😀", "- x", "x  ", "a    b  "]
# How one item may differ from the items around it.
ODD_ITEMS = ["", "", "", "extra key", "blank line", "comment", "deeper line", "shallower",
             "two spaces", "wide dash", "no value", "continued"]


def table_deck(keys: list[str], values: list[list[str]], odd: str, at: int) -> str:
    lines = ["id: d", "deck: D", "cards:"]
    for n, row in enumerate(values):
        for k, (key, value) in enumerate(zip(keys, row, strict=False)):
            sep = "  " if odd == "two spaces" and n == at else " "
            head = "  - " if k == 0 else "    "
            if odd == "wide dash" and n == at:
                head = "  -  " if k == 0 else "     "
            lines.append(f"{head}{key}:{sep}{value}" if value else f"{head}{key}:")
        if n == at:
            lines += {"extra key": ["    tags: [x]"], "blank line": [""], "comment": ["# c"],
                      "deeper line": ["      more"], "shallower": ["   x: y"],
                      "no value": ["    back:"], "continued": ["     and more"]}.get(odd, [])
    return "\n".join(lines) + "\n"


TABLE_DECKS = st.builds(
    lambda keys, rows, odd, at, count: table_deck(
        keys, [(rows * count)[i] for i in range(count)], odd, at % count),
    st.lists(st.sampled_from(["id", "type", "front", "back", "text", "kind", "id"]),
             min_size=1, max_size=5),
    st.lists(st.lists(st.sampled_from(TABLE_VALUES), min_size=5, max_size=5),
             min_size=1, max_size=4),
    st.sampled_from(ODD_ITEMS),
    st.integers(0, 20),
    st.integers(2, 8),
)


@pytest.fixture
def small_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read runs of a single alike item as tables, so short generated decks use them."""
    monkeypatch.setattr(quick, "MIN_TABLE_ITEMS", 1)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(TABLE_DECKS)
def test_tables_build_the_libyaml_tree(small_tables: None, text: str) -> None:
    same_as_libyaml(text)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(TABLE_DECKS)
def test_tables_give_the_same_problems_and_deck_as_the_full_check(
    small_tables: None, text: str
) -> None:
    fast = outcome(check_text(text, filename="d.yaml"))
    with monkeypatch_context() as patch:
        patch.setattr(compose, "compose_quick", lambda text: None)
        patch.setattr(walk, "_plain_record", lambda *args: None)
        full = outcome(check_text(text, filename="d.yaml"))
    assert fast == full


def monkeypatch_context() -> Any:
    return pytest.MonkeyPatch.context()


def cards_list(text: str) -> Sequence:
    root = compose_quick(text)
    assert root is not None
    cards = {key.value: value for key, value in root.value if isinstance(key, Scalar)}["cards"]
    assert isinstance(cards, Sequence)
    return cards


def test_a_long_run_of_alike_cards_is_read_as_one_table() -> None:
    cards = [[("id", f"c{i}"), ("type", "basic"), ("front", f'"Q {i}?"'), ("back", f"A {i}")]
             for i in range(40)]
    text = deck_text(cards)
    tables = cards_list(text).tables
    # the first card is read row by row and shows the shape; the other 39 are the table
    assert tables is not None and [(start, stop) for start, stop, _ in tables] == [(1, 40)]
    assert same_as_libyaml(text)


def test_a_card_written_differently_splits_the_table_and_keeps_its_place() -> None:
    cards = [[("id", f"c{i}"), ("type", "basic"), ("front", f"Q {i}?"), ("back", f"A {i}")]
             for i in range(60)]
    cards[30] = [("id", "c30"), ("type", "basic"), ("back", "A"), ("front", "Q")]  # keys swapped
    text = deck_text(cards)
    tables = cards_list(text).tables
    assert tables is not None and [(a, b) for a, b, _ in tables] == [(1, 30), (32, 60)]
    assert same_as_libyaml(text)
    deck = check_text(text, filename="d.yaml").deck
    assert deck is not None and [c.id for c in deck.cards] == [f"c{i}" for i in range(60)]


def test_a_problem_inside_a_table_is_worded_as_without_one() -> None:
    cards = [[("id", f"c{i}"), ("type", "basic"), ("front", f"Q {i}?"), ("back", f"A {i}")]
             for i in range(40)]
    cards[25] = [("id", "c25"), ("type", "basik"), ("front", "Q?"), ("back", "12")]
    cards[33] = [("id", "c3"), ("type", "basic"), ("front", "Q?"), ("back", "A")]
    text = deck_text(cards)
    problems = check_text(text, filename="d.yaml").problems
    assert [(p.line, p.col) for p in problems] == [(105, 11), (107, 11), (136, 9)]
    assert "did you mean 'basic'?" in problems[0].message
    assert 'put it in quotes ("12")' in problems[1].message
    assert "card id 'c3' is already used by the card on line 16" in problems[2].message


def test_a_list_of_mixed_shapes_is_scanned_to_its_end_only_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Alternating key orders once made every item rescan the rest of the list: a deck of
    # 16,000 such cards took minutes to open.
    cards = [[("id", f"c{i}"), ("type", "basic"), ("front", "Q"), ("back", "A")][:: 1 if i % 2
             else -1] for i in range(400)]
    text = deck_text(cards)
    scans = 0
    real = quick._list_end

    def counting(indent: int) -> Any:
        nonlocal scans
        scans += 1
        return real(indent)

    monkeypatch.setattr(quick, "MIN_TABLE_ITEMS", 1)
    monkeypatch.setattr(quick, "_list_end", counting)
    assert same_as_libyaml(text)
    assert scans == 1


def test_a_deck_of_thousands_of_shapes_makes_few_expressions() -> None:
    cards = [[("id", f"c{i}"), ("type", "basic"), (f"k{i}", "x")] for i in range(300)]
    text = deck_text(cards)
    quick._SHAPES.clear()
    problems = check_text(text, filename="d.yaml").problems
    assert len(quick._SHAPES) <= quick.MAX_NEW_SHAPES
    assert len(problems) >= 300  # every unknown key is still reported, with its line


@pytest.mark.parametrize("char", [chr(c) for c in (*range(0, 10), *range(11, 32), 127)]
                         + ["\u0085", "\u2028", "\ufeff", "\ud800"])
def test_control_and_odd_characters_leave_the_text_to_libyaml(char: str) -> None:
    assert compose_quick(f"id: d\ndeck: D{char}x\n") is None
    assert compose_quick("id: d\ndeck: Dx\n") is not None
