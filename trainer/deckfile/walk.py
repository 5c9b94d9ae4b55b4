"""Wording problems: checking a YAML node tree against the models, with every problem's place.

Only decks that the fast path refused come here. The walker reads the models' type
information (:func:`msgspec.inspect.type_info`) and the words in their metadata, reports
every problem in plain words, and keeps the valid values (``Rec`` for mappings) so the
loader can cross-check them and, when nothing is wrong, build the deck.
"""

from __future__ import annotations

import difflib
import math
import re
from functools import cache
from typing import Any

import msgspec.inspect as mi
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from trainer.deckfile.errors import BOOL, NULL, NUMBERS, STR, ProblemList, describe, plural, shorten
from trainer.deckfile.models import Model, parse_duration

INVALID: Any = type("Invalid", (), {"__repr__": lambda self: "INVALID"})()
"""Returned for a value that had a problem (already reported)."""

INT_PATTERN = re.compile(r"[-+]?(0|[1-9][0-9]*)\Z")
DECIMAL = re.compile(r"[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?\Z")


compiled = cache(re.compile)


def unwrap(typ: Any) -> tuple[Any, dict[str, Any]]:
    """A type without its metadata, and the words its metadata holds (msgspec leaves out
    the UNSET of optional fields)."""
    extra: dict[str, Any] = {}
    while isinstance(typ, mi.Metadata):
        extra = {**(typ.extra or {}), **extra}
        typ = typ.type
    return typ, extra


class Shape:
    """What the walker needs of a model, worked out once."""

    def __init__(self, cls: type[Model]) -> None:
        info = mi.type_info(cls)
        assert isinstance(info, mi.StructType)
        self.cls = cls
        self.noun = cls.NOUN
        self.fields = {f.name: f.type for f in info.fields}
        self.names = tuple(self.fields)
        self.required = tuple(f.name for f in info.fields if f.required)
        self.aliases = {f.name: unwrap(f.type)[1].get("aliases", ()) for f in info.fields}
        self.variant_fields = frozenset(n for r, o in cls.VARIANTS.values() for n in (*r, *o))

    def allowed(self, variant: str) -> frozenset[str]:
        required, optional = self.cls.VARIANTS[variant]
        return frozenset(n for n in self.names
                         if n not in self.variant_fields or n in required or n in optional)

    def required_for(self, variant: str | None) -> list[str]:
        names = list(self.required)
        if variant is not None:
            names += [n for n in self.cls.VARIANTS[variant][0] if n not in names]
        return names


shape = cache(Shape)


class Rec:
    """A checked mapping: its valid values, and the nodes of every known key present."""

    def __init__(self, node: MappingNode, schema: Shape, label: str) -> None:
        self.node = node
        self.schema = schema
        self.label = label
        self.values: dict[str, Any] = {}
        self.nodes: dict[str, Node] = {}
        self.keys: dict[str, ScalarNode] = {}
        self.covered: set[str] = set()  # missing keys a message already suggested


class Seq(list[Any]):
    """A checked list; ``nodes`` holds the YAML node of each value kept."""

    nodes: list[Node]


def line(node: Node) -> int:
    """The 1-based line a node starts on."""
    return int(node.start_mark.line) + 1


