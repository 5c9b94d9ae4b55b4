"""Prognostic factors read from the structure of an outcome clause, read by :mod:`.prognosis`.

A clause whose predicate is an outcome phrase with a direction ("a better prognosis", "poorer
outcomes", "more severe disease", "can be fatal", "improves the chances of living longer",
"lowers the risk of complications") names its factor in one of a few places:

* the group it speaks of: "People with A (usually) have a poorer outlook", "Persons with A
  appear to develop more severe disease", "Patients who are treated early recover quickly";
  turned round: "Poor outcomes are more likely in people who have A";
* a condition clause: "X can be fatal if not treated", "If not treated, X can cause death",
  "Left untreated, X is life threatening", "With proper care, most people recover",
  "... have good outcomes with an early diagnosis";
* the subject, for care given early or properly: "Early treatment lowers the risk of
  complications", "Treating X improves the chances of living longer";
* a comparison of timing: "The sooner treatment begins, the better the chances of recovery".

The factor comes with its direction ("(better prognosis)" / "(poorer prognosis)"). The subject is
the disease the sentence names outside the factor and outside a comparison ("than patients
with Y"), else the page's topic. Negated clauses, a factor that names a drug (a trial arm or
a drug's effect), a factor that is the subject disease itself, and an outcome said of another
population ("for some other infections") give nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import NEGATION, clean_phrase
from trainer.generator.extract.prognosis_outlook import effective_if, outlook_is
from trainer.generator.extract.prognosis_own import (
    an_illness,
    own_outlook,
    sentence_subject,
    uncompared,
)
from trainer.generator.extract.prognosis_phrases import (
    CARE_MANNER_DRAFT,
    TREATMENT_OUTCOME_DRAFT,
    short_factor,
)
from trainer.generator.extract.prognosis_subjects import other_condition_before
from trainer.generator.extract.prognosis_untreated import care_manner_only, untreated_factor

# A cheap test before any pattern runs: the words every outcome clause below holds one of.
OUTCOME_CUES = (
    "prognos", "outlook", "outcome", "survival", "fatal", "death", "life threat", "remission",
    "life-threat", "permanent", "blindness", "intellectual disability", "coma", "recover",
    "severe", "chance", "complication", "damage", "deadly", "important", "essential",
    "critical", "crucial", "vital",
    "quality of life", "life expectancy", "aggressive", "successful", "effective", "works best",
    "do better", "do worse", "do well", "do poorly", "does better", "does worse", "fare",
    "normal life", "normal lives",
)
_CUE = re.compile("|".join(re.escape(c) for c in OUTCOME_CUES))


def has_outcome_cue(low: str) -> bool:
    """Whether lower-cased text holds a cue word (one search, cheaper than a test per cue)."""
    return _CUE.search(low) is not None

_NOUN = (
    r"(?:long[- ]term\s+|treatment\s+|clinical\s+|overall\s+)?"
    r"(?:prognos[ie]s|outlooks?|outcomes?|survival|results?|quality\s+of\s+life|"
    r"life\s+expectancy|chances?\s+of\s+(?:a\s+)?(?:full\s+)?(?:recovery|survival|cure|"
    r"living\s+longer))"
)
# An outcome with its direction: group "good" points to a better prognosis, "bad" to a poorer.
_OUTCOME = (
    rf"(?:an?\s+|the\s+)?(?:(?P<good>better|good|best|improved|excellent|favou?rable|longer)\s+"
    rf"{_NOUN}|(?P<bad>worse|poor|poorer|worst|unfavou?rable|shorter|reduced)\s+{_NOUN}"
    r"|(?P<bad2>more\s+(?:severe|aggressive)\s+(?:disease|illness|(?:clinical\s+)?courses?|"
    r"tumou?rs|infections?|symptoms)|(?:higher|increased|greater|elevated)\s+(?:case[- ])?"
    r"fatality(?:\s+rates?)?|(?:a\s+)?(?:higher|increased|greater|elevated)\s+risk\s+(?:of|for)"
    r"\s+(?:a\s+)?(?:fatal\s+outcomes?|death|dying|poor\s+outcomes?)))"
)
_GROUP = r"(?:patients|people|persons|individuals|those|children|adults|men|women)"
_ADVERBS = r"(?:(?:also|usually|generally|typically|often|still|then|tend\s+to|tends\s+to)\s+)*"
# "People with A (usually) have a poorer outlook", "Persons with A appear to develop more
# severe disease", "Patients who are treated early may recover quickly"
_GROUP_OUTCOME = re.compile(
    # ("who completely recover" names no group: "who" takes a have/be verb)
    # ("who develop A": a complication the group goes on to have)
    rf"\b{_GROUP}\s+(?:with|who\s+(?:also\s+)?(?:have|has|had|are|were|develop|developed)\s+"
    r"(?:also\s+)?)"
    r"(?P<f>[^;:]{2,300}?)\s+" + _ADVERBS
    + r"(?:(?:may|can|will|appear\s+to|seem\s+to)\s+)?"
    r"(?:(?:have|has|had|develop|show|experience|are\s+at|is\s+at)\s+"
    + _OUTCOME
    + r"|(?P<rec>recover|survive|(?:have|go\s+into)\s+(?:a\s+)?(?:remission|full\s+recovery))\b"
    # "Patients with A usually do worse", "Those with A fare better"
    r"|(?:do|does|fare|fares)\s+(?:(?P<dogood>better|best|well)|worse|worst|poorly|badly)\b)",
    re.IGNORECASE,
)
# "Poor outcomes are more likely in people who have A and show B"
_OUTCOME_IN_GROUP = re.compile(
    r"^\s*" + _OUTCOME + r"\s+(?:is|are)\s+(?:more\s+)?(?:likely|common|frequent)\s+"
    rf"(?:in|among)\s+{_GROUP}\s+(?:who\s+(?:have|has|are|show)\s+|with\s+)(?P<f>[^;:]{{3,120}})$",
    re.IGNORECASE,
)
_FATAL = r"(?:fatal|deadly|life[- ]threatening|death|die|dies)"
_FATAL_WORD = re.compile(rf"\b{_FATAL}\b", re.IGNORECASE)
# "(if) it's not treated right away", "(if) they are not properly treated": the pronoun is the
# disease, the manner or timing of care belongs to the factor
_PRONOUN = r"(?:(?:it|they)(?:\s+is|\s+are|[’']s|[’']re)\s+)?"
_UNTREATED = (
    r"(?:(?:not|left)\s+(?:\w+\s+){0,3}?"
    r"(?:treated|diagnosed|untreated)(?:\s+(?:correctly|properly|promptly|early|quickly|"
    r"immediately|in\s+time|right\s+away|soon\s+enough))?|untreated)"
)
# "X can be fatal if not treated", "... that can be fatal if not diagnosed and treated",
# "... can be fatal without treatment"
_FATAL_IF = re.compile(
    rf"\b(?:be|become|is|are|prove)\s+(?:\w+\s+)?{_FATAL}"
    # "... can be fatal or cause lasting damage, such as a stroke, if ...": a second outcome
    r"(?:\s+or\s+[^.;:()]{3,80}?,)?"
    rf"\s+(?:(?:if|when)\s+{_PRONOUN}(?P<f>{_UNTREATED})"
    r"|(?P<f2>without\s+(?:prompt\s+|proper\s+|early\s+)?treatment))\s*(?:,|$)",
    re.IGNORECASE,
)
# "If not treated, X can result in death", "Left untreated, X is usually life threatening",
# "Without treatment, X can be fatal"
# (what is as grave as death and lasts: "If not promptly treated, it can cause permanent vision
# loss", "If untreated, X can lead to intellectual disability")
_GRAVE = (
    rf"(?:{_FATAL}|permanent\s+[\w-]+(?:\s+loss)?|blindness|brain\s+damage|"
    r"intellectual\s+disability|coma)"
)
_IF_UNTREATED = re.compile(
    rf"^\s*(?:(?:if|when)\s+{_PRONOUN}(?P<f>{_UNTREATED})|(?P<f2>left\s+untreated|untreated|without\s+"
    rf"(?:prompt\s+|proper\s+|early\s+)?treatment)),\s+(?P<rest>.*\b{_GRAVE}\b.*)$",
    re.IGNORECASE,
)
_CARE = r"(?:treatment|treating|therapy|diagnosis|diagnosing|care|attention|management)"
_TIMELY = r"(?:early|earlier|prompt|quick|timely|immediate|proper|appropriate|complete|ongoing)"
# "Early treatment lowers the risk of complications", "Treating X improves the chances of
# living longer", "Early diagnosis and treatment of X can reduce or even prevent organ damage"
_CARE_EFFECT = re.compile(
    r"^\s*(?P<f>(?:[\w'’-]+\s+){0,6}?" + _CARE + r"(?:\s+(?:[\w'’-]+\s+){0,6}?)?)\s*"
    r"(?:(?:can|may|will|does|often|usually)\s+)?(?:(?:greatly|also|help(?:s)?(?:\s+to)?)\s+)*"
    r"(?:(?P<up>improves?|increases?)\s+(?:your\s+|the\s+|a\s+person's\s+)?"
    r"(?:chances?\s+of\s+(?:recovery|survival|cure|living\s+longer)|survival|outcomes?|"
    r"prognosis|outlook|quality\s+of\s+life|life\s+expectancy)"
    # ("prevent or limit damage", "reduce or even prevent damage": two verbs of one object)
    r"|(?P<down>lowers?|reduces?|prevents?|limits?|slows?)\s+"
    r"(?:(?:or\s+(?:even\s+)?)?(?:prevent|limit|reduce|slow)\s+)?"
    r"(?:the\s+)?(?:risk\s+of\s+(?:complications|death|dying)|(?:further\s+)?(?:organ\s+|lung\s+|"
    r"heart\s+|kidney\s+|liver\s+|joint\s+|permanent\s+)?damage|complications|progress(?:ion)?\b))",
    re.IGNORECASE,
)
# "Early diagnosis and treatment are extremely important": timely care, said to be vital
_CARE_VITAL = re.compile(
    rf"^\s*(?P<f>{_TIMELY}\s+{_CARE}(?:\s+and\s+{_CARE})?)\s+(?:is|are)\s+(?:(?:extremely|very|"
    r"especially|so|critically)\s+)?(?:important|essential|critical|crucial|vital|key)\s*$",
    re.IGNORECASE,
)
def _vital_care(
    dc: DocContext, seg: Segment, text: str
) -> list[tuple[str, str, tuple[int, int], str]]:
    """"The disease can progress quickly and can be fatal. Early diagnosis and treatment are
    extremely important.": timely care said to matter right after a grave outcome is what the
    outcome rests on; said alone ("Early diagnosis is important.") it names no outcome."""
    vital = _CARE_VITAL.match(text)
    before = dc.previous(seg.main)
    if vital is None or NEGATION.search(text) or before is None or before.para != seg.main.para:
        return []
    if not _GRAVE_BEFORE.search(before.text):
        return []
    return [(vital.group("f"), "better prognosis", vital.span("f"), "")]


_GRAVE_BEFORE = re.compile(rf"\b(?:{_FATAL}|progress(?:es)?\s+quickly|medical\s+emergency)\b",
                           re.IGNORECASE)


# "The sooner treatment begins, the better the chances of recovery"
_SOONER = re.compile(
    r"\bthe\s+(?:sooner|earlier)\s+(?P<f>[^,]{3,80}?),\s+the\s+(?:better|greater|higher)\s+"
    r"(?:your\s+|the\s+)?(?:chances?|outcomes?|outlook|prognosis|results?)\b",
    re.IGNORECASE,
)
# "With proper care, most people recover", "... have good outcomes with an early diagnosis"
_WITH_CARE = re.compile(
    # (after a connective: "However, with proper care, ...")
    r"^\s*(?:(?:however|but|yet|still|fortunately|today|now),?\s+)?"
    rf"with\s+(?P<f>(?:an?\s+|the\s+)?{_TIMELY}\s+[^,]{{2,50}}),\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# "... have good outcomes with an early diagnosis": the care found first (a literal "with"
# is fast to find), then the outcome that ends the words before it
_WITH_CARE_END = re.compile(
    rf"\s+with\s+(?P<f>(?:an?\s+|the\s+)?{_TIMELY}\s+[^,;]{{2,60}})$", re.IGNORECASE
)
_OUTCOME_END = re.compile(rf"{_OUTCOME}$", re.IGNORECASE)
_GOOD_END = re.compile(
    r"\b(?:recover|be\s+(?:successfully\s+)?(?:treated|cured|controlled)|good\s+quality\s+of\s+"
    r"life|normal\s+(?:life|lives|life\s+expectancy)|live\s+normal)\b",
    re.IGNORECASE,
)
# An outcome of a treatment, not of the group: "had better survival with chemotherapy"
_TREATED_TAIL = re.compile(
    r"\s+(?:\w+\s+)?(?:with|after|on|following|when\s+treated|if\s+treated)\s", re.I
)
# An outcome said of another population than the page's: "for some rickettsial infections"
_ELSEWHERE = re.compile(r"^\s*(?:for|in)\s+(?:some|other|certain|many)\b", re.IGNORECASE)
# A factor that names a treatment given in a trial is an arm, not a factor of the outlook
_ARM = re.compile(r"\b(?:treated\s+with|received|receiving|given|randomi[sz]ed)\b", re.I)
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def outcome_facts(dc: DocContext, seg: Segment, disease: str) -> list[tuple[str, str, float]]:
    """(subject, factor with direction, confidence) for each outcome clause of the segment;
    ``disease`` is the subject when a sentence names none outside its factor."""
    out: list[tuple[str, str, float]] = []
    body = _blank_parens(seg.body)  # "(e.g., A)" ends no sentence
    for s in _SENTENCE.finditer(body):
        text = s.group(0).rstrip(" .!?")
        if not has_outcome_cue(text.lower()):
            continue
        at = seg.body_start + s.start()
        readings = _readings(text) + [(f, d, span, "") for f, d, span in outlook_is(text)]
        readings += [(f, d, span, "untreated") for f, d, span in _untreated(text)]
        readings += [(f, d, span, "treatment") for f, d, span in effective_if(text)]
        readings += _vital_care(dc, seg, text)
        for f, d, span, kind in readings:
            if kind == "untreated" and not _disease_is_subject(dc, seg, at, text, span, disease):
                continue  # "Left untreated, blockages of the ducts can be fatal"
            if kind == "care" and not _care_for_disease(dc, seg, at, text, span, disease):
                continue  # "With prompt care, shock can be treated" on a page about another
            if kind == "treatment" and _other_disease(dc, seg, at, span, disease):
                continue  # "Cancer treatment works best when ..." on a page about another
            staged = _STAGED.fullmatch(clean_phrase(f).lower().replace(disease.lower(), "").strip())
            if kind == "recover" and an_illness(dc, f) and staged is None:
                continue  # "Most people who have the flu recover": the flu's course, no factor
            if kind == "level" and staged is None and own_outlook(dc, seg, at, text, span, f):
                continue  # "Children with asthma have a good outlook": asthma's own outlook
            # a timing the reader built ("treatment started in the first three days of
            # symptoms") is whole as it is
            found = clean_phrase(f) if kind == "treatment" else _factor(dc, f)
            if found is not None and kind == "untreated":
                found = untreated_factor(found)  # "if not treated" -> "untreated disease"
            if found is None:
                continue
            # whose death an untreated reading speaks of is named before the outcome word, not
            # in a second outcome after it ("fatal or cause damage, such as a stroke, if ...")
            cut = _FATAL_WORD.search(text) if kind == "untreated" else None
            named = sentence_subject(dc, seg, at, span, text[: cut.start()] if cut else text)
            if named is None and other_condition_before(dc, seg, s.start(), disease):
                continue  # "If you have a stroke, ... The sooner treatment starts, ...": not
                # the page's condition whose outlook the sentence states
            subject = named or disease
            if disease.lower().endswith(f" {subject.lower()}"):
                subject = disease  # "congenital hypothyroidism" read as the lexicon's shorter name
            found = _without_disease(dc, found, subject)
            # "people who have X and kidney disease": the condition beside the disease
            found = re.sub(rf"^{re.escape(subject)}\s+and\s+", "", found, flags=re.IGNORECASE)
            if subject.lower() in found.lower():
                # "persons with acute Q fever recover": the disease, no factor; "people with
                # mild gout recover fully": its stage or severity is one
                staged = _STAGED.fullmatch(found.lower().replace(subject.lower(), "").strip())
                if staged is None:
                    continue
                found = f"{staged.group(0)} disease"
            conf = TREATMENT_OUTCOME_DRAFT if kind == "treatment outcome" else 0.75
            if kind == "untreated" and care_manner_only(found):
                conf = CARE_MANNER_DRAFT  # "fatal if not treated correctly": a draft
            out.append((subject, f"{found} ({d})", conf))
    return out


# The outcome of treatment, not of the disease: "better treatment outcomes", "treatment results"
_TREATMENT_OUTCOME = re.compile(r"\btreatment\s+(?:outcomes?|results?)\b", re.IGNORECASE)


SUBSET = re.compile(r"\b(?:some|certain|a\s+few|a\s+small\s+number\s+of)\s*$", re.IGNORECASE)
# A stage or severity that qualifies the disease in a group's name: "mild gout", "localized
# kidney cancer" (not a form with its own course: "acute Q fever", "chronic hepatitis")
_STAGED = re.compile(
    r"mild|moderate|severe|early|early[- ]stage|late[- ]stage|advanced|locali[sz]ed|limited|"
    r"low[- ]grade|high[- ]grade|metastatic|widespread|extensive"
)


def _readings(text: str) -> list[tuple[str, str, tuple[int, int], str]]:
    """(factor words, direction, where the factor lies in ``text``, kind of reading) for each
    clause read; the kind is "recover" for a group said to recover, else empty."""
    found: list[tuple[str, str, tuple[int, int], str]] = []
    for g in _GROUP_OUTCOME.finditer(text):
        good = g.group("good") or g.group("rec") or g.group("dogood")
        d = "better prognosis" if good else "poorer prognosis"
        kind = "recover" if g.group("rec") else ""
        if _TREATMENT_OUTCOME.search(g.group(0)):
            kind = "treatment outcome"  # "have better treatment outcomes": how care goes
        elif not kind and _uncompared(text, g):
            kind = "level"  # "People with A have a good outlook": no group to set it beside
        head = text[: g.start()]
        if NEGATION.search(g.group(0)) or _clause_negated(head) or _elsewhere(text, g.end()):
            continue
        if SUBSET.search(head):
            continue  # "In some people with A, it may remit": a subset, not what A brings
        if not kind and _TREATED_TAIL.match(text, g.end()):
            continue  # "... had better survival with chemotherapy than ...": a trial's arms
        f = g.group("f")
        # "patients with HNSCC who are HPV-positive": the factor is what the relative adds
        who = re.search(r"\s+who\s+(?:are|is|have|has)\s+", f, re.IGNORECASE)
        if who is None and re.search(r"\bwho\b", f, re.IGNORECASE):
            continue  # "patients with X who smoke": a clause, not a factor's name
        start = g.start("f") + (who.end() if who else 0)
        f = f[who.end() :] if who else f
        if _FINITE.search(f):
            continue  # "with A may be treated with B, while C": clauses, not a group's name
        for member in _members(f):
            found.append((member, d, (start, g.end("f")), kind))
    inv = _OUTCOME_IN_GROUP.match(text)
    if inv and not NEGATION.search(text):
        d = "better prognosis" if inv.group("good") else "poorer prognosis"
        for member in _members(inv.group("f")):
            found.append((member, d, (inv.start("f"), inv.end("f")), ""))
    care = _CARE_EFFECT.match(_unreported(text))
    # care in general ("Treatment lowers the risk") is what every page says: only care given
    # early or properly is a factor of the outlook
    if care and not NEGATION.search(care.group(0)) and re.search(_TIMELY, care.group("f"), re.I):
        d = "better prognosis"
        found.append((care.group("f"), d, (0, len(text)), ""))
    sooner = _SOONER.search(text)
    if sooner and not NEGATION.search(sooner.group(0)):
        f = _timely_care(sooner.group("f"))
        if f:
            found.append((f, "better prognosis", sooner.span("f"), ""))
    if NEGATION.search(text):
        return found
    w = _WITH_CARE.match(text)
    if w and _GOOD_END.search(w.group("rest")):
        found.append((w.group("f"), "better prognosis", w.span("f"), "care"))
    end = _WITH_CARE_END.search(text) if w is None else None
    if end:
        said = _OUTCOME_END.search(text, 0, end.start())
        if said and said.group("good"):
            found.append((end.group("f"), "better prognosis", end.span("f"), ""))
    return found


# A verb or a clause opener inside what should be a group's name
_FINITE = re.compile(
    r"\b(?:is|are|was|were|may|can|will|should|would|while|whereas|but|although)\b", re.I
)
# What names the disease as the clause's subject when no lexicon name does
_THE_DISEASE = re.compile(
    r"^\s*(?:it|(?:this|the)\s+(?:disease|condition|illness|infection))\b",
    re.IGNORECASE,
)


def _other_disease(
    dc: DocContext, seg: Segment, at: int, span: tuple[int, int], disease: str
) -> bool:
    """Whether the words at ``span`` name a disease other than ``disease``."""
    named = dc.disease_in(m for m in seg.mentions if at + span[0] <= m.start < at + span[1])
    return named is not None and not dc.same_disease(named, disease)


def _disease_is_subject(
    dc: DocContext, seg: Segment, at: int, text: str, span: tuple[int, int], disease: str
) -> bool:
    """Whether the clause an untreated-condition reading speaks of has the disease for its
    subject: named before "can be fatal if ..." or right after "If not treated, ..."."""
    if _IF_UNTREATED.match(text):
        start = text.find(",", span[1]) + 1
        where, end = start, start + 40
    else:
        where, end = 0, span[0]
    if _THE_DISEASE.match(text[where:end]) or disease.lower() in text[where:end].lower():
        return True
    named = [m for m in seg.mentions if at + where <= m.start < at + end]
    return dc.disease_in(named) is not None


# Who the main clause after "With proper care," speaks of, when it is no named disease
_WHO = re.compile(
    r"^\s*(?:(?:most|many|some|nearly\s+all|almost\s+all)\s+)?(?:people|patients|persons|"
    r"children|adults|those|you|they|it|he|she|individuals)\b",
    re.IGNORECASE,
)


def _care_for_disease(
    dc: DocContext, seg: Segment, at: int, text: str, span: tuple[int, int], disease: str
) -> bool:
    """Whether the clause after "With proper care," speaks of the people who have the disease,
    or of the disease itself, rather than of something else it names ("shock can be
    treated" on a page about low blood pressure)."""
    start = text.find(",", span[1]) + 1
    rest = text[start : start + 40]
    if _WHO.match(rest) or _THE_DISEASE.match(rest) or disease.lower() in rest.lower():
        return True
    named = [m for m in seg.mentions if at + start <= m.start < at + start + 40]
    found = dc.disease_in(named)
    return found is not None and dc.same_disease(found, disease)


def _untreated(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """ "X can be fatal if not treated" -> "not treated", "Left untreated, X is life
    threatening" -> "left untreated"; :func:`_disease_is_subject` checks whose outcome it is."""
    low = text.lower()
    grave = ("fatal", "deadly", "threat", "death", "die", "permanent", "blindness", "brain damage",
             "intellectual disability", "coma")
    if not any(w in low for w in grave) or re.search(
        r"\b(?:rarely|seldom|never|cannot|(?:not|n[’']t)\s+(?:usually\s+|be\s+)?(?:fatal|deadly|"
        r"life))\b",
        text,
        re.IGNORECASE,
    ):
        return []
    fatal = _FATAL_IF.search(text)
    if fatal:
        name = "f" if fatal.group("f") else "f2"
        return [(fatal.group(name), "poorer prognosis", fatal.span(name))]
    first = _IF_UNTREATED.match(text)
    if first:
        name = "f" if first.group("f") else "f2"
        return [(first.group(name), "poorer prognosis", first.span(name))]
    return []


_OF_TAIL = re.compile(r"\s+(?:of|for|in)\s+(?:the\s+)?(?P<d>(?:[\w'’-]+\s+){0,3}[\w'’-]+)$", re.I)


def _without_disease(dc: DocContext, found: str, subject: str) -> str:
    """ "early treatment for CF" -> "early treatment": the disease the care is for is the
    card's subject, not part of its factor."""
    tail = _OF_TAIL.search(found)
    if tail is None:
        return found
    named = tail.group("d")
    initials = "".join(w[0] for w in subject.split()).lower()  # "CF" for cystic fibrosis
    if named.lower() in (subject.lower(), initials) or dc.disease_in(dc.find(named)) is not None:
        return found[: tail.start()]
    return found


def _members(text: str) -> list[str]:
    """The factors a group phrase joins: "A, B, or C". "who have A and show B" is one
    condition (both at once), its second verb dropped."""
    t = re.sub(r"\s+and\s+(?:show|have|has|had|are)\s+", " and ", text.strip(), flags=re.I)
    if re.search(r"\s+and\s+", t) and "," not in t:
        return [t]
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:or|and)\s+(?=\w+(?:\s+\w+)?\s*$)", t)
    parts = [p.strip(" ,") for p in parts if p.strip(" ,")]
    # "A or B" of one word each keeps its words ("heart or brain complications")
    if len(parts) > 1 and len(parts[0].split()) == 1 and "," not in t:
        return [t]
    return parts


_THE_DISEASE_ITSELF = re.compile(
    r"(?:the\s+|this\s+)?(?:disease|condition|illness|infection|cancer|disorder|syndrome)", re.I
)
_PARTICIPLE = re.compile(
    r"^(?:are\s+|is\s+|were\s+|was\s+)?(?P<v>treated|diagnosed)\s+(?P<w>early|promptly|quickly)$",
    re.IGNORECASE,
)


def _factor(dc: DocContext, words: str) -> str | None:
    """The factor a clause names, cleaned: "treated early" -> "early treatment", "treating PV"
    -> "treatment"; None for a drug (a trial arm or a drug's effect), a pronoun or a clause."""
    t = clean_phrase(words).strip()
    t = re.sub(r"^(?:it\s+is|they\s+are)\s+", "", t, flags=re.IGNORECASE)
    p = _PARTICIPLE.match(t)
    if p:
        return "early " + ("treatment" if p.group("v").lower() == "treated" else "diagnosis")
    t = re.sub(r"^treating\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?$", "treatment", t, flags=re.I)
    if _ARM.search(t) or re.search(r"\b(?:this|these|that|it|they|which)\b", t, re.I):
        return None
    if _THE_DISEASE_ITSELF.fullmatch(t):
        return None  # "people who have the disease have remission": no factor
    if any(m.is_kind("drug") for m in dc.find(t)):
        return None
    # the sentence's own words ("HIV infection", not the lexicon's name of the virus)
    return short_factor(t)


def _timely_care(words: str) -> str | None:
    """ "treatment begins" -> "early treatment"; "your doctor diagnoses and treats it" ->
    "early diagnosis and treatment"; None when no care is named."""
    low = words.lower()
    diag, treat = "diagnos" in low, "treat" in low
    if diag and treat:
        return "early diagnosis and treatment"
    return "early treatment" if treat else "early diagnosis" if diag else None


def _uncompared(text: str, g: re.Match[str]) -> bool:
    """Whether a group's outcome is a level ("have a good outlook", "do poorly") with nothing
    it is compared with ("than ...", "better", "more severe")."""
    return uncompared(g.group(0)[g.end("f") - g.start() :], text[g.end() :])


def _blank_parens(text: str) -> str:
    """Brackets blanked out, the offsets kept: "(e.g., A, B)" holds examples, not members."""
    return re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)


def _clause_negated(head: str) -> bool:
    """A negation in the clause before the group: "It is not true that patients with ..."."""
    clause = re.split(r"[,;:]|\b(?:but|while|whereas)\b", head)[-1]
    return bool(NEGATION.search(clause))


def _elsewhere(text: str, pos: int) -> bool:
    return bool(_ELSEWHERE.match(text[pos:]))


_REPORTED = re.compile(
    r"^\s*(?:(?:studies|research|evidence|data)\s+(?:have\s+|has\s+)?(?:show|shows|shown|found|"
    r"suggest|suggests)\s+(?:that\s+)?)",
    re.IGNORECASE,
)


def _unreported(text: str) -> str:
    return _REPORTED.sub("", text)


# The group reading's own steps, for the reader of factors pointed to from the sentence before
# (:mod:`.prognosis_pointer`)
group_members = _members
factor_of = _factor
