"""Reading a browser search, in a syntax close to Anki's, into a tree of nodes.

Grammar (``and`` binds tighter than ``or``; two terms side by side are joined by ``and``)::

    search := or_expr?
    or_expr := and_expr ("or" and_expr)*
    and_expr := unary ("and"? unary)*
    unary := "-" unary | "(" or_expr ")" | term

A term is free text (``drug``, ``"two words"``, ``*mab``) or ``name:value`` with ``deck``,
``tag``, ``relation``, ``source``, ``is``, ``flag``, ``prop``, ``rated`` or ``added``.
A mistake raises :class:`SearchError` holding the span of the term at fault.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Literal

from trainer.services.search.syntax import (
    COMPARISONS,
    FIELDS,
    PROPS,
    STATES,
    Added,
    And,
    Everything,
    Field,
    FlagIs,
    Node,
    Not,
    Or,
    Prop,
    Rated,
    State,
    Text,
)

MAX_DAYS = 36_500
_KEYWORDS = ("is", "flag", "prop", "rated", "added", *FIELDS)
_NAME = re.compile(r"[A-Za-z_]+")


class SearchError(ValueError):
    """A search that cannot be read; ``start``/``end`` mark the bad term (0-based)."""

    def __init__(self, message: str, start: int, end: int) -> None:
        super().__init__(message)
        self.start = start
        self.end = max(end, start + 1)


def _where(start: int) -> str:
    return f"at position {start + 1}"


TokenKind = Literal["(", ")", "-", "and", "or", "term"]


@dataclass(frozen=True, slots=True)
class Token:
    kind: TokenKind
    start: int
    end: int
    raw: str = ""  # the term as typed
    value: str = ""  # the term with its quotes and escapes taken out
    quoted: bool = False  # the whole term was one quoted string
    colon: int = -1  # index in ``value`` of the first colon typed outside quotes


def tokenize(text: str) -> list[Token]:
    """Cut a search into parentheses, ``-``, ``and``/``or`` and terms."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(Token(ch, i, i + 1))  # type: ignore[arg-type]
            i += 1
        elif ch == "-" and (i + 1 >= n or text[i + 1].isspace() or text[i + 1] == ")"):
            raise SearchError(f"The '-' {_where(i)} must come right before what it leaves out, "
                              "with no space: for example -tag:easy.", i, i + 1)
        elif ch == "-":
            tokens.append(Token("-", i, i + 1))
            i += 1
        else:
            token = _term(text, i)
            tokens.append(token)
            i = token.end
    return tokens


def _term(text: str, start: int) -> Token:
    value: list[str] = []
    colon = -1
    quoted_parts = 0
    unquoted_chars = 0
    i, n = start, len(text)
    in_quotes = False
    quote_at = -1
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n:
            value.append(text[i + 1])
            unquoted_chars += not in_quotes
            i += 2
            continue
        if ch == '"':
            in_quotes = not in_quotes
            if in_quotes:
                quote_at = i
                quoted_parts += 1
            i += 1
            continue
        if not in_quotes and (ch.isspace() or ch in "()"):
            break
        if ch == ":" and not in_quotes and colon < 0:
            colon = len(value)
        unquoted_chars += not in_quotes
        value.append(ch)
        i += 1
    if in_quotes:
        raise SearchError(f'The quote {_where(quote_at)} is never closed: add a closing ".',
                          quote_at, n)
    raw = text[start:i]
    word = "".join(value)
    quoted = quoted_parts == 1 and raw.startswith('"') and raw.endswith('"') \
        and unquoted_chars == 0
    low = raw.lower()
    if not quoted and low in ("and", "or"):
        return Token(low, start, i, raw=raw)  # type: ignore[arg-type]
    return Token("term", start, i, raw=raw, value=word, quoted=quoted, colon=colon)


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.i = 0

    def peek(self) -> Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def parse(self) -> Node:
        if not self.tokens:
            return Everything(0, 0)
        node = self.or_expr()
        extra = self.peek()
        if extra is not None:
            assert extra.kind == ")"
            raise SearchError(f"The ')' {_where(extra.start)} has no '(' before it.",
                              extra.start, extra.end)
        return node

    def or_expr(self) -> Node:
        nodes = [self.and_expr()]
        while (token := self.peek()) is not None and token.kind == "or":
            self.take()
            self._needs_term_after(token)
            nodes.append(self.and_expr())
        if len(nodes) == 1:
            return nodes[0]
        return Or(tuple(nodes), _start(nodes[0]), _end(nodes[-1]))

    def and_expr(self) -> Node:
        nodes = [self.unary()]
        while (token := self.peek()) is not None and token.kind not in (")", "or"):
            if token.kind == "and":
                self.take()
                self._needs_term_after(token)
            nodes.append(self.unary())
        if len(nodes) == 1:
            return nodes[0]
        return And(tuple(nodes), _start(nodes[0]), _end(nodes[-1]))

    def _needs_term_after(self, word: Token) -> None:
        following = self.peek()
        if following is None or following.kind in (")", "and", "or"):
            raise SearchError(f"'{word.raw}' {_where(word.start)} needs a search term after it.",
                              word.start, word.end)

    def unary(self) -> Node:
        token = self.peek()
        if token is None:  # only after "-" or "(", which check for it
            raise SearchError("The search ends too early.", len(self.text), len(self.text))
        if token.kind in ("and", "or"):
            raise SearchError(f"'{token.raw}' {_where(token.start)} needs a search term "
                              "before it.", token.start, token.end)
        if token.kind == ")":
            raise SearchError(f"The ')' {_where(token.start)} has no '(' before it, or the "
                              "parentheses are empty.", token.start, token.end)
        self.take()
        if token.kind == "-":
            inner = self.unary()
            return Not(inner, token.start, _end(inner))
        if token.kind == "(":
            if self.peek() is None:
                raise SearchError(f"The '(' {_where(token.start)} is never closed: add a ')'.",
                                  token.start, token.end)
            inner = self.or_expr()
            close = self.peek()
            if close is None:
                raise SearchError(f"The '(' {_where(token.start)} is never closed: add a ')'.",
                                  token.start, token.end)
            self.take()
            return inner
        return term_node(token)


