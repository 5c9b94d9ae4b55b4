"""Problems found in a deck file, and the exception that carries them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from yaml.error import Mark
from yaml.nodes import Node


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
        mark = where.start_mark if isinstance(where, Node) else where
        line, col = (1, 1) if mark is None else (mark.line + 1, mark.column + 1)
        self.items.append(Problem(self.filename, line, col, message))

    def sorted(self) -> list[Problem]:
        return sorted(self.items, key=lambda p: (p.line, p.col))


def single(filename: str, message: str, line: int = 1, col: int = 1) -> DeckError:
    """A DeckError holding one problem."""
    return DeckError([Problem(filename, line, col, message)])
