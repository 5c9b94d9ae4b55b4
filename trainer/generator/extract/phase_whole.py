"""The treatment as a whole, told by its length rather than by a phase's name.

"Treatment usually lasts 2 years", "TB is treated ... for 6 to 9 months", "a total of 6 to 9
months", "may require several weeks of antibiotic treatment", "take the medicines for the rest
of their lives": the whole course (the phase ``overall treatment``). Read only when no phase is
named: a heading's phase comes first for the weaker wordings (:data:`_UNDER_HEADING`).
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.page_topic import title_unit
from trainer.generator.extract.prior_treatment import completed_before
from trainer.generator.lexicon import Hit, Mention

A_SPAN = (
    r"(?:about\s+|approximately\s+|at least\s+|up to\s+)?(?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|several|a few)\b"
)
_TREATMENT_LASTS = re.compile(
    # ("The course of treatment lasts 6 months", "A treatment course takes 10 days")
    # ("In total, treatment takes 2 years": an opening adverb of the whole)
    r"^\s*(?:(?:in\s+total|overall|altogether|in\s+all|in\s+general|generally|typically|"
    r"usually)\s*,\s*)?(?P<w>(?:the\s+|a\s+|each\s+)?(?:whole\s+|entire\s+|total\s+|usual\s+|standard\s+)?"
    r"(?:(?:course\s+of\s+)?(?:treatment|therapy)(?:\s+course)?))\s+"
    # "Treatment for DVT using blood thinners usually lasts for 6 months"
    r"(?:(?:for|of|with|using)\s+(?:(?!\b(?:is|are|was|were|and)\b)[^.;:,()]){1,50}?\s+)?"
    r"(?:usually\s+|typically\s+|generally\s+|often\s+|normally\s+)?"
    # "Treatment may last from 24 to 48 weeks", "Therapy will continue for 2 years"
    r"(?:lasts|takes|continues|goes on|(?:may|can|will|should|must|might|would|could)\s+"
    r"(?:usually\s+|typically\s+|often\s+)?(?:last|take|continue|go on))\b",
    re.IGNORECASE,
)
# "long-term antibiotic treatment (at least 18 months)": a treatment and its length in brackets
_TREATMENT_SPAN = re.compile(
    r"\b(?P<w>(?:[\w-]+\s+){0,2}?(?:treatment|therapy))\s*\(\s*(?:for\s+)?"
    r"(?=(?:about\s+|approximately\s+|at least\s+|up to\s+)?\d)",
    re.IGNORECASE,
)


def treatment_as_a_whole(dc: DocContext, seg: Segment) -> list[Mention]:
    """"Treatment usually lasts at least 2 to 3 years.", "TB can be treated by taking several
    drugs for 6 to 9 months": the treatment as a whole."""
    low = seg.body.lower()
    if not any(w in low for w in ("treat", "therap", "life", "lives", "take", "taking", "get",
                                  "receive", "given", "prescribed", "continued", "used", "need",
                                  "requir")):
        return []  # the common case, cheaply
    m = _TREATMENT_LASTS.match(seg.body)
    span = None if m is None else tuple(seg.body_start + x for x in m.span("w"))
    for pattern in (_TREATED_FOR, _TREATMENT_SPAN, _TAKEN_FOR_LIFE, _TAKE_FOR, _GIVEN_FOR,
                    _NEED_FOR):
        if span is not None:
            break
        if pattern in _UNDER_HEADING and _heading_names_a_phase(dc, seg):
            break  # "for life" under "Maintenance": the heading's phase, read later
        t = pattern.search(seg.body)
        if t is not None and t.groupdict().get("c") and not _controls_the_topic(dc, t.group("c")):
            continue  # "lifelong weight control" on a page about blood pressure: a habit
        g = None if t is None else next(k for k in ("w", "l", "p") if t.groupdict().get(k))
        span = None if t is None or g is None else tuple(seg.body_start + x for x in t.span(g))
    if span is None and not _heading_names_a_phase(dc, seg):
        drug_span = _drug_taken_for(seg)
        if drug_span is not None:
            return [_as_drug_course(m) for m in overall(dc, seg.text, *drug_span)]
    return [] if span is None else overall(dc, seg.text, span[0], span[1])


