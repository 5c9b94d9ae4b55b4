"""Cloze deletions: making them from a sentence, and expanding them into cards.

Cloze cards built from a document's own sentences are for a learner's own documents only
(``trainer generate --cloze``); bundled decks never quote their sources.
"""

from __future__ import annotations

import re

CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
GAP = "[...]"


def cloze_from_sentence(sentence: str, answer: str) -> str | None:
    """Hide the first whole-word occurrence of ``answer`` in ``sentence`` as ``{{c1::...}}``.

    Matching ignores case; the sentence keeps its own spelling of the answer. Returns None
    when ``answer`` does not occur as a whole word (nothing to hide).

    >>> cloze_from_sentence("Imatinib inhibits BCR-ABL.", "bcr-abl")
    'Imatinib inhibits {{c1::BCR-ABL}}.'
    """
    answer = answer.strip()
    if not answer:
        return None
    pattern = re.compile(rf"(?<!\w){re.escape(answer)}(?!\w)", re.IGNORECASE)
    match = pattern.search(sentence)
    if match is None:
        return None
    return f"{sentence[:match.start()]}{{{{c1::{match.group(0)}}}}}{sentence[match.end():]}"


def deletion_numbers(text: str) -> list[int]:
    """The distinct deletion numbers in ``text``, ascending."""
    return sorted({int(m.group(1)) for m in CLOZE.finditer(text)})


def cloze_prompt(text: str, number: int) -> str:
    """``text`` with deletion ``number`` hidden (as its hint, when given) and others shown."""

    def _show(match: re.Match[str]) -> str:
        if int(match.group(1)) != number:
            return match.group(2)
        hint = match.group(3)
        return f"[{hint}]" if hint else GAP

    return CLOZE.sub(_show, text)


def cloze_answer(text: str) -> str:
    """``text`` with every deletion shown."""
    return CLOZE.sub(lambda match: match.group(2), text)

