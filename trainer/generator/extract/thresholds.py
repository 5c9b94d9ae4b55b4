"""numeric key figures of a test: the cut-off values that tell one condition from another.

Shape: subject = the measure and what the value means ("A1C for prediabetes", "fasting glucose
level for diabetes", "normal A1C level", "systolic pressure for high blood pressure"), object =
the value as the text gives it, its unit spelled short ("5.7-6.4%", "126 mg/dL or above",
"below 120/80", "below 60").

Read from the structure of a threshold sentence, whatever the test:
  * "[A|An] MEASURE (of|between|below|above) VALUE (indicates|means|suggests|is a sign of|is
    considered) CONDITION" ("An A1C of 5.7 to 6.4 percent indicates prediabetes", "eGFR below
    60 may indicate kidney damage", "A level of 6.5 percent or above means a person has
    diabetes": a bare "level" is the measure the sentence before named);
  * "A normal MEASURE is below VALUE";
  * "People with a MEASURE of VALUE have CONDITION", "If the MEASURE is between A and B, the
    person has CONDITION";
  * "CONDITION is a MEASURE of VALUE (or a MEASURE of VALUE)" ("High blood pressure is a
    systolic pressure of 140 or above or a diastolic pressure of 90 or above").
A value without a measure, a negated or hedged sentence ("may still be at risk"), and a figure
that is a dose or a schedule give nothing: the measure must name a test or a quantity (a lexicon
marker, or a noun such as "level", "pressure", "count", "ratio", "index"). The cut-off of a
condition the page is not about, nor its title names ("High blood pressure is ..." on a page
about a kidney disease), is that condition's figure stated in passing: a draft, not a card.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import NEGATION, drop_parens, lower_first
from trainer.generator.facts import ExtractedFact

_NUM = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:/\d{2,3})?"
_UNIT = (
    r"(?:%|percent\b|per cent\b|mg/dL\b|milligrams per deciliter\b|mmol/L\b|mm\s?Hg\b|mg/g\b|"
    r"g/dL\b|mL/min(?:/1\.73\s?m2)?\b|inches\b|IU\b|units\b)"
)
# A value: "5.7 to 6.4 percent", "between 140 and 199 mg/dL", "126 mg/dL or above", "below 60"
_VALUE = (
    rf"(?P<cmp>below|under|less than|lower than|above|over|more than|higher than|greater than|"
    rf"at least)?\s*(?P<a>{_NUM})\s*(?P<ua>{_UNIT})?"
    rf"(?:\s*(?:-|–|to|and)\s*(?P<b>{_NUM}))?\s*(?P<u>{_UNIT})?"
    r"(?:\s*(?P<or>or\s+(?:above|higher|more|greater|over|below|less|lower|under)))?"
)
# The measure, up to four words, ending in a quantity noun or a test's short name.
_QUANTITY = (
    r"(?:level|levels|reading|readings|pressure|count|ratio|index|A1C|HbA1c|eGFR|GFR|BMI|"
    r"glucose|result|results|titer|clearance|measurement|size)"
)
_MEASURE = rf"(?P<m>(?:\w[\w-]*\s+){{0,3}}?{_QUANTITY})"
_MEANS = (
    r"(?:(?:may|can|might|usually|often|also|generally)\s+)?(?:indicates?|means?|suggests?|"
    r"(?:is|are)\s+(?:a\s+sign\s+(?:of|that)|considered|defined\s+as|diagnostic\s+of|in)|"
    r"shows?|signals?|points?\s+to)"
)
# (an item of a list run into one line opens with its dash: "... a number. - A GFR of 60 ...")
_OPEN = r"(?:^|(?<=[.;:,]\s)|(?<=^\s))\s*(?:[-•*]\s+)?(?:an?\s+|the\s+|your\s+)?"
# "An A1C of 5.7 to 6.4 percent indicates prediabetes"
_STATES = re.compile(
    rf"{_OPEN}{_MEASURE}\s+(?:(?:is|are|was|measures?)\s+)?(?:of\s+|between\s+)?{_VALUE}"
    rf"(?:,[^,]{{1,60}},)?\s+{_MEANS}\s+(?P<c>[^.;]{{2,80}})",
    re.IGNORECASE,
)
# "A normal A1C level is below 5.7 percent"
_NORMAL = re.compile(
    rf"{_OPEN}normal\s+{_MEASURE}\s+(?:is|are)\s+(?:usually\s+)?(?:between\s+)?{_VALUE}",
    re.IGNORECASE,
)
# "People with a fasting glucose level of 100 to 125 mg/dL have prediabetes"; "If the 2-hour
# blood glucose level is between 140 and 199 mg/dL, the person has ..."
_HAVE = re.compile(
    rf"\b(?:people|patients|adults|children|someone|a person|those)\s+with\s+(?:an?\s+|the\s+)?"
    rf"{_MEASURE}\s+(?:of\s+|between\s+)?{_VALUE}\s+(?:(?:also|usually|often|may|can)\s+)?"
    r"(?:have|has|are diagnosed with)\s+(?P<c>[^.;]{2,80})"
    rf"|^\s*(?:if|when)\s+(?:the\s+|your\s+|an?\s+)?{_MEASURE.replace('(?P<m>', '(?P<m2>')}\s+"
    rf"(?:is|are|measures?)\s+(?:between\s+)?{_VALUE.replace('?P<', '?P<i')},\s*(?:then\s+)?"
    r"(?:the person|a person|you|the patient|they)\s+(?:(?:may|can|will|also)\s+)?"
    r"(?:have|has)\s+(?P<c2>[^.;]{2,80})",
    re.IGNORECASE,
)
# "High blood pressure is a systolic pressure of 140 or above or a diastolic pressure of 90 or
# above"
_IS_A = re.compile(
    rf"^\s*(?P<c>[A-Za-z][\w\s-]{{2,40}}?)\s+(?:is|means)\s+(?:an?\s+|the\s+)?{_MEASURE}\s+"
    rf"(?:of\s+|between\s+)?{_VALUE}",
    re.IGNORECASE,
)
_IS_A_MORE = re.compile(
    rf"\s*\bor\s+(?:an?\s+|the\s+)?{_MEASURE}\s+(?:of\s+|between\s+)?{_VALUE}", re.IGNORECASE
)
# A list under "A BMI:" whose items open with the value: "Below 18.5 is a sign that you are
# underweight."
_LEAD_MEASURE = re.compile(rf"^\s*(?:an?\s+|your\s+|the\s+)?{_MEASURE}\s*:\s*$", re.I)
_ITEM_VALUE = re.compile(
    rf"^\s*(?:of\s+|between\s+)?{_VALUE}\s+{_MEANS}\s+(?P<c>[^.;]{{2,80}})", re.IGNORECASE
)
_HEDGE = re.compile(r"\b(?:still|being studied|may be at risk|at risk)\b", re.IGNORECASE)
_PERSON = re.compile(
    r"^(?:that\s+)?(?:a|the)\s+(?:person|patient|child|individual)\s+(?:has|have|is)\s+|"
    r"^(?:that\s+)?(?:you|they)\s+(?:have|are)\s+|^(?:an?|the)\s+(?:type|form|kind)\s+of\s+|"
    r"^(?:the\s+)?(?:presence|diagnosis)\s+of\s+",
    re.IGNORECASE,
)
_CONDITION_END = re.compile(
    r"\s+(?:called|known as|and|but|if|when|which|so|because|depending|confirmed)\b|,|\(",
    re.IGNORECASE,
)
_SHORT_UNIT = {"percent": "%", "per cent": "%", "milligrams per deciliter": "mg/dL"}
_CMP = {"under": "below", "less than": "below", "lower than": "below", "over": "above",
        "more than": "above", "higher than": "above", "greater than": "above"}  # fmt: skip


_DIGIT = re.compile(r"\d")


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """The cut-off values the segment's body states."""
    body = seg.body
    if not _DIGIT.search(body) or NEGATION.search(body) or _HEDGE.search(body):
        return []
    found: list[tuple[str, str]] = []
    for m in _STATES.finditer(body):
        measure = _measure_named(dc, seg, m.group("m"))
        condition = _condition(m.group("c"))
        if measure and condition:
            found.append((f"{measure} for {condition}", _value(m, "")))
    for m in _NORMAL.finditer(body):
        measure = _measure_named(dc, seg, m.group("m"))
        if measure:
            found.append((f"normal {measure}", _value(m, "")))
    for m in _HAVE.finditer(body):
        prefix = "" if m.group("m") else "i"
        measure = _measure_named(dc, seg, m.group("m") or m.group("m2"))
        condition = _condition(m.group("c") or m.group("c2"))
        if measure and condition:
            found.append((f"{measure} for {condition}", _value(m, prefix)))
    item = _ITEM_VALUE.match(body)
    by_lead = _measure_lead(dc, seg) if item else None
    if by_lead and item:
        measure = _measure_named(dc, seg, by_lead.group("m"))
        condition = _condition(item.group("c"))
        if measure and condition:
            found.append((f"{measure} for {condition}", _value(item, "")))
    is_a = _IS_A.match(body)
    if is_a:
        condition = _condition(is_a.group("c"))
        parts = [is_a, *_IS_A_MORE.finditer(body, is_a.end())]
        for p in parts:
            measure = _measure_named(dc, seg, p.group("m"))
            if measure and condition and _is_condition_name(dc, is_a.group("c")):
                found.append((f"{measure} for {condition}", _value(p, "")))
    out = []
    for s, v in found:
        if not v:
            continue
        elsewhere = another_condition(dc, s.split(" for ", 1)[1]) if " for " in s else False
        out.append(dc.fact(seg, Relation.NUMERIC, s, v, _ELSEWHERE_DRAFT if elsewhere else 0.75,
                           flags=(_ELSEWHERE_FLAG,) if elsewhere else ()))
    return out