def _controls_the_topic(dc: DocContext, words: str) -> bool:
    """Whether what "lifelong <words> control" controls is named by the page's title ("blood
    pressure" on "High Blood Pressure"), so that the control is the disease's whole course."""
    title = title_unit(dc)
    wanted = re.findall(r"[a-z][a-z-]+", words.lower())
    have = set(re.findall(r"[a-z][a-z-]+", title.text.lower())) if title else set()
    return bool(wanted) and all(w in have for w in wanted)


DRUG_COURSE = "drug course"  # the variant of the whole course told by one drug's length


def _as_drug_course(m: Mention) -> Mention:
    """The whole course as told by one named drug's length: it gives the length only (whether
    that drug is the whole treatment the sentence does not say)."""
    hit = m.hits[0]
    return Mention(m.start, m.end, m.surface, (Hit(hit.kind, hit.name, DRUG_COURSE, hit.type),))


# "Most people need to take prednisone for 12 months or longer": the people's course of the one
# drug, told by how long they must take it (the people, not the drug, are the subject)
_TAKE_DRUG_FOR = re.compile(
    r"\b(?P<w>(?:need|needs|have|has|must|should|will)\s+(?:to\s+)?(?:take|get|receive|stay\s+on|"
    rf"remain\s+on|keep\s+taking))\s+(?P<d>[\w-]+)\s+(?=for\s+{A_SPAN})",
    re.IGNORECASE,
)


def _drug_taken_for(seg: Segment) -> tuple[int, int] | None:
    """The span of "need to take <drug> for <span>", when a drug's name stands there."""
    t = _TAKE_DRUG_FOR.search(seg.body)
    if t is None:
        return None
    d = seg.body_start + t.start("d")
    if not any(m.start == d and m.is_kind("drug") for m in seg.mentions):
        return None
    return seg.body_start + t.start("w"), seg.body_start + t.end("w")


def span_of_treatment(dc: DocContext, seg: Segment) -> list[Mention]:
    """"can be cured with 2 or 3 days of treatment": a span of treatment in a sentence (and
    under a heading) naming no phase is the whole course. Read after the heading's phase."""
    low = seg.body.lower()
    if "treat" not in low and "therap" not in low:
        return []  # the common case, cheaply
    t = _SPAN_OF_TREATMENT.search(seg.body)
    if t is None or completed_before(seg.body[max(0, t.start() - 60) : t.start()]):
        return []  # none, or a course already behind the patients ("after they completed ...")
    a, b = (seg.body_start + x for x in t.span("w"))
    return overall(dc, seg.text, a, b)


# "The recommended length of adjuvant treatment is unknown. At least 3 years of therapy is
# used.": the sentence before names the phase whose length this one gives
LENGTH_TOPIC = re.compile(r"\b(?:length|duration|how long)\b", re.IGNORECASE)


def _heading_names_a_phase(dc: DocContext, seg: Segment) -> bool:
    head = dc.heading(seg.main)
    return head is not None and any(m.is_kind("phase") for m in dc.mentions(head))


def overall(dc: DocContext, text: str, a: int, b: int, name: str = "overall treatment") -> (
    list[Mention]
):
    """A mention of the phase ``name`` (the whole course unless told) over ``text[a:b]``, the
    words that tell it without naming it."""
    hits = dc.lexicon.lookup(name)
    phase = next((h for h in hits if h.kind == "phase"), None)
    return [] if phase is None else [Mention(a, b, text[a:b], (phase,))]


