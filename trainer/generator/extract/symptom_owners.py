"""Whose symptoms a lead-in or a sentence names: the owner of a symptom list read as a name.

An owner must be a condition: one the lexicon knows (a stage or form of it, "acute Q fever",
keeps its word), the page's topic named as its title names it, or a free name that reads as one
by the structure around it ("symptoms seen with X"). A category ("other health problems", "many
factors"), a group of people, or a word pointing back with nothing to point at names no owner.
Split from :mod:`.symptom_lists`, which reads the lead-ins these names stand in.
"""

from __future__ import annotations

import re

from trainer.generator.extract import page_topic, topic_qualified, topic_referents
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.symptom_members import free
from trainer.generator.text import Unit

KINDS = ("complication", "syndrome", "infection", "disease", "subtype")


ANAPHOR = re.compile(
    r"^(?:this|it|these|that|(?:(?:the|this)\s+)?(?:disease|condition|illness|syndrome|disorder|"
    r"cancer|infection))$",
    re.IGNORECASE,
)


def other_known_condition(dc: DocContext, text: str, topic: str) -> bool:
    """Whether ``text`` names a condition the lexicon knows other than the topic; a subtype's
    page speaks of its disease too ("diabetes" on a page about type 1 diabetes)."""
    own = {topic, dc._parent(topic) or topic}
    for m in dc.find(text):
        h = m.hit("condition")
        if h is not None and h.type in KINDS and h.name != topic and (
            dc.disease_in([m]) not in own
        ):
            return True
    return False


def names_other_condition(dc: DocContext, text: str, topic: str) -> bool:
    """Whether ``text`` names a condition other than the topic: one the lexicon knows, or a
    name headed by "syndrome", "neoplasia" or "disease" that is not the topic's."""
    if other_known_condition(dc, text, topic):
        return True
    heads = re.findall(r"\b(syndromes?|neoplasia|disease|disorder)\b", text, re.IGNORECASE)
    return any(h.lower().rstrip("s") not in topic.lower() for h in heads)


def mentions_topic(head: Unit, topic: str) -> bool:
    """Whether a heading names the topic (its head noun is enough: "the sarcoma")."""
    return topic.lower().split()[-1].rstrip("s") in head.text.lower()


# "symptoms of severe disease": a bare generic word names no condition a card can ask about
GENERIC_CAUSE = re.compile(
    r"^(?:(?:the|a|an|this|that|another|severe|serious|advanced|mild|early|late|more|other|many|some|"
    # "other health problems", "other medical conditions": a category, no condition
    r"certain|various|health|medical|underlying|different|several|number)\s+)*"
    # "many different kinds of diseases": a category however it is counted
    r"(?:(?:kinds?|types?|sorts?|forms?)\s+of\s+(?:\w+\s+)?)?"
    # "many factors", "several things": what may cause it, named by no condition
    r"(?:disease|illness|condition|disorder|infection|problem|factor|thing|reason|cause|issue)"
    r"(?:s|es)?$",
    re.IGNORECASE,
)


def free_cause(dc: DocContext, text: str) -> str | None:
    """What "symptoms seen with X" names is a condition by the structure of the lead-in, even
    one the lexicon does not know ("acute Q fever"), when it reads as a name."""
    t = re.sub(r"^(?:an?|the)\s+", "", text.strip(), flags=re.IGNORECASE)
    # "Symptoms of a cold begin, including": the verb of their onset is no part of the name
    t = re.sub(r"\s+(?:begin|appear|start|develop|emerge|occur)s?$", "", t, flags=re.IGNORECASE)
    topic = page_topic.names_topic(dc, t)
    if topic is not None:
        return topic  # "Parkinsons disease (PD)" on a page about Parkinson's disease
    if GENERIC_CAUSE.match(t.strip(" ,.")):
        return None
    if ANAPHOR.match(t) or re.match(r"(?:people|patients|children|adults|those)\b", t, re.I):
        return None
    if any((h := m.hit("condition")) is not None and h.type in KINDS for m in dc.find(t)):
        return None  # "adult Hodgkin lymphoma": a name the lexicon knows is read by its name
    # named mid-sentence, the text's own casing is the name's ("Q fever")
    return t.strip(" ,.") if len(t.split()) <= 6 and free(t) else None


def the_topic(dc: DocContext, text: str) -> str | None:
    """The document's topic when ``text`` names it as its title does ("People with Wilson
    disease may develop ..." on a page about Wilson disease, a name the lexicon lacks)."""
    t = re.sub(r"^(?:an?|the)\s+", "", text.strip(), flags=re.IGNORECASE).lower()
    topic = dc.main_disease
    if topic is not None and t == topic.lower():
        return topic
    return topic_qualified.qualified_name(t, topic)  # "Symptoms of Chronic Q Fever"


