"""Deck text: a file's bytes read as text, and the text read as a YAML node tree with positions.

Reading refuses anything that is not a small UTF-8 file. The node tree is made only for a deck
the fast path refused: it words the problem. Only plain YAML is accepted: no tags
(``!!python/object``, ``!custom``), no anchors or aliases (which also rules out "billion
laughs" alias bombs), one document, and a bounded nesting depth. Syntax errors become one
problem with a line, a column and a message in plain words, read by PyYAML's pure-Python
parser so that its exact marks and messages are used.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import yaml
from yaml.error import MarkedYAMLError, YAMLError
from yaml.events import AliasEvent, ScalarEvent
from yaml.nodes import MappingNode, Node, ScalarNode
from yaml.reader import ReaderError

from trainer.deckfile.errors import NULL, TAG, DeckError, describe, single, single_at

MAX_BYTES = 32 * 1024 * 1024  # 100k cards take about 9 MB
"""Deck files larger than this are refused before they are parsed."""

_MB = 1024 * 1024
_BOM = b"\xef\xbb\xbf"


def read_deck_text(path: str | os.PathLike[str]) -> str:
    """Return the text of a deck file, or raise DeckError with exactly one problem."""
    filename = os.fspath(path)
    p = Path(path)
    try:
        info = p.stat()
    except FileNotFoundError:
        raise single(filename, "file not found") from None
    except PermissionError:
        raise single(filename, "cannot open the file: permission denied") from None
    except OSError as exc:
        raise single(filename, f"cannot open the file: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise single(filename, "this is a folder, not a deck file")
    if not stat.S_ISREG(info.st_mode):
        raise single(filename, "this is not a regular file, so it cannot be a deck file")
    if info.st_size > MAX_BYTES:
        raise too_large(filename, info.st_size)
    try:
        with p.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except PermissionError:
        raise single(filename, "cannot read the file: permission denied") from None
    except OSError as exc:
        raise single(filename, f"cannot read the file: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise too_large(filename, max(info.st_size, len(data)))
    return decode_deck_bytes(data, filename=filename)


def too_large(filename: str, size: int) -> DeckError:
    return single(filename, f"deck file is {size / _MB:.1f} MB; the limit is {MAX_BYTES // _MB} MB")


def decode_deck_bytes(data: bytes, *, filename: str) -> str:
    """Decode UTF-8 (a leading byte-order mark is dropped); refuse binary and other encodings."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise single(filename, "the file is saved as UTF-16; save it as UTF-8 instead")
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    nul = data.find(b"\x00")
    binary = "the file contains a NUL byte, so it is a binary file, not a YAML deck file"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if 0 <= nul < exc.start:
            raise _at_byte(filename, data, nul, binary) from None
        raise _at_byte(filename, data, exc.start, f"the file is not UTF-8 text: byte "
                       f"0x{data[exc.start]:02x} cannot be read here; save the file with "
                       "UTF-8 encoding") from None
    if nul >= 0:
        raise _at_byte(filename, data, nul, binary)
    return text


def _at_byte(filename: str, data: bytes, offset: int, message: str) -> DeckError:
    """A problem at a byte offset, its column counted in characters (the bytes before it
    are valid UTF-8)."""
    before = data[:offset].decode("utf-8", errors="replace")
    return single(filename, message, *text_position(before, len(before)))


def text_position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character index."""
    line = text.count("\n", 0, index) + 1
    start = text.rfind("\n", 0, index) + 1
    return line, index - start + 1


MAX_DEPTH = 32
"""Deepest nesting of lists and mappings accepted; a valid deck needs about six."""

TAG_MESSAGE = "tags such as !!python/object are not allowed in deck files"
EMPTY_MESSAGE = "the deck file is empty"


class _Refused(Exception):
    """An event refused: its args are the mark and the message."""


class _Composer(yaml.SafeLoader):
    """PyYAML's pure-Python reading (exact error marks), refusing anchors, tags and depth."""

    depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event: Any = self.peek_event()
        if isinstance(event, AliasEvent) or event.anchor is not None:
            raise _Refused(event.start_mark, "anchors and aliases (&name / *name) are not "
                           "allowed in deck files")
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
    composer = None
    try:
        composer = _Composer(text)  # (the reader refuses control characters here)
        node = composer.get_single_node()
    except _Refused as exc:
        raise single_at(filename, *exc.args) from None
    except MarkedYAMLError as exc:
        raise _syntax_problem(exc, filename) from None
    except ReaderError as exc:
        raise _reader_problem(exc, text, filename) from None
    except YAMLError as exc:  # pragma: no cover - PyYAML raises marked errors in practice
        raise single(filename, f"the file is not valid YAML: {exc}") from None
    finally:
        if composer is not None:
            composer.dispose()
    if node is None or (isinstance(node, ScalarNode) and node.tag == NULL):
        raise single(filename, EMPTY_MESSAGE)
    if not isinstance(node, MappingNode):
        raise single_at(filename, node, "a deck file must be a mapping of 'key: value' lines "
                        f"(id:, deck:, facts:, ...), but this file holds {describe(node)}")
    return node


def _show_tag(tag: str) -> str:
    if tag.startswith(TAG):
        return "'!!" + tag[len(TAG) :] + "'"
    return f"'{tag}'" if tag.startswith("!") else f"'!<{tag}>'"


def _reader_problem(exc: ReaderError, text: str, filename: str) -> DeckError:
    char = exc.character
    code = ord(char) if isinstance(char, str) else int(char)
    message = (f"the file contains the control character U+{code:04X}, which YAML does not "
               "allow; delete it") if code else ("the file contains a NUL character, so it is "
                                                 "a binary file, not a YAML deck file")
    return single(filename, message, *text_position(text, exc.position))


# Known PyYAML problems, the words an instructor can act on, and where to point: at the
# problem itself, or at its context (where a quote, bracket or key began).
_PROBLEM, _CONTEXT, _OPENER = "problem", "context", "opener"
_INDENT = "this line is not indented like the lines around it; check its spaces"
_SYNTAX: tuple[tuple[str, str, str], ...] = (
    ("but found another document", "the file holds more than one YAML document (a second "
     "one starts here); keep one deck per file and remove the extra '---' line", _PROBLEM),
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
            return single_at(filename, mark or exc.context_mark, words)
    mark = exc.problem_mark or exc.context_mark
    return single_at(filename, mark, f"the file is not valid YAML: {problem}")
