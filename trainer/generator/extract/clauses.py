"""Which clause of a sentence a fact stands in, so that a hedge covers its own clause only.

A sentence may join a plain statement and a hedged one: "Drug A is approved for X; drug B is
being studied for Y", "A treats X, but it may also help Y". A hedge is read per clause where the
boundary is clear: a semicolon; ", but", ", although", ", though", ", whereas", ", while"; ", and"
when a clause with its own verb follows ("…, and B may cause Y"); a relative clause set off by a
comma (", which may …", ", who …"), which ends at the next comma, the main clause going on after
it. A fact whose subject and object stand in different clauses takes the stronger hedge of the
two; a fact that names neither in the sentence keeps the whole sentence's hedge.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# A new clause starts at the conjunction (kept with the clause it opens).
_BREAK = re.compile(
    r";\s*|,\s+(?=(?:but|although|though|whereas|while|yet)\b)"
    r"|,\s+(?=and\s+(?:[^,;]{0,60}?\s)?(?:is|are|was|were|has|have|had|may|might|can|could|"
    r"will|would|should|does|do)\b)",
    re.IGNORECASE,
)
# A relative clause set off by a comma; it ends at the next comma (or the clause's end).
_RELATIVE = re.compile(r",\s+(?:which|who|whose|whom)\b[^,;]*", re.IGNORECASE)


def clause_pieces(text: str) -> list[tuple[int, int, int]]:
    """(start, end, clause number) pieces covering ``text``; a main clause broken by a relative
    clause is two pieces with one number."""
    pieces: list[tuple[int, int, int]] = []
    number = 0
    start = 0
    bounds = [m.start() for m in _BREAK.finditer(text)] + [len(text)]
    for end in bounds:
        main = number
        pos = start
        for rel in _RELATIVE.finditer(text, start, end):
            if rel.start() > pos:
                pieces.append((pos, rel.start(), main))
            number += 1
            pieces.append((rel.start(), rel.end(), number))
            pos = rel.end()
        if end > pos:
            pieces.append((pos, end, main))
        number += 1
        start = end
    return pieces


def fact_hedge(
    text: str,
    subject_at: Sequence[int],
    object_at: Sequence[int],
    hedge_of: Callable[[str], float],
) -> float | None:
    """The hedge of the clauses a fact stands in, from where its subject and object are named
    in ``text`` (offsets; empty when not named there); None when the sentence has one clause
    or names neither."""
    pieces = clause_pieces(text)
    if len({p[2] for p in pieces}) < 2 or not (subject_at or object_at):
        return None
    words: dict[int, list[str]] = {}
    for s, e, n in pieces:
        words.setdefault(n, []).append(text[s:e])
    hedges = {n: hedge_of(" ".join(parts)) for n, parts in words.items()}

    def clause_of(pos: int) -> int:
        return next((n for s, e, n in pieces if s <= pos < e), pieces[-1][2])

    subj = {clause_of(p) for p in subject_at}
    obj = {clause_of(p) for p in object_at}
    both = subj & obj
    if both:
        return max(hedges[n] for n in both)
    found = [max(hedges[n] for n in side) for side in (subj, obj) if side]
    return min(found)
