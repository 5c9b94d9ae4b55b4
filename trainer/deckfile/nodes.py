"""The YAML node tree the checker walks: scalars, mappings and lists with their positions.

These are lighter than PyYAML's nodes (no marks, no end positions): a deck of 100,000 cards
makes about a million of them. Lines and columns are 0-based, as in PyYAML marks.
"""

from __future__ import annotations

from typing import Protocol, TypeAlias


class Scalar:
    """A scalar: its text, its resolved tag, where it starts, and its style ("" when plain)."""

    __slots__ = ("column", "line", "style", "tag", "value")

    def __init__(self, value: str, tag: str, line: int, column: int, style: str = "") -> None:
        self.value = value
        self.tag = tag
        self.line = line
        self.column = column
        self.style = style

    def __repr__(self) -> str:
        return f"Scalar({self.value!r}, {self.tag!r}, {self.line}, {self.column}, {self.style!r})"


class LazyPairs(Protocol):
    """Where a mapping's pairs come from when it was read without making its nodes."""

    def pairs(self, line: int) -> list[tuple[Node, Node]]:
        """The pairs of the mapping that starts on ``line``."""
        ...


class ItemTable(Protocol):
    """List items that are mappings of the same keys, each a plain text as written."""

    keys: tuple[str, ...]
    values: list[tuple[str, ...]]


class Mapping:
    """A mapping: its key/value node pairs in file order, and where it starts.

    The quick reader may give ``rows`` instead of the pairs (plain ``key: text`` lines); the
    pairs are then made from them the first time ``value`` is read. The checker reads most
    such mappings from ``rows`` directly and never needs their nodes.
    """

    __slots__ = ("_pairs", "column", "line", "rows")

    def __init__(
        self,
        value: list[tuple[Node, Node]] | None,
        line: int,
        column: int,
        rows: LazyPairs | None = None,
    ) -> None:
        assert value is not None or rows is not None
        self._pairs = value
        self.line = line
        self.column = column
        self.rows = rows

    @property
    def value(self) -> list[tuple[Node, Node]]:
        pairs = self._pairs
        if pairs is None:
            assert self.rows is not None
            pairs = self._pairs = self.rows.pairs(self.line)
        return pairs

    def __repr__(self) -> str:
        return f"Mapping({self.value!r}, {self.line}, {self.column})"


class Sequence:
    """A list: its item nodes, and where it starts.

    ``tables`` names runs of items the quick reader read as one table: (first item, item
    after the last, the table); the checker may check such a run column by column.
    """

    __slots__ = ("column", "line", "tables", "value")

    def __init__(
        self, value: list[Node], line: int, column: int,
        tables: list[tuple[int, int, ItemTable]] | None = None,
    ) -> None:
        self.value = value
        self.line = line
        self.column = column
        self.tables = tables

    def __repr__(self) -> str:
        return f"Sequence({self.value!r}, {self.line}, {self.column})"


Node: TypeAlias = Scalar | Mapping | Sequence


def line_of(node: Node) -> int:
    """The 1-based line a node starts on, as shown in messages."""
    return node.line + 1
