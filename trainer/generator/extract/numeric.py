"""numeric: headline figures (rates of remission, cure, survival, relapse) with their population.

Shape: subject = the measure ("remission rate after induction", "overall cure rate",
"long-term remission rate", "5-year survival rate"), object = the value ("80-90%", "above 85%",
"about 90%"), qualifier = the population ("adults", "children", ...) when the sentence names one.

The measure is read next to the percentage, either before it ("cure rate is only 30% to 40%",
"remission rates above 85%") or after it ("a 90% chance of survival", "80% of adults go into
remission after induction", "90% are cured", "90 out of 100 children (90%) survive 5 years").
A figure compared with one just before it takes that one's measure ("About 90% of children are
cured, compared with about 40% of adults" -> cure rate, 40%, adults). A percentage without such a
measure ("80% of cases are B-cell") is not a headline figure and is skipped, as are figures about
another disease than the document's.

The age at peak incidence is read from "a peak incidence between 2 and 5 years (of age)", "peaks
at ages 2 to 5", "most often diagnosed in children aged 2 to 5" -> subject "peak incidence age",
object "2-5 years". Measures may carry their abbreviation ("5-year overall survival (OS) is ...").
A share of people who have a condition the lexicon names ("Up to 60 percent of people with SLE
are diagnosed with lupus nephritis") is read with the group as its measure ("people with SLE
who are diagnosed with lupus nephritis", :mod:`.numeric_shares`). Figures of one study (a
trial's groups or arms, "in a study of 200 patients", or a run of reports under an "Evidence
(...):" line) give nothing, nor
does the comparator's figure in a sentence that sets two study groups side by side ("...,
whereas the placebo group had 51 percent"). A gloss in brackets after a measure ("case fatality
rate (i.e. the share who die)") does not part it from its figure. The ages at which the page's
condition usually begins are read by :mod:`.numeric_onset`. The cut-off values of tests ("An
A1C of 5.7 to 6.4 percent indicates prediabetes") are read by :mod:`.thresholds`; counts of
people with the page's condition ("Psoriasis affects more than 5 million adults") and shares told
as fractions ("About half of people with MS ...") by :mod:`.prevalence`. Figures paired with
groups named elsewhere ("74 percent and 45 percent, respectively") give nothing. Figures the
sentence sets in the past give nothing, and those of the untreated disease are qualified so
(:mod:`.numeric_past`).
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract import (
    numeric_fractions,
    numeric_incidence,
    numeric_median,
    numeric_most_common,
    numeric_one_in,
    numeric_onset,
    numeric_risk,
    numeric_shares,
    prevalence,
    thresholds,
)
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.guards import may_hold
from trainer.generator.extract.numeric_past import in_the_past, of_the_past, untreated
from trainer.generator.extract.numeric_scope import comparator, conditional, under_evidence
from trainer.generator.extract.patterns import NEGATION, drop_parens
from trainer.generator.facts import ExtractedFact

_MOD = (
    r"about|approximately|around|roughly|nearly|almost|over|more than|above|greater than|"
    r"as many as|as much as|as high as|as few as|as low as|"
    r"exceeding|at least|up to|less than|under|below|only|some|closer to|close to|~|>|<|≥|≤"
)
PERCENT = re.compile(
    rf"(?:(?P<mod>{_MOD})\s*)?(?P<a>\d{{1,3}}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)?"
    r"(?:\s*(?:-|–|to|and)\s*(?P<b>\d{1,3}(?:\.\d+)?))?\s*(?:%|percent\b|per cent\b|"
    r"(?:out of|in|in every) (?:a )?(?:100|hundred)\b)",
    re.IGNORECASE,
)
_PERCENT_WORDS = re.compile(r"percent|per cent|out of|in (?:every )?(?:a )?(?:100|hundred)", re.I)
_MEASURE_WORDS = (
    r"(?:complete remission|remission|cure|survival|relapse|response|MRD negativity|mortality|"
    r"case[- ]fatality|fatality)"
)
_ADJ = (
    r"(?:overall|final|long-term|complete|event-free|disease-free|relapse-free|\d+-year|\d+-month|"
    r"five-year|ten-year|three-year|relative|cumulative|durable)"
)
_BEFORE = re.compile(
    rf"(?P<m>(?:{_ADJ}\s+)*{_MEASURE_WORDS}\s+(?:\([A-Z]{{1,5}}\)\s+)?rates?|(?:{_ADJ}\s+)+survival(?:\s+rates?)?|"
    rf"chances? of (?:survival|cure|remission|long-term survival))(?:\s*\([A-Z]{{1,5}}\))?"
    r"(?:\s+(?:for|in|among|of)\s+(?:[\w-]+\s+){0,4}?)?"
    r"(?:\s*(?:is|are|was|were|of|at|has been|have been|reach(?:es|ed)?|exceed(?:s|ed|ing)?|"
    r"approach(?:es|ing)?|now|only|still|currently|about|around|approximately|near|close to|"
    r"closer to|"
    r"stands? at|remains?|range|ranges|ranging from|from|between|,))*\s*$",
    re.IGNORECASE,
)
# "Complete remission is achieved in 80% to 90% of adults"
_ACHIEVED_IN = re.compile(
    r"(?P<m>(?:complete\s+|long-term\s+)?(?:remission|cure|response))(?:\s*\([A-Z]{1,5}\))?"
    r"\s+(?:is|was|can be)\s+"
    r"(?:\w+\s+)?(?:achieved|attained|reached|obtained|seen|possible)\s+(?:in|for)\s+$",
    re.IGNORECASE,
)
_AFTER_MEASURE = re.compile(
    rf"^\s*(?P<m>(?:{_ADJ}\s+)*(?:chances? of (?:survival|cure|remission|long-term survival)|"
    rf"{_MEASURE_WORDS}\s+rates?|(?:{_ADJ}\s+)*survival))\b",
    re.IGNORECASE,
)
_AFTER_EVENT = re.compile(
    r"^\s*(?:of\s+)?(?:[\w-]+\s+){0,6}?(?:(?:can|will|may|now|typically|usually|eventually|"
    r"still)\s+)?"
    r"(?P<v>go into|goes into|went into|achieve|achieves|achieved|attain|reach|enter|are in|is in|"
    r"experience|have|had|are|were|will be|can be|survive|live)\s+"
    r"(?:(?:now|usually|typically|eventually|still|often|generally)\s+)?"
    r"(?:a\s+)?(?P<adj>complete|long-term|durable|first|initial)?\s*"
    r"(?P<what>remission|cured|cure|relapse|relapses|alive|disease-free|response|(?:for\s+)?"
    r"(?:at least\s+)?(?P<yrs>\d+|five|ten|three)\s+years(?:\s+or\s+(?:more|longer))?)\b"
    r"(?:\s+(?P<when>after|following|by the end of|at the end of)\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
_POP = (
    (
        "older adults",
        re.compile(r"\b(?:older adults|elderly|older patients|(?:over|older than|aged over) "
                   r"(?:60|65|70))\b", re.I),
    ),
    ("adolescents and young adults", re.compile(r"\b(?:adolescents?|young adults|AYA)\b")),
    ("infants", re.compile(r"\binfants?\b", re.I)),
    (
        "children",
        re.compile(
            r"\b(?:child|children|childhood|kids?|(?:pa?ediatric)(?![-\s](?:inspired|style|type|"
            r"based|like|regimens?|protocols?|oncologists?)))\b",
            re.I,
        ),
    ),
    ("adults", re.compile(r"\badults?\b", re.I)),
)
# Genetic or relapse subgroups: a figure about them is not the disease's headline figure.
_SUBGROUP = re.compile(
    r"philadelphia|ph-like|kmt2a|hypodiploid|hyperdiploid|etv6|relapsed|refractory|t-cell|b-cell|"
    r"early t-cell|down syndrome",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\b(?:in my (?:opinion|view|experience)|I (?:think|believe|feel|would say)|"
    r"we (?:think|believe|feel))\b",
    re.IGNORECASE,
)
_WORD_NUM = {"five": "5", "ten": "10", "three": "3"}
# "..., compared with about 40% of adults": the figure shares the measure of the one before it.
_COMPARED = re.compile(
    r"(?:,\s*|\s+)(?:compared (?:with|to)|versus|vs\.?|against|but only|and only|while only|"
    r"(?:but|while|whereas) in(?: only)?|(?:but|and|while) only in|"
    r"whereas only|whereas(?:\s+(?:it|this|that|the rate|the figure))?(?:\s+(?:is|was|are|were))?"
    r"(?:\s+(?:only|just|still))?)\s*$",
    re.IGNORECASE,
)
# "...is about 40%; in patients older than 60 years it falls to 10-20%": the next clause's
# figure for another group keeps the measure.
_FALLS_TO = re.compile(
    r"^[;,]?\s*(?:and\s+|but\s+|while\s+)?(?:in|for|among)\s+(?P<g>[^;,.]{3,50}?)\s*,?\s+"
    r"(?:it|this|the (?:rate|figure))\s+(?:falls|drops|decreases|declines|rises|increases|"
    r"climbs|is)\s+(?:only\s+|just\s+)?(?:to\s+)?$",
    re.IGNORECASE,
)
# "The Philadelphia chromosome is found in about 25% of adults with ALL"
_FOUND_IN = re.compile(
    r"\s+(?:is|are)\s+(?:found|present|seen|detected)\s+in\s+$", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r";(?![^()]*\))|\.\s")  # not the ";" of "t(9;22)"
_YEARS_LATER = re.compile(r"\s+(?:at\s+)?(?P<y>\d+|five|ten|three)\s+years\b", re.IGNORECASE)
_OF_GROUP = re.compile(r"^\s*(?:of|in|for|among)\s+(?P<g>(?:[\w-]+\s*){1,3})(?:[.;,)]|$)", re.I)
_PEAK = re.compile(
    r"(?:\bpeak(?:s|ing)?(?:\s+incidence)?(?:\s+(?:is|occurs|of\s+\w+)){0,2}|\bmost\s+(?:often|"
    r"commonly|frequently)\s+(?:diagnosed|seen|found|occurs?)\s+(?:in|among)\s+(?:young\s+)?"
    r"(?:children|kids)(?:\s+(?:aged|ages))?)\s+(?:at|between|from|in|aged|of)?\s*"
    r"(?:(?:young\s+)?(?:children|kids)\s+(?:aged|between the ages of)\s+)?"
    r"(?:the\s+)?(?:ages?\s+(?:of\s+)?)?(?P<a>\d{1,2})\s*(?:-|–|to|and)\s*(?P<b>\d{1,2})"
    r"(?:\s*years)?(?:\s+(?:of age|old))?\b",
    re.IGNORECASE,
)


# A result reported as a trial reports it: a confidence interval, a hazard ratio, a P value, or
# the arm it belongs to.
_TRIAL_RESULT = re.compile(
    r"\b95%\s*CI\b|\bconfidence interval\b|\bHR\s*[,=]|\bhazard ratio\b|\bP\s*[<=>]\s*\.?\d|"
    r"[-\s]arm\b|\barms\b|\bcohort\b|"
    # "In a study of 200 patients, 45 percent ...": one study's figure
    r"\bin\s+(?:a|one|another|this|that|the|an)\s+(?:[\w-]+\s+){0,2}?(?:study|trial)\b|"
    # "one study found that 97% of ...": the finding of one study, told by its verb
    r"\b(?:study|trial|survey)\s+(?:found|showed|shows|reported|suggested)\b|"
    # a study's own groups: "21% for group 1", "presented as phase II trials", "randomly assigned"
    r"\bgroups?\s+(?:\d|[A-D]\b)|\bphase\s+(?:I{1,3}|[123])\b|\brandom(?:ly|i[sz]ed)\b",
    re.IGNORECASE,
)


# the words each expression cannot match without (see :mod:`.guards`)
_PERCENT_HINTS = ("per", "out of", "100", "hundred")
_MEASURE_HINTS = ("remission", "cure", "survival", "relapse", "response", "mrd", "mortality",
                  "fatality", "chance")


def _percent_words(text: str) -> bool:
    return may_hold(text, _PERCENT_HINTS) and bool(_PERCENT_WORDS.search(text))


def _measure_before(before: str) -> re.Match[str] | None:
    return _BEFORE.search(before) if may_hold(before, _MEASURE_HINTS) else None


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """Headline figures, shares of people with a condition, and the cut-off values of tests
    (:mod:`.thresholds`)."""
    others = (thresholds.extract(dc, seg) + prevalence.extract(dc, seg)
              + numeric_onset.extract(dc, seg) + numeric_risk.extract(dc, seg)
              + numeric_incidence.extract(dc, seg) + numeric_one_in.extract(dc, seg)
              + numeric_median.extract(dc, seg) + numeric_fractions.extract(dc, seg)
              + numeric_most_common.extract(dc, seg))
    if others and of_the_past(seg.body):
        others = []  # "In the past, about 2 million people had it": no figure of today
    return _once(_headline(dc, seg) + _shares(dc, seg) + others, seg.text.lower())


# how near a figure is, said before it: "about", "approximately" (two readers word it apart)
_NEARLY = re.compile(r"^(?:about|approximately|around|roughly|an\s+estimated|estimated)\s+",
                     re.IGNORECASE)


def _once(facts: list[ExtractedFact], text: str) -> list[ExtractedFact]:
    """Each figure once: two readers may read one figure of one measure, one saying
    "approximately" as the text does and one "about"; the reading in the text's words is
    kept, else the first."""
    kept: dict[tuple[str, str, tuple[int, int]], int] = {}
    out: list[ExtractedFact] = []
    for f in facts:
        key = (f.subject.lower(), _NEARLY.sub("", f.object.lower()), f.lines)
        if key not in kept:
            kept[key] = len(out)
            out.append(f)
        elif f.object.lower() in text and out[kept[key]].object.lower() not in text:
            out[kept[key]] = f
    return out


def _shares(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """ "Up to 60 percent of people with SLE are diagnosed with lupus nephritis": the group and
    the condition are named in the sentence, so another disease named there does not make the
    figure another document's."""
    text = seg.text
    if "%" not in text and not _percent_words(text):
        return []
    if _OPINION.search(text) or _TRIAL_RESULT.search(text) or under_evidence(dc, seg):
        return []
    out = []
    for m in PERCENT.finditer(text):
        if not seg.in_body(m.start()) or _paired(text, m) or _measure(dc, seg, m) is not None:
            continue
        if in_the_past(text, m.start()):
            continue  # "before effective treatment, as many as 5 percent ...": a past figure
        measure = numeric_shares.share_measure(dc, seg, m)
        if measure is not None:
            out.append(dc.fact(seg, Relation.NUMERIC, measure, _value(m), 0.75))
    return out


