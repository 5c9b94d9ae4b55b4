"""A fast reader for the plain YAML that deck files are almost always written in.

libyaml parses a big deck quickly, but turning its million events into Python objects costs
seconds. Deck files use a small part of YAML: one ``key: value`` or ``- item`` per line, plain
or quoted one-line texts, and short one-line ``[lists]`` and ``{mappings}``. This module reads
exactly that part: one regular expression splits every line into indent, "- ", key and value,
and one pass over the lines builds the tree. Long runs of list items written alike (most of a
big deck) are read as tables instead, by an expression made for their keys (see "tables"
below), and their nodes are made only if something asks for them.

It only ever *declines*: :func:`compose_quick` returns None for anything outside that part
(tabs, block texts, multi-line values, anchors, tags, unusual keys, odd indentation, ...), and
the caller then lets libyaml (or PyYAML) read the text. For everything it accepts, the node
tree is the one libyaml gives: same values, same tags, same lines and columns. Its rules are
stricter than YAML's wherever YAML has a subtlety.
"""

from __future__ import annotations

import re
from typing import Any

from yaml.resolver import Resolver

from trainer.deckfile.describe import NULL, STR
from trainer.deckfile.nodes import ItemTable, Mapping, Node, Scalar, Sequence

MAX_FLOW_DEPTH = 8
"""Deepest [list] / {mapping} nesting read here; deeper ones go to the full parser."""

MAX_BLOCK_DEPTH = 16
"""Deepest indentation nesting read here; deeper ones go to the full parser."""

