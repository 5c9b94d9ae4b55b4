"""risk_factor from a group of people said to be at risk of the page's condition: "Animal
herders, livestock workers, and slaughterhouse workers in endemic areas are at risk of X",
"Veterinarians are at increased risk for X", "People who work with sheep are at higher risk of
X" (the habit worded as a gerund: "working with sheep"), "Children between the ages of 6 months
and 3 years have the highest risk of getting X".

Why a reader of its own: :mod:`.risk_cues` reads what a group has ("People who have A are at
risk": the factor is A); a group told by its work, place or age is itself the factor, the way
the keys of a "Who is at risk" page list it. The risk must be of the page's topic, named whole
("of X", "for the disease"): "Patients are at risk of infection" on another page gives nothing.
A group that points back ("These people", "Some children"), what a group has (left to the
reader above), a group defined by another risk ("People at risk for A are also at risk for
X": a chain of risks, whose first link the page states elsewhere), a negated or doubted
sentence give nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.factors import UNPROVEN, as_factor, list_members
from trainer.generator.extract.patterns import NEGATION, SENTENCE_BREAK, drop_parens
from trainer.generator.extract.risk_causes import is_topic
from trainer.generator.extract.risk_clauses import who_habit
from trainer.generator.extract.risk_factor_phrases import factor

_AT_RISK = re.compile(
    # (not "may be at risk": a possibility the writer leaves open)
    r"^(?P<g>[^;:]{3,160}?)\s+(?:(?:are|is)\s+(?:(?:also|often|especially)\s+)?"
    r"at\s+(?:an?\s+)?(?:(?:high|higher|increased|greater|elevated|particular|special|"
    r"greatest|highest)\s+)?|"
    # "Children between 6 months and 3 years have the highest risk of getting X"
    r"(?:have|has)\s+(?:(?:also|often)\s+)?(?:an?\s+|the\s+)?(?:high|higher|increased|greater|"
    r"elevated|greatest|highest)\s+)risk\s+(?:of|for)\s+(?:(?:getting|developing|contracting|"
    r"acquiring)\s+)?(?P<d>[^,.;()]{2,60}?)(?=\s+(?:through|because|due|if|when|by|from|in|"
    r"while|after)\b|\s*$|\s*,)",
    re.IGNORECASE,
)
# A person noun: the group names people
_PEOPLE = re.compile(
    r"\b(?:people|persons|individuals|children|kids|infants|babies|adults|teens|women|men|"
    r"residents|members|staff|personnel|employees|"
    r"patients|anyone|those|fishermen|nurses|doctors|immigrants|"
    # an agent noun names people by what they do: "shearers", "dentists", "attendants"
    r"[a-z]{3,}(?:ers|ists|ians|ants))\b",
    re.IGNORECASE,
)
# What a group has, read by :mod:`.risk_cues`; a group pointed back to
_HOLDER = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:people|persons|individuals|children|adults|women|men|patients|"
    r"those|anyone|someone)\s+(?:with|who\s+(?:have|has|had))\s",
    re.IGNORECASE,
)
_POINTER = re.compile(r"^(?:these|those|such|some|certain|they|many|most)\b", re.IGNORECASE)
_WHO = re.compile(r"^(?P<h>(?:[\w-]+\s+){0,2}?(?:people|persons|those|anyone|adults|children))\s+"
                  r"(?P<c>who\s+.+)$", re.IGNORECASE)
_GROUP_AT_RISK_OF = re.compile(
    r"^(?:people|persons|those|anyone|individuals|patients)\s+(?:who\s+are\s+)?at\s+"
    r"(?:(?:high|higher|increased|greater)\s+)?risk\s+(?:for|of)\s+(?P<a>[^,;]{2,60})$",
    re.IGNORECASE,
)
_SEX_ONLY = re.compile(r"^(?:the\s+)?(?:women|men|boys|girls|males|females)$", re.IGNORECASE)
_DOUBT = re.compile(r"\b(?:might|possibly|unclear|unknown|whether|suggest\w*)\b", re.IGNORECASE)


def group_factors(dc: DocContext, body: str) -> list[tuple[str, str]]:
    """(topic, group) for each group a sentence of ``body`` says is at risk of the topic."""
    topic = dc.main_disease
    if topic is None or "risk" not in body.lower():
        return []
    out: list[tuple[str, str]] = []
    for sentence in SENTENCE_BREAK.split(body):
        s = drop_parens(sentence.strip().rstrip("."))
        m = _AT_RISK.match(s)
        if m is None or NEGATION.search(s) or UNPROVEN.search(s) or _DOUBT.search(s):
            continue
        if not (is_topic(dc, m.group("d")) or _names_topic(m.group("d"), topic)):
            continue  # the risk of something else
        group = m.group("g").strip()
        if re.search(r"\b(?:may|might|could|can)$", group, re.IGNORECASE):
            continue  # "may have a higher risk": a possibility the writer leaves open
        if _POINTER.match(group) or _HOLDER.search(group):
            continue  # pointed back to, or what the group has (read elsewhere)
        if _GROUP_AT_RISK_OF.match(group):
            continue  # "People at risk for A are also at risk for X": a chain of risks
        out += [(topic, typed) for typed in group_members(dc, group)]
    return out


def group_members(dc: DocContext, group: str) -> list[str]:
    """The factors a group of people said to be at risk names: each member naming people,
    worded as a factor ("people who work with sheep" -> "working with sheep"); a sex alone is
    left to the readers of sex differences."""
    out: list[str] = []
    for member in list_members(dc, group):
        member = member.strip()
        who = _WHO.match(member)
        if who:
            member = who_habit(who.group("c"))  # "people who work with sheep"
        elif not _PEOPLE.search(member) or _SEX_ONLY.match(member):
            continue  # no group of people; a sex alone (its factor is read elsewhere)
        for f in factor(dc, member) if member else []:
            typed = as_factor(dc, f)
            if typed and not is_topic(dc, typed):
                out.append(typed)
    return out


def _names_topic(text: str, topic: str) -> bool:
    """ "the disease", "this infection", or the topic's own words."""
    t = re.sub(r"^(?:the|this)\s+", "", text.strip().lower())
    return (t in ("disease", "infection", "illness", "condition") and text.lower().startswith(
        ("the ", "this ")
    )) or t == topic.lower()
