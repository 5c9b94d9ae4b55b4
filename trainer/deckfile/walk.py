"""Checking a YAML node tree against the schema table, collecting every problem with its place.

The walker converts what it can into plain values (str, int, float, bool, lists, and ``Rec``
for mappings), so the loader can run cross checks and build domain objects. Anything wrong is
reported and left out; the loader builds a deck only when nothing was reported.

Big decks are checked fast because nearly everything in them is fine: "quick" checks accept
plainly valid values without wording anything, a mapping the quick reader kept as plain
``key: text`` rows is checked straight from its rows (``_plain_record``), and a run of list
items it read as one table is checked column by column (``_table_columns``). All of them
only ever accept; anything else goes through the full check, which words every problem.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from typing import Any, cast

from trainer.deckfile.describe import BOOL, FLOAT, INT, NULL, STR, describe, plural, shorten
from trainer.deckfile.durations import parse_duration
from trainer.deckfile.errors import ProblemList
from trainer.deckfile.nodes import ItemTable, Mapping, Node, Scalar, Sequence
from trainer.deckfile.quick import MAY_RESOLVE, PlainRows, plain_tag
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

    def __init__(self, values: Iterable[Any] = (), nodes: Iterable[Node] = ()) -> None:
        super().__init__(values)
        self.nodes = list(nodes)


class Rec:
    """A checked mapping: its valid values, and the nodes of every known key present."""

    __slots__ = (
        "_index", "_keys", "_label", "_nodes", "_outer_label", "covered", "node", "schema",
        "values",
    )

    def __init__(
        self,
        node: Mapping,
        schema: Record,
        outer_label: str,
        index: int | None,
        values: dict[str, Any] | None = None,
    ) -> None:
        """A record to fill in; or, given ``values``, a finished one whose keys are all
        distinct known names with valid values (its nodes are then found only if asked for).
        """
        self.node = node
        self.schema = schema
        self._outer_label = outer_label  # how the mapping is named where it appears
        self._index = index  # its place in a list, if it is in one
        self._label: str | None = None
        self._nodes: dict[str, Node] | None
        self._keys: dict[str, Scalar] | None
        if values is None:
            self.values: dict[str, Any] = {}
            self._nodes, self._keys = {}, {}
        else:
            self.values = values
            self._nodes = self._keys = None
        self.covered: frozenset[str] | set[str] = _NONE  # missing keys a message suggested

    @property
    def nodes(self) -> dict[str, Node]:
        """The value node of each known key (its first occurrence), the keys not allowed for
        the record's variant left out."""
        if self._nodes is None:
            self._nodes = {key.value: value for key, value in self._plain_pairs()}
        return self._nodes

    @property
    def keys(self) -> dict[str, Scalar]:
        """The node of each key named by a text (its first occurrence)."""
        if self._keys is None:
            self._keys = {key.value: key for key, _ in self._plain_pairs()}
        return self._keys

    def _plain_pairs(self) -> list[tuple[Scalar, Node]]:
        pairs = self.node.value
        assert all(type(key) is Scalar for key, _ in pairs)
        return pairs  # type: ignore[return-value]

    @property
    def label(self) -> str:
        """How messages name the record: "card 'c1'", "fact #2", "settings", "" for the root.

        Worked out only when a message needs it: nearly every record has no problem.
        """
        if self._label is None:
            self._label = _record_label(self.node, self.schema, self._outer_label, self._index)
        return self._label

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def cover(self, key: str) -> None:
        """Note that a message already suggested the missing key ``key``."""
        if not self.covered:
            self.covered = set()
        assert isinstance(self.covered, set)
        self.covered.add(key)


_NONE: frozenset[str] = frozenset()


def subject(label: str) -> str:
    """A record's label as the subject of a sentence; the root record has none."""
    return label or "the deck file"


def prefix(label: str) -> str:
    """``label`` followed by ": ", or nothing for the root record."""
    return f"{label}: " if label else ""


def field_label(label: str, key: str) -> str:
    return f"{label}: '{key}'" if label else f"'{key}'"


# ---- quick acceptance -------------------------------------------------------------------
#
# Nearly every value in a real deck is fine. For the simple types, a "quick" check returns
# the value when the node is plainly valid, and SLOW otherwise; only then does the Walker run
# its full check, which words the problem. A quick check never reports anything, and it
# accepts a node only when the full check would accept it with the same value.

SLOW: Any = object()
"""Returned by a quick check that cannot accept a node on its own."""

Quick = Callable[[Node], Any]


