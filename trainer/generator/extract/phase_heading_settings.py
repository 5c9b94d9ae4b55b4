"""The phase a section heading tells by a setting rather than by a phase's name.

"Treatment of Relapsed Hodgkin Lymphoma", "Recurrent Breast Cancer", "If the Myeloma Comes
Back", "When Treatment Stops Working" (salvage therapy), "Newly Diagnosed Myeloma" (first-line
therapy), "Treatment After Surgery" (adjuvant therapy): the sentences of prose right under such
a heading that name drugs give them in that setting, as a list under a lead-in would. Only for
a cancer (the heading's or the page's), and only when the heading tells one setting: a heading
naming two ("Newly Diagnosed and Recurrent Disease") gives none.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.phase_settings import (
    ANTICANCER,
    SETTING,
    cancer_page,
    first_line_spans,
    relapse_spans,
    salvage_setting_hit,
    surgery_wording,
)
from trainer.generator.lexicon import Hit, Mention
from trainer.generator.text import Unit

_TREATMENT_WORD = re.compile(
    r"\b(?:treatment|therapy|therapies|chemo\w*|drugs?|medicines?|hormon\w*|targeted|"
    r"immunotherapy)\b",
    re.IGNORECASE,
)
NEAR_HEADING = 4  # units after a setting heading that still take its setting
_RELAPSED_TITLE = re.compile(r"^\s*(?:relapsed|recurrent|refractory)\b", re.IGNORECASE)


def heading_setting(dc: DocContext, head: Unit) -> list[Mention]:
    """The one phase ``head`` tells by a cancer's setting, or none."""
    if not (ANTICANCER.search(head.text) or cancer_page(dc)):
        return []
    text = head.text
    found = (
        relapse_spans(dc, text) + relapsed_title(dc, text) + _relapsed_name(dc, head)
        + first_line_spans(dc, text, head) + _new_title(dc, text)
        # ("After Surgery" alone may head recovery and pain relief: only a treatment heading)
        + (surgery_wording(dc, text) if _TREATMENT_WORD.search(text) else [])
    )
    names = {m.name("phase") for m in found}
    return found[:1] if len(names) == 1 else []


def relapsed_title(dc: DocContext, text: str) -> list[Mention]:
    """A heading that opens with the disease's relapsed state ("Recurrent Breast Cancer")."""
    m = _RELAPSED_TITLE.match(text)
    hit = salvage_setting_hit(dc) if m is not None else None
    if m is None or hit is None:
        return []
    return [Mention(m.start(), m.end(), m.group(0), (hit,))]


# "Treatment for Relapsed ALL", "Refractory CLL": a disease the lexicon names, told as relapsed
_RELAPSED_BEFORE = re.compile(
    r"\b(?:relapsed|relapsing|recurrent|refractory)(?:\s*(?:,|or|and|/)\s*(?:relapsed|"
    r"refractory|recurrent))?\s+$",
    re.IGNORECASE,
)


def _relapsed_name(dc: DocContext, head: Unit) -> list[Mention]:
    """The disease named in ``head`` right after a relapsed state, as a salvage mention."""
    hit = salvage_setting_hit(dc)
    if hit is None:
        return []
    return [
        Mention(m.start, m.end, m.surface, (hit,)) for m in dc.mentions(head)
        if (c := m.hit("condition")) is not None and c.type in ("disease", "subtype")
        and (_RELAPSED_BEFORE.search(head.text, max(0, m.start - 30), m.start) is not None
             or _RELAPSED_TITLE.match(m.surface) is not None)  # the name holds the state
    ]  # fmt: skip


_NEW_TITLE = re.compile(r"^\s*(?:(?:treatment|therapy)\s+of\s+)?newly[\s-]diagnosed\b", re.I)


def _new_title(dc: DocContext, text: str) -> list[Mention]:
    """A heading that opens with the disease newly diagnosed ("Newly Diagnosed Myeloma")."""
    m = _NEW_TITLE.match(text)
    hit = None if m is None else next(
        (h for h in dc.lexicon.lookup("first-line therapy") if h.kind == "phase"), None)
    if m is None or hit is None:
        return []
    return [Mention(m.start(), m.end(), m.group(0), (Hit(hit.kind, hit.name, SETTING, hit.type),))]
