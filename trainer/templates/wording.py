"""Small grammar helpers shared by the card templates."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Letters whose English names start with a vowel sound: "an MRD test", "an SCT".
_VOWEL_SOUND_LETTERS = frozenset("AEFHILMNORSX")
# Words that start with a vowel letter but a consonant sound: "a unique", "a one-off".
_CONSONANT_SOUND_PREFIXES = ("uni", "use", "usu", "uti", "eu", "one", "once", "ure")
_WORD = re.compile(r"[A-Za-z0-9]+")
_TOKEN = re.compile(r"[a-z0-9]+")
_STOP_WORDS = frozenset({
    "the", "and", "for", "with", "from", "into", "such", "other", "certain", "some", "any",
    "type", "types", "per", "its",
})


def join_and(items: Sequence[str]) -> str:
    """``["a"]`` -> ``"a"``; ``["a", "b"]`` -> ``"a and b"``; three or more -> ``"a, b and c"``."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


_FIRST_WORD = re.compile(r"([a-z]{2,})(?![\w(])")


def sentence_case(text: str) -> str:
    """Upper-case the first letter of a lower-case first word: "imatinib" -> "Imatinib".

    Symbols and names with their own case stay as written: "CD19", "t(9;22)", "mRNA",
    "6-mercaptopurine".
    """
    match = _FIRST_WORD.match(text)
    if match is None:
        return text
    return text[:1].upper() + text[1:]


def indefinite_article(phrase: str) -> str:
    """ "a" or "an" for ``phrase``, reading acronyms letter by letter."""
    match = _WORD.search(phrase)
    if not match:
        return "a"
    word = match.group(0)
    if word.isupper() and len(word) > 1 and not word.isdigit():
        return "an" if word[0] in _VOWEL_SOUND_LETTERS else "a"
    if word[0].isdigit():
        return "an" if word.startswith(("8", "11", "18")) else "a"
    lower = word.lower()
    if lower.startswith(_CONSONANT_SOUND_PREFIXES):
        return "a"
    return "an" if lower[0] in "aeiou" else "a"


def with_article(phrase: str) -> str:
    """``"tyrosine kinase inhibitor"`` -> ``"a tyrosine kinase inhibitor"``."""
    return f"{indefinite_article(phrase)} {phrase}"


def is_short_answer(text: str, *, max_words: int = 3, max_chars: int = 30) -> bool:
    """True for an answer short enough to type from memory: a word or a short phrase."""
    return 0 < len(text) <= max_chars and len(text.split()) <= max_words


def content_words(text: str) -> set[str]:
    """Words that carry meaning, singular: three characters or more, not a stop word.

    >>> sorted(content_words("Recurrent infections"))
    ['infection', 'recurrent']
    """
    words = set()
    for word in _TOKEN.findall(text.casefold()):
        if len(word) < 3 or word in _STOP_WORDS:
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.add(word)
    return words
