"""Care given beside a phase rather than as part of it: a drug against a side effect, a
symptom, an infection or another disease it prevents, a warning about what else the patient
takes. Such sentences name no phase's drugs; which names are symptoms, signs, complications or
diseases is the lexicon's to say."""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.page_topic import title_unit


def treats_a_complication(seg: Segment, dc: DocContext | None = None) -> bool:
    """Whether the segment names a complication, a sign or a symptom (not the page's own
    infection named by its germ, "Ascaris infections" on a page about ascariasis)."""
    for m in seg.mentions:
        hit = m.hit("condition")
        if hit is not None and hit.type in ("complication", "sign", "symptom"):
            if dc is not None and _own_infection(dc, seg.text, m.start, hit.name):
                continue
            return True
    return False


# The word before "infection(s)": the germ that names it ("hookworm infections")
_GERM_BEFORE = re.compile(r"([A-Za-z][\w-]{3,})\s+$")
_STEM = 5  # letters a germ's name shares with the page's disease ("Ascaris", "ascariasis")


def _own_infection(dc: DocContext, text: str, start: int, name: str) -> bool:
    """Whether "<germ> infection" at ``start`` names the page's own disease: the germ's name
    and a word of the page's main disease or title share their first letters."""
    if name != "infection":
        return False
    germ = _GERM_BEFORE.search(text, max(0, start - 40), start)
    if germ is None:
        return False
    stem = germ.group(1).lower()[:_STEM]
    title = title_unit(dc)
    own = f"{dc.main_disease or ''} {title.text if title else ''}".lower()
    return len(stem) == _STEM and any(w.startswith(stem) for w in re.findall(r"[a-z]+", own))


# Care given beside the treatment rather than as part of it: a drug against a side effect, a
# symptom or an infection, a warning about what else the patient takes. Such sentences name no
# phase's drugs. Which names are symptoms, signs or complications is the lexicon's to say.
_AGAINST = (
    r"(?:to\s+(?:prevent|treat|relieve|ease|soothe|control|reduce|manage|stop)|for|against|"
    r"risk\s+of|helps?\s+(?:with|to\s+(?:prevent|relieve|ease|control|reduce)))\s+"
    r"(?:the\s+|an?\s+|any\s+|your\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
)
_SUPPORTIVE = re.compile(
    rf"\b{_AGAINST}side[- ]effects?\b|\binteract\w*|\btell\s+your\s+(?:doctor|nurse|care)|"
    r"\bto\s+(?:help\s+)?protect\s+(?:the|your|their|his|her)\b",  # "to protect the bones"
    re.IGNORECASE,
)
_AGAINST_BEFORE = re.compile(rf"\b{_AGAINST}$", re.IGNORECASE)
# an infection is care beside the treatment only when prevented: on a page about an infection,
# "treatment for latent TB infection" is the treatment itself
_PREVENT_BEFORE = re.compile(
    r"\b(?:to\s+prevent|prevents?|preventing|risk\s+of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "Nausea can be treated with ondansetron": the symptom is what is treated
_IS_TREATED = re.compile(
    r"\s+(?:can|may|is|are|will)\s+(?:\w+\s+)?(?:be\s+)?(?:treated|managed|relieved|prevented|"
    r"controlled|eased)\b",
    re.IGNORECASE,
)
CARED_FOR = frozenset({"complication", "sign", "symptom"})


def supportive_care(dc: DocContext, seg: Segment) -> bool:
    """Whether the segment is about supportive care: a drug against a side effect, a symptom,
    a complication or an infection, or what else the patient takes. The page's own disease
    ("antibiotics for kidney infections" on a page about them) and the disease's course ("for
    relapse") are not such care."""
    main = (dc.main_disease or "").lower()
    if _SUPPORTIVE.search(seg.text):
        return True
    for m in seg.mentions:
        h = m.hit("condition")
        if (
            h is None or _COURSE_OF_DISEASE.search(h.name)
            or (main and dc.same_disease(h.name, main)) or h.name.lower() in main
        ):
            continue
        before = seg.text[max(0, m.start - 60) : m.start]
        if h.type not in CARED_FOR or h.name == "infection":
            # "X is used to prevent pneumonia during maintenance": another disease prevented
            if _PREVENT_BEFORE.search(before):
                return True
        elif _AGAINST_BEFORE.search(before) or (
            m.start - seg.body_start <= 2 and _IS_TREATED.match(seg.text, m.end)
        ):
            return True
    return False


# the disease's own course ("relapse", "progression") is the setting of a phase, not a symptom
_COURSE_OF_DISEASE = re.compile(r"relaps|recurr|refractor|progress|remission|metasta", re.I)


# "X may be used with replacement therapy", "used alone or with Y and replacement therapy": a
# drug given beside a therapy that is a treatment of its own kind (it gives back what the body
# lacks), not one of its drugs. A phase of a plan is different: "imatinib is given with
# induction chemotherapy" names a drug of the induction.
KINDS_OF_THEIR_OWN = frozenset({"replacement therapy"})
_USED_WITH_BEFORE = re.compile(
    r"\b(?:used|given|taken|prescribed)\s+(?:alone\s+or\s+)?(?:together\s+|along\s+)?with\s+"
    r"(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)
_JOINED = re.compile(r"\s+(?:and|or|and/or)\s+(?:the\s+)?", re.IGNORECASE)


def beside_the_phase(
    text: str, phase: str, phase_start: int, drug_start: int, drug_end: int
) -> bool:
    """Whether the drug is named as given with the therapy ``phase`` (one of
    :data:`KINDS_OF_THEIR_OWN`) rather than in it: the therapy is the object of "used with"
    after the drug, or the drug and the therapy are both "used with"."""
    if phase in KINDS_OF_THEIR_OWN and drug_end <= phase_start:
        between = text[drug_end:phase_start]
        if re.search(r"[.;]", between) or not _USED_WITH_BEFORE.search(between):
            return _JOINED.fullmatch(between) is not None and bool(
                _USED_WITH_BEFORE.search(text, max(0, drug_start - 40), drug_start)
            )
        return True
    return False
