"""numeric: the share of a group a percentage counts, read from the words after "N percent of".

A plain statement of fact with a clear subject (what the share counts):
  * "<N percent> of <people> <have / develop / experience / are diagnosed with> <condition>"
    ("Up to 60 percent of people with SLE are diagnosed with lupus nephritis", "Up to 40
    percent of adults with X will have CKD within 15 years"): the group and the condition are
    both named, the condition by the lexicon, so another disease named there does not make the
    figure another page's. The measure is "<group> who <verb> <condition ...>".
When the group is the page's own patients ("70 percent of people with asthma have a cough at
night"), what a share of them has is the page's finding even where the lexicon does not know
its name; an outcome, a chance, bare "symptoms" or the disease itself is no such finding.
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
    r"children|Americans|women|men))\s+(?:who|that)\s+(?:have\s+had|have|has|had)\s+"
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
    before = seg.text[: m.start()]
    return _people_with(dc, rest, before) or _what_affects(dc, before, rest)


def group_measure(dc: DocContext, rest: str, before: str) -> str | None:
    """The measure of a share told as " of <group> <verb> <what>" (``rest``), the words
    ``before`` the figure giving the page's condition where the group does not: the reading
    of :func:`share_measure` for a figure that is no percentage ("1 in 5 people with X ...")."""
    return _people_with(dc, _ASIDE.sub(" ", rest), before)


# "..., but kidney failure affects only about 1 percent of children with HSP": what the share
# has, told before the figure as the subject of its clause
_HAS_BEFORE = re.compile(
    r"(?:^|[,;:]\s+(?:but\s+|and\s+|while\s+)?|\.\s+)(?P<y>[A-Za-z][\w'’ -]{2,40}?)\s+"
    r"(?:affects?|occurs?\s+in|develops?\s+in|(?:is|are)\s+(?:seen|found)\s+in)\s+"
    r"(?:only\s+)?$",
    re.IGNORECASE,
)
_OF_OWN = re.compile(
    r"^\s+of\s+(?:all\s+|the\s+)?(?P<g>(?:[\w-]+\s+){0,2}?(?:people|persons|patients|adults|"
    r"children|women|men))\s+(?:with|who\s+have)\s+(?P<c>[^.;:,]{2,50}?)\s*(?:[.;:,]|$)",
    re.IGNORECASE,
)


def _what_affects(dc: DocContext, before: str, rest: str) -> str | None:
    """ "kidney failure affects only about 1 percent of children with HSP" -> "children with
    HSP who have kidney failure": the group must be the page's own patients, what they have a
    short name at the head of its clause, neither hedged nor negated."""
    has, of = _HAS_BEFORE.search(before), _OF_OWN.match(rest)
    if has is None or of is None or not _names_topic(dc, of.group("c")):
        return None
    what = " ".join(has.group("y").split())
    if NEGATION.search(has.group(0)) or _HEDGE.search(has.group(0)) or not _plain_finding(what):
        return None
    if re.match(r"(?:it|this|that|they|which)\b", what, re.IGNORECASE):
        return None  # a pronoun: what it stands for is said elsewhere
    group = " ".join(of.group("g").split())
    return f"{group} with {' '.join(of.group('c').split())} who have {what[:1].lower()}{what[1:]}"


# An aside between two dashes, no part of the group or of what it has
_ASIDE = re.compile(r"\s*[—–]\s*[^—–.;:]{1,60}?\s*[—–]\s*")


def _people_with(dc: DocContext, rest: str, before: str) -> str | None:
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
    group = " ".join(share.group("g").split())
    named = [x for x in dc.find(what) if x.hit("condition") is not None]
    if (not named or named[0].start > 3) and not (
        _names_topic(dc, group if who is None else who.group("c")) and _plain_finding(what)
    ):
        return None  # "have a good outcome": not a condition
    if who is None and unnamed_group(group) and not _names_topic(dc, what + " " + before):
        return None  # "10 percent of patients develop gallstones" on another condition's
        # page: whose patients (those given some drug, or everyone) the sentence does not say
    if who is not None:
        group = f"{group} with {' '.join(who.group('c').split())}"  # "people with FA"
    verb = _VERB_ADVERB.sub("", " ".join(share.group("v").lower().split()))
    return f"{group} who {verb} {what}"


# What a share of the page's own patients has that is no finding: an outcome, a chance, the
# disease itself, or a pronoun
_NO_FINDING = re.compile(
    r"^(?:an?\s+|the\s+|their\s+|no\s+)?(?:(?:good|better|poor|worse|normal|high|low|"
    r"similar|same|different)\b|outcomes?\b|prognosis\b|chances?\b|risks?\b|it\b|this\b|"
    r"them\b|treatment\b|symptoms?\b|signs?\b|(?:the\s+)?(?:condition|disease|illness)\b|"
    r"access\b|insurance\b|children\b|family\b|\d)",
    re.IGNORECASE,
)


# A group told by its noun alone, or with a word or two before it ("patients", "older adults")
_BARE_GROUP = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:people|persons|patients|adults|children|Americans|women|men)$",
    re.IGNORECASE,
)


def unnamed_group(group: str) -> bool:
    """Whether a group names no condition of its own ("patients", "older adults"): a share
    of it that has a condition other than the page's counts people the sentence does not
    name (those given a drug, or everyone), so the figure is no fact of either condition."""
    return _BARE_GROUP.match(group.strip()) is not None


def _names_topic(dc: DocContext, group: str) -> bool:
    """Whether a group is the page's own patients ("people with asthma"): what a share of them
    has is then the page's finding, even where the lexicon does not know its name."""
    main = dc.main_disease
    if not main:
        return False
    return any(
        (h := x.hit("condition")) is not None and dc.same_disease(h.name, main)
        for x in dc.find(group)
    ) or main.lower() in group.lower()


def _plain_finding(what: str) -> bool:
    """A short noun phrase a share of the page's patients has ("a rash", "abnormal chest
    X-rays"); an outcome, a chance or the disease itself is no finding a card can name."""
    words = what.split()
    return 0 < len(words) <= 5 and not _NO_FINDING.match(what)
