"""Cheap substring tests run before the regular expressions that read every sentence.

Most sentences hold none of the words a cue needs ("had", "symptoms", "survival"): testing
for the word first, in C, spares the expression's scan of the sentence. A guard only ever says
"surely absent"; when it cannot be sure, the expression runs as before, so no reading changes.
"""

from __future__ import annotations

from collections.abc import Iterable

# Letters that a case-insensitive expression matches to an ASCII letter but that ``str.lower``
# does not lower to it: dotless i, dotted capital I, long s, the Kelvin sign. A text holding one
# is left to the expression.
_ODD_CASES = ("\u0131", "\u0130", "\u017f", "\u212a")


def may_hold(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` may hold one of ``words`` (lower-case ASCII) in any case.

    False only when it surely holds none, so that a case-insensitive expression needing one
    of them cannot match.
    """
    low = text.lower()
    if any(w in low for w in words):
        return True
    # an ASCII text (most are; Python knows it without a scan) holds none of the odd letters
    return not text.isascii() and any(c in text for c in _ODD_CASES)
