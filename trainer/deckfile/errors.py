"""Problems found in a deck file, the exception that carries them, and the plain words
they describe YAML nodes and values with."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from yaml.error import Mark
from yaml.nodes import MappingNode, Node, SequenceNode

TAG = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL = TAG + "str", TAG + "int", TAG + "float", TAG + "bool", TAG + "null"
SEQ, MAP, TIMESTAMP = TAG + "seq", TAG + "map", TAG + "timestamp"
NUMBERS = (INT, FLOAT)


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One thing wrong with a deck file, at a 1-based line and column."""

    file: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.message}"


class DeckError(Exception):
    """A deck file could not be read; ``problems`` lists everything found, in file order."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        super().__init__(self.problems)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    def __reduce__(self) -> tuple[type[DeckError], tuple[list[Problem]]]:
        return (DeckError, (self.problems,))


class ProblemList:
    """Collects problems for one file while it is checked."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.items: list[Problem] = []

    def __bool__(self) -> bool:
        return bool(self.items)

    def add(self, where: Node | Mark | None, message: str) -> None:
        """Record a problem where a node starts or at a mark (0-based), or at 1:1 if neither."""
        self.items.append(single_at(self.filename, where, message).problems[0])

    def sorted(self) -> list[Problem]:
        return sorted(self.items, key=lambda p: (p.line, p.col))


def single(filename: str, message: str, line: int = 1, col: int = 1) -> DeckError:
    """A DeckError holding one problem."""
    return DeckError([Problem(filename, line, col, message)])


def single_at(filename: str, where: Node | Mark | None, message: str) -> DeckError:
    """A DeckError holding one problem where a node starts or at a mark, else at 1:1."""
    mark = where.start_mark if isinstance(where, Node) else where
    return single(filename, message, *(() if mark is None else (mark.line + 1, mark.column + 1)))


def shorten(value: str, limit: int = 40) -> str:
    """A value quoted for a message, cut to ``limit`` characters."""
    one_line = value.replace("\n", " ")
    if len(one_line) > limit:
        one_line = one_line[: limit - 1] + "…"
    return f"'{one_line}'"


def describe(node: Node) -> str:
    """What a node holds, in words: 'a number (5)', 'a list', "text ('abc')"."""
    if isinstance(node, MappingNode):
        return "a mapping of 'key: value' pairs"
    if isinstance(node, SequenceNode):
        return "a list"
    if node.tag == STR:
        return f"text ({shorten(node.value)})"
    if node.tag == NULL:
        return "nothing"
    return f"{_KINDS.get(node.tag, 'a special YAML value')} ({node.value})"


_KINDS = {INT: "a number", FLOAT: "a number", BOOL: "a yes/no value", TIMESTAMP: "a date"}


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
