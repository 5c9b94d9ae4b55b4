"""Checking a YAML node tree against the schema table, collecting every problem with its place.

The walker converts what it can into plain values (str, int, float, bool, lists, and ``Rec``
for mappings), so the loader can run cross checks and build domain objects. Anything wrong is
reported and left out; the loader builds a deck only when nothing was reported.
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass, field
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from trainer.deckfile.describe import BOOL, FLOAT, INT, NULL, STR, describe, plural, shorten
from trainer.deckfile.durations import parse_duration
from trainer.deckfile.errors import ProblemList
from trainer.deckfile.schema import (
    AnyOf,
    Boolean,
    Duration,
    Integer,
    ListOf,
    Number,
    Options,
    Record,
    Text,
    Type,
    Variant,
)


class _Invalid:
    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = _Invalid()
"""Returned for a value that had a problem (already reported)."""

INT_PATTERN = re.compile(r"[-+]?(0|[1-9][0-9]*)\Z")
_DECIMAL = re.compile(r"[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?\Z")
_PATTERNS: dict[str, re.Pattern[str]] = {}


def compiled(pattern: str) -> re.Pattern[str]:
    """A schema pattern compiled for Python, with a final "$" meaning the very end of text."""
    found = _PATTERNS.get(pattern)
    if found is None:
        python = pattern[:-1] + r"\Z" if pattern.endswith("$") else pattern
        found = _PATTERNS[pattern] = re.compile(python)
    return found


class Seq(list[Any]):
    """A checked list; ``nodes`` holds the YAML node of each value kept."""

    nodes: list[Node]

    def __init__(self) -> None:
        super().__init__()
        self.nodes = []

    def keep(self, value: Any, node: Node) -> None:
        self.append(value)
        self.nodes.append(node)


@dataclass
class Rec:
    """A checked mapping: its valid values, and the nodes of every known key present."""

    node: MappingNode
    label: str
    values: dict[str, Any] = field(default_factory=dict)
    nodes: dict[str, Node] = field(default_factory=dict)
    keys: dict[str, ScalarNode] = field(default_factory=dict)
    covered: set[str] = field(default_factory=set)  # missing keys a message already suggested

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


def subject(label: str) -> str:
    """A record's label as the subject of a sentence; the root record has none."""
    return label or "the deck file"


def prefix(label: str) -> str:
    """``label`` followed by ": ", or nothing for the root record."""
    return f"{label}: " if label else ""


def field_label(label: str, key: str) -> str:
    return f"{label}: '{key}'" if label else f"'{key}'"


