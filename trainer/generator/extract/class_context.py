"""drug_class read from a sentence's surroundings rather than from the sentence alone.

* a class heading over a generic list: heading "Targeted therapies" + "These drugs include
  X, Y", or a bare list of drug names under it (:func:`heading_class_facts`);
* the one class the previous sentence names: "Doctors prescribe beta blockers. These
  medicines include X and Y." (:func:`class_of_previous_sentence`).
"""

from __future__ import annotations

import re
from itertools import pairwise

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.drug_names import CLASS, DRUG, MODALITY, class_name, members_from
from trainer.generator.extract.patterns import negated, scope_end
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

# "These drugs include:", "Precision treatments including", "One of the drugs, X".
_GENERIC_LIST = re.compile(
    r"(?:^|\b)(?:(?:these|the|such|main|common|key|approved|examples? of (?:these |such |"
    r"the )?)\s+)?"
    r"(?:[\w-]+\s+)?(?:drugs?|agents?|medicines?|medications?|treatments?|therapies|options?|"
    r"examples?|products?)\s+(?:(?:used|given|available|approved|commonly used|most often used|"
    r"in this group|in this class)\s+)?(?:(?:usually|often|commonly|typically|currently|may|can)"
    r"\s+)?(?:include|includes|including|are|such as|like)\b\s*(?:the following)?\s*:?\s*$"
    r"|(?:^|\b)(?:one|some|two|several|each|all) of (?:the|these|them) (?:drugs|agents|medicines|"
    r"treatments|therapies|products)?\s*,?\s*$",
    re.IGNORECASE,
)
_GENERIC_BAD = re.compile(r"\bother\b", re.IGNORECASE)


def heading_class_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """A class heading over a generic list ("Targeted therapies" / "These drugs include X")."""
    head = dc.heading(seg.main)
    if head is None:
        return []
    hms = dc.mentions(head)
    classes = [m for m in hms if m.is_kind(*CLASS)]
    if len(classes) != 1 or any(m.is_kind(*DRUG) for m in hms):
        return []
    rest = (head.text[: classes[0].start] + head.text[classes[0].end :]).strip(" :-–—()")
    if len(re.findall(r"[A-Za-z]+", rest)) > 2 and not re.fullmatch(
        r"(?:types?|kinds?|examples?|classes?) of", rest, re.IGNORECASE
    ):
        return []
    cls = classes[0]
    out: list[ExtractedFact] = []
    ms = seg.mentions
    text = seg.text
    drugs = [m for m in ms if m.is_kind(*DRUG) and seg.in_body(m)]
    if not drugs:
        return []
    lead = seg.lead
    if lead is not None and (lead.index == head.index or _generic_lead(lead.text)):
        # a list item under the class heading, directly or through a generic lead-in
        if _names_only(seg):
            for d in drugs:
                out.append(_heading_fact(dc, seg, d, cls, head, 0.75))
        return out
    for i, d in enumerate(ms):
        if not d.is_kind(*DRUG) or (i and ms[i - 1].is_kind(*DRUG) and _same_group(text, ms, i)):
            continue
        prefix = text[: d.start]
        if _GENERIC_LIST.search(prefix) and not _GENERIC_BAD.search(prefix[-40:]):
            if _other_drugs_before(dc, seg, prefix):
                break  # "Other drugs are being tested ... These drugs include X": not the heading's
            end = _loose_end(text, d.start)
            for mem in [m for m in ms[i:] if m.is_kind(*DRUG) and m.start < end]:
                out.append(_heading_fact(dc, seg, mem, cls, head, 0.75))
            break
    return out


_OTHER_DRUGS = re.compile(
    r"\b(?:other|new|newer|additional|different) (?:drugs|medicines|medications|agents)\b",
    re.IGNORECASE,
)


def _other_drugs_before(dc: DocContext, seg: Segment, prefix: str) -> bool:
    """Whether "these drugs" points back to other drugs the previous sentence names."""
    if not re.match(r"\s*(?:these|such|those)\b", prefix, re.IGNORECASE):
        return False
    prev = dc.previous(seg.main)
    return prev is not None and bool(_OTHER_DRUGS.search(prev.text))


