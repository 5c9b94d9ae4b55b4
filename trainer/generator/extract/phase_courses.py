"""The whole course told by a class of drugs and its span: "Antibiotics are given for 2 to 6
weeks" (a single drug's schedule, "Dexamethasone is given for 5 days", is not read so)."""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.phase_whole import A_SPAN, overall
from trainer.generator.lexicon import Mention

# "Antibiotics usually are given for 2 to 6 weeks": drugs of a kind, given for a span, in a
# sentence naming no phase
_CLASS_GIVEN_FOR = re.compile(
    r"\s+(?:(?:usually|often|typically|generally|normally)\s+)?(?:is|are)\s+(?:(?:usually|often|"
    rf"typically|generally|normally)\s+)?(?P<w>given|taken|prescribed|used)\s+for\s+{A_SPAN}",
    re.IGNORECASE,
)


def class_given_for(dc: DocContext, seg: Segment) -> list[Mention]:
    """The whole course, when a sentence opens with a class of drugs named in the plural and
    says for how long they are given ("Antibiotics are given for 2 to 6 weeks"); a single
    drug's schedule ("Dexamethasone is given for 5 days") is not read so."""
    ms = [m for m in seg.mentions if seg.in_body(m)]
    if not ms or ms[0].start - seg.body_start > 2 or not ms[0].is_kind("drug_class"):
        return []
    first = ms[0]
    if first.is_kind("drug") or not first.surface.lower().endswith("s"):
        return []
    t = _CLASS_GIVEN_FOR.match(seg.text, first.end)
    if t is None:
        return []
    a, b = t.span("w")
    return overall(dc, seg.text, a, b)
