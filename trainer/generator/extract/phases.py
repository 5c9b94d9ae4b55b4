"""phase_duration and phase_drugs: how long a treatment phase lasts and which drugs it uses.

The phase a sentence speaks of is, in order: a phase named in the same clause ("Induction lasts
4 weeks"), in the list's lead-in ("Drugs used in induction:" + items), in the section heading
("Maintenance Therapy" + "Lasts 2-3 years"), or in the previous sentence when this one opens
with "This"/"It"/"The phase" ("... need post-induction therapy. This requires ... 2 to 3
years"). A phase named after "after"/"following"/"before" is a point in time, not the phase
spoken of ("relapse after induction").

Durations need a cue ("lasting", "lasts", "over", "for", "typically", "(typically 2-3 years)",
"a 4-week induction") and must not be a point in time ("after 4 weeks", "within 28 days",
"every 3 weeks"). They are normalised to one rendering:

* ranges with an ASCII hyphen and no spaces: "4 to 6 weeks", "4–6 weeks" -> "4-6 weeks";
* number words to digits: "two to three years" -> "2-3 years";
* units spelled out, singular only for exactly one: "1 month", "28 days", "yrs" -> "years";
* approximations: "about|approximately|around|roughly|~" -> "about" (dropped before a range,
  which is approximate already); "up to", "at least", "more than" kept; vague amounts kept:
  "several months", "a few weeks".
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import (
    CONNECTOR,
    in_closed_list,
    negated,
    verb_negated,
)
from trainer.generator.facts import ExtractedFact
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
    rf"(?:\s+|-)(?P<unit>{_UNIT})|(?P<vague>several|a few|a couple of|many|"
    rf"some)\s+(?P<vunit>{_UNIT}))\b",
    re.IGNORECASE,
)
_MAYBE_DURATION = re.compile(rf"\b{_UNIT}\b", re.IGNORECASE)
_CUE_BEFORE = re.compile(
    r"(?:\blast(?:s|ing|ed)?|\btak(?:es|e|ing)|\bcontinu(?:es|e|ed|ing)|\bgiven|\badministered|"
    r"\bdelivered|\bfor|\bover|\bspan(?:s|ning)?|\btypically|\busually|\bgenerally|\bnormally|"
    r"\bduration of|\bperiod of|\bcourse of|\blength of|\bruns?|\brunning|\bis|\bare|\(|"
    r"\babout|\bapproximately|\baround|\broughly|\bup to|\bat least|\bbetween)"
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
    r"^\s*(?:of age|old|ago|later|after|apart|of starting|post|from diagnosis|since|"
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
_TIME_REF = re.compile(
    r"\b(?:after|following|post|before|prior to|end of|completion of|completing|finishing|"
    r"until|since|start of|beginning of)\s+(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(
    r"^\s*(?:this|it|these|the (?:phase|treatment|course|therapy|regimen|block|stage)|"
    r"during this (?:phase|time|period|stage)|this (?:phase|treatment|course|stage|part|block))\b",
    re.IGNORECASE,
)
_REFERENCE = re.compile(r"[\s-]*(?:drugs?|medicines?|agents?|regimens?|doses?)\b", re.I)
_USE_CUE = re.compile(
    r"\b(?:include[sd]?|including|consists? of|consisting of|compris(?:es|e|ing)|involv(?:es|e|"
    r"ing)|"
    r"uses?|using|used|given|administered|receive[sd]?|receiving|with|combination of|"
    r"combin(?:es|ed|ing|e)|regimens?|add(?:ed|ing)? to|continued (?:through|during|in)|"
    r"alternative in|contains?|containing|plus|such as|drugs?|agents?|medicines?|"
    r"medications?|treated with|based on|backbone|consists?|made up of|(?:will|also|usually|"
    r"then|may|you|they|people|patients|children) (?:have|take|get)|takes?|taking)\b|"
    r"['’]ll (?:have|take|get)\b|:|-(?:based|containing)\b",
    re.IGNORECASE,
)
_NOT_PHARMA_CLASS = re.compile(
    r"therap|chemotherapy|treatment|transplant|radio|irradiation|care|transfusion|infusion|"
    r"leukapheresis|hydration",
    re.IGNORECASE,
)
_POPULATION = re.compile(
    r"^\s*(?:(?:for|in)\s+|\(\s*(?:for\s+|in\s+)?)(?P<p>boys|girls|children|adults|older adults|"
    r"adolescents|young adults|infants|men|women|males|females)\b",
    re.IGNORECASE,
)
# "daily for 14 days every 28 days", "for 5 days of each cycle", "twice a day for 7 days":
# how a drug is dosed, not how long the phase lasts.
_PHASE_OF = re.compile(r"\s+(?:of|lasting)\s+(?:either\s+|about\s+|approximately\s+)?",
                       re.IGNORECASE)
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
# "median overall survival of 14 months", "survived 5 years": an outcome, not a duration.
_SURVIVAL = re.compile(
    r"\b(?:surviv\w*|median|follow-?up|remission lasted|event-free|progression-free|"
    r"disease-free|life expectancy|lived|live)\b[^.;]*$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r";|\.\s|,\s*(?:whereas|while|but)\b|\bwhereas\b|\bwhile\b")


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    disease = dc.disease_in(seg.mentions)
    if disease and dc.main_disease and not dc.same_disease(disease, dc.main_disease):
        return []  # an aside about another disease ("In AML, induction uses ...")
    phases, context, conf = _phase_context(dc, seg)
    if not phases:
        return []
    if _treats_a_complication(seg):
        # "Tocilizumab is the first-line treatment (of CRS)": a line of therapy for a
        # complication, not a phase of the leukaemia's treatment
        phases = [p for p in phases if p.name("phase") not in _LINES_OF_THERAPY]
        if not phases:
            return []
    return _durations(dc, seg, phases, context, conf) + _drugs(dc, seg, phases, context, conf)


_LINES_OF_THERAPY = frozenset({"first-line therapy", "second-line therapy"})


def _treats_a_complication(seg: Segment) -> bool:
    for m in seg.mentions:
        hit = m.hit("condition")
        if hit is not None and hit.type in ("complication", "sign", "symptom"):
            return True
    return False


def _phase_context(dc: DocContext, seg: Segment) -> tuple[list[Mention], Unit | None, float]:
    """Phase mentions the segment speaks of, the unit they come from, and a confidence."""
    own = [m for m in seg.mentions if m.is_kind("phase") and not _time_ref(seg.text, m)]
    if not own:
        own = _relapse_setting(dc, seg) or _treatment_as_a_whole(dc, seg)
    if own and _ANAPHOR.match(seg.body):
        # "It uses several of the induction drugs again": the sentence is about the phase "it"
        # stands for; a phase naming other drugs is a reference, not the subject
        own = [m for m in own if not _REFERENCE.match(seg.text[m.end :])]
    if own:
        return own, None, 0.85
    item = dc.item_head(seg.main)
    if item is not None:
        ip = [m for m in dc.mentions(item) if m.is_kind("phase") and not _time_ref(item.text, m)]
        if len({m.name("phase") for m in ip}) == 1:
            return ip[:1], item, 0.8
    head = dc.heading(seg.main)
    if head is not None:
        hp = [m for m in dc.mentions(head) if m.is_kind("phase")]
        if len({m.name("phase") for m in hp}) == 1 and not _time_ref(head.text, hp[0]):
            return hp[:1], head, 0.75
    if _ANAPHOR.match(seg.body):
        prev = dc.previous(seg.main)
        if prev is not None:
            pp = [
                m for m in dc.mentions(prev) if m.is_kind("phase") and not _time_ref(prev.text, m)
            ]
            if len({m.name("phase") for m in pp}) == 1:
                return pp[:1], prev, 0.7
    return [], None, 0.0


_RELAPSED_STATE = re.compile(r"^(?:relapsed|refractory|recurrent)\b", re.IGNORECASE)
_FOR_PATIENTS_WITH = re.compile(
    r"\b(?:for|in|with|of|against)\s+(?:(?:the\s+)?treatment\s+of\s+)?(?:[\w-]+[\s,]+){0,3}?$",
    re.IGNORECASE,
)


def _relapse_setting(dc: DocContext, seg: Segment) -> list[Mention]:
    """"... approved for children with relapsed ALL": a disease named as relapsed or
    refractory is the setting of salvage therapy, the phase the drugs of the sentence belong to.
    """
    hits = dc.lexicon.lookup("treatment at relapse")
    phase = next((h for h in hits if h.kind == "phase"), None)
    if phase is None:
        return []
    out = []
    for m in seg.mentions:
        h = m.hit("condition")
        if h is None or h.type not in ("disease", "subtype"):
            continue
        before = seg.text[max(0, m.start - 60) : m.start]
        state = _RELAPSED_BEFORE.search(before)
        if _RELAPSED_STATE.match(m.surface) and _FOR_PATIENTS_WITH.search(before):
            out.append(Mention(m.start, m.end, m.surface, (phase,)))
        elif state is not None and (
            _FOR_PATIENTS_WITH.search(before[: state.start()])
            or _TREATMENT_OF.search(seg.text[max(0, m.start - 160) : m.start])
        ):
            # "Treatment options for indolent, recurrent B-cell NHL include:", "Treatment of
            # stage IV melanoma and recurrent melanoma may include:"
            out.append(Mention(m.start, m.end, m.surface, (phase,)))
    if not out:
        # "Treatment of stage IV melanoma and recurrent melanoma may include:", whatever the
        # disease's name
        lead = _RELAPSE_LEAD.search(seg.text[: seg.body_start or len(seg.text)])
        if lead is not None:
            a, b = lead.span("w")
            out.append(Mention(a, b, seg.text[a:b], (phase,)))
    return out


_TREATMENT_LASTS = re.compile(
    r"^\s*(?P<w>(?:the\s+)?(?:whole\s+|entire\s+|total\s+)?(?:treatment|therapy))\s+"
    r"(?:usually\s+|typically\s+|generally\s+|often\s+|normally\s+)?"
    r"(?:lasts|takes|continues|goes on)\b",
    re.IGNORECASE,
)


def _treatment_as_a_whole(dc: DocContext, seg: Segment) -> list[Mention]:
    """"Treatment usually lasts at least 2 to 3 years.": the treatment as a whole."""
    m = _TREATMENT_LASTS.match(seg.body)
    hits = dc.lexicon.lookup("overall treatment")
    phase = next((h for h in hits if h.kind == "phase"), None)
    if m is None or phase is None:
        return []
    a, b = (seg.body_start + x for x in m.span("w"))
    return [Mention(a, b, seg.text[a:b], (phase,))]


_RELAPSE_LEAD = re.compile(
    r"^\s*(?:the\s+)?(?:standard\s+)?(?:treatment|therapy)(?:\s+options?)?\s+(?:of|for)\b"
    r"[^.;:]*?\b(?P<w>relapsed|recurrent|refractory)\b[^.;:]*?\b(?:may\s+)?(?:include|includes|"
    r"are)\s*:?\s*$",
    re.IGNORECASE,
)
_TREATMENT_OF = re.compile(
    r"^\s*(?:the\s+)?(?:standard\s+)?(?:treatment|therapy)(?:\s+options?)?\s+(?:of|for)\b[^.;:]*$",
    re.IGNORECASE,
)
_RELAPSED_BEFORE = re.compile(
    r"\b(?:relapsed|recurrent|refractory)(?:\s+(?:or|and|/)\s+\w+)?[\s,]+(?:[\w-]+[\s,]+){0,2}$",
    re.IGNORECASE,
)


_USED_IN = re.compile(
    r"\b(?:agents?|drugs?|regimens?|medicines?|therapies)\s+(?:used|given)\s+(?:in|for|during)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _time_ref(text: str, m: Mention) -> bool:
    if _HAS_LASTED.match(text, m.end):
        return False  # "until the whole course of treatment has lasted 2 years": its subject
    before = text[max(0, m.start - 40) : m.start]
    # "agents used in front-line therapy": the phase names other drugs' use, not this one's
    used_in = _USED_IN.search(before) and not re.match(
        r"\s*(?:include|includes|are|is|:)", text[m.end : m.end + 12], re.IGNORECASE
    )  # "the drugs used for induction include:" speaks of the phase itself
    return bool(_TIME_REF.search(before[-30:]) or used_in)


_HAS_LASTED = re.compile(r"\s+(?:has|have|had)\s+(?:lasted|run|gone on)\b", re.IGNORECASE)


def _owner(seg: Segment, phases: list[Mention], pos: int, context: Unit | None,
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
    before = [m for m in phases if m.end <= pos and not _CLAUSE_BREAK.search(seg.text[m.end : pos])]
    if before:
        return before[-1]
    stop = pos if end is None else end
    after = [m for m in phases if m.start >= stop and (
        len(seg.text[stop : m.start].split()) <= 3 or _GIVEN_IN.fullmatch(seg.text[stop : m.start])
    )]
    return after[0] if after else None


_SPANS = frozenset({"overall treatment", "end of therapy"})  # not phases that give drugs
_AS_PHASE = re.compile(r"\s+(?:as|for)\s+(?:the\s+)?(?:[\w-]+\s+)?", re.IGNORECASE)
# "Rituximab should be added to induction", "Imatinib, a first-generation TKI, is an acceptable
# alternative in induction", "The TKI should be continued through consolidation",
# "nelarabine-based salvage therapy": the drug, then the phase it is given in.
_GIVEN_IN = re.compile(
    r"(?:\s*,[^,;.]{1,50},)?\s+(?:is|are|should be|can be|may be|must be|will be|was|were)\s+"
    r"(?:(?:also|then|usually|often|only)\s+)?(?:(?:added|given|used|continued|included|"
    r"started)\s+(?:to|in|during|through|throughout|for)|(?:an?\s+)?(?:\w+\s+)?(?:alternative|"
    r"option|choice)\s+(?:in|for|during))\s+(?:the\s+)?|-based\s+|-containing\s+",
    re.IGNORECASE,
)


_AND_AGAIN = re.compile(
    r"\s*(?:,\s*)?(?:and|or|then)?\s*(?:again|also|later)?\s*(?:in|during)?\s*(?:the\s+)?",
    re.IGNORECASE,
)


def _coordinated(text: str, phases: list[Mention], first: Mention) -> list[Mention]:
    """``first`` and the phases listed right after it ("in induction and again in delayed
    intensification")."""
    out = [first]
    for p in phases:
        if p.start > out[-1].end and _AND_AGAIN.fullmatch(text[out[-1].end : p.start]):
            out.append(p)
    return out


# -- durations -----------------------------------------------------------------------------------


def _durations(
    dc: DocContext, seg: Segment, phases: list[Mention], context: Unit | None, conf: float
) -> list[ExtractedFact]:
    out: list[ExtractedFact] = []
    text = seg.text
    if not _MAYBE_DURATION.search(text) or _TRIAL_DESIGN.search(text):
        return out  # a trial's schedule is not the phase's duration
    prev_end = -1  # end of the last accepted duration: "2 years (girls) or 3 years (boys)"
    for m in DURATION.finditer(text):
        if not seg.in_body(m.start()):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() :]
        coordinated = prev_end >= 0 and bool(
            re.fullmatch(
                r"\s*(?:[\(\[][^()]{0,30}[\)\]])?\s*(?:,|or|and|,\s*or|,\s*and)\s*",
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
        named = named or of_phase
        cue = (
            bool(_CUE_BEFORE.search(before)) or bool(m.group("approx")) or prenominal
            or coordinated or of_phase is not None
        )
        if not cue or _POINT_BEFORE.search(before):
            continue
        if _POINT_AFTER.match(after) and not (
            (_LASTS.search(before) and _FROM_START.match(after))
            or (_FOR_SPAN.search(before) and re.match(r"\s*after\b", after, re.IGNORECASE))
        ):
            continue  # "relapse 2 years from diagnosis"; but "lasts 2-3 years from diagnosis"
        if negated(before[-20:]):
            continue
        if _SCHEDULE_AFTER.match(after) or _SCHEDULE_BEFORE.search(before) or _SURVIVAL.search(
            text[max(0, m.start() - 80) : m.start()]
        ):
            continue  # a dosing schedule or a survival time, not how long the phase lasts
        phase = named or _owner(seg, phases, m.start(), context)
        if phase is None:
            continue
        if (
            named is None
            and context is None
            and len({p.name("phase") for p in phases}) > 1
            and _CLAUSE_BREAK.search(_between(text, phase, m.start(), m.end()))
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
    if b is not None and re.search(r"\bor\b", m.group(0), re.IGNORECASE):
        # "4 or 7 months": two courses, not a range
        value = f"{a} or {b} {_unit(m.group('unit'), plural=True)}"
    elif b is not None:
        approx = "" if approx in ("about", "nearly") else approx  # a range is already approximate
        value = f"{a}-{b} {_unit(m.group('unit'), plural=True)}"
    else:
        value = f"{a} {_unit(m.group('unit'), plural=a != '1')}"
    return f"{approx} {value}" if approx else value


_APPROX_WORDS = {
    "approximately": "about", "approx": "about", "around": "about", "roughly": "about",
    "~": "about", "≈": "about", "over": "more than", "almost": "nearly",
}  # fmt: skip


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


# -- drugs ---------------------------------------------------------------------------------------


def _drugs(
    dc: DocContext, seg: Segment, phases: list[Mention], context: Unit | None, conf: float
) -> list[ExtractedFact]:
    text = seg.text
    ms = seg.mentions
    names = [m for m in ms if m.is_kind("drug", "drug_class") and seg.in_body(m)]
    if not names:
        return _pronoun_drug(dc, seg, phases, context, conf)
    lead = seg.lead
    lead_has_phase = lead is not None and any(p.start < seg.body_start for p in phases)
    if not _USE_CUE.search(text) and not lead_has_phase:
        return []
    if _CONTROL_ARM.search(text) or _TRIAL_DESIGN.search(text):
        return []  # a trial's arms are what was compared, not the phase's regimen
    arms = [a.span("arm") for a in _ALONE_ARM.finditer(text)]
    out = []
    for m in names:
        if any(a <= m.start < b for a, b in arms):
            continue  # "... or bortezomib and dexamethasone alone (the control group)"
        if (
            m.is_kind("drug_class")
            and not m.is_kind("drug")
            and (_NOT_PHARMA_CLASS.search(m.name("drug_class"))
                 or not (_with_drug(text, ms, m) or _given_in_phase(text, phases, m)))
        ):
            # a class counts only in a list of drugs ("vincristine and anthracyclines") or as
            # what a phase gives ("The TKI should be continued through consolidation")
            continue
        phase = _owner(seg, phases, m.start, context, m.end)
        if phase is None:
            continue
        if verb_negated(_clause_of(text, m.start, m.end)) or _excluded(text, m):
            continue
        if phase.start > m.end and _OWN_PURPOSE.search(
            re.sub(r"\b(?:for|in)\s+(?:\w+\s+){0,3}$", "", text[m.end : phase.start])
        ):
            continue  # "imatinib for Ph+ ALL, and X for relapsed disease": imatinib has its own
        kind = "drug" if m.is_kind("drug") else "drug_class"
        owners = _coordinated(text, phases, phase) if phase.start > m.end else [phase]
        for owner in owners:
            if owner.name("phase") in _SPANS:
                continue  # every drug is given during the whole treatment: says nothing
            out.append(
                dc.fact(seg, Relation.PHASE_DRUGS, owner.name("phase"), m.name(kind),
                        conf * min(owner.confidence("phase"), m.confidence(kind)),
                        flags=owner.flags("phase") + m.flags(kind), context=context)
            )  # fmt: skip
    return out


_CONTROL_ARM = re.compile(
    r"\b(?:control|comparator|placebo|standard[- ]of[- ]care|reference)[- ](?:arm|group|cohort)s?\b"
    r"[^.;]*\b(?:received?|got|were given|was given|were treated|was treated|took)\b",
    re.IGNORECASE,
)
_TRIAL_DESIGN = re.compile(
    r"\b(?:randomly assigned|randomi[sz]ed|versus|vs\.?|compared with|compared to|"
    r"(?:experimental|investigational|treatment) arm|received either|"
    r"phase\s+(?:I{1,3}|IV|[1-4])(?:/(?:I{1,3}|[1-4]))?\s+(?:study|trial)|"
    r"(?:study|trial)\s+(?:included|enrolled))\b",
    re.IGNORECASE,
)
_ALONE_ARM = re.compile(r"\bor\s+(?P<arm>[^.;()]*?)\s+alone\b", re.IGNORECASE)
_PRIOR = re.compile(
    r"\b(?:previously|already|prior|earlier|before|after)\b|\bhad (?:received|been treated)",
    re.IGNORECASE,
)
_OWN_PURPOSE = re.compile(r"\bfor\b|[;.]\s", re.IGNORECASE)
_IT_GIVEN = re.compile(
    r"^\s*(?:it|this drug|the drug)\s+(?:is|was|can be|may be)\s+(?:\w+\s+){0,2}?"
    r"(?:given|used|added|continued)\b", re.IGNORECASE
)


def _pronoun_drug(
    dc: DocContext, seg: Segment, phases: list[Mention], context: Unit | None, conf: float
) -> list[ExtractedFact]:
    """"It is given weekly in induction": the drug is the one the sentence before is about."""
    if context is not None or not _IT_GIVEN.match(seg.body) or negated(seg.body):
        return []
    prev = dc.previous(seg.main)
    drugs = [m for m in dc.mentions(prev) if m.is_kind("drug")] if prev is not None else []
    if len({m.name("drug") for m in drugs}) != 1 or prev is None:
        return []
    drug = drugs[0]
    return [
        dc.fact(seg, Relation.PHASE_DRUGS, p.name("phase"), drug.name("drug"),
                0.7 * conf / 0.85 * min(p.confidence("phase"), drug.confidence("drug")),
                flags=p.flags("phase") + drug.flags("drug"), context=prev)
        for p in phases
    ]  # fmt: skip


def _given_in_phase(text: str, phases: list[Mention], m: Mention) -> bool:
    return any(p.start >= m.end and _GIVEN_IN.fullmatch(text[m.end : p.start]) for p in phases)


# A clause that says when or where, about other drugs: "... in induction where dasatinib or
# ponatinib cannot be used" does not negate the drug before it.
_SUBORDINATE = re.compile(r",?\s+(?:where|when|unless|if)\s")


def _clause_of(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]`` (between ";", "." and contrast words)."""
    a = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    b = _CLAUSE_BREAK.search(text, end)
    clause_end = b.start() if b else len(text)
    sub = _SUBORDINATE.search(text, end, clause_end)
    return text[a : sub.start() if sub else clause_end]


# "vincristine, a vinca alkaloid", "cytarabine (ara-C), a pyrimidine analogue"
_APPOSITION = re.compile(
    r"^\s*(?:[\)\]]\s*|[\(\[][^()\[\]]{0,40}[\)\]]\s*)?,\s*(?:a|an|the|one)\s", re.IGNORECASE
)


def _with_drug(text: str, ms: list[Mention], c: Mention) -> bool:
    """Whether a class name stands in a list together with drug names."""
    i = ms.index(c)
    # "a corticosteroid (prednisone or dexamethasone)", "an anthracycline such as daunorubicin":
    # a class given with its examples is an item of the drug list, not an apposition
    if _with_examples(text, ms, c):
        return True
    nxt = ms[i + 1] if i + 1 < len(ms) else None
    if nxt is not None and nxt.is_kind("drug") and re.fullmatch(
        r"\s+(?:and|or)\s+", text[c.end : nxt.start]
    ):
        return True  # "vincristine, a corticosteroid and asparaginase": the last items of a list
    if (
        i
        and ms[i - 1].is_kind("drug")
        and _APPOSITION.match(text[ms[i - 1].end : c.start])
        and not in_closed_list(text, ms[i - 1], c, ms[i + 1] if i + 1 < len(ms) else None)
    ):
        return False  # "vincristine, a vinca alkaloid," names the drug's class, not another drug
    for j in (i - 1, i + 1):
        if 0 <= j < len(ms) and ms[j].is_kind("drug"):
            a, b = (ms[j], c) if j < i else (c, ms[j])
            between = text[a.end : b.start]
            if CONNECTOR.match(between) and not (b is c and _APPOSITION.match(between)):
                return True
    return False


_EXAMPLES = re.compile(
    r"^\s*(?:(?:tablets?|capsules?|injections?|infusions?|drugs?|medicines?)\s*)?"  # a form
    r"(?:[\(\[]\s*(?:e\.g\.,?\s*|such as\s+|like\s+|including\s+)?|,?\s*(?:such as|like|"
    r"including|e\.g\.,?)\s+)$",
    re.IGNORECASE,
)


def _with_examples(text: str, ms: list[Mention], c: Mention) -> bool:
    """Whether drug names follow a class name as its examples ("a steroid (X or Y)")."""
    i = ms.index(c)
    nxt = ms[i + 1] if i + 1 < len(ms) else None
    return (
        nxt is not None and nxt.is_kind("drug") and bool(_EXAMPLES.match(text[c.end : nxt.start]))
    )


def _excluded(text: str, m: Mention) -> bool:
    """Drug named as an exception or an alternative that is not used, or as a treatment the
    patient had before ("nivolumab (for people previously treated with sunitinib)")."""
    opening = text.rfind("(", 0, m.start)
    if opening >= 0 and text.find(")", opening) > m.start and _PRIOR.search(
        text[opening : m.start]
    ):
        return True
    before = text[max(0, m.start - 25) : m.start]
    return bool(re.search(r"\b(?:instead of|rather than|except|other than|without|avoid\w*|"
                          r"allergic to|hypersensitivity to|resistan\w+ to|intoleran\w+ (?:of|"
                          r"to))\s+"
                          r"(?:\w+\s+)?$", before, re.IGNORECASE))  # fmt: skip
