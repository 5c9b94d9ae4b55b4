"""Word tokens of a text, and the folded keys that names are matched on.

A token is a word or a punctuation mark; hyphens, dashes, slashes and brand signs only
separate words, so "CAR-T cell", "CAR T-cell" and "car t cell" are the same token sequence.
A token's key ignores case, accents and British or American spelling ("anaemia", "anemia").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

_TOKEN_RE = re.compile(r"[^\W_]+|[^\w\s\-‐‑‒–—/®™©]", re.UNICODE)
_BRACKETS = {"[": "(", "]": ")", "{": "(", "}": ")"}


class Token(NamedTuple):
    """A word or punctuation mark, with its folded key and offsets (a tuple: cheap to make)."""

    raw: str
    key: str
    start: int
    end: int


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """Case-insensitive key of a word: lower case, no accents, American spelling."""
    if word.isascii():  # most words: no accents to take off
        w = word.lower()
    else:
        w = unicodedata.normalize("NFKD", word)
        w = "".join(c for c in w if not unicodedata.combining(c)).lower()
    w = _BRACKETS.get(w, w)
    if "ae" in w:
        w = w.replace("aem", "em").replace("paed", "ped")
    if w.startswith("oesoph"):
        w = w[1:]
    if w.endswith("our") and len(w) >= 6:
        w = w[:-3] + "or"
    return w.replace("isation", "ization")


def spelled_alike(a: str, b: str) -> bool:
    """Whether two phrases are the same words but for case, accents and British or American
    spelling ("anaemia" and "anemia"), not merely synonyms."""
    return [_fold(w) for w in a.split()] == [_fold(w) for w in b.split()]


def _is_acronym(word: str) -> bool:
    """Acronym-like words are matched case-sensitively ("ALL" is not "all", "Ph" not "pH")."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2:
        return False
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 or (upper == 1 and (not letters[0].isupper() or len(letters) <= 2))


def tokenize(text: str) -> list[Token]:
    """Word and punctuation tokens; hyphens, dashes, slashes and ®/™ only separate words."""
    # runs on every sentence of every document: each match is read once, and the tuple is
    # made directly (Token(...) would go through a Python-level __new__)
    fold, make = _fold, tuple.__new__
    out = []
    for m in _TOKEN_RE.finditer(text):
        word = m.group()
        start, end = m.span()
        out.append(make(Token, (word, fold(word), start, end)))
    return out