# Any character other than a newline and YAML's printable ones (tabs, carriage returns, other
# line breaks, control characters, byte-order marks, surrogates): leave such text to libyaml.
_UNUSUAL = re.compile(
    "[^\n -~\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)

# The same test for ASCII text, several times faster: control characters other than "\n".
_ASCII_CONTROLS = str.maketrans("", "", "".join(map(chr, (*range(10), *range(11, 32), 127))))


def _usual(text: str) -> bool:
    """Whether the text holds only newlines and characters YAML prints as they are."""
    if text.isascii():
        return len(text.translate(_ASCII_CONTROLS)) == len(text)
    return _UNUSUAL.search(text) is None


_KEY = r"[A-Za-z_][A-Za-z0-9_]{0,99}"

# Every line matches: indent, "- " (optional), "key:" (optional, a simple name followed by a
# space or the line's end), the spaces after it, and the rest without trailing spaces.
_LINE = re.compile(
    rf"^([ ]*)(-[ ]+)?(?:({_KEY}):(?=[ ]|$))?([ ]*)([^ \n](?:.*[^ \n])?)?[ ]*$", re.MULTILINE
)

# Characters that cannot start a plain text here: YAML indicators, quotes, and "-", "?", ":"
# (which may start one in YAML, in ways left to the full parser).
_NOT_PLAIN_START = frozenset(" -?:,[]{}#&*!|>'\"%@`")

_SINGLE = re.compile(r"'((?:[^']|'')*)'(?:[ ]+#.*)?")
_DOUBLE = re.compile(r'"([^"\\]*)"(?:[ ]+#.*)?')

# A [list] of plain texts only: split at its commas.
_FLAT_LIST = re.compile(r"\[([^\[\]{}'\"#:?]*)\](?:[ ]+#.*)?")

# Tokens inside [ ] and { }; plain texts there stop at , [ ] { } and hold no ':', '#' or '?'.
_FLOW_PLAIN = r"[^ \-?:,\[\]{}#&*!|>'\"%@`](?:[^ ?:,\[\]{}#]|[ ]+(?=[^ ?:,\[\]{}#]))*"
_FLOW_TOKEN = re.compile(
    rf"""[ ]*(?:
        ([\[\]{{}},])                       # 1 [ ] {{ }} ,
      | ({_KEY}):[ ]+                       # 2 key of a flow mapping
      | ({_FLOW_PLAIN})                     # 3 plain text
      | ('(?:[^']|'')*')                    # 4 'single-quoted'
      | ("[^"\\]*")                         # 5 "double-quoted"
      | (\#.*)                              # 6 a comment
      | (.)                                 # 7 anything else
    )""",
    re.VERBOSE,
)
_BRACKET, _FLOW_KEY, _PLAIN, _QUOTED, _DOUBLE_QUOTED, _COMMENT = 1, 2, 3, 4, 5, 6

_IMPLICIT = Resolver.yaml_implicit_resolvers  # first character -> tags a plain text may have

MAY_RESOLVE = _IMPLICIT
"""The first characters of plain texts that plain_tag may find are not simply text (str)."""


def plain_tag(value: str) -> str:
    """The tag YAML gives a plain (unquoted) scalar: str, int, float, bool, null, ...

    The same answer as PyYAML's ``Resolver.resolve`` for a plain scalar, without its overhead;
    :func:`compose_quick` declines when resolvers it does not follow are registered.
    """
    for tag, pattern in _IMPLICIT.get(value[:1], ()):
        if pattern.match(value):
            return tag
    return STR


def compose_quick(text: str) -> Mapping | None:
    """The root mapping of a deck in plain block YAML, or None to leave it to a full parser."""
    if None in _IMPLICIT or Resolver.yaml_path_resolvers or not _usual(text):
        return None
    tags = TagCache()
    with_tables = _rows_and_tables(text, tags)
    if with_tables is not None:
        try:
            return _Blocks(*with_tables, tags).document()
        except _Decline:
            pass  # read every row instead: it declines too, or finds what the tables hid
    try:
        return _Blocks(_LINE.findall(text), {}, tags).document()
    except _Decline:
        return None


class _Decline(Exception):
    """The text uses YAML this reader leaves to the full parser."""


class TagCache(dict[str, str]):
    """plain_tag of keys and short texts, worked out once per document (they repeat a lot)."""

    def __missing__(self, text: str) -> str:
        tag = self[text] = plain_tag(text)
        return tag

    def of(self, text: str) -> str:
        """plain_tag(text) for a non-empty text."""
        if text[0] not in _IMPLICIT:
            return STR
        return self[text] if len(text) <= _SHORT else plain_tag(text)


_SHORT = 8  # texts up to this long have their tag remembered: "true", "12", "t1", ...


Row = tuple[str, str, str, str, str]  # indent, "- ", key, spaces after "key:", value


class _Blocks:
    """Reads block mappings and lists by indentation, one row (line) at a time.

    A block mapping is a run of ``key: ...`` rows at one column; a block list is a run of
    ``- ...`` rows at one column. A key without a value on its row takes the block indented
    below it (a list may also start at the key's own column), or is null.
    """

    def __init__(self, rows: list[Row], tables: dict[int, Table], tags: TagCache) -> None:
        self.rows = rows
        self.end = len(rows)
        self.tables = tables  # first row -> the table read there (its rows are placeholders)
        self.tags = tags

    def document(self) -> Mapping | None:
        i = self.skip(0)
        if i == self.end:
            return None
        indent, dash, key, _, _ = self.rows[i]
        if dash or not key:
            raise _Decline  # the file holds a list or a text, not a deck mapping
        root, i = self.mapping(i, len(indent), 0)
        if self.skip(i) != self.end:
            raise _Decline  # a line indented less than the first key
        return root

    def skip(self, i: int) -> int:
        """The first row from ``i`` on that is not blank or a comment."""
        rows, end = self.rows, self.end
        while i < end:
            _, dash, key, _, value = rows[i]
            if dash or key or (value and value[0] != "#"):
                break
            i += 1
        return i

    def mapping(self, i: int, col: int, depth: int) -> tuple[Mapping, int]:
        """The block mapping whose first key is on row ``i`` at ``col`` (maybe after "- ").

        Runs of plain ``key: text`` rows are only counted here; a mapping made of nothing
        else keeps its rows (see :class:`PlainRows`), others get their pairs now.
        """
        if depth > MAX_BLOCK_DEPTH:
            raise _Decline
        rows, end = self.rows, self.end
        pairs: list[tuple[Node, Node]] | None = None  # made at the first other row
        first = run = last = i  # the current run of plain rows is rows run to last
        while i < end:
            indent, dash, key, _, value = rows[i]
            if key and len(indent) + len(dash) == col and (not dash or i == first):
                if value and (
                    (value[0] not in _NOT_PLAIN_START and ":" not in value and "#" not in value)
                    or simply_quoted(value)
                ):  # a plain row, "key: text" or "key: \"text\""
                    if last != i:  # blank lines or comments came in between
                        pairs = self.plain_pairs(pairs, run, last, col)
                        run = i
                    i = last = i + 1
                    continue
                pairs = self.plain_pairs(pairs, run, last, col)
                i = run = last = self.entry(pairs, i, col, depth)
            elif not key and not dash and (not value or value[0] == "#"):
                i += 1  # a blank line or a comment
            elif len(indent) < col:
                break  # the mapping ends here
            elif i in self.tables and self.tables[i].indent < col:
                break  # the mapping ends where a table of items of an outer list starts
            else:
                raise _Decline
        if pairs is None:
            rows_only = PlainRows(self.rows, first, last, col, self.tags)
            return Mapping(None, first, col, rows_only), i
        return Mapping(self.plain_pairs(pairs, run, last, col), first, col), i

    def plain_pairs(
        self, pairs: list[tuple[Node, Node]] | None, start: int, stop: int, col: int
    ) -> list[tuple[Node, Node]]:
        """``pairs`` (or a new list) with the pairs of plain rows ``start`` to ``stop`` added."""
        if pairs is None:
            pairs = []
        if start < stop:
            pairs += _plain_pairs(self.rows, start, stop, col, self.tags)
        return pairs

    def entry(self, pairs: list[tuple[Node, Node]], i: int, col: int, depth: int) -> int:
        """Add the key on row ``i`` (at ``col``) and its value; return the next row."""
        _, _, key, gap, value = self.rows[i]
        key_node = Scalar(key, self.tags[key], i, col)
        if value and value[0] != "#":
            pairs.append((key_node, self.value(i, col + len(key) + 1 + len(gap), value)))
            return i + 1
        j = self.skip(i + 1)
        if j < self.end:
            indent, dash, key_below, _, _ = self.rows[j]
            below = len(indent)
            if below > col or (below == col and dash):
                child: Mapping | Sequence
                if dash:
                    child, j = self.sequence(j, below, depth + 1, indentless=below == col)
                elif key_below:
                    child, j = self.mapping(j, below, depth + 1)
                else:
                    raise _Decline  # a text on the next line: a multi-line value
                pairs.append((key_node, child))
                return j
        pairs.append((key_node, _empty_value(key_node)))
        return i + 1

    def sequence(self, i: int, col: int, depth: int, indentless: bool) -> tuple[Sequence, int]:
        """The block list whose first "- " is on row ``i`` at ``col``."""
        if depth > MAX_BLOCK_DEPTH:
            raise _Decline
        rows, end, tables = self.rows, self.end, self.tables
        items: list[Node] = []
        runs: list[tuple[int, int, ItemTable]] = []
        first = i
        while i < end:
            table = tables.get(i) if tables else None
            if table is not None:
                if table.indent != col or depth + 1 > MAX_BLOCK_DEPTH:
                    raise _Decline  # not where the table was expected: read every row
                start = len(items)
                items += table.nodes()
                runs.append((start, len(items), table))
                i += table.row_count
                continue
            indent, dash, key, _, value = rows[i]
            if len(indent) != col or not dash:
                if not key and not dash and (not value or value[0] == "#"):
                    i += 1  # a blank line or a comment
                    continue
                if len(indent) < col or (indentless and len(indent) == col):
                    break  # the list ends here
                raise _Decline
            at = col + len(dash)
            if key:
                item, i = self.mapping(i, at, depth + 1)
                items.append(item)
            elif value and value[0] != "#":
                items.append(self.value(i, at, value))
                i += 1
            else:
                raise _Decline  # "- " with nothing after it
        return Sequence(items, first, col, runs), i

    def value(self, line: int, col: int, text: str) -> Node:
        """The node of a value written on one row, starting at ``col``."""
        first = text[0]
        if first == "'":
            found = _SINGLE.fullmatch(text)
            if found is None:
                raise _Decline
            return Scalar(found.group(1).replace("''", "'"), STR, line, col, "'")
        if first == '"':
            found = _DOUBLE.fullmatch(text)
            if found is None:
                raise _Decline
            return Scalar(found.group(1), STR, line, col, '"')
        if first == "[" or first == "{":
            return _Flow(text, line, col, self.tags).read()
        if first in _NOT_PLAIN_START:
            raise _Decline
        if "#" in text:
            cut = text.find(" #")
            if cut >= 0:
                text = text[:cut].rstrip(" ")
        if ": " in text or text.endswith(":"):
            raise _Decline
        return Scalar(text, self.tags.of(text), line, col)


def simply_quoted(value: str) -> bool:
    """Whether a row's value is one quoted text and nothing else: ``"text"`` without
    backslashes or inner double quotes, or ``'text'`` without inner single quotes."""
    quote = value[0]
    if quote == '"':
        return len(value) > 1 and value[-1] == '"' and value.count('"') == 2 and (
            "\\" not in value
        )
    if quote == "'":
        return len(value) > 1 and value[-1] == "'" and value.count("'") == 2
    return False


class PlainRows:
    """Rows ``rows[start:stop]`` of a block mapping, all ``key: text`` with the keys at
    column ``col`` (the first row may begin with "- "); each text is plain or
    :func:`simply_quoted`. Each row is (indent, "- ", key, spaces after the ':', text as
    written, quotes included); ``tags`` gives the tag of a key or plain text."""

    __slots__ = ("col", "rows", "start", "stop", "tags")

    def __init__(self, rows: list[Row], start: int, stop: int, col: int, tags: TagCache) -> None:
        self.rows = rows
        self.start = start
        self.stop = stop
        self.col = col
        self.tags = tags

    def pairs(self, line: int) -> list[tuple[Node, Node]]:
        """The key and value nodes of every row (the first is on ``line``)."""
        return _plain_pairs(self.rows, self.start, self.stop, self.col, self.tags)


def _plain_pairs(
    rows: list[Row], start: int, stop: int, col: int, tags: TagCache
) -> list[tuple[Node, Node]]:
    """The key and value nodes of plain ``key: text`` rows ``start`` to ``stop``."""
    return _row_pairs(rows[start:stop], start, col, tags)


def _row_pairs(
    rows: list[Row], first_line: int, col: int, tags: TagCache
) -> list[tuple[Node, Node]]:
    """The key and value nodes of plain ``key: text`` rows, the first on ``first_line``."""
    implicit = _IMPLICIT
    return [
        (
            Scalar(key, tags[key], line, col),
            Scalar(value[1:-1], STR, line, col + len(key) + 1 + len(gap), value[0])
            if value[0] in _QUOTES
            else Scalar(
                value,
                STR if value[0] not in implicit else tags.of(value),
                line,
                col + len(key) + 1 + len(gap),
            ),
        )
        for line, (_, _, key, gap, value) in enumerate(rows, first_line)
    ]


# ---- tables: long runs of list items written alike ---------------------------------------
#
# A big deck is mostly one list of items written alike: "- id: ...", then the same keys below
# it, one plain or simply quoted text each. Such a run is read by one regular expression made
# for its keys, and its rows are never split one by one. A run only ever stands for exactly
# the rows it covers; wherever the reader meets its rows other than as the list items it
# expects, it declines and the whole text is read row by row instead.

MIN_TABLE_ITEMS = 16
"""Fewest items (after the first) read as a table; shorter runs are read row by row."""

# A value the row reader takes as a plain row: plain text without ':' or '#', or quoted text
# that simply_quoted accepts. Spaces inside plain text must be followed by more text, so
# trailing spaces stay outside. Written as words separated by runs of spaces, which can
# match only one way, rather than with possessive quantifiers: Python 3.11.2 (Debian 12's)
# let a possessive group keep the trailing spaces ("x  " for "x"), a bug fixed later.
_TABLE_VALUE = (
    r"""([^ \-?:,\[\]{}#&*!|>'"%@`\n][^ :#\n]*(?:[ ]+[^ :#\n]+)*"""
    r"""|"[^"\\\n]*"|'[^'\n]*')[ ]*\n"""
)

# The first item of a possible run: "- key: ..." and the "key: ..." rows under it.
_MODEL = re.compile(rf"^([ ]*)- ({_KEY}): [^\n]*\n((?:\1  {_KEY}: [^\n]*\n)*)", re.MULTILINE)
_MODEL_KEY = re.compile(rf"^[ ]*({_KEY}):", re.MULTILINE)

# Placeholder for a row a table covers: no key, no "- ", and an indent deeper than any real
# one, so that every reading of it other than the table's declines.
_COVERED: Row = (" " * 10_000, "", "", "", "\0")


class _Shape:
    """The regular expressions for list items at one indent with the same keys in order."""

    def __init__(self, indent: int, keys: tuple[str, ...]) -> None:
        inner = " " * (indent + 2)
        rows = [f"^{' ' * indent}- {re.escape(keys[0])}: {_TABLE_VALUE}"]
        rows += [f"{inner}{re.escape(key)}: {_TABLE_VALUE}" for key in keys[1:]]
        # the item ends where no deeper line continues it
        item = "".join(rows) + f"(?!{inner})"
        self.item = re.compile(item, re.MULTILINE)
        self.run = re.compile(f"(?:{item})*", re.MULTILINE)
        self.indent = indent
        self.height = len(keys)


_SHAPES: dict[tuple[int, tuple[str, ...]], _Shape] = {}

MAX_NEW_SHAPES = 8
"""Item shapes a text may bring whose expressions are not made yet; past that, its other
runs are read row by row (making expressions for thousands of shapes would take seconds)."""


def _shape(indent: int, keys: tuple[str, ...], budget: list[int]) -> _Shape | None:
    """The expressions for a shape, made if need be while ``budget[0]`` allows."""
    found = _SHAPES.get((indent, keys))
    if found is None:
        if budget[0] <= 0:
            return None
        budget[0] -= 1
        if len(_SHAPES) > 256:
            _SHAPES.clear()
        found = _SHAPES[indent, keys] = _Shape(indent, keys)
    return found


class Table:
    """List items read as one table: each is a mapping of the same ``keys``, one row each,
    the first after "- " at column ``indent``. ``values`` holds each item's texts as written
    (quotes included); item ``j`` starts on line ``first_line + j * len(keys)``."""

    __slots__ = ("col", "first_line", "indent", "keys", "row_count", "tags", "values")

    def __init__(self, indent: int, keys: tuple[str, ...], first_line: int,
                 values: list[tuple[str, ...]], tags: TagCache) -> None:
        self.indent = indent
        self.col = indent + 2  # the column of every key
        self.keys = keys
        self.first_line = first_line
        self.values = values
        self.tags = tags
        self.row_count = len(values) * len(keys)

    def nodes(self) -> list[Node]:
        """A mapping node per item, its pairs made only if asked for."""
        height, line, col = len(self.keys), self.first_line, self.col
        return [Mapping(None, line + j * height, col, self) for j in range(len(self.values))]

    def pairs(self, line: int) -> list[tuple[Node, Node]]:
        """The key and value nodes of the item that starts on ``line``."""
        texts = self.values[(line - self.first_line) // len(self.keys)]
        rows = [("", "", key, " ", text) for key, text in zip(self.keys, texts, strict=True)]
        return _row_pairs(rows, line, self.col, self.tags)


def _run(text: str, shape: _Shape, start: int, whole_list: bool) -> tuple[int, list[Any], int]:
    """Where the run of items of ``shape`` from ``start`` ends, their texts, and where the
    list ends when ``whole_list`` was tried and the run does not fill it (else -1)."""
    # Usually the list goes on to its end in items of one shape: one pass finds them all,
    # and when they fill every line up to the list's end they follow each other unbroken.
    # That is tried once per list: a list of mixed shapes is read run by run instead, so
    # the cost stays in proportion to the text.
    unfilled = -1
    if whole_list:
        bound = _list_end(shape.indent).search(text, start - 1)
        end = len(text) if bound is None else bound.start() + 1
        found = shape.item.findall(text, start, end)
        if len(found) * shape.height == text.count("\n", start, end):
            return end, found, -1
        unfilled = end
    run = shape.run.match(text, start)
    assert run is not None  # it may match nothing
    return run.end(), shape.item.findall(text, start, run.end()), unfilled


_LIST_ENDS: dict[int, re.Pattern[str]] = {}


def _list_end(indent: int) -> re.Pattern[str]:
    """The line break before the first line that is not part of a block list at
    ``indent``, nor blank (a pattern that starts with a line break is searched fastest)."""
    found = _LIST_ENDS.get(indent)
    if found is None:
        pad = " " * indent
        found = _LIST_ENDS[indent] = re.compile(rf"\n(?!{pad}- |{pad}  |\n|\Z)")
    return found


def _rows_and_tables(text: str, tags: TagCache) -> tuple[list[Row], dict[int, Table]] | None:
    """The text's rows with the rows of long runs of alike items left as placeholders, and
    those runs as tables by their first row; None when the text has no such run."""
    tables: list[tuple[int, int, Table]] = []  # (start offset, end offset, table)
    pos = line = counted = 0
    mixed_until = -1  # the end of a list already found to hold items of several shapes
    budget = [MAX_NEW_SHAPES]
    while (model := _MODEL.search(text, pos)) is not None:
        keys = (model.group(2), *_MODEL_KEY.findall(model.group(3)))
        shape = _shape(len(model.group(1)), keys, budget)
        if shape is None:
            break
        first = shape.item.match(text, model.start())
        if first is None:
            pos = model.end()
            continue
        start = first.end()
        end, found, unfilled = _run(text, shape, start, whole_list=start > mixed_until)
        mixed_until = max(mixed_until, unfilled)
        if len(found) < MIN_TABLE_ITEMS:
            pos = max(end, model.end())
            continue
        values = found if len(keys) > 1 else [(value,) for value in found]
        line += text.count("\n", counted, start)
        counted = start
        tables.append((start, end, Table(len(model.group(1)), keys, line, values, tags)))
        pos = end
    if not tables:
        return None
    rows: list[Row] = []
    at = 0
    for start, end, table in tables:
        rows += _LINE.findall(text, at, start - 1)  # up to the newline before the table
        rows += [_COVERED] * table.row_count
        at = end
    rows += _LINE.findall(text, at)
    if len(rows) != text.count("\n") + 1:  # one row per line, or something is off
        return None
    return rows, {table.first_line: table for _, _, table in tables}


_QUOTES = frozenset("'\"")


def _empty_value(key: Scalar) -> Scalar:
    """The null a key without a value has; YAML places it just after the key's ':'."""
    return Scalar("", NULL, key.line, key.column + len(key.value) + 1)


class _Flow:
    """Reads one [list] or {mapping} that opens and closes on one line."""

    def __init__(self, text: str, line: int, col: int, tags: TagCache) -> None:
        self.text = text
        self.line = line
        self.col = col
        self.tags = tags

    def read(self) -> Node:
        found = _FLAT_LIST.fullmatch(self.text)
        if found is not None:
            return self.flat_list(found.group(1))
        self.tokens = list(_FLOW_TOKEN.finditer(self.text))
        node, i = self.node(0, 0)
        rest = self.tokens[i:]
        if rest and not _is_comment_after_space(rest):
            raise _Decline
        return node

    def flat_list(self, inside: str) -> Sequence:
        """A [list] of plain texts: "[CD19, CD3]"."""
        items: list[Node] = []
        if inside.strip(" "):
            at, line, tag = self.col + 1, self.line, self.tags.of
            for part in inside.split(","):
                item = part.strip(" ")
                if not item or item[0] in _NOT_PLAIN_START:
                    raise _Decline
                start = at + len(part) - len(part.lstrip(" "))
                items.append(Scalar(item, tag(item), line, start))
                at += len(part) + 1
        return Sequence(items, self.line, self.col)

    def token(self, i: int) -> re.Match[str]:
        if i >= len(self.tokens):
            raise _Decline
        return self.tokens[i]

    def node(self, i: int, depth: int) -> tuple[Node, int]:
        """The node whose first token is token ``i``, and the index of the token after it."""
        found = self.token(i)
        kind = found.lastindex
        assert kind is not None
        at = self.col + found.start(kind)
        if kind == _PLAIN:
            value = found.group(kind)
            return Scalar(value, self.tags.of(value), self.line, at), i + 1
        if kind == _QUOTED:
            value = found.group(kind)[1:-1].replace("''", "'")
            return Scalar(value, STR, self.line, at, "'"), i + 1
        if kind == _DOUBLE_QUOTED:
            return Scalar(found.group(kind)[1:-1], STR, self.line, at, '"'), i + 1
        if kind != _BRACKET or depth >= MAX_FLOW_DEPTH:
            raise _Decline
        if found.group(kind) == "[":
            return self.sequence(i + 1, depth + 1, at)
        if found.group(kind) == "{":
            return self.mapping(i + 1, depth + 1, at)
        raise _Decline

    def closer(self, i: int, close: str) -> bool:
        """Whether token ``i`` closes the collection; otherwise it must be a comma."""
        mark = self.token(i).group(_BRACKET)
        if mark == close:
            return True
        if mark != ",":
            raise _Decline
        return False

    def sequence(self, i: int, depth: int, at: int) -> tuple[Node, int]:
        items: list[Node] = []
        if self.token(i).group(_BRACKET) != "]":
            while True:
                item, i = self.node(i, depth)
                items.append(item)
                if self.closer(i, "]"):
                    break
                i += 1
        return Sequence(items, self.line, at), i + 1

    def mapping(self, i: int, depth: int, at: int) -> tuple[Node, int]:
        pairs: list[tuple[Node, Node]] = []
        if self.token(i).group(_BRACKET) != "}":
            while True:
                found = self.token(i)
                key = found.group(_FLOW_KEY)
                if not key:
                    raise _Decline
                at_key = self.col + found.start(_FLOW_KEY)
                key_node = Scalar(key, self.tags[key], self.line, at_key)
                value, i = self.node(i + 1, depth)
                pairs.append((key_node, value))
                if self.closer(i, "}"):
                    break
                i += 1
        return Mapping(pairs, self.line, at), i + 1


def _is_comment_after_space(tokens: list[re.Match[str]]) -> bool:
    """Whether the tokens after a flow collection are just " # a comment"."""
    return (
        len(tokens) == 1
        and tokens[0].lastindex == _COMMENT
        and tokens[0].group(0).startswith(" ")
    )
