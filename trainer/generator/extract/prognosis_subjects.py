"""Whose prognosis a "depends on" sentence states, read by :mod:`.prognosis`: the disease the
sentence itself names, else the page's, else the one a heading "What is the outlook for X?"
names; and where a sentence starts, when sentences run into each other without a space.
"""

from __future__ import annotations

import re

from trainer.generator.extract import topic_referents
from trainer.generator.extract.context import DocContext, Segment

# A sentence run into the one before without a space: "... underactive thyroid.The prognosis"
RUN_ON = re.compile(r"[.!?](?:\s+|(?=[A-Z][a-z]))")


def sentence_start(body: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: "Certain factors affect prognosis. Treatment
    options depend on ..." names the prognosis in another sentence than the dependency."""
    starts = [m.end() for m in RUN_ON.finditer(body, 0, pos)]
    return starts[-1] if starts else 0


def sentence_disease(dc: DocContext, seg: Segment, pos: int) -> str | None:
    """The page's disease when the sentence stating what the prognosis depends on (up to
    ``pos`` in the body) names none itself but the segment does elsewhere: a disease named in
    a sentence run into this one ("... diabetes, and thyroid disease.The prognosis depends
    upon ...") is not the one whose prognosis it is. None when the segment's own choice holds."""
    body = seg.body
    start = sentence_start(body, pos)
    if start == 0:
        return None
    own = [m for m in seg.mentions if seg.body_start + start <= m.start < seg.body_start + pos]
    if dc.disease_in(own) is not None:
        return dc.disease_and_subtype(own)[0]
    return dc.main_disease or outlook_heading(dc, seg)


# "What is the outlook for Paranasal Sinus and Nasal Cavity Cancer ?"
_OUTLOOK_FOR = re.compile(
    r"^\W*(?:what\s+(?:is|are)\s+)?(?:the\s+)?(?:outlook|prognosis)\s+(?:for|of)\s+"
    r"(?P<x>[^?]{3,90}?)\s*\??\s*$",
    re.IGNORECASE,
)
_DISEASE_HEAD = re.compile(
    r"\b(?:cancers?|carcinomas?|sarcomas?|tumou?rs?|leuka?emias?|lymphomas?|melanomas?|"
    r"diseases?|syndromes?|disorders?|infections?|deficiency)$",
    re.IGNORECASE,
)


def outlook_heading(dc: DocContext, seg: Segment) -> str | None:
    """The disease a section headed "What is the outlook for X?" is about, when the page's
    own disease is not one the lexicon names (a title that joins several: "Ovarian
    Epithelial, Fallopian Tube, and Primary Peritoneal Cancer")."""
    head = dc.heading(seg.main)
    found = _OUTLOOK_FOR.match(head.text) if head is not None else None
    if found is None or not _DISEASE_HEAD.search(found.group("x")):
        return None
    return found.group("x").lower()


# Words for the course of the page's own condition, which the lexicon files as complications
_COURSE = re.compile(r"(?:relapse|recurrence|remission|flare)s?\b", re.IGNORECASE)
_NAMED_TYPES = ("disease", "subtype", "syndrome", "infection", "complication")


def other_condition_before(dc: DocContext, seg: Segment, pos: int, topic: str) -> bool:
    """Whether the paragraph, before offset ``pos`` of the body, names another condition than
    ``topic`` and never the topic itself, so that a sentence naming no condition ("The sooner
    treatment starts, the better the chances of recovery" after "If you have a stroke, ...")
    speaks of that one, not of the page's. A generic word ("infection") names no other one, and
    a condition named in an outcome sentence is a factor of the page's own outlook."""
    said = [seg.main.text[:pos]]
    before = dc.previous(seg.main)
    while before is not None:
        said.append(before.text)
        before = dc.previous(before)
    from trainer.generator.extract.prognosis_outcomes import has_outcome_cue  # (a cycle)

    other = False
    for text in said:
        if topic.lower() in text.lower():
            return False
        if has_outcome_cue(text.lower()):
            continue  # "Those with kidney stones do worse": a factor of the page's outlook
        for m in dc.find(text):
            h = m.hit("condition")
            if h is None or h.type not in _NAMED_TYPES or topic_referents.generic(m):
                continue
            if _COURSE.match(m.surface):
                continue  # "People may relapse": the course of the topic, no other condition
            if dc.same_disease(h.name, topic) or h.name.lower() in topic.lower():
                return False  # the topic is named: the sentence goes on about it
            other = True
    return other
