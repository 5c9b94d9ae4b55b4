"""phase_drugs: the drugs (or drug classes) a treatment phase gives.

A drug counts when the sentence says it is used in the phase ("include", "with", "given in",
a list under a lead-in naming the phase). A class counts only inside a list of drugs or as
what a phase gives, never a modality ("chemotherapy"). A trial's arms, a drug named as an
exception, as a prior treatment or under a negation give no fact.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.inline_lists import in_trial_item, inline_item, opening_lead
from trainer.generator.extract.patterns import (
    CONNECTOR,
    in_closed_list,
    verb_negated,
)
from trainer.generator.extract.phase_antecedents import lead_drug, named_after, pronoun_drug
from trainer.generator.extract.phase_care import beside_the_phase
from trainer.generator.extract.phase_class_members import (
    BRACKETS_DRUGS,
    DESCRIBES_DRUGS,
    as_draft,
    members_in_brackets,
    predicate_of_drugs,
)
from trainer.generator.extract.phase_failure import named_as_failed
from trainer.generator.extract.phase_item_classes import flat_sole_item, sole_item
from trainer.generator.extract.phase_names import POINT, SPANS, in_with_list
from trainer.generator.extract.phase_objects import not_a_phase_class
from trainer.generator.extract.phase_owners import (
    GIVEN_IN,
    coordinated,
    coordinated_before,
    owner,
    with_partner_phases,
)
from trainer.generator.extract.phase_settings import (
    CLAUSE_BREAK,
    NEGATIVE_RELATIVE,
    SETTING,
    without_setting,
)
from trainer.generator.extract.phase_trials import predicts, reports_a_trial
from trainer.generator.extract.phase_whole_drugs import (
    DISEASE_DRUGS,
    DRUG_ADJECTIVES,
    WHOLE_COURSE_CLASS,
)
from trainer.generator.extract.prior_treatment import named_not_given
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

_USE_CUE = re.compile(
    # "was approved by the FDA in 2021 as adjuvant therapy"
    r"\b(?:include[sd]?|including|approved\s+(?:by\s+(?:the\s+)?[\w-]+\s+)?(?:in\s+\d{4}\s+)?"
    r"(?:for|to treat|as)|indicated (?:for|in)|approval\s+(?:for|to treat)|"
    r"consists? of|consisting of|compris(?:es|e|ing)|involv(?:es|e|ing)|"
    r"uses?|using|used|giv(?:e|es|en|ing)|administered|receive[sd]?|receiving|with|combination of|"
    r"(?:can|may|will)\s+(?:cure|treat)|(?:can\s+|may\s+|will\s+)?get\s+rid\s+of|"
    r"combin(?:es|ed|ing|e)|regimens?|add(?:ed|ing)? to|continued (?:through|during|in)|"
    r"alternative in|contains?|containing|plus|such as|drugs?|agents?|medicines?|"
    # "Bortezomib is another choice", "X is an option": a drug named as one of the phase's
    r"options?|choices?|"
    r"medications?|treated with|based on|backbone|consists?|made up of|prescrib(?:e|es|ed|ing)|"
    r"(?:re)?start(?:s|ed|ing)?|"
    r"(?:will|also|usually|"
    r"then|may|you|they|people|patients|children) (?:have|take|get)|takes?|taking|taken)\b|"
    r"['’]ll (?:have|take|get)\b|:|-(?:based|containing)\b",
    re.IGNORECASE,
)


def drugs(
    dc: DocContext, seg: Segment, phases: list[Mention], context: Unit | None, conf: float
) -> list[ExtractedFact]:
    text = seg.text
    ms = seg.mentions
    names = [m for m in ms if m.is_kind("drug", "drug_class") and seg.in_body(m)]
    pronoun = (
        pronoun_drug(dc, seg, phases, context, conf)
        + named_after(dc, seg, phases, conf)
        + lead_drug(dc, seg, phases, context, conf)
    )
    if not names:
        return pronoun
    lead = seg.lead
    lead_has_phase = lead is not None and any(p.start < seg.body_start for p in phases)
    if (
        not _USE_CUE.search(_names_blanked(text, names))
        and not lead_has_phase
        and not any(_PHASE_APPOSITION.match(text, p.end) for p in phases)
        and not any(_given_in_phase(text, phases, m) for m in names)
        and not any(_PHASE_IS.fullmatch(text, p.end, m.start) for p in phases for m in names)
    ):
        return pronoun  # a cue inside a name ("antibody-drug conjugate") is no cue
    if _CONTROL_ARM.search(text) or predicts(text) or (
        reports_a_trial(text) and all(reports_a_trial(text, m.start) for m in names)
    ):
        return []  # a trial's arms, or a forecast of practice, are not the phase's regimen
    arms = [a.span("arm") for a in _ALONE_ARM.finditer(text)]
    # items of a flattened list whose lead-in, another sentence, gave the phase: no clause of
    # this sentence stands between the phase and the drug
    apart = context is not None and context is opening_lead(dc, seg.main)
    out = pronoun
    for m in names:
        if any(a <= m.start < b for a, b in arms):
            continue  # "... or bortezomib and dexamethasone alone (the control group)"
        if (
            m.is_kind("drug_class")
            and not m.is_kind("drug")
            and (not_a_phase_class(m.name("drug_class"))
                 or not (_with_drug(text, ms, m) or _given_in_phase(text, phases, m)
                         or _TREATED_WITH.search(text, 0, (first := _list_first(text, ms, m)))
                         or _USED_CLASS.search(text, 0, first)
                         or _CLASS_USED.match(text, m.end)
                         or _subject_of_disease_drugs(phases, m)
                         or (lead_has_phase and sole_item(seg, m))
                         or flat_sole_item(text, phases, m)))
        ):
            # a class counts only in a list of drugs ("vincristine and anthracyclines") or as
            # what a phase gives ("The TKI should be continued through consolidation")
            continue
        if m.is_kind("drug_class") and not m.is_kind("drug") and (
            _OTHER.search(text[max(0, m.start - 12) : m.start]) or _describes_one(text, ms, m)
        ):
            # "other immunosuppressive agents such as X": a heading for its examples; "a
            # monoclonal antibody (rituximab)": the class describes the one drug it names
            continue
        if m.is_kind("drug_class") and not m.is_kind("drug") and not clean_class(m):
            continue  # "who have received angiogenesis inhibitor therapy": no class's name
        if m.is_kind("drug_class") and not m.is_kind("drug") and _titles_drug(text, ms, m):
            continue  # "The TKI imatinib is used as first-line therapy": the drug's title
        if reports_a_trial(text, m.start) or in_trial_item(text, m.start, seg.body_start):
            continue  # "- A clinical trial of new drugs such as X" beside other items
        if _MEASURED.match(text, m.end):
            continue  # "patients with GH levels below 45 ng/ml before surgery": a measurement
        if _component_of(text, ms, m):
            continue  # "sulfasalazine, a combination of sulfapyridine and 5-ASA": a part of it
        phase = owner(seg, phases, m.start, context, m.end)
        if phase is None:
            continue
        # a list flattened into the sentence ("may include: - A with X. - B with Y."): each
        # item reads as the lead-in's continuation, the items between left out
        view = inline_item(text, m.start)
        if context is None and not view[phase.start : phase.end].strip():
            # the phase stands in another item, or in the tail of one; the same phase named
            # again in this item's own lead-in ("- Node-positive: X may include: - A") is its
            seen = [p for p in phases if p.end <= m.start and view[p.start : p.end].strip()]
            if not seen:
                continue
            phase = seen[-1]
        if _RELIEF.search(_clause_of(view, m.start, m.end)):
            continue  # "- Palliative care with morphine to relieve pain": care beside the phase
        if negated_for(view, m) or named_not_given(view, m) or named_as_failed(view, m):
            continue  # "... cannot take X", "If X stops working, ...": X is not given now
        if phase.end <= m.start and _NEW_SUBJECT_BEFORE.search(text, 0, m.start) and (
            _ITS_OWN_VERB.match(text, m.end)
        ):
            continue  # "X is the maintenance medicine, and Y is a rescue medicine"
        if not apart and _relapse_clause(view, phase, m):
            continue  # "Induction uses X; relapse is treated with Y": Y is no induction drug
        if phase.start > m.end and _OWN_PURPOSE.search(
            _LEADS_TO_PHASE.sub("", text[m.end : phase.start])
        ):
            continue  # "imatinib for Ph+ ALL, and X for relapsed disease": imatinib has its own
        kind = "drug" if m.is_kind("drug") else "drug_class"
        # "X and Y are TKIs used for relapse", "a TKI (X or Y)": the class stands for the drugs
        # the sentence names; a draft
        doubt = "" if kind == "drug" else (
            DESCRIBES_DRUGS if predicate_of_drugs(text, ms, m)
            else BRACKETS_DRUGS if members_in_brackets(text, ms, m)
            else WHOLE_COURSE_CLASS
            if _variant(phase) == DISEASE_DRUGS and (
                _DESCRIBED.match(text, m.end) or _DESCRIBED.search(m.surface)
            ) else "")
        if context is not None:
            owners = phases  # phases the context names, one of each ("for A or for B:")
        else:
            owners = (coordinated(text, phases, phase) if phase.start > m.end
                      else coordinated_before(text, phases, phase))
            if phase.start > m.end:  # "X is used with A as P1 and with B as P2": X in both
                owners += with_partner_phases(text, phases, m.end, phase)
        for holder in owners:
            if holder.name("phase") in SPANS and _variant(holder) != DISEASE_DRUGS:
                continue  # every drug is given during the whole treatment: says nothing
            if not apart and _other_clause(view, holder, m):
                continue  # "... for relapsed ALL; X is approved for adults"
            if _variant(holder) == POINT and not in_with_list(text, holder, m):
                continue  # "after induction with imatinib, ... receive dasatinib"
            if beside_the_phase(view, holder.name("phase"), holder.start, m.start, m.end):
                continue  # "X may be used with replacement therapy": given beside it
            out.append(as_draft(
                dc.fact(seg, Relation.PHASE_DRUGS, holder.name("phase"), m.name(kind),
                        conf * min(holder.confidence("phase"), m.confidence(kind)),
                        flags=holder.flags("phase") + m.flags(kind), context=context),
                doubt,
            ))  # fmt: skip
    return out


def course_drugs(dc: DocContext, seg: Segment, conf: float) -> list[ExtractedFact]:
    """"Kidney infections may need several weeks of antibiotic treatment", "Antibiotics are
    given for 2 to 6 weeks": a sentence that gives the whole course's length names the drugs
    of that course (called only when such a length was read from the sentence itself)."""
    text = seg.text
    out: list[ExtractedFact] = []
    if reports_a_trial(text):
        return out
    for m in seg.mentions:
        if not m.is_kind("drug", "drug_class") or not seg.in_body(m):
            continue
        kind = "drug" if m.is_kind("drug") else "drug_class"
        if kind == "drug_class" and not_a_phase_class(m.name(kind)):
            continue  # a modality ("chemotherapy") is no drug of the course
        if negated_for(text, m) or named_not_given(text, m):
            continue
        out.append(
            dc.fact(seg, Relation.PHASE_DRUGS, "overall treatment", m.name(kind),
                    conf * m.confidence(kind), flags=m.flags(kind))
        )  # fmt: skip
    return out


# A class read from a name's shape ("<word> inhibitor") whose first word is a verb or a question
# word took a word of the sentence into the name ("received angiogenesis inhibitor", "how
# beta-blocker"): not the clean name of a class
_NOT_A_NAME_WORD = re.compile(r"(?:[a-z]+(?:ed|ing)|how|help|helps|what|which|who|when|why)$")


def clean_class(m: Mention) -> bool:
    """Whether a class mention is a clean class name (see :data:`_NOT_A_NAME_WORD`)."""
    hit = m.hit("drug_class")
    if hit is None or hit.variant != "shape":
        return True
    return not _NOT_A_NAME_WORD.match(m.surface.split()[0]) if m.surface.split() else True


# "sulfasalazine, a combination of sulfapyridine and 5-ASA": the parts of the drug before it
_COMBINATION_OF = re.compile(
    r"^\s*(?:,\s*|[-–—]\s*|\(\s*)?(?:which\s+is\s+)?an?\s+(?:fixed\s+)?combination\s+of\s+"
    r"(?:(?:[\w/-]+\s+){0,2}?[\w/-]+(?:\s*,\s*|\s+and\s+|\s+with\s+))*$",
    re.IGNORECASE,
)


def _component_of(text: str, ms: list[Mention], m: Mention) -> bool:
    """Whether drug ``m`` is named as a part of the drug right before it."""
    return any(
        x.end <= m.start and m.start - x.end <= 80 and x.is_kind("drug")
        and _COMBINATION_OF.match(text[x.end : m.start]) is not None
        for x in ms
    )


def _titles_drug(text: str, ms: list[Mention], c: Mention) -> bool:
    """Whether class ``c`` stands right before a drug name as its title ("the TKI imatinib"),
    or as "the" class its one drug names in apposition ("the anti-HER2 antibody, trastuzumab,
    as adjuvant therapy")."""
    i = ms.index(c)
    nxt = ms[i + 1] if i + 1 < len(ms) else None
    if nxt is None or not nxt.is_kind("drug"):
        return False
    between = text[c.end : nxt.start]
    if not between.strip():
        return True
    return (
        bool(re.fullmatch(r"\s*,\s*", between))
        and bool(_THE_BEFORE.search(text, max(0, c.start - 8), c.start))
        and bool(_CLOSES_APPOSITION.match(text, nxt.end))
    )


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# the drug in apposition ends at a comma or bracket that opens no further list item
_CLOSES_APPOSITION = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:,(?!\s*(?:and|or)\b)|\))", re.IGNORECASE
)
# "blood GH levels below 45 ng/ml before the operation": a hormone or drug measured, not given
_MEASURED = re.compile(
    r"\s+(?:(?:blood|serum|plasma|urine)\s+)?(?:levels?|concentrations?|values?)\b", re.I
)