def _headline(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    text = seg.text
    has_peak = "peak" in text.lower() or "most " in text.lower()
    if "%" not in text and not _percent_words(text) and not has_peak:
        return []
    if _OPINION.search(text):
        return []  # "In my opinion, a rate of over 30 percent ...": a view, not a finding
    if _TRIAL_RESULT.search(text):
        return []  # one trial's arm, with its confidence interval: no figure a card can name
    if under_evidence(dc, seg):
        return []  # a study reported under "Evidence (...):": its arms' figures, not headlines
    disease = dc.disease_in(seg.mentions)
    if disease and dc.main_disease and not dc.same_disease(disease, dc.main_disease):
        return []
    if disease and dc.main_disease and _SUBGROUP.search(disease) and disease != dc.main_disease:
        return []  # "remission rates in Ph-positive ALL exceed 90%": a subgroup the card can't name
    out = []
    seen: set[tuple[str, str, str | None]] = set()
    last: tuple[str, int] | None = None  # the previous figure's measure and where it ended
    for m in PERCENT.finditer(text):
        if not seg.in_body(m.start()) or _paired(text, m):
            continue
        if conditional(text, m):
            continue  # "when it is caught early, 98 percent survive": one stage's figure
        if comparator(text, m):
            continue  # "..., whereas the placebo group had 51 percent": the comparator arm's
        if in_the_past(text, m.start()):
            continue  # "was originally thought to have a mortality rate of 50 percent"
        measure = _measure(dc, seg, m)
        if measure is None and last is not None and (
            _compared(text, last[1], m) or _FALLS_TO.match(text[last[1] : m.start()])
        ):
            measure = last[0]
        if measure is None:
            measure = _frequency(seg, m)
        if measure is None:
            continue
        last = (measure, m.end())
        value = _value(m)
        qualifier = untreated(text, m.start(), _population(text, m.start(), m.end()))
        if (measure, value, qualifier) in seen:
            continue  # "90 out of 100 children (90%)": one figure said twice
        seen.add((measure, value, qualifier))
        out.append(dc.fact(seg, Relation.NUMERIC, measure, value, 0.8, qualifier=qualifier))
    if has_peak:
        for p in _PEAK.finditer(text):
            negated = NEGATION.search(text[max(0, p.start() - 30) : p.start()])
            if seg.in_body(p.start()) and not negated:
                out.append(
                    dc.fact(seg, Relation.NUMERIC, "peak incidence age",
                            f"{p.group('a')}-{p.group('b')} years", 0.75,
                            qualifier=_population(text, p.start(), p.end())
                            if p.group(0).lower().startswith("peak") else None)
                )  # fmt: skip
    return out


def _frequency(seg: Segment, m: re.Match[str]) -> str | None:
    """ "The Philadelphia chromosome, t(9;22), is found in about 25% of adults": how often an
    abnormality the lexicon names occurs, when it is the subject of the clause."""
    text = seg.text
    found = _FOUND_IN.search(text, 0, m.start())
    if found is None or found.end() != m.start():
        return None
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, 0, found.start())]
    clause_start = breaks[-1] if breaks else 0
    subject = drop_parens(text[clause_start : found.start()]).strip(" ,")
    names = [p for p in seg.mentions
             if clause_start <= p.start < found.start() and p.is_kind("target")]
    after = text[m.end() : m.end() + 40]
    if not names or not re.match(r"\s*(?:of|in|among)\s", after) or not any(
        rx.search(after) for _, rx in _POP
    ):
        return None  # "in about 25% of adults": a population, not "of cases"
    first = names[0]
    # "3.1.3 The Philadelphia chromosome, t(9;22), is found ...": a number, "the", an alias
    rest = re.sub(r"^(?:\d+(?:\.\d+)*\s+)?(?:the\s+)?", "", subject.split(",")[0],
                  flags=re.IGNORECASE)
    if rest.lower() != text[first.start : first.end].lower():
        return None  # the clause is about more than the abnormality
    return f"frequency of the {first.name('target')}"


