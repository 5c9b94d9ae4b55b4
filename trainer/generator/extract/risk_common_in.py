"""Risk factors told by the group of people in whom a condition is more common.

"Sarcoidosis is more common among Asians and Caucasians", "X is more common in people of
Nordic descent", "X mainly affects newborns and infants": the group is the factor, worded as a
trait ("Nordic descent", "African American" from "African American adults") or kept whole when
it is a group defined by what its members do or are ("institutionalized children", "primary
caregivers of sick children"). A group that is one sex alone is read by the sex reader
(:mod:`.risk_cues` ``MORE_COMMON_IN``), a group "who have A" / "with A" by
:mod:`.risk_conditions`; an age band ("older adults", "people as they grow older") is worded
"older age" or "younger age", and a place ("in the tropics") is no group. The condition the
sentence opens with must be the one whose factors are read (:func:`.risk_sex.of_something_else`:
a symptom or another condition gives nothing), and a negated, hedged or "less common" sentence
gives nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.factors import clause_before
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.risk_sex import of_something_else

# "X is (much) more common in/among GROUP", "X mainly affects GROUP"
_CUE = re.compile(
    # ("X is most common in older people": the group it is commonest in)
    r"\b(?:(?:(?:much|far|also|slightly)\s+)?(?:more|most)\s+(?:common|frequent|prevalent)\s+"
    r"(?:in|among|within)|(?:mainly|mostly|primarily|usually|most\s+often)\s+affects?|"
    r"affects?\s+(?:mainly|mostly|primarily))\s+(?P<g>[^.;:()]{3,150})",
    re.IGNORECASE,
)
# where the group ends: a comparison, another clause
_GROUP_END = re.compile(
    r"\s+than\b|,\s*(?:but|which|who|although|while|especially|particularly|though)\b|"
    r"\s+(?:because|when|after|before|during|if)\b",
    re.IGNORECASE,
)
# a belief or a possibility said of the statement
_HEDGE = re.compile(
    r"\b(?:may|might|could|seems?|appears?|thought|believed|possibly|probably|suggest\w*|"
    r"unclear|whether)\b",
    re.IGNORECASE,
)
# an apposition that makes the sentence's subject one form of the condition
_A_KIND_OF = re.compile(
    r",\s*(?:a|an|one)\s+(?:\w+\s+)?(?:type|form|kind|subtype|variant|variety)\s+of\b", re.I
)
# the words that join the groups of a series ("in A, in B, and in C", "A and B")
_JOIN = re.compile(r",\s*(?:and\s+|or\s+)?(?:in\s+|among\s+)?|\s+(?:and|or)\s+(?:in\s+|among\s+)?")
_SEX_ONLY = re.compile(
    r"(?:(?:older|younger|young|elderly|adult)\s+)?(?:boys|men|males|girls|women|females)",
    re.IGNORECASE,
)
# an age band named as a group: "older adults", "people as they grow older"
_OLDER = re.compile(
    r"(?:older|elderly|aging|ageing)\s+(?:people|persons|adults|individuals|patients)|the\s+elderly|"
    r"(?:people|persons|adults)\s+as\s+they\s+(?:grow|get|become)\s+older",
    re.IGNORECASE,
)
# an age bound named as a group: "people over age 40", "adults older than 65"
_AGE_OVER = re.compile(
    r"(?:people|persons|adults|individuals|patients|those)\s+(?:over|older\s+than|above)\s+"
    r"(?:the\s+)?(?:age\s+(?:of\s+)?)?(?P<n>\d{1,3})(?:\s+years(?:\s+old)?)?",
    re.IGNORECASE,
)
_YOUNGER = re.compile(r"(?:younger|young)\s+(?:people|persons|adults|individuals|patients)", re.I)
# a word that makes the group a quantity, a reference back or an age band, not a trait
_NOT_A_TRAIT = re.compile(
    r"^(?:these|those|such|this|the|some|many|most|all|other|certain|older|younger|young|"
    r"elderly|middle-aged|adult|school-age|people|persons)\b",
    re.IGNORECASE,
)
_ANCESTRY = re.compile(
    r"^(?:people|persons|individuals|those|families)\s+of\s+(?P<e>(?:[\w-]+\s+){1,3}"
    r"(?:descent|origin|ancestry|heritage|background))$",
    re.IGNORECASE,
)
# "African American adults": the trait before a general word for people
_TRAIT_PEOPLE = re.compile(
    r"^(?P<t>(?:[\w-]+\s+){0,2}[\w-]+)\s+(?:adults|people|persons|individuals|populations?)$",
    re.IGNORECASE,
)
# "Asians", "African Americans", "Whites": a people named by a capitalised plural
_PEOPLE_NAME = re.compile(r"^(?:[A-Z][a-z]+\s+)?[A-Z][a-z]{2,}s$")
# a group defined by what its members do or are: words before a noun for people
_DEFINED_GROUP = re.compile(
    r"^(?:[\w-]+\s+){1,3}(?:children|infants|newborns|babies|toddlers|teens|teenagers|"
    r"adolescents|workers|caregivers|caretakers|travell?ers|residents|smokers|drinkers|"
    r"veterans|soldiers|athletes|farmers|miners)(?:\s+of\s+[\w\s-]{2,40})?$",
    re.IGNORECASE,
)


def common_in_groups(dc: DocContext, disease: str, body: str) -> list[str]:
    """The groups ``body`` says ``disease`` is more common in, worded as factors."""
    low = body.lower()
    if "common" not in low and "frequent" not in low and "prevalent" not in low and (
        "affect" not in low
    ):
        return []  # a cheap test first: most sentences say nothing of the kind
    out: list[str] = []
    for m in _CUE.finditer(body):
        before = clause_before(body, m.start())
        if NEGATION.search(before + m.group(0)[:40]) or _HEDGE.search(before):
            continue
        if of_something_else(dc, disease, body, m) or _A_KIND_OF.search(before):
            # "Pain is more common in ...", another condition's group; "Y, a rare form of X,
            # is more common in ...": the group of the form, not of X
            continue
        group = m.group("g")
        end = _GROUP_END.search(group)
        group = group[: end.start()] if end else group
        out += [w for part in _JOIN.split(group.strip(" ,")) if (w := _worded(part.strip()))]
    return out


# "people who have had acne", "those with diabetes": a group told by what its members have
_HAVING_GROUP = re.compile(
    r"(?:people|persons|those|adults|children|women|men)\s+(?:who\s+(?:have|has)\s+"
    r"(?:had\s+)?|with\s+)(?P<a>(?!a\s+(?:family|history)\b)[a-z][\w\s-]{2,40})",
    re.IGNORECASE,
)


def _worded(group: str) -> str | None:
    """The factor a group names, or None when it names no trait."""
    group = re.sub(r"^(?:in|among|within)\s+", "", group, flags=re.IGNORECASE)
    if not group or _SEX_ONLY.fullmatch(group):
        return None
    if has := _HAVING_GROUP.fullmatch(group):
        return has.group("a")  # "people who have had acne" among other groups: acne
    if re.search(r"\b(?:who|with|that)\b", group, re.IGNORECASE):
        return None  # a group told by a clause of another shape
    if _OLDER.fullmatch(group):
        return "older age"
    if a := _AGE_OVER.fullmatch(group):
        return f"age over {a.group('n')}"
    if _YOUNGER.fullmatch(group):
        return "younger age"
    if a := _ANCESTRY.match(group):
        return a.group("e")
    if _NOT_A_TRAIT.match(group):
        return None
    if t := _TRAIT_PEOPLE.match(group):
        return t.group("t")
    if _PEOPLE_NAME.match(group) or _DEFINED_GROUP.match(group):
        return group
    return None