# "The initial treatment is usually prednisone": the phase, then by a copula the drug it gives
_PHASE_IS = re.compile(
    # ("The first treatment for infected tonsils is antibiotics": what it is for, then its drugs)
    r"(?:\s+for\s+(?:the\s+|an?\s+)?[\w'-]+(?:\s+[\w'-]+){0,5}?)?"
    r"\s+(?:is|are)\s+(?:usually\s+|often\s+|typically\s+|generally\s+|commonly\s+|"
    r"most\s+often\s+|mostly\s+)?(?:(?:an?|the)\s+(?:drugs?|medicines?|medications?)\s+)?"
    # "Treatment is | a strong antibiotic": the course told with its verb, the drug after
    rf"|\s+an?\s+(?:{DRUG_ADJECTIVES}\s+)?",
    re.IGNORECASE,
)
# "bridging therapy, usually low-intensity chemotherapy or inotuzumab ozogamicin, keeps ...":
# the phase and, in apposition, what it gives
_PHASE_APPOSITION = re.compile(
    r"\s*,\s*(?:usually|typically|often|generally|mostly|most often|commonly|e\.g\.,?|"
    r"such as|for example,?)\s+",
    re.IGNORECASE,
)
# "hormone therapy with aromatase inhibitors", "treated with corticosteroids", "a short course
# of steroids": the class is what the treatment gives
_TREATED_WITH = re.compile(
    r"\b(?:(?:therapy|treatment|chemotherapy|immunotherapy|treated|receive[sd]?|receiving)\s+"
    # ("Doctors treat plague with antibiotics": the disease between the verb and "with")
    r"with|treats?\s+(?:[\w'’-]+\s+){1,4}?with|(?:short\s+|long\s+)?(?:course|courses|dose|doses|pulses?)\s+of|treated\s+by\s+"
    # "surgery may be used in conjunction with tyrosine kinase inhibitors": given beside it
    r"(?:re)?start(?:ing)?|(?:in\s+conjunction|together|along|in\s+combination)\s+with)"
    rf"\s+(?:an?\s+)?(?:{DRUG_ADJECTIVES}\s+)?$",
    re.IGNORECASE,
)
# "providers use aminosalicylates to help people stay in remission": the class is what is used
_USED_CLASS = re.compile(
    r"\b(?:use[sd]?|using|prescribes?|prescribed|prescribing|recommends?|recommended|"
    # "may receive an aromatase inhibitor as adjuvant therapy"
    r"receive[sd]?|receiving|get|gets|take|takes|taking|"
    # "Treatment usually includes antibiotics", "Severe infections may require antibiotics"
    # ("Treatment is with antibiotics")
    r"(?:treatments?|therapy)\s+(?:\w+ly\s+)?(?:includes?|consists?\s+of|(?:is|are)\s+"
    r"(?:\w+ly\s+)?with|is\s+a\s+combination\s+of)|requires?|needs?|"
    # ("Treatment is a strong antibiotic": the course named by the class it gives; "The first
    # treatment for infected tonsils is antibiotics")
    r"(?:treatment|therapy)\s+(?:for\s+(?:the\s+|an?\s+)?[\w'-]+(?:\s+[\w'-]+){0,5}?\s+)?"
    r"(?:(?:usually|often)\s+)?is)\s+"
    # "will prescribe additional or new antibiotics", "may prescribe topical analgesics"
    r"(?:an?\s+|the\s+)?(?:(?:additional|new|different|more)\s+(?:or\s+(?:additional|new|"
    rf"different)\s+)?)?(?:{DRUG_ADJECTIVES}\s+)?$",
    re.IGNORECASE,
)
# what joins the members of one list: "A, B, and C", "A and/or B"
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+|and/or\s+)?|\s(?:and|or|and/or)\s+)\s*$")


