"""Which treatment phase a sentence speaks of, and which phase a duration or drug belongs to.

The phase is, in order: a phase named in the same clause ("Induction lasts 4 weeks"), in the
list's lead-in ("Drugs used in induction:" + items), in the section heading ("Maintenance
Therapy" + "Lasts 2-3 years"), or in the previous sentence when this one opens with
"This"/"It"/"The phase" ("... need post-induction therapy. This requires ... 2 to 3 years").
A phase named after "after"/"following"/"before" is a point in time, not the phase spoken of
("relapse after induction"), unless the drugs it uses follow it ("after lymphodepletion with
fludarabine"). A list under a lead-in that points back ("The following drugs are used:",
"Corticosteroids include:") takes the phases of the sentence it points to. Phases told by a
setting rather than named (relapsed disease, the remission aimed at, surgery, the treatment as
a whole) come from :mod:`.phase_settings`. A trial's report (its arms, its results, a section
headed as research) gives no phase fact (:mod:`.phase_trials`).
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.phase_courses import class_given_for
from trainer.generator.extract.phase_failure import failed_phase
from trainer.generator.extract.phase_heading_settings import NEAR_HEADING, heading_setting
from trainer.generator.extract.phase_headings import parent_heading_phase
from trainer.generator.extract.phase_lines import with_lines
from trainer.generator.extract.phase_lists import flattened_lead
from trainer.generator.extract.phase_owners import coordinated_before
from trainer.generator.extract.phase_settings import (
    ANTICANCER,
    cancer_page,
    first_line_setting,
    first_line_spans,
    negated_at,
    prior_line_setting,
    relapse_setting,
    relapse_spans,
    remission_aim,
    surgery_setting,
)
from trainer.generator.extract.phase_untreated import untreated_setting
from trainer.generator.extract.phase_whole import (
    LENGTH_TOPIC,
    span_of_treatment,
    total_course,
    treatment_as_a_whole,
)
from trainer.generator.lexicon import Hit, Mention
from trainer.generator.text import Unit

TIME_REF = re.compile(
    r"\b(?:after|following|post|before|prior to|end of|completion of|completing|finishing|"
    r"(?:who|that)\s+(?:have\s+|has\s+)?(?:finish(?:ed|es)?|complet(?:ed|es?)|end(?:ed|s)?)|"
    r"until|since|start of|beginning of|"
    # "did not respond to initial treatment": the therapy that failed, not the one spoken of
    r"respond(?:ed|s)?\s+to|failure\s+of|failed|failing|refractory\s+to|resistant\s+to)"
    r"\s+(?:the\s+)?(?:[\w-]+\s+)?$",  # "after trastuzumab-based adjuvant therapy"
    re.IGNORECASE,
)
_ANAPHOR = re.compile(
    r"^\s*(?:this|it|these|the (?:phase|treatment|course|therapy|regimen|block|stage)|"
    r"during this (?:phase|time|period|stage)|this (?:phase|treatment|course|stage|part|block))\b",
    re.IGNORECASE,
)
_REFERENCE = re.compile(r"[\s-]*(?:drugs?|medicines?|agents?|regimens?|doses?)\b", re.I)

LINES_OF_THERAPY = frozenset({"first-line therapy", "second-line therapy"})
# "It is used with X in ...": a sentence of a list of a drug's uses, about the drug "it" names
IT_GIVEN = re.compile(
    # "In children, it is used with chemotherapy as the first treatment": a population first
    r"^\s*(?:(?:in|for)\s+(?:[\w-]+\s+){0,2}?(?:adults|children|adolescents|patients|people|"
    r"(?:wo)?men|infants|teenagers)\s*,\s*)?(?:it|this drug|the drug)\s+"
    r"(?:is|was|can be|may be)\s+(?:\w+\s+){0,2}?"
    r"(?:given|used|added|continued)\b", re.IGNORECASE
)


POINT = "point"  # the variant of a phase named as a point in time that still names its drugs
# "infused 2-14 days after lymphodepleting chemotherapy with fludarabine and cyclophosphamide":
# a phase named as a point in time still gives the drugs listed with it
_WITH_LIST = re.compile(r"\s+(?:[\w-]+\s+)?(?:with|using)\s+", re.IGNORECASE)
_IN_WITH_LIST = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:with|using)\s+(?:[\w-]+(?:\s+[\w-]+){0,2}?(?:\s*,\s*(?:and\s+|or\s+)?|"
    r"\s+(?:and|or|plus)\s+|\s*\+\s*))*",
    re.IGNORECASE,
)


def _named_with_drugs(seg: Segment, own: list[Mention]) -> list[Mention]:
    """Phases named as a point in time but followed by the drugs they use ("after induction
    with imatinib"), marked :data:`POINT`: they own only the drugs of that list."""
    out = []
    for m in seg.mentions:
        hit = m.hit("phase")
        if hit is None or m in own or not _WITH_LIST.match(seg.text, m.end):
            continue
        if _time_ref(seg.text, m):
            out.append(Mention(m.start, m.end, m.surface, (Hit(hit.kind, hit.name, POINT),)))
    return out


def in_with_list(text: str, phase: Mention, m: Mention) -> bool:
    """Whether drug ``m`` stands in the list of drugs named right after ``phase``."""
    return phase.end <= m.start and bool(_IN_WITH_LIST.fullmatch(text, phase.end, m.start))


def phase_context(dc: DocContext, seg: Segment) -> tuple[list[Mention], Unit | None, float]:
    """Phase mentions the segment speaks of, the unit they come from, and a confidence."""
    own = [
        m for m in with_lines(dc, seg.text, seg.mentions)
        if m.is_kind("phase") and not _time_ref(seg.text, m) and not not_a_phase(seg.text, m)
        and not failed_phase(seg.text, m)  # "when first-line therapy stops working, X is used"
    ]  # fmt: skip
    if not own:
        own = (
            relapse_setting(dc, seg)
            or first_line_setting(dc, seg)
            or untreated_setting(dc, seg.text, bool(ANTICANCER.search(seg.text))
                                 or cancer_page(dc))
            or remission_aim(dc, seg.text)
            or surgery_setting(dc, seg)
            or treatment_as_a_whole(dc, seg)
            or (prior_line_setting(dc, seg) if _a_use(dc, seg) else [])
        )
    own += _named_with_drugs(seg, own)
    if own and _ANAPHOR.match(seg.body):
        # "It uses several of the induction drugs again": the sentence is about the phase "it"
        # stands for; a phase naming other drugs is a reference, not the subject
        own = [m for m in own if not _REFERENCE.match(seg.text[m.end :])]
    if own and all(_generic_length(m) for m in own):
        # "##### Trastuzumab" under "#### Postoperative therapy": "1 year of trastuzumab was
        # superior to a shorter duration of therapy" is the length of the heading's phase
        held, head_unit = _heading_phase(dc, seg.main)
        if held:
            return held, head_unit, 0.7
    if own:
        extra = total_course(dc, seg)
        return sorted(own + extra, key=lambda m: m.start), None, 0.85
    before_lead = _before_lead(dc, seg) if seg.lead is not None else flattened_lead(dc, seg)
    if before_lead[0]:
        return before_lead
    item = dc.item_head(seg.main)
    if item is not None:
        ip = [m for m in dc.mentions(item) if m.is_kind("phase") and not _time_ref(item.text, m)]
        if len({m.name("phase") for m in ip}) == 1:
            return ip[:1], item, 0.8
        if not ip and IT_GIVEN.match(seg.body):
            # "- AML that is newly diagnosed. It is used with X": the setting the item's first
            # sentence gives its disease holds for the use the item goes on to tell
            hs = _one_each(relapse_spans(dc, item.text)) or _one_each(
                first_line_spans(dc, item.text, dc.heading(item)))
            if len(hs) == 1:
                return hs, item, 0.75
    head = dc.heading(seg.main)
    if head is not None and not _ABOUT_HARMS.search(head.text):
        hp = with_lines(dc, head.text, [m for m in dc.mentions(head) if m.is_kind("phase")])
        # ("Second-Line and Later Treatment")
        if len({m.name("phase") for m in hp}) == 1 and not _time_ref(head.text, hp[0]):
            return hp[:1], head, 0.75
        hp.sort(key=lambda m: m.start)
        if len(hp) > 1 and coordinated_before(head.text, hp, hp[-1]) == hp and not _time_ref(
            head.text, hp[0]
        ):
            return _one_each(hp), head, 0.7  # "Second- and Third-Line Treatment": both lines
        if not hp and _near_heading(dc, seg.main, head):
            # "Treatment of Relapsed Hodgkin Lymphoma", "Newly Diagnosed Myeloma": a heading
            # that tells a cancer's setting sets the phase of what follows at once
            hs = heading_setting(dc, head)
            if hs:
                return hs, head, 0.7
        if not hp and not _RESEARCH.search(seg.text):
            # "## Adjuvant therapy" > "### Chemotherapy" > "Patients receive X": the phase the
            # parent heading names, when the sentence's own heading names none (not for the
            # evidence a section reports: its trials' arms are no phase's drugs)
            parent, p_head = parent_heading_phase(dc, seg.main)
            if len(parent) == 1 and parent[0].name("phase") not in SPANS:
                return parent, p_head, 0.7
    if _ANAPHOR.match(seg.body):
        prev = dc.previous(seg.main)
        if prev is not None:
            pp = [
                m for m in dc.mentions(prev) if m.is_kind("phase") and not _time_ref(prev.text, m)
            ]
            if len({m.name("phase") for m in pp}) == 1:
                return pp[:1], prev, 0.7
    return _span_of_treatment(dc, seg)


def _near_heading(dc: DocContext, unit: Unit, head: Unit) -> bool:
    """Whether ``unit`` is close enough under a setting heading to take its setting: one of the
    first few units, or in the same paragraph or list as one of them. A page that lost its line
    breaks runs the whole section into one block ("Newly Diagnosed X" + "Treatment of A may
    include: - ... Treatment of B may include: - ..."), all of it under the heading; a later
    paragraph may turn to side effects or another use."""
    if unit.index - head.index <= NEAR_HEADING:
        return True
    first = dc.units[head.index + 1 : head.index + NEAR_HEADING + 1]
    return any(u.para == unit.para and u.section == unit.section for u in first)


# "duration of therapy", "treatment duration": a length with no phase of its own; not "the
# whole course", "total duration", which say the treatment as a whole
_WHOLE_WORDS = re.compile(r"\b(?:whole|entire|total|overall|full|complete|course|as a whole)\b",
                          re.IGNORECASE)


_RESEARCH = re.compile(
    r"\b(?:evidence|trials?|stud(?:y|ies)|randomi[sz]\w*|analys[ie]s|meta-analys\w*|enrolled|"
    r"arms?|cohorts?|participants|investigators?|NCT\d+|observation\s+group)\b",
    re.IGNORECASE,
)


def _generic_length(m: Mention) -> bool:
    hit = m.hit("phase")
    return (hit is not None and hit.name == "overall treatment" and hit.variant == "alias"
            and not _WHOLE_WORDS.search(m.surface))


def _heading_phase(dc: DocContext, unit: Unit) -> tuple[list[Mention], Unit | None]:
    """The one phase the section heading names, or else the one its parent heading names."""
    head = dc.heading(unit)
    if head is None or _ABOUT_HARMS.search(head.text):
        return [], None
    hp = {m.name("phase"): m for m in dc.mentions(head) if m.is_kind("phase")}
    if hp:
        ok = len(hp) == 1 and "overall treatment" not in hp and not _time_ref(
            head.text, next(iter(hp.values())))
        return (list(hp.values()), head) if ok else ([], None)
    parent, p_head = parent_heading_phase(dc, unit)
    if len(parent) == 1 and parent[0].name("phase") != "overall treatment":
        return parent, p_head
    return [], None


def _a_use(dc: DocContext, seg: Segment) -> bool:
    """Whether ``seg`` tells one use of a drug in a list of its uses ("It is used in patients
    who ...", an item under "It is used:" or under "X is approved to treat:")."""
    return bool(IT_GIVEN.match(seg.body)) or (
        seg.lead is not None and bool(_USES_LEAD.search(seg.lead.text))
    )


_USES_LEAD = re.compile(r"\b(?:used|approved|given|indicated)\b[^.;]*:\s*$", re.IGNORECASE)


def _span_of_treatment(dc: DocContext, seg: Segment) -> tuple[list[Mention], Unit | None, float]:
    """"3 years of therapy": the whole course, or the one phase whose length the sentence
    before speaks of; nothing when the sentence before names phases for another reason."""
    whole = span_of_treatment(dc, seg) or class_given_for(dc, seg)
    if not whole:
        return [], None, 0.0
    prev = dc.previous(seg.main)
    pp = [] if prev is None else [
        m for m in dc.mentions(prev) if m.is_kind("phase") and not _time_ref(prev.text, m)
    ]
    if not pp:
        # "#### Postoperative therapy" > "##### Trastuzumab" > "1 year of trastuzumab was
        # superior": the phase the parent heading names, not the treatment as a whole
        parent, head = parent_heading_phase(dc, seg.main)
        if len(parent) == 1 and parent[0].name("phase") != "overall treatment":
            return parent, head, 0.7
        return whole, None, 0.8
    if prev is not None and len({m.name("phase") for m in pp}) == 1 and LENGTH_TOPIC.search(
        prev.text
    ):
        return pp[:1], prev, 0.7
    return [], None, 0.0


# "... established these drugs for induction or for relapsing disease. The following drugs
# have been used:" + items: a lead-in that points to a list names its phases in the sentence
# before it.
_POINTING_LEAD = re.compile(
    r"^\s*(?:the following|these|such|they|the drugs below)\b[^.;]*:\s*$", re.IGNORECASE
)
# "Corticosteroids are effective in bringing on remission. Corticosteroids include:" + items:
# a lead-in that lists the members of a class the sentence before gave a phase.
_MEMBERS_LEAD = re.compile(
    r"^\s*(?:include|includes|such as|are|:)\s*:?\s*$", re.IGNORECASE
)


# "Side Effects of Induction", "Late effects of treatment": a heading about harms
_ABOUT_HARMS = re.compile(
    r"\b(?:side[- ]effects?|late\s+effects?|adverse\s+effects?|complications?|toxicit(?:y|ies))\b",
    re.IGNORECASE,
)


def _before_lead(dc: DocContext, seg: Segment) -> tuple[list[Mention], Unit | None, float]:
    """Phases a lead-in's list takes from the text before it: the sentence before a pointing
    lead-in ("The following drugs are used:"), or the nearest sentence before a class's list
    of members ("Corticosteroids include:") that gives that class a phase."""
    lead = seg.lead
    if lead is None or seg.body_start == 0:
        return [], None, 0.0
    if any(m.is_kind("phase") for m in seg.mentions if m.start < seg.body_start):
        return [], None, 0.0
    if _POINTING_LEAD.match(lead.text):
        prev = dc.previous(lead)
        named = _unit_phases(dc, prev) if prev is not None else []
        return _one_each(named), prev, 0.75
    lead_ms = dc.mentions(lead)
    if not (
        lead_ms
        and lead_ms[0].start <= 2
        and lead_ms[0].is_kind("drug_class")
        and _MEMBERS_LEAD.match(lead.text[lead_ms[0].end :])
    ):
        return [], None, 0.0
    for k in range(lead.index - 1, max(-1, lead.index - 1 - _MEMBERS_BACK), -1):
        u = dc.units[k]
        if u.kind == "heading" or u.section != lead.section:
            break
        if any(m.hits == lead_ms[0].hits for m in dc.mentions(u)):
            named = _unit_phases(dc, u)
            if named:
                return _one_each(named), u, 0.75
    return [], None, 0.0


_MEMBERS_BACK = 6  # sentences a class's list of members may look back for the class's phase


def _unit_phases(dc: DocContext, u: Unit) -> list[Mention]:
    """Phases a sentence speaks of: named (not as a point in time nor negated), or told by a
    relapsed setting or the remission aimed at."""
    named = [
        m for m in dc.mentions(u)
        if m.is_kind("phase") and not _time_ref(u.text, m) and not negated_at(u.text, m)
    ]  # fmt: skip
    return named + (relapse_spans(dc, u.text) or remission_aim(dc, u.text))


def _one_each(named: list[Mention]) -> list[Mention]:
    firsts: dict[str, Mention] = {}
    for m in named:
        firsts.setdefault(m.name("phase"), m)
    return list(firsts.values())




_USED_IN = re.compile(
    r"\b(?:agents?|drugs?|regimens?|medicines?|therapies)\s+(?:used|given)\s+(?:in|for|during)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


# "induction of anaesthesia", "labour induction", "a maintenance dose of digoxin": the word
# names a procedure or a dose, not a phase of the treatment
_OTHER_SENSE_AFTER = re.compile(
    r"\s+(?:of\s+(?:general\s+)?(?:an(?:a)?esthesia|labou?r|ovulation|sputum|emesis|vomiting)|"
    r"doses?|dosing|dosage)\b",
    re.IGNORECASE,
)
_OTHER_SENSE_BEFORE = re.compile(
    r"\b(?:an(?:a)?esthe\w*|labou?r|ovulation|sputum|loading)\s+$", re.IGNORECASE
)


def not_a_phase(text: str, m: Mention) -> bool:
    """Whether a phase word stands here in another sense (a procedure or a dose), or is said
    not to exist ("there are no effective second-line therapy options")."""
    return bool(_OTHER_SENSE_AFTER.match(text, m.end)) or bool(
        _OTHER_SENSE_BEFORE.search(text, max(0, m.start - 20), m.start)
    ) or bool(_DENIED.search(text, max(0, m.start - 50), m.start))


# "there are no effective second-line therapy options", "no standard maintenance": a phase the
# sentence says is missing gives no drugs and no length
_DENIED = re.compile(
    r"\b(?:no|without\s+(?:an?\s+|any\s+)?|lack\s+of\s+(?:an?\s+|any\s+)?)\s*(?:(?:other|"
    r"effective|standard|approved|proven|established|further|good|satisfactory|known)\s+"
    r"(?:and\s+|or\s+)?){0,3}$",
    re.IGNORECASE,
)


def passed_phases(seg: Segment) -> set[str]:
    """Phases the segment names only as behind the patients, as a point in time or as what
    failed ("progressive disease after first-line treatment"): a heading's or an earlier
    sentence's phase of that name is not what this sentence speaks of."""
    return {
        m.name("phase") for m in seg.mentions
        if m.is_kind("phase") and (_time_ref(seg.text, m) or failed_phase(seg.text, m))
    }  # fmt: skip


def time_ref(text: str, m: Mention) -> bool:
    """Whether phase ``m`` names a point in time ("relapse after induction") or the use of other
    drugs ("agents used in front-line therapy"), not the phase spoken of."""
    return _time_ref(text, m)


def _time_ref(text: str, m: Mention) -> bool:
    if _HAS_LASTED.match(text, m.end):
        return False  # "until the whole course of treatment has lasted 2 years": its subject
    before = text[max(0, m.start - 40) : m.start]
    # "agents used in front-line therapy": the phase names other drugs' use, not this one's
    used_in = _USED_IN.search(before) and not re.match(
        r"\s*(?:include|includes|are|is|:)", text[m.end : m.end + 12], re.IGNORECASE
    )  # "the drugs used for induction include:" speaks of the phase itself
    return bool(TIME_REF.search(before[-30:]) or used_in)


_HAS_LASTED = re.compile(r"\s+(?:has|have|had)\s+(?:lasted|run|gone on)\b", re.IGNORECASE)


SPANS = frozenset({"overall treatment", "end of therapy"})  # not phases that give drugs
