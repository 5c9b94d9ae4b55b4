"""phase_duration: how long a treatment phase lasts, read from a sentence whose phase is known.

Durations need a cue ("lasting", "lasts", "over", "for", "typically", "(typically 2-3 years)",
"a 4-week induction") and must not be a point in time ("after 4 weeks", "within 28 days",
"every 3 weeks"), a dosing schedule ("daily for 14 days every 28 days") or a survival figure
("median overall survival of 14 months"). They are normalised to one rendering:

* ranges with an ASCII hyphen and no spaces: "4 to 6 weeks", "4–6 weeks" -> "4-6 weeks";
* number words to digits: "two to three years" -> "2-3 years";
* units spelled out, singular only for exactly one: "1 month", "28 days", "yrs" -> "years";
* approximations: "about|approximately|around|roughly|~" -> "about" (dropped before a range,
  which is approximate already); "up to", "at least", "more than" kept; vague amounts kept:
  "several months", "a few weeks"; "many years" says how long ago, not how long, and
  gives nothing;
* two whole numbers in a row joined by "or" are a range: "2 or 3 days" -> "2-3 days" (but
  "4 or 7 months" are two courses);
* a phase that never ends ("for the rest of their lives", "lifelong therapy") -> "lifelong".

Nor is it how long something else lasts: a side effect, a hospital stay, follow-up or a test,
the time until the treatment works, one drug's schedule in a sentence whose subject is that
drug, or a drug's course in a setting read from the disease's course (relapse, newly
diagnosed) rather than a named phase; a phase that only frames the sentence ("during
induction") owns no duration unless the sentence says the phase lasts it.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.durations_lifelong import denied_after, doubt
from trainer.generator.extract.durations_measures import measures_something_else
from trainer.generator.extract.patterns import negated
from trainer.generator.extract.phase_names import POINT
from trainer.generator.extract.phase_owners import owner
from trainer.generator.extract.phase_settings import CLAUSE_BREAK, SETTING
from trainer.generator.extract.phase_trials import reports_a_trial
from trainer.generator.extract.prior_treatment import completed_before
from trainer.generator.facts import DRAFT_CONFIDENCE, ExtractedFact
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

_NUM_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "a": "1", "an": "1",
}  # fmt: skip
_NUM = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SINGLE = r"(?:an?|one)"
_UNIT = r"(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)"
_APPROX = (
    r"(?:about|approximately|approx\.?|around|roughly|nearly|almost|up to|at least|more than|"
    r"over|less than|under|~|≈)"
)
DURATION = re.compile(
    rf"(?:(?P<approx>{_APPROX})\s*)?(?:(?P<a>{_NUM}|{_SINGLE}(?=\s+{_UNIT}\b))"
    rf"(?:\s*(?:-|–|—|to|or)\s*(?P<b>{_NUM})(?=(?:\s+|-){_UNIT}))?"
    # "12 months or longer", "5 years or more": the least length, kept as the writer put it
    rf"(?:\s+|-)(?P<unit>{_UNIT})(?P<more>\s+or\s+(?:longer|more)\b)?|"
    rf"(?P<vague>several|a few|a couple of|"
    rf"some)\s+(?P<vunit>{_UNIT}))\b",
    re.IGNORECASE,
)
_MAYBE_DURATION = re.compile(rf"\b{_UNIT}\b", re.IGNORECASE)
_CUE_BEFORE = re.compile(
    r"(?:\blast(?:s|ing|ed)?|\btak(?:es|e|ing)|\bcontinu(?:es|e|ed|ing)|\bgiven|\badministered|"
    r"\bdelivered|\bfor|\bover|\bspan(?:s|ning)?|\btypically|\busually|\bgenerally|\bnormally|"
    r"\bduration of|\bperiod of|\bcourse of|\blength of|\bruns?|\brunning|\bis|\bare|\(|"
    r"\babout|\bapproximately|\baround|\broughly|\bup to|\bat least|\bbetween|\btotal of)"
    r"(?:\s+(?:about|approximately|around|roughly|typically|usually|generally|for|up to|at least|"
    r"nearly|between|a|an|total of|a total of|period of|course of))*\s*$",
    re.IGNORECASE,
)
_POINT_BEFORE = re.compile(
    r"\b(?:after|within|before|at|by|every|each|per|from|until|since|following|on|day|days|"
    r"week|weeks|ago|starting|first|last|past|aged?)\s+(?:(?:about|approximately|around|the|"
    r"first|last)\s+)*$",
    re.IGNORECASE,
)
_POINT_AFTER = re.compile(
    r"^\s*(?:of age|old|ago|later|earlier|before(?:hand)?|previously|after|apart|of starting|"
    r"post|from diagnosis|since|"
    r"into|in(?:to)? (?:treatment|therapy)|of (?:starting|beginning|treatment|therapy))\b",
    re.IGNORECASE,
)
_LASTS = re.compile(r"\blast(?:s|ed|ing)?\s+(?:(?:about|around|roughly|for)\s+)*$", re.IGNORECASE)
# "continues for about 2 years after remission": a span that starts at a point
_FOR_SPAN = re.compile(
    r"\b(?:continues?|continued|lasts?|lasting|given|taken|goes on)\s+for\s+"
    r"(?:about\s+|approximately\s+|around\s+|up to\s+|at least\s+)?$",
    re.IGNORECASE,
)
_FROM_START = re.compile(r"^\s*from (?:diagnosis|the start)\b", re.IGNORECASE)
_ADJECTIVES_ONLY = re.compile(r"\s+(?:[a-z-]+\s+)?", re.IGNORECASE)  # at most one word between
_POPULATION = re.compile(
    r"^\s*(?:(?:for|in|to)\s+|\(\s*(?:for\s+|in\s+)?)(?P<p>boys|girls|children|adults|older adults|"
    r"adolescents|young adults|infants|men|women|males|females)\b",
    re.IGNORECASE,
)
# "daily for 14 days every 28 days", "for 5 days of each cycle", "twice a day for 7 days":
# how a drug is dosed, not how long the phase lasts.
_PHASE_OF = re.compile(
    r"\s+(?:of|lasting)\s+(?:either\s+|about\s+|approximately\s+)?|"
    # "... during the intensive phase, which lasts 2 months": the phase is what lasts
    r"\s*,?\s*(?:which|that)\s+(?:usually\s+|typically\s+|generally\s+|often\s+)?"
    r"(?:lasts?|takes?|continues?|runs?)\s+(?:for\s+)?",
    re.IGNORECASE,
)
_SCHEDULE_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:(?:out\s+)?(?:of\s+)?(?:every|each|per)\b|of (?:a|each|every) \d|"
    r"in (?:a|each|every) \d|(?:of|in) (?:each|every|a) (?:cycle|course|month|week)|"
    r"(?:then|followed by) (?:a )?(?:\d+|one|two)[- ](?:days?|weeks?) (?:off|break|rest)|"
    r"off\b|on,)",
    re.IGNORECASE,
)
_SCHEDULE_BEFORE = re.compile(
    r"\b(?:daily|twice|once|three times|times a day|a day|per day|weekly|monthly|every \w+ "
    r"(?:hours?|days?)|on days?)\s+(?:for\s+)?(?:(?:about|up to)\s+)?$",
    re.IGNORECASE,
)
# A phase named as the time or cause of something else: "during induction", "side effects of
# maintenance", "nausea from induction chemotherapy"
_FRAME = re.compile(
    r"\b(?:during|throughout|from|caused\s+by|due\s+to|related\s+to|(?:side\s+|after-?)"
    r"effects?\s+of|toxicit(?:y|ies)\s+of)\s+(?:the\s+|your\s+|their\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "It may take 6 to 8 weeks of treatment before the skin improves", "take 4 weeks to work":
# how long until the treatment shows its effect, not how long it lasts
_TIME_TO_EFFECT = re.compile(
    r"[^.;]*?\b(?:before|until)\b[^.;]*?\b(?:improv\w*|works?|working|better|results?|"
    r"effects?|notice\w*|clears?)\b|\s*(?:of\s+[\w-]+(?:\s+[\w-]+)?\s+)?to\s+(?:work|take\s+effect|"
    r"start\s+working|show|see)\b",
    re.IGNORECASE,
)
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or|plus)\s+(?:an?\s+)?|\s*,\s*", re.IGNORECASE)
_DRUG_COURSES = frozenset({"salvage therapy", "first-line therapy", "second-line therapy"})
_WHICH_LASTS = re.compile(
    r"\s*,?\s*(?:which|that)\s+(?:\w+\s+)?(?:lasts?|takes?|continues?|runs?)\b", re.IGNORECASE
)
# "monitored with scans every 6 months for 2 years", "check-ups for several years", "stay in
# hospital for 2 weeks": how long follow-up, a test or a stay lasts, not the treatment
_NOT_TREATMENT = re.compile(
    r"\b(?:monitor\w*|follow(?:ed)?[- ]?up|check(?:-|\s)?ups?|checked|scans?|visits?|tests?|seen|"
    r"hospital\w*|stay\w*|recover\w*|symptoms?|side\s+effects?)\b[^.;]*$",
    re.IGNORECASE,
)
# "Each cycle of induction lasts 21 days": one cycle's length, not the phase's
_ONE_CYCLE = re.compile(
    r"\b(?:each|one|a|every|per|the\s+first|a\s+single)\s+(?:treatment\s+|chemotherapy\s+)?"
    r"(?:cycle|block|round)\b",  # (not "a course of treatment", which is the whole course)
    re.IGNORECASE,
)
# "median overall survival of 14 months", "survived 5 years": an outcome, not a duration.
_SURVIVAL = re.compile(
    r"\b(?:surviv\w*|median|follow-?up|remission lasted|event-free|progression-free|"
    r"disease-free|life expectancy|lived|live)\b[^.;]*$",
    re.IGNORECASE,
)


_LABEL = re.compile(
    r"\s*(?:\*\*)?\s*[:–—-]\s*(?:lasts\s+|lasting\s+)?(?:about\s+|around\s+)?", re.IGNORECASE
)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


def durations(
    dc: DocContext, seg: Segment, phases: list[Mention], context: Unit | None, conf: float
) -> list[ExtractedFact]:
    out: list[ExtractedFact] = []
    text = seg.text
    phases = [p for p in phases if (h := p.hit("phase")) is None or h.variant != POINT]
    # "If X does not help, Y is prescribed for a few weeks", "for relapsed ALL, given for 28
    # days": a setting read from the disease's course gives the drug's course, not the phase's
    phases = [p for p in phases if not ((h := p.hit("phase")) is not None
                                        and h.variant == SETTING and h.name in _DRUG_COURSES)]
    if context is None:
        # "stay in hospital for 4 weeks during induction", "nausea from induction lasts 2 days":
        # the phase frames or causes what lasts, it is not what lasts
        phases = [p for p in phases if not _FRAME.search(text, max(0, p.start - 40), p.start)
                  or _WHICH_LASTS.match(text, p.end)]
    if not phases:
        return out  # a phase named as a point in time has no length here
    if not _MAYBE_DURATION.search(text) or reports_a_trial(text):
        return out  # a trial's schedule is not the phase's duration
    prev_end = -1  # end of the last accepted duration: "2 years (girls) or 3 years (boys)"
    # "Blinatumomab is given as an infusion for 28 days in relapsed ALL": a sentence whose
    # subject is one drug tells that drug's schedule, unless the duration names its phase
    body = [x for x in seg.mentions if seg.in_body(x)]
    drug_subject = bool(body) and body[0].start - seg.body_start <= 2 and body[0].is_kind(
        "drug") and not body[0].is_kind("phase") and not (
        len(body) > 1 and _JOINED.fullmatch(text, body[0].end, body[1].start)
    ) and not (context is None and any(
        p.start >= body[0].end and not text[body[0].end : p.start].strip() for p in phases
    ))
    # "Tamoxifen or an aromatase inhibitor is used for 5 years": the options of a phase;
    # "Rituximab maintenance is given for 2 years": the drug names the phase, the subject
    for m in DURATION.finditer(text):
        if not seg.in_body(m.start()):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() :]
        coordinated = prev_end >= 0 and bool(
            re.fullmatch(
                r"\s*(?:[\(\[][^()]{0,30}[\)\]])?\s*(?:(?:to|for|in)\s+(?:the\s+)?[\w-]+\s*)?"
                r"(?:,|or|and|,\s*or|,\s*and)\s*",
                text[prev_end : m.start()],
            )
        )
        hyphenated = bool(m.group("unit")) and text[m.start("unit") - 1] == "-"
        # "a 4-week (intensive) induction": the phase the duration qualifies comes right after
        named = next((p for p in phases if p.start >= m.end() and _ADJECTIVES_ONLY.fullmatch(
            text[m.end() : p.start])), None) if hyphenated else None
        prenominal = named is not None
        if hyphenated and not prenominal and re.match(r" ?[A-Za-z]", after):
            continue  # "5-day pulses", "28-day cycles": how long something else lasts
        # "an intensive phase of 2 months, followed by a continuation phase of 4 or 7 months"
        of_phase = next((p for p in phases if p.end <= m.start() and _PHASE_OF.fullmatch(
            text[p.end : m.start()])), None)
        # "- Consolidation: 1-2 months", "Maintenance – 2 years": a phase labelled with its length
        labelled = next((p for p in phases if p.end <= m.start() and _LABEL.fullmatch(
            text[p.end : m.start()])), None)
        of_phase = of_phase or labelled
        named = named or of_phase
        # "Children then get 2 years of maintenance": the years the phase takes; but "checked
        # after 4 weeks of induction" and "within 6 months of induction" are points in time
        spans = next((p for p in phases if p.start >= m.end() and _OF_THE.fullmatch(
            text[m.end() : p.start])), None)
        if spans is not None and _POINT_BEFORE.search(before):
            continue
        named = named or spans
        # "Treatment may last from 24 to 48 weeks": a range, not a point it starts from
        ranged = m.group("b") is not None and bool(_LAST_FROM.search(before))
        cue = (
            bool(_CUE_BEFORE.search(before)) or bool(m.group("approx")) or prenominal
            or coordinated or of_phase is not None or spans is not None or ranged
            or bool(_OF_TREATMENT.match(after))
        )
        if not cue or (_POINT_BEFORE.search(before) and not ranged) or completed_before(before):
            continue  # "after 4 weeks", "after they completed 5 years of X": a point in time
        if _RESTATES_POINT.search(text, max(0, m.start() - 80), m.start()):
            continue  # "a week after the first treatment (7-9 days)": the point, restated
        if _POINT_AFTER.match(after) and not (
            (_LASTS.search(before) and _FROM_START.match(after))
            # "given for 4 to 6 months before surgery": the span, then the point it ends at
            or (_FOR_SPAN.search(before) and re.match(r"\s*(?:after|before)\b", after, re.I))
            or _OF_TREATMENT.match(after)  # "cured with 3 days of treatment" (no "after" before)
        ):
            continue  # "relapse 2 years from diagnosis"; but "lasts 2-3 years from diagnosis"
        if negated(before[-20:]):
            continue
        if _SCHEDULE_AFTER.match(after) or _SCHEDULE_BEFORE.search(before) or _SURVIVAL.search(
            text[max(0, m.start() - 80) : m.start()]
        ) or _NOT_TREATMENT.search(_clause_before(text, m.start())) or _TIME_TO_EFFECT.match(
            after
        ) or _symptom_lasts(seg, m.start()) or _ONE_CYCLE.search(_clause_before(text, m.start())):
            continue  # a dosing schedule or a survival time, not how long the phase lasts
        if measures_something_else(text, m.start()):
            continue  # "standard for 20 years", "better than 2 years of X", "benefits for 10 years"
        if drug_subject and named is None and not _LONG_UNIT.match(m.group("unit") or ""):
            continue  # "Dexamethasone is given for 5 days"; but "Imatinib is taken for 3 years"
        phase = named or owner(seg, phases, m.start(), context)
        if phase is None:
            continue
        if (
            named is None
            and context is None
            and len({p.name("phase") for p in phases}) > 1
            and CLAUSE_BREAK.search(_between(text, phase, m.start(), m.end()))
        ):
            continue
        value = normalise_duration(m, before)
        if value is None:
            continue
        q = _POPULATION.match(after)
        qualifier = q.group("p").lower() if q else None
        prev_end = m.end()
        out.append(
            dc.fact(seg, Relation.PHASE_DURATION, phase.name("phase"), value,
                    conf * phase.confidence("phase"), flags=phase.flags("phase"),
                    qualifier=qualifier, context=context)
        )  # fmt: skip
    return out


# "retreatment about a week after the first treatment (7–9 days, depending on the drug)": a
# bracket that restates a point in time ("after", "before", "within" a moment) is that point
_RESTATES_POINT = re.compile(
    r"\b(?:after|before|following|within|since|from)\s+(?:the\s+|their\s+|your\s+)?"
    r"(?:[\w-]+\s+){0,3}?[\w-]+\s*\(\s*(?:about\s+|approximately\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
# months and years: no drug's dosing schedule, but how long the drug (so its phase) goes on
_LONG_UNIT = re.compile(r"(?:months?|mos?|years?|yrs?)$", re.IGNORECASE)
_LAST_FROM = re.compile(r"\blast(?:s|ing|ed)?\s+(?:for\s+)?(?:anywhere\s+)?from\s+$", re.I)
# "cured with 2 or 3 days of treatment", "needs several weeks of antibiotic treatment"
_OF_TREATMENT = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,2}?(?:treatment|therapy)\b", re.I)
# "will take the medicines for the rest of their lives", "lifelong treatment": no end at all
LIFELONG = re.compile(
    r"\bfor\s+the\s+rest\s+of\s+(?:their|his|her|your|one's|the\s+person's|a\s+person's)\s+"
    r"li(?:fe|ves)\b|\b(?:lifelong|life-long)(?=\s+(?:treatment|therapy|(?:[\w-]+\s+){1,3}?"
    r"(?:control|management))\b)|\bfor\s+life\b(?!-)|"
    # "maintained throughout the person's lifetime", "continued for their lifetime"
    r"\b(?:throughout|for)\s+(?:the\s+rest\s+of\s+)?(?:their|his|her|your|one's|the\s+person's|"
    r"a\s+person's|the\s+patient's)\s+(?:whole\s+|entire\s+)?lifetimes?\b|"
    r"\bthroughout\s+(?:their|his|her|your|the\s+person's|a\s+person's)\s+(?:whole\s+|entire\s+)?"
    r"li(?:fe|ves)\b",
    re.IGNORECASE,
)
# "... may be necessary for the rest of their lives": a possibility, not the course's length
_HEDGED = re.compile(
    r"\b(?:may|might|could)\s+(?:also\s+)?be\s+(?:necessary|needed|required|considered)\b|"
    r"\b(?:may|might|could)\s+(?:need|require)\b",
    re.IGNORECASE,
)


def lifelong(
    dc: DocContext, seg: Segment, phases: list[Mention], context: Unit | None, conf: float
) -> list[ExtractedFact]:
    """A phase that never ends ("for the rest of their lives", "lifelong therapy"): "lifelong"."""
    text = seg.text
    low = text.lower()
    if ("life" not in low and "lives" not in low) or _HEDGED.search(text) or reports_a_trial(text):
        return []  # the common case, cheaply
    out: list[ExtractedFact] = []
    for m in LIFELONG.finditer(text):
        if not seg.in_body(m.start()) or negated(text[max(0, m.start() - 60) : m.start()]):
            continue
        if denied_after(text, m.end()):
            continue  # "lifelong treatment with X isn't required"
        phase = owner(seg, phases, m.start(), context)
        if phase is None:
            continue
        name, flags = phase.name("phase"), phase.flags("phase")
        confidence = conf * phase.confidence("phase")
        why = doubt(seg.body, m.start() - seg.body_start, m.end() - seg.body_start)
        if name == "overall treatment" and why is not None:
            # a device's or a preventive course: a draft with the reason, not a card
            confidence = min(confidence, DRAFT_CONFIDENCE)
            flags = (*flags, f"uncertain: {why}")
        out.append(
            dc.fact(seg, Relation.PHASE_DURATION, name, "lifelong", confidence, flags=flags,
                    context=context)
        )
        break  # one statement of it per sentence
    return out


_OF_END = re.compile(r"\s+of\s+$", re.IGNORECASE)


def span_before(text: str, at: int) -> str | None:
    """"approximately 5 years of | adjuvant tamoxifen": the normalised span of treatment that
    ends right before ``at`` with "of", unless it is a point in time ("after 5 years of"), a
    course already completed, a schedule or a survival time."""
    window_start = max(0, at - 60)
    of = _OF_END.search(text, window_start, at)
    if of is None:
        return None
    m = next((d for d in DURATION.finditer(text, window_start, of.start())
              if d.end() == of.start()), None)
    if m is None:
        return None
    before = text[max(0, m.start() - 40) : m.start()]
    if (_POINT_BEFORE.search(before) or completed_before(before) or negated(before[-20:])
            or _SCHEDULE_BEFORE.search(before)
            or _SURVIVAL.search(text[max(0, m.start() - 80) : m.start()])
            or _NOT_TREATMENT.search(_clause_before(text, m.start()))
            or measures_something_else(text, m.start())):
        return None
    return normalise_duration(m, before)


# "adjuvant imatinib for 3 years", "maintenance rituximab (is usually given) for 2 years": the
# span right after the qualified drug
_FOR_AFTER = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:therapy|treatment)\s+)?(?:(?:is\s+|was\s+|are\s+|"
    # "adjuvant tamoxifen is usually given for", "must be taken for"
    r"(?:must|should|will|can)\s+be\s+)?(?:(?:usually|typically|generally|normally|often)\s+)?"
    r"(?:given|taken|continued|used)\s+)?for\s+",
    re.IGNORECASE,
)


def span_after(text: str, at: int) -> str | None:
    """"adjuvant imatinib | for 3 years": the normalised span of treatment right after ``at``,
    unless it is a schedule ("for 14 days every 28 days") or the time the drug takes to work."""
    f = _FOR_AFTER.match(text, at)
    m = None if f is None else DURATION.match(text, f.end())
    if m is None:
        return None
    after = text[m.end() :]
    if _SCHEDULE_AFTER.match(after) or _TIME_TO_EFFECT.match(after):
        return None  # (after "for", "3 years after surgery" is still the span, from that point)
    return normalise_duration(m, text[max(0, m.start() - 40) : m.start()])


def _symptom_lasts(seg: Segment, pos: int) -> bool:
    """Whether a symptom or sign the lexicon knows stands in the clause before ``pos`` ("hair
    loss may last for several months"): how long it lasts is no phase's length."""
    a = max((x.end() for x in CLAUSE_BREAK.finditer(seg.text, 0, pos)), default=0)
    return any(
        a <= m.start < pos and (h := m.hit("condition")) is not None
        and h.type in ("symptom", "sign") and _LASTING.search(seg.text, m.end, pos) is not None
        for m in seg.mentions
    )


_LASTING = re.compile(r"\b(?:last\w*|persist\w*|linger\w*|continu\w*|go(?:es)?\s+on)\b", re.I)


def _clause_before(text: str, pos: int) -> str:
    """The words of the clause that ends at ``pos`` (from the last ";", ". " or contrast)."""
    a = max((x.end() for x in CLAUSE_BREAK.finditer(text, 0, pos)), default=0)
    return text[a:pos]


def _between(text: str, phase: Mention, start: int, end: int) -> str:
    return text[phase.end : start] if phase.end <= start else text[end : phase.start]


def normalise_duration(m: re.Match[str], before: str = "") -> str | None:
    """One rendering of a duration (see the module docstring).

    "over" is "more than" only after a verb of lasting ("lasts over 2 years"); otherwise it is
    the span ("given over 4-6 weeks").
    """
    if m.group("vague"):
        vague = m.group("vague").lower()
        return f"{vague} {_unit(m.group('vunit'), plural=True)}"
    a = _number(m.group("a"))
    b = _number(m.group("b")) if m.group("b") else None
    if a is None:
        return None
    approx = (m.group("approx") or "").lower().rstrip(".")
    if approx == "over" and (
        b is not None or not re.search(r"\b(?:for|last\w*|of|take\w*)\s*$", before, re.I)
    ):
        approx = ""
    approx = _APPROX_WORDS.get(approx, approx)
    if b is not None and re.search(r"\bor\b", m.group(0), re.IGNORECASE) and not _next(a, b):
        # "4 or 7 months": two courses, not a range; but "2 or 3 days" is a range
        value = f"{a} or {b} {_unit(m.group('unit'), plural=True)}"
    elif b is not None:
        approx = "" if approx in ("about", "nearly") else approx  # a range is already approximate
        value = f"{a}-{b} {_unit(m.group('unit'), plural=True)}"
    else:
        value = f"{a} {_unit(m.group('unit'), plural=a != '1')}"
    if m.group("more") and not approx:
        value += " " + " ".join(m.group("more").lower().split())
    return f"{approx} {value}" if approx else value


_APPROX_WORDS = {
    "approximately": "about", "approx": "about", "around": "about", "roughly": "about",
    "~": "about", "≈": "about", "over": "more than", "almost": "nearly",
}  # fmt: skip


def _next(a: str, b: str) -> bool:
    """Whether ``b`` is the whole number right after ``a`` ("2 or 3 days")."""
    return a.isdigit() and b.isdigit() and int(b) == int(a) + 1


def _number(word: str | None) -> str | None:
    if word is None:
        return None
    w = word.lower()
    if w in ("a", "an"):
        return "1"
    return _NUM_WORDS.get(w, w if re.fullmatch(r"\d+(?:\.\d+)?", w) else None)


def _unit(unit: str, *, plural: bool) -> str:
    u = unit.lower()
    base = {"d": "day", "w": "week", "m": "month", "y": "year"}[u[0]]
    return base + ("s" if plural else "")
