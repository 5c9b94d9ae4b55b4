"""Whose symptoms a run-in dash list gives when its lead-in lost its colon and says so only
by its grammar: "People with X may experience - A - B - C." (the people's condition), or
"Common symptoms include - A - B." / "Other symptoms at this stage include - A" under a
section about the page's topic's symptoms (the topic).

A page that lost its list markup keeps each item's dash inline after the lead-in verb; the
verbs a holder of symptoms takes ("experience", "have", "develop", "notice") open such a list
as surely as "include" does, since what follows the dash can only be the object. The lead-in
must be a whole sentence of that shape: a negated one, a group told by something else than a
condition ("People taking X may experience"), or a bare lead-in under a section about
treatment or another condition gives nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract import page_topic
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import NEGATION, SENTENCE_BREAK
from trainer.generator.extract.symptom_owners import KINDS, condition_named

# the verb right before the first inline dash: a listing verb or a holder's verb
RUN_IN_DASH = re.compile(
    r"\b(?:are|include|includes|experience|have|develop|notice)(?P<at>)\s+-\s+\w", re.IGNORECASE
)
_HEDGE = r"(?:(?:may|can|might|often|usually|commonly|also|will|typically|sometimes)\s+)*"
_WHO = r"(?:people|persons|patients|children|adults|individuals|a\s+person|someone)"
# "People with X may experience", "Patients who have X often develop", "Affected people may
# have" (after an opening clause saying when: "As the disease progresses, ...")
_HOLDER = re.compile(
    r"^(?:(?:when|as|once|if|over\s+time|later|eventually)\b[^.;:]{0,80},\s*)?"
    rf"(?:many\s+|most\s+|some\s+)?(?:{_WHO}\s+(?:who\s+have\s+|with\s+)(?:an?\s+|the\s+)?"
    rf"(?P<x>[^,.;:]{{2,60}}?)|(?P<aff>affected\s+{_WHO}|those\s+affected))\s+"
    rf"{_HEDGE}(?:experience|have|develop|notice)\s*:?\s*$",
    re.IGNORECASE,
)
# "Common symptoms include", "Other signs and symptoms at this stage may include"
_BARE = re.compile(
    r"^(?:(?:the|common|some|other|early|later|usual|typical|main|possible)\s+)*"
    r"(?:signs?\s+and\s+symptoms?|symptoms?|signs?)\s+"
    r"(?:(?:at|in|of|are|during)\s+(?:this|that|the\s+\w+)\s+(?:stage|phase)\s+)?"
    # ("Common symptoms are - A - B": the copula lists them as surely)
    rf"{_HEDGE}(?:include|includes|are)\s*:?\s*$",
    re.IGNORECASE,
)
# a section about care, not about the condition's signs
_CARE_HEADING = re.compile(
    r"\b(?:treat\w*|therap\w*|side\s+effects?|medicines?|medications?|drugs?|surgery|"
    r"prevent\w*|risk)\b",
    re.IGNORECASE,
)


def owner(dc: DocContext, seg: Segment, lead: str) -> str | None:
    """The condition whose symptoms the run-in list after ``lead`` (the text up to its first
    dash) gives, by the lead-in's last sentence; None when its grammar names no one's."""
    sentence = SENTENCE_BREAK.split(lead.strip())[-1].strip(" :")
    if NEGATION.search(sentence):
        return None
    m = _HOLDER.match(sentence)
    if m is not None:
        x = m.group("x") or m.group("aff")
        if re.search(r"\b(?:who|that|which|and|or|taking|after)\b", x, re.IGNORECASE):
            return None  # "people with X who have", "people with X and Y": not one condition
        return condition_named(dc, x, seg.main)
    if _THEY.match(sentence) is not None:
        return _theirs(dc, seg, lead)
    if _THOSE.match(sentence) is not None:
        return _those(dc, seg, lead)
    if _BARE.match(sentence) is None:
        return None
    return _topic_section(dc, seg, sentence)


# "Not everyone with SAD has the same symptoms. They include - A - B": "They" stands for the
# symptoms the sentence before ends on
_THEY = re.compile(rf"^(?:they|these)\s+{_HEDGE}(?:include|includes)$", re.IGNORECASE)
_ENDS_ON_SIGNS = re.compile(r"\b(?:signs?\s+and\s+)?(?:symptoms|signs)\s*\.?$", re.IGNORECASE)


# "It's important to know the symptoms of a heart attack. Those symptoms include - A - B"
_THOSE = re.compile(
    rf"^(?:these|those)\s+(?:signs\s+and\s+)?(?:symptoms|signs)\s+{_HEDGE}(?:include|includes|are)$",
    re.IGNORECASE,
)
_SIGNS_OF = re.compile(
    r"\b(?:signs\s+and\s+)?(?:symptoms|signs)\s+of\s+(?:an?\s+|the\s+)?(?P<x>[^,.;:()]{2,60}?)"
    r"(?=\s+(?:and|or|if|when|because|so)\b|[,.;:()]|$)",
    re.IGNORECASE,
)


def _sentence_before(dc: DocContext, seg: Segment, lead: str) -> str | None:
    """The sentence before the lead-in's last one: in the lead-in itself, else the unit before
    it in the same paragraph."""
    sentences = SENTENCE_BREAK.split(lead.strip())
    if len(sentences) >= 2:
        return sentences[-2]
    previous = dc.previous(seg.main)
    return previous.text if previous is not None and previous.para == seg.main.para else None


def _those(dc: DocContext, seg: Segment, lead: str) -> str | None:
    """Whose symptoms "Those symptoms include" lists: the condition the sentence before names
    as "the symptoms of X"."""
    before = _sentence_before(dc, seg, lead)
    m = _SIGNS_OF.search(before or "")
    if m is None or NEGATION.search(before or ""):
        return None
    return condition_named(dc, m.group("x"), seg.main)


def _theirs(dc: DocContext, seg: Segment, lead: str) -> str | None:
    """Whose symptoms "They include" lists: the one condition the sentence before names, if
    it ends on the symptoms "They" stands for; the page's topic when that sentence names none
    and the section is about the topic."""
    before = _sentence_before(dc, seg, lead)
    if before is None or not _ENDS_ON_SIGNS.search(before.strip()):
        return None
    named = {
        dc.disease_in([m]) or m.surface
        for m in dc.find(before)
        if (h := m.hit("condition")) and h.type in KINDS
    }
    if len(named) == 1:
        return condition_named(dc, named.pop(), seg.main)
    return _topic_section(dc, seg, before) if not named else None


def _topic_section(dc: DocContext, seg: Segment, sentence: str) -> str | None:
    """The page's topic, when the section holding ``seg`` is about the topic's signs: its
    heading names the topic or no condition at all, and no care, and the sentence itself names
    no condition (whose would it be then?)."""
    topic = dc.main_disease
    if topic is None:
        return None
    if any((h := m.hit("condition")) and h.type in KINDS for m in dc.find(sentence)):
        return None
    head = dc.heading(seg.main)
    if head is None or _CARE_HEADING.search(head.text):
        return None
    if page_topic.heading_names_topic(dc, head.text):
        return topic
    named = [m for m in dc.mentions(head) if (h := m.hit("condition")) and h.type in KINDS]
    if named or not re.search(r"\b(?:signs?|symptoms?)\b", head.text, re.IGNORECASE):
        return None
    return topic


