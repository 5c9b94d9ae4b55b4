"""numeric: the share of a group a percentage counts, read from the words after "N percent of".

A plain statement of fact with a clear subject (what the share counts):
  * "<N percent> of <people> <have / develop / experience / are diagnosed with> <condition>"
    ("Up to 60 percent of people with SLE are diagnosed with lupus nephritis", "Up to 40
    percent of adults with X will have CKD within 15 years"): the group and the condition are
    both named, the condition by the lexicon, so another disease named there does not make the
    figure another page's. The measure is "<group> who <verb> <condition ...>".
A negated or hedged clause and an outcome that is no condition ("have a good outcome") give
nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import NEGATION

_SHARE_OF = re.compile(
    r"^\s+of\s+(?:the\s+|all\s+)?(?P<g>(?:[\w-]+\s+){0,2}?(?:people|persons|patients|adults|"
    r"children|Americans|women|men)\b[^.;:]{0,50}?)\s+(?P<v>(?:(?:will|also|eventually|later|"
    r"usually|often)\s+)?(?:(?:are|were)\s+diagnosed\s+with|develop|developed|have|had|get|"
    r"go on to develop|experience|experienced))\s+(?P<x>[^.;:,]{3,80})",
    re.IGNORECASE,
)
# Words that only say when or how sure, dropped from the verb: "will have" -> "have"
_VERB_ADVERB = re.compile(r"^(?:(?:will|also|eventually|later|usually|often)\s+)+", re.I)
_HEDGE = re.compile(r"\b(?:may|might|could|can|possibly|probably)\b", re.IGNORECASE)
# Where the condition's phrase ends: a relative clause, a reason, a contrast
_CLAUSE_END = re.compile(
    r"\s+(?:which|who|that|because|when|if|even|but|although|while|whereas)\b.*$", re.I
)


def share_measure(dc: DocContext, seg: Segment, m: re.Match[str]) -> str | None:
    """The measure of the share a percentage ending at ``m`` counts, or None."""
    rest = seg.text[m.end() :]
    return _people_with(dc, rest)


def _people_with(dc: DocContext, rest: str) -> str | None:
    """ "of people with SLE are diagnosed with lupus nephritis" -> "people with SLE who are
    diagnosed with lupus nephritis"; None unless the condition is one the lexicon names."""
    share = _SHARE_OF.match(rest)
    if share is None or NEGATION.search(share.group(0)) or _HEDGE.search(share.group(0)):
        return None
    what = _CLAUSE_END.sub("", share.group("x")).strip()
    if len(what.split()) > 10:
        return None  # a long clause is no name of what the share has
    named = [x for x in dc.find(what) if x.hit("condition") is not None]
    if not named or named[0].start > 3:
        return None  # "have a good outcome": not a condition
    group = " ".join(share.group("g").split())
    verb = _VERB_ADVERB.sub("", " ".join(share.group("v").lower().split()))
    return f"{group} who {verb} {what}"
