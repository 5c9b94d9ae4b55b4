"""Turning deck text into a YAML node tree with positions, refusing unsafe or odd YAML.

This reading is used only for a deck the fast path refused: it words the problem. Only plain
YAML is accepted: no tags (``!!python/object``, ``!custom``), no anchors or aliases (which
also rules out "billion laughs" alias bombs), one document, and a bounded nesting depth.
Syntax errors become one problem with a line, a column and a message in plain words, read by
PyYAML's pure-Python parser so that its exact marks and messages are used.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import Composer
from yaml.error import MarkedYAMLError, YAMLError
from yaml.events import AliasEvent, ScalarEvent
from yaml.nodes import MappingNode, Node, ScalarNode
from yaml.parser import Parser
from yaml.reader import Reader, ReaderError
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from trainer.deckfile.describe import NULL, describe
from trainer.deckfile.errors import DeckError, single
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


class _Composer(Reader, Scanner, Parser, Composer, Resolver):
    """PyYAML's pure-Python reading (exact error marks), refusing anchors, tags and depth."""

    def __init__(self, text: str) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        Resolver.__init__(self)
        self.depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event: Any = self.peek_event()
        if isinstance(event, AliasEvent) or event.anchor is not None:
            raise _Refused(event.start_mark, ANCHOR_MESSAGE)
        if event.tag is not None:
            raise _Refused(event.start_mark, f"{TAG_MESSAGE} (found {_show_tag(event.tag)})")
        if isinstance(event, ScalarEvent):
            return super().compose_node(parent, index)
        if self.depth >= MAX_DEPTH:
            raise _Refused(event.start_mark,
                           f"lists and mappings are nested more than {MAX_DEPTH} levels deep here")
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


fast_parser: Any = getattr(yaml, "CSafeLoader", None)
"""libyaml's loader (present when PyYAML was built with libyaml), which the fast path reads
valid decks with; None reads every deck this careful way (tests compare the two)."""


def compose_deck(text: str, *, filename: str) -> MappingNode:
    """Return the root mapping node of a deck text, or raise DeckError with one problem."""
    if not text.strip():
        raise single(filename, EMPTY_MESSAGE)
    try:
        composer = _Composer(text)
    except ReaderError as exc:
        raise _reader_problem(exc, text, filename) from None
    try:
        node = composer.get_single_node()
    except _Refused as exc:
        raise _mark_problem(filename, exc.mark, exc.message) from None
    except MarkedYAMLError as exc:
        raise _syntax_problem(exc, filename) from None
    except ReaderError as exc:
        raise _reader_problem(exc, text, filename) from None
    except YAMLError as exc:  # pragma: no cover - PyYAML raises marked errors in practice
        raise single(filename, f"the file is not valid YAML: {exc}") from None
    finally:
        composer.dispose()
    if node is None or (isinstance(node, ScalarNode) and node.tag == NULL):
        raise single(filename, EMPTY_MESSAGE)
    if not isinstance(node, MappingNode):
        raise single(
            filename,
            "a deck file must be a mapping of 'key: value' lines (id:, deck:, facts:, ...), "
            f"but this file holds {describe(node)}",
            node.start_mark.line + 1,
            node.start_mark.column + 1,
        )
    return node


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
_INDENT = "this line is not indented like the lines around it; check its spaces"
_SYNTAX: tuple[tuple[str, str, str], ...] = (
    ("but found another document", SECOND_DOCUMENT_MESSAGE, _PROBLEM),
    ("found character '\\t' that cannot start any token",
     "a tab character is used here; indent with spaces, not tabs", _PROBLEM),
    ("mapping values are not allowed here",
     "a ':' is not allowed here; if the text contains ': ', put the whole text in quotes",
     _PROBLEM),
    ("could not find expected ':'", "this line is not a 'key: value' pair (is a ':' missing?)",
     _CONTEXT),
    ("found unexpected end of stream",
     "a quoted text starting here is never closed; add the closing quote", _CONTEXT),
    ("found unknown escape character",
     "unknown escape after '\\' in a \"double-quoted\" text; use 'single quotes' "
     "or write '\\\\' for a backslash", _PROBLEM),
    ("expected ',' or ']'",
     "a [list] opened here is not closed with ']' (or a ',' is missing between items)",
     _OPENER),
    ("expected ',' or '}'",
     "a {mapping} opened here is not closed with '}' (or a ',' is missing between items)",
     _OPENER),
    ("that cannot start any token", "this character cannot start a value; put the text in "
     "quotes", _PROBLEM),
    ("expected <block end>", _INDENT, _PROBLEM),
    ("did not find expected key", _INDENT, _PROBLEM),
    ("did not find expected '-' indicator",
     "this line does not fit the list around it; check its indentation and its '- '", _PROBLEM),
    ("block sequence entries are not allowed here",
     "a '- ' list item is not allowed here; check the indentation", _PROBLEM),
    ("found undefined tag handle", TAG_MESSAGE, _PROBLEM),
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