def quick_check(typ: Type) -> Quick | None:
    """The quick check of a type, or None when the type always needs the full check."""
    if isinstance(typ, Text):
        return _quick_text(typ)
    if isinstance(typ, Options):
        return _quick_options(typ)
    if isinstance(typ, Integer):
        return _quick_integer(typ)
    if isinstance(typ, Boolean):
        return _quick_boolean
    if isinstance(typ, ListOf):
        return _quick_list(typ)
    if isinstance(typ, AnyOf):
        return _quick_any_of(typ)
    return None


def _quick_text(typ: Text) -> Quick:
    search = compiled(typ.pattern).search if typ.pattern is not None else None
    limit = typ.max_length

    def quick(node: Node) -> Any:
        if type(node) is Scalar and node.tag == STR and len(node.value) <= limit \
                and (search is None or search(node.value)):
            return node.value
        return SLOW

    return quick


def _quick_options(typ: Options) -> Quick:
    values = frozenset(typ.values)

    def quick(node: Node) -> Any:
        if type(node) is Scalar and node.tag == STR and node.value in values:
            return node.value
        return SLOW

    return quick


def _quick_integer(typ: Integer) -> Quick:
    low, high = typ.minimum, typ.maximum

    def quick(node: Node) -> Any:
        if type(node) is Scalar and _numeric(node) and INT_PATTERN.match(node.value):
            value = int(node.value)
            if low <= value <= high:
                return value
        return SLOW

    return quick


def _quick_boolean(node: Node) -> Any:
    if type(node) is Scalar and node.tag == BOOL:
        word = node.value.lower()
        if word == "true":
            return True
        if word == "false":
            return False
    return SLOW


def _quick_list(typ: ListOf) -> Quick | None:
    item_check = quick_for(typ.item)
    if item_check is None:
        return None
    least, most, unique = typ.min_items, typ.max_items, typ.unique

    def quick(node: Node) -> Any:
        if type(node) is not Sequence:
            return SLOW
        items = node.value
        if len(items) < least or (most is not None and len(items) > most):
            return SLOW
        values = [item_check(item) for item in items]
        if SLOW in values or (unique and len(set(values)) != len(values)):
            return SLOW
        return Seq(values, items)

    return quick


def _quick_any_of(typ: AnyOf) -> Quick:
    options = [(option, quick_for(option)) for option in typ.options]

    def quick(node: Node) -> Any:
        for option, check in options:
            if _accepts_node(option, node):
                return SLOW if check is None else check(node)
        return SLOW

    return quick


TextQuick = Callable[[str, str], Any]
"""A quick check of a plain (unquoted) text and its tag, for mappings kept as rows."""


def quick_text_check(typ: Type) -> TextQuick | None:
    """The quick check of a type for a plain text, or None when it needs the full check."""
    if isinstance(typ, Text):
        search = compiled(typ.pattern).search if typ.pattern is not None else None
        limit = typ.max_length

        def text(value: str, tag: str) -> Any:
            if tag == STR and len(value) <= limit and (search is None or search(value)):
                return value
            return SLOW

        return text
    if isinstance(typ, Options):
        words = frozenset(typ.values)

        def option(value: str, tag: str) -> Any:
            return value if tag == STR and value in words else SLOW

        return option
    if isinstance(typ, Integer | Boolean):
        node_check = quick_for(typ)
        assert node_check is not None

        def scalar(value: str, tag: str) -> Any:
            return node_check(Scalar(value, tag, 0, 0))

        return scalar
    if isinstance(typ, AnyOf):
        for option_type in typ.options:
            if _takes_scalar(option_type):
                return quick_text_check(option_type)
    return None


ColumnCheck = Callable[[tuple[str, ...]], list[Any] | None]
"""A check of a table column: texts as written (quotes included) -> values, or None."""


def column_check(typ: Type) -> ColumnCheck | None:
    """The column check of a text or option type (what quick_text_check would accept of
    each text, in one pass); None for other types, whose texts are checked one by one."""
    if isinstance(typ, AnyOf):
        for option_type in typ.options:
            if _takes_scalar(option_type):
                return column_check(option_type)
        return None
    if isinstance(typ, Text):
        search = compiled(typ.pattern).search if typ.pattern is not None else None
        limit = typ.max_length

        def texts(column: tuple[str, ...]) -> list[Any] | None:
            values = _text_values(column)
            if values is None or (search is not None and not all(map(search, values))):
                return None
            if values and max(map(len, values)) > limit:
                return None
            return values

        return texts
    if isinstance(typ, Options):
        words = frozenset(typ.values)

        def options(column: tuple[str, ...]) -> list[Any] | None:
            values = _text_values(column)
            return values if values is not None and words.issuperset(values) else None

        return options
    return None


