"""Checking a typed answer: tolerant of case, spacing and small typos."""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass

from trainer.domain import Rating


@dataclass(frozen=True, slots=True)
class TypedAnswerResult:
    correct: bool  # right, allowing case and spacing
    close: bool  # one or two small typos away
    diff: list[tuple[str, str]]  # (op, text): equal / insert (missing) / delete (extra) / replace
    suggested: Rating


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.replace("\u2013", "-").replace("\u2014", "-").split())


def check_typed_answer(given: str, expected: str) -> TypedAnswerResult:
    """Compare what the learner typed with the right answer and suggest a grade."""
    a, b = _fold(given), _fold(expected)
    correct = bool(a) and a == b
    from rapidfuzz.distance import Levenshtein  # loaded with the first typed answer

    typos = Levenshtein.distance(a, b)
    allowed = 1 if len(b) <= 6 else 2
    close = not correct and bool(a) and typos <= allowed
    suggested = Rating.GOOD if correct else Rating.HARD if close else Rating.AGAIN
    diff: list[tuple[str, str]] = []
    shown, right = given.strip(), expected.strip()
    # Compare without case (lower() keeps lengths, so slices map back to the originals).
    matcher = difflib.SequenceMatcher(a=shown.lower(), b=right.lower(), autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("equal", "insert", "replace"):
            diff.append((op, right[j1:j2]))
        else:
            diff.append(("delete", shown[i1:i2]))
    return TypedAnswerResult(correct=correct, close=close, diff=diff, suggested=suggested)
