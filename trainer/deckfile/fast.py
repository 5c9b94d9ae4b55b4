"""The fast path: libyaml's loader, msgspec's typed models, and the rules models cannot state.

A valid deck is read here without making a single node with a position. The path only ever
*declines*: anything unusual (tags, anchors, merge keys, duplicate keys, YAML 1.1 spellings of
numbers and booleans, a value the models refuse, a broken cross rule) makes :func:`fast_deck`
return None, and the loader then composes the nodes and words every problem. Whatever is
accepted here the careful path accepts too, with the same values.
"""

from __future__ import annotations

import math
import re
from typing import Any

import msgspec
import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from trainer.deckfile.cross import Found, Where, cross_check
from trainer.deckfile.models import DeckFile
from trainer.deckfile.walk import DECIMAL, INT_PATTERN

# "&anchor", "*alias", "!tag" where a token may start, and "<<" merge keys: leave such text
# to the careful path, which refuses them with a message. (It may also match harmless text,
# such as "A & B"; that only costs the careful reading.)
_UNUSUAL = re.compile(r"(?:^|[\s\[{,])[&*!]|<<")

class _Decline(Exception):
    """Something the careful path must read."""


def _int(text: str) -> int:
    if INT_PATTERN.match(text):
        return int(text)
    raise _Decline  # 0x1f, 1_000, 0o17, 1:30: YAML 1.1 spellings the careful path refuses


def _float(text: str) -> float:
    if DECIMAL.match(text):
        value = float(text)
        if math.isfinite(value):
            return value
    raise _Decline


def _bool(text: str) -> bool:
    word = text.lower()
    if word in ("true", "false"):
        return word == "true"
    raise _Decline  # yes, no, on, off


_STR = "tag:yaml.org,2002:str"
_SCALARS = {"tag:yaml.org,2002:int": _int, "tag:yaml.org,2002:float": _float,
            "tag:yaml.org,2002:bool": _bool}


def _value(node: Node) -> Any:
    """Plain Python data from libyaml's nodes; faster than PyYAML's constructor, and it
    declines (null, dates, keys given twice, keys that are not text) instead of guessing."""
    kind = type(node)
    if kind is ScalarNode:
        if node.tag == _STR:
            return node.value
        read = _SCALARS.get(node.tag)
        if read is None:
            raise _Decline
        return read(node.value)
    if kind is MappingNode:
        out = {}
        for key, value in node.value:
            if type(key) is not ScalarNode or key.tag != _STR:
                raise _Decline
            out[key.value] = _value(value)
        if len(out) != len(node.value):
            raise _Decline
        return out
    return [_value(item) for item in node.value]


_decode = msgspec.convert


def fast_deck(text: str) -> DeckFile | None:
    """The deck's model when the text is plainly valid, else None."""
    if ("&" in text or "*" in text or "!" in text or "<<" in text) and _UNUSUAL.search(text):
        return None  # (the substring tests are several times faster than the expression)
    try:
        loader = yaml.CSafeLoader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
        if root is None:
            return None  # empty: the careful path says so
        data = _value(root)
        deck = _decode(data, DeckFile)
    except (yaml.YAMLError, _Decline, msgspec.ValidationError, RecursionError):
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