def _text_values(column: tuple[str, ...]) -> list[str] | None:
    """The texts a column holds, quotes taken off; None if a plain one is not text (a
    number, a boolean, null...)."""
    values: list[str] = []
    append, may_resolve = values.append, MAY_RESOLVE
    for text in column:
        first = text[0]
        if first == '"' or first == "'":
            append(text[1:-1])
        elif first not in may_resolve or plain_tag(text) == STR:
            append(text)
        else:
            return None
    return values


def _reads_quoted_as_text(typ: Type) -> bool:
    """Whether quick_text_check(typ) checks a text as Text or Options, which is what the full
    check does with a quoted scalar (numbers and booleans refuse quoted values)."""
    if isinstance(typ, AnyOf):
        for option_type in typ.options:
            if _takes_scalar(option_type):
                return _reads_quoted_as_text(option_type)
        return False
    return isinstance(typ, Text | Options)


def _takes_scalar(typ: Type) -> bool:
    """Whether a scalar node is checked against this type (see _accepts_node)."""
    if isinstance(typ, AnyOf):
        return any(_takes_scalar(t) for t in typ.options)
    return not isinstance(typ, Record | ListOf)


_QUICK: dict[int, tuple[Type, Quick | None]] = {}  # id(type) -> (type, its quick check)


def quick_for(typ: Type) -> Quick | None:
    """quick_check(typ), made once per schema type."""
    found = _QUICK.get(id(typ))
    if found is None:
        # keeping the type itself keeps its id from being reused by another object
        found = _QUICK[id(typ)] = (typ, quick_check(typ))
    return found[1]


class _Plan:
    """What the Walker needs of a record type, worked out once."""

    def __init__(self, rec: Record) -> None:
        self.rec = rec  # keeps id(rec) from being reused while the plan is cached
        self.quick: dict[str, Quick | None] = {f.name: quick_for(f.type) for f in rec.fields}
        self.text_quick: dict[str, TextQuick | None] = {
            f.name: quick_text_check(f.type) for f in rec.fields
        }
        # the keys a record must have, by variant (None: no variant)
        self.required: dict[str | None, frozenset[str]] = {None: frozenset(rec.required_names)}
        for value in rec.variant_map:
            self.required[value] = frozenset(rec.required_by_variant[value])
        # _plain_record's checks of plain texts, and the keys it accepts by variant (None: any
        # variant): allowed names that YAML reads as text and whose values have a text check
        self.text_checks: dict[str, TextQuick] = {
            name: check
            for name, check in self.text_quick.items()
            if check is not None and plain_tag(name) == STR
        }
        # Quoted texts are text whatever they hold, so only text and option checks take them.
        self.quoted_checks: dict[str, TextQuick] = {
            name: check
            for name, check in self.text_checks.items()
            if _reads_quoted_as_text(rec.field_map[name].type)
        }
        # _table_columns' checks of a whole column of texts as written (quotes included)
        self.column_checks: dict[str, ColumnCheck | None] = {
            name: column_check(rec.field_map[name].type) for name in self.text_checks
        }
        checked = frozenset(self.text_checks)
        self.plain_keys: dict[str | None, frozenset[str]] = {None: checked}
        for value in rec.variant_map:
            self.plain_keys[value] = checked & rec.allowed_keys[value]


_PLANS: dict[int, _Plan] = {}


