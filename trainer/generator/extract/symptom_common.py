"""symptom_cause from a sentence that calls its subject common in a section about a
condition's symptoms: under "What are the symptoms of X?", "Hearing loss is also common.",
"Speech problems, tremors, and dizziness are other frequent complaints.", "Night sweats are
another common feature of X." name X's symptoms.

The heading says whose symptoms the section gives (:func:`.symptom_sections.section_owner`);
the sentence's predicate says only how often its subject is seen, so the subject is what is
seen. Each member must read as a symptom or a sign (:func:`.worded_members`), and the
predicate must end the sentence: "Fractures are common in older people" says who has them,
"Seizures are rare" and "Fever is not common" say nothing of the kind, and a feature of
another condition named after "of" is that condition's.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.page_topic import heading_names_topic
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.symptom_holders import worded_members
from trainer.generator.extract.symptom_owners import condition_named
from trainer.generator.extract.symptom_sections import section_owner

_OFTEN = r"(?:common|frequent|typical|usual|characteristic)"
_COMMON = re.compile(
    r"^(?P<s>[^.;:]{3,200}?)\s+(?:is|are)\s+(?:also\s+)?(?:(?:very|quite|fairly|especially)\s+)?"
    rf"(?:{_OFTEN}|(?:(?:another|other|the\s+most|the|a|also)\s+)*(?:(?:very|most)\s+)?{_OFTEN}"
    r"\s+(?:features?|complaints?|symptoms?|signs?|findings?|problems?)"
    r"(?:\s+of\s+(?P<x>[^.;:]{2,60}?))?)\s*\.?\s*$",
    re.IGNORECASE,
)


def common_pairs(dc: DocContext, seg: Segment) -> list[tuple[str, list[str], float]]:
    """(cause, symptoms, confidence) of "A and B are common" under a symptoms heading."""
    if seg.main.kind != "sentence":
        return []
    body = seg.body.strip()
    m = _COMMON.match(body)
    if m is None or NEGATION.search(body):
        return []
    owner = section_owner(dc, seg) or _topic_section(dc, seg, m)
    if owner is None:
        return []
    if m.group("x") and condition_named(dc, m.group("x"), seg.main) != owner:
        return []  # "a common feature of Y": another condition's
    subject = re.sub(r"^(?:also|in\s+addition|however)\s*,?\s*", "", m.group("s"), flags=re.I)
    named = [
        s for s in worded_members(dc, subject, complications=True)
        if s.lower() != owner.lower()
    ]
    return [(owner, named, 0.7)] if named else []


_SIGN_NOUN = re.compile(r"\b(?:complaints?|symptoms?|signs?|features?)\s*(?:of\b|\.?\s*$)", re.I)


def _topic_section(dc: DocContext, seg: Segment, m: re.Match[str]) -> str | None:
    """The page's topic, for a predicate that names its subject a sign ("are other frequent
    complaints") in a section whose heading names the topic ("What is X?")."""
    head = dc.heading(seg.main)
    if head is None or not _SIGN_NOUN.search(m.group(0)):
        return None
    return heading_names_topic(dc, head.text)
