"""Loading deck files: read, compose, check against the schema, cross-check, build a Deck."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from yaml.nodes import MappingNode, ScalarNode

from trainer.deckfile.compose import compose_deck
from trainer.deckfile.describe import INT, shorten
from trainer.deckfile.errors import DeckError, Problem, ProblemList
from trainer.deckfile.gcpause import gc_paused
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
        id_position = (id_node.start_mark.line + 1, id_node.start_mark.column + 1)
    if problems:
        return Parsed(None, problems.sorted(), id_position)
    return Parsed(_build_deck(rec), [], id_position)


def _unsupported_format(root: MappingNode) -> tuple[ScalarNode, str] | None:
    for key, value in root.value:
        if (
            isinstance(key, ScalarNode)
            and key.value == "format"
            and isinstance(value, ScalarNode)
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
        citations = [fact.get("source")] if "source" in fact.values else fact.get("sources", [])
        for citation in _records(citations):
            _check_citation(fact.label, citation, known, sources_complete, problems)
    for card in cards:
        citation = card.get("source")
        if isinstance(citation, Rec):
            _check_citation(card.label, citation, known, sources_complete, problems)
        if card.get("type") == CardKind.MCQ.value:
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
            first[sid] = node.start_mark.line + 1
    return first


def _unique_item_ids(facts: list[Rec], cards: list[Rec], problems: ProblemList) -> None:
    first: dict[str, tuple[str, int]] = {}
    for noun, records in (("fact", facts), ("card", cards)):
        for record in records:
            item_id = record.get("id")
            if item_id is None:
                continue
            node = record.nodes["id"]
            if item_id in first:
                other, line = first[item_id]
                problems.add(
                    node,
                    f"{noun} id {shorten(item_id)} is already used by the {other} on line "
                    f"{line}; ids must be unique across the deck's facts and cards",
                )
            else:
                first[item_id] = (noun, node.start_mark.line + 1)


def _check_citation(
    owner: str, citation: Rec, known: dict[str, int], complete: bool, problems: ProblemList
) -> None:
    doc = citation.get("doc")
    if doc is not None and complete and doc not in known:
        problems.add(citation.nodes["doc"], _unknown_source(owner, doc, known))
    lines = citation.get("lines")
    if isinstance(lines, list) and len(lines) == 2 and lines[0] > lines[1]:
        first, last = lines
        problems.add(
            citation.nodes["lines"],
            f"{owner}: 'lines' [{first}, {last}] must go from the first line to the last "
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
        text, is_correct = _choice_parts(choice)
        if is_correct:
            correct.append(i)
            if len(correct) == 2:
                problems.add(
                    item,
                    f"{card.label}: more than one choice is marked correct (the first is on "
                    f"line {choices.nodes[correct[0]].start_mark.line + 1}); an mcq card has "
                    "exactly one correct choice",
                )
        if text in first_line:
            problems.add(
                item,
                f"{card.label}: choice {shorten(text)} is listed twice (first on line "
                f"{first_line[text]}); remove one",
            )
        else:
            first_line[text] = item.start_mark.line + 1
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
        sources=tuple(_build_source(s) for s in deck.get("sources", [])),
        facts=tuple(_build_fact(f) for f in deck.get("facts", [])),
        cards=tuple(_build_card(c) for c in deck.get("cards", [])),
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
    return Source(
        id=rec.values["id"],
        file=rec.values["file"],
        sha256=rec.get("sha256"),
        title=rec.get("title"),
    )


def _build_citation(rec: Rec) -> Citation:
    first, last = rec.values["lines"]
    return Citation(doc=rec.values["doc"], lines=(first, last), page=rec.get("page"))


def _build_fact(rec: Rec) -> Fact:
    objects = rec.values["object"]
    if isinstance(rec.get("source"), Rec):
        citations: tuple[Citation, ...] = (_build_citation(rec.values["source"]),)
    else:
        citations = tuple(_build_citation(c) for c in rec.get("sources", []))
    return Fact(
        id=rec.values["id"],
        relation=Relation(rec.values["relation"]),
        subject=rec.values["subject"],
        objects=(objects,) if isinstance(objects, str) else tuple(objects),
        sources=citations,
        tags=tuple(rec.get("tags", ())),
        status=FactStatus(rec.get("status", FactStatus.ACCEPTED.value)),
        note=rec.get("note"),
        qualifier=rec.get("qualifier"),
    )


def _build_card(rec: Rec) -> HandCard:
    kind = CardKind(rec.values["type"])
    source = rec.get("source")
    front = rec.values["text"] if kind is CardKind.CLOZE else rec.values["front"]
    choices = tuple(Choice(*_choice_parts(c)) for c in rec.get("choices", ()))
    return HandCard(
        id=rec.values["id"],
        kind=kind,
        front=front,
        back=rec.get("back", ""),
        choices=choices,
        items=tuple(rec.get("items", ())),
        source=_build_citation(source) if isinstance(source, Rec) else None,
        tags=tuple(rec.get("tags", ())),
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
