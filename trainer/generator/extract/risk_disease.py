"""Whose risk a risk statement states: the condition a factor belongs to.

The subject is the condition named after "the risk of" (the document's topic when it is among
several named there; no fact when the risk is of some other condition the lexicon does not
name), else the disease the sentence names (the topic when it is among them), else the
document's topic: the condition its first heading names, else its main disease. It is kept
apart from the reading of the factors (:mod:`.risk_factors`) because every risk reader needs
the same subject and the same topic.
"""

from __future__ import annotations

import re

from trainer.generator.extract import topic_qualified
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.factors import inline_items
from trainer.generator.extract.risk_cues import CAUSED_FORM, CAUSES_OF, ITS_TROUBLES
from trainer.generator.extract.risk_organisms import the_infection
from trainer.generator.extract.risk_verbs import RISK_INCLUDE, RISK_VERB
from trainer.generator.lexicon import Mention

_SUBJECT_TYPES = ("disease", "subtype", "complication", "syndrome", "infection")
# "the risk of (developing) X", "your risk for X": the condition whose risk is spoken of
_RISK_OF = re.compile(
    r"\b(?:(?:risk(?:\s+factors?)?|chances?|likelihood|odds)\s+(?:of|for|that)\s+"
    # ("your risk of having and dying from X": the same condition's risk)
    r"(?:(?:developing|getting|having)\s+(?:and\s+dying\s+(?:from|of)\s+)?)?|"
    r"more\s+likely\s+to\s+(?:get|develop|have)\s+)",
    re.IGNORECASE,
)


_RISK_WORDS = ("risk", "chance", "likelihood", "odds", "likely")


def subject_name(m: Mention) -> str | None:
    h = m.hit("condition")
    return h.name if h is not None and h.type in _SUBJECT_TYPES else None


def page_topic(dc: DocContext) -> str | None:
    """What the document is about: the condition its first heading names (a question heading
    such as "Who is at risk for High Blood Pressure?" too), else its main disease."""
    for u in dc.units:
        if u.index in dc.skipped:
            continue
        if u.kind == "heading" and dc.main_disease and dc.main_disease.lower() in u.text.lower():
            return dc.main_disease  # the title names the topic whole, not only a word of it
        if u.kind == "heading":
            for m in dc.mentions(u):
                name = subject_name(m)
                if name is not None:
                    return name
        break
    return dc.main_disease




def _names_topic(name: str, topic: str) -> bool:
    """Whether ``name`` is the topic or its head noun ("infection" of "urinary tract
    infection")."""
    n, t = name.lower(), topic.lower()
    return n == t or t.endswith(f" {n}")