def _list_first(text: str, ms: list[Mention], m: Mention) -> int:
    """Where the list ``m`` ends ("prescribe analgesics, antidepressants and opioids") starts:
    the first of the drug or class names before it joined to it by list words only, so that
    what the list's opening says of its first member holds for every member."""
    i = ms.index(m)
    start = m.start
    while i > 0 and ms[i - 1].is_kind("drug", "drug_class") and _LIST_JOIN.fullmatch(
        text[ms[i - 1].end : start]
    ):
        i -= 1
        start = ms[i].start
    return start
# "X and Y are PD-1 inhibitors (that are) used to treat recurrent cancer": the class is the
# subject of its use
_CLASS_USED = re.compile(
    r"\s+(?:(?:that|which)\s+(?:are|is|may\s+be|can\s+be|have\s+been)\s+)?used\s+(?:to\s+treat|"
    r"as|for|in)\b"
    # "if it recurs, antibiotics are prescribed for 6 weeks": the class is what is given
    r"|\s+(?:are|is|may\s+be|can\s+be|will\s+be|should\s+be)\s+(?:\w+ly\s+)?"
    r"(?:prescribed|given|administered|started|restarted|continued)\b"
    # "Antibiotics can cure PID": the class is what treats the disease
    r"|\s+(?:can|may|will|usually|often)\s+(?:usually\s+|often\s+)?(?:cure|treat)\b"
    # "Antifungal medicines get rid of yeast infections"
    r"|(?:\s+\w+)?\s+(?:(?:can|may|will|usually|often)\s+)?get\s+rid\s+of\b",
    re.IGNORECASE,
)
_OTHER = re.compile(r"\b(?:other|another|further)\s+$", re.IGNORECASE)
_CONTROL_ARM = re.compile(
    r"\b(?:control|comparator|placebo|standard[- ]of[- ]care|reference)[- ](?:arm|group|cohort)s?\b"
    r"[^.;]*\b(?:received?|got|were given|was given|were treated|was treated|took)\b",
    re.IGNORECASE,
)
# "... or bortezomib and dexamethasone alone": a comparator; not "X, given alone or in
# combination", where "alone" is how X may be given
_ALONE_ARM = re.compile(r"\bor\s+(?P<arm>[^.;(),]*?)\s+alone\b", re.IGNORECASE)
# "X is approved for children with ALL who have relapsed": the "for" that leads to the phase
# ("... with radioactive iodine-refractory cancer": the setting may end a hyphenated word)
_LEADS_TO_PHASE = re.compile(r"\b(?:for|in)\s+(?:[\w+-]+\s+){0,12}(?:\w+-)?$", re.IGNORECASE)
_OWN_PURPOSE = re.compile(r"\bfor\b|[;.]\s", re.IGNORECASE)
# what a drug given for relief is for: symptoms, not the disease ("to relieve pain")
_RELIEF = re.compile(r"\bto\s+(?:help\s+)?(?:relieve|ease|soothe|lessen|alleviate)\b", re.I)
# a drug that opens a coordinated clause of its own, as its subject
_NEW_SUBJECT_BEFORE = re.compile(r",\s*(?:and|but|or|while|whereas)\s+(?:the\s+)?$", re.I)
_ITS_OWN_VERB = re.compile(r"\s+(?:is|are|was|were|can|may|should|will|has|have)\b", re.I)
_RELAPSE_TALK = re.compile(
    r"\b(?:relaps\w*|recurr\w*|recurs|refractory|c[oa]mes?\s+back|returns)\b", re.IGNORECASE
)


