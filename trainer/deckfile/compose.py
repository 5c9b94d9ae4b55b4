"""Turning deck text into a YAML node tree with positions, refusing unsafe or odd YAML.

Only plain YAML is accepted: no tags (``!!python/object``, ``!custom``), no anchors or aliases
(which also rules out "billion laughs" alias bombs), one document, and a bounded nesting depth.
Syntax errors become one problem with a line, a column and a message in plain words.

Most deck files are plain one-line-per-value YAML, which :mod:`trainer.deckfile.quick` reads
fastest. Anything else is read by libyaml's parser, with nodes built straight from its events
by one small loop (no recursion, no Python objects constructed). Whenever libyaml stops on
anything, the pure-Python parser reads the text again and words the problem, so messages never
depend on whether libyaml is installed. All three give the same node tree
(:mod:`trainer.deckfile.nodes`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from yaml.error import MarkedYAMLError, YAMLError
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from yaml.nodes import ScalarNode
from yaml.parser import Parser
from yaml.reader import Reader, ReaderError
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from trainer.deckfile.describe import NULL, describe
from trainer.deckfile.errors import DeckError, single
from trainer.deckfile.nodes import Mapping, Node, Scalar, Sequence
from trainer.deckfile.quick import compose_quick
from trainer.deckfile.reading import text_position

MAX_DEPTH = 32
"""Deepest nesting of lists and mappings accepted; a valid deck needs about six."""

ANCHOR_MESSAGE = "anchors and aliases (&name / *name) are not allowed in deck files"
TAG_MESSAGE = "tags such as !!python/object are not allowed in deck files"
EMPTY_MESSAGE = "the deck file is empty"
SECOND_DOCUMENT_MESSAGE = (
    "the file holds more than one YAML document (a second one starts here); "
    "keep one deck per file and remove the extra '---' line"
)


class _Refused(Exception):
    def __init__(self, mark: Any, message: str) -> None:
        super().__init__(message)
        self.mark = mark
        self.message = message


class _Empty(Exception):
    pass


class _PyParser(Reader, Scanner, Parser):
    """PyYAML's pure-Python reader, scanner and parser: events with exact error marks."""

    def __init__(self, text: str) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)


fast_parser: Any = None
"""libyaml's event parser class (a few times faster), or None to use only PyYAML's pure-Python
parser (the reference reading; the quick reader is then not used either)."""
try:
    from yaml._yaml import CParser as _CParser

    fast_parser = _CParser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    pass

_resolve = Resolver().resolve


def compose_deck(text: str, *, filename: str) -> Mapping:
    """Return the root mapping node of a deck text, or raise DeckError with one problem."""
    if not text.strip():
        raise single(filename, EMPTY_MESSAGE)
    node = _compose_fast(text)
    if node is not None:
        return node
    return _compose_checked(text, filename)


def _compose_fast(text: str) -> Mapping | None:
    """The root mapping via the quick reader or libyaml, or None when anything is unusual."""
    if fast_parser is None:
        return None
    quick = compose_quick(text)
    if quick is not None:
        return quick
    try:
        parser = fast_parser(text)
    except Exception:
        return None
    try:
        node = _compose_events(parser.get_event)
    except Exception:
        return None
    finally:
        parser.dispose()
    return node if isinstance(node, Mapping) else None


def _compose_checked(text: str, filename: str) -> Mapping:
    """Compose with the pure-Python parser, turning any trouble into one clear problem."""
    try:
        parser = _PyParser(text)
    except ReaderError as exc:
        raise _reader_problem(exc, text, filename) from None
    try:
        node = _compose_events(parser.get_event)
    except _Empty:
        raise single(filename, EMPTY_MESSAGE) from None
    except _Refused as exc:
        raise _mark_problem(filename, exc.mark, exc.message) from None
    except MarkedYAMLError as exc:
        raise _syntax_problem(exc, filename) from None
    except ReaderError as exc:
        raise _reader_problem(exc, text, filename) from None
    except YAMLError as exc:  # pragma: no cover - PyYAML raises marked errors in practice
        raise single(filename, f"the file is not valid YAML: {exc}") from None
    finally:
        parser.dispose()
    if isinstance(node, Scalar) and node.tag == NULL:
        raise single(filename, EMPTY_MESSAGE)
    if not isinstance(node, Mapping):
        raise single(
            filename,
            "a deck file must be a mapping of 'key: value' lines (id:, deck:, facts:, ...), "
            f"but this file holds {describe(node)}",
            node.line + 1,
            node.column + 1,
        )
    return node


def _refuse_special(event: Any) -> None:
    """Refuse anchors, aliases and tags on a node event."""
    if event.anchor is not None:
        raise _Refused(event.start_mark, ANCHOR_MESSAGE)
    if event.tag is not None:
        raise _Refused(event.start_mark, f"{TAG_MESSAGE} (found {_show_tag(event.tag)})")