def statement_disease(dc: DocContext, seg: Segment) -> str | None:
    """The condition a risk statement is about: the one named after "the risk of" (the
    document's topic when it is among several named there), else the disease the segment
    names, else the document's topic."""
    topic = page_topic(dc)
    low = seg.text.lower()
    # most segments lack the patterns' literal words: checking them first spares a slow scan
    more_likely = "more" in low and ("likely" in low or "common" in low)
    likely = _LIKELY_IN.search(seg.text) if more_likely else None
    says_risk = any(w in low for w in _RISK_WORDS)
    if likely is not None:
        # "Spindle cell hemangiomas are more likely to develop in children with ...": the
        # condition the sentence opens with is whose risk it is
        x = likely.group("x")
        opening = [n for m in seg.mentions if likely.start("x") <= m.start < likely.end("x")
                   for n in [subject_name(m)] if n is not None]
        if topic is not None and topic.lower().rstrip("s") in x.lower():
            return topic
        if opening:
            return opening[-1]
        if _CONDITION_HEAD.search(x):
            return None  # a condition the lexicon does not name, not the page's topic
    named: list[str] = []
    # an inline list's items name factors ("- Diabetes raises the risk of infections"): the
    # condition whose risk they raise is the lead-in's
    lead_in, items = inline_items(seg.text) if "- " in seg.text else ("", [])
    scope = len(lead_in) if items else len(seg.text)
    for r in _RISK_OF.finditer(seg.text, scope) if says_risk else ():
        for m in seg.mentions:
            name = subject_name(m)
            if name is not None and r.end() <= m.start <= r.end() + 30 and not (
                topic is not None
                and (_names_topic(name, topic) or dc.same_disease(name, topic))
            ):
                return None  # an item speaks of the risk of another condition: whose is unsure
    for r in _RISK_OF.finditer(seg.text, 0, scope) if says_risk else ():
        for m in seg.mentions:
            name = subject_name(m)
            gap = seg.text[r.end() : m.start]
            if name is not None and r.end() <= m.start <= r.end() + 30 and not re.search(
                r"[.;:]\s|\s-\s|\b(?:after|during|following|before|from|among|if|when|than|"
                r"because|it|them)\s", gap, re.I
            ):  # a name after the sentence's end, a preposition ("the risk of A after X
                # surgery") or a clause ("more likely to get it if you have X") is no longer
                # what the risk is of
                if CAUSED_FORM.search(gap):
                    return None  # "the risk of STD-induced proctitis": of one form only
                if ITS_TROUBLES.match(seg.text[m.end :]):
                    return None  # "the risk for many diabetes problems": its complications'
                named.append(the_infection(dc, seg.text, m, name, topic))
    if named and topic is not None and any(
        seg.text[r.end() :].lower().startswith(topic.lower())
        for r in _RISK_OF.finditer(seg.text, 0, scope)
    ):
        # "People who have conditions that raise the risk of lung infections are at risk for
        # bronchiectasis": the risk the sentence states of the topic (a name the lexicon may
        # lack) is whose factors these are; the other risk describes the factors
        return topic
    if named:
        # "the risk of infection" in a text about urinary tract infection: the topic it names
        # more briefly
        same = [n for n in named if topic is not None and _names_topic(n, topic)]
        return topic if same and topic is not None else named[0]
    for r in _RISK_OF.finditer(seg.text, 0, scope) if says_risk else ():
        # ("risk factors for childhood stomach cancer": the population the title named too is
        # no other condition)
        after = _POPULATION.sub("", seg.text[r.end() :].lower())
        if topic is not None and topic_qualified.starts_with_topic(after, topic):
            return topic  # "at risk for gout": a topic the lexicon does not name
        if not _SAME_TOPIC.match(seg.text[r.end() :]):
            return None  # "increases the risk of preeclampsia": a condition we cannot name
    # an item of a list under a lead-in names a factor ("- a parent with diabetes"), never the
    # disease whose risk it is: that comes from the lead-in, else the document's topic
    mentions = (
        [m for m in seg.mentions if not seg.in_body(m)]
        if seg.lead is not None and seg.main.item_start
        else seg.mentions
    )
    # "Common causes of a chronic cough are asthma and GERD": the diseases after such a cue are
    # the members of its list, never the condition whose risk (or cause) it is
    mentions = [m for m in mentions if m.start < scope]
    include = RISK_INCLUDE.search(seg.text)
    if include is not None:
        mentions = [m for m in mentions if m.start < include.end()]
        of = CAUSES_OF.search(include.group(0)) or _CONTRIBUTE_TO.search(include.group(0))
        if of and topic and not any(subject_name(m) for m in mentions):
            words = re.findall(r"[a-z]+", of.group("x").lower())
            if topic.lower().split()[-1] not in words:
                return None  # "Causes of a sore throat include ..." on a page about asthma
    named = [n for n in (subject_name(m) for m in mentions) if n is not None]
    if topic is not None and any(_names_topic(n, topic) for n in named):
        return topic
    cue = RISK_VERB.search(seg.text)
    led = next((g for g in ("dis", "dis2", "dis3") if cue is not None and cue.group(g)), None)
    if cue is not None and led is not None:
        # "Diabetes is the leading cause of ESRD": the condition the verb names is the subject
        said = dc.disease_in([m for m in mentions if cue.start(led) <= m.start < cue.end(led)])
        if said is not None:
            return said
    if topic is not None and cue is not None:
        # "Obesity and diabetes raise your risk": the diseases before the verb are factors
        return dc.disease_in([m for m in mentions if m.start >= cue.end()]) or topic
    return dc.disease_in(mentions) or topic


# "Factors that contribute to the pain include": what the factors bear on (the topic or not)
_CONTRIBUTE_TO = re.compile(r"\bcontribute\s+to\s+(?:the\s+|an?\s+)?(?P<x>[^:.;]{1,60})$",
                            re.IGNORECASE)


# "<condition> is more likely to develop in <people> with": the condition is the subject
_LIKELY_IN = re.compile(
    r"(?P<x>\b[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,5}?)\s+(?:is|are)\s+(?:much\s+)?more\s+"
    r"(?:likely|common)\s+to\s+(?:develop|occur|form|arise)\s+(?:in|among)\b",
    re.IGNORECASE,
)
_CONDITION_HEAD = re.compile(
    r"(?:cancers?|carcinomas?|sarcomas?|tumou?rs?|\w+omas?|diseases?|syndromes?|disorders?)$", re.I
)


# what may follow "the risk of" and still mean the document's topic (an abbreviation such as
# "ALL" may be the topic's)
_SAME_TOPIC = re.compile(
    # ("STD-induced proctitis": an abbreviation that qualifies another name is not the topic)
    # ("P.A.D.": an abbreviation written with stops)
    r"\s*(?:$|[.,;:)]|(?-i:[A-Z]{2,})\b(?!-)|(?-i:(?:[A-Z]\.){2,})|(?:the|this|that|your|their)\s+"
    r"(?:disease|condition|illness|cancer|disorder)\b|it\b|them\b)",
    re.IGNORECASE,
)


_POPULATION = re.compile(r"^\s*(?:childhood|adult|pediatric|paediatric|juvenile)\s+")


def own_topic(dc: DocContext, disease: str) -> bool:
    """Whether ``disease`` is the document's topic."""
    topic = page_topic(dc)
    return topic is not None and (
        disease.lower() == topic.lower() or dc.same_disease(disease, topic)
    )


def is_topic(dc: DocContext, factor: str) -> bool:
    """Whether a factor names the document's own topic."""
    topic = page_topic(dc)
    return topic is not None and (factor.lower() == topic.lower() or any(
        dc.same_disease(h.name, topic) or h.name.lower() == topic.lower()
        for h in dc.lexicon.lookup(factor) if h.kind == "condition"
    ))