def _compared(text: str, prev_end: int, m: re.Match[str]) -> bool:
    """ "90% of children are cured, compared with about 40% of adults": a figure for another
    group in the same clause, read with the measure before it."""
    between = text[prev_end : m.start()]
    if re.search(r"[;.]\s", between):
        return False
    g = _OF_GROUP.match(text[m.end() :])
    return (
        bool(_COMPARED.search(text[: m.start()]))
        and g is not None
        and any(rx.search(g.group("g")) for _, rx in _POP)  # "of adults", not "of cases"
    )


def _measure(dc: DocContext, seg: Segment, m: re.Match[str]) -> str | None:
    text = seg.text
    # a gloss's "i.e. " ends no clause: it is blanked out before the clause's start is sought
    head = _GLOSS.sub(lambda g: " " * len(g.group(0)), text[: m.start()])
    clause_start = max(head.rfind(";"), head.rfind(". "), -1) + 1
    before = text[clause_start : m.start()]
    # "The case fatality rate (the share of patients who die) is below 1%": the gloss aside
    b = _measure_before(before) or _measure_before(_GLOSS.sub("", before))
    if b:
        return _canon(b.group("m"))
    r = _ACHIEVED_IN.search(before)
    if r:
        return _canon(f"{r.group('m')} rate")
    # "90 out of 100 children (90%) survive": brackets blanked out, offsets kept
    after = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group(0)), text[m.end() :])
    a = _AFTER_MEASURE.match(after)
    if a:
        return _canon(a.group("m"))
    e = _AFTER_EVENT.match(after)
    if e:
        what = e.group("what").lower()
        adj = (e.group("adj") or "").lower()
        if e.group("yrs"):
            yrs = _WORD_NUM.get(e.group("yrs").lower(), e.group("yrs"))
            return f"{yrs}-year survival rate"
        later = _YEARS_LATER.match(after, e.end())
        if what == "alive" and later:  # "alive five years after diagnosis"
            yrs = _WORD_NUM.get(later.group("y").lower(), later.group("y"))
            return f"{yrs}-year survival rate"
        base = {"cured": "cure", "alive": "survival", "relapses": "relapse",
                "disease-free": "disease-free survival"}.get(what, what)  # fmt: skip
        if base == "disease-free survival":
            return base
        name = f"{adj + ' ' if adj else ''}{base} rate"
        if e.group("when"):
            rest = after[e.end() :]
            for p in seg.mentions:
                if (
                    p.is_kind("phase")
                    and p.start >= m.end() + e.end()
                    and p.start - (m.end() + e.end()) <= 2
                ):
                    return f"{name} after {p.name('phase')}"
            del rest
        return name
    return None


