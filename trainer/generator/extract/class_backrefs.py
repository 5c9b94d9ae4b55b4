"""drug_class carried from a sentence that names a class to a later sentence that points back.

Patient pages name a class in one sentence and its drugs in the next, linked by words that
refer back: "Statins lower cholesterol. Examples are simvastatin and atorvastatin.",
"Anticoagulants keep clots from growing. Warfarin and apixaban are two such medicines.",
"Proton pump inhibitors reduce acid. The most common is omeprazole.", "Several
bisphosphonates are approved. One of them, alendronate, is taken weekly.", or a lead-in
"Commonly used ones include:" over a list. The drugs belong to the class the earlier
sentence names.

The link must be stated: a demonstrative or "such" ("these include", "two such medicines",
"in this group"), "examples", "one of them" or "the most common". Names merely near each
other give nothing. The earlier sentence must name exactly one class (or one class under two
names, "tyrosine kinase inhibitors (TKIs)"), no drug, as its subject or as what is prescribed
or used, with no negation and nothing that sets other drugs against it ("people who cannot
take statins may be given other drugs. These include ezetimibe": not statins). Up to two
sentences without names may stand between the two (they say more about the class); the
earlier sentence may close the paragraph before when the pointing sentence opens its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from trainer.generator.extract.class_context import listed_drugs, names_only
from trainer.generator.extract.context import (
    HEDGE_MILD_FACTOR,
    DocContext,
    Segment,
    hedge_factor,
)
from trainer.generator.extract.drug_names import (
    CLASS,
    DRUG,
    labelled_class_facts,
    members_from,
    salt_end,
)
from trainer.generator.extract.patterns import negated, scope_end
from trainer.generator.facts import DRAFT_CONFIDENCE, ExtractedFact
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

_NOUN = r"(?:drugs?|medicines?|medications?|agents?|products?|ones?)"
_GROUP = r"this\s+(?:group|class|category|family|type|kind)"
_COMMON = (
    r"(?:most\s+)?(?:common|commonly\s+(?:used|prescribed)|widely\s+used|often\s+used|"
    r"frequently\s+(?:used|prescribed)|well-known)"
)
# Before the drugs, words that point back and introduce them: "These include", "Examples
# are", "Examples of these medicines include", "The most common is", "Commonly used ones
# include:", "One of them,", "One such drug is".
_OPENS = re.compile(
    r"\s*(?:"
    rf"(?:these|such|those)\s+(?:{_NOUN}\s+)?(?:(?:may|can|often|usually|commonly)\s+)?"
    r"(?:include|includes|are)|they\s+(?:(?:may|can|often|usually|commonly)\s+)?include"
    rf"|(?:some\s+|common\s+)?examples\s+(?:of\s+(?:these|such|them|{_GROUP})"
    rf"(?:\s+{_NOUN})?\s+)?(?:include|are)"
    # "One example of this type of medicine is", "An example is"
    rf"|(?:one|an)\s+example\s+(?:of\s+(?:these|such|them|{_GROUP})"
    rf"(?:\s+(?:of\s+)?{_NOUN})?\s+)?is"
    rf"|(?:the\s+)?(?:(?:two|three|some)\s+)?(?:{_COMMON}|best[- ]known)(?:\s+{_NOUN})?\s+"
    r"(?:is|are|include|includes)"
    rf"|(?:one|two|some)\s+of\s+(?:them|these(?:\s+{_NOUN})?)\s*(?:,|\s(?:is|are|include))"
    rf"|(?:one|another)\s+such\s+{_NOUN}\s*(?:,|\sis)"
    r"|among\s+(?:them|these)\s*,?\s*(?:are|is)?"
    # "Drugs in this group include", "This class of medicines includes"
    rf"|{_NOUN}\s+in\s+{_GROUP}\s+(?:include|includes|are)"
    rf"|{_GROUP}(?:\s+of\s+{_NOUN})?\s+(?:includes|include|is\s+made\s+up\s+of|consists\s+of)"
    r")\s*(?:the\s+following\s*)?:?\s*$",
    re.IGNORECASE,
)
# After the drugs that open a sentence, a predicate that points back: "are two such
# medicines", "is one of them", "are examples", "are two medications in this group".
_REFERS = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:"
    rf"belongs?\s+to\s+{_GROUP}"
    r"|(?:is|are)\s+(?:(?:also|both|just|all)\s+)?(?:(?:the|an?)\s+)?"
    r"(?:(?:one|two|three|some|several)\s+)?(?:"
    rf"such(?:\s+{_NOUN})?|of\s+(?:them|these(?:\s+{_NOUN})?)"
    rf"|(?:{_COMMON}\s+)?examples?(?:\s+of\s+(?:them|these(?:\s+{_NOUN})?|{_GROUP}))?"
    rf"|{_COMMON}(?:\s+{_NOUN})?"
    rf"|in\s+{_GROUP}"
    rf"|among\s+(?:them|these|the\s+{_COMMON}(?:\s+{_NOUN})?)"
    rf"|(?:generic\s+names\s+of\s+(?:two\s+|some\s+)?)?{_NOUN}\s+in\s+{_GROUP}"
    r"))\s*(?:[.;,]|$)",
    re.IGNORECASE,
)
# Before the drugs that open a sentence: nothing, or a word that does not change them.
_BARE_OPENING = re.compile(r"\s*(?:(?:both|the\s+drugs?|the\s+medicines?)\s+)?", re.IGNORECASE)
# A sentence that sets its drugs against others, or a class against other drugs.
CONTRAST = re.compile(
    r"\b(?:unlike|instead|rather than|another|other|others|alternative|alternatives|compared|"
    r"versus|vs\.?|except|besides|in addition to|as well as|fail|fails|failed|"
    r"stop(?:s|ped)? working|cannot|can't|unable|intoleran\w*|resistant|side effects?|risks?|"
    r"interact\w*)\b",
    re.IGNORECASE,
)
# The class as what is used or prescribed: "Doctors may prescribe beta blockers", "your
# doctor may give you antiplatelet medicine", "is treated with corticosteroids".
USED_BEFORE = re.compile(
    r"\b(?:prescribes?|prescribed|uses?|used|gives?|given|recommends?|recommended|suggests?|"
    r"suggested|takes?|taking|treated\s+with|treatment\s+with|called|known\s+as|"
    # "The main treatment for gout is ...", "Treatment options include ..."
    r"(?:treatment|therapy|option|options|choice)\b[^.;:,]{0,40}\b(?:is|are|includes?)|"
    # "Doctors treat the infection with antibiotics", "can be managed with steroids"
    r"(?:treat|treats|manage|manages|managed|controlled)\b[^.;:,]{0,40}\bwith|"
    # "There are several types of antihistamines"
    r"there\s+are(?:\s+(?:several|many|some|two|three|four|different))?"
    r"(?:\s+(?:main\s+|different\s+)?(?:types?|kinds?|classes|groups?)\s+of)?)\s+"
    r"(?:(?:you|them|patients|people|children)\s+)?"
    r"(?:(?:a|an|the|some|one|certain|several)\s+)?(?:(?:type|kind|class|group)\s+of\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# The class as the subject: at the start, after a determiner or a quantity word at most.
_SUBJECT_BEFORE = re.compile(
    # "For an uneven heartbeat, beta blockers ...": a phrase of setting before the subject
    r"\s*(?:(?!(?:if|unless|unlike|instead|although|while|when|without|except)\b)"
    r"[^,.;:()]{1,60},\s*)?"
    r"(?:(?:the|these|several|some|many|most|certain|two|three|four|five|a|an)\s+)?"
    # "Other types of diabetes pills ...": still the class, set against the kinds before it
    r"(?:other\s+)?(?:(?:types?|kinds?|classes|forms?|groups?)\s+of\s+)?"
    r"(?:(?!(?:if|when|while|without|with|unless|after|before|for|by|of|in|on|to|than|because|"
    r"although|but|and|or)\b)[\w-]+\s+)?",
    re.IGNORECASE,
)
# Between two names of one class: "tyrosine kinase inhibitors (TKIs)", "steroids, also called
# corticosteroids".
_NAMED_AS = re.compile(
    r"\s*(?:[\(\[]\s*|,?\s*(?:also\s+)?(?:called|known as|referred to as|termed)\s+(?:the\s+)?)",
    re.IGNORECASE,
)
# A class said to be called by a narrower name: "The newest types of antidepressants are
# called selective serotonin reuptake inhibitors": the drugs pointed to are of both
_ARE_CALLED = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:is|are)\s+(?:also\s+|now\s+|often\s+)?"
    r"(?:called|known\s+as|named|termed)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "X, Y and several others", "among others": the list is left open, not set against others
_OPEN_END = re.compile(
    r"\b(?:and|among)\s+(?:(?:several|many|a\s+few|some|various)\s+)?others\s*[.;]?\s*$",
    re.IGNORECASE,
)


def backref_class_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """class -> each drug of a sentence or list item that points back to the class an
    earlier sentence names."""
    found = _pointing_drugs(dc, seg)
    if found is None:
        return []
    start, members = found
    source = _class_sentence(dc, start)
    if source is None:
        return []
    unit, classes, negation = source
    facts = [f for cls in classes for f in labelled_class_facts(dc, seg, members, cls, unit)]
    cls = classes[-1]
    doubt = ""
    if negation:
        # "Other diabetes pills do not cause lows. Examples of these are X": the negation is
        # most often about what the class does, but may deny that the drugs are of it
        doubt = "class named in a negated earlier sentence"
    elif hedge_factor(unit.text[cls.end :]) < 1.0:
        # "Pain medicines may help. Examples of these medicines include: duloxetine": a class
        # said to help only maybe (often one named by what it is used for) may take in drugs
        # of other classes. "Doctors may prescribe statins" hedges the prescribing, not what
        # the class does
        doubt = "class named in a hedged earlier sentence"
    if doubt:  # held as a draft for review
        facts = [
            replace(f, confidence=min(f.confidence, DRAFT_CONFIDENCE),
                    flags=(*f.flags, f"uncertain: {doubt}"))
            for f in facts
        ]  # fmt: skip
    return facts


def _pointing_drugs(dc: DocContext, seg: Segment) -> tuple[Unit, list[Mention]] | None:
    """The drugs ``seg`` gives as members of a class named before it, and the unit the search
    for that class starts from (the sentence itself, or a list's lead-in)."""
    ms = seg.mentions
    text = seg.text
    if seg.hedge < HEDGE_MILD_FACTOR or any(m.is_kind(*CLASS) for m in ms):
        return None  # a class named here says for itself who belongs to it
    lead = seg.lead if seg.lead is not None else _list_opener(dc, seg.main)
    if lead is not None:
        # "Commonly used ones include:" / "- ondansetron": the lead-in points back
        if any(not seg.in_body(m) for m in ms) or not seg.main.item_start:
            return None
        if not _OPENS.fullmatch(lead.text.rstrip()) or not names_only(seg):
            return None
        return lead, listed_drugs(seg)
    if seg.main.kind != "sentence" or not ms or not ms[0].is_kind(*DRUG):
        return None
    if negated(text) or CONTRAST.search(_OPEN_END.sub("", text)):
        return None
    end = scope_end(text, ms[0].start)
    if _OPENS.fullmatch(text, 0, ms[0].start):
        return seg.main, members_from(text, ms, 0, end)
    if not _BARE_OPENING.fullmatch(text, 0, ms[0].start):
        return None
    members = members_from(text, ms, 0, end)
    if not members:
        return None
    last = members[-1]
    nxt = next((m for m in ms if m.start >= last.end), None)
    after = salt_end(text, last, nxt.start if nxt is not None else len(text))
    if not _REFERS.match(text, after):
        return None
    return seg.main, members


def _list_opener(dc: DocContext, unit: Unit) -> Unit | None:
    """The sentence just before the list of item ``unit`` when the list has no lead-in of its
    own ("Examples of these medicines are" / "- X (Brand) - Y (Brand)")."""
    if unit.kind != "item":
        return None
    k = unit.index - 1
    while k >= 0 and dc.units[k].kind == "item":
        k -= 1
    if k < 0 or k in dc.skipped or dc.units[k].kind != "sentence":
        return None
    return dc.units[k]


_MAX_BETWEEN = 2  # sentences without names between the class and the pointing sentence


def _class_sentence(dc: DocContext, start: Unit) -> tuple[Unit, list[Mention], bool] | None:
    """The sentence before ``start`` that names the class it points back to: the one before
    it in its paragraph (two sentences without names may stand between), or the last sentence
    of the paragraph before when ``start`` opens its own."""
    k = start.index - 1
    skipped = 0
    while k >= 0:
        prev = dc.units[k]
        if prev.kind != "sentence" or k in dc.skipped:
            return None
        if prev.para != start.para and (skipped or not _opens_para(dc, start)):
            return None
        pms = dc.mentions(prev)
        named = [m for m in pms if m.is_kind(*CLASS)]
        if any(m.is_kind(*DRUG) for m in pms) and not _other_members(prev.text, named, pms):
            return None
        if not named:
            if skipped >= _MAX_BETWEEN or prev.para != start.para:
                return None
            skipped += 1
            k -= 1
            continue
        return _stated_class(prev, named)
    return None


def _opens_para(dc: DocContext, unit: Unit) -> bool:
    return unit.index > 0 and dc.units[unit.index - 1].para != unit.para


def used_class(cls: Mention) -> bool:
    """Whether a class was found only by the shape of a class named by its use ("diabetes
    medicine", "heart medication"): a broad grouping, less sure than a pharmacological class."""
    hit = cls.hit("drug_class")
    return hit is not None and hit.variant == "shape" and hit.type == "use"


def _stated_class(unit: Unit, named: list[Mention]) -> tuple[Unit, list[Mention], bool] | None:
    """The class ``unit`` names (one class, under one or more names; or a class and the
    narrower name it is said to be called by, both), when it is the sentence's subject or
    what is used, and whether the sentence holds a negation."""
    text = unit.text
    classes = [named[0]]
    if len({m.name("drug_class") for m in named}) > 1:
        for a, b in pairwise(named):
            if _ARE_CALLED.fullmatch(text, a.end, b.start):
                classes.append(b)  # "types of antidepressants are called SSRIs": both
            elif not _NAMED_AS.fullmatch(text, a.end, b.start):
                return None  # two classes side by side: which one do the drugs belong to?
    cls = named[0]
    before = text[: cls.start]
    subject = _SUBJECT_BEFORE.fullmatch(before) is not None
    # "The newest types of antidepressants are called SSRIs": the name the sentence gives
    called = len(classes) > 1 and USED_BEFORE.search(text[: classes[-1].start]) is not None
    if not (subject or called or USED_BEFORE.search(before)):
        return None
    if _OTHER_CLASS.search(before):
        # "There are other antifungal drugs that can be used in patients who cannot take
        # voriconazole": what the sentence sets against the class cannot take its members out
        # of it
        return unit, classes, negated(before)
    # "other" before a subject class is part of its noun phrase; elsewhere it sets other
    # drugs against the class ("people who cannot take statins may be given other drugs")
    if CONTRAST.search(text[cls.start :] if subject else text):
        return None
    return unit, classes, negated(text)


# "There are other antifungal drugs", "several other statins": "other" right before the class
_OTHER_CLASS = re.compile(r"\bother\s+$", re.IGNORECASE)


def _other_members(text: str, named: list[Mention], ms: list[Mention]) -> bool:
    """Whether the sentence names one class as "other <class>" and its drugs only after it
    ("other antifungal drugs ... who cannot take voriconazole"): the drugs a pointing sentence
    gives next are then that class's other members, not these."""
    if len(named) != 1 or not _OTHER_CLASS.search(text[: named[0].start]):
        return False
    return all(m.start >= named[0].end for m in ms if m.is_kind(*DRUG))
