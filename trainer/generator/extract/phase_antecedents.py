"""Drugs a phase sentence names without naming them: "It is used as maintenance therapy" (the
drug the sentence before, or the lead-in of its list of uses, is about), the drug that opens a
lead-in of uses ("Blinatumomab is approved to treat:" + "- B-cell ALL that has come back"), and
the drugs of the sentence before a "This is called <phase>" sentence.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import negated
from trainer.generator.extract.phase_names import IT_GIVEN, SPANS
from trainer.generator.extract.phase_settings import NEGATIVE_RELATIVE, without_setting
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit


def pronoun_drug(
    dc: DocContext, seg: Segment, phases: list[Mention], context: Unit | None, conf: float
) -> list[ExtractedFact]:
    """"It is given weekly in induction", "It is used: in patients whose cancer has come back":
    the drug is the one the sentence before is about, or the drug a list of uses opens with
    ("Cetuximab is approved to treat:" ... "It is used:")."""
    opening = seg.text if seg.lead is not None else seg.body
    # a phase read from the first sentence of the same list item ("- AML that is newly
    # diagnosed. It is used with X") is this sentence's own
    if (context is not None and context is not dc.item_head(seg.main)) or not IT_GIVEN.match(
        opening
    ):
        return []
    if negated(NEGATIVE_RELATIVE.sub(" ", without_setting(opening))):
        return []
    found = _antecedent_drug(dc, seg.parts[0].unit)
    if found is None:
        return []
    drug, unit, weight = found
    return [
        dc.fact(seg, Relation.PHASE_DRUGS, p.name("phase"), d.name("drug"),
                weight * conf / 0.85 * min(p.confidence("phase"), d.confidence("drug")),
                flags=p.flags("phase") + d.flags("drug"), context=unit)
        for p in phases
        if p.name("phase") not in SPANS
        for d in [drug, *companions(dc, unit, drug)]
    ]  # fmt: skip


# "Blinatumomab is approved to treat:" + "- B-cell ALL that has come back": the drug that opens
# a list of its uses is given in the phase an item names
_DRUG_LEAD = re.compile(
    # the name may end in a salt or a suffix the name itself leaves out ("Sorafenib tosylate",
    # "Tarlatamab-dlle")
    r"(?:-[a-z]{4}\b|\s+[a-z]+ate\b|\s+hydrochloride\b)?"
    r"\s*(?:\([^()]*\)\s*)?(?:is|are)\s+(?:also\s+)?(?:approved|used|given|indicated)\b[^.;]*:\s*$",
    re.IGNORECASE,
)


def lead_drug(
    dc: DocContext, seg: Segment, phases: list[Mention], context: Unit | None, conf: float
) -> list[ExtractedFact]:
    """The drug a lead-in of uses opens with, for the phases its item names."""
    lead = seg.lead
    if lead is None or context is not None or seg.body_start == 0:
        return []
    ms = dc.mentions(lead)
    if not ms or ms[0].start > 2 or not ms[0].is_kind("drug"):
        return []
    if not _DRUG_LEAD.match(lead.text, ms[0].end):
        return []
    named = [p for p in phases if seg.in_body(p.start) and p.name("phase") not in SPANS]
    if not named or negated(NEGATIVE_RELATIVE.sub(" ", without_setting(seg.body))):
        return []
    return [
        dc.fact(seg, Relation.PHASE_DRUGS, p.name("phase"), d.name("drug"),
                conf * min(p.confidence("phase"), d.confidence("drug")),
                flags=p.flags("phase") + d.flags("drug"))
        for p in named[:1]
        for d in [ms[0], *companions(dc, lead, ms[0])]
    ]  # fmt: skip


# "Oxaliplatin is approved to be used with fluorouracil and leucovorin to treat:": the drugs a
# lead-in of uses gives with the drug it opens with ("with", "alone or with") go with it into
# every use its items name
_WITH = re.compile(r"\bwith\b", re.IGNORECASE)


def companions(dc: DocContext, lead: Unit, drug: Mention) -> list[Mention]:
    """The drugs a lead-in of uses names as given with ``drug``, the drug it opens with."""
    if drug.start > 2 or not _DRUG_LEAD.match(lead.text, drug.end):
        return []
    return [
        m for m in dc.mentions(lead)
        if m.start > drug.end and m.is_kind("drug") and m.name("drug") != drug.name("drug")
        and _WITH.search(lead.text, drug.end, m.start) is not None
    ]  # fmt: skip


# "Methotrexate is injected into the spinal fluid. This is called CNS prophylaxis.": the phase
# names what the sentence before did
_THIS_IS_CALLED = re.compile(
    r"^\s*(?:this|these|that|it)\s+(?:is|are)\s+(?:also\s+)?(?:called|known as|named|termed)\s+"
    r"(?:the\s+|an?\s+)?",
    re.IGNORECASE,
)


def named_after(
    dc: DocContext, seg: Segment, phases: list[Mention], conf: float
) -> list[ExtractedFact]:
    """Drugs of the sentence before, for the phase this sentence names it as."""
    m = _THIS_IS_CALLED.match(seg.body)
    if m is None or seg.lead is not None:
        return []
    start = seg.body_start + m.end()
    named = [p for p in phases if p.start == start and p.name("phase") not in SPANS]
    prev = dc.previous(seg.main)
    if not named or prev is None or negated(prev.text):
        return []
    drugs = [d for d in dc.mentions(prev) if d.is_kind("drug")]
    return [
        dc.fact(seg, Relation.PHASE_DRUGS, p.name("phase"), d.name("drug"),
                0.7 * conf / 0.85 * min(p.confidence("phase"), d.confidence("drug")),
                flags=p.flags("phase") + d.flags("drug"), context=prev)
        for p in named[:1]
        for d in drugs
    ]  # fmt: skip


_SAME_SUBJECT = re.compile(r"^\s*(?:it|this drug|the drug)\b", re.IGNORECASE)
_BACK = 3  # lead-ins a list of uses may climb for the drug it opens with


def _antecedent_drug(dc: DocContext, unit: Unit) -> tuple[Mention, Unit, float] | None:
    """The drug "it" stands for: the one drug of the sentence before, else the drug that opens
    a lead-in the sentence's list hangs from ("Cetuximab is approved to treat:" + "- Colorectal
    cancer." + "It is used:")."""
    prev = dc.previous(unit)
    if prev is not None and not _SAME_SUBJECT.match(prev.text):
        ds = [m for m in dc.mentions(prev) if m.is_kind("drug")]
        if len({m.name("drug") for m in ds}) == 1:
            return ds[0], prev, 0.7
    u = unit
    for _ in range(_BACK):
        if u.lead is None:
            return None
        u = dc.units[u.lead]
        ds = [m for m in dc.mentions(u) if m.is_kind("drug")]
        # the drug the lead-in opens with, also when it names the drugs given with it
        # ("Oxaliplatin is approved to be used with fluorouracil ... to treat:")
        if ds and ds[0].start <= 2 and (
            len({m.name("drug") for m in ds}) == 1 or _DRUG_LEAD.match(u.text, ds[0].end)
        ):
            return ds[0], u, 0.65
        if ds or u.kind == "heading":
            return None
    return None
