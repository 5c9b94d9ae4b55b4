"""The words a regular expression cannot match without, read from the expression itself.

Most sentences hold none of the cue words a reader's pattern needs, yet ``re`` scans the whole
sentence to find that out, trying the pattern at every position. When an expression can only
match text that holds one of a few fixed strings ("target", "bind", "inhibit" ...), a
substring test in C over the lower-cased text says "surely no match" far sooner. The words
are worked out from the parsed expression, so they can never disagree with it: a guard built
on them only says "surely absent", and when it cannot be sure the expression runs as before.

:func:`needed_words` gives, for a compiled pattern, a set of lower-case ASCII strings of
which every match (with its lookarounds) holds at least one, or ``None`` when it finds no
such set (an expression that can match empty text, or that opens with a wildcard).
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python's own parser of expressions; private, so a Python without it just skips guards
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - every supported Python has them
    _parser = None

#: Above this many alternatives a product of fixed strings is no longer spelled out.
_MAX_STRINGS = 64
#: Character classes up to this size are read as alternatives ("recogni[sz]e").
_MAX_CLASS = 4

Strings = frozenset[str]
_EMPTY: Strings = frozenset({""})


def needed_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of ``pattern`` holds, or ``None``."""
    if _parser is None or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):  # pragma: no cover - compiled once already
        return None
    need = _sequence(list(parsed))[1]
    if not need or "" in need:
        return None
    return _simplest(need)


def _simplest(words: Strings) -> tuple[str, ...]:
    """Drop a word that holds another word of the set (the shorter one is found first)."""
    kept = [w for w in words if not any(v != w and v in w for v in words)]
    return tuple(sorted(kept, key=lambda w: (len(w), w)))


def _better(a: Strings | None, b: Strings | None) -> Strings | None:
    """The stronger of two requirements: longer shortest word, then fewer words."""
    if not a or "" in a:
        return b if b and "" not in b else None
    if not b or "" in b:
        return a
    ka = (min(map(len, a)), -len(a))
    kb = (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _product(a: Strings, b: Strings) -> Strings | None:
    if len(a) * len(b) > _MAX_STRINGS:
        return None
    return frozenset(x + y for x in a for y in b)


def _sequence(items: list[tuple[Any, Any]]) -> tuple[Strings | None, Strings | None]:
    """(exact, need) of a sequence: the strings it matches, when they are few and fixed, and
    the best set of strings one of which it always holds."""
    need: Strings | None = None
    run: Strings = _EMPTY  # fixed strings matched since the last loose item
    exact_all = True
    exact: Strings | None
    item_need: Strings | None
    for op, av in _joined_literals(items):
        if op is _TEXT:
            exact = item_need = frozenset({av})
        else:
            exact, item_need = _item(op, av)
            if item_need is not None and item_need != exact:  # a lookahead's, a loose item's
                need = _better(need, item_need)
        if exact is not None:
            joined = _product(run, exact)
            if joined is not None:
                run = joined
                continue
            need = _better(need, item_need)
        # the run of fixed strings ends here
        need = _better(need, run)
        exact_all = False
        run = exact if exact is not None else _EMPTY
    need = _better(need, run)
    return (run if exact_all else None), need


_TEXT = object()  # a run of plain characters, joined (most of a pattern's literals)


def _joined_literals(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    out: list[tuple[Any, Any]] = []
    text: list[str] = []
    for op, av in items:
        if op is sre.LITERAL and _plain(ch := chr(av)):
            text.append(ch.lower())
            continue
        if text:
            out.append((_TEXT, "".join(text)))
            text = []
        out.append((op, av))
    if text:
        out.append((_TEXT, "".join(text)))
    return out


def _item(op: Any, av: Any) -> tuple[Strings | None, Strings | None]:
    """(exact, need) of one parsed item."""
    if op is sre.LITERAL:
        ch = chr(av)
        if not _plain(ch):
            return None, None
        s = frozenset({ch.lower()})
        return s, s
    if op is sre.IN:
        chars = _class_chars(av)
        return (chars, chars) if chars else (None, None)
    if op is sre.AT:
        return _EMPTY, None
    if op is sre.ASSERT_NOT:
        return _EMPTY, None
    if op is sre.ASSERT:
        _direction, sub = av
        return _EMPTY, _sequence(list(sub))[1]
    if op is sre.SUBPATTERN:
        sub = av[-1]
        return _sequence(list(sub))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is sre.BRANCH:
        exact: Strings | None = frozenset()
        need: Strings | None = frozenset()
        for alt in av[1]:
            e, n = _sequence(list(alt))
            exact = exact | e if exact is not None and e is not None else None
            need = need | n if need is not None and n else None
        if exact is not None and len(exact) > _MAX_STRINGS:
            exact = None
        return exact, need
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        e, n = _sequence(list(sub))
        if e is not None and hi == 1:
            return (e if lo == 1 else e | _EMPTY), (n if lo == 1 else None)
        return None, (n if lo >= 1 else None)
    return None, None  # any character, a category, a back-reference: nothing fixed


def _plain(ch: str) -> bool:
    """An ASCII character, or one without case ("’"), that ``str.lower`` leaves as the
    expression sees it."""
    return ch.isascii() or (ch.lower() == ch == ch.upper() == ch.casefold())


def _class_chars(items: list[tuple[Any, Any]]) -> Strings | None:
    """The few ASCII characters a plain character class holds, lower-cased."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # a negation, a category, a wide range
    if not chars or len(chars) > _MAX_CLASS or not all(map(_plain, chars)):
        return None
    return frozenset(c.lower() for c in chars)