# a gloss in brackets after a measure's name: "(i.e., the proportion of persons who die)"
_GLOSS = re.compile(r"\s*\((?:i\.e\.,?|that is,?|the)\s[^()]{3,120}\)")


def _canon(measure: str) -> str:
    s = re.sub(r"\s+", " ", re.sub(r"\([^()]*\)", " ", measure).lower()).strip()
    s = re.sub(r"\brates\b", "rate", s)
    s = re.sub(r"\bfinal\s+", "", s)
    s = (
        s.replace("five-year", "5-year")
        .replace("ten-year", "10-year")
        .replace("three-year", "3-year")
    )
    s = re.sub(r"^chances? of (?:long-term )?survival$", "survival rate", s)
    s = re.sub(r"^chances? of (cure|remission)$", r"\1 rate", s)
    return s  # "5-year overall survival" stays the endpoint's own name; "survival rate" too


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def _paired(text: str, m: re.Match[str]) -> bool:
    """Whether a figure is one of a set paired with groups named elsewhere ("the response
    rates were 74 percent and 45 percent, respectively"), or two such figures read as a range
    that runs downwards ("74 and 45 percent"): the figure's own group is not in reach, so a
    card would give it to the wrong one."""
    a, b = m.group("a"), m.group("b")
    if b and float(b) < float(a):
        return True
    stop = _CLAUSE_BREAK.search(text, m.end())
    return bool(_RESPECTIVELY.search(text, m.end(), stop.start() if stop else len(text)))


