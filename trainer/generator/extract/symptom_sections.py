"""symptom_cause from what people are said to notice in a section about a condition's symptoms:
under "What are the symptoms of X?" (or "Symptoms of X", "Signs and Symptoms"), "Some people
notice A. Others notice B or C." and "You may have A and B" name X's symptoms.

The heading names whose symptoms the section gives, so a sentence whose subject is people in
general (some, many, most or other people, "others", "you", "patients") and whose verb is one
of having or noticing ("notice", "have", "experience", "feel", "develop") lists that
condition's symptoms, each of which must read as a symptom (:func:`.worded_members`), or the
sentence gives nothing. People told by another condition ("people with diabetes"), a negated
sentence ("Some people have no symptoms", "do not notice"), and a sentence naming another
condition outside its list give nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract import page_topic
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.symptom_holders import worded_members
from trainer.generator.extract.symptom_owners import KINDS, cause_named, the_topic

# "What are the symptoms of X?", "Symptoms of X", "Signs and Symptoms" (the page's topic)
_SECTION = re.compile(
    r"^\s*(?:what\s+are\s+)?(?:the\s+)?(?:(?:common|main|usual|typical|early)\s+)?"
    r"(?:signs?\s+and\s+symptoms?|symptoms?\s+and\s+signs?|symptoms?)"
    r"(?:\s+of\s+(?P<x>[^?]{2,60}?))?\s*\??\s*$",
    re.IGNORECASE,
)
# people in general, and a verb of having or noticing
_PEOPLE = re.compile(
    r"^\s*(?:(?:some|many|most|other|a\s+few)\s+(?:people|patients|persons|adults|children)|"
    r"others|you|people|patients)\s+"
    r"(?:(?:may|might|can|often|usually|also|sometimes|will|first|commonly)\s+)*"
    r"(?:notice|notices|have|has|experience|feel|develop|get)\s+(?P<rest>[^.;:]{3,200})",
    re.IGNORECASE,
)
# objects that are no symptoms: a risk, a need, a test, none at all
_NOT_SYMPTOMS = re.compile(
    r"^(?:an?\s+)?(?:(?:higher|increased|greater|lower)\s+)?(?:risk|chance|need|no|any|none|"
    r"symptoms?|signs?|these|the\s+same|a\s+test|tests?|surgery|treatment)\b",
    re.IGNORECASE,
)


# the joint before a clause of its own: "..., but", "...; "
_CONTRAST = re.compile(r"(?:,\s*(?:but|while|whereas|although)|;)\s+", re.IGNORECASE)


def section_owner(dc: DocContext, seg: Segment) -> str | None:
    """The condition whose symptoms the segment's section gives, by its heading."""
    head = dc.heading(seg.main)
    if head is None:
        return None
    m = _SECTION.match(head.text)
    if m is None:
        return None
    if not m.group("x"):
        return dc.main_disease
    x = m.group("x").strip()
    return cause_named(dc, None, x) or the_topic(dc, x) or page_topic.names_topic(dc, x)


def _people(clause: str) -> re.Match[str] | None:
    """People in general said to have or notice something in ``clause``, not negated."""
    m = _PEOPLE.match(clause)
    if m is None or NEGATION.search(clause) or _NOT_SYMPTOMS.match(m.group("rest")):
        return None
    return m


def section_pairs(dc: DocContext, seg: Segment) -> list[tuple[str, list[str], float]]:
    """(cause, symptoms, confidence) of "Some people notice A and B" under a symptoms heading."""
    if seg.main.kind != "sentence":
        return []
    owner = section_owner(dc, seg)
    if owner is None:
        return []
    # "Many people have no symptoms, but some people have A and B": the clause after the
    # contrast is read on its own when the whole sentence gives nothing, the negation before
    # it being another group's
    for body in dict.fromkeys((seg.body, _CONTRAST.split(seg.body)[-1])):
        m = _people(body)
        if m is None:
            continue
        before = body[: m.start("rest")]
        if any((h := x.hit("condition")) is not None and h.type in KINDS for x in dc.find(before)):
            return []  # "People with diabetes notice": a group told by another condition
        named = [
            s for s in worded_members(dc, m.group("rest"), complications=True)
            if s.lower() != owner.lower()
        ]
        if named:
            return [(owner, named, 0.7)]
    return []