def plain(value: Any) -> Any:
    """Checked values as plain data (what a YAML loader gives), for msgspec to convert."""
    if isinstance(value, Rec):
        return {k: plain(v) for k, v in value.values.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def subject(label: str) -> str:
    return label or "the deck file"


def prefix(label: str) -> str:
    return f"{label}: " if label else ""


class Walker:
    """Checks nodes against model types; reports into a ProblemList."""

    def __init__(self, problems: ProblemList) -> None:
        self.report = problems.add

    def check(self, node: Node, typ: Any, label: str, index: int | None = None) -> Any:
        typ, extra = unwrap(typ)
        if isinstance(typ, mi.StructType):
            return self.record(node, shape(typ.cls), label, index)
        if isinstance(typ, mi.ListType):
            return self.list_of(node, typ, extra, label)
        if isinstance(typ, mi.UnionType):
            for option in typ.types:
                if _accepts_node(option, node):
                    return self.check(node, option, label, index)
            return self.wrong_type(node, extra["what"], label)
        what = extra.get("what") or _WHAT[type(typ)]
        if not isinstance(node, ScalarNode):
            return self.wrong_type(node, what, label)
        if isinstance(typ, mi.StrType):
            if extra.get("duration"):
                return self.duration(node, what, label)
            return self.text(node, typ, extra, what, label)
        if isinstance(typ, mi.IntType | mi.FloatType):
            return self.number(node, typ, what, label)
        if isinstance(typ, mi.BoolType):
            if node.tag == BOOL and node.value.lower() in ("true", "false"):
                return node.value.lower() == "true"
            return self.wrong_type(node, what, label,
                                   "; write true or false" if node.tag == BOOL else "")
        assert isinstance(typ, mi.LiteralType), typ
        return self.options(node, typ, what, label)

    def wrong_type(self, node: Node, what: str, label: str, hint: str = "") -> Any:
        if isinstance(node, ScalarNode) and node.tag == NULL:
            self.report(node, f"{label} has no value; write {what} or remove the key")
        else:
            self.report(node, f"{label} must be {what}, got {describe(node)}{hint}")
        return INVALID

    # ---- scalars ----

    def text(self, node: ScalarNode, typ: Any, extra: dict[str, Any], what: str,
             label: str) -> Any:
        if node.tag != STR:
            hint = ""
            if node.tag != NULL:
                hint = f"; put it in quotes (\"{node.value}\") to use it as text"
            return self.wrong_type(node, what, label, hint)
        value: str = node.value
        if typ.max_length is not None and len(value) > typ.max_length:
            self.report(node, f"{label} is {len(value):,} characters long; at most "
                        f"{typ.max_length:,} are allowed here, so shorten it")
            return INVALID
        if typ.pattern is not None and not compiled(typ.pattern).search(value):
            if not value.strip():
                self.report(node, f"{label} is empty")
            else:
                self.report(node, f"{label} has an invalid value {shorten(value)}: "
                            f"{extra.get('rule', '')}")
            return INVALID
        return value

    def number(self, node: ScalarNode, typ: Any, what: str, label: str) -> Any:
        if not _numeric(node):
            return self.wrong_type(node, what, label)
        whole = isinstance(typ, mi.IntType)
        if not (INT_PATTERN if whole else DECIMAL).match(node.value):
            self.report(node, f"{label} must be {what} in plain digits, got {node.value}")
            return INVALID
        value = float(node.value)  # (int() refuses thousands of digits; the bounds are small)
        low, high = typ.ge, typ.le
        if not (math.isfinite(value) and low <= value <= high):
            if low == high:
                self.report(node, f"{label} must be {low:g}, got {node.value}")
            else:
                self.report(node, f"{label} must be between {low:g} and {high:g}, "
                            f"got {node.value}")
            return INVALID
        return int(node.value) if whole else value

    def options(self, node: ScalarNode, typ: Any, what: str, label: str) -> Any:
        words = what.removeprefix("one of ").split(", ")
        if node.tag == STR and node.value in typ.values:
            return node.value
        if node.tag == NULL:
            return self.wrong_type(node, what, label)
        close = difflib.get_close_matches(node.value, words, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        self.report(node, f"{label} must be {what}; got {shorten(node.value)}{hint}")
        return INVALID

    def duration(self, node: ScalarNode, what: str, label: str) -> Any:
        if node.tag != STR:
            return self.wrong_type(node, what, label)
        minutes = parse_duration(node.value)
        if minutes is None:
            self.report(node, f"{label} ({shorten(node.value)}) is not a duration: write a "
                        "number and a unit (s, m, h or d), such as 30s, 10m, 1h or 2d")
            return INVALID
        if not 1 / 60 <= minutes <= 36500 * 24 * 60:
            self.report(node, f"{label} {shorten(node.value)} must be between 1s and 36500d")
            return INVALID
        return node.value

    # ---- collections ----

    def list_of(self, node: Node, typ: Any, extra: dict[str, Any], label: str) -> Any:
        what, noun = extra["what"], extra.get("item_noun", "item")
        if not isinstance(node, SequenceNode):
            hint = ""
            if isinstance(node, ScalarNode) and node.tag == STR and node.value.strip():
                hint = f"; write it as a list, e.g. [{node.value}]"
            return self.wrong_type(node, what, label, hint)
        count, least, most = len(node.value), typ.min_length or 0, typ.max_length
        if most is not None and least == most:
            if count != least:
                self.report(node, f"{label} must be {what}, got {plural(count, 'item')}")
        elif count < least:
            if count == 0 and least == 1:
                self.report(node, f"{label} is an empty list; list at least one {noun}")
            else:
                self.report(node, f"{label} needs at least {plural(least, noun)}, got {count}")
        elif most is not None and count > most:
            self.report(node, f"{label} has {count} {noun}s; at most {most} are allowed")
        out = Seq()
        out.nodes = []
        first_line: dict[Any, int] = {}
        for i, item in enumerate(node.value, 1):
            value = self.check(item, typ.item_type, f"{label} item {i}", index=i)
            if value is INVALID:
                continue
            if extra.get("unique"):
                if value in first_line:
                    self.report(item, f"{label} lists {shorten(str(value))} twice (first on "
                                f"line {first_line[value]}); remove one")
                    continue
                first_line[value] = line(item)
            out.append(value)
            out.nodes.append(item)
        return out

    def record(self, node: Node, rec: Shape, label: str, index: int | None) -> Any:
        if not isinstance(node, MappingNode):
            return self.wrong_type(node, rec.cls.WHAT, label)
        out = Rec(node, rec, _record_label(node, rec, label, index))
        variant = self._check_pairs(out)
        keys = out.keys
        for name in rec.required_for(variant):
            if name not in keys and name not in out.covered:
                if variant is not None and name in rec.cls.VARIANTS[variant][0]:
                    self.report(node, f"{subject(out.label)}: {variant} {rec.noun}s need "
                                f"'{name}'")
                else:
                    self.report(node, f"{subject(out.label)} is missing the required key "
                                f"'{name}'")
        for first, second, hint in rec.cls.EXCLUSIVE:
            if first in keys and second in keys:
                self.report(keys[second], f"{subject(out.label)} has both '{first}' and "
                            f"'{second}'; {hint}")
        return out

    def _check_pairs(self, out: Rec) -> str | None:
        """Check a mapping's keys and values in one pass; return the variant it has."""
        rec, keys = out.schema, out.keys
        variant = _variant(rec, out.node)
        allowed = rec.allowed(variant) if variant is not None else None
        for key_node, value_node in out.node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag != STR:
                self.report(key_node, f"{prefix(out.label)}keys must be names such as 'id', "
                            f"got {describe(key_node)}")
                continue
            key = key_node.value
            if key in keys:
                self.report(key_node, f"{prefix(out.label)}key '{key}' is given twice (first "
                            f"on line {line(keys[key])}); remove one")
                continue
            keys[key] = key_node
            if key not in rec.fields:
                self._unknown_key(out, key_node)
            elif allowed is not None and key not in allowed:
                self._key_not_for_variant(out, variant or "", key_node)
            else:
                out.nodes[key] = value_node
                value = self.check(value_node, rec.fields[key], _field_label(out.label, key))
                if value is not INVALID:
                    out.values[key] = value
        return variant

    def _unknown_key(self, out: Rec, key_node: ScalarNode) -> None:
        key, rec = key_node.value, out.schema
        suggestion = _suggest(key, rec)
        if suggestion is not None:
            out.covered.add(suggestion)
        message = f"{prefix(out.label)}unknown key {shorten(key)}"
        if suggestion:
            message += f"; did you mean '{suggestion}'?"
        self.report(key_node, message + f" (allowed: {', '.join(rec.names)})")

    def _key_not_for_variant(self, out: Rec, variant: str, key_node: ScalarNode) -> None:
        key, rec = key_node.value, out.schema
        users = [v for v, (r, o) in rec.cls.VARIANTS.items() if key in (*r, *o)]
        message = (f"{subject(out.label)}: {variant} {rec.noun}s do not use '{key}' "
                   f"(only {', '.join(users)} {rec.noun}s do)")
        hint = _VARIANT_HINTS.get((variant, key))
        if hint:
            message += f"; {hint[1]}"
            out.covered.add(hint[0])
        self.report(key_node, message)


_WHAT: dict[type, str] = {mi.StrType: "text", mi.IntType: "a whole number",
                          mi.FloatType: "a number", mi.BoolType: "true or false"}

# (kind, key used by mistake) -> (key meant, advice)
_VARIANT_HINTS = {
    ("cloze", "front"): ("text", "write the cloze text under 'text'"),
    **{
        (kind, "text"): ("front", "write the question under 'front'")
        for kind in ("basic", "reverse", "typed", "mcq", "order")
    },
}


def _field_label(label: str, key: str) -> str:
    return f"{label}: '{key}'" if label else f"'{key}'"


def _variant(rec: Shape, node: MappingNode) -> str | None:
    """The variant a record's discriminator ('type', its first text-named key) picks."""
    if not rec.cls.VARIANTS:
        return None
    for key_node, value_node in node.value:
        if isinstance(key_node, ScalarNode) and key_node.tag == STR and key_node.value == "type":
            if isinstance(value_node, ScalarNode) and value_node.tag == STR \
                    and value_node.value in rec.cls.VARIANTS:
                return str(value_node.value)
            return None
    return None


def _numeric(node: ScalarNode) -> bool:
    """A plain (unquoted) scalar that reads as a number, in YAML 1.1 or 1.2."""
    if node.style:  # quoted or block; plain is None
        return False
    return node.tag in NUMBERS or (node.tag == STR and bool(DECIMAL.match(node.value)))


def _accepts_node(typ: Any, node: Node) -> bool:
    typ = unwrap(typ)[0]
    if isinstance(typ, mi.StructType):
        return isinstance(node, MappingNode)
    if isinstance(typ, mi.ListType):
        return isinstance(node, SequenceNode)
    return isinstance(node, ScalarNode)


def _record_label(node: MappingNode, rec: Shape, label: str, index: int | None) -> str:
    if not rec.noun:
        return label
    if not rec.cls.IDENTIFIED:
        return rec.noun
    for key_node, value_node in node.value:
        if (isinstance(key_node, ScalarNode) and key_node.value == "id"
                and isinstance(value_node, ScalarNode) and value_node.tag == STR
                and value_node.value.strip()):
            return f"{rec.noun} {shorten(value_node.value, 60)}"
    return f"{rec.noun} #{index}" if index is not None else rec.noun


def _suggest(key: str, rec: Shape) -> str | None:
    """The allowed key closest to an unknown one, or the key a common alias stands for."""
    meaning: dict[str, str] = {}
    for name in rec.names:
        meaning[name] = name
        for alias in rec.aliases[name]:
            meaning.setdefault(alias, name)
    found = meaning.get(key) or meaning.get(key.lower())
    if found is None:
        close = difflib.get_close_matches(key.lower(), list(meaning), n=1, cutoff=0.6)
        found = meaning[close[0]] if close else None
    return found
