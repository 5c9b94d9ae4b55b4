"""Drugs a phase sentence names as "these medicines": "Immunomodulators include: - azathioprine
- methotrexate" followed by "Doctors prescribe these medications to help people go into
remission", or "Medicines such as X or Y ..." followed by "Your doctor may prescribe these
medicines if the disease worsens". The phase (or setting) is the sentence's own; the drugs are
those of the nearest sentence or list before it in the same section, a list's drugs with the
class its lead-in opens with ("Immunomodulators include").

Only a demonstrative that is the object of a verb of giving counts ("prescribe these
medicines"); "People taking these medications may have side effects" names no phase, and a
sentence with no phase of its own gives nothing here.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import negated
from trainer.generator.extract.phase_drugs import clean_class
from trainer.generator.extract.phase_names import SPANS
from trainer.generator.extract.phase_settings import remission_aim
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

_THESE_GIVEN = re.compile(
    r"\b(?:prescrib(?:e|es|ed|ing)|us(?:e|es|ed|ing)|giv(?:e|es|en|ing)|recommend(?:s|ed|ing)?|"
    r"start(?:s|ed|ing)?)\s+(?:these|those)\s+(?:medicines|medications|drugs)\b",
    re.IGNORECASE,
)
_BACK = 3  # units "these medicines" may look back over for the drugs it stands for
# "Immunomodulators include": a lead-in that opens with the class of the list's members
_CLASS_LEAD = re.compile(r"^\s*(?:the\s+)?[\w -]{2,60}?\s+(?:include|includes|are)\b", re.I)


def these_medicines(
    dc: DocContext, seg: Segment, phases: list[Mention], context: Unit | None, conf: float
) -> list[ExtractedFact]:
    """Phase facts for the drugs "these medicines" stands for, in a sentence naming the phase."""
    if context is not None or seg.lead is not None:
        return []
    body = seg.body
    low = body.lower()
    if "these" not in low and "those" not in low:
        return []  # the common case, cheaply
    m = _THESE_GIVEN.search(body)
    own = [p for p in phases if p.name("phase") not in SPANS]
    if m is None or not own or negated(body[: m.end()]):
        return []
    own = [p for p in own if not _people_not_responding(seg.text, p)] or remission_aim(
        dc, seg.text)
    if not own:
        return []
    found = _antecedents(dc, seg.main)
    return [
        dc.fact(seg, Relation.PHASE_DRUGS, p.name("phase"), d.name(kind),
                0.7 * conf / 0.85 * min(p.confidence("phase"), d.confidence(kind)),
                flags=p.flags("phase") + d.flags(kind), context=unit)
        for p in own[:1]
        for d, unit, kind in found
    ]  # fmt: skip


# "to help people go into remission or to help people who do not respond to other treatments":
# people who do not respond to the usual medicines take a step up in the treatment of a chronic
# disease, not the treatment of its relapse; the aim the sentence states is the phase
_PEOPLE_WHO = re.compile(r"\b(?:people|patients|persons|those|children|adults)\s+who\s+$", re.I)


def _people_not_responding(text: str, p: Mention) -> bool:
    return "respond" in p.surface.lower() and _PEOPLE_WHO.search(text, 0, p.start) is not None


def _antecedents(dc: DocContext, unit: Unit) -> list[tuple[Mention, Unit, str]]:
    """The drugs of the nearest sentence or list before ``unit`` in its section that names any:
    a list's drugs each with its own item, and the class its lead-in opens with."""
    u = unit
    for _ in range(_BACK):
        if u.index == 0:
            return []
        u = dc.units[u.index - 1]
        if u.kind not in ("sentence", "item") or u.section != unit.section:
            return []
        if not any(m.is_kind("drug") for m in dc.mentions(u)):
            continue
        if u.kind != "item" or u.lead is None:
            return _unique([(m, u, "drug") for m in dc.mentions(u) if m.is_kind("drug")])
        lead = dc.units[u.lead]
        items = [v for v in dc.units[lead.index + 1 : u.index + 1] if v.lead == lead.index]
        out = [(m, v, "drug") for v in items for m in dc.mentions(v) if m.is_kind("drug")]
        heads = [m for m in dc.mentions(lead) if m.start <= 2]
        if heads and _CLASS_LEAD.match(lead.text) and heads[0].is_kind("drug_class") and (
            not heads[0].is_kind("drug") and clean_class(heads[0])
        ):
            out.append((heads[0], lead, "drug_class"))
        return _unique(out)
    return []


def _unique(found: list[tuple[Mention, Unit, str]]) -> list[tuple[Mention, Unit, str]]:
    """One reading per name ("6-mercaptopurine, or 6-MP" names one drug twice)."""
    seen: set[str] = set()
    out = []
    for m, u, kind in found:
        if m.name(kind) not in seen:
            seen.add(m.name(kind))
            out.append((m, u, kind))
    return out
