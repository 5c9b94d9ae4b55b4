"""numeric: the ages at which the page's condition usually begins, read from an onset clause.

Shape: subject "age at onset" (or "age at first symptoms"), object the range, "40-60 years".
Read from "<the condition> (often / usually / most commonly) begins / appears / occurs / starts /
develops between (the) ages (of) A and B", and "Most people experience their first symptoms of
<the condition> between the ages of A and B". The clause's subject must be the page's own
condition, by its name or its initials, or a pronoun or "the disease" that stands for it: an
onset told of another condition, a subtype ("early-onset X, which occurs ..."), a negated or
hedged clause gives nothing. The typical age told as one figure, "The average age of onset is
60 years", "the median age at diagnosis is 67", gives "average age of onset" / "median age at
diagnosis" -> "60 years". Peaks of incidence in children ("peaks at ages 2 to 5") are read by
:mod:`.numeric`.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.prevalence import names_main
from trainer.generator.facts import ExtractedFact

_ONSET = re.compile(
    r"(?P<s>[\w'’ -]{2,60}?)\s+(?:(?:can|usually|often|typically|commonly|most|more|"
    r"frequently|generally|first)\s+)*"
    r"(?P<v>begins?|starts?|appears?|occurs?|develops?|(?:is|are)\s+(?:(?:first|most|more|"
    r"often|usually|commonly|typically|frequently)\s+)*diagnosed|"
    r"(?:experience|have|notice|develop)\s+(?:their|the)\s+first\s+symptoms(?P<of>\s+of\s+"
    r"[\w'’ -]{2,40}?)?)\s+"
    r"between\s+(?:(?:the\s+)?(?P<ages>ages?\s+(?:of\s+)?))?(?P<a>\d{1,2})\s+and\s+"
    r"(?P<b>\d{1,3})\b(?P<years>\s+years)?",
    re.IGNORECASE,
)
# What may stand for the page's condition as the clause's subject
_STANDS_FOR = re.compile(
    r"^(?:it|the disease|the condition|the illness|the disorder|this disease|this condition|"
    r"most people|people|most patients)$",
    re.IGNORECASE,
)
# Where the clause holding the onset opens: after a comma, a contrast or a conjunction
_CLAUSE_OPEN = re.compile(r".*(?:,|;|\bbut|\balthough|\bthough|\band|\bwhile)\s+", re.I)
_HEDGE = re.compile(r"\b(?:may|might|could|rarely|sometimes)\b", re.IGNORECASE)


# "The average age of onset is 60 years", "the median age at diagnosis is about 67": the
# typical age told as one figure; "when diagnosed" and "of diagnosis" are the same measure
_AVERAGE = re.compile(
    r"(?<![\w-])(?P<kind>average|median|mean|usual|typical)\s+age\s+"
    r"(?P<at>(?:at|of)\s+(?:onset|diagnosis|first symptoms)|when\s+(?:it\s+is\s+)?diagnosed)"
    r"(?P<of>\s+(?:of|for|with)\s+[\w'’ -]{2,50}?)?\s+(?:is|in\s+[\w ]{2,30}\s+is)\s+"
    r"(?:(?P<mod>about|approximately|around|roughly|nearly|almost)\s+)?(?P<n>\d{1,2})"
    r"(?:\s+years)?(?:\s+(?:old|of age))?\b",
    re.IGNORECASE,
)
_AT = {"onset": "of onset", "diagnosis": "at diagnosis", "first symptoms": "at first symptoms"}
_MOD = {"approximately": "about", "around": "about", "roughly": "about", "almost": "nearly"}


def _average_age(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """ "The average age of onset is 60 years": the typical age of the page's condition. Told
    of another condition ("the median age at diagnosis of X") or of a study's patients ("in
    the trial"), or set in the past ("was"), it gives nothing."""
    out = []
    for m in _AVERAGE.finditer(seg.text):
        if not seg.in_body(m.start()) or re.search(r"\b(?:trial|study|studies)\b", seg.text,
                                                   re.IGNORECASE):
            continue
        of = (m.group("of") or "").strip()
        if of and not names_main(dc, of):
            continue  # another condition's age, or a group's
        named = dc.disease_in(seg.mentions)
        if named and dc.main_disease and not dc.same_disease(named, dc.main_disease):
            continue
        at = m.group("at").lower().split()[-1]
        at = "diagnosis" if at == "diagnosed" else ("first symptoms" if at == "symptoms" else at)
        mod = (m.group("mod") or "").lower()
        value = f"{_MOD.get(mod, mod) + ' ' if mod else ''}{m.group('n')} years"
        measure = f"{m.group('kind').lower()} age {_AT[at]}"
        out.append(dc.fact(seg, Relation.NUMERIC, measure, value, 0.7))
    return out


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """The usual age range at which the page's condition begins, as ``seg`` states it."""
    text = seg.text
    low = text.lower()
    if dc.main_disease is None:
        return []
    out = _average_age(dc, seg) if " age " in low else []
    if "between" not in low:
        return out  # cheap test first: nearly every sentence lacks the word
    for m in _ONSET.finditer(text):
        if not seg.in_body(m.start("a")) or not (m.group("ages") or m.group("years")):
            continue
        subject = _CLAUSE_OPEN.sub("", m.group("s")).strip()
        if subject.lower() in ("but", "and", "yet"):
            subject = _sentence_subject(text, m.start())  # "It can ..., but often begins ..."
        if re.search(r"\b(?:which|who|that)\b", subject, re.IGNORECASE):
            continue  # "early-onset X, which occurs ...": a subtype's onset
        said_of = (m.group("of") or "").strip()
        of_main = names_main(dc, said_of) if said_of else False
        if not (of_main or names_main(dc, subject) or _STANDS_FOR.match(subject)):
            continue
        if said_of and not of_main:
            continue  # "first symptoms of <another condition>"
        told = f"{subject} {m.group(0)[len(m.group('s')) :]}"  # the subject, verb and range
        if NEGATION.search(told) or _HEDGE.search(told):
            continue
        a, b = m.group("a"), m.group("b")
        if int(b) <= int(a):
            continue  # not a range of ages
        measure = "age at first symptoms" if "symptom" in m.group("v").lower() else "age at onset"
        out.append(dc.fact(seg, Relation.NUMERIC, measure, f"{a}-{b} years", 0.7))
    return out


_OPENING = re.compile(r"(?P<s>[^,;]{2,60}?)\s+(?:can|may|is|are|has|have|usually|often|\w+s)\b")


def _sentence_subject(text: str, at: int) -> str:
    """The subject of the sentence a clause at ``at`` continues: its first words before a verb
    ("It can occur at any age, but often begins ..." -> "It")."""
    start = max(text.rfind(". ", 0, at) + 2, 0) if text.rfind(". ", 0, at) >= 0 else 0
    opening = _OPENING.match(text, start)
    return opening.group("s").strip() if opening else ""
