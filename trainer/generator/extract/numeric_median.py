"""numeric: a median survival a report states, "median overall survival was 11.1 months".

In research news a median survival is a figure of the study's result, not the length of a
treatment phase: "Median progression-free survival was 9.2 months with the combination and
3.8 months with placebo" gives "median progression-free survival" -> "9.2 months" and ->
"3.8 months", each figure of the sentence's own measure. The measure keeps the kind of
survival the sentence names (overall, progression-free, disease-free, event-free ...) and the
arm of the trial the figure belongs to where the sentence names it, right after the figure
("median progression-free survival with placebo" -> "3.8 months") or in the clause that opens
the sentence ("Among the 200 who received placebo, median survival was ..."): a card without
its arm would teach the control group's survival as the treatment's.

Nothing is read for a difference between two medians ("improved median survival by 4
months", "a gain of 8.7 months"), a time point ("survival at 3 years"), a follow-up time
("after a median follow-up of 22 months"), a negated or hedged clause ("did not reach",
"may extend"), or a median the sentence names without "survival" (time to a later
treatment, duration of response), whose measure a card could not name alike.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.facts import ExtractedFact

_KIND = (
    r"(?:(?:overall|progression[- ]free|disease[- ]free|event[- ]free|relapse[- ]free|"
    r"recurrence[- ]free|metastasis[- ]free|radiographic\s+progression[- ]free|"
    r"failure[- ]free)\s+)?"
)
_MEDIAN = re.compile(rf"\b(?P<m>median\s+{_KIND}survival)\b(?:\s*\([A-Z]{{2,4}}\))?", re.I)
_VALUE = re.compile(
    r"(?<![\w.])(?P<v>\d{1,3}(?:\.\d+)?(?:\s*(?:to|-|–)\s*\d{1,3}(?:\.\d+)?)?)\s+"
    r"(?P<u>months?|years?|weeks?)\b",
    re.IGNORECASE,
)
# Before a value: a difference, a time point or a follow-up, not the median itself
_NOT_THE_MEDIAN = re.compile(
    r"(?:\bby(?:\s+(?:just|only|about|nearly|almost|approximately|more\s+than))?|\bgain\s+of|\bimprovement\s+of|\bdifference\s+of|\bincrease\s+of|\bat|\bafter|"
    r"\bwithin|\bfollow-?up\s+of|\bof\s+(?:an?\s+)?(?:additional|extra)|\bmore\s+than|"
    r"\blonger\s+than|\bfor|\bover|\bnearly|\balmost|\babout|\bapproximately)\s*$",
    re.IGNORECASE,
)
_HEDGE = re.compile(r"\b(?:may|might|could|would|not\s+(?:yet\s+)?(?:been\s+)?reached)\b", re.I)
# Where the median's figures end: the sentence, a contrast, a follow-up, a clause of another
# figure (", with 25% of patients alive at 5 years", ", and more than 1 in 5 ...")
_STOP = re.compile(
    r"[.;](?:\s|$)|\bwhile\b|\bwhereas\b|\bmedian\s+follow|,\s+with\b|,\s+and\s+(?!\d)|"
    r"\d\s*(?:%|percent\b)",
    re.IGNORECASE,
)
# A measure that is itself a difference: "the difference in median survival was 4 months"
_DIFFERENCE = re.compile(
    r"\b(?:difference|improvement|gain|increase|benefit|prolongation)s?\s+(?:in|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# The arm right after a figure: "9.2 months with the combination", "17.8 months in the placebo
# group", up to a comparison, the next figure's "and", or the clause's end
_ARM_AFTER = re.compile(
    r"\s*(?P<arm>(?:with|in|among|for)\s+[^,;.()]{2,60}?)"
    r"(?=\s*(?:[,;.()]|$|\band\b|\bcompared\b|\bversus\b|\bvs\b|\bthan\b|\bwhile\b))",
    re.IGNORECASE,
)
# The arm in the clause that opens the sentence: "Among the 797 patients randomly assigned to
# receive A plus B, median survival was ..."
_ARM_OPENING = re.compile(
    r"\b(?:among|in|for)\s+(?:the\s+)?(?:[\d,]+\s+)?(?:\w+\s+)?(?:who\s+(?:received|were\s+"
    r"given|took|got)|(?:randomly\s+)?assigned\s+to(?:\s+receive)?|given|receiving|treated\s+"
    r"with)\s+(?:the\s+)?(?P<arm>[^,;()]{2,80}),\s*$",
    re.IGNORECASE,
)


def _arm(span: str, end: int, opening: str, first: bool) -> str:
    """The trial arm a figure belongs to, as words to add to its measure, or ""."""
    after = _ARM_AFTER.match(span, end)
    if after and not re.match(r"(?:in|for)\s+(?:\d|all\b|patients\b|people\b)",
                              after.group("arm"), re.IGNORECASE):
        return " ".join(after.group("arm").split())
    opened = _ARM_OPENING.search(opening) if first else None
    return f"with {' '.join(opened.group('arm').split())}" if opened else ""


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """Median survival figures of ``seg``."""
    text = seg.body
    if "median" not in text.lower() or "surviv" not in text.lower():
        return []
    out = []
    for m in _MEDIAN.finditer(text):
        stop = _STOP.search(text, m.end())
        span = text[m.end() : stop.start() if stop else len(text)]
        if _DIFFERENCE.search(text[: m.start()]):
            continue
        if NEGATION.search(span[:40]) or _HEDGE.search(text[max(0, m.start() - 30) : m.end()]
                                                       + span[:40]):
            continue
        nxt = _MEDIAN.search(span)  # a second median of another kind ends this one's figures
        span = span[: nxt.start()] if nxt else span
        measure = " ".join(m.group("m").lower().split())
        opening = re.split(r"[.;:]\s", text[: m.start()])[-1]
        for i, v in enumerate(list(_VALUE.finditer(span))[:3]):
            if _NOT_THE_MEDIAN.search(span[: v.start()][-30:]):
                continue
            unit = v.group("u").lower()
            unit = unit if unit.endswith("s") or v.group("v") == "1" else unit + "s"
            value = re.sub(r"\s*(?:-|–)\s*", " to ", v.group("v"))
            arm = _arm(span, v.end(), opening, i == 0)
            subject = f"{measure} {arm}" if arm else measure
            out.append(dc.fact(seg, Relation.NUMERIC, subject, f"{value} {unit}", 0.7))
    return out