def cause_named(
    dc: DocContext, seg: Segment | None, text: str, unit: Unit | None = None
) -> str | None:
    """The condition a lead-in names ("acute Q fever"); an anaphor ("This", "This syndrome")
    is the condition the sentence before names, else the one the section's heading names.
    A sentence before that opens with the page's topic is about it: the anaphor is the topic,
    not a condition that sentence names after it ("X is associated with disorders such as Y.
    The symptoms of the disorder are A")."""
    t = _kind_dropped(re.sub(r"^(?:an?|the)\s+", "", text.strip(), flags=re.IGNORECASE))
    if not ANAPHOR.match(t):
        return whole_condition(dc, t)
    at = unit if unit is not None else (seg.main if seg is not None else None)
    if at is None:
        return None
    before = dc.previous(at)
    topic = topic_referents.titled_topic(dc)
    if before is not None and topic is not None and topic_qualified.starts_with_topic(
        before.text.strip().lower(), topic
    ):
        return topic
    if before is not None:
        named = [
            m for m in dc.mentions(before)
            if (h := m.hit("condition")) and h.type in KINDS and not topic_referents.generic(m)
        ]
        if named:
            return named[-1].name("condition")
    head = dc.heading(at)
    if head is not None:
        named = [m for m in dc.mentions(head) if (h := m.hit("condition")) and h.type in KINDS]
        if len(named) == 1:
            return named[0].name("condition")
        if named:
            return None  # a heading naming several conditions: which one is meant is unknown
    # "symptoms commonly seen with this disease" under a heading naming none: the page's topic
    # (a lead-in's pattern may have taken the article: "symptoms of the condition" -> "condition")
    if re.fullmatch(r"(?:this|it|these|that)", t, re.IGNORECASE):
        return None  # a bare pronoun: only the sentence before could tell
    phrase = t if re.match(r"(?:this|that|these)\s", t, re.IGNORECASE) else f"the {t}"
    return topic_referents.topic_referent(dc, phrase, at)


# A stage or form of a condition the lexicon names: "acute Q fever" keeps its word, since the
# acute and the chronic form have different symptoms.
_FORM = re.compile(
    r"^(?P<f>(?:early|late|advanced)[-\s]stage|acute|chronic|early|late|advanced|severe|mild)\s+",
    re.IGNORECASE,
)


def whole_condition(dc: DocContext, text: str) -> str | None:
    t = re.sub(r"^(?:an?|the)\s+", "", text.strip(), flags=re.IGNORECASE)
    form = _FORM.match(t)
    rest = t[form.end() :] if form else t
    ms = dc.find(rest)
    if len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(rest):
        h = ms[0].hit("condition")
        if h is not None and h.type in KINDS:
            return f"{form.group('f').lower()} {h.name}" if form else h.name
    return None


# "the fairly common autoimmune disease Sjogren's syndrome": the kind said before the name
_KIND_BEFORE_NAME = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,4}?(?:disease|disorder|condition|illness|infection)"
    r"\s+(?=[A-Z])"
)


def _kind_dropped(text: str) -> str:
    return _KIND_BEFORE_NAME.sub("", text)


def condition_named(dc: DocContext, text: str, unit: Unit | None = None) -> str | None:
    """The condition a phrase names by the structure around it ("symptoms of X"): a lexicon
    condition, the topic named in full or by a general noun ("the disease", "affected people":
    :mod:`.topic_referents`, asked about the paragraph of ``unit`` when given), else a free
    name that reads as one ("peptic ulcer"); None for a category ("other conditions") or a
    group of people."""
    t = _kind_dropped(text.strip(" ,."))
    if re.match(r"^(?:it|this|that|these)$", t, re.I):
        return None  # a bare pronoun
    if ANAPHOR.match(t) and not re.match(r"(?:the|this|that)\s", t, re.I):
        t = f"the {t}"  # "condition", its article taken by the pattern around it
    if topic_referents.GENERAL_NOUN.match(t) or topic_referents.AFFECTED.match(t):
        return topic_referents.topic_referent(dc, t, unit)
    typed = _TYPE_ONLY.fullmatch(t)
    if typed is not None and dc.main_disease is not None:
        # "People with type II have ...": one type of the page's condition, named by its number
        return f"{dc.main_disease} type {typed.group('n')}"
    return whole_condition(dc, t) or the_topic(dc, t) or free_cause(dc, t)


_TYPE_ONLY = re.compile(r"type\s+(?P<n>[IV]{1,3}|[1-9][A-Z]?)", re.IGNORECASE)


# "Surviving Cancer", "Living with Asthma", "Coping With Heart Failure": a page title naming what
# people do about a condition; "with" or "from" may join the verb to the condition. The verbs are
# those of living with, looking after or finding an illness, so that a finding named by its
# "-ing" noun ("bleeding in the brain", "burning mouth syndrome") is never read as one
_ACTIVITY = re.compile(
    r"^(?:living|coping|surviving|managing|preventing|recovering|caring|dealing|understanding|"
    r"treating|diagnosing|screening|beating|fighting|controlling|facing)\s+"
    r"(?:(?:with|from|after|through|for)\s+)?(?P<c>.+)$",
    re.IGNORECASE,
)


def an_activity(dc: DocContext, owner: str) -> bool:
    """Whether an owner is an activity about a condition rather than a condition ("surviving
    cancer", a page title): a verb of living with or looking after an illness before a
    condition's name, the whole unknown to the lexicon as a condition."""
    m = _ACTIVITY.match(owner.strip())
    if m is None or any(h.kind == "condition" for h in dc.lexicon.lookup(owner)):
        return False
    rest = re.sub(r"^(?:an?|the|your|their)\s+", "", m.group("c"), flags=re.IGNORECASE)
    return any(h.kind == "condition" for h in dc.lexicon.lookup(rest)) or bool(
        re.search(r"\b(?:cancer|disease|syndrome|disorder|illness)s?$", rest, re.IGNORECASE)
    )
