"""Writing decks as YAML: deterministic text, and an atomic file write."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

from trainer.deckfile.durations import format_duration
from trainer.deckfile.gcpause import gc_paused
from trainer.deckfile.load import parse_deck
from trainer.deckfile.schema import FORMAT_VERSION
from trainer.domain import (
    CardKind,
    Choice,
    Citation,
    Deck,
    DeckSettings,
    Fact,
    FactStatus,
    HandCard,
    Source,
)

_WIDTH = 1 << 30  # never fold long lines


class _Flow(list[Any]):
    """A list written on one line: [a, b]."""


class _FlowMap(dict[str, Any]):
    """A mapping written on one line: {doc: doc003, lines: [14, 15]}."""


class _Dumper(yaml.SafeDumper):
    """SafeDumper with block lists indented under their key and one-line flow values."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


# Line breaks other than "\n": PyYAML would write them raw and read them back as "\n".
_ODD_BREAKS = frozenset("\r\x85\u2028\u2029")


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    """Multi-line text as a |-block; text with unusual line breaks double-quoted (escaped)."""
    style: str | None = None
    if not _ODD_BREAKS.isdisjoint(data):
        style = '"'
    elif "\n" in data:
        style = "|"  # the emitter falls back to quotes when a block cannot hold the text
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


def _represent_flow(dumper: yaml.SafeDumper, data: _Flow) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


def _represent_flow_map(dumper: yaml.SafeDumper, data: _FlowMap) -> yaml.MappingNode:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=True)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_Flow, _represent_flow)
_Dumper.add_representer(_FlowMap, _represent_flow_map)


def dump_deck(deck: Deck) -> str:
    """The deck as YAML text in a fixed layout; loading it gives back an equal Deck."""
    with gc_paused():
        text = _dump(deck)
    return text


def _dump(deck: Deck) -> str:
    text = yaml.dump(
        _deck(deck),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=_WIDTH,
        indent=2,
    )
    assert isinstance(text, str)
    return text


def write_deck_atomic(deck: Deck, path: str | os.PathLike[str]) -> None:
    """Write a deck file so that readers see the old file or the new one, never a part.

    The text is checked by loading it back first; a deck that would not load raises
    DeckError and nothing is written. The new file keeps the old file's permissions.
    """
    target = Path(path)
    text = dump_deck(deck)
    parse_deck(text, filename=os.fspath(target))
    data = text.encode("utf-8")
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o644
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable where the platform allows it (POSIX)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# ---- domain objects -> plain data in the file's key order ------------------------------


def _deck(deck: Deck) -> dict[str, Any]:
    out: dict[str, Any] = {
        "format": deck.format_version or FORMAT_VERSION,
        "id": deck.id,
        "deck": deck.title,
    }
    if deck.group:
        out["group"] = deck.group
    if deck.description:
        out["description"] = deck.description
    settings = _settings(deck.settings)
    if settings:
        out["settings"] = settings
    if deck.sources:
        out["sources"] = [_source(s) for s in deck.sources]
    if deck.facts:
        out["facts"] = [_fact(f) for f in deck.facts]
    if deck.cards:
        out["cards"] = [_card(c) for c in deck.cards]
    return out


def _settings(settings: DeckSettings) -> dict[str, Any]:
    default = DeckSettings()
    out: dict[str, Any] = {}
    if settings.desired_retention != default.desired_retention:
        out["desired_retention"] = float(settings.desired_retention)
    if settings.new_per_day != default.new_per_day:
        out["new_per_day"] = settings.new_per_day
    if settings.reviews_per_day != default.reviews_per_day:
        out["reviews_per_day"] = settings.reviews_per_day
    if tuple(settings.learning_steps_minutes) != default.learning_steps_minutes:
        out["learning_steps"] = _Flow(format_duration(m) for m in settings.learning_steps_minutes)
    if tuple(settings.relearning_steps_minutes) != default.relearning_steps_minutes:
        out["relearning_steps"] = _Flow(
            format_duration(m) for m in settings.relearning_steps_minutes
        )
    if settings.maximum_interval_days != default.maximum_interval_days:
        out["maximum_interval"] = settings.maximum_interval_days
    return out


def _source(source: Source) -> dict[str, Any]:
    out: dict[str, Any] = {"id": source.id, "file": source.file}
    if source.sha256:
        out["sha256"] = source.sha256
    if source.title:
        out["title"] = source.title
    return out


def _citation(citation: Citation) -> _FlowMap:
    out = _FlowMap(doc=citation.doc, lines=_Flow(citation.lines))
    if citation.page is not None:
        out["page"] = citation.page
    return out


def _fact(fact: Fact) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": fact.id,
        "relation": str(fact.relation),
        "subject": fact.subject,
        "object": fact.objects[0] if len(fact.objects) == 1 else _Flow(fact.objects),
    }
    if len(fact.sources) == 1:
        out["source"] = _citation(fact.sources[0])
    elif fact.sources:
        out["sources"] = [_citation(c) for c in fact.sources]
    if fact.tags:
        out["tags"] = _Flow(fact.tags)
    if fact.status != FactStatus.ACCEPTED:
        out["status"] = str(fact.status)
    if fact.note is not None:
        out["note"] = fact.note
    if fact.qualifier is not None:
        out["qualifier"] = fact.qualifier
    return out


def _choice(choice: Choice) -> str | _FlowMap:
    if choice.correct:
        return _FlowMap(text=choice.text, correct=True)
    return choice.text


def _card(card: HandCard) -> dict[str, Any]:
    kind = CardKind(card.kind)
    out: dict[str, Any] = {"id": card.id, "type": str(kind)}
    out["text" if kind is CardKind.CLOZE else "front"] = card.front
    if card.choices:
        out["choices"] = [_choice(c) for c in card.choices]
    if card.items:
        out["items"] = list(card.items)
    if card.back:
        out["back"] = card.back
    if card.source is not None:
        out["source"] = _citation(card.source)
    if card.tags:
        out["tags"] = _Flow(card.tags)
    return out