# The disease "is treated ... for <span>": how long its treatment lasts (a drug's own schedule,
# "daily for 5 days", is told apart where the duration is read).
_TREATED_FOR = re.compile(
    # "Infections are generally treated for 1-3 days": an adverb of habit may stand between
    rf"\b(?P<w>(?:is|are|can be|may be|must be|should be|will be|usually)\s+"
    r"(?:(?:usually|generally|typically|normally|often|commonly)\s+)?treated)\b"
    rf"(?=[^.;:]{{0,60}}?\bfor\s+{A_SPAN})",
    re.IGNORECASE,
)
# "People with the disease will take medicines for the rest of their lives": the whole course
_TAKEN_FOR_LIFE = re.compile(
    r"\b(?P<w>(?:take|takes|taking|receive|receives|receiving|need|needs)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:medicines?|medications?|drugs?|treatment|therapy|pills?|tablets?)|(?:be|are|is)\s+"
    # "you will need to treat it and control it for life": the page's disease, "it", treated
    r"treated|(?:need|needs|have|has|must)\s+to\s+(?:treat|manage|control)\s+(?:it|them))\b"
    r"(?=[^.;:]{0,40}?\b(?:for\s+(?:the\s+"
    r"rest\s+of\s+(?:their|his|her|your|one's)\s+li(?:fe|ves)|life\b(?!-))|"
    # "need treatment throughout their lifetime", "for their whole lifetime"
    r"(?:throughout|for)\s+(?:their|his|her|your|one's|the\s+person's|a\s+person's)\s+"
    r"(?:whole\s+|entire\s+)?(?:lifetimes?\b|li(?:fe|ves)\b(?!-))))|"
    # "lifelong blood pressure control": the disease's control for life is its whole course
    r"\b(?P<l>(?:lifelong|life-long)\s+(?:treatment|therapy|(?P<c>(?:[\w-]+\s+){1,3}?)(?:control|"
    r"management)))\b",
    re.IGNORECASE,
)
# "can be cured with 2 or 3 days of treatment", "may require several weeks of antibiotic
# treatment": a span of treatment with no phase named is the whole course
_SPAN_OF_TREATMENT = re.compile(
    rf"{A_SPAN}(?:\s*(?:-|–|to|or)\s*\d+)?[\s-]+(?:days?|weeks?|months?|years?)\s+of\s+"
    r"(?P<w>(?:(?!the\b|this\b|that\b|their\b|his\b|her\b)[\w-]+\s+){0,2}?"
    r"(?:treatment|therapy))\b",
    re.IGNORECASE,
)
# "People with TB disease need to take medicine for at least 6 months": the course, told by
# how long the patient takes the medicines (a word for medicines in general, not one drug)
_TAKE_FOR = re.compile(
    r"\b(?P<w>(?:need|needs|have|has|must|should|will)\s+(?:to\s+)?(?:take|get|receive)\s+"
    r"(?:the\s+|their\s+|your\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:medicines?|medications?|drugs|"
    rf"pills|tablets|antibiotics|antivirals|antifungals))\s+(?=for\s+{A_SPAN})",
    re.IGNORECASE,
)
# "The medication is given for at least 3 to 5 days", "Antibiotics are usually taken for 10
# days", "Most people take the medicine for 6 months": medicines in general (not one drug,
# whose own schedule this would be), given for a span, are the whole course
_MEDICINES = (  # medicines, not "treatment" (under "Radiation therapy" it is the radiation's)
    r"(?:the\s+|these\s+|this\s+|such\s+)?(?:[\w-]+\s+)?(?:medicines?|medications?|drugs|"
    r"antibiotics?|antivirals?|antifungals?|pills|tablets)"
)
_GIVEN_FOR = re.compile(
    rf"^\s*(?P<w>{_MEDICINES}\s+(?:is|are)\s+(?:usually\s+|typically\s+|generally\s+|often\s+"
    r"|normally\s+)?(?:given|taken|prescribed|continued|used))\s+"
    rf"(?=for\s+{A_SPAN})|"
    r"^\s*(?P<p>(?:most\s+|many\s+)?(?:people|patients|children|adults|you)\s+(?:usually\s+|"
    r"typically\s+|generally\s+|often\s+|normally\s+)?(?:take|get|receive)\s+"
    rf"{_MEDICINES})\s+(?=for\s+{A_SPAN})",
    re.IGNORECASE,
)
# "People with Lyme arthritis may need antibiotics for 28 days": the course, told as a need
_NEED_FOR = re.compile(
    r"\b(?P<w>(?:need|needs|require|requires)\s+(?:[\w-]+\s+)?(?:medicines|medications|drugs|"
    rf"antibiotics|antivirals|antifungals))\s+(?=for\s+{A_SPAN})",
    re.IGNORECASE,
)
_UNDER_HEADING = (_TAKEN_FOR_LIFE, _TAKE_FOR, _GIVEN_FOR, _NEED_FOR)  # weaker than a heading's
# "(total of 6 to 9 months for treatment)": the whole course, beside the phases it sums up.
_TOTAL_OF = re.compile(rf"\b(?P<w>(?:a\s+)?total\s+of)\s+(?={A_SPAN})", re.IGNORECASE)


def total_course(dc: DocContext, seg: Segment) -> list[Mention]:
    """"a total of 6 to 9 months": the treatment as a whole, in a sentence naming phases."""
    out: list[Mention] = []
    for m in _TOTAL_OF.finditer(seg.body):
        a, b = (seg.body_start + x for x in m.span("w"))
        out += overall(dc, seg.text, a, b)
    return out