def _start(node: Node) -> int:
    return node.start


def _end(node: Node) -> int:
    return node.end


def parse(text: str) -> Node:
    """The tree of a search; SearchError (with the bad term's span) if it cannot be read."""
    return _Parser(text).parse()


def term_node(token: Token) -> Node:
    """One term: free text, or a ``name:value`` search."""
    value, start, end = token.value, token.start, token.end
    if token.colon > 0 and _NAME.fullmatch(value[:token.colon]):
        name = value[:token.colon].lower()
        rest = value[token.colon + 1:]
        if name not in _KEYWORDS:
            raise SearchError(
                f"'{name}:' {_where(start)} is not a search word Trainer knows. Use deck:, "
                "tag:, relation:, source:, is:, flag:, prop:, rated: or added:, or put the "
                'text in quotes to find it as words: "' + value + '".', start, end)
        return _keyword(name, rest, token)
    if not value.strip():
        raise SearchError(f"The empty quotes {_where(start)} find nothing: put words inside.",
                          start, end)
    anywhere = value.startswith("*") and not token.quoted
    text = value.lstrip("*") if anywhere else value
    if not text.strip():
        raise SearchError(f"'{token.raw}' {_where(start)} needs letters after the '*'.",
                          start, end)
    return Text(text, phrase=token.quoted, anywhere=anywhere, start=start, end=end)


def _keyword(name: str, rest: str, token: Token) -> Node:
    start, end = token.start, token.end
    where = _where(start)
    if not rest:
        raise SearchError(f"'{name}:' {where} needs a value after the colon, for example "
                          f"{_EXAMPLES[name]}.", start, end)
    if name in FIELDS:
        return Field(name, rest, start, end)
    if name == "is":
        state = rest.lower()
        if state not in STATES:
            raise SearchError(f"'is:{rest}' {where} is not a card state. Use is:"
                              + ", is:".join(STATES) + ".", start, end)
        return State(state, start, end)
    if name == "flag":
        if rest not in ("0", "1", "2", "3", "4"):
            raise SearchError(f"'flag:{rest}' {where}: a flag is a number from 0 (none) to 4 "
                              "(1 red, 2 orange, 3 green, 4 blue).", start, end)
        return FlagIs(int(rest), start, end)
    if name == "prop":
        return _prop(rest, token)
    if name == "rated":
        parts = rest.split(":")
        if len(parts) > 2:
            raise SearchError(f"'rated:{rest}' {where}: write rated:DAYS or rated:DAYS:ANSWER, "
                              "for example rated:7 or rated:7:1.", start, end)
        days = _days(parts[0], f"rated:{rest}", token)
        rating = None
        if len(parts) == 2:
            if parts[1] not in ("1", "2", "3", "4"):
                raise SearchError(f"'rated:{rest}' {where}: the answer is 1 (again), 2 (hard), "
                                  "3 (good) or 4 (easy).", start, end)
            rating = int(parts[1])
        return Rated(days, rating, start, end)
    assert name == "added"
    return Added(_days(rest, f"added:{rest}", token), start, end)


_EXAMPLES = {"deck": "deck:ALL*", "tag": "tag:induction", "relation": "relation:drug_target",
             "source": "source:doc003", "is": "is:due", "flag": "flag:1",
             "prop": "prop:ivl>30", "rated": "rated:7", "added": "added:7"}


def _days(text: str, term: str, token: Token) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_DAYS:
        raise SearchError(f"'{term}' {_where(token.start)}: the number of days must be a whole "
                          f"number from 1 to {MAX_DAYS}.", token.start, token.end)
    return int(text)


def _prop(rest: str, token: Token) -> Prop:
    start, end = token.start, token.end
    where = _where(start)
    match = re.fullmatch(r"([A-Za-z]+)(<=|>=|!=|<|>|=)(.*)", rest)
    if match is None:
        raise SearchError(f"'prop:{rest}' {where}: write a property, a comparison and a "
                          "number, for example prop:ivl>30 or prop:r<0.8.", start, end)
    prop, op, number = match.group(1).lower(), match.group(2), match.group(3)
    if prop not in PROPS:
        raise SearchError(f"'prop:{rest}' {where}: '{prop}' is not a property. Use "
                          + ", ".join(PROPS) + " (interval in days, stability, difficulty, "
                          "retrievability, lapses, reviews).", start, end)
    try:
        value = float(number)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise SearchError(f"'prop:{rest}' {where}: '{number}' is not a number.", start, end)
    if prop == "r" and not 0 <= value <= 1:
        raise SearchError(f"'prop:{rest}' {where}: retrievability is between 0 and 1, "
                          "for example prop:r<0.8.", start, end)
    assert op in COMPARISONS
    return Prop(prop, op, value, start, end)