def _heading_fact(
    dc: DocContext, seg: Segment, d: Mention, cls: Mention, head: Unit, conf: float
) -> ExtractedFact:
    return dc.fact(
        seg, Relation.DRUG_CLASS, d.name("drug"), cls.name("drug_class"),
        conf * min(d.confidence("drug"), cls.confidence("drug_class")),
        flags=d.flags("drug") + cls.flags("drug_class"), context=head,
    )  # fmt: skip


def _generic_lead(text: str) -> bool:
    return bool(_GENERIC_LIST.search(text.rstrip())) and not _GENERIC_BAD.search(text)


def _names_only(seg: Segment) -> bool:
    """An item that is just names ("Rosamycin or adriamycin", "Glucocorticoids (X, Y)")."""
    chars = list(seg.text)
    for m in seg.mentions:
        if seg.in_body(m):
            chars[m.start : m.end] = " " * (m.end - m.start)
    left = re.sub(r"[^\w]+", " ", "".join(chars[seg.body_start :])).split()
    left = [w for w in left if w.lower() not in _LIST_WORDS]
    return len(left) <= 1


_LIST_WORDS = {"and", "or", "e", "g", "eg", "such", "as", "like", "i", "plus"}


def _same_group(text: str, ms: list[Mention], i: int) -> bool:
    return bool(re.fullmatch(r"[\s,/&]*(?:and|or)?\s*", text[ms[i - 1].end : ms[i].start]))


def _loose_end(text: str, start: int) -> int:
    """End of a list that may carry "for ..." phrases between its members."""
    m = re.search(r"[;!?]|\.(?:\s|$)|\b(?:which|who|whereas|but|although|because)\b", text[start:])
    return start + m.start() if m else len(text)


_THESE_INCLUDE = re.compile(
    r"^\s*(?:these|such|the) (?:medicines|medications|drugs|agents|treatments|products)\s+"
    r"(?:that are (?:used|given) )?(?:include|includes|are)\s*:?\s*$",
    re.IGNORECASE,
)


def class_of_previous_sentence(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """ "Doctors prescribe beta blockers. These medicines include atenolol and metoprolol.":
    the listed drugs belong to the one class the previous sentence names."""
    ms = seg.mentions
    first = next((i for i, m in enumerate(ms) if seg.in_body(m)), None)
    if first is None or not ms[first].is_kind(*DRUG) or any(m.is_kind(*CLASS) for m in ms):
        return []
    if not _THESE_INCLUDE.match(seg.text[seg.body_start : ms[first].start]):
        return []
    prev = dc.previous(seg.main)
    if prev is None:
        return []
    pms = dc.mentions(prev)
    named = [m for m in pms if m.is_kind(*CLASS)]
    classes = {m.name("drug_class"): m for m in named}
    if not classes or any(m.is_kind(*DRUG) for m in pms) or negated(prev.text):
        return []
    if len(classes) > 1 and not all(
        _NAMED_AS.fullmatch(prev.text, a.end, b.start) for a, b in pairwise(named)
    ):
        return []  # two classes side by side: which one do the drugs belong to?
    if any(MODALITY.search(name) for name in classes):
        return []
    end = scope_end(seg.text, ms[first].start)
    members = members_from(seg.text, ms, first, end)
    return [
        dc.fact(
            seg,
            Relation.DRUG_CLASS,
            d.name("drug"),
            class_name(dc, prev.text, cls),
            0.8 * min(d.confidence("drug"), cls.confidence("drug_class")),
            flags=d.flags("drug") + cls.flags("drug_class"),
            context=prev,
        )
        for cls in classes.values()
        for d in members
    ]


# Between two class names that name one group: "DMARDs called biological response modifiers",
# "tyrosine kinase inhibitors (TKIs)", "antiandrogens, also known as androgen receptor blockers".
_NAMED_AS = re.compile(
    r"\s*(?:[\(\[]\s*|,?\s*(?:also\s+)?(?:called|known as|referred to as|termed)\s+(?:the\s+)?)",
    re.IGNORECASE,
)