class Walker:
    """Checks nodes against schema types; reports into a ProblemList."""

    def __init__(self, problems: ProblemList) -> None:
        self.problems = problems

    def report(self, where: Node, message: str) -> None:
        self.problems.add(where, message)

    # ---- dispatch ----

    def check(self, node: Node, typ: Type, label: str, index: int | None = None) -> Any:
        if isinstance(typ, Record):
            return self.record(node, typ, label, index)
        if isinstance(typ, ListOf):
            return self.list_of(node, typ, label)
        if isinstance(typ, AnyOf):
            return self.any_of(node, typ, label, index)
        if not isinstance(node, ScalarNode):
            self.wrong_type(node, typ.what, label)
            return INVALID
        if isinstance(typ, Text):
            return self.text(node, typ, label)
        if isinstance(typ, Integer):
            return self.integer(node, typ, label)
        if isinstance(typ, Number):
            return self.number(node, typ, label)
        if isinstance(typ, Boolean):
            return self.boolean(node, typ, label)
        if isinstance(typ, Options):
            return self.options(node, typ, label)
        if isinstance(typ, Duration):
            return self.duration(node, typ, label)
        raise TypeError(f"unknown schema type {typ!r}")  # pragma: no cover

    def wrong_type(self, node: Node, what: str, label: str, hint: str = "") -> None:
        if isinstance(node, ScalarNode) and node.tag == NULL:
            self.report(node, f"{label} has no value; write {what} or remove the key")
            return
        self.report(node, f"{label} must be {what}, got {describe(node)}{hint}")

    # ---- scalars ----

    def text(self, node: ScalarNode, typ: Text, label: str) -> Any:
        if node.tag != STR:
            hint = ""
            if node.tag != NULL:
                hint = f"; put it in quotes (\"{node.value}\") to use it as text"
            self.wrong_type(node, typ.what, label, hint)
            return INVALID
        value: str = node.value
        if typ.pattern is not None and not compiled(typ.pattern).search(value):
            if not value.strip():
                self.report(node, f"{label} is empty")
            else:
                self.report(node, f"{label} has an invalid value {shorten(value)}: {typ.rule}")
            return INVALID
        return value

    def integer(self, node: ScalarNode, typ: Integer, label: str) -> Any:
        if not _numeric(node):
            self.wrong_type(node, typ.what, label)
            return INVALID
        if not INT_PATTERN.match(node.value):
            self.report(node, f"{label} must be {typ.what} in plain digits, got {node.value}")
            return INVALID
        value = int(node.value)
        if not typ.minimum <= value <= typ.maximum:
            self._out_of_range(node, label, typ.minimum, typ.maximum, node.value)
            return INVALID
        return value

    def number(self, node: ScalarNode, typ: Number, label: str) -> Any:
        if not _numeric(node):
            self.wrong_type(node, typ.what, label)
            return INVALID
        if not _DECIMAL.match(node.value):
            self.report(node, f"{label} must be {typ.what} in plain digits, got {node.value}")
            return INVALID
        value = float(node.value)
        if not (math.isfinite(value) and typ.minimum <= value <= typ.maximum):
            self._out_of_range(node, label, typ.minimum, typ.maximum, node.value)
            return INVALID
        return value

    def _out_of_range(
        self, node: Node, label: str, low: float, high: float, got: str
    ) -> None:
        if low == high:
            self.report(node, f"{label} must be {low:g}, got {got}")
        else:
            self.report(node, f"{label} must be between {low:g} and {high:g}, got {got}")

    def boolean(self, node: ScalarNode, typ: Boolean, label: str) -> Any:
        if node.tag == BOOL and node.value.lower() in ("true", "false"):
            return node.value.lower() == "true"
        hint = "; write true or false" if node.tag == BOOL else ""
        self.wrong_type(node, typ.what, label, hint)
        return INVALID

    def options(self, node: ScalarNode, typ: Options, label: str) -> Any:
        if node.tag == STR and node.value in typ.values:
            return node.value
        if node.tag == NULL:
            self.wrong_type(node, typ.what, label)
            return INVALID
        close = difflib.get_close_matches(node.value, typ.values, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        self.report(
            node, f"{label} must be {typ.what}; got {shorten(node.value)}{hint}"
        )
        return INVALID

    def duration(self, node: ScalarNode, typ: Duration, label: str) -> Any:
        if node.tag != STR:
            self.wrong_type(node, typ.what, label)
            return INVALID
        minutes = parse_duration(node.value)
        if minutes is None:
            self.report(
                node,
                f"{label} ({shorten(node.value)}) is not a duration: write a number and a unit "
                "(s, m, h or d), such as 30s, 10m, 1h or 2d",
            )
            return INVALID
        if not typ.minimum_minutes <= minutes <= typ.maximum_minutes:
            self.report(
                node, f"{label} {shorten(node.value)} must be between 1s and 36500d"
            )
            return INVALID
        return minutes

    # ---- collections ----

    def list_of(self, node: Node, typ: ListOf, label: str) -> Any:
        if not isinstance(node, SequenceNode):
            hint = ""
            if isinstance(node, ScalarNode) and node.tag == STR and node.value.strip():
                hint = f"; write it as a list, e.g. [{node.value}]"
            self.wrong_type(node, typ.what, label, hint)
            return INVALID
        count = len(node.value)
        if typ.max_items is not None and typ.min_items == typ.max_items:
            if count != typ.min_items:
                self.report(node, f"{label} must be {typ.what}, got {plural(count, 'item')}")
        elif count < typ.min_items:
            if count == 0 and typ.min_items == 1:
                self.report(node, f"{label} is an empty list; list at least one {typ.item_noun}")
            else:
                self.report(
                    node,
                    f"{label} needs at least {plural(typ.min_items, typ.item_noun)}, "
                    f"got {count}",
                )
        elif typ.max_items is not None and count > typ.max_items:
            self.report(
                node,
                f"{label} has {count} {typ.item_noun}s; at most {typ.max_items} are allowed",
            )
        out = Seq()
        first_line: dict[Any, int] = {}
        for i, item in enumerate(node.value, 1):
            value = self.check(item, typ.item, f"{label} item {i}", index=i)
            if value is INVALID:
                continue
            if typ.unique:
                if value in first_line:
                    self.report(
                        item,
                        f"{label} lists {shorten(str(value))} twice (first on line "
                        f"{first_line[value]}); remove one",
                    )
                    continue
                first_line[value] = item.start_mark.line + 1
            out.keep(value, item)
        return out

    def any_of(self, node: Node, typ: AnyOf, label: str, index: int | None) -> Any:
        for option in typ.options:
            if _accepts_node(option, node):
                return self.check(node, option, label, index)
        self.wrong_type(node, typ.what, label)
        return INVALID

    def record(self, node: Node, rec: Record, label: str, index: int | None) -> Any:
        if not isinstance(node, MappingNode):
            self.wrong_type(node, rec.what, label)
            return INVALID
        own = _record_label(node, rec, label, index)
        out = Rec(node=node, label=own)
        self._read_keys(node, rec, out)
        variant = self._variant(rec, out)
        if variant is not None:
            self._check_variant_keys(rec, variant, out)
        for key, value_node in out.nodes.items():
            f = rec.field(key)
            assert f is not None
            value = self.check(value_node, f.type, field_label(own, key))
            if value is not INVALID:
                out.values[key] = value
        required = [f.name for f in rec.fields if f.required]
        if variant is not None:
            required += [n for n in variant.required if n not in required]
        for name in required:
            if name not in out.keys and name not in out.covered:
                if variant is not None and name in variant.required:
                    self.report(node, f"{subject(own)}: {variant.value} {rec.noun}s need "
                                f"'{name}'")
                else:
                    self.report(node, f"{subject(own)} is missing the required key '{name}'")
        for ex in rec.exclusive:
            if ex.first in out.keys and ex.second in out.keys:
                self.report(
                    out.keys[ex.second],
                    f"{subject(own)} has both '{ex.first}' and '{ex.second}'; {ex.hint}",
                )
        return out

    def _read_keys(self, node: MappingNode, rec: Record, out: Rec) -> None:
        own = prefix(out.label)
        for key_node, value_node in node.value:
            if not (isinstance(key_node, ScalarNode) and key_node.tag == STR):
                self.report(
                    key_node,
                    f"{own}keys must be names such as 'id', got {describe(key_node)}",
                )
                continue
            key = key_node.value
            if key in out.keys:
                first = out.keys[key].start_mark.line + 1
                self.report(
                    key_node, f"{own}key '{key}' is given twice (first on line {first}); "
                    "remove one",
                )
                continue
            out.keys[key] = key_node
            if rec.field(key) is None:
                suggestion = _suggest(key, rec)
                if suggestion is not None:
                    out.covered.add(suggestion)
                self.report(key_node, _unknown_key(out.label, key, rec, suggestion))
                continue
            out.nodes[key] = value_node

    def _variant(self, rec: Record, out: Rec) -> Variant | None:
        if rec.discriminator is None:
            return None
        node = out.nodes.get(rec.discriminator)
        if isinstance(node, ScalarNode) and node.tag == STR:
            return rec.variant(node.value)
        return None

    def _check_variant_keys(self, rec: Record, variant: Variant, out: Rec) -> None:
        allowed = rec.allowed_for(variant)
        for key in list(out.nodes):
            if key in allowed:
                continue
            users = [v.value for v in rec.variants if key in (*v.required, *v.optional)]
            message = (
                f"{subject(out.label)}: {variant.value} {rec.noun}s do not use '{key}' "
                f"(only {', '.join(users)} {rec.noun}s do)"
            )
            hint = _VARIANT_HINTS.get((variant.value, key))
            if hint:
                message += f"; {hint[1]}"
                out.covered.add(hint[0])
            self.report(out.keys[key], message)
            del out.nodes[key]


# (kind, key used by mistake) -> (key meant, advice)
_VARIANT_HINTS = {
    ("cloze", "front"): ("text", "write the cloze text under 'text'"),
    **{
        (kind, "text"): ("front", "write the question under 'front'")
        for kind in ("basic", "reverse", "typed", "mcq", "order")
    },
}


def _numeric(node: ScalarNode) -> bool:
    """A plain (unquoted) scalar that reads as a number, in YAML 1.1 or 1.2."""
    if node.style:  # quoted or block; plain is None (PyYAML) or "" (libyaml)
        return False
    return node.tag in (INT, FLOAT) or (node.tag == STR and bool(_DECIMAL.match(node.value)))


def _accepts_node(typ: Type, node: Node) -> bool:
    if isinstance(typ, Record):
        return isinstance(node, MappingNode)
    if isinstance(typ, ListOf):
        return isinstance(node, SequenceNode)
    if isinstance(typ, AnyOf):
        return any(_accepts_node(t, node) for t in typ.options)
    return isinstance(node, ScalarNode)


def _record_label(node: MappingNode, rec: Record, label: str, index: int | None) -> str:
    if not rec.noun:
        return label
    if not rec.identified:
        return rec.noun
    for key_node, value_node in node.value:
        if (
            isinstance(key_node, ScalarNode)
            and key_node.value == "id"
            and isinstance(value_node, ScalarNode)
            and value_node.tag == STR
            and value_node.value.strip()
        ):
            return f"{rec.noun} {shorten(value_node.value, 60)}"
    return f"{rec.noun} #{index}" if index is not None else rec.noun


def _suggest(key: str, rec: Record) -> str | None:
    """The allowed key closest to an unknown one, or the key a common alias stands for."""
    meaning: dict[str, str] = {}
    for f in rec.fields:
        meaning[f.name] = f.name
        for alias in f.aliases:
            meaning.setdefault(alias, f.name)
    found = meaning.get(key) or meaning.get(key.lower())
    if found is None:
        close = difflib.get_close_matches(key.lower(), list(meaning), n=1, cutoff=0.6)
        found = meaning[close[0]] if close else None
    return found


def _unknown_key(own: str, key: str, rec: Record, suggestion: str | None) -> str:
    message = f"{prefix(own)}unknown key {shorten(key)}"
    if suggestion:
        message += f"; did you mean '{suggestion}'?"
    return message + f" (allowed: {', '.join(rec.names)})"
