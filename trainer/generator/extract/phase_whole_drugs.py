"""The treatment as a whole, told by the drugs used for the page's own disease.

"The medicines used to treat pinworm are A, B and C", "Drugs used for the treatment of X
include A and B", "X is usually treated with A or B", "The other drugs (A, B) used to treat X
are ...", "A are used to treat X": the drugs of the disease's treatment with no phase named,
which is the whole course (the phase ``overall treatment``). Read only when the sentence names
no phase or setting and neither its heading nor an earlier sentence of its paragraph set one
(the caller tries those first) and only for the page's own disease: named as the page's main
disease, by a word of the page's title ("pinworm" on "Enterobiasis (Pinworm Infection)"), or
as "the infection", "this disease". A population or a form of the disease ("Children with X",
"Severe X", "Recurrent X") is a setting of its own, not the whole course, and gives nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.page_topic import heading_names_topic, title_unit
from trainer.generator.extract.phase_whole import overall
from trainer.generator.lexicon import Hit, Mention

# the variant of the whole course told by the drugs used for the disease: unlike a whole course
# told by its length, it names the drugs the whole course gives
DISEASE_DRUGS = "drugs of the disease"
# "X is treated with medicines that calm the immune system": a class so told may be a
# description of the drugs rather than one the whole course gives; a draft, not a card
WHOLE_COURSE_CLASS = "a class told as what the disease is treated with"

_MEDICINES = r"(?:medicines?|medications?|drugs?|antibiotics|antivirals|antifungals|agents)"
_TREAT = (
    r"(?:(?:that\s+(?:are\s+)?|which\s+(?:are\s+)?)?(?:commonly\s+|usually\s+|most\s+often\s+)?"
    r"(?:used|given|prescribed)\s+)?(?:to\s+treat|for\s+(?:the\s+)?treat(?:ment|ing)(?:\s+of)?|"
    r"against)\s+"
)
# "The medications used for the treatment of <D>", "Drugs (A, B) used to treat <D>": the
# words up to the disease
_DRUGS_FOR = re.compile(
    rf"\b(?P<w>{_MEDICINES}\s*(?:\([^()]{{1,80}}\)\s*)?{_TREAT})"
    r"(?:the\s+|this\s+)?(?P<d>[^.;:,()]{1,50}?)"
    r"(?=\s+(?:are|is|include|includes|may\s+include|can\s+include)\b|\s+(?:are|is)\s+available\b)",
    re.IGNORECASE,
)
# "Drugs used to prevent migraine (also) include A": the drugs that keep the disease from
# coming, the page's prophylaxis
_DRUGS_TO_PREVENT = re.compile(
    rf"\b(?P<w>{_MEDICINES}\s+(?:that\s+are\s+|which\s+are\s+)?"
    r"(?:(?:commonly|usually|often|also)\s+)?(?:used|given|taken|prescribed)\s+to\s+prevent)\s+"
    r"(?:the\s+|this\s+)?(?P<d>[^.;:,()]{1,50}?)"
    r"(?=\s+(?:also\s+)?(?:are|include|includes|may\s+include|can\s+include)\b)",
    re.IGNORECASE,
)
# "<D> is (usually) treated with": the disease as the subject of its treatment, at the
# sentence's start
_TREATED_WITH = re.compile(
    r"^\s*(?:the\s+)?(?P<d>[^.;:,()]{1,50}?)\s+(?P<w>(?:is|are|can\s+be|may\s+be|should\s+be)\s+"
    r"(?:usually\s+|often\s+|typically\s+|commonly\s+|generally\s+|mainly\s+|most\s+often\s+)?"
    r"treated\s+with)\b",
    re.IGNORECASE,
)
# "Doctors usually treat plague with antibiotics": the provider treating the disease with them
_PROVIDER_TREATS = re.compile(
    r"^\s*(?P<w>(?:your\s+|the\s+)?(?:doctors?|health\s*care\s+providers?|providers?|"
    r"physicians?)\s+(?:(?:may|will|can|usually|often|typically|generally|commonly|also)\s+)*"
    r"treats?)\s+(?:the\s+|this\s+)?(?P<d>[^.;:,()]{1,50}?)\s+with\b",
    re.IGNORECASE,
)
# "Antibiotics are the main treatment (for plague)": the drugs the sentence says the course is
_ARE_THE_TREATMENT = re.compile(
    r"^\s*[^.;:]{2,80}?\s+(?:is|are)\s+(?:(?:usually|often|generally)\s+)?the\s+"
    r"(?:main|usual|standard|primary|best|most\s+common)\s+(?P<w>treatments?)"
    r"(?:\s+(?:for|of)\s+(?:the\s+|this\s+)?(?P<d>[^.;:,()]{1,50}?))?\s*\.?\s*$",
    re.IGNORECASE,
)
# "Antibiotics can cure PID": the drugs as the subject of what they do to the disease, the
# disease ending the sentence
_CAN_CURE = re.compile(
    r"^\s*[^.;:]{2,80}?\s+(?P<w>(?:(?:can|may|will|usually|often)\s+(?:usually\s+|often\s+)?"
    r"(?:cure|treat|clear\s+up|get\s+rid\s+of)|(?:cure|get\s+rid\s+of)))\s+"
    r"(?:the\s+|this\s+|your\s+)?(?P<d>[^.;:,()]{1,50}?)"
    # ("Antifungal medicines get rid of yeast infections in most people": how often it works)
    r"(?:\s+in\s+(?:most|many)\s+(?:people|patients|cases))?\s*\.?\s*$",
    re.IGNORECASE,
)
# "Antibiotics are used to treat strep infections": the drugs as the subject, the disease
# ending the sentence
_USED_TO_TREAT = re.compile(
    # ("Other medicines, besides prednisone, are used": the drug named is set apart)
    r"^\s*(?![^.;:]*\b(?:other|besides|except|apart\s+from|in\s+addition\s+to)\b)"
    r"[^.;:]{2,80}?\s+(?P<w>(?:is|are)\s+(?:(?:usually|often|commonly|mainly|also|most\s+"
    r"often)\s+)?(?:used|given|prescribed)\s+to\s+treat)\s+(?:the\s+|this\s+|your\s+)?"
    r"(?P<d>[^.;:,()]{1,50}?)\s*\.?\s*$",
    re.IGNORECASE,
)
# "Treatment (of <D>) usually includes A and B", "Drug therapy may include A": the treatment as
# the subject of what it holds, at the sentence's start
_TREATMENT_INCLUDES = re.compile(
    # ("Symptomatic drug therapy may include A": the drugs the whole course may hold)
    # ("The best treatment is a combination of A and B": the course its drugs make)
    r"^\s*(?P<w>(?:the\s+)?(?:(?:symptomatic|drug|medical|medication|medicine|pharmacologic(?:al)?)"
    r"\s+)*(?:(?:best|main|usual|standard)\s+(?=treatment\s+is\s+a\s+combination\s+of\b))?"
    r"(?:treatments?|therapy|therapies)(?:\s+(?:of|for)\s+"
    r"(?P<d>[^.;:,()]{1,50}?))?\s+"
    r"(?:(?:generally|usually|typically|often|mainly|most\s+often|commonly|may|can|might)\s+)*"
    # ("Treatment is with antibiotics": what the course is given with)
    # ("Treatment is a strong antibiotic": the course named by its drug)
    r"(?:includes?|consists?\s+of|involves?|is\s+(?:usually\s+|often\s+|mainly\s+)?"
    r"with|is\s+a\s+combination\s+of|"
    r"is(?=\s+an?\s+(?:strong\s+|oral\s+|IV\s+)?\w+\s*(?:\.|$))))\b",
    re.IGNORECASE,
)
# a purpose or a need of the drugs' own ("to relieve pain", "if you have an infection"): what
# they are given for is then not the disease as a whole
_FOR_ANOTHER = re.compile(r"\b(?:to\s+(?!treat\b)[a-z]+|if|when|during|before|after|until|while|"
                          r"pregnan\w*|trimesters?|"
                          r"for\s+(?:the\s+)?(?:pain|fever|symptoms?))\b", re.IGNORECASE)
# what may stand between the provider's verb and the drug it gives: "suggest taking a", "also
# prescribe an"
# how a drug is given, said before its name or class ("topical analgesics")
ROUTE_WORDS = r"(?:topical|oral|inhaled|intravenous|injected|nasal|over-the-counter|prescription)"
# how and how strongly a drug is given, said before its name or class ("IV antibiotics", "a
# strong antibiotic")
DRUG_ADJECTIVES = rf"(?:{ROUTE_WORDS}|IV|I\.V\.|strong|stronger|powerful|potent)"
_BEFORE_DRUG = re.compile(
    rf"^\s*(?:(?:an?|the|some|also|taking|using|one\s+or\s+more|{DRUG_ADJECTIVES})\s+)*$",
    re.IGNORECASE,
)
# the page's disease told without its name
_OWN_WORDS = re.compile(
    r"(?:the\s+|this\s+)?(?:infection|disease|condition|illness|disorder|infestation)"
    # "These infections are often treated with": the page's disease named in the plural
    r"|these\s+(?:infections|diseases|conditions|illnesses|disorders|infestations)",
    re.IGNORECASE,
)
# a population, a form or a stage of the disease: a setting, not the whole course
_QUALIFIED = re.compile(
    r"\b(?:children|adults|women|men|people|patients|infants|babies|pregnant|severe|mild|"
    r"moderate|chronic|acute|early|late|advanced|recurrent|relapsed|refractory|latent|active|"
    r"stage|with|who|whose|that|which|complicated|uncomplicated|resistant)\b",
    re.IGNORECASE,
)


# "Your health care provider may recommend pain relievers": the page's disease's treatment as
# what the provider gives, the sentence's opening
_PROVIDER_GIVES = re.compile(
    r"^\s*(?P<w>(?:your\s+|the\s+|a\s+)?(?:doctors?|health\s*care\s+providers?|providers?|"
    r"physicians?|clinicians?)\s+(?:(?:may|will|might|can|usually|often|also|then)\s+)*"
    r"(?:recommends?|prescribes?|suggests?|gives?))\s+",
    re.IGNORECASE,
)


def drugs_for_the_disease(dc: DocContext, seg: Segment) -> list[Mention]:
    """The whole course, as an ``overall treatment`` mention over the cue words, when the
    sentence gives the drugs used for the page's own disease (see the module)."""
    low = seg.body.lower()
    gives = _PROVIDER_GIVES.match(seg.body)
    if gives is not None and dc.main_disease and _treatment_heading(dc, seg) and not (
        _QUALIFIED.search(seg.body[gives.end() :]) or _FOR_ANOTHER.search(seg.body)
        or _labelled_apart(dc, seg) or _other_disease_before(dc, seg)
    ) and _BEFORE_DRUG.match(_to_first_drug(seg, seg.body_start + gives.end())):
        # "Your provider may recommend pain relievers" on the page's own disease, for all of it
        a, b = (seg.body_start + x for x in gives.span("w"))
        return [_as_disease_drugs(x) for x in overall(dc, seg.text, a, b)]
    if not any(w in low for w in ("treat", "against", "therap", "cure", "clear up", "rid of",
                                  "prevent")):
        return []  # the common case, cheaply
    includes = _TREATMENT_INCLUDES.match(seg.body)
    if includes is not None and includes.group("d") is None:
        # "Treatment usually includes A": the page's disease's treatment, under the page's
        # title or a heading about its treatment (not under "Side effects" or "Complications")
        if dc.main_disease and _treatment_heading(dc, seg):
            a, b = (seg.body_start + x for x in includes.span("w"))
            return [_as_disease_drugs(x) for x in overall(dc, seg.text, a, b)]
        return []
    prevent = _DRUGS_TO_PREVENT.search(seg.body)
    if prevent is not None and _own_disease(
        dc, seg, prevent.group("d"), seg.body_start + prevent.start("d")
    ):
        a, b = (seg.body_start + x for x in prevent.span("w"))
        return [_as_disease_drugs(x) for x in overall(dc, seg.text, a, b, "prophylaxis")]
    the = _ARE_THE_TREATMENT.match(seg.body)
    if the is not None and (
        _own_disease(dc, seg, the.group("d"), seg.body_start + the.start("d")) if the.group("d")
        else dc.main_disease is not None and _treatment_heading(dc, seg)
    ):
        a, b = (seg.body_start + x for x in the.span("w"))
        return [_as_disease_drugs(x) for x in overall(dc, seg.text, a, b)]
    cured = _CAN_CURE.match(seg.body)
    treats = _PROVIDER_TREATS.match(seg.body)
    for m in (_TREATED_WITH.match(seg.body), treats, cured, includes,
              _USED_TO_TREAT.match(seg.body),
              *_DRUGS_FOR.finditer(seg.body)):
        if m is None or not _own_disease(dc, seg, m.group("d"), seg.body_start + m.start("d")):
            continue
        a, b = (seg.body_start + x for x in m.span("w"))
        return [_as_disease_drugs(x) for x in overall(dc, seg.text, a, b)]
    return []


