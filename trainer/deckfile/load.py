"""Loading deck files: the fast path for valid decks, the careful path that words problems.

The fast path reads a valid deck without making a single node with a position: libyaml's
loader, msgspec's typed models, and the rules models cannot state. It only ever *declines*:
anything unusual (tags, anchors, merge keys, duplicate keys, YAML 1.1 spellings of numbers and
booleans, a value the models refuse, a broken cross rule) sends the text to the careful path,
which composes the nodes and words every problem (:mod:`.compose`, :mod:`.walk`). Whatever the
fast path accepts the careful path accepts too, with the same values.
"""

from __future__ import annotations

import gc
import math
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import msgspec
import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from trainer.deckfile import compose
from trainer.deckfile import models as m
from trainer.deckfile.compose import MAX_BYTES, compose_deck, read_deck_text, too_large
from trainer.deckfile.cross import Found, Path, Where, cross_check
from trainer.deckfile.errors import BOOL, FLOAT, INT, MAP, SEQ, STR, DeckError, Problem, ProblemList
from trainer.deckfile.models import FORMAT_VERSION, DeckFile, parse_duration
from trainer.deckfile.walk import DECIMAL, INT_PATTERN, Rec, Seq, Walker, line, plain, shape
from trainer.domain import CardKind, Choice, Citation, Deck, DeckSettings, Fact, HandCard, Source


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector inside the block (restored after, if it was
    on). A deck of thousands of facts makes hundreds of thousands of small objects at once,
    which the collector would scan over and over (roughly tripling load time); nothing built
    while reading, writing or importing a deck forms cycles that need collecting."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass(frozen=True)
class Parsed:
    """The outcome of checking one deck text: a deck, or the problems that prevent one."""

    deck: Deck | None
    problems: list[Problem]
    text: str = field(default="", repr=False)

    def deck_or_raise(self) -> Deck:
        """The deck; DeckError listing every problem when there is none."""
        if self.deck is None:
            raise DeckError(self.problems)
        return self.deck

    @cached_property
    def id_position(self) -> tuple[int, int] | None:
        """1-based line and column of the deck's id (worked out only when asked)."""
        try:
            root = compose_deck(self.text, filename="")
        except DeckError:
            return None
        marks = (v.start_mark for k, v in root.value if getattr(k, "value", None) == "id")
        return next(((mark.line + 1, mark.column + 1) for mark in marks), None)


def parse_deck(text: str, *, filename: str = "<string>") -> Deck:
    """Check a deck text and return the Deck; raise DeckError listing every problem."""
    return check_text(text, filename=filename).deck_or_raise()


def load_deck(path: str | os.PathLike[str]) -> Deck:
    """Read and check a deck file; raise DeckError listing every problem."""
    return check_file(path).deck_or_raise()


def validate_file(path: str | os.PathLike[str]) -> list[Problem]:
    """Every problem in a deck file, in file order; empty when the deck is valid."""
    return check_file(path).problems


def validate_text(text: str, *, filename: str = "<string>") -> list[Problem]:
    """Every problem in a deck text, in file order; empty when the deck is valid."""
    return check_text(text, filename=filename).problems


def check_file(path: str | os.PathLike[str]) -> Parsed:
    try:
        return check_text(read_deck_text(path), filename=os.fspath(path))
    except DeckError as exc:  # (check_text raises none)
        return Parsed(None, exc.problems)


def check_text(text: str, *, filename: str = "<string>") -> Parsed:
    """Check a deck text; never raises for bad content."""
    size = len(text) if len(text) > MAX_BYTES else len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        return Parsed(None, too_large(filename, size).problems)
    with gc_paused():
        model = fast_deck(text) if compose.fast_parser is not None else None
        if model is not None:
            return Parsed(_build_deck(model), [], text)
        return _careful(text, filename)


# ---- the fast path ---------------------------------------------------------------------

# "&anchor", "*alias", "!tag" where a token may start, and "<<" merge keys: leave such text
# to the careful path, which refuses them with a message. (It may also match harmless text,
# such as "A & B"; that only costs the careful reading.)
_UNUSUAL = re.compile(r"(?:^|[\s\[{,])[&*!]|<<")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


