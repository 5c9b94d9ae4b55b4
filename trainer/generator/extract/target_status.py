"""How the words around a drug and its targets limit which target is the drug's own.

A drug's status word before the name of its target: "the investigational MEK inhibitor X".

"Investigational" and "experimental" say the drug is still being tested, which hedges a claim
that it works; the segment's hedge is read from the whole sentence, so the word would also
hold back the target the drug's own noun phrase names, which is not in doubt. A target named
by a modifier or class name right after the word is read as if the word were not there; any
other hedge of the sentence still counts.

"A and B, which target T1 and T2, respectively": the n-th drug acts on the n-th target, never
on the other's; when the counts differ nothing pairs them, and no fact is read.
"""

from __future__ import annotations

import dataclasses
import re

from trainer.generator.extract.context import Segment, hedge_factor
from trainer.generator.lexicon import Mention

# below the card threshold: a draft the instructor reviews
# "A and B, which target T1 and T2": which drug acts on which target is not said
UNPAIRED = "as many drugs as targets; the text does not say which acts on which"

_STATUS_BEFORE = re.compile(r"\b(?:investigational|experimental)\s+$", re.IGNORECASE)


def status_unhedged(seg: Segment, name_start: int) -> Segment | None:
    """``seg`` read without the status word right before ``name_start`` (the targeting
    modifier or class name), for the hedge of the target that name states; None when no
    such word stands there or the segment is not hedged."""
    m = _STATUS_BEFORE.search(seg.text, max(0, name_start - 20), name_start)
    if m is None or seg.hedge >= 1.0:
        return None
    text = seg.text[: m.start()] + " " * (m.end() - m.start()) + seg.text[m.end() :]
    return dataclasses.replace(seg, text=text, hedge=hedge_factor(text))


_RESPECTIVELY = re.compile(r"[\s,()]*respectively\b", re.IGNORECASE)
# "A and B both block T1 and T2": every drug acts on every target
_EACH = re.compile(r"\b(?:both|each|all|every|either)\b", re.IGNORECASE)


def respective_pairs(
    text: str, drugs: list[Mention], targets: list[Mention]
) -> list[tuple[Mention, Mention, bool]]:
    """Which drug acts on which target, and whether the text says so for sure.

    "respectively" after the targets pairs them in order (none when the counts differ). As
    many drugs as targets with neither "respectively" nor "both"/"each"/"all" ("A and B,
    which target T1 and T2") most likely pairs them in order too, but the text does not say
    so: the other pairs are kept as unsure. Otherwise every drug acts on every target.
    """
    ordered = sorted(targets, key=lambda m: m.start)
    last = next((i for i, t in enumerate(ordered) if _RESPECTIVELY.match(text, t.end)), None)
    every = [(d, t, True) for d in drugs for t in targets]
    if len(drugs) < 2:
        return every
    in_order = sorted(drugs, key=lambda m: m.start)
    if last is not None:
        paired = ordered[: last + 1]  # "... PD-1 and CTLA-4 (respectively) on T cells"
        if len(in_order) != len(paired):
            return []
        return [(d, t, True) for d, t in zip(in_order, paired, strict=True)]
    if len(in_order) != len(ordered) or _EACH.search(text, in_order[0].end, ordered[0].start):
        return every
    return [(d, t, i == j) for i, d in enumerate(in_order) for j, t in enumerate(ordered)]