def _to_first_drug(seg: Segment, at: int) -> str:
    """The words from ``at`` to the first drug or class named after it ("x" when none is)."""
    first = min(
        (m.start for m in seg.mentions if m.start >= at and m.is_kind("drug", "drug_class")),
        default=None,
    )
    return "x" if first is None else seg.text[at:first]


def _other_disease_before(dc: DocContext, seg: Segment) -> bool:
    """Whether an earlier sentence of the paragraph names another disease than the page's: the
    drugs a provider then prescribes may be for that one."""
    main = dc.main_disease or ""
    u = dc.previous(seg.main)
    for _ in range(3):
        if u is None or u.kind == "heading":
            return False
        for m in dc.mentions(u):
            h = m.hit("condition")
            if h is not None and h.type in ("disease", "infection", "subtype") and not (
                dc.same_disease(h.name, main) or dc.same_disease(main, h.name)
            ):
                return True
        u = dc.previous(u)
    return False


def _labelled_apart(dc: DocContext, seg: Segment) -> bool:
    """Whether the sentence follows a one-word label of its paragraph ("Osteoporosis. A provider
    may prescribe ..."): the label names what the drugs are for, another condition."""
    before = dc.previous(seg.main)
    return before is not None and len(before.text.rstrip(".:").split()) <= 3 and any(
        m.hit("condition") is not None for m in dc.mentions(before)
    )