# Below the card threshold: the cut-off that defines a condition the page is not about (blood
# pressure values for "high blood pressure" on a page about a kidney disease) is that other
# condition's figure, stated in passing; kept as a draft for the instructor to judge
_ELSEWHERE_DRAFT = 0.45
_ELSEWHERE_FLAG = "uncertain: the cut-off of another condition than the page's"
_STOP = {"and", "the", "of", "with", "for", "disease", "syndrome", "disorder", "high", "low"}


def another_condition(dc: DocContext, condition: str) -> bool:
    """Whether a cut-off's condition is a disease the lexicon knows that is neither the page's
    own nor one its title names or shares a word with ("kidney failure" under "... Kidney
    Disease")."""
    hits = [h for h in dc.lexicon.lookup(condition)
            if h.kind == "condition" and h.type in ("disease", "complication", "subtype",
                                                     "syndrome", "infection")]  # fmt: skip
    if not hits:
        return False  # "the normal range", "underweight": no condition of its own
    title = next((u.text for u in dc.units if u.kind == "heading"), "")
    if not title and dc.main_disease is None:
        return False  # a page that says what it is about nowhere: no other page to tell
    own = [dc.main_disease or ""] + [
        h.name for m in dc.find(title) if (h := m.hit("condition")) is not None
    ]
    if any(dc.same_disease(h.name, o) or h.name.lower() == o.lower() for h in hits for o in own
           if o):  # fmt: skip
        return False
    words = {w for w in re.findall(r"[a-z]{4,}", condition.lower()) if w not in _STOP}
    # (a page without headings is known by its main disease alone)
    return not words & set(re.findall(r"[a-z]{4,}", f"{title} {dc.main_disease or ''}".lower()))


