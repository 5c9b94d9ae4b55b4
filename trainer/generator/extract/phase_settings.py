"""Phases told by the setting a sentence describes rather than by a phase's name.

* relapsed or refractory disease ("patients whose cancer has come back", "relapsed ALL",
  "did not respond to treatment") is the setting of salvage therapy;
* the remission the drugs aim at: "bring on remission" is induction, "stay in remission"
  maintenance;
* where the drugs stand to an operation: after surgery adjuvant, before it neoadjuvant (for a
  cancer only).

The treatment as a whole, told by its length, is read in :mod:`.phase_whole`.

Such phases carry the hit variant :data:`SETTING`, so that a drug in another clause is not
given in them. A negated relative clause ("melanoma that cannot be removed by surgery")
restricts a noun and negates nothing else.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.inline_lists import lead_end
from trainer.generator.extract.page_topic import title_unit
from trainer.generator.extract.patterns import verb_negated
from trainer.generator.extract.phase_failure import failure_wording
from trainer.generator.lexicon import Hit, Mention
from trainer.generator.text import Unit

CLAUSE_BREAK = re.compile(r";|(?<!\b[A-Z])\.\s|,\s*(?:whereas|while|but)\b|\bwhereas\b|\bwhile\b")


# "melanoma that cannot be removed by surgery", "women who do not respond to X": a relative
# clause with a negation restricts the noun before it; the main verb is not negated.
NEGATIVE_RELATIVE = re.compile(
    r"\b(?:that|which|who|whose)\s+(?:(?:[\w-]+\s+){0,3}?|"
    # "cancer that has an NRG1 fusion, has spread or cannot be removed by surgery": a longer
    # relative clause, its verbs coordinated, as long as no main verb or modal takes over
    r"(?:(?!(?:may|might|can|could|should|will|would|must|is|are|was|were|often|usually|"
    r"receive[sd]?|get|take)\b)[\w-]+,?\s+){4,8}?)(?:cannot|can't|(?:can|do|does|did|is|"
    r"are|was|were|has|have|had|will|would|could|should|may)\s*(?:not|n't)|not|never|no longer)"
    # the clause ends at a comma or where the main verb takes over ("... who cannot tolerate
    # chemotherapy may receive rituximab")
    # (at least the verb the negation bears: "who cannot take tamoxifen", not "who cannot")
    r"\b(?:\s+[\w-]+)?[^,;:()]*?(?=\s+(?:may|might|can|could|should|will|would|must|are|is|were|was|often|"
    r"usually|receive[sd]?|get|take)\b|[,;:()]|$)",
    re.IGNORECASE,
)


def negated_at(text: str, m: Mention) -> bool:
    """Whether the clause holding ``m`` is negated ("studies have not shown that the drugs help
    maintain remission")."""
    a = max((x.end() for x in CLAUSE_BREAK.finditer(text, 0, m.start)), default=0)
    b = CLAUSE_BREAK.search(text, m.end)
    return verb_negated(NEGATIVE_RELATIVE.sub(" ", text[a : b.start() if b else len(text)]))


def in_negative_relative(text: str, m: Mention) -> bool:
    """Whether ``m`` stands in a negated relative clause ("adults who cannot have intensive
    induction may be treated with X": X is given instead of that phase, not in it)."""
    return any(r.start() <= m.start < r.end() for r in NEGATIVE_RELATIVE.finditer(text))


def relapse_spans(dc: DocContext, text: str) -> list[Mention]:
    """Relapsed-setting wording in ``text`` as salvage-therapy mentions."""
    spans = relapse_wording(text, cancer_page(dc))
    phase = _setting_hit(dc, "treatment at relapse") if spans else None
    if phase is None:
        return []
    return [Mention(a, b, text[a:b], (phase,)) for a, b in spans]


_RELAPSED_STATE = re.compile(r"^(?:relapsed|refractory|recurrent)\b", re.IGNORECASE)
_FOR_PATIENTS_WITH = re.compile(
    r"\b(?:for|in|with|of|against)\s+(?:(?:the\s+)?treatment\s+of\s+)?(?:[\w-]+[\s,]+){0,3}?$",
    re.IGNORECASE,
)


SETTING = "setting"  # the variant of a phase read from wording, not from a phase's name


def _setting_hit(dc: DocContext, name: str) -> Hit | None:
    """The phase ``name`` as read from the setting a sentence describes ("patients whose cancer
    has come back"): a drug in another clause is not given in it."""
    hit = next((h for h in dc.lexicon.lookup(name) if h.kind == "phase"), None)
    return None if hit is None else Hit(hit.kind, hit.name, SETTING, hit.type)


def salvage_setting_hit(dc: DocContext) -> Hit | None:
    """Salvage therapy as read from a relapsed setting rather than named."""
    return _setting_hit(dc, "treatment at relapse")


def relapse_setting(dc: DocContext, seg: Segment) -> list[Mention]:
    """"... approved for children with relapsed ALL": a disease named as relapsed or
    refractory is the setting of salvage therapy, the phase the drugs of the sentence belong to.
    """
    if not _maybe_relapse(seg.text):
        return []  # the common case, cheaply
    phase = _setting_hit(dc, "treatment at relapse")
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
        out = relapse_lead(dc, seg.text[: seg.body_start or lead_end(seg.text)])
    if not out:
        out = [Mention(a, b, seg.text[a:b], (phase,))
               for a, b in relapse_wording(seg.text, cancer_page(dc))]
    return out


def relapse_lead(dc: DocContext, lead: str) -> list[Mention]:
    """A lead-in naming a relapsed setting among others ("Treatment of stage IV melanoma and
    recurrent melanoma may include:") as a salvage-therapy mention."""
    m = _RELAPSE_LEAD.search(lead)
    phase = None if m is None else _setting_hit(dc, "treatment at relapse")
    if m is None or phase is None:
        return []
    a, b = m.span("w")
    return [Mention(a, b, lead[a:b], (phase,))]


# Words without which no relapsed setting is told (a cheap test before the real patterns).
_RELAPSE_WORDS = ("relaps", "recur", "refractor", "come back", "came back", "comes back", "return",
                  "respond", "work", "worse", "progress", "better", "help",
                  "continued to grow", "fail", "longer", "resistan", "grew", "grown", "reliev",
                  "spread", "control")  # fmt: skip


_RELAPSE_WORD = re.compile("|".join(_RELAPSE_WORDS))


def _maybe_relapse(text: str) -> bool:
    return _RELAPSE_WORD.search(text.lower()) is not None


# A disease named by its state: "patients with recurrent or metastatic cancer", "drugs used to
# treat relapsing disease", "recurrent papillary and follicular cancer", whatever the disease's
# name (a coordinated plural, "recurrent headaches and brain cancer", is another complaint).
_RELAPSED_NOUN = re.compile(
    r"\b(?P<w>relapsed|relapsing|recurrent|refractory)\b(?:\s*(?:,|or|and|/)\s*[\w-]+)*?\s+"
    r"(?:[\w-]+(?<!s)\s+(?:and|or)\s+)?(?:[\w-]+\s+){0,3}?(?:cancers?|disease|leuka?emias?|lymphomas?|myelomas?|tumou?rs?|"
    # tumours named by their cell of origin: "recurrent medulloblastoma", "recurrent thymoma"
    r"melanomas?|carcinomas?|sarcomas?|\w*(?:blastomas?|gliomas?|cytomas?|thymomas?|ependymomas?|"
    r"mesotheliomas?))\b",
    re.IGNORECASE,
)
_SETTING_BEFORE = re.compile(
    r"\b(?:for|with|in|treat|treating|against|of)\b[^.;:]{0,60}$", re.IGNORECASE
)
# The disease's course told by a clause: "cancer that has come back or did not respond to
# treatment", "children with ALL who have relapsed", "ALL that is refractory or in second
# relapse".
_CAME_BACK = re.compile(
    # ("cancer that has metastasized or recurred": a participle coordinated before it)
    r"\b(?:that|which|who|whose \w+)\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+)?"
    r"(?:[a-z]+(?:ed|en)\s+(?:or|and)\s+)?(?:(?P<w>come back|"
    r"came back|comes back|recurred|recurs|returned|returns|relapsed|relapses|refractory)|"
    r"(?P<w2>in (?:a\s+)?(?:first\s+|second\s+|"
    r"(?:second|third) or later\s+)?relapse))\b|\b(?P<w3>(?:did|does|do|has|have)\s+not\s+"
    r"respond(?:ed)?\s+to\s+(?:the\s+)?(?:(?:first|initial|standard|previous|prior|"
    r"earlier)\s+)?(?:[\w-]+\s+)?(?:treatments?|therapy|therapies|chemotherapy))\b|"
    r"\b(?:it|that|which)\s+(?P<w4>(?:(?:did|does|do) not work|(?:is\s+|has\s+)?no longer "
    r"work(?:s|ing|ed)?|(?:has\s+)?stopped working|got worse|(?:has\s+)?progressed)"
    # "that did not work or is no longer working": the second verb of the same course
    r"(?:\s+or\s+(?:is\s+|has\s+)?(?:no longer work(?:s|ing|ed)?|stopped working|got worse|"
    r"progressed))?)\b|"
    # "patients whose cancer has not gotten better with other treatment or has come back": the
    # clause may hold more than one verb of the disease's course
    # (a short bracket inside the clause is kept: "that is HER2 negative (HER2-) and has not
    # gotten better")
    r"\b(?:that|which|who|whose\s+\w+)\s+(?:[^.;:()]|\([^().;]{0,30}\)){0,100}?\b"
    r"(?P<w5>(?:has|have)\s+(?:come back|"
    r"recurred|returned|relapsed|continued\s+to\s+grow\s+(?:during|after|despite))|"
    r"(?:has|have|did|does|do)\s+not\s+(?:gotten|got|get|become|been)\s+"
    r"better|(?:(?:has|have)\s+(?:become|gotten|got)|got|became)\s+worse)\b|"
    # "If medicines or surgery don't help, two newer medicines can be used": what follows the
    # failure of the earlier treatment
    r"\bif\s+[^.;:,]{0,40}?\b(?P<w6>(?:do|does|did)\s*(?:not|n[’']t)\s+(?:help|work)|"
    r"fails?\s+to\s+(?:help|work)|stops?\s+working|no\s+longer\s+works?)\b|"
    # "If the lymphoma comes back, patients may be treated with X": the disease's return
    r"\b(?:if|when|once)\s+(?:(?:the|your|their|his|her|a)\s+)?(?:[\w-]+\s+){0,2}?(?P<w7>comes\s+back|"
    r"came\s+back|returns|recurs|relapses|has\s+come\s+back|has\s+returned|has\s+recurred)\b|"
    # "patients whose disease did not respond to other kinase inhibitors": refractory, whatever
    # the earlier treatment is called
    # (the disease is the subject: "people who do not respond to other medicines" is a step up
    # in the treatment of a chronic disease, not its relapse)
    r"\bwhose\s+(?:[\w-]+\s+)?(?:disease|cancer|leuka?emia|lymphoma|myeloma|tumou?r)\s+"
    r"(?P<w8>(?:did|has|have)\s*(?:not|n[’']?t)\s+respond(?:ed)?\s+to)\b|"
    # "ADEM can recur, usually within months, and is treated by restarting corticosteroids"
    r"\b(?P<w9>(?:can|may|often|sometimes)\s+(?:recur|relapse|come\s+back))\b"
    r"(?=[^.;:]{0,80}?\band\s+(?:is|are|can\s+be|may\s+be)\s+(?:then\s+)?treated\b)|"
    # "will prescribe new antibiotics if a relapse occurs": the relapse as an event
    r"\b(?:if|when|once)\s+(?:a\s+|the\s+)?(?P<w10>relapse|recurrence)(?:\s+or\s+(?:a\s+)?"
    r"[\w-]+)?\s+(?:occurs|happens|develops|is\s+found)\b|"
    # "for patients with oligometastatic recurrences, surgery may be used with X": the people
    # treated named by the relapse they have
    r"\b(?:patients|people|children|adults|women|men|those)\s+with\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?P<w11>recurrences?|relapses?)\b(?!\s+(?:rates?|risk|free)\b)",
    re.IGNORECASE,
)
# "Recurrent lung cancer is often treated with X": a disease named as relapsed, as the subject
# of its treatment
_RELAPSED_SUBJECT_TREATED = re.compile(
    r"\s+(?:is|are|can\s+be|may\s+be|should\s+be|will\s+be)\s+(?:usually\s+|often\s+|"
    r"commonly\s+|typically\s+|generally\s+|sometimes\s+|most\s+often\s+)?(?:treated|managed)\s+"
    r"(?:with|by|using)\b",
    re.IGNORECASE,
)


# _CAME_BACK's wordings
_GROUPS = ("w", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "w9", "w10", "w11")


def cancer_page(dc: DocContext) -> bool:
    """Whether the page is about a cancer (its main disease or its title names one)."""
    title = title_unit(dc)
    return any(ANTICANCER.search(t) for t in (dc.main_disease or "", title.text if title else ""))


def relapse_wording(text: str, cancer: bool = False) -> list[tuple[int, int]]:
    """Spans of wording that puts a sentence in the relapsed or refractory setting (wording
    that tells it only of a cancer, "progressive disease", when the page or ``text`` is about
    one)."""
    out: list[tuple[int, int]] = []
    if not _maybe_relapse(text):
        return out
    for m in _RELAPSED_NOUN.finditer(text):
        if _SETTING_BEFORE.search(text[max(0, m.start() - 80) : m.start()]) or (
            re.fullmatch(r"(?:.*[.;:]\s+)?\s*(?:the\s+)?", text[: m.start()], re.IGNORECASE | re.S)
            and _RELAPSED_SUBJECT_TREATED.match(text, m.end())
        ):
            out.append(m.span("w"))
    for m in _CAME_BACK.finditer(text):
        g = next(g for g in _GROUPS if m.group(g))
        out.append(m.span(g))
    # "when the first treatment stops working", "cancer that progressed after chemotherapy"
    out += [s for s in failure_wording(text, cancer or bool(ANTICANCER.search(text)))
            if not any(a <= s[0] < b for a, b in out)]
    return out


def without_setting(text: str) -> str:
    """``text`` with the wording of a relapsed setting blanked out ("cancer that did not respond
    to treatment" negates the disease's response, not the drug's use); offsets are kept."""
    for a, b in relapse_wording(text):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


# "in patients whose cancer is newly diagnosed", "approved for newly diagnosed ALL": the first
# treatment the disease gets
_NEWLY_DIAGNOSED = re.compile(
    r"\b(?:(?:for|with|in|treat|treating|of)\b[^.;:()]{0,40}?|whose\s+\w+\s+(?:is|was|has been)"
    # "Acute myeloid leukemia that is newly diagnosed": the disease's state in a relative clause
    r"\s+|(?:that|which|who)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+)"
    r"(?P<w>newly[\s-]diagnosed)\b",
    re.IGNORECASE,
)


def first_line_setting(dc: DocContext, seg: Segment) -> list[Mention]:
    """"... is used with chemotherapy in patients whose cancer is newly diagnosed": the setting
    of first-line therapy (not negated), for a cancer; or the first treatment told in words, for
    any disease ("Antacids are usually the first drugs recommended")."""
    return first_line_spans(dc, seg.text, dc.heading(seg.main)) or first_wording(dc, seg.text)


# "It is used with nivolumab as the first therapy or alone", "X are usually the first drugs
# recommended", "recommends chelating agents at the beginning of treatment": the first
# treatment told in words rather than by the name "first-line". Only what the drug is given as
# ("as", a present copula: practice, not history) and followed by how it is given, so that "the
# first drug of its class", "was the first drug approved" or "the first drug used to target a
# molecule" (the first of a kind) and "the first therapy failed" name no line of treatment.
# "The first step in treating X is to ..." tells an aim, not a treatment: only the step "of" or
# "in" the treatment itself counts.
_FIRST_WORDING = re.compile(
    r"\b(?P<w>(?:as|is|are)\s+(?:usually\s+|often\s+|typically\s+|generally\s+|"
    r"commonly\s+)?the\s+first\s+(?:therapy|drugs?|medicines?|medications?)"
    r"(?=\s+(?:recommended|used\s+(?!to\s+(?!treat\b))|given|prescribed|tried|of\s+choice|"
    r"or)\b|\s*[.,;)])|"
    r"at\s+the\s+(?:beginning|start)\s+of\s+(?:the\s+|your\s+)?treatment|"
    # "used as the first course of treatment", "As a first step in your treatment"
    r"(?:the|a)\s+first\s+(?:course|step|stage)\s+(?:of|in)\s+(?:the\s+|your\s+)?"
    r"(?:treatment|therapy))\b",
    re.IGNORECASE,
)


def first_wording(dc: DocContext, text: str) -> list[Mention]:
    """The first treatment told in words, as first-line mentions (not negated)."""
    if "first" not in text.lower() and "beginning" not in text.lower():
        return []  # the common case, cheaply
    return _first_line_mentions(dc, text, _FIRST_WORDING)


def first_line_spans(dc: DocContext, text: str, head: Unit | None) -> list[Mention]:
    """The newly diagnosed setting in ``text`` (under ``head``) as first-line mentions."""
    if "newly" not in text.lower():
        return []  # the common case, cheaply
    if not ANTICANCER.search(text) and not (head and ANTICANCER.search(head.text)):
        return []  # lines of cancer treatment; "people newly diagnosed with colitis" say no more
    return _first_line_mentions(dc, text, _NEWLY_DIAGNOSED)


def _first_line_mentions(dc: DocContext, text: str, pattern: re.Pattern[str]) -> list[Mention]:
    """The not-negated matches of ``pattern`` (its group ``w``) as first-line mentions."""
    phase = _setting_hit(dc, "first-line therapy")
    if phase is None:
        return []
    out = []
    for m in pattern.finditer(text):
        a, b = m.span("w")
        mention = Mention(a, b, text[a:b], (phase,))
        if not negated_at(text, mention):
            out.append(mention)
    return out


# "It is used in patients who have already been treated with sorafenib", "in adults who have
# received at least one other systemic therapy": a line of treatment after an earlier one (the
# earlier drugs themselves are history: :func:`.prior_treatment.failed_before`)
_PRIOR_LINE = re.compile(
    r"\b(?:who|that|whose\s+[\w-]+)\s+(?:has|have)\s+(?:already\s+|previously\s+)?"
    r"(?P<w>been\s+treated|received)\b",
    re.IGNORECASE,
)


def prior_line_setting(dc: DocContext, seg: Segment) -> list[Mention]:
    """The setting of second-line therapy: patients who have had an earlier treatment, for a
    cancer (only with a drug the sentence says is used: read after every other setting)."""
    low = seg.text.lower()
    if "treated" not in low and "received" not in low:
        return []  # the common case, cheaply
    head, item = dc.heading(seg.main), dc.item_head(seg.main)
    if not ANTICANCER.search(seg.text) and not any(
        u is not None and ANTICANCER.search(u.text) for u in (head, item)
    ):
        return []  # ("- Renal cell carcinoma. It is used in patients who ...": the item's)
    phase = _setting_hit(dc, "second-line therapy")
    if phase is None:
        return []
    return [Mention(*m.span("w"), m.group("w"), (phase,))
            for m in _PRIOR_LINE.finditer(seg.text, seg.body_start)]  # fmt: skip


# What the drugs are for, told by the remission they aim at: "effective in bringing on
# remission" is induction, "help people stay in remission" maintenance. Weaker than a named
# phase or a relapsed setting ("induce remission in relapsed disease" is salvage therapy).
_INDUCE_REMISSION = re.compile(
    # ("help people go into remission": the patient's own wording of the same aim; "until the
    # disease goes into remission again" is the treatment of a relapse, not induction)
    r"\b(?:induc(?:e|es|ing)|bring(?:s|ing)?\s+on|bringing\s+about|go(?:es|ing)?\s+into)\s+"
    r"(?:a\s+)?remission\b(?!\s+again\b)",
    re.IGNORECASE,
)
_KEEP_REMISSION = re.compile(
    r"\b(?:maintain(?:s|ing)?|stay(?:s|ing)?\s+in|keep(?:s|ing)?\s+(?:\w+\s+){0,2}?in)\s+"
    r"(?:(?:a|long-term|lasting)\s+)?remission\b",
    re.IGNORECASE,
)


def remission_aim(dc: DocContext, text: str) -> list[Mention]:
    """Induction or maintenance named by the remission the drugs aim at (not negated)."""
    out: list[Mention] = []
    if "remission" not in text.lower():
        return out  # the common case, cheaply
    for pattern, name in ((_INDUCE_REMISSION, "induction"), (_KEEP_REMISSION, "maintenance")):
        for m in pattern.finditer(text):
            hit = _setting_hit(dc, name)
            if hit is None:
                break
            mention = Mention(m.start(), m.end(), m.group(0), (hit,))
            if not negated_at(text, mention):
                out.append(mention)
    return sorted(out, key=lambda m: m.start)


_SURGERY = r"(?:surgery|operation|resection|[a-z]+ectomy)"
# "surgery followed by immunotherapy with X", "after surgery, X is given": therapy after an
# operation is adjuvant; "X before surgery": neoadjuvant. A drug stopped or held around an
# operation is no therapy of either kind.
_AFTER_SURGERY = re.compile(
    rf"\b(?P<w>{_SURGERY}\s+(?:is\s+|was\s+)?(?:followed by|then)|(?:after|following)\s+"
    rf"(?:the\s+)?{_SURGERY})\b",
    re.IGNORECASE,
)
# Adjuvant and neoadjuvant therapy treat a cancer: the sentence or its heading says so, or
# names a modality of cancer treatment.
ANTICANCER = re.compile(
    r"\b(?:cancers?|carcinomas?|tumou?rs?|melanomas?|lymphomas?|leuka?emias?|myelomas?|"
    r"sarcomas?|neoplasms?|malignan\w+|metasta\w+|chemo\w*|immunotherapy|targeted therapy|"
    # brain and childhood tumours named by their cell: "astrocytoma", "medulloblastoma"
    r"\w*gliomas?|astrocytomas?|ependymomas?|\w+blastomas?|mesotheliomas?|germinomas?|"
    r"hormon\w* therapy|endocrine therapy)\b",
    re.IGNORECASE,
)
_CANCER_THERAPY = re.compile(
    r"\b(?:chemo\w*|immunotherapy|targeted therapy|hormon\w* therapy|endocrine therapy|"
    r"adjuvant|neoadjuvant|systemic therapy|drug therapy)\b",
    re.IGNORECASE,
)
_SURGERY_WORDS = ("surger", "operation", "resection", "ectomy")
_BEFORE_SURGERY = re.compile(rf"\b(?P<w>(?:before|prior to)\s+(?:the\s+)?{_SURGERY})\b", re.I)
_STOPPED = re.compile(
    r"\b(?:stop\w*|discontinu\w*|hold|held|withh[eo]ld\w*|avoid\w*|interrupt\w*|paus\w*)\b",
    re.IGNORECASE,
)


def surgery_setting(dc: DocContext, seg: Segment) -> list[Mention]:
    """Adjuvant or neoadjuvant therapy told by where the drugs stand to an operation."""
    out: list[Mention] = []
    low = seg.text.lower()
    if not any(w in low for w in _SURGERY_WORDS) or _STOPPED.search(seg.text):
        return out  # the common case, cheaply
    head = dc.heading(seg.main)
    if not ANTICANCER.search(seg.text) and not (head and _CANCER_THERAPY.search(head.text)):
        # "antibiotics before surgery", "pain relief after surgery": no adjuvant; a heading
        # that names only the cancer ("Colon Cancer") does not make every drug an anticancer one
        # (but "Before surgery, the doctor may prescribe X to ...": the sentence framed by the
        # operation, whatever the disease; supportive care is told apart by the caller)
        if _COMFORT.search(seg.text) or not _FRONTED.match(seg.text, seg.body_start):
            return out
        return [m for m in surgery_wording(dc, seg.text)
                if m.start < seg.body_start + 30 and m.name("phase") == "neoadjuvant therapy"]
    return surgery_wording(dc, seg.text)


# what care around an operation is for, when it is not the disease: pain, infection, clots
_COMFORT = re.compile(
    r"\b(?:pain\w*|infect\w*|clot\w*|bleed\w*|nausea|vomit\w*|sedat\w*|an(?:a)?esthe\w*|"
    r"sleep\w*|relax\w*|anxi\w*)\b",
    re.IGNORECASE,
)
_FRONTED = re.compile(
    rf"\s*(?:before|prior to)\s+(?:the\s+|an?\s+)?{_SURGERY}\s*,\s*"
    r"(?:[\w-]+\s+){0,4}?(?:may|can|will|should|usually|often)?\s*"
    r"(?:prescribes?|gives?|recommends?|be\s+(?:given|prescribed|treated)|receives?|takes?)\b",
    re.IGNORECASE,
)


def surgery_wording(dc: DocContext, text: str) -> list[Mention]:
    """"after surgery", "surgery followed by", "before surgery" in ``text`` as adjuvant or
    neoadjuvant mentions (the caller has made sure the text is about a cancer)."""
    out: list[Mention] = []
    for pattern, name in ((_AFTER_SURGERY, "adjuvant therapy"),
                          (_BEFORE_SURGERY, "neoadjuvant therapy")):  # fmt: skip
        for m in pattern.finditer(text):
            hit = _setting_hit(dc, name)
            if hit is None:
                break
            a, b = m.span("w")
            out.append(Mention(a, b, text[a:b], (hit,)))
    return sorted(out, key=lambda m: m.start)


_RELAPSE_LEAD = re.compile(
    r"^\s*(?:the\s+)?(?:standard\s+)?(?:treatment|therapy)(?:\s+options?)?\s+(?:of|for)\b"
    r"[^.;:]*?\b(?P<w>relapsed|recurrent|refractory)\b[^.;:]*?\b(?:may\s+)?(?:include|includes|"
    r"are)(?:\s+(?:one\s+of\s+)?the\s+following)?\s*:?\s*$",
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
