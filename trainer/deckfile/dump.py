"""Writing decks as YAML: deterministic text, and an atomic file write."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

import msgspec
import yaml

from trainer.deckfile import models as m
from trainer.deckfile.errors import MAP, SEQ, STR
from trainer.deckfile.load import gc_paused, parse_deck
from trainer.deckfile.models import FORMAT_VERSION, format_duration
from trainer.domain import CardKind, Citation, Deck, DeckSettings, Fact, HandCard

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
    return dumper.represent_scalar(STR, data, style=style)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_Flow, lambda d, data: d.represent_sequence(SEQ, data, flow_style=True))
_Dumper.add_representer(_FlowMap, lambda d, data: d.represent_mapping(MAP, data, flow_style=True))


def dump_deck(deck: Deck) -> str:
    """The deck as YAML text in a fixed layout; loading it gives back an equal Deck."""
    with gc_paused():
        text = yaml.dump(_plain(deck), Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                         default_flow_style=False, width=_WIDTH, indent=2)
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
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# ---- domain objects -> the models -> plain data in the file's key order and layout ----

_U = msgspec.UNSET
_CARD_KEYS = ("id", "type", "front", "text", "choices", "items", "back", "source", "tags")


def _plain(deck: Deck) -> dict[str, Any]:
    model = m.DeckFile(
        format=deck.format_version or FORMAT_VERSION, id=deck.id, deck=deck.title,
        group=deck.group or _U, description=deck.description or _U,
        settings=_settings(deck.settings),
        sources=[m.Source(id=s.id, file=s.file, sha256=s.sha256 or _U, title=s.title or _U)
                 for s in deck.sources],
        facts=[_fact(f) for f in deck.facts], cards=[_card(c) for c in deck.cards])
    out: dict[str, Any] = {"format": model.format} | msgspec.to_builtins(model)
    for key in ("learning_steps", "relearning_steps"):
        if key in out.get("settings", {}):
            out["settings"][key] = _Flow(out["settings"][key])
    for fact in out.get("facts", ()):
        if fact.get("status") == "accepted":
            del fact["status"]  # the default, left out as the models' other defaults are
        fact.update({k: _Flow(fact[k]) for k in ("object", "tags") if type(fact.get(k)) is list})
        if "source" in fact:
            fact["source"] = _cite(fact["source"])
        if "sources" in fact:
            fact["sources"] = [_cite(c) for c in fact["sources"]]
    for i, card in enumerate(out.get("cards", ())):
        card = out["cards"][i] = {k: card[k] for k in _CARD_KEYS if k in card}
        if "choices" in card:
            card["choices"] = [_FlowMap(c) if type(c) is dict else c for c in card["choices"]]
        if "source" in card:
            card["source"] = _cite(card["source"])
        if "tags" in card:
            card["tags"] = _Flow(card["tags"])
    return out


def _cite(citation: dict[str, Any]) -> _FlowMap:
    return _FlowMap({**citation, "lines": _Flow(citation["lines"])})


def _settings(settings: DeckSettings) -> m.Settings | msgspec.UnsetType:
    """The settings that differ from the defaults, or UNSET when none do."""
    default, given = DeckSettings(), dict[str, Any]()
    for key, attr in m.SETTINGS_FIELDS.items():
        value = getattr(settings, attr)
        if isinstance(value, tuple | list):
            if tuple(value) != getattr(default, attr):
                given[key] = [format_duration(minutes) for minutes in value]
        elif value != getattr(default, attr):
            given[key] = float(value) if key == "desired_retention" else value
    return m.Settings(**given) if given else _U


def _citation(c: Citation) -> m.Citation:
    return m.Citation(doc=c.doc, lines=list(c.lines), page=_U if c.page is None else c.page)


def _fact(f: Fact) -> m.Fact:
    single = len(f.sources) == 1
    return m.Fact(
        id=f.id, relation=str(f.relation), subject=f.subject,  # type: ignore[arg-type]
        object=f.objects[0] if len(f.objects) == 1 else list(f.objects),
        source=_citation(f.sources[0]) if single else _U,
        sources=[_citation(c) for c in f.sources] if len(f.sources) > 1 else _U,
        tags=list(f.tags) or _U, status=str(f.status),  # type: ignore[arg-type]
        note=_U if f.note is None else f.note,
        qualifier=_U if f.qualifier is None else f.qualifier)


def _card(c: HandCard) -> m.Card:
    kind = CardKind(c.kind)
    cloze = kind is CardKind.CLOZE
    return m.Card(
        id=c.id, type=str(kind), front=_U if cloze else c.front,  # type: ignore[arg-type]
        text=c.front if cloze else _U, back=c.back or _U,
        choices=[m.Choice(text=x.text, correct=True) if x.correct else x.text
                 for x in c.choices] or _U,
        items=list(c.items) or _U, source=_U if c.source is None else _citation(c.source),
        tags=list(c.tags) or _U)
