"""The phase of a flattened list's items that stand in a later sentence than its lead-in.

"Treatment of recurrent melanoma may include the following: - Immunotherapy with X.
Sometimes X and Y are given together. - Targeted therapy with Z.": the second sentence's items
belong to the lead-in of the first (see :mod:`.inline_lists`), so they take its phase, named or
told by a relapsed setting; a lead-in about research ("Treatments being studied in clinical
trials include:") gives none.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.inline_lists import lead_end, opening_lead
from trainer.generator.extract.phase_settings import negated_at, relapse_lead
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

_RESEARCH = re.compile(
    r"\b(?:stud(?:y|ies|ied)|trials?|tested|testing|investigat\w*|research\w*)\b", re.IGNORECASE
)
_CONFIDENCE = 0.7  # one step further from the lead-in than an item read with it


def research_list(dc: DocContext, seg: Segment) -> bool:
    """Whether ``seg`` opens or continues a flattened list whose lead-in is about research
    ("Treatments being tested include the following: - A. Some get more. - Targeted therapy
    with X."): its items are what studies test, under any heading."""
    lead = seg.main if seg.lead is None and lead_end(seg.text) < len(seg.text) else (
        opening_lead(dc, seg.main))
    if lead is None:
        return False
    return bool(_RESEARCH.search(lead.text, 0, lead_end(lead.text)))


def flattened_lead(dc: DocContext, seg: Segment) -> tuple[list[Mention], Unit | None, float]:
    """The one phase the lead-in of the flattened list ``seg`` continues names, that lead-in,
    and a confidence; nothing when there is no such lead-in or it names no single phase."""
    lead = opening_lead(dc, seg.main)
    if lead is None:
        return [], None, 0.0
    end = lead_end(lead.text)
    if _RESEARCH.search(lead.text, 0, end):
        return [], None, 0.0
    named = [m for m in dc.mentions(lead) if m.end <= end and m.is_kind("phase")
             and not negated_at(lead.text, m)] or relapse_lead(dc, lead.text[:end])  # fmt: skip
    if len({m.name("phase") for m in named}) != 1:
        return [], None, 0.0
    return named[:1], lead, _CONFIDENCE