def _relapse_clause(text: str, phase: Mention, m: Mention) -> bool:
    """Whether drug ``m`` stands in a later clause than ``phase`` that speaks of relapse or
    sets a contrast to it."""
    if phase.end > m.start or phase.name("phase") == "salvage therapy":
        return False
    brk = CLAUSE_BREAK.search(text, phase.end, m.start)
    if brk is None:
        return False
    if re.search(r"but|whereas|while", brk.group(0)):
        return True  # "consolidation with radiation may help, but others give X": a contrast
    return bool(_RELAPSE_TALK.search(_clause_of(text, m.start, m.end)))


def _subject_of_disease_drugs(phases: list[Mention], m: Mention) -> bool:
    """Whether the class is the subject of a sentence that gives the drugs of the page's own
    disease ("Antibiotics are used to treat strep infections", "Antifungal medicines get rid
    of yeast infections"): the reader of those sentences checked whose disease it is."""
    return any(
        (h := p.hit("phase")) is not None and h.variant == DISEASE_DRUGS and m.end <= p.start
        for p in phases
    )


def _given_in_phase(text: str, phases: list[Mention], m: Mention) -> bool:
    return any(p.start >= m.end and GIVEN_IN.fullmatch(text[m.end : p.start]) for p in phases)


# A clause that says when or where, about other drugs: "... in induction where dasatinib or
# ponatinib cannot be used" does not negate the drug before it.
_SUBORDINATE = re.compile(r",?\s+(?:where|when|unless|if)\s")