def _compose_events(get_event: Callable[[], Event]) -> Node:
    """Build the one document's node tree from a stream of parser events."""
    event = get_event()
    assert isinstance(event, StreamStartEvent)
    event = get_event()
    if isinstance(event, StreamEndEvent):
        raise _Empty
    assert isinstance(event, DocumentStartEvent)
    root: Node | None = None
    open_nodes: list[Any] = []  # the mappings and lists being filled, innermost last
    pending_keys: list[Node | None] = []  # per open node: a mapping key awaiting its value
    while True:
        event = get_event()
        kind = type(event)
        node: Any
        e: Any = event
        if kind is ScalarEvent:
            if e.anchor is not None or e.tag is not None:
                _refuse_special(e)
            mark = e.start_mark
            node = Scalar(
                e.value, _resolve(ScalarNode, e.value, e.implicit), mark.line, mark.column,
                e.style or "",
            )
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if e.anchor is not None or e.tag is not None:
                _refuse_special(e)
            if len(open_nodes) >= MAX_DEPTH:
                raise _Refused(
                    e.start_mark,
                    f"lists and mappings are nested more than {MAX_DEPTH} levels deep here",
                )
            mark = e.start_mark
            if kind is MappingStartEvent:
                node = Mapping([], mark.line, mark.column)
            else:
                node = Sequence([], mark.line, mark.column)
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            open_nodes.pop()
            pending_keys.pop()
            continue
        elif kind is AliasEvent:
            raise _Refused(e.start_mark, ANCHOR_MESSAGE)
        else:
            assert kind is DocumentEndEvent, kind
            break
        # place the new node in its parent
        if open_nodes:
            parent = open_nodes[-1]
            if type(parent) is Sequence:
                parent.value.append(node)
            elif pending_keys[-1] is None:
                pending_keys[-1] = node
            else:
                parent.value.append((pending_keys[-1], node))
                pending_keys[-1] = None
        else:
            root = node
        if kind is not ScalarEvent:
            open_nodes.append(node)
            pending_keys.append(None)
    event = get_event()
    if not isinstance(event, StreamEndEvent):
        raise _Refused(event.start_mark, SECOND_DOCUMENT_MESSAGE)
    assert root is not None
    return root


def _show_tag(tag: str) -> str:
    prefix = "tag:yaml.org,2002:"
    if tag.startswith(prefix):
        return "'!!" + tag[len(prefix) :] + "'"
    if tag.startswith("!"):
        return f"'{tag}'"
    return f"'!<{tag}>'"


def _mark_problem(filename: str, mark: Any, message: str) -> DeckError:
    if mark is None:
        return single(filename, message)
    return single(filename, message, mark.line + 1, mark.column + 1)


def _reader_problem(exc: ReaderError, text: str, filename: str) -> DeckError:
    line, col = text_position(text, exc.position)
    char = exc.character
    code = ord(char) if isinstance(char, str) else int(char)
    if code == 0:
        message = "the file contains a NUL character, so it is a binary file, not a YAML deck file"
    else:
        message = (
            f"the file contains the control character U+{code:04X}, which YAML does not "
            "allow; delete it"
        )
    return single(filename, message, line, col)


# Known PyYAML problems, the words an instructor can act on, and where to point: at the
# problem itself, or at its context (where a quote, bracket or key began).
_PROBLEM, _CONTEXT, _OPENER = "problem", "context", "opener"
_SYNTAX: tuple[tuple[str, str, str], ...] = (
    (
        "found character '\\t' that cannot start any token",
        "a tab character is used here; indent with spaces, not tabs",
        _PROBLEM,
    ),
    (
        "mapping values are not allowed here",
        "a ':' is not allowed here; if the text contains ': ', put the whole text in quotes",
        _PROBLEM,
    ),
    (
        "could not find expected ':'",
        "this line is not a 'key: value' pair (is a ':' missing?)",
        _CONTEXT,
    ),
    (
        "found unexpected end of stream",
        "a quoted text starting here is never closed; add the closing quote",
        _CONTEXT,
    ),
    (
        "found unknown escape character",
        "unknown escape after '\\' in a \"double-quoted\" text; use 'single quotes' "
        "or write '\\\\' for a backslash",
        _PROBLEM,
    ),
    (
        "expected ',' or ']'",
        "a [list] opened here is not closed with ']' (or a ',' is missing between items)",
        _OPENER,
    ),
    (
        "expected ',' or '}'",
        "a {mapping} opened here is not closed with '}' (or a ',' is missing between items)",
        _OPENER,
    ),
    (
        "that cannot start any token",
        "this character cannot start a value; put the text in quotes",
        _PROBLEM,
    ),
    (
        "expected <block end>",
        "this line is not indented like the lines around it; check its spaces",
        _PROBLEM,
    ),
    (
        "did not find expected key",
        "this line is not indented like the lines around it; check its spaces",
        _PROBLEM,
    ),
    (
        "did not find expected '-' indicator",
        "this line does not fit the list around it; check its indentation and its '- '",
        _PROBLEM,
    ),
    (
        "block sequence entries are not allowed here",
        "a '- ' list item is not allowed here; check the indentation",
        _PROBLEM,
    ),
    (
        "found undefined tag handle",
        TAG_MESSAGE,
        _PROBLEM,
    ),
)


def _syntax_problem(exc: MarkedYAMLError, filename: str) -> DeckError:
    problem = exc.problem or exc.context or "unknown error"
    for needle, words, where in _SYNTAX:
        if needle in problem:
            mark = exc.problem_mark
            if where != _PROBLEM and exc.context_mark is not None:
                mark = exc.context_mark
                if where == _OPENER and exc.problem_mark is not None:
                    words += f" (noticed on line {exc.problem_mark.line + 1})"
            return _mark_problem(filename, mark or exc.context_mark, words)
    mark = exc.problem_mark or exc.context_mark
    return _mark_problem(filename, mark, f"the file is not valid YAML: {problem}")