# A plain scalar's tag -> the spelling the careful path accepts, and how to read it. Others
# (0x1f, 1_000, 1:30, yes, off, null, dates) decline: the careful path refuses them.
_SCALARS: dict[str, tuple[re.Pattern[str], Callable[[str], Any]]] = {
    INT: (INT_PATTERN, int), FLOAT: (DECIMAL, _finite),
    BOOL: (re.compile(r"(?i:true|false)\Z"), lambda text: text.lower() == "true")}
_NEVER = (re.compile(r"(?!)"), str)


def _value(node: Node) -> Any:
    """Plain Python data from libyaml's nodes; faster than PyYAML's constructor, and it
    declines (ValueError) instead of guessing: null, dates, keys given twice or not text."""
    kind = type(node)
    if kind is ScalarNode:
        if node.tag == STR:
            return node.value
        spelling, read = _SCALARS.get(node.tag, _NEVER)
        if not spelling.match(node.value):
            raise ValueError(node.value)
        return read(node.value)
    if kind is MappingNode:
        out = {}
        for key, value in node.value:
            if type(key) is not ScalarNode or key.tag != STR:
                raise ValueError(key)
            out[key.value] = _value(value)
        if len(out) != len(node.value):
            raise ValueError("a key is given twice")
        return out
    return [_value(item) for item in node.value]


_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # (no libyaml: fast_deck is not used)
_RESOLVERS = {char: tuple(pairs) for char, pairs in _Base.yaml_implicit_resolvers.items()}


class _Loader(_Base):
    """libyaml's loader with PyYAML's tag resolution done cheaper: a deck's loader has no path
    resolvers, so a tag is the first implicit resolver for the scalar's first character that
    matches, else str. (The general ``resolve`` costs about a tenth of a fast read.)"""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is not ScalarNode:
            return SEQ if kind is SequenceNode else MAP
        if implicit[0]:
            for tag, regexp in _RESOLVERS.get(value[:1], ()):
                if regexp.match(value):
                    return tag
        return STR


def fast_deck(text: str) -> DeckFile | None:
    """The deck's model when the text is plainly valid, else None."""
    if ("&" in text or "*" in text or "!" in text or "<<" in text) and _UNUSUAL.search(text):
        return None  # (the substring tests are several times faster than the expression)
    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
        if root is None:
            return None  # empty: the careful path says so
        data = _value(root)
        deck = msgspec.convert(data, DeckFile)
    except (yaml.YAMLError, ValueError, RecursionError):  # (msgspec's ValidationError too)
        return None
    return deck if follows_rules(deck, data) else None


def follows_rules(deck: DeckFile, data: dict[str, Any]) -> bool:
    """Whether a deck keeps the rules the models cannot state (the careful path words them)."""
    unset = msgspec.UNSET
    for fact in deck.facts:
        if fact.source is not unset and fact.sources is not unset:
            return False
        if isinstance(fact.object, list) and len(set(fact.object)) != len(fact.object):
            return False
    for card in deck.cards:
        required, optional = card.VARIANTS[card.type]
        for name in ("front", "text", "back", "choices", "items"):
            present = getattr(card, name) is not unset
            if present != (name in required) and not (present and name in optional):
                return False
        if card.items is not unset and len(set(card.items)) != len(card.items):
            return False
    try:
        cross_check(data, Where())
    except Found:
        return False
    return True


# ---- the careful path ------------------------------------------------------------------