def _clause_of(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]`` (between ";", "." and contrast words)."""
    a = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    b = CLAUSE_BREAK.search(text, end)
    clause_end = b.start() if b else len(text)
    sub = _SUBORDINATE.search(text, end, clause_end)
    return text[a : sub.start() if sub else clause_end]


# "treated with medicines that calm the immune system", "antibiotics used to treat X may
# include A": the class describes or introduces what is given, so it is held; a class named
# alone as the treatment ("PID is treated with antibiotics") is what the keys count as given
_DESCRIBED = re.compile(r"\s+(?:that|which|to|for|used|such)\b", re.IGNORECASE)


def _variant(m: Mention) -> str | None:
    hit = m.hit("phase")
    return None if hit is None else hit.variant


def _other_clause(text: str, phase: Mention, m: Mention) -> bool:
    """Whether a phase read from a described setting stands in another clause than drug ``m``."""
    hit = phase.hit("phase")
    if hit is None or hit.variant != SETTING:
        return False
    a, b = (phase.end, m.start) if phase.end <= m.start else (m.end, phase.start)
    return bool(CLAUSE_BREAK.search(text, a, b)) if a < b else False


def _names_blanked(text: str, ms: list[Mention]) -> str:
    """``text`` with the drug and class names ``ms`` blanked out, offsets kept."""
    for m in ms:
        text = text[: m.start] + " " * (m.end - m.start) + text[m.end :]
    return text


def negated_for(text: str, m: Mention) -> bool:
    """Whether the clause of drug ``m`` negates its use; a negated relative clause counts only
    when the drug stands inside it ("patients who cannot take tamoxifen")."""
    a = max((x.end() for x in CLAUSE_BREAK.finditer(text, 0, m.start)), default=0)
    clause = _clause_of(text, m.start, m.end)
    at = m.start - a
    kept = NEGATIVE_RELATIVE.sub(
        lambda r: r.group(0) if r.start() <= at < r.end() else " ", without_setting(clause)
    )
    return verb_negated(_UNRESECTABLE.sub(" ", kept))


# "... whose cancer is not MSI-high and cannot be treated with surgery": the disease's state
# (it cannot be operated on) told after the drug, which negates nothing of the drug's use
_UNRESECTABLE = re.compile(
    r"\b(?:and|or)\s+(?:that\s+|which\s+)?(?:cannot|can\s*not|can[’']t|could\s+not)\s+be\s+"
    r"(?:treated|removed|cured|operated\s+on)(?:\s+(?:with|by)\s+(?:surgery|an\s+operation|"
    r"radiation(?:\s+therapy)?|radiotherapy)(?:\s+or\s+(?:surgery|radiation(?:\s+therapy)?|"
    r"radiotherapy))?)?\b",
    re.IGNORECASE,
)


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
    # "tyrosine kinase inhibitors (TKIs), such as X": an abbreviation or a pronunciation first
    r"(?:\([^()]{1,40}\)\s*(?=,|such|like|includ|e\.g))?"
    r"(?:[\(\[]\s*(?:e\.g\.,?\s*|such as\s+|like\s+|including\s+)?|,?\s*(?:such as|like|"
    r"including|e\.g\.,?)\s+)$",
    re.IGNORECASE,
)


# "a monoclonal antibody (rituximab)": one drug in brackets right after a singular class
_ONE_EXAMPLE = re.compile(r"\s*\(\s*$")
_A_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)


def _describes_one(text: str, ms: list[Mention], c: Mention) -> bool:
    """Whether class ``c``, singular with "a", names in brackets the one drug it describes
    ("a monoclonal antibody (rituximab)"); a plural class with its examples ("corticosteroids
    (prednisone or dexamethasone)") or with a pronunciation in brackets is a drug of the list."""
    i = ms.index(c)
    nxt = ms[i + 1] if i + 1 < len(ms) else None
    return (
        nxt is not None
        and nxt.is_kind("drug")
        and bool(_A_BEFORE.search(text, max(0, c.start - 4), c.start))
        and bool(_ONE_EXAMPLE.match(text[c.end : nxt.start]))
        and bool(re.match(r"\s*\)", text[nxt.end :]))
    )


def _with_examples(text: str, ms: list[Mention], c: Mention) -> bool:
    """Whether drug names follow a class name as its examples ("a steroid (X or Y)")."""
    i = ms.index(c)
    nxt = ms[i + 1] if i + 1 < len(ms) else None
    return (
        nxt is not None and nxt.is_kind("drug") and bool(_EXAMPLES.match(text[c.end : nxt.start]))
    )