_OR_MORE = re.compile(r"\s*or\s+(more|higher|greater|above|over|less|fewer|lower|below)\b", re.I)


def _value(m: re.Match[str]) -> str:
    mod = (m.group("mod") or "").lower()
    mod = {
        "over": "above", "more than": "above", "greater than": "above", "exceeding": "above",
        ">": "above", "approximately": "about", "around": "about", "roughly": "about",
        "~": "about", "almost": "nearly", "less than": "below", "under": "below", "<": "below",
        "≥": "at least", "≤": "up to", "only": "", "some": "about", "close to": "about",
        "closer to": "about", "as many as": "up to", "as much as": "up to", "as high as": "up to",
    }.get(mod, mod)  # fmt: skip
    a, b = m.group("a"), m.group("b")
    after = _OR_MORE.match(m.string, m.end())
    if after is not None and not mod and not b:
        # "50 percent or more": a lower bound, "10 percent or less": an upper one
        mod = "up to" if after.group(1).lower() in ("less", "fewer", "lower", "below") else (
            "at least")
    if b and mod == "about":
        mod = ""  # a range is already approximate: "about 80% to 90%" -> "80-90%"
    v = f"{a}-{b}%" if b else f"{a}%"
    return f"{mod} {v}" if mod else v


def _population(text: str, start: int, end: int) -> str | None:
    best: tuple[int, str] | None = None
    for label, rx in _POP:
        for p in rx.finditer(text):
            d = min(abs(p.start() - end), abs(start - p.end()))
            if best is None or d < best[0]:
                best = (d, label)
    return best[1] if best else None
