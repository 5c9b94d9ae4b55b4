"""The factors one item of a prognosis list states: a "Label: explanation" factor with its
direction when the explanation gives one, a direction label over a list of factors
("Favourable: A; B"), or an item asked as a question ("Whether the cancer has spread"), kept
as what it asks.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.factors import list_members
from trainer.generator.extract.prognosis_phrases import (
    asked_factor,
    direction,
    factor,
    list_text,
    short_factor,
)
from trainer.generator.lexicon import Mention

_PATIENTS_WITH = re.compile(
    r"\b(?:patients|people|children|adults|those)\s+(?:who\s+(?:have|had|show)|with)\s+(?:an?\s+)?"
    r"(?P<f>.+?)\s+(?:also\s+)?(?:tend\s+to\s+|usually\s+|generally\s+)?(?:have|had|has|do)\b",
    re.IGNORECASE,
)
# "depends on the type of tumor and whether it has spread": a named factor, then a question
_AGE_ADJ = re.compile(r"^\s*(?P<a>younger|older)\s+(?:patients|people|children|adults)\b", re.I)
_DIRECTION_LABEL = re.compile(
    r"^\W*(?:(?P<good>favou?rable|good|better|low[- ]risk|standard[- ]risk)|(?P<bad>unfavou?rable|"
    r"adverse|poor|poorer|bad|high[- ]risk|very high[- ]risk))(?:\s+(?:genetic\s+|prognostic\s+|"
    r"risk\s+)?(?:features?|factors?|prognosis|markers?|risk|outcome|genetics?|findings?|"
    r"abnormalit(?:y|ies)|groups?|subtypes?))?\W*$",
    re.IGNORECASE,
)


def prog_item(dc: DocContext, item: str) -> list[str]:
    """The factors of one item of a prognosis list, with their direction when stated.

    An item is one "Label: explanation" factor, or - when the label is a direction
    ("Favourable: ETV6-RUNX1 fusion; high hyperdiploidy") - a list of factors in that direction.
    """
    label, _, explanation = item.partition(":")
    by_label = _DIRECTION_LABEL.match(label) if explanation else None
    if by_label is not None:
        way = "better prognosis" if by_label.group("good") else "poorer prognosis"
        factors = [factor(dc, m) for part in explanation.split(";")
                   for m in list_members(dc, list_text(part))]
        return [f"{f} ({way})" for f in factors if f]
    one = _prog_one(dc, label, explanation, item)
    return [one] if one else []


# What a prognosis list measures of the patient or the tumour; "age and general health" and
# "size and thickness of the tumor" name two such measures, each a factor of its own
_ATTR = (
    r"(?:age|gender|sex|race|(?:general|overall)\s+health|size|thickness|type|dose|level|"
    r"number|location|grade|stage|extent|amount)"
)
_ATTR_LIST = re.compile(
    rf"^(?P<list>{_ATTR}(?:\s*,\s*{_ATTR})*,?\s+and\s+{_ATTR})(?P<tail>\s+of\s+.+)?$",
    re.IGNORECASE,
)


def attributes_apart(factor_text: str) -> list[str]:
    """``factor_text`` as one factor per measure it joins with "and" ("age and general
    health" -> "age", "general health"; "size and thickness of the tumor" -> each "of the
    tumor"); any other factor, or one with a direction, as it is ("early diagnosis and
    treatment" is one state)."""
    m = _ATTR_LIST.match(factor_text.strip())
    if m is None:
        return [factor_text]
    parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("list")) if p]
    return [f"{p}{m.group('tail') or ''}" for p in parts]


