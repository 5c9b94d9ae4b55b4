"""A phase's length told in cycles of treatment: "Consolidation consists of 2 cycles",
"Induction is usually 4 to 6 courses", "adjuvant chemotherapy of 6 cycles".

A count of cycles is a phase's length only when the phase is what the sentence is about: it
opens the sentence as the subject of a verb of consisting or lasting, or the count follows it
with "of". "Each cycle lasts 21 days", "given in 28-day cycles", "patients who received 6 cycles
had fewer relapses" (history or a trial's result) and "6 cycles of X were compared" are not.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.phase_trials import reports_a_trial
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention

_NUM = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
          "eight": "8", "nine": "9", "ten": "10", "twelve": "12"}  # fmt: skip
_CYCLES = (
    rf"(?:(?P<approx>about|approximately|up to|at least)\s+)?(?P<a>{_NUM})"
    rf"(?:\s*(?:-|–|to|or)\s*(?P<b>{_NUM}))?\s+(?P<unit>cycles|courses|blocks)\b"
)
# "Consolidation consists of 2 cycles", "Induction is usually 4 to 6 courses"
_SUBJECT_VERB = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:therapy\s+|treatment\s+|chemotherapy\s+)?(?:usually\s+|"
    r"typically\s+|generally\s+|often\s+)?(?:consists?\s+of|comprises|includes|involves|lasts|"
    r"takes|is|are|is\s+given\s+(?:in|as|over)|are\s+given\s+(?:in|as|over))\s+"
    rf"(?:(?:usually|typically|generally|often)\s+)?{_CYCLES}",
    re.IGNORECASE,
)
_OF_COUNT = re.compile(rf"\s+of\s+{_CYCLES}", re.IGNORECASE)
_OPENING = re.compile(r"\s*(?:the\s+)?$", re.IGNORECASE)


def cycles(
    dc: DocContext, seg: Segment, phases: list[Mention], conf: float
) -> list[ExtractedFact]:
    """The count of cycles a phase the sentence is about lasts."""
    low = seg.text.lower()
    if not any(w in low for w in ("cycle", "course", "block")) or reports_a_trial(seg.text):
        return []  # the common case, cheaply
    out: list[ExtractedFact] = []
    for p in phases:
        subject = _OPENING.fullmatch(seg.text, seg.body_start, p.start) is not None
        m = (_SUBJECT_VERB.match(seg.text, p.end) if subject else None) or _OF_COUNT.match(
            seg.text, p.end)
        if m is None:
            continue
        a = _WORDS.get(m.group("a").lower(), m.group("a"))
        b = _WORDS.get(m.group("b").lower(), m.group("b")) if m.group("b") else None
        unit = m.group("unit").lower()
        value = f"{a}-{b} {unit}" if b else f"{a} {unit if a != '1' else unit[:-1]}"
        if m.group("approx") and not b:
            approx = m.group("approx").lower()
            value = f"{'about' if approx == 'approximately' else approx} {value}"
        out.append(dc.fact(seg, Relation.PHASE_DURATION, p.name("phase"), value,
                           conf * p.confidence("phase"), flags=p.flags("phase")))
    return out