def _careful(text: str, filename: str) -> Parsed:
    """Compose the nodes and word every problem; build the deck if there is none after all."""
    try:
        root = compose_deck(text, filename=filename)
    except DeckError as exc:
        return Parsed(None, exc.problems, text)
    problems = ProblemList(filename)
    for key, value in root.value:
        if (getattr(key, "value", None) == "format" and value.tag == INT
                and INT_PATTERN.match(value.value) and float(value.value) != FORMAT_VERSION):
            problems.add(value, f"unsupported deck format {value.value}; this version of "
                         f"Trainer reads format {FORMAT_VERSION}")
            return Parsed(None, problems.sorted(), text)
    rec = Walker(problems).record(root, shape(m.DeckFile), "", None)
    assert isinstance(rec, Rec)
    data = plain(rec)
    cross_check(data, _Tree(rec, problems))
    if problems:
        return Parsed(None, problems.sorted(), text)
    return Parsed(_build_deck(msgspec.convert(data, m.DeckFile)), [], text)


class _Tree(Where):
    """The careful path's Where: places looked up in the checked node tree."""

    def __init__(self, root: Rec, problems: ProblemList) -> None:
        self.root, self.problems = root, problems

    def _find(self, path: Path) -> tuple[Any, Node]:
        value: Any = self.root
        node: Node = self.root.node
        for step in path:
            node = value.nodes[step]
            value = value[step] if isinstance(step, int) else value.values.get(step)
        return value, node

    def report(self, path: Path, message: str) -> None:
        self.problems.add(self._find(path)[1], message)

    def line(self, path: Path) -> int:
        return line(self._find(path)[1])

    def label(self, path: Path) -> str:
        return str(self._find(path)[0].label)

    def complete(self, path: Path) -> bool:
        if path[-1] not in self._find(path[:-1])[0].nodes:
            return True
        value, node = self._find(path)
        return isinstance(value, Seq) and len(value) == len(node.value)


# ---- building domain objects (only from a deck without problems) -------------------------


def _opt(value: Any) -> Any:
    return None if value is msgspec.UNSET else value


def _build_deck(deck: m.DeckFile) -> Deck:
    settings = deck.settings
    return Deck(
        id=deck.id, title=deck.deck, description=_opt(deck.description) or "",
        group=_opt(deck.group) or "", format_version=deck.format,
        sources=tuple(Source(id=s.id, file=s.file, sha256=_opt(s.sha256), title=_opt(s.title))
                      for s in deck.sources),
        facts=tuple(map(_build_fact, deck.facts)), cards=tuple(map(_build_card, deck.cards)),
        settings=DeckSettings() if settings is msgspec.UNSET else _build_settings(settings))


def _build_settings(settings: m.Settings) -> DeckSettings:
    given = {m.SETTINGS_FIELDS[k]: v for k, v in msgspec.structs.asdict(settings).items()
             if v is not msgspec.UNSET}
    for key in ("learning_steps_minutes", "relearning_steps_minutes"):
        if key in given:  # the model's pattern accepted every step, so each parses
            given[key] = tuple(parse_duration(step) for step in given[key])
    return DeckSettings(**given)


def _citation(c: m.Citation) -> Citation:
    return Citation(doc=c.doc, lines=(c.lines[0], c.lines[1]), page=_opt(c.page))


def _build_fact(f: m.Fact) -> Fact:
    if f.source is not msgspec.UNSET:
        citations: tuple[Citation, ...] = (_citation(f.source),)
    else:
        citations = tuple(map(_citation, _opt(f.sources) or ()))
    return Fact(
        id=f.id, relation=m.RELATIONS[f.relation], subject=f.subject,
        objects=(f.object,) if isinstance(f.object, str) else tuple(f.object),
        sources=citations, tags=tuple(_opt(f.tags) or ()), status=m.STATUSES[f.status],
        note=_opt(f.note), qualifier=_opt(f.qualifier))


def _build_card(c: m.Card) -> HandCard:
    kind = m.KINDS[c.type]
    source = _opt(c.source)
    return HandCard(  # positional: a deck may hold many thousands of cards
        c.id, kind, c.text if kind is CardKind.CLOZE else c.front,  # type: ignore[arg-type]
        _opt(c.back) or "",
        tuple(Choice(x, False) if isinstance(x, str) else Choice(x.text, x.correct)
              for x in _opt(c.choices) or ()),
        tuple(_opt(c.items) or ()), _citation(source) if source is not None else None,
        tuple(_opt(c.tags) or ()))