def _measure_lead(dc: DocContext, seg: Segment) -> re.Match[str] | None:
    """The "A BMI:" line a run of value-first lines hangs from: the segment's lead-in, or a line
    a few lines up when each line between opens with a value too."""
    if seg.lead is not None:
        return _LEAD_MEASURE.match(seg.text[: seg.body_start])
    for k in range(seg.main.index - 1, max(-1, seg.main.index - 7), -1):
        before = dc.units[k]
        if before.kind == "heading" or before.section != seg.main.section:
            return None
        lead = _LEAD_MEASURE.match(before.text)
        if lead or not _ITEM_VALUE.match(before.text):
            return lead
    return None


def _measure_named(dc: DocContext, seg: Segment, text: str) -> str | None:
    """The measure a value is of, as the text names it ("fasting glucose level"); a bare
    "level" or "reading" is the measure the sentence before named ("A level of 6.5 percent")."""
    t = _LEADING.sub("", text.strip())
    if re.fullmatch(r"(?:level|levels|reading|readings|result|results)", t, re.IGNORECASE):
        before = dc.previous(seg.main)
        if before is None or before.para != seg.main.para:
            return None
        named = [_LEADING.sub("", x.group("m"))
                 for x in re.finditer(rf"\b{_MEASURE}\s+(?:of|between|below|above)\s+\d",
                                      before.text, re.IGNORECASE)]  # fmt: skip
        return _tidy(named[-1]) if named else None
    if not _names_quantity(dc, t):
        return None
    return _tidy(t)