def _plan(rec: Record) -> _Plan:
    plan = _PLANS.get(id(rec))
    if plan is None:
        plan = _PLANS[id(rec)] = _Plan(rec)
    return plan


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
        if not isinstance(node, Scalar):
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
        if isinstance(node, Scalar) and node.tag == NULL:
            self.report(node, f"{label} has no value; write {what} or remove the key")
            return
        self.report(node, f"{label} must be {what}, got {describe(node)}{hint}")

    # ---- scalars ----

    def text(self, node: Scalar, typ: Text, label: str) -> Any:
        if node.tag != STR:
            hint = ""
            if node.tag != NULL:
                hint = f"; put it in quotes (\"{node.value}\") to use it as text"
            self.wrong_type(node, typ.what, label, hint)
            return INVALID
        value: str = node.value
        if len(value) > typ.max_length:
            self.report(node, f"{label} is {len(value):,} characters long; at most "
                        f"{typ.max_length:,} are allowed here, so shorten it")
            return INVALID
        if typ.pattern is not None and not compiled(typ.pattern).search(value):
            if not value.strip():
                self.report(node, f"{label} is empty")
            else:
                self.report(node, f"{label} has an invalid value {shorten(value)}: {typ.rule}")
            return INVALID
        return value

    def integer(self, node: Scalar, typ: Integer, label: str) -> Any:
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

    def number(self, node: Scalar, typ: Number, label: str) -> Any:
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

    def boolean(self, node: Scalar, typ: Boolean, label: str) -> Any:
        if node.tag == BOOL and node.value.lower() in ("true", "false"):
            return node.value.lower() == "true"
        hint = "; write true or false" if node.tag == BOOL else ""
        self.wrong_type(node, typ.what, label, hint)
        return INVALID

    def options(self, node: Scalar, typ: Options, label: str) -> Any:
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

    def duration(self, node: Scalar, typ: Duration, label: str) -> Any:
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
        if not isinstance(node, Sequence):
            hint = ""
            if isinstance(node, Scalar) and node.tag == STR and node.value.strip():
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
        kept = out.nodes
        first_line: dict[Any, int] = {}
        item_type = typ.item
        item_check = quick_for(item_type)
        record_type = item_type if isinstance(item_type, Record) else None
        ready = _table_records(node, record_type, label) if record_type and node.tables else None
        for i, item in enumerate(node.value, 1):
            if ready is not None and ready[i - 1] is not None:
                value = ready[i - 1]
            elif record_type is not None:
                value = self.record(item, record_type, f"{label} item {i}", i)
            else:
                value = SLOW if item_check is None else item_check(item)
                if value is SLOW:
                    value = self.check(item, item_type, f"{label} item {i}", index=i)
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
                first_line[value] = item.line + 1
            out.append(value)
            kept.append(item)
        return out

    def any_of(self, node: Node, typ: AnyOf, label: str, index: int | None) -> Any:
        for option in typ.options:
            if _accepts_node(option, node):
                return self.check(node, option, label, index)
        self.wrong_type(node, typ.what, label)
        return INVALID

    def record(self, node: Node, rec: Record, label: str, index: int | None) -> Any:
        if type(node) is not Mapping:
            self.wrong_type(node, rec.what, label)
            return INVALID
        if isinstance(node.rows, PlainRows):
            found = _plain_record(node, node.rows, rec, label, index)
            if found is not None:
                return found
        out = Rec(node, rec, label, index)
        variant = self._check_pairs(out)
        plan = _PLANS.get(id(rec)) or _plan(rec)
        required = plan.required[None if variant is None else variant.value]
        if rec.exclusive or not required <= out.keys.keys():
            self._check_presence(out, variant)
        return out

    def _check_pairs(self, out: Rec) -> Variant | None:
        """Check a mapping's keys and values in one pass; return the variant it has.

        Problems are sorted by position in the end, and within one mapping the problems of
        a key and those inside another key's value never share a position, so one pass
        reports exactly what separate passes over keys, then values, would.
        """
        rec = out.schema
        keys, nodes, values, fields = out.keys, out.nodes, out.values, rec.field_map
        quick = (_PLANS.get(id(rec)) or _plan(rec)).quick
        # The discriminator's value decides which variant keys are allowed; it is read when
        # its key comes, or looked up as soon as a variant key comes first.
        discriminator = rec.discriminator
        variant: Variant | None = None
        allowed: frozenset[str] | None = None
        decided = discriminator is None
        scalar, text_tag, slow, invalid = Scalar, STR, SLOW, INVALID  # locals: a hot loop
        for key_node, value_node in out.node.value:
            if type(key_node) is not scalar or key_node.tag != text_tag:
                self._key_not_a_name(out, key_node)
                continue
            key = key_node.value
            if key in keys:
                self._key_twice(out, key_node)
                continue
            keys[key] = key_node
            if key not in fields:
                self._unknown_key(out, key_node)
                continue
            if not decided and (key == discriminator or key in rec.variant_fields):
                if key == discriminator:  # the first key of that name: it decides
                    if type(value_node) is scalar and value_node.tag == text_tag:
                        variant = rec.variant_map.get(value_node.value)
                else:
                    variant = _variant(rec, out.node)
                decided = True
                if variant is not None:
                    allowed = rec.allowed_keys[variant.value]
            if allowed is not None and key not in allowed:
                assert variant is not None
                self._key_not_for_variant(out, variant, key_node)
                continue
            nodes[key] = value_node
            check = quick[key]
            value = slow if check is None else check(value_node)
            if value is slow:
                value = self.check(value_node, fields[key].type, field_label(out.label, key))
            if value is not invalid:
                values[key] = value
        return variant

    def _check_presence(self, out: Rec, variant: Variant | None) -> None:
        """Report missing required keys, and keys that exclude each other."""
        rec, keys = out.schema, out.keys
        for name in rec.required_for(variant):
            if name not in keys and name not in out.covered:
                if variant is not None and name in variant.required:
                    self.report(out.node, f"{subject(out.label)}: {variant.value} {rec.noun}s "
                                f"need '{name}'")
                else:
                    self.report(
                        out.node, f"{subject(out.label)} is missing the required key '{name}'"
                    )
        for ex in rec.exclusive:
            if ex.first in keys and ex.second in keys:
                self.report(
                    keys[ex.second],
                    f"{subject(out.label)} has both '{ex.first}' and '{ex.second}'; {ex.hint}",
                )

    def _key_not_a_name(self, out: Rec, key_node: Node) -> None:
        self.report(
            key_node,
            f"{prefix(out.label)}keys must be names such as 'id', got {describe(key_node)}",
        )

    def _key_twice(self, out: Rec, key_node: Scalar) -> None:
        key = key_node.value
        first = out.keys[key].line + 1
        self.report(
            key_node,
            f"{prefix(out.label)}key '{key}' is given twice (first on line {first}); remove one",
        )

    def _unknown_key(self, out: Rec, key_node: Scalar) -> None:
        key, rec = key_node.value, out.schema
        suggestion = _suggest(key, rec)
        if suggestion is not None:
            out.cover(suggestion)
        message = f"{prefix(out.label)}unknown key {shorten(key)}"
        if suggestion:
            message += f"; did you mean '{suggestion}'?"
        self.report(key_node, message + f" (allowed: {', '.join(rec.names)})")

    def _key_not_for_variant(self, out: Rec, variant: Variant, key_node: Scalar) -> None:
        key, rec = key_node.value, out.schema
        users = [v.value for v in rec.variants if key in (*v.required, *v.optional)]
        message = (
            f"{subject(out.label)}: {variant.value} {rec.noun}s do not use '{key}' "
            f"(only {', '.join(users)} {rec.noun}s do)"
        )
        hint = _VARIANT_HINTS.get((variant.value, key))
        if hint:
            message += f"; {hint[1]}"
            out.cover(hint[0])
        self.report(key_node, message)


