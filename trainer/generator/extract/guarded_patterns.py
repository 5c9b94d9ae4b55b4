"""Every reader's module-level patterns, each behind a test for the words it cannot match without.

The readers run some 430,000 searches per megabyte, over 1,400 module-level patterns; most find
nothing, and ``re`` learns that only by trying the pattern at every position of the sentence.
:mod:`.guards` spares that scan for a few cue lists written out by hand; here the same test is
given to every pattern, with the words read from the pattern itself
(:func:`.needed_words.needed_words`), so a guard can never disagree with its pattern and a new
pattern is guarded without anyone listing its words. The lower-cased text is kept for the next
guard, since the readers ask many patterns about one sentence in turn.

:func:`guard_patterns` runs once, when the extractor is imported: it rebinds each module-level
compiled pattern of the generator's modules to a :class:`GuardedPattern` (one object per
pattern, whichever modules import it), which answers "no match" when the text surely lacks
the words and otherwise asks the pattern. A match still comes from the pattern itself, so a
reader that tells patterns apart by a match's ``.re`` compares with ``==``, never ``is``
(``tests/unit/test_extract_guarded_patterns.py`` checks this). A pattern kept in a module-level
tuple or dictionary stays as it is there; it is equal to its guarded stand-in, so ``in`` and
dictionary lookups still find it. ``match`` and ``fullmatch`` are left to the pattern: tried at
one place only, they fail about as fast as a guard would.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from types import ModuleType
from typing import Any

from trainer.generator.extract.needed_words import needed_words

# Letters that a case-insensitive expression matches to an ASCII letter but that ``str.lower``
# does not lower to it (dotless i, dotted capital I, long s, the Kelvin sign): a text holding
# one is left to the pattern (as in :mod:`.guards`)
_ODD_CASES = ("\u0131", "\u0130", "\u017f", "\u212a")

# the last text lowered, with its lower-case form: the next guard usually asks about it again.
# One tuple, replaced whole, so that a thread never pairs one text with another's lower case.
_last: tuple[str, str] = ("", "")
_END = sys.maxsize
# what a guarded pattern offers; each is set on the object at first use (see ``_ready``)
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


def _lacks(words: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` surely holds none of ``words`` in any case."""
    global _last
    last = _last
    if text is last[0]:
        low = last[1]
    else:
        low = text.lower()
        _last = (text, low)
    for word in words:
        if word in low:
            return False
    return text.isascii() or not any(c in text for c in _ODD_CASES)


def _or_none(method: Callable[..., Any], words: tuple[str, ...]) -> Callable[..., Any]:
    """``method`` (a search), answering ``None`` at once for a text without the words:
    the test of :func:`_lacks` written out, as this is what the readers ask most."""

    def guarded_call(string: str, pos: int = 0, endpos: int = _END) -> Any:
        global _last
        last = _last
        if string is last[0]:
            low = last[1]
        else:
            low = string.lower()
            _last = (string, low)
        for word in words:
            if word in low:
                return method(string, pos, endpos)
        if string.isascii() or not any(c in string for c in _ODD_CASES):
            return None
        return method(string, pos, endpos)

    return guarded_call


class GuardedPattern:
    """A compiled pattern that first tests the text for one of the words it needs.

    Offers the methods and attributes of ``re.Pattern`` the readers use; equal to (and hashed
    as) the pattern it guards, so it keeps its place as a dictionary key or a tuple member.
    The words are read at the first call, which then sets the methods on the object itself:
    guarded ones, or the pattern's own when it needs no word (so those cost nothing).
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self.pattern = pattern.pattern
        self.flags = pattern.flags
        self.groups = pattern.groups
        self.groupindex = pattern.groupindex

    def _ready(self) -> GuardedPattern:
        """Read the words and set the methods on the object (see the class docstring)."""
        p = self._pattern
        words = needed_words(p)
        if not words:
            for name in _METHODS:
                setattr(self, name, getattr(p, name))
            return self
        # a match is tried at one place only, where it fails about as fast as a guard would
        own = {"match": p.match, "fullmatch": p.fullmatch, "search": _or_none(p.search, words)}

        def finditer(string: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
            return iter(()) if _lacks(words, string) else p.finditer(string, pos, endpos)

        def findall(string: str, pos: int = 0, endpos: int = _END) -> list[Any]:
            return [] if _lacks(words, string) else p.findall(string, pos, endpos)

        def sub(repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
            return string if _lacks(words, string) else p.sub(repl, string, count)

        def subn(
            repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
        ) -> tuple[str, int]:
            return (string, 0) if _lacks(words, string) else p.subn(repl, string, count)

        def split(string: str, maxsplit: int = 0) -> list[str | Any]:
            return [string] if _lacks(words, string) else p.split(string, maxsplit)

        own |= {f.__name__: f for f in (finditer, findall, sub, subn, split)}
        for name, method in own.items():
            setattr(self, name, method)
        return self

    # The first call of each method: read the words, then ask the method just set.
    def search(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self._ready().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self._ready().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self._ready().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        return self._ready().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        return self._ready().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self._ready().sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return self._ready().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self._ready().split(string, maxsplit)

    def __getattr__(self, name: str) -> Any:  # anything else: the pattern's own
        return getattr(self._pattern, name)

    def __eq__(self, other: object) -> bool:
        inner = other._pattern if isinstance(other, GuardedPattern) else other
        return self._pattern == inner

    def __hash__(self) -> int:
        return hash(self._pattern)

    def __repr__(self) -> str:
        return f"GuardedPattern({self._pattern!r})"


def guarded(pattern: re.Pattern[str]) -> GuardedPattern:
    """``pattern`` behind the words it needs (its own methods when it needs none)."""
    return GuardedPattern(pattern)._ready()


def guard_patterns(modules: Iterable[ModuleType]) -> int:
    """Rebind the module-level patterns of ``modules`` to guarded ones; how many were rebound.

    A pattern's words are read when it is first asked (parsing every pattern would add a
    quarter of a second to importing the extractor; a short run asks only some). A pattern
    imported into several modules becomes one guarded object in all of them, so
    ``rx is _NAME`` keeps telling patterns apart. Idempotent.
    """
    made: dict[int, GuardedPattern] = {}
    rebound = 0
    for module in modules:
        for name, value in list(vars(module).items()):
            if not isinstance(value, re.Pattern) or not isinstance(value.pattern, str):
                continue
            g = made.get(id(value))
            if g is None:
                g = made[id(value)] = GuardedPattern(value)
            setattr(module, name, g)
            rebound += 1
    return rebound


def generator_modules() -> list[ModuleType]:
    """The generator's modules loaded so far (the extractor's readers and what they use)."""
    return [m for name, m in list(sys.modules.items())
            if name.startswith("trainer.generator.") and m is not None]