# What may open a measure's phrase without being part of its name
_LEADING = re.compile(
    r"^(?:(?:an?|the|your|normal|people|patients|someone|with|if|when|and|or)\s+)+", re.I
)


def _tidy(measure: str) -> str:
    """ "Fasting glucose levels" -> "fasting glucose level": one measure, lower case unless
    an abbreviation."""
    t = re.sub(r"\b(level|reading|result|count)s$", r"\1", measure)
    return lower_first(t)


def _names_quantity(dc: DocContext, text: str) -> bool:
    """A measure names a test the lexicon knows, or is a quantity noun phrase of two words at
    least ("fasting glucose level", "systolic pressure"): "size" alone or "dose" is not one."""
    if any(m.is_kind("marker") for m in dc.find(text)):
        return True
    return len(text.split()) >= 2 and not re.search(r"\b(?:dose|doses|dosage)\b", text, re.I)


def _is_condition_name(dc: DocContext, text: str) -> bool:
    return any(m.is_kind("condition") for m in dc.find(text.strip()))


def _condition(text: str) -> str | None:
    """What a value means: "a person has diabetes" -> "diabetes", "a type of prediabetes called
    IGT" -> "prediabetes", "the normal range" -> "the normal range"."""
    t = drop_parens(text).strip()
    for _ in range(2):
        t = _PERSON.sub("", t).strip()
    stop = _CONDITION_END.search(t)
    t = (t[: stop.start()] if stop else t).strip(" ,.")
    t = re.sub(r"^(?:an?|the)\s+(?=\w)(?!normal\b)", "", t, flags=re.IGNORECASE)
    if not t or len(t.split()) > 5 or re.search(r"\d", t):
        return None
    return lower_first(t)


def _value(m: re.Match[str], prefix: str) -> str:
    """The value as written, its unit spelled short: "5.7-6.4%", "126 mg/dL or above"."""
    g = m.groupdict()
    a, b = g.get(f"{prefix}a"), g.get(f"{prefix}b")
    if a is None:
        return ""
    unit = g.get(f"{prefix}u") or g.get(f"{prefix}ua") or ""
    unit = _SHORT_UNIT.get(unit.lower(), unit)
    unit = re.sub(r"mm\s?Hg", "mmHg", unit)
    cmp_ = (g.get(f"{prefix}cmp") or "").lower()
    cmp_ = _CMP.get(cmp_, cmp_)
    number = f"{a}-{b}" if b else a
    v = f"{number}{unit}" if unit == "%" else f"{number} {unit}".strip()
    if cmp_:
        v = f"{cmp_} {v}"
    if g.get(f"{prefix}or"):
        v = f"{v} {' '.join(g[f'{prefix}or'].split())}"
    return v
