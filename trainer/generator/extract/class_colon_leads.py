"""drug_class of paragraphs set out under a lead-in that ends with a colon and names a class.

Pages without list markup put each member of a class in a paragraph of its own under the
lead-in: "The following antibiotics may be used:" / "Doxycycline is the first choice for
adults." / "Amoxicillin is used for children.", or a label "Corticosteroids:" / "Prednisone is
taken by mouth." Each paragraph that opens with drugs as its subject gives them the lead-in's
class, as list items under it would (:mod:`.class_context`, :mod:`.class_object_leads`).

The lead-in must name one class and no drug, with the class as its subject (before a clause
of use) or as what is used ("Your doctor may prescribe an antibiotic:"), or alone as a label;
every paragraph between the lead-in and the one read must open with a drug too (a paragraph
about something else ends the run), and a sentence with a class of its own, a negation or a
contrast ("Unlike doxycycline, ...", "other options") gives nothing.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.class_backrefs import CONTRAST, USED_BEFORE
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.drug_names import CLASS, DRUG, members_from, salt_end
from trainer.generator.extract.patterns import negated, scope_end
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

_MAX_PARAGRAPHS = 12  # sibling paragraphs a member may stand below its lead-in
_NOUN = r"(?:(?:drugs?|medicines?|medications?|agents?)\b\s*)?"
# The class first: "The following antibiotics may be used:", "Corticosteroids:"
_SUBJECT_BEFORE = re.compile(
    r"\s*(?:(?:the following|these|the|several|some|common|commonly used|main)\s+){0,2}",
    re.IGNORECASE,
)
_SUBJECT_AFTER = re.compile(
    rf"\s*{_NOUN}(?:\([^()]{{1,30}}\)\s*)?(?:(?:that\s+are\s+|which\s+are\s+)?"
    r"(?:(?:may|can|will|are|is)\s+(?:be\s+)?)?(?:often\s+|commonly\s+|usually\s+)?"
    r"(?:used|given|prescribed|recommended|available|approved|include|includes)\b"
    r"[^:;.]{0,60})?:\s*",
    re.IGNORECASE,
)
# The class last, as what is used: "Your doctor may prescribe an antibiotic:"
_OBJECT_AFTER = re.compile(rf"\s*{_NOUN},?\s*(?:such as\s*)?:\s*", re.IGNORECASE)
_NOT_MEMBERS = re.compile(
    r"\b(?:with|after|before|(?<!the )following|besides|instead|side effects?|risks?|than)\b",
    re.I,
)
# Before the drugs that open a paragraph: nothing, or an article.
_OPENING = re.compile(r"\s*(?:(?:the|both)\s+)?", re.IGNORECASE)


def colon_lead_class_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """class -> the drugs opening a paragraph under a colon lead-in that names the class."""
    unit = seg.main
    if seg.lead is not None or unit.kind != "sentence" or not _opens_paragraph(dc, unit):
        return []
    members = _opening_drugs(seg.text, seg.mentions)
    if not members or negated(seg.text) or CONTRAST.search(seg.text):
        return []
    found = _colon_lead(dc, unit)
    if found is None:
        return []
    lead, cls = found
    conf = 0.75 * cls.confidence("drug_class")
    return [
        dc.fact(seg, Relation.DRUG_CLASS, d.name("drug"), cls.name("drug_class"),
                conf * d.confidence("drug"), flags=d.flags("drug") + cls.flags("drug_class"),
                context=lead)
        for d in members
    ]  # fmt: skip


def _opening_drugs(text: str, ms: list[Mention]) -> list[Mention]:
    """The drugs a sentence opens with as its subject, when it names no class."""
    if not ms or not ms[0].is_kind(*DRUG) or any(m.is_kind(*CLASS) for m in ms):
        return []
    if not _OPENING.fullmatch(text, 0, ms[0].start):
        return []
    members = members_from(text, ms, 0, scope_end(text, ms[0].start))
    last = members[-1] if members else None
    if last is None:
        return []
    after = text[salt_end(text, last, len(text)) :].lstrip()
    # "Doxycycline is ...", "Oseltamivir and zanamivir shorten ...", "X (Brand) is ...": a verb
    # follows, not a comma that makes the drug a list item or an aside
    return members if after[:1].isalpha() or after[:1] in "(" else []


def _opens_paragraph(dc: DocContext, unit: Unit) -> bool:
    return unit.index > 0 and dc.units[unit.index - 1].para != unit.para


def _colon_lead(dc: DocContext, unit: Unit) -> tuple[Unit, Mention] | None:
    """The colon lead-in above ``unit`` over paragraphs that each open with drugs, and its
    class."""
    k = unit.index - 1
    for _ in range(_MAX_PARAGRAPHS * 4):
        if k < 0:
            return None
        u = dc.units[k]
        if u.kind != "sentence" or k in dc.skipped:
            return None
        if u.text.rstrip().endswith(":"):
            return _lead_class(dc, u)
        first = u
        while first.index > 0 and dc.units[first.index - 1].para == first.para:
            first = dc.units[first.index - 1]
        if first.kind != "sentence" or not _opening_drugs(first.text, dc.mentions(first)):
            return None  # a paragraph about something else ends the run
        k = first.index - 1
    return None


def _lead_class(dc: DocContext, lead: Unit) -> tuple[Unit, Mention] | None:
    """The class a colon lead-in names as its subject, its object of use, or as a label."""
    lms = dc.mentions(lead)
    classes = [m for m in lms if m.is_kind(*CLASS) and not m.is_kind(*DRUG)]
    if len(classes) != 1 or any(m.is_kind(*DRUG) for m in lms):
        return None
    text = lead.text.rstrip()
    if negated(text) or CONTRAST.search(text) or _NOT_MEMBERS.search(text):
        return None
    cls = classes[0]
    subject = _SUBJECT_BEFORE.fullmatch(text, 0, cls.start) and _SUBJECT_AFTER.fullmatch(
        text, cls.end
    )
    used = USED_BEFORE.search(text[: cls.start]) and _OBJECT_AFTER.fullmatch(text, cls.end)
    return (lead, cls) if subject or used else None
