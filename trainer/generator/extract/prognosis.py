"""prognostic_factor: disease -> factor, with the direction when the text states it:
"younger age (better prognosis)", "Philadelphia chromosome (poorer prognosis)", "subtype".

The subject is the disease the sentence names, else the document's main disease. A
prognostic factor stated for a subtype ("in Ph-negative ALL") is a factor of the disease,
with the subtype as its qualifier: the card then asks about the subtype.

prognostic_factor is read from
  * a list under a prognosis lead-in or heading, each item "Label: explanation"; the factor is
    the "patients who have X" phrase, "younger/older age", a named marker, or the label; the
    direction ("better"/"poorer prognosis") is appended when the explanation states it;
  * a list under a risk-group lead-in ("Any one of the following places a patient in the
    high-risk group:"), each item a named factor or an age;
  * "The prognosis depends on A, B and C" (also "It depends on ..." after a sentence about the
    prognosis), "Prognostic factors include ...";
  * "A, which play(s) a role in determining prognosis", "A that guide(s) prognosis";
  * "Patients with A have a better prognosis", "A is associated with a poor prognosis",
    "A confers a favourable prognosis", "A predicts relapse and a poorer prognosis", "A is the
    strongest predictor of relapse", "Patients who still have A after induction have a higher
    risk of relapse" (each clause of "A ..., whereas B ..." on its own);
  * "Factors linked to a better prognosis include A, B and C", "High-risk features include ...",
    "A poorer prognosis is associated with A, B and C" (the direction from the lead-in);
  * age groups compared by outcome: "Children (aged 1 to 9) have the best outlook", "Children
    usually do better than adults", "those over 60 doing the worst" -> "younger age",
    "age 1 to 9", "age over 60" with the direction;
  * how a protocol defines its risk groups: "Standard risk means age 1 to 9 years and ...",
    "..., makes the patient high risk".
Negated clauses ("is not associated with a poorer outcome") give nothing.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.factors import (
    REPORTING,
    clause_before,
    is_disease,
    list_members,
    worth_reading,
)
from trainer.generator.extract.patterns import NEGATION, clean_phrase, drop_parens
from trainer.generator.facts import ExtractedFact
from trainer.generator.text import Unit

_PROG_LEAD = re.compile(
    r"\bprognos\w*|\boutlook\b|\bfactors?\s+(?:that\s+)?(?:affect|influence|determine|predict)\w*"
    r"\s+(?:the\s+)?(?:outcome|survival|chance of recovery)",
    re.IGNORECASE,
)
_DEPENDS = re.compile(
    r"\b(?:depends?|is dependent|is based|relies)\s+(?:mainly\s+|largely\s+|mostly\s+)?on\s+"
    r"(?:several factors,?\s+(?:such as|including)\s+|factors such as\s+|"
    r"the following(?: factors)?\s*:?)?",
    re.IGNORECASE,
)
_PROG_INCLUDE = re.compile(
    r"\b(?:prognostic factors?|factors (?:that )?(?:affect|influence|determine)\w*\s+(?:the\s+)?"
    r"(?:prognosis|outlook|outcome)|(?:factors|features|characteristics)\s+(?:that\s+(?:are|is)\s+)?"
    r"(?:associated|linked|connected|related)\s+(?:with|to)\s+(?:an?\s+|the\s+)?"
    r"(?P<d>\w+)\s+(?:prognosis|outlook|outcomes?|survival)|(?P<d3>adverse|poor|unfavou?rable|high-risk|"
    r"favou?rable|good|low-risk)\s+(?:prognostic\s+)?(?:features|factors|characteristics))\s+"
    r"(?:include|includes|are)\s*:?\s*",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"(?:,\s*)?\s*(?:which|that)\s+(?:play|plays|played)\s+an?\s+(?:\w+\s+){0,2}role\s+in\s+"
    r"(?:determining|predicting|defining)\s+(?:the\s+)?(?:prognosis|outcome|outlook)"
    r"|\s+(?:which|that)\s+(?:guide|guides|determine|determines|predict|predicts|influence|"
    r"influences|affect|affects)\s+(?:the\s+)?(?:prognosis|outcome|outlook)",
    re.IGNORECASE,
)
_WITH_OUTCOME = re.compile(
    r"\b(?:patients|people|children|adults|those)\s+with\s+(?P<f>[^,;.]{3,80}?)\s+(?:\w+\s+)?"
    r"(?:have|had|has|show|tend to have)\s+(?:an?\s+|the\s+)?(?P<d>\w+)\s+(?:prognosis|outcome|"
    r"outlook)",
    re.IGNORECASE,
)
_ASSOC_OUTCOME = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:associated|linked)\s+(?:with|to)\s+(?:an?\s+|the\s+)?"
    r"(?P<d>\w+)\s+(?:prognosis|outcomes?|outlook)|\s+(?:confers?|carries|carry|indicates?|means?|"
    r"predicts?|signals?)\s+(?:relapse\s+and\s+)?(?:an?\s+|the\s+)?(?P<d2>\w+)\s+"
    r"(?:prognosis|outcomes?|outlook)"
    # "A is the strongest predictor of relapse", "A predicts relapse": a poorer prognosis
    r"|\s+(?:is|are|was|were)\s+(?:also\s+)?(?:the|an?)\s+(?:\w+\s+){0,2}?(?:predictors?|"
    r"indicators?)\s+of\s+(?P<bad>relapse|treatment failure|death)\b"
    r"|\s+(?:(?:strongly|also)\s+)?predicts?\s+(?P<bad2>relapse|treatment failure)\b",
    re.IGNORECASE,
)
# "Patients who still have A at the end of induction have a higher risk of relapse"
# "Kids who are still MRD positive after induction have a higher chance of relapse"
_WITH_RELAPSE = re.compile(
    r"\b(?:patients|people|children|kids|adults|those|(?:a|any)\s+(?:patient|child|person|adult))"
    r"\s+(?:who\s+(?:(?:is|are|was|were)\s+)?(?:still\s+)?(?:(?:have|has|had|show|shows)\s+)?|"
    r"with\s+)(?:an?\s+)?(?P<f>(?:[^,;.]|\.\d){3,80}?)\s+(?:(?:also|still|usually|often)\s+)?"
    r"(?:have|has|had|are at|is at|carry|carries)\s+(?:an?\s+)?"
    r"(?:higher|increased|greater|high)\s+(?:risk|chance|likelihood)\s+of\s+"
    r"(?:relapse|treatment failure)\b",
    re.IGNORECASE,
)
# "A poorer prognosis is associated with A, B and C"
_OUTCOME_WITH = re.compile(
    r"(?:^|\b(?:an?|the)\s+)(?P<d>\w+)\s+(?:prognosis|outcomes?|outlook)\s+(?:is|are|has been|"
    r"have been)\s+(?:also\s+)?(?:associated|linked|seen|observed)\s+(?:with|to|in)\s+",
    re.IGNORECASE,
)
# Age groups compared by outcome: "Children aged 1 to 9 have the best outlook", "Children usually
# do better than adults", "those over 60 doing the worst".
_AGE_GROUP = (
    r"(?P<p>(?:young\s+)?children|kids|pa?ediatric patients|younger (?:patients|people|adults)|"
    r"older (?:patients|people|adults)|elderly patients|the elderly|adults|infants)"
    r"|(?:children|patients|people|those)\s+(?:aged|between the ages of)\s+(?P<age>\d+\s*"
    r"(?:-|–|to|and)\s*\d+(?:\s+years)?)"
    r"|(?:patients|people|those|adults)\s+(?:aged\s+)?(?:over|older than|above)\s+(?P<over>\d+)"
)
_GROUP_OUTCOME = re.compile(
    rf"(?:^|(?<=[\s,(]))(?:{_AGE_GROUP})(?:\s+with\s+(?P<w>[^,;.]{{1,40}}?))?(?:\s+years)?\s+"
    r"(?:(?:usually|often|generally|typically|tend to|tends to|also)\s+)*"
    r"(?:have|has|had|show|do|does|did|doing|fare|fared)\s+(?:an?\s+|the\s+)?(?P<d>\w+)"
    r"(?:\s+(?P<n>prognosis|outcomes?|outlook|survival(?:\s+rates?)?))?\b",
    re.IGNORECASE,
)
_BETTER = re.compile(
    r"\b(?:better|good|favou?rable|improved|excellent|best|superior|higher survival)\b", re.I
)
_WORSE = re.compile(
    r"\b(?:poor|poorer|worse|worst|unfavou?rable|adverse|bad|dismal|inferior|lower survival|"
    r"high-risk)\b",
    re.I,
)
_PATIENTS_WITH = re.compile(
    r"\b(?:patients|people|children|adults|those)\s+(?:who\s+(?:have|had|show)|with)\s+(?:an?\s+)?"
    r"(?P<f>.+?)\s+(?:also\s+)?(?:tend\s+to\s+|usually\s+|generally\s+)?(?:have|had|has|do)\b",
    re.IGNORECASE,
)
_AGE_ADJ = re.compile(r"^\s*(?P<a>younger|older)\s+(?:patients|people|children|adults)\b", re.I)


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    if not worth_reading(seg):
        return []
    return prognostic_factor_facts(dc, seg)


def prognostic_factor_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    disease, subtype = dc.disease_and_subtype(seg.mentions)
    if disease is None:
        disease = dc.main_disease
    if disease is None:
        return []

    def facts(found: list[tuple[str, float]]) -> list[ExtractedFact]:
        return [dc.fact(seg, Relation.PROGNOSTIC_FACTOR, disease, f, conf, qualifier=subtype)
                for f, conf in found]

    found: list[tuple[str, float]] = []
    lead = seg.lead
    item = False  # an item of a prognosis list is read whole by _prog_item
    if lead is not None and seg.main.item_start and _about_prognosis(dc, lead):
        for listed in _prog_item(dc, seg.body):
            found.append((listed, 0.8))
            item = True
    elif lead is not None and seg.main.item_start:
        group = _RISK_GROUP_LEAD.search(lead.text)
        if group and not NEGATION.search(lead.text):
            # "Any one of the following places a patient in the high-risk group:" + items
            way = "better prognosis" if group.group("good") else "poorer prognosis"
            text = drop_parens(_EXAMPLE_TAIL.sub("", seg.body.split(";")[0]))
            for member in list_members(dc, _list_text(text)):
                named = _named_factor(dc, member)
                if named:
                    found.append((f"{named} ({way})", 0.75))
                    item = True
    body = seg.body
    dep = _DEPENDS.search(body)
    if dep and (
        _PROG_LEAD.search(body[: dep.start()]) or _prev_about_prognosis(dc, seg, body, dep.start())
    ):
        for member in list_members(dc, _list_text(body[dep.end() :])):
            f = _factor(dc, member)
            if f:
                found.append((f, 0.8))
    inc = _PROG_INCLUDE.search(body)
    if inc:
        d3 = (inc.group("d3") or "").lower()
        d = _direction(inc.group("d") or "") or (
            "better prognosis" if d3 in ("favourable", "favorable", "good", "low-risk")
            else "poorer prognosis" if d3 else None
        )  # fmt: skip
        for member in list_members(dc, _list_text(body[inc.end() :])):
            f = _factor(dc, member)
            if f:
                found.append((f"{f} ({d})" if d else f, 0.8))
    role = _ROLE.search(body)
    if role:
        np = _last_np(body[: role.start()])
        if np:
            found.append((np, 0.75))
    w = _WITH_OUTCOME.search(body)
    if w:
        f = _short(w.group("f"))
        d = _direction(w.group("d"))
        if f and d:
            found.append((f"{f} ({d})", 0.75))
    if item:
        return facts(found)
    for a in _ASSOC_OUTCOME.finditer(body):
        bad = a.group("bad") or a.group("bad2")
        d = "poorer prognosis" if bad else _direction(a.group("d") or a.group("d2") or "")
        np = REPORTING.sub("", _own_clause(body, a.start()))
        if not d or NEGATION.search(np + a.group(0)):
            continue
        for member in list_members(dc, np):
            f = _factor(dc, member)
            if f:
                found.append((f"{f} ({d})", 0.75))
    r = _WITH_RELAPSE.search(body)
    if r and not NEGATION.search(r.group(0)):
        f = _factor(dc, r.group("f"))
        if f:
            found.append((f"{f} (poorer prognosis)", 0.75))
    ow = _OUTCOME_WITH.search(body)
    if ow and not NEGATION.search(body[: ow.end()]):
        d = _direction(ow.group("d"))
        for member in list_members(dc, _list_text(body[ow.end() :])) if d else []:
            member = re.sub(r"^(?:in|among|for)\s+", "", member.strip(), flags=re.IGNORECASE)
            f = _group_name(member) or _factor(dc, member)
            if f:
                found.append((f"{f} ({d})", 0.75))
    for g in _GROUP_OUTCOME.finditer(body):
        f = _group_factor(dc, g)
        if f:
            found.append((f, 0.75))
    found += _risk_definitions(dc, body)
    return facts(found)


# "Standard risk means age 1 to 9 years and a white blood cell count below 50 x 10^9/L";
# "age 10 years or older, or a white cell count of 50 x 10^9/L or more, makes the patient high
# risk": how a protocol defines its risk groups.
_RISK_MEANS = re.compile(
    r"\b(?P<g>standard|low|average|high|very high)[- ]risk\s+(?:\(\w+\)\s+)?(?:group\s+)?"
    r"(?:means|is defined as|requires)\s+",
    re.IGNORECASE,
)
_MAKES_RISK = re.compile(
    r",?\s+(?:makes?|places?|puts?)\s+(?:the\s+|a\s+)?(?:patient|child|person)\s+(?:at\s+)?"
    r"(?:a\s+)?(?P<g>standard|low|average|high|very high)[- ]risk\b",
    re.IGNORECASE,
)


def _risk_definitions(dc: DocContext, body: str) -> list[tuple[str, float]]:
    found: list[tuple[str, float]] = []
    for means in _RISK_MEANS.finditer(body):
        way = _GROUP_WAY[means.group("g").lower()]
        for member in _definition_members(body[means.end() : _clause_end(body, means.end())]):
            f = _factor(dc, member)
            if f:
                found.append((f"{f} ({way})", 0.75))
    for makes in _MAKES_RISK.finditer(body):
        way = _GROUP_WAY[makes.group("g").lower()]
        start = max(body.rfind(";", 0, makes.start()), body.rfind(". ", 0, makes.start())) + 1
        for member in _definition_members(body[start : makes.start()]):
            f = _factor(dc, member)
            if f:
                found.append((f"{f} ({way})", 0.75))
    return found


_GROUP_WAY = {"standard": "better prognosis", "low": "better prognosis",
              "average": "better prognosis", "high": "poorer prognosis",
              "very high": "poorer prognosis"}


def _clause_end(text: str, start: int) -> int:
    stop = re.compile(r";|\.(?:\s|$)").search(text, start)
    return stop.start() if stop else len(text)


def _definition_members(text: str) -> list[str]:
    """The criteria a definition lists: "A and B", "A, or B" (numbers such as "10^9/L" and
    "50,000" stay whole)."""
    # "age 10 years or older" is one criterion: a bare "or" does not split
    parts = re.split(r",\s+(?:and|or)\s+|\s+and\s+|,\s+(?=[a-z])", text.strip(" ,"))
    return [p.strip(" ,") for p in parts if p.strip(" ,")]


def _own_clause(text: str, pos: int) -> str:
    """The clause that ends at ``pos``: "A ..., whereas B" -> "B"."""
    head = clause_before(text, pos)
    return re.split(r"\b(?:whereas|while|but|although|though)\b", head)[-1].strip(" ,")


def _group_factor(dc: DocContext, g: re.Match[str]) -> str | None:
    """ "Children aged 1 to 9 have the best outlook" -> "age 1 to 9 (better prognosis)"."""
    noun, word, rest = g.group("n"), g.group("d").lower(), g.string[g.end() :]
    d: str | None = None
    if noun and noun.lower().startswith("survival"):
        d = {"higher": "better prognosis", "better": "better prognosis",
             "lower": "poorer prognosis", "poorer": "poorer prognosis",
             "worse": "poorer prognosis"}.get(word)  # fmt: skip
    elif noun or re.fullmatch(r"best|worst", word):
        d = _direction(word)
    elif re.fullmatch(r"better|worse", word) and re.match(r"\s+than\b", rest):
        d = _direction(word)  # "do better than adults"; not "do better thanks to new drugs"
    if d is None or NEGATION.search(g.group(0)):
        return None
    if g.group("w") and not is_disease(dc, g.group("w")):
        return None  # "Children with Down syndrome do worse": a factor, read by other rules
    return f"{_age_factor(g)} ({d})"


def _age_factor(g: re.Match[str]) -> str:
    if g.group("age"):
        return "age " + re.sub(r"\s+", " ", g.group("age"))
    if g.group("over"):
        return f"age over {g.group('over')}"
    p = g.group("p").lower()
    return (
        "infancy" if p == "infants"
        else "older age" if re.search(r"older|elderly|adults", p)
        else "younger age"
    )  # fmt: skip


_GROUP_ONLY = re.compile(rf"^(?:{_AGE_GROUP})$", re.IGNORECASE)


def _group_name(text: str) -> str | None:
    """ "older adults" -> "older age", "infants" -> "infancy": a member naming an age group."""
    g = _GROUP_ONLY.match(text.strip())
    return _age_factor(g) if g else None


def _prev_about_prognosis(dc: DocContext, seg: Segment, body: str, pos: int) -> bool:
    """ "It depends on ..." right after a sentence about the prognosis."""
    if body[:pos].strip().lower() not in ("it", "this", "they", "this also", "it also"):
        return False
    prev = dc.previous(seg.main)
    return prev is not None and bool(_PROG_LEAD.search(prev.text))


def _about_prognosis(dc: DocContext, lead: Unit) -> bool:
    """A lead-in about the prognosis, or "These include:" right after a sentence about it."""
    if _PROG_LEAD.search(lead.text):
        return True
    if _FACTORS_LEAD.match(lead.text):
        # "The most important factors include:" after a sentence on the prognosis, or in a
        # section headed "Prognostic Factors"
        prev = dc.previous(lead)
        head = dc.heading(lead)
        return (prev is not None and bool(_PROG_LEAD.search(prev.text))) or (
            head is not None and bool(_PROG_LEAD.search(head.text))
        )
    return False


_FACTORS_LEAD = re.compile(
    r"^\s*(?:these|they|those|such factors|(?:the\s+)?(?:most\s+important|other(?:\s+important)?|"
    r"main|key|major|other\s+prognostic)\s+factors)\s+(?:include|are)\b",
    re.IGNORECASE,
)


def _named_factor(dc: DocContext, member: str) -> str | None:
    """A list item that is one named factor ("KMT2A rearrangement", "MRD positivity after
    induction") or an age ("age over 35 years"); None for anything longer or unnamed."""
    member = re.split(r"\s+(?:after|at|during|before|by the end of)\s+", member, maxsplit=1)[0]
    words = member.split()
    if re.match(r"^\s*age\b", member, re.IGNORECASE) and len(words) <= 5:
        return clean_phrase(member)
    names = [m for m in dc.find(member)
             if m.is_kind("target", "marker", "condition") and dc.disease_in([m]) is None]
    if len(names) != 1 or len(words) > len(names[0].surface.split()) + 3:
        return None
    return names[0].name(names[0].hits[0].kind)


_RISK_GROUP_LEAD = re.compile(
    r"\b(?:(?P<good>low|standard|favou?rable)|very high|high|poor|adverse|unfavou?rable)[- ]risk\s+"
    r"(?:group|category|arm|features?|factors?|disease)\b|\b(?:adverse|unfavou?rable)\s+"
    r"(?:prognostic\s+)?(?:features?|factors?)\b|\b(?:greater|higher|increased)\s+risk\s+of\s+"
    r"relapse\b",
    re.IGNORECASE,
)
_EXAMPLE_TAIL = re.compile(r",?\s+(?:for example|e\.g\.|such as)\b.*$", re.IGNORECASE)
_DIRECTION_LABEL = re.compile(
    r"^\W*(?:(?P<good>favou?rable|good|better|low[- ]risk|standard[- ]risk)|(?P<bad>unfavou?rable|"
    r"adverse|poor|poorer|bad|high[- ]risk|very high[- ]risk))(?:\s+(?:genetic\s+|prognostic\s+|"
    r"risk\s+)?(?:features?|factors?|prognosis|markers?|risk|outcome|genetics?|findings?|"
    r"abnormalit(?:y|ies)|groups?|subtypes?))?\W*$",
    re.IGNORECASE,
)


def _prog_item(dc: DocContext, item: str) -> list[str]:
    """The factors of one item of a prognosis list, with their direction when stated.

    An item is one "Label: explanation" factor, or - when the label is a direction
    ("Favourable: ETV6-RUNX1 fusion; high hyperdiploidy") - a list of factors in that direction.
    """
    label, _, explanation = item.partition(":")
    by_label = _DIRECTION_LABEL.match(label) if explanation else None
    if by_label is not None:
        direction = "better prognosis" if by_label.group("good") else "poorer prognosis"
        factors = [_factor(dc, m) for part in explanation.split(";")
                   for m in list_members(dc, _list_text(part))]
        return [f"{f} ({direction})" for f in factors if f]
    one = _prog_one(dc, label, explanation, item)
    return [one] if one else []


def _prog_one(dc: DocContext, label: str, explanation: str, item: str) -> str | None:
    if not explanation:
        label, explanation = "", item
    direction = _direction(explanation)
    if re.match(r"^\s*if\b(?!\s+so\b)", explanation, re.IGNORECASE) or re.search(
        r"\bvar(?:y|ies)\b", explanation, re.IGNORECASE
    ):
        direction = None
    factor = None
    pw = _PATIENTS_WITH.search(explanation)
    age = _AGE_ADJ.match(explanation)
    if age:
        factor = f"{age.group('a').lower()} age"
    elif pw and direction:
        factor = _short(pw.group("f"))
    if factor is None and _POPULATION_LABEL.match(label) and direction is None:
        return None  # "Children: the 5-year survival rate is about 90%": a figure, not a factor
    if factor is None:
        label = label or item
        names = [m for m in dc.find(label) if m.is_kind("target", "marker", "condition")]
        names = [m for m in names if dc.disease_in([m]) is None]
        factor = (
            names[0].name(names[0].hits[0].kind) if len(names) == 1 else _short(_label(dc, label))
        )
    if not factor:
        return None
    return f"{factor} ({direction})" if direction else factor


_POPULATION_LABEL = re.compile(
    r"^\W*(?:in\s+|for\s+)?(?:children|adults|teenagers|adolescents|infants|kids|older adults|"
    r"young adults|boys|girls|men|women|patients)\W*$",
    re.IGNORECASE,
)
_NOT_A_FACTOR = r"\b(?:is|are|was|were|has|have|had|been|if|this|it|they|we|you)\b"


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


def _direction(text: str) -> str | None:
    better, worse = bool(_BETTER.search(text)), bool(_WORSE.search(text))
    if better and not worse:
        return "better prognosis"
    if worse and not better:
        return "poorer prognosis"
    return None


def _short(text: str) -> str | None:
    """A factor phrase: brackets, possessives and fillers dropped, a few set phrasings unified."""
    t = drop_parens(text)
    t = re.sub(r"\bat the time of diagnosis\b", "at diagnosis", t, flags=re.I)
    t = re.sub(
        r"^(?:how well|how)\s+(?:it|they|the (?:leukemia|leukaemia|cancer|disease|patient))\s+"
        r"respond(?:s|ed)?\s+to\s+(?P<x>.+)$",
        r"response to \g<x>",
        t.strip(),
        flags=re.I,
    )
    t = re.sub(
        r"^(?:your|their|his|her|the patient's|the patient’s|a person's|a child's)\s+",
        "",
        t.strip(),
        flags=re.I,
    )
    t = re.sub(
        r"^(?:the\s+)?(?:sub)?types?\s+of\s+(?:ALL|leuk\w+|the (?:leuk\w+|disease|cancer))$",
        "subtype",
        t.strip(),
        flags=re.I,
    )
    t = re.sub(r"^(?:an?\s+|the\s+)?presenting\s+", "", t.strip(), flags=re.I)
    t = re.sub(r"\b(\d+)\s+to\s+(\d+)(?=\s+years)", r"\1-\2", t)  # "age 1 to 9 years"
    t = clean_phrase(t)
    t = re.sub(r"\s+of the (?:patient|person|child)$", "", t)
    words = len(re.sub(r"\s*[x×]\s*10\b", "x10", t).split())  # "50 x 10^9/L" is one amount
    if not t or words > 8 or re.search(_NOT_A_FACTOR, t, re.IGNORECASE):
        return None
    return t


_NO_FACTOR = re.compile(
    r"(?:(?:several|many|various|a few|some|certain|other|a number of|multiple)\s+)?"
    r"(?:factors?|things|features|characteristics)",
    re.IGNORECASE,
)
_GENERIC_TAIL = re.compile(
    r"(?:the\s+)?(?:translocation|mutations?|genes?|fusion(?: gene)?|abnormality|rearrangements?|"
    r"positivity|status|chromosome|deletion|presence|level)",
    re.IGNORECASE,
)


def _factor(dc: DocContext, text: str) -> str | None:
    """A factor phrase, as a lexicon name when it is one ("the t(4;11) translocation")."""
    t = _short(text)
    if t is None or _NO_FACTOR.fullmatch(t):
        return None  # "depends on several factors": the factors follow, if anywhere
    ms = [m for m in dc.find(t) if m.is_kind("target", "marker", "condition")]
    if len(ms) == 1 and dc.disease_in(ms) is None:
        rest = (t[: ms[0].start] + " " + t[ms[0].end :]).strip()
        if not rest or _GENERIC_TAIL.fullmatch(rest) or _MEASURED_TAIL.fullmatch(rest):
            return ms[0].name(ms[0].hits[0].kind)
    return t


# "persistent minimal residual disease after induction", "MRD positivity at the end of induction":
# the marker, measured at a point of treatment.
_MEASURED_TAIL = re.compile(
    r"(?:(?:persistent|detectable|residual)\s*)?"
    r"(?:persistence\s*|positive\s*|" + _GENERIC_TAIL.pattern + r")?\s*"
    r"(?:(?:after|following|at the end of|by the end of)\s+(?:the\s+)?(?:induction|consolidation|"
    r"treatment|therapy|chemotherapy)(?:\s+(?:therapy|treatment|phase))?"
    r"|at (?:that|this) (?:point|time|stage)"  # a time the sentence before named
    r"|(?:of|at|above)\s+\d+(?:\.\d+)?\s*%(?:\s+or\s+(?:more|higher|above))?)",  # a threshold
    re.IGNORECASE,
)


def _list_text(text: str) -> str:
    """A list up to where its clause ends (", which occurs ...", "; ...")."""
    return re.split(r",?\s+which\b|;(?![^()]*\))|\s[–—]\s|\.\s", text, maxsplit=1)[0].rstrip(" .")


def _last_np(text: str) -> str | None:
    """The noun phrase that ends ``text`` (after its last preposition)."""
    t = re.split(r"\b(?:on|of|by|with|in|from|to|like|as|such as)\s+", text.strip(" ,"))[-1]
    return _short(t)
