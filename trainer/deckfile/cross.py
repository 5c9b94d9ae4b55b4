"""Rules across a deck's parts, which no model states (listed in ``models.CROSS_CHECKS``).

They run on plain data (mappings as dicts) and speak of places by path, such as
``("facts", 3, "source", "doc")``. A :class:`Where` turns a path into a line and a label:
the careful path's looks them up in the checked node tree, while the fast path's stops at
the first problem (the careful path then words it).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from trainer.deckfile.errors import shorten

Path = tuple[str | int, ...]


class Found(Exception):
    """Raised by the fast path's Where at the first problem."""


class Where:
    """Where things are in the deck, and where problems go. This one is the fast path's:
    it knows no places, and the first problem stops the check."""

    def report(self, path: Path, message: str) -> None:
        raise Found

    def line(self, path: Path) -> int:
        """The 1-based line the value at ``path`` starts on."""
        return 0

    def label(self, path: Path) -> str:
        """How messages name the record at ``path``: "fact 'x'", "card #2"."""
        return ""

    def complete(self, path: Path) -> bool:
        """Whether every item of the list at ``path`` (if any) passed its own checks."""
        return True


def cross_check(deck: dict[str, Any], at: Where) -> None:
    """Report every broken cross rule of a deck's checked values."""
    sources, facts, cards = (_list(deck.get(key)) for key in ("sources", "facts", "cards"))
    known = _unique_source_ids(sources, at)
    complete = at.complete(("sources",)) and all("id" in s for s in sources)
    _unique_item_ids(facts, cards, at)
    for i, fact in enumerate(facts):
        if "source" in fact:
            cites: Iterable[tuple[Path, Any]] = [(("facts", i, "source"), fact["source"])]
        else:
            cites = [(("facts", i, "sources", j), c) for j, c in enumerate(_list(
                fact.get("sources")))]
        for path, citation in cites:
            if isinstance(citation, dict):
                _check_citation(("facts", i), path, citation, known, complete, at)
    for i, card in enumerate(cards):
        citation = card.get("source")
        if isinstance(citation, dict):
            _check_citation(("cards", i), ("cards", i, "source"), citation, known, complete, at)
        if card.get("type") == "mcq":
            _check_choices(("cards", i), card, at)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _unique_source_ids(sources: list[dict[str, Any]], at: Where) -> dict[str, int]:
    first: dict[str, int] = {}
    for i, source in enumerate(sources):
        sid = source.get("id")
        if sid is None:
            continue
        if sid in first:
            at.report(("sources", i, "id"), f"source id {shorten(sid)} is used twice (first on "
                      f"line {first[sid]}); give each source its own id")
        else:
            first[sid] = at.line(("sources", i, "id"))
    return first


def _unique_item_ids(facts: list[Any], cards: list[Any], at: Where) -> None:
    first: dict[str, tuple[str, int]] = {}  # id -> the list and place of its first holder
    for key, records in (("facts", facts), ("cards", cards)):
        for i, record in enumerate(records):
            item_id = record.get("id")
            if item_id is None:
                continue
            other = first.setdefault(item_id, (key, i))
            if other != (key, i):
                at.report((key, i, "id"), f"{key[:-1]} id {shorten(item_id)} is already used by "
                          f"the {other[0][:-1]} on line {at.line((*other, 'id'))}; ids must be "
                          "unique across the deck's facts and cards")


def _check_citation(owner: Path, path: Path, citation: dict[str, Any], known: dict[str, int],
                    complete: bool, at: Where) -> None:
    doc = citation.get("doc")
    if doc is not None and complete and doc not in known:
        at.report((*path, "doc"), _unknown_source(at.label(owner), doc, known))
    lines = citation.get("lines")
    if isinstance(lines, list) and len(lines) == 2 and lines[0] > lines[1]:
        first, last = lines
        at.report((*path, "lines"), f"{at.label(owner)}: 'lines' [{first}, {last}] must go from "
                  f"the first line to the last ({first} is after {last})")


def _unknown_source(owner: str, doc: str, known: Iterable[str]) -> str:
    ids = list(known)
    message = f"{owner} cites source {shorten(doc)}, but the deck lists no source with that id"
    if not ids:
        return message + " (it has no 'sources' list)"
    shown = ", ".join(ids[:10]) + (", …" if len(ids) > 10 else "")
    return message + f" (known: {shown})"


def _check_choices(card: Path, values: dict[str, Any], at: Where) -> None:
    choices, path = values.get("choices"), (*card, "choices")
    if not isinstance(choices, list) or not at.complete(path):
        return
    correct: list[int] = []
    first_line: dict[str, int] = {}
    for i, choice in enumerate(choices):
        if isinstance(choice, dict) and "text" not in choice:
            if choice.get("correct", False):
                correct.append(i)  # its text was refused and reported already
            continue
        text, is_correct = (choice["text"], choice.get("correct", False)) \
            if isinstance(choice, dict) else (choice, False)
        if is_correct:
            correct.append(i)
            if len(correct) == 2:
                at.report((*path, i), f"{at.label(card)}: more than one choice is marked "
                          f"correct (the first is on line {at.line((*path, correct[0]))}); an "
                          "mcq card has exactly one correct choice")
        if text in first_line:
            at.report((*path, i), f"{at.label(card)}: choice {shorten(text)} is listed twice "
                      f"(first on line {first_line[text]}); remove one")
        else:
            first_line[text] = at.line((*path, i))
    if not correct:
        at.report(path, f"{at.label(card)}: no choice is marked correct; mark exactly one as "
                  "{text: ..., correct: true}")