def _plain_record(
    node: Mapping, rows: PlainRows, rec: Record, label: str, index: int | None
) -> Rec | None:
    """The record of a mapping kept as plain ``key: text`` rows, read from the rows without
    making nodes, when it is plainly valid; None when it needs Walker.record's full check.

    It accepts exactly what the full check accepts without a problem, with the same values:
    keys that are distinct, known names allowed for the variant, values passing their quick
    check, no required key missing and no two keys that exclude each other.
    """
    plan = _PLANS.get(id(rec)) or _plan(rec)
    acceptable, checks = plan.plain_keys[None], plan.text_checks
    values: dict[str, Any] = {}
    may_resolve, text_tag, slow = MAY_RESOLVE, STR, SLOW  # locals: a hot loop
    quoted_checks = plan.quoted_checks
    for _, _, key, _, text in rows.rows[rows.start : rows.stop]:
        if key not in acceptable or key in values:
            return None
        first = text[0]
        if first == '"' or first == "'":  # simply quoted: its inside, always text
            check = quoted_checks.get(key)
            if check is None:
                return None
            value = check(text[1:-1], text_tag)
        else:
            value = checks[key](text, text_tag if first not in may_resolve else plain_tag(text))
        if value is slow:
            return None
        values[key] = value
    # the discriminator's row passed its check, so its value is its text, read as str
    kind = values.get(rec.discriminator, "") if rec.discriminator is not None else ""
    if not _keys_complete(plan, rec, values.keys(), kind):
        return None
    return Rec(node, rec, label, index, values)


def _keys_complete(plan: _Plan, rec: Record, keys: AbstractSet[str], discriminator: str) -> bool:
    """Whether a record with these (distinct, known) keys, whose discriminator reads
    ``discriminator``, has every key it needs and none its variant does not use or that
    exclude each other."""
    variant = rec.variant_map.get(discriminator) if rec.discriminator is not None else None
    kind = None if variant is None else variant.value
    if kind is not None and not plan.plain_keys[kind] >= keys:
        return False  # a key its variant does not use
    if not plan.required[kind] <= keys:
        return False
    return not any(ex.first in keys and ex.second in keys for ex in rec.exclusive)