_TREATMENT_WORDS = re.compile(r"treat|therap|manag|medic|cure", re.IGNORECASE)


def _treatment_heading(dc: DocContext, seg: Segment) -> bool:
    """Whether the segment stands under the page's title, a heading about treatment, or the
    heading that asks what the page's condition is ("What is (are) Sinusitis ?", over the one
    paragraph a patient page says all in)."""
    head = dc.heading(seg.main)
    title = title_unit(dc)
    return head is None or head is title or bool(_TREATMENT_WORDS.search(head.text)) or (
        heading_names_topic(dc, head.text) is not None
    )


def _as_disease_drugs(m: Mention) -> Mention:
    hit = m.hits[0]
    return Mention(m.start, m.end, m.surface, (Hit(hit.kind, hit.name, DISEASE_DRUGS, hit.type),))


def _own_disease(dc: DocContext, seg: Segment, words: str, at: int) -> bool:
    """Whether ``words`` (at ``at`` in the segment) name the page's own disease, unqualified."""
    if not words or _QUALIFIED.search(words):
        return False
    if _OWN_WORDS.fullmatch(words):
        # ("these infections" stands for the page's disease only where it is infections:
        # "Klebsiella infections", not the infections bronchiectasis causes)
        these = re.match(r"these\s+(\w+?)e?s$", words.strip(), re.IGNORECASE)
        return these is None or these.group(1).lower() in (dc.main_disease or "").lower()
    main = (dc.main_disease or "").lower()
    low = words.lower()
    if main and (low == main or low.rstrip("s") == main.rstrip("s")):
        return True
    end = at + len(words)
    for m in seg.mentions:
        h = m.hit("condition")
        if h is not None and m.start == at and m.end == end and h.name.lower() == main:
            return True  # the disease itself (a subtype, "Ph-positive ALL", is a group of its own)
    title = title_unit(dc)
    if title is None or len(low.split()) > 3:
        return False
    # "pinworm" on a page titled "Enterobiasis (also known as Pinworm Infection)"
    title_words = set(re.findall(r"[a-z][a-z'-]+", title.text.lower()))
    head = low.split()[0]
    # ("strep infections" on a page titled "Streptococcal Infections": the title's word cut short)
    return len(head) > 3 and head not in _GENERIC_TITLE_WORDS and (
        head in title_words or any(w.startswith(head) and len(w) > len(head) + 2
                                   for w in title_words)
    )


_GENERIC_TITLE_WORDS = frozenset({
    "treatment", "treatments", "therapy", "what", "about", "information", "disease", "diseases",
    "infection", "infections", "cancer", "syndrome", "parasites", "health", "overview",
})
