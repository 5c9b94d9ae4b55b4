"""Risk factors told by the groups of people a condition is named before.

"People most at risk for pyelonephritis are those who have a bladder infection and those with a
structural problem in the urinary tract" -> "bladder infection", "structural problem in the
urinary tract"; "Straddle injuries are most common among people who ride motorcycles and
children who use playground equipment" -> "riding motorcycles", "using playground equipment".
Each group is a noun for people with what defines it: "who have A" and "with A" give A, "who
ride A" the habit ("riding A"), "who are A" what they are. A group with no such clause ("older
people", "those") gives nothing here: the age and sex readers word such groups. Only the
condition the caller names counts, and a negated or doubted sentence gives nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.risk_clauses import completing_item, who_habit

_PEOPLE = (
    r"(?:people|persons|individuals|patients|those|adults|children|kids|infants|babies|"
    r"teens|teenagers|adolescents|men|women|boys|girls|anyone|workers)"
)
# "The people most at risk for X are", "Those at highest risk of X include", "People most
# likely to get X are"
_MOST_AT_RISK = re.compile(
    rf"\b{_PEOPLE}\s+(?:who\s+are\s+)?(?:(?:most|at\s+(?:the\s+)?(?:highest|greatest|most))\s+"
    r"(?:at\s+)?risk\s+(?:for|of)\s+(?:getting\s+|developing\s+|having\s+)?|"
    r"most\s+likely\s+to\s+(?:get|develop|have|catch)\s+)"
    r"(?P<y>[^,.;:]{2,60}?)\s+(?:are|include)\s+(?P<g>[^.;:]{4,300})",
    re.IGNORECASE,
)
# "X is most common among people who ride bikes": a group defined by a clause ("in people with
# A" after "more common" is read by :mod:`.risk_conditions`)
_MOST_COMMON_AMONG = re.compile(
    # ("X most often occurs in people who are middle aged")
    r"\b(?:most\s+(?:common|frequent)|(?:most\s+often|mostly|mainly)\s+(?:occurs?|develops?)|"
    r"occurs?\s+most\s+often)\s+(?:in|among)\s+"
    rf"(?P<g>{_PEOPLE}\s+(?:who|with)\b[^.;:]{{2,300}})",
    re.IGNORECASE,
)
# where one group ends and the next begins: "..., and those with B", "... and children who"
_NEXT_GROUP = re.compile(rf",?\s+(?:and|or)\s+(?={_PEOPLE}\s+(?:who|with)\b)|,\s+(?={_PEOPLE}\s+"
                         r"(?:who|with)\b)", re.IGNORECASE)
_DEFINED = re.compile(
    rf"^{_PEOPLE}\s+(?:(?P<with>with|who\s+(?:have|has|had|have\s+had))\s+|(?P<who>who\s+.+))",
    re.IGNORECASE,
)
# a doubt said of the statement
_DOUBT = re.compile(
    r"\b(?:may|might|could|possibly|probably|unclear|not\s+clear|suggest\w*|believe\w*|"
    r"think|thought)\b",
    re.IGNORECASE,
)
# "a structural, or anatomic, problem": another word for the adjective before, no second member
_GLOSS = re.compile(r",\s+or\s+[\w-]+,\s+")
# where a group's clause ends: a comparison, another clause, a reason
_GROUP_END = re.compile(
    r"\s+than\b|,\s*(?:but|which|so|because|although|though|while|especially)\b|"
    r"\s+(?:because|since|although|while)\b",
    re.IGNORECASE,
)


def group_clause_factors(body: str, topic_words: tuple[str, ...]) -> list[tuple[str, bool]]:
    """The factor phrases of the groups ``body`` names as most at risk of, or most often
    having, the condition whose name holds one of ``topic_words`` (lower case), each with
    whether it is a list of what the group has (to be split into members by the caller) rather
    than one habit ("riding motorcycles, bikes, or horses" is one)."""
    low = body.lower()
    if "most" not in low and "highest" not in low and "greatest" not in low and (
        "mainly" not in low
    ):
        return []  # a cheap test first: every wording here says one of these
    out: list[tuple[str, bool]] = []
    for m in _MOST_AT_RISK.finditer(body):
        said = m.group("y").lower()
        if any(w in said for w in topic_words) and _plain(body, m.start(), m.group(0)):
            out += _factors(m.group("g"))
    for m in _MOST_COMMON_AMONG.finditer(body):
        before = body[: m.start()].lower()
        if any(w in before for w in topic_words) and _plain(body, m.start(), m.group(0)):
            out += _factors(m.group("g"))
    return out


def _plain(body: str, start: int, said: str) -> bool:
    """Whether the statement is neither negated nor doubted."""
    lead = body[max(0, start - 60) : start]
    return not NEGATION.search(lead + said) and not _DOUBT.search(lead + said)


def _factors(groups: str) -> list[tuple[str, bool]]:
    end = _GROUP_END.search(groups)
    groups = groups[: end.start()] if end else groups
    groups = _GLOSS.sub(" ", groups)
    out: list[tuple[str, bool]] = []
    for group in _NEXT_GROUP.split(groups.strip(" ,")):
        d = _DEFINED.match(group.strip())
        if d is None:
            continue
        if d.group("with"):
            out.append((group.strip()[d.end("with") :].strip(" ,"), True))
        elif re.match(r"who\s+(?:are|is)\s", d.group("who"), re.IGNORECASE):
            # "who are middle aged and overweight": what they are, each trait a member
            trait = re.sub(r"^who\s+(?:are|is)\s+", "", d.group("who"), flags=re.IGNORECASE)
            out.append((trait.strip(" ,."), True))
        elif (said := who_habit(d.group("who"))) and not said.lower().startswith("who "):
            out.append(((completing_item(said) or said).strip(" ,"), False))
    return [(f, listed) for f, listed in out if f]
