"""Whose symptoms a bare lead-in lists ("Signs and symptoms may include:"), when its own
words name no one: the condition the sentence just before opens with ("Lofgren's syndrome is
a set of signs seen early in the disease. Signs and symptoms may include:"), which is what
the paragraph is about. A sentence before that opens with anything else (a group of people,
an organ, "It") gives no subject here: the list is left to the other readers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from trainer.generator.extract.patterns import SENTENCE_BREAK

if TYPE_CHECKING:
    from trainer.generator.extract.context import DocContext
    from trainer.generator.text import Unit

# what may stand before the subject's name at a sentence's start
_OPENING = re.compile(r"^\s*(?:the\s+)?$", re.IGNORECASE)


def sentence_before(dc: DocContext, lead: Unit) -> str | None:
    """The sentence just before a lead-in's own: in its unit, else the unit before it in the
    same paragraph and section."""
    sentences = SENTENCE_BREAK.split(lead.text.strip())
    if len(sentences) >= 2:
        return sentences[-2]
    prev = dc.previous(lead)
    if prev is None or prev.kind != "sentence" or prev.para != lead.para:
        return None
    if prev.section != lead.section:
        return None
    return SENTENCE_BREAK.split(prev.text.strip())[-1]


def opening_condition(
    dc: DocContext,
    lead: Unit,
    kinds: tuple[str, ...],
    whole: Callable[[DocContext, str], str | None],
) -> str | None:
    """The condition (of a type in ``kinds``) the sentence before ``lead`` opens with, as
    ``whole`` names it; None when that sentence opens with anything else."""
    before = sentence_before(dc, lead)
    if before is None:
        return None
    for m in dc.find(before):
        h = m.hit("condition")
        if h is None or h.type not in kinds:
            return None  # the sentence opens with another name: a drug, a test, a symptom
        if not _OPENING.match(before[: m.start]):
            return None
        return whole(dc, m.surface)
    return None
