"""numeric: how many new cases of the page's condition a year brings, "N new cases each year".

Shape: subject "new cases per year" (with the place when the sentence names one, "new cases
per year in the United States"), object the count as written ("about 8,000",
"1,200-1,300", "above 2 million").

Read from "<count> new cases (of <the condition>) (are diagnosed / occur) each year /
annually / per year / a year", or with the year said first ("Each year (in the United
States), about N new cases are diagnosed"). The count must be of the page's own condition:
a sentence that names another disease, hedges ("may"), is negated, is set in the past
("were") or reports a study gives nothing. Counts of people ("About 60,000 Americans are
diagnosed with X each year") are read by :mod:`.prevalence`.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.numeric_past import in_the_past
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.prevalence import names_main
from trainer.generator.facts import ExtractedFact

_N = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+(?:million|thousand)|\d{2,3}"
_NEW_CASES = re.compile(
    r"(?<![\w.,])(?:(?P<mod>about|approximately|around|roughly|nearly|almost|more than|over|"
    r"an estimated|fewer than|less than|only|some)\s+)?"
    rf"(?P<a>{_N})(?:\s*(?:-|–|to)\s*(?P<b>{_N}))?\s+new\s+cases"
    r"(?P<of>\s+of\s+[\w'’ -]{2,50}?)?"
    r"(?:\s+(?:are|is)\s+(?:diagnosed|reported|found|seen)|\s+occur)?"
    r"(?:\s+in\s+(?P<w1>the United States|the U\.S\.|the US|the UK|the world))?\s+"
    r"(?:(?:each|every|per|a)\s+year|annually)"
    r"(?:\s+in\s+(?P<w2>the United States|the U\.S\.|the US|the UK|the world))?",
    re.IGNORECASE,
)
_WHERE = r"the United States|the U\.S\.|the US|the UK|the world"
# The year said first: "Each year (in the United States), about N new cases (of X) are
# diagnosed", "Every year there are N new cases"
_YEAR_FIRST = re.compile(
    rf"\b(?:each|every)\s+year,?\s+(?:in\s+(?P<w0>{_WHERE}),?\s+)?(?:there\s+are\s+)?"
    r"(?:(?P<mod>about|approximately|around|roughly|nearly|almost|more than|over|"
    r"an estimated|fewer than|less than|only|some)\s+)?"
    rf"(?P<a>{_N})(?:\s*(?:-|–|to)\s*(?P<b>{_N}))?\s+new\s+cases"
    r"(?P<of>\s+of\s+[\w'’ -]{2,50}?)?"
    r"(?:\s+(?:are|is)\s+(?:diagnosed|reported|found|seen)|\s+occur)?"
    rf"(?:\s+in\s+(?P<w1>{_WHERE}))?\s*(?:[.,;]|$)",
    re.IGNORECASE,
)
_HEDGE = re.compile(r"\b(?:may|might|could|trial|study)\b", re.IGNORECASE)
_THEN = re.compile(r"\b(?:were|was|had been|in (?:19|20)\d\d)\b", re.IGNORECASE)
_MOD = {
    "approximately": "about", "around": "about", "roughly": "about", "an estimated": "about",
    "some": "about", "more than": "above", "over": "above", "almost": "nearly",
    "fewer than": "below", "less than": "below", "only": "",
}  # fmt: skip


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """The yearly count of new cases of the page's condition ``seg`` states."""
    text = seg.text
    if "new case" not in text.lower() or dc.main_disease is None:
        return []
    named = dc.disease_in(seg.mentions)
    if named and not dc.same_disease(named, dc.main_disease):
        return []  # another condition's count
    out = []
    for m in [*_NEW_CASES.finditer(text), *_YEAR_FIRST.finditer(text)]:
        if not seg.in_body(m.start()) or _HEDGE.search(text) or in_the_past(text, m.start()):
            continue
        if NEGATION.search(text, max(0, m.start() - 20), m.end()):
            continue
        if _THEN.search(text, 0, m.end()):
            continue  # "In 1990, there were 5,000 new cases": a count of its time
        of = (m.group("of") or "").strip()
        if of and not names_main(dc, of):
            continue  # "new cases of <another condition>"
        where = m.groupdict().get("w0") or m.group("w1") or m.groupdict().get("w2")
        measure = "new cases per year" + (f" in {' '.join(where.split())}" if where else "")
        mod = (m.group("mod") or "").lower()
        mod = _MOD.get(mod, mod)
        a, b = " ".join(m.group("a").split()), m.group("b")
        number = f"{a}-{' '.join(b.split())}" if b else a
        out.append(dc.fact(seg, Relation.NUMERIC, measure,
                           f"{mod} {number}" if mod else number, 0.7))  # fmt: skip
    return out
