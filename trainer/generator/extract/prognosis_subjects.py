"""Whose prognosis a "depends on" sentence states, read by :mod:`.prognosis`: the disease the
sentence itself names, else the page's, else the one a heading "What is the outlook for X?"
names; and where a sentence starts, when sentences run into each other without a space.
"""

from __future__ import annotations

import re

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
