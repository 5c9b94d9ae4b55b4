"""Which phase of a sentence a drug or a duration belongs to, and phases coordinated with one.

A sentence may name several phases; a drug or a span belongs to the one named in its clause
before it, or to one right after it worded as what it is given in ("X is added to induction",
"X as second-line therapy", "X for patients with refractory disease", "X is used with A as
first-line therapy and with B as second-line therapy", which gives X both). Phases joined by "and"
or commas share what follows or precedes them ("induction and consolidation use X"). Split
from :mod:`.phase_names`, which tells which phases a sentence speaks of.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import Segment
from trainer.generator.extract.phase_settings import CLAUSE_BREAK
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit


def owner(seg: Segment, phases: list[Mention], pos: int, context: Unit | None,
           end: int | None = None) -> Mention | None:
    """The phase a duration or drug at ``pos`` (ending at ``end``) belongs to."""
    if context is not None:
        return phases[0]
    if len({m.name("phase") for m in phases}) == 1:
        return phases[0]
    if end is not None:
        # "maintenance over 2 years, with intrathecal methotrexate as CNS prophylaxis"
        named_as = next((p for p in phases if p.start >= end and _AS_PHASE.fullmatch(
            seg.text[end : p.start])), None)
        if named_as is not None:
            return named_as
    before = [m for m in phases if m.end <= pos and not CLAUSE_BREAK.search(seg.text[m.end : pos])]
    if before:
        return before[-1]
    stop = pos if end is None else end
    after = [m for m in phases if m.start >= stop and (
        len(seg.text[stop : m.start].split()) <= 3 or GIVEN_IN.fullmatch(seg.text[stop : m.start])
        or _FOR_SETTING.fullmatch(seg.text, stop, m.start) is not None
        or WITH_PARTNER_AS.fullmatch(seg.text, stop, m.start) is not None
    )]
    return after[0] if after else None


# "X is approved to be used with letrozole as first-line therapy": the drug, its partner, then
# the phase both are given in (the partner is read as the phase's drug by the nearer reading)
WITH_PARTNER_AS = re.compile(
    r"(?:\s*\([^()]{0,40}\))*,?\s+(?:is|are|can\s+be|may\s+be|will\s+be)\s+"
    r"(?:(?:also|now|usually|often)\s+)?(?:(?:approved|indicated|recommended)\s+(?:to\s+be\s+)?)?"
    r"(?:used|given|taken|combined)\s+(?:together\s+)?(?:with|plus)\s+"
    r"(?!(?:or|without|versus|placebo)\b)[^;:.!?]{1,60}?\s+as\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?",
    re.IGNORECASE,
)
# "... with letrozole as first-line therapy for advanced disease and with fulvestrant as
# second-line therapy": a parallel partner and phase, which the drug before both shares
_AND_WITH_AS = re.compile(
    r"[^;:.!?]{0,150}?(?:,\s*)?\s+and\s+(?:with|plus)\s+(?!(?:or|without|versus|placebo)\b)"
    r"[^;:.!?]{1,60}?\s+as\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?",
    re.IGNORECASE,
)


def with_partner_phases(text: str, phases: list[Mention], drug_end: int,
                        first: Mention) -> list[Mention]:
    """The later phases a drug is said to be given in with other partners ("X is used with A
    as first-line therapy and with B as second-line therapy"), when the drug ending at
    ``drug_end`` reaches ``first`` through a partner; none otherwise."""
    if WITH_PARTNER_AS.fullmatch(text, drug_end, first.start) is None:
        return []
    out: list[Mention] = []
    last = first
    for p in phases:
        if p.start > last.end and _AND_WITH_AS.fullmatch(text, last.end, p.start):
            out.append(p)
            last = p
    return out


# "the FDA approved sorafenib for the treatment of patients with radioactive iodine-refractory
# thyroid cancer": the drug, then the patients it is for, whose disease's state is the setting
_FOR_SETTING = re.compile(
    r"(?:\s*\([^()]{0,40}\))?\s*,?\s+(?:for|to\s+treat)\s+(?:the\s+treatment\s+of\s+)?(?:(?:adult|child|pediatric|"
    r"older|younger|adolescent)?\s*(?:patients|people|adults|children|women|men)\s+"
    r"(?:with|whose)\s+)?(?:[\w-]+\s+){0,4}?(?:[\w]+-)?",
    re.IGNORECASE,
)


# "fulvestrant (Faslodex) as second-line therapy", "X is approved to be used as induction
# therapy and consolidation therapy": a brand in brackets, or the verb of use, may stand between
_AS_PHASE = re.compile(
    r"(?:\s*\([^()]{0,40}\))?(?:\s+(?:is|are)\s+(?:also\s+)?(?:approved\s+|indicated\s+)?"
    r"(?:to\s+be\s+)?(?:used|given))?\s+(?:as|for)\s+(?:the\s+)?(?:[\w-]+\s+)?", re.IGNORECASE
)
# "Rituximab should be added to induction", "Imatinib, a first-generation TKI, is an acceptable
# alternative in induction", "The TKI should be continued through consolidation",
# "nelarabine-based salvage therapy": the drug, then the phase it is given in.
GIVEN_IN = re.compile(
    r"(?:\s*,[^,;.]{1,50},)?\s+(?:is|are|should be|can be|may be|must be|will be|was|were)\s+"
    r"(?:(?:also|then|usually|often|only)\s+)?(?:(?:added|given|used|continued|included|"
    # "Rituximab is often used as part of induction therapy"
    r"started)\s+(?:to|in|during|through|throughout|for|as\s+(?:a\s+)?part\s+of)|"
    r"(?:an?\s+)?(?:\w+\s+)?(?:alternative|"
    r"option|choice)\s+(?:in|for|during))\s+(?:the\s+)?|-based\s+|-containing\s+|"
    # "Corticosteroids are effective in bringing on remission", "Biologic therapies work
    # quickly to bring on remission": what the drugs do is the phase's aim
    r"\s+(?:are|is)\s+(?:(?:very|highly|often|usually)\s+)?effective\s+(?:in|for|at)\s+|"
    r"\s+works?\s+(?:\w+\s+)?to\s+|"
    # "Antibiotics are the main treatment": what the course is
    r"\s+(?:is|are)\s+(?:(?:usually|often|generally)\s+)?the\s+(?:main|usual|standard|primary|"
    r"best|most\s+common)\s+|"
    # "Intrathecal methotrexate is the mainstay of CNS prophylaxis"
    r"\s+(?:is|are)\s+(?:the\s+|a\s+)?(?:mainstay|backbone|basis|cornerstone|core)\s+"
    r"(?:of|for|in)\s+(?:the\s+)?",
    re.IGNORECASE,
)


_AND_AGAIN = re.compile(
    r"\s*(?:,\s*)?(?:and|or|then)?\s*(?:again|also|later)?\s*"
    # "... through consolidation and maintenance, and restarted as post-transplant maintenance"
    r"(?:(?:re-?started|resumed|continued|given|used)\s+)?(?:in|during|as)?\s*(?:the\s+)?",
    re.IGNORECASE,
)


def coordinated(text: str, phases: list[Mention], first: Mention) -> list[Mention]:
    """``first`` and the phases listed right after it ("in induction and again in delayed
    intensification")."""
    out = [first]
    for p in phases:
        if p.start > out[-1].end and _AND_AGAIN.fullmatch(text[out[-1].end : p.start]):
            out.append(p)
    return out


# "Induction and consolidation use X", "first- and second-line treatment may include X": phases
# coordinated before the drugs share them
_AND_BEFORE = re.compile(
    r"-?\s*(?:,\s*)?(?:and|or|and/or|as\s+well\s+as)\s+(?:the\s+|in\s+|during\s+)?|-?\s*/\s*",
    re.IGNORECASE,
)


def coordinated_before(text: str, phases: list[Mention], last: Mention) -> list[Mention]:
    """``last`` and the phases coordinated right before it ("induction and consolidation")."""
    out = [last]
    for p in sorted(phases, key=lambda x: -x.start):
        if p.end > out[0].start:
            continue
        if _AND_BEFORE.fullmatch(text, p.end, out[0].start) or (
            len(out) > 1 and _COMMA.fullmatch(text, p.end, out[0].start)
        ):  # "induction, consolidation and maintenance": commas before the last "and"
            out.insert(0, p)
    return out


_COMMA = re.compile(r"-?\s*,\s*")
