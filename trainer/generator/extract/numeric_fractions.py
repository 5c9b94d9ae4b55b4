"""numeric: the share of a group told as a fraction, "1 in 5 people with X develop A", "about
one out of every three patients with X has A", "2 out of 3 adults who have X get A".

The same reading as a percentage's share (:mod:`.numeric_shares`): the group and what the
share of it has must both be named, the group being the page's own patients or what it has a
condition the lexicon names. The figure is kept in the text's own words ("one out of every
five"). Counts of how common the page's condition itself is ("X affects 1 in 100 adults", "1
in 8 women develop X") are read by :mod:`.prevalence` and :mod:`.numeric_one_in`, and give
nothing here. A hedged or negated clause, a trial's arm or a study's sample ("1 in 3 patients
in the trial"), and a figure of the past give nothing.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract import numeric_shares
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.numeric_past import in_the_past
from trainer.generator.extract.prevalence import names_main
from trainer.generator.facts import ExtractedFact

_WORD = r"one|two|three|four|five|six|seven|eight|nine|ten"
_COUNT = rf"\d{{1,3}}(?:,\d{{3}})*|{_WORD}"
_GROUP = r"(?:[\w-]+\s+){0,2}?(?:people|persons|patients|adults|children|Americans|women|men)\b"
# "about 1 in 5", "one out of every three" before the group it divides
_FRACTION = re.compile(
    r"(?<![\w.,])(?:(?P<mod>about|approximately|around|roughly|nearly|almost|more than|over|"
    r"up to|as many as)\s+)?"
    rf"(?P<v>(?:{_COUNT})\s+(?:out\s+of|in)\s+(?:every\s+)?(?:{_COUNT}))\s+(?={_GROUP})",
    re.IGNORECASE,
)
_STUDY = re.compile(
    r"\b(?:trial|study|studies|arm|random(?:ly|i[sz]ed)|placebo|enrolled)\b", re.IGNORECASE
)


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """Shares told as fractions of a named group in ``seg``."""
    text = seg.text
    low = text.lower()
    if dc.main_disease is None or (" in " not in low and " out of " not in low):
        return []
    if _STUDY.search(text):
        return []  # a study's sample or a trial's arm
    out = []
    for m in _FRACTION.finditer(text):
        if not seg.in_body(m.start()) or in_the_past(text, m.start()):
            continue
        rest = " of " + text[m.end() :]
        measure = numeric_shares.group_measure(dc, rest, text[: m.start()])
        if measure is None:
            continue
        if names_main(dc, measure.partition(" who ")[2]):
            continue  # "1 in 8 women develop X": how common X is, read by .prevalence
        value = " ".join(m.group(0).lower().split())
        out.append(dc.fact(seg, Relation.NUMERIC, measure, value, 0.75))
    return out
