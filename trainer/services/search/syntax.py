"""The parsed form of a browser search: a small tree of plain, immutable nodes.

Every node keeps ``start`` and ``end``, the character span of the search text it came
from, so a problem found later can still point at the words the learner typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FieldName = Literal["deck", "tag", "relation", "source"]
StateName = Literal["new", "learn", "review", "due", "suspended", "buried", "leech"]
PropName = Literal["ivl", "s", "d", "r", "lapses", "reps"]
Comparison = Literal["<", "<=", ">", ">=", "=", "!="]

FIELDS: tuple[FieldName, ...] = ("deck", "tag", "relation", "source")
STATES: tuple[StateName, ...] = ("new", "learn", "review", "due", "suspended", "buried", "leech")
PROPS: tuple[PropName, ...] = ("ivl", "s", "d", "r", "lapses", "reps")
COMPARISONS: tuple[Comparison, ...] = ("<=", ">=", "!=", "<", ">", "=")  # longest first


@dataclass(frozen=True, slots=True)
class Text:
    """Words to find in a card's question, answer or choices.

    ``phrase``: the words were in quotes and must appear together in that order; otherwise
    each word is matched from its start ("leuk" finds "leukemia"). ``anywhere``: the term
    began with ``*``, so it may sit inside a word ("*mab" finds "rituximab").
    """

    text: str
    phrase: bool = False
    anywhere: bool = False
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class Field:
    """``deck:``, ``tag:``, ``relation:`` or ``source:``; ``*`` in the value is a wildcard."""

    name: FieldName
    value: str
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class State:
    """``is:new`` and the like."""

    state: StateName
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class FlagIs:
    """``flag:N``; 0 means no flag."""

    flag: int
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class Prop:
    """``prop:ivl>30``: compare a scheduling property with a number."""

    name: PropName
    op: Comparison
    value: float
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class Rated:
    """``rated:N`` (answered in the last N days) or ``rated:N:K`` (answered K, 1-4)."""

    days: int
    rating: int | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class Added:
    """``added:N``: added to the collection in the last N days."""

    days: int
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class Not:
    node: Node
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class And:
    nodes: tuple[Node, ...]
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class Or:
    nodes: tuple[Node, ...]
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class Everything:
    """An empty search: every card."""

    start: int = 0
    end: int = 0


Node = Text | Field | State | FlagIs | Prop | Rated | Added | Not | And | Or | Everything