def _prog_one(dc: DocContext, label: str, explanation: str, item: str) -> str | None:
    if not explanation:
        label, explanation = "", item
    way = direction(explanation)
    if re.match(r"^\s*if\b(?!\s+so\b)", explanation, re.IGNORECASE) or re.search(
        r"\bvar(?:y|ies)\b", explanation, re.IGNORECASE
    ):
        way = None
    named = None
    pw = _PATIENTS_WITH.search(explanation)
    age = _AGE_ADJ.match(explanation)
    if age:
        named = f"{age.group('a').lower()} age"
    elif pw and way:
        named = short_factor(pw.group("f"))
    if named is None and _POPULATION_LABEL.match(label) and way is None:
        return None  # "Children: the 5-year survival rate is about 90%": a figure, not a factor
    if named is None and _CLAUSE_ITEM.match(label or item):
        # "Whether the cancer has spread to the lymph nodes": what the question asks is the
        # factor ("spread to the lymph nodes"), not a name inside it ("lymph nodes"), unless
        # the name is given as its example ("changes in the genes, including the Ph chromosome")
        example = _EXAMPLE_NAME.search(label or item)
        found = dc.find(example.group(1)) if example else []
        names = [m for m in found if m.is_kind("target", "marker", "condition")]
        if len(names) == 1 and dc.disease_in(names) is None:
            named = names[0].name(names[0].hits[0].kind)
        else:
            named = _asked_or_label(dc, label or item)
        return f"{named} ({way})" if named and way else named
    if named is None:
        label = label or item
        names = [m for m in dc.find(label) if m.is_kind("target", "marker", "condition")]
        names = [m for m in names if dc.disease_in([m]) is None]
        # one name is the factor only when the item says nothing more of it ("the Ph
        # chromosome", "MRD after induction"); "the number and size of lymph nodes with
        # cancer" asks about something else than the lymph nodes
        named = (
            names[0].name(names[0].hits[0].kind)
            if len(names) == 1 and _names_whole(dc, label, names[0])
            else short_factor(_label(dc, label))
        )
    if not named:
        return None
    return f"{named} ({way})" if way else named


def _names_whole(dc: DocContext, label: str, name: Mention) -> bool:
    """Whether the one lexicon name in ``label`` is the whole of the factor: nothing beside it
    but a generic word ("translocation", "level") or when it was measured, fillers aside."""
    # "Presence or absence of B symptoms" asks whether the named thing is there
    label = re.sub(r"^\W*(?:the\s+)?presence(?:\s+or\s+absence)?\s+of\s+", "", label, flags=re.I)
    whole = factor(dc, label)
    if whole is None or whole == name.name(name.hits[0].kind):
        return True
    # one word beside the name qualifies it ("systemic B symptoms")
    return len(whole.split()) <= len(name.surface.split()) + 1


def _asked_or_label(dc: DocContext, item: str) -> str | None:
    """A factor asked as a question ("Whether the cancer has spread to the lymph nodes"): what
    the question asks, as a noun phrase ("spread to the lymph nodes") when the words after the
    subject make one; else the question in its own words ("whether the cancer has recurred",
    "whether all of the tumor is removed by surgery"), or a set phrasing of the disease's
    state ("newly diagnosed or recurrent disease")."""
    asked = asked_factor(item)
    if asked is not None and not asked.lower().startswith(("whether", "how", "where")):
        return asked  # a set phrasing: "recurrent or progressive disease"
    named = short_factor(_label(dc, item))
    if named is None or re.fullmatch(r"[a-z]+ed", named):
        return asked  # "recurred": a verb, not a thing measured in the patient
    return named


_EXAMPLE_NAME = re.compile(r"\b(?:including|such as|like)\s+(.+)$", re.IGNORECASE)
_CLAUSE_ITEM = re.compile(r"^\W*(?:whether|how|where)\s+\S", re.IGNORECASE)


_POPULATION_LABEL = re.compile(
    r"^\W*(?:in\s+|for\s+)?(?:children|adults|teenagers|adolescents|infants|kids|older adults|"
    r"young adults|boys|girls|men|women|patients)\W*$",
    re.IGNORECASE,
)


def _label(dc: DocContext, label: str) -> str:
    t = re.sub(
        r"^\s*(?:whether|if)\s+(?:there\s+(?:is|are)\s+|the (?:cancer|leuk\w+|disease) "
        r"(?:has|is)\s+)?",
        "",
        label.strip().rstrip("."),
        flags=re.I,
    )
    t = re.sub(r"^\s*(?:the\s+)?patient(?:'s|’s|s')?\s+", "", t, flags=re.I)
    for m in reversed(dc.find(t)):
        if dc.disease_in([m]) is not None and re.match(r"\s*$", t[m.end :]):
            t = re.sub(r"\s+of\s*$", "", t[: m.start].rstrip())
    t = t.strip()
    if re.search(r"[a-z]s$", t) and not t.endswith("ss") and len(t.split()) == 1:
        t = t[:-1]
    return t
