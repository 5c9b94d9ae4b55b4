"""Loading deck files: the fast path for valid decks, the careful path that words problems."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import msgspec
from yaml.nodes import Node

from trainer.deckfile import compose
from trainer.deckfile import models as m
from trainer.deckfile.compose import compose_deck
from trainer.deckfile.cross import Path, Where, cross_check
from trainer.deckfile.describe import INT
from trainer.deckfile.durations import parse_duration
from trainer.deckfile.errors import DeckError, Problem, ProblemList
from trainer.deckfile.fast import fast_deck
from trainer.deckfile.gcpause import gc_paused
from trainer.deckfile.models import FORMAT_VERSION
from trainer.deckfile.reading import MAX_BYTES, read_deck_text, too_large
from trainer.deckfile.walk import INT_PATTERN, Rec, Seq, Walker, line, plain, shape
from trainer.domain import (
    CardKind,
    Choice,
    Citation,
    Deck,
    DeckSettings,
    Fact,
    FactStatus,
    HandCard,
    Relation,
    Source,
)


@dataclass(frozen=True)
class Parsed:
    """The outcome of checking one deck text: a deck, or the problems that prevent one."""

    deck: Deck | None
    problems: list[Problem]
    text: str = field(default="", repr=False)

    @cached_property
    def id_position(self) -> tuple[int, int] | None:
        """1-based line and column of the deck's id (worked out only when asked)."""
        try:
            root = compose_deck(self.text, filename="")
        except DeckError:
            return None
        for key, value in root.value:
            if getattr(key, "value", None) == "id":
                return value.start_mark.line + 1, value.start_mark.column + 1
        return None


def parse_deck(text: str, *, filename: str = "<string>") -> Deck:
    """Check a deck text and return the Deck; raise DeckError listing every problem."""
    result = check_text(text, filename=filename)
    if result.deck is None:
        raise DeckError(result.problems)
    return result.deck


def load_deck(path: str | os.PathLike[str]) -> Deck:
    """Read and check a deck file; raise DeckError listing every problem."""
    result = check_file(path)
    if result.deck is None:
        raise DeckError(result.problems)
    return result.deck


def validate_file(path: str | os.PathLike[str]) -> list[Problem]:
    """Every problem in a deck file, in file order; empty when the deck is valid."""
    return check_file(path).problems


def validate_text(text: str, *, filename: str = "<string>") -> list[Problem]:
    """Every problem in a deck text, in file order; empty when the deck is valid."""
    return check_text(text, filename=filename).problems


def check_file(path: str | os.PathLike[str]) -> Parsed:
    filename = os.fspath(path)
    try:
        text = read_deck_text(path)
    except DeckError as exc:
        return Parsed(None, exc.problems)
    return check_text(text, filename=filename)


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


def _careful(text: str, filename: str) -> Parsed:
    """Compose the nodes and word every problem; build the deck if there is none after all."""
    try:
        root = compose_deck(text, filename=filename)
    except DeckError as exc:
        return Parsed(None, exc.problems, text)
    problems = ProblemList(filename)
    for key, value in root.value:
        if (getattr(key, "value", None) == "format" and value.tag == INT
                and INT_PATTERN.match(value.value) and int(value.value) != FORMAT_VERSION):
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
        id=deck.id,
        title=deck.deck,
        description=_opt(deck.description) or "",
        group=_opt(deck.group) or "",
        sources=tuple(Source(id=s.id, file=s.file, sha256=_opt(s.sha256), title=_opt(s.title))
                      for s in deck.sources),
        facts=tuple(map(_build_fact, deck.facts)),
        cards=tuple(map(_build_card, deck.cards)),
        settings=DeckSettings() if settings is msgspec.UNSET else _build_settings(settings),
        format_version=deck.format,
    )


def _build_settings(settings: m.Settings) -> DeckSettings:
    given = {m.SETTINGS_FIELDS[k]: v for k, v in msgspec.structs.asdict(settings).items()
             if v is not msgspec.UNSET}
    for key in ("learning_steps_minutes", "relearning_steps_minutes"):
        if key in given:  # the model's pattern accepted every step, so each parses
            given[key] = tuple(parse_duration(step) for step in given[key])
    return DeckSettings(**given)


def _citation(c: m.Citation) -> Citation:
    return Citation(doc=c.doc, lines=(c.lines[0], c.lines[1]), page=_opt(c.page))


# Enum members by value: a dict lookup is several times faster than calling the enum.
_RELATIONS = {r.value: r for r in Relation}
_STATUSES = {s.value: s for s in FactStatus}
_KINDS = {k.value: k for k in CardKind}


def _build_fact(f: m.Fact) -> Fact:
    if f.source is not msgspec.UNSET:
        citations: tuple[Citation, ...] = (_citation(f.source),)
    else:
        citations = tuple(map(_citation, _opt(f.sources) or ()))
    return Fact(
        id=f.id,
        relation=_RELATIONS[f.relation],
        subject=f.subject,
        objects=(f.object,) if isinstance(f.object, str) else tuple(f.object),
        sources=citations,
        tags=tuple(_opt(f.tags) or ()),
        status=_STATUSES[f.status],
        note=_opt(f.note),
        qualifier=_opt(f.qualifier),
    )


def _build_card(c: m.Card) -> HandCard:
    kind = _KINDS[c.type]
    source = _opt(c.source)
    return HandCard(  # positional: a deck may hold many thousands of cards
        c.id,
        kind,
        c.text if kind is CardKind.CLOZE else c.front,  # type: ignore[arg-type]
        _opt(c.back) or "",
        tuple(Choice(x, False) if isinstance(x, str) else Choice(x.text, x.correct)
              for x in _opt(c.choices) or ()),
        tuple(_opt(c.items) or ()),
        _citation(source) if source is not None else None,
        tuple(_opt(c.tags) or ()),
    )

