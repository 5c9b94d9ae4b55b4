"""Loading deck files: read, compose, check against the schema, cross-check, build a Deck."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from trainer.deckfile.compose import compose_deck
from trainer.deckfile.describe import INT, shorten
from trainer.deckfile.errors import DeckError, Problem, ProblemList
from trainer.deckfile.gcpause import gc_paused
from trainer.deckfile.nodes import Mapping, Scalar
from trainer.deckfile.reading import MAX_BYTES, read_deck_text, too_large
from trainer.deckfile.schema import DECK, FORMAT_VERSION
from trainer.deckfile.walk import INT_PATTERN, Rec, Seq, Walker
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
    id_position: tuple[int, int] | None = None  # 1-based line and column of the deck's id


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
    with gc_paused():
        return _check_text(text, filename)


def _check_text(text: str, filename: str) -> Parsed:
    size = len(text) if len(text) > MAX_BYTES else len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        return Parsed(None, too_large(filename, size).problems)
    try:
        root = compose_deck(text, filename=filename)
    except DeckError as exc:
        return Parsed(None, exc.problems)
    problems = ProblemList(filename)
    unsupported = _unsupported_format(root)
    if unsupported is not None:
        node, version = unsupported
        problems.add(
            node,
            f"unsupported deck format {version}; this version of Trainer reads format "
            f"{FORMAT_VERSION}",
        )
        return Parsed(None, problems.sorted())
    rec = Walker(problems).record(root, DECK, "", None)
    assert isinstance(rec, Rec)
    _cross_check(rec, problems)
    id_node = rec.nodes.get("id")
    id_position = None
    if id_node is not None:
        id_position = (id_node.line + 1, id_node.column + 1)
    if problems:
        return Parsed(None, problems.sorted(), id_position)
    return Parsed(_build_deck(rec), [], id_position)


def _unsupported_format(root: Mapping) -> tuple[Scalar, str] | None:
    for key, value in root.value:
        if (
            isinstance(key, Scalar)
            and key.value == "format"
            and isinstance(value, Scalar)
            and value.tag == INT
            and INT_PATTERN.match(value.value)
            and int(value.value) != FORMAT_VERSION
        ):
            return value, value.value
    return None


# ---- cross checks ---------------------------------------------------------------------------


def _records(value: Any) -> list[Rec]:
    return [r for r in value if isinstance(r, Rec)] if isinstance(value, list) else []


def _cross_check(deck: Rec, problems: ProblemList) -> None:
    sources = _records(deck.get("sources", []))
    facts = _records(deck.get("facts", []))
    cards = _records(deck.get("cards", []))
    known = _unique_source_ids(sources, problems)
    sources_complete = "sources" not in deck.nodes or (
        isinstance(deck.get("sources"), Seq)
        and len(sources) == len(deck.nodes["sources"].value)
        and all("id" in s.values for s in sources)
    )
    _unique_item_ids(facts, cards, problems)
    for fact in facts:
        values = fact.values
        citations = (values["source"],) if "source" in values else values.get("sources", ())
        for citation in citations:
            if type(citation) is Rec:
                _check_citation(fact, citation, known, sources_complete, problems)
    mcq = CardKind.MCQ.value
    for card in cards:
        values = card.values
        citation = values.get("source")
        if type(citation) is Rec:
            _check_citation(card, citation, known, sources_complete, problems)
        if values.get("type") == mcq:
            _check_choices(card, problems)


def _unique_source_ids(sources: list[Rec], problems: ProblemList) -> dict[str, int]:
    first: dict[str, int] = {}
    for source in sources:
        sid = source.get("id")
        if sid is None:
            continue
        node = source.nodes["id"]
        if sid in first:
            problems.add(
                node,
                f"source id {shorten(sid)} is used twice (first on line {first[sid]}); "
                "give each source its own id",
            )
        else:
            first[sid] = node.line + 1
    return first


def _unique_item_ids(facts: list[Rec], cards: list[Rec], problems: ProblemList) -> None:
    first: dict[str, Rec] = {}  # id -> the fact or card that has it first
    for noun, records in (("fact", facts), ("card", cards)):
        for record in records:
            item_id = record.values.get("id")
            if item_id is None:
                continue
            other = first.setdefault(item_id, record)
            if other is not record:
                problems.add(
                    record.nodes["id"],
                    f"{noun} id {shorten(item_id)} is already used by the {other.schema.noun} "
                    f"on line {other.nodes['id'].line + 1}; ids must be unique across the "
                    "deck's facts and cards",
                )


def _check_citation(
    owner: Rec, citation: Rec, known: dict[str, int], complete: bool, problems: ProblemList
) -> None:
    values = citation.values
    doc = values.get("doc")
    if doc is not None and complete and doc not in known:
        problems.add(citation.nodes["doc"], _unknown_source(owner.label, doc, known))
    lines = values.get("lines")
    if isinstance(lines, list) and len(lines) == 2 and lines[0] > lines[1]:
        first, last = lines
        problems.add(
            citation.nodes["lines"],
            f"{owner.label}: 'lines' [{first}, {last}] must go from the first line to the last "
            f"({first} is after {last})",
        )


def _unknown_source(owner: str, doc: str, known: Iterable[str]) -> str:
    ids = list(known)
    message = f"{owner} cites source {shorten(doc)}, but the deck lists no source with that id"
    if not ids:
        return message + " (it has no 'sources' list)"
    shown = ", ".join(ids[:10]) + (", …" if len(ids) > 10 else "")
    return message + f" (known: {shown})"


def _check_choices(card: Rec, problems: ProblemList) -> None:
    choices = card.get("choices")
    node = card.nodes.get("choices")
    if not isinstance(choices, Seq) or node is None or len(choices) != len(node.value):
        return
    correct: list[int] = []
    first_line: dict[str, int] = {}
    for i, (choice, item) in enumerate(zip(choices, choices.nodes, strict=True)):
        if isinstance(choice, Rec) and "text" not in choice.values:
            if choice.get("correct", False):
                correct.append(i)  # its text was refused and reported already
            continue
        text, is_correct = _choice_parts(choice)
        if is_correct:
            correct.append(i)
            if len(correct) == 2:
                problems.add(
                    item,
                    f"{card.label}: more than one choice is marked correct (the first is on "
                    f"line {choices.nodes[correct[0]].line + 1}); an mcq card has "
                    "exactly one correct choice",
                )
        if text in first_line:
            problems.add(
                item,
                f"{card.label}: choice {shorten(text)} is listed twice (first on line "
                f"{first_line[text]}); remove one",
            )
        else:
            first_line[text] = item.line + 1
    if not correct:
        problems.add(
            node,
            f"{card.label}: no choice is marked correct; mark exactly one as "
            "{text: ..., correct: true}",
        )


def _choice_parts(choice: str | Rec) -> tuple[str, bool]:
    if isinstance(choice, Rec):
        return choice.values["text"], bool(choice.get("correct", False))
    return choice, False


# ---- building domain objects (only from a deck without problems) -------------------------


def _build_deck(deck: Rec) -> Deck:
    settings = deck.get("settings")
    return Deck(
        id=deck.values["id"],
        title=deck.values["deck"],
        description=deck.get("description", ""),
        group=deck.get("group", ""),
        sources=tuple(map(_build_source, deck.get("sources", []))),
        facts=tuple(map(_build_fact, deck.get("facts", []))),
        cards=tuple(map(_build_card, deck.get("cards", []))),
        settings=_build_settings(settings) if isinstance(settings, Rec) else DeckSettings(),
        format_version=deck.get("format", FORMAT_VERSION),
    )


def _build_settings(rec: Rec) -> DeckSettings:
    defaults = DeckSettings()
    return DeckSettings(
        desired_retention=rec.get("desired_retention", defaults.desired_retention),
        new_per_day=rec.get("new_per_day", defaults.new_per_day),
        reviews_per_day=rec.get("reviews_per_day", defaults.reviews_per_day),
        learning_steps_minutes=tuple(
            rec.get("learning_steps", defaults.learning_steps_minutes)
        ),
        relearning_steps_minutes=tuple(
            rec.get("relearning_steps", defaults.relearning_steps_minutes)
        ),
        maximum_interval_days=rec.get("maximum_interval", defaults.maximum_interval_days),
    )


def _build_source(rec: Rec) -> Source:
    values = rec.values
    return Source(
        id=values["id"],
        file=values["file"],
        sha256=values.get("sha256"),
        title=values.get("title"),
    )


def _build_citation(rec: Rec) -> Citation:
    values = rec.values
    first, last = values["lines"]
    return Citation(doc=values["doc"], lines=(first, last), page=values.get("page"))


# Enum members by value: a dict lookup is several times faster than calling the enum.
_RELATIONS = {r.value: r for r in Relation}
_STATUSES = {s.value: s for s in FactStatus}
_KINDS = {k.value: k for k in CardKind}


def _build_fact(rec: Rec) -> Fact:
    values = rec.values
    objects = values["object"]
    source = values.get("source")
    if isinstance(source, Rec):
        citations: tuple[Citation, ...] = (_build_citation(source),)
    else:
        citations = tuple(_build_citation(c) for c in values.get("sources", ()))
    return Fact(
        id=values["id"],
        relation=_RELATIONS[values["relation"]],
        subject=values["subject"],
        objects=(objects,) if isinstance(objects, str) else tuple(objects),
        sources=citations,
        tags=tuple(values.get("tags", ())),
        status=_STATUSES[values.get("status", FactStatus.ACCEPTED.value)],
        note=values.get("note"),
        qualifier=values.get("qualifier"),
    )


def _build_card(rec: Rec) -> HandCard:
    values = rec.values
    kind = _KINDS[values["type"]]
    get = values.get
    source = get("source")
    choices = get("choices")
    items = get("items")
    tags = get("tags")
    return HandCard(  # positional: a deck may hold many thousands of cards
        values["id"],
        kind,
        values["text"] if kind is CardKind.CLOZE else values["front"],
        get("back", ""),
        tuple(Choice(*_choice_parts(c)) for c in choices) if choices else (),
        tuple(items) if items else (),
        _build_citation(source) if isinstance(source, Rec) else None,
        tuple(tags) if tags else (),
    )


__all__ = [
    "Parsed",
    "check_file",
    "check_text",
    "load_deck",
    "parse_deck",
    "validate_file",
    "validate_text",
]
