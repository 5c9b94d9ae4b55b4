"""numeric: the share of a group a percentage counts, read from the words after "N percent of".

A plain statement of fact with a clear subject (what the share counts):
  * "<N percent> of <people> <have / develop / experience / are diagnosed with> <condition>"
    ("Up to 60 percent of people with SLE are diagnosed with lupus nephritis", "Up to 40
    percent of adults with X will have CKD within 15 years"): the group and the condition are
    both named, the condition by the lexicon, so another disease named there does not make the
    figure another page's. The measure is "<group> who <verb> <condition ...>".
A group told by a relative clause ("10 percent of people who have FA develop leukemia") is
named with it ("people with FA who develop leukemia"). A negated or hedged clause, an outcome
that is no condition ("have a good outcome", "develop the condition") and a group holding
another group's share ("30 percent of children and up to 70 percent of infants") give nothing.
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


# "of people who have FA develop leukemia": a group told by a relative clause, then the main
# verb; the relative clause is part of the group ("people with FA"), not what the share has
_SHARE_OF_WHO = re.compile(
    r"^\s+of\s+(?:the\s+|all\s+)?(?P<g>(?:[\w-]+\s+){0,2}?(?:people|persons|patients|adults|"
    r"children|Americans|women|men))\s+(?:who|that)\s+(?:have|has|had)\s+"
    r"(?P<c>[^.;:,]{2,50}?)\s+(?P<v>(?:(?:will|also|eventually|later|usually|often)\s+)?"
    r"(?:(?:are|were)\s+diagnosed\s+with|develop|developed|have|had|get|go on to develop|"
    r"experience|experienced))\s+(?P<x>[^.;:,]{3,80})",
    re.IGNORECASE,
)
# Another figure inside the group: "30 percent of children and up to 70 percent of infants":
# two groups, each with its own share
_FIGURE = re.compile(r"\d\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)


def share_measure(dc: DocContext, seg: Segment, m: re.Match[str]) -> str | None:
    """The measure of the share a percentage ending at ``m`` counts, or None."""
    rest = _ASIDE.sub(" ", seg.text[m.end() :])  # "type 2 diabetes—the common type—also"
    return _people_with(dc, rest)


# An aside between two dashes, no part of the group or of what it has
_ASIDE = re.compile(r"\s*[—–]\s*[^—–.;:]{1,60}?\s*[—–]\s*")


def _people_with(dc: DocContext, rest: str) -> str | None:
    """ "of people with SLE are diagnosed with lupus nephritis" -> "people with SLE who are
    diagnosed with lupus nephritis"; None unless the condition is one the lexicon names."""
    who = _SHARE_OF_WHO.match(rest)
    share = who or _SHARE_OF.match(rest)
    if share is None or NEGATION.search(share.group(0)) or _HEDGE.search(share.group(0)):
        return None
    if _FIGURE.search(share.group("g")) or (who is None and re.search(
        r"\b(?:who|that)$", share.group("g").strip(), re.IGNORECASE
    )):
        return None  # two groups with their own shares; a relative clause read as the verb
    what = _CLAUSE_END.sub("", share.group("x")).strip()
    if len(what.split()) > 10:
        return None  # a long clause is no name of what the share has
    named = [x for x in dc.find(what) if x.hit("condition") is not None]
    if not named or named[0].start > 3:
        return None  # "have a good outcome": not a condition
    group = " ".join(share.group("g").split())
    if who is not None:
        group = f"{group} with {' '.join(who.group('c').split())}"  # "people with FA"
    verb = _VERB_ADVERB.sub("", " ".join(share.group("v").lower().split()))
    return f"{group} who {verb} {what}"