def _table_records(node: Sequence, rec: Record, label: str) -> list[Rec | None]:
    """The records of the list items read as tables (None for every other item), checked
    column by column; a table with anything _plain_record would not accept is left out,
    and its items get the full check one by one."""
    items = node.value
    ready: list[Rec | None] = [None] * len(items)
    for start, stop, table in node.tables or ():
        found = _table_columns(table, rec)
        if found is None:
            continue
        keys, rows = table.keys, zip(*found, strict=True)
        mappings = cast(list[Mapping], items[start:stop])  # a table's items are mappings
        ready[start:stop] = [
            Rec(item, rec, f"{label} item {n}", n, dict(zip(keys, values, strict=False)))
            for n, item, values in zip(range(start + 1, stop + 1), mappings, rows, strict=True)
        ]
    return ready


def _table_columns(table: ItemTable, rec: Record) -> list[list[Any]] | None:
    """The checked values of a table, a list per key; None unless every item is a record
    _plain_record accepts (so each gets exactly the values the full check would give)."""
    plan = _PLANS.get(id(rec)) or _plan(rec)
    keys = table.keys
    present = frozenset(keys)
    if len(present) != len(keys) or not present <= plan.plain_keys[None]:
        return None
    columns: list[list[Any]] = []
    may_resolve, text_tag, slow = MAY_RESOLVE, STR, SLOW  # locals: a hot loop
    for key, texts in zip(keys, zip(*table.values, strict=True), strict=True):
        whole = plan.column_checks[key]
        if whole is not None:
            checked = whole(texts)
            if checked is None:
                return None
            columns.append(checked)
            continue
        check, quoted = plan.text_checks[key], plan.quoted_checks.get(key)
        column: list[Any] = []
        append = column.append
        for text in texts:
            first = text[0]
            if first == '"' or first == "'":  # simply quoted: its inside, always text
                if quoted is None:
                    return None
                value = quoted(text[1:-1], text_tag)
            else:
                value = check(text, text_tag if first not in may_resolve else plain_tag(text))
            if value is slow:
                return None
            append(value)
        columns.append(column)
    kinds: set[Any] = {""}
    if rec.discriminator is not None and rec.discriminator in present:
        kinds = set(columns[keys.index(rec.discriminator)])
    if not all(_keys_complete(plan, rec, present, kind) for kind in kinds):
        return None
    return columns


def _variant(rec: Record, node: Mapping) -> Variant | None:
    """The variant a record's discriminator (its first text-named key of that name) picks."""
    if rec.discriminator is None or rec.discriminator not in rec.field_map:
        return None
    for key_node, value_node in node.value:
        if (
            type(key_node) is Scalar
            and key_node.tag == STR
            and key_node.value == rec.discriminator
        ):
            if type(value_node) is Scalar and value_node.tag == STR:
                return rec.variant(value_node.value)
            return None
    return None


# (kind, key used by mistake) -> (key meant, advice)
_VARIANT_HINTS = {
    ("cloze", "front"): ("text", "write the cloze text under 'text'"),
    **{
        (kind, "text"): ("front", "write the question under 'front'")
        for kind in ("basic", "reverse", "typed", "mcq", "order")
    },
}


def _numeric(node: Scalar) -> bool:
    """A plain (unquoted) scalar that reads as a number, in YAML 1.1 or 1.2."""
    if node.style:  # quoted or block; plain is None (PyYAML) or "" (libyaml)
        return False
    return node.tag in (INT, FLOAT) or (node.tag == STR and bool(_DECIMAL.match(node.value)))


def _accepts_node(typ: Type, node: Node) -> bool:
    if isinstance(typ, Record):
        return isinstance(node, Mapping)
    if isinstance(typ, ListOf):
        return isinstance(node, Sequence)
    if isinstance(typ, AnyOf):
        return any(_accepts_node(t, node) for t in typ.options)
    return isinstance(node, Scalar)


def _record_label(node: Mapping, rec: Record, label: str, index: int | None) -> str:
    if not rec.noun:
        return label
    if not rec.identified:
        return rec.noun
    for key_node, value_node in node.value:
        if (
            isinstance(key_node, Scalar)
            and key_node.value == "id"
            and isinstance(value_node, Scalar)
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
