"""drug_class read from a sentence's surroundings rather than from the sentence alone.

* a class heading over a generic list: heading "Targeted therapies" + "These drugs include
  X, Y", or a bare list of drug names under it (:func:`heading_class_facts`);
* the one class the previous sentence names: "Doctors prescribe beta blockers. These
  medicines include X and Y." (:func:`class_of_previous_sentence`);
* a list item of drug names under a lead-in whose subject is a class: "Targeted therapies
  used to treat lung cancer include:" / "- osimertinib" (:func:`lead_class_facts`);
* a broad grouping given "with" its drugs: "Targeted therapy with a PARP inhibitor (X or Y)"
  (:func:`broad_with_facts`);
* a list of drug names under a lead-in without a colon, a heading or the sentence just before
  the list, that says its class is approved or used for something: "Targeted therapy approved
  for bladder cancer" / "- X (Brand)" (:func:`bare_lead_class_facts`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment, hedge_factor
from trainer.generator.extract.drug_names import (
    CLASS,
    DRUG,
    MODALITY,
    class_name,
    labelled_class_facts,
    members_from,
    salt_end,
)
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
        if names_only(seg):
            for d in listed_drugs(seg):
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


def names_only(seg: Segment) -> bool:
    """An item that is just names ("Rosamycin or adriamycin", "Glucocorticoids (X, Y)"); a salt
    or a biologic's suffix after a drug, and its brands in brackets after it, are part of its
    name ("goserelin acetate (Zoladex)", "leuprolide acetate (Lupron Depot, Eligard)")."""
    chars = list(seg.text)
    for m in seg.mentions:
        if seg.in_body(m):
            end = salt_end(seg.text, m, len(seg.text)) if m.is_kind(*DRUG) else m.end
            brands = _BRANDS.match(seg.text, end) if m.is_kind(*DRUG) else None
            end = brands.end() if brands is not None else end
            chars[m.start : end] = " " * (end - m.start)
    left = re.sub(r"[^\w]+", " ", "".join(chars[seg.body_start :])).split()
    left = [w for w in left if w.lower() not in _LIST_WORDS]
    return len(left) <= 1


_LIST_WORDS = {"and", "or", "e", "g", "eg", "such", "as", "like", "i", "plus"}
# Brand names in brackets after a drug: capitalised words only ("(Lupron Depot, Eligard)").
_BRANDS = re.compile(
    r"\s*\(\s*[A-Z0-9][\w®™.+-]*(?:(?:\s+|\s*,\s*)[A-Z0-9][\w®™.+-]*)*\s*\)"
)


def listed_drugs(seg: Segment) -> list[Mention]:
    """The drugs a name-only list item lists: a name glued to the drug before it ("trametinib
    dimethyl sulfoxide", a solvate) or opening a bracket right after it ("goserelin acetate
    (Zoladex)", a brand read as another name) is that drug again, not another one."""
    text = seg.text
    out: list[Mention] = []
    prev: Mention | None = None
    for m in seg.mentions:
        if not m.is_kind(*DRUG) or not seg.in_body(m):
            prev = m
            continue
        if prev is not None and prev.is_kind(*DRUG) and seg.in_body(prev):
            gap = text[salt_end(text, prev, m.start) : m.start]
            if re.fullmatch(r"\s+|\s*\(\s*", gap):
                continue  # "X dimethyl sulfoxide", "X acetate (Brand)": still ``prev``
        out.append(m)
        prev = m
    return out


def _same_group(text: str, ms: list[Mention], i: int) -> bool:
    return bool(re.fullmatch(r"[\s,/&]*(?:and|or)?\s*", text[ms[i - 1].end : ms[i].start]))


def _loose_end(text: str, start: int) -> int:
    """End of a list that may carry "for ..." phrases between its members."""
    m = re.search(r"[;!?]|\.(?:\s|$)|\b(?:which|who|whereas|but|although|because)\b", text[start:])
    return start + m.start() if m else len(text)


_THESE_INCLUDE = re.compile(
    r"^\s*(?:(?:examples|some|two|three)\s+of\s+)?"  # "Examples of these medicines include"
    r"(?:these|such|the) (?:medicines|medications|drugs|agents|treatments|products)\s+"
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
    return [f for cls in classes.values()
            for f in labelled_class_facts(dc, seg, members, cls, prev)]


# Between two class names that name one group: "DMARDs called biological response modifiers",
# "tyrosine kinase inhibitors (TKIs)", "antiandrogens, also known as androgen receptor blockers".
_NAMED_AS = re.compile(
    r"\s*(?:[\(\[]\s*|,?\s*(?:also\s+)?(?:called|known as|referred to as|termed)\s+(?:the\s+)?)",
    re.IGNORECASE,
)


# A lead-in whose subject is a class and whose predicate lists its members:
# "Chemotherapy drugs used to treat lung cancer may include:", "Several targeted therapy drugs
# may be used alone or with other kinds of drugs for this cancer:". Before the class only a
# determiner or a quantity word; after it, a generic noun, then a clause about use.
_LEAD_SUBJECT = re.compile(
    r"\s*(?:(?:the following|these|the|several|some|common|commonly used|other|main|major|"
    r"approved|current)\s+){0,2}"
    # one more word, not a preposition: "After chemotherapy, you may be given:" lists no member
    r"(?:(?!(?:after|before|with|without|following|besides|during|of|for|from|by|than|unlike|"
    r"instead)\b)[\w-]+\s+)?$",
    re.IGNORECASE,
)
_LEAD_PREDICATE = re.compile(
    r"\s*(?:(?:drugs?|medicines?|medications?|agents?|therapies)\b)?"
    r"(?:\s*\([^()]{0,60}\))?"
    r"(?P<rest>[^:;.]{0,160}?)"
    r"\b(?:include|includes|are|such as|like)?\s*:\s*$",
    re.IGNORECASE,
)
_LEAD_USE = re.compile(
    r"\b(?:include|includes|are|such as|like|used|given|approved|available|prescribed|"
    r"recommended|options)\b",
    re.IGNORECASE,
)
# A lead-in about something other than the class's members: "combined with:", "side effects".
_LEAD_NOT_MEMBERS = re.compile(
    r"\b(?:combined|combination|combinations|plus|added|after|before|followed|instead|replace|"
    r"replaced|side effects?|effects?|risks?|cause|causes|interact|interacts|except|studied|"
    r"tested|trials?|resistant|failed|stopped|than|not|no|with)\b",
    re.IGNORECASE,
)


def lead_subject_class(seg: Segment) -> Mention | None:
    """The class a lead-in opens with ("The following targeted therapy drugs ..."), if any."""
    if seg.lead is None:
        return None
    first = next((m for m in seg.mentions if not seg.in_body(m)), None)
    if first is None or not first.is_kind(*CLASS) or first.is_kind(*DRUG):
        return None
    return first if _LEAD_SUBJECT.fullmatch(seg.text[: first.start]) else None


def lead_class_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """A list item of drug names under a lead-in whose subject is a class: each drug is of
    that class ("Chemotherapy drugs used to treat breast cancer include:" / "- docetaxel");
    a lead-in without a colon in :func:`bare_lead_class_facts`."""
    bare = bare_lead_class_facts(dc, seg)
    if bare:
        return bare
    lead = seg.lead
    if lead is None or not names_only(seg):
        return []
    ms = seg.mentions
    in_lead = [m for m in ms if not seg.in_body(m)]
    classes = [m for m in in_lead if m.is_kind(*CLASS) and not m.is_kind(*DRUG)]
    if not classes or any(m.is_kind(*DRUG) for m in in_lead):
        return []
    cls = classes[0]
    lead_text = seg.text[: seg.body_start].rstrip()
    if not _LEAD_SUBJECT.fullmatch(lead_text[: cls.start]) or negated(lead_text):
        return []
    m = _LEAD_PREDICATE.fullmatch(lead_text, cls.end)
    if m is None:
        return []
    rest = _ALONE_OR_WITH.sub(" ", m.group("rest"))
    if _LEAD_NOT_MEMBERS.search(rest) or not _LEAD_USE.search(m.group(0)):
        return []
    if len(classes) > 1 and not _LEAD_USE.search(lead_text[cls.end : classes[1].start]):
        # a second class in the lead-in ("used with other treatments, particularly hormone
        # therapy:") is fine only after the use verb; before it, which class is meant?
        return []
    name = class_name(dc, seg.text, cls)
    return [_lead_fact(dc, seg, d, cls, name) for d in listed_drugs(seg)]


# After the class of a lead-in that has no colon: the members are approved or used for
# something ("approved for bladder cancer", "have been approved by the FDA for blood cancers").
_BARE_PREDICATE = re.compile(
    r"\s*(?:(?:drugs?|medicines?|medications?|agents?|therapies|products)\s+)?"
    r"(?:(?:that|which)\s+)?(?:(?:are|is|were|was|have|has)\s+(?:been\s+)?)?(?:now\s+|also\s+)?"
    r"(?:approved|used|available|prescribed|recommended)\b(?P<rest>[^:;.!?]{0,120})\.?\s*",
    re.IGNORECASE,
)


def bare_lead_class_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """A list item of drug names under a lead-in without a colon whose subject is a class and
    whose predicate says the class is approved or used for something: each drug is of that
    class. The lead-in is the heading over the list ("Targeted therapy approved for bladder
    cancer" / "- X (Brand)"), or the sentence just before a list that has no lead-in of its
    own ("Six CAR T-cell therapies have been approved for blood cancers." / "- X (Brand)")."""
    lead = _bare_lead(dc, seg)
    if lead is None or not names_only(seg):
        return []
    lms = dc.mentions(lead)
    classes = [m for m in lms if m.is_kind(*CLASS) and not m.is_kind(*DRUG)]
    if len(classes) != 1 or any(m.is_kind(*DRUG) for m in lms) or negated(lead.text):
        return []
    cls = classes[0]
    if not _LEAD_SUBJECT.fullmatch(lead.text[: cls.start]):
        return []
    m = _BARE_PREDICATE.fullmatch(lead.text, cls.end)
    if m is None or _LEAD_NOT_MEMBERS.search(_ALONE_OR_WITH.sub(" ", m.group("rest"))):
        return []
    # the lead-in's hedging ("are being studied for ...") is the items' too
    where = replace(seg, hedge=min(seg.hedge, hedge_factor(lead.text)))
    name = class_name(dc, lead.text, cls)
    conf = 0.75 * cls.confidence("drug_class")
    flags = cls.flags("drug_class")
    out = []
    for d in listed_drugs(seg):
        out.append(
            dc.fact(where, Relation.DRUG_CLASS, d.name("drug"), name,
                    conf * d.confidence("drug"), flags=d.flags("drug") + flags, context=lead)
        )  # fmt: skip
    return out


def _bare_lead(dc: DocContext, seg: Segment) -> Unit | None:
    """The lead-in without a colon of list item ``seg``: its heading lead-in, or the sentence
    just before its list when the list has none (a sentence ending in a full stop)."""
    unit = seg.main
    if unit.kind != "item" or not unit.item_start:
        return None
    if seg.lead is not None:
        return seg.lead if seg.lead.kind == "heading" else None
    k = unit.index - 1
    while k >= 0 and dc.units[k].kind == "item":
        k -= 1
    if k < 0 or k in dc.skipped:
        return None
    prev = dc.units[k]
    return prev if prev.kind == "sentence" and prev.text.rstrip().endswith(".") else None


def _lead_fact(dc: DocContext, seg: Segment, d: Mention, cls: Mention, name: str) -> ExtractedFact:
    return dc.fact(
        seg, Relation.DRUG_CLASS, d.name("drug"), name,
        0.8 * min(d.confidence("drug"), cls.confidence("drug_class")),
        flags=d.flags("drug") + cls.flags("drug_class"),
    )  # fmt: skip


_ALONE_OR_WITH = re.compile(r"\balone or (?:together )?with\b[^,:]*", re.IGNORECASE)


# A broad grouping that opens "with" and the drugs given as it: "Targeted therapy with a PARP
# inhibitor (X, Y or Z)", "immunotherapy with X", "topical biologic therapy with X".
# Chemotherapy is left out: "chemotherapy with imatinib" adds a drug of another kind to the
# chemotherapy.
_BROAD_WITH = re.compile(
    r"(?:immunotherapy|(?:targeted|hormone|biological) therapy)", re.IGNORECASE
)
_WITH_MEMBERS = re.compile(
    # "Biologic therapy using X or Y" as "Targeted therapy with X"
    r"\s+(?:that\s+is\s+given\s+)?(?:with|using)\s+(?:either\s+)?(?:an?\s+|the\s+)?$", re.IGNORECASE
)
# "(X, Y)", "(such as X)", or ", such as X, Y or Z" after the inner class
_INNER_CLASS_OPEN = re.compile(
    r"\s*(?:drugs?\s*)?(?:[\(\[]\s*(?:such as\s+|e\.g\.,?\s*)?|,?\s*such as\s+)$", re.I
)


def broad_with_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """Drugs a broad grouping is given "with": each of them is of that grouping."""
    ms = seg.mentions
    out: list[ExtractedFact] = []
    for i, c in enumerate(ms):
        if not c.is_kind(*CLASS) or c.is_kind(*DRUG):
            continue
        if not _BROAD_WITH.fullmatch(c.name("drug_class")):
            continue
        if i + 1 >= len(ms) or negated(seg.text[max(0, c.start - 30) : c.start]):
            continue
        j = i + 1
        if not _WITH_MEMBERS.fullmatch(seg.text, c.end, ms[j].start):
            continue
        if ms[j].is_kind(*CLASS) and not ms[j].is_kind(*DRUG):
            # "Targeted therapy with a PARP inhibitor (X, Y)": the inner class's members
            if j + 1 >= len(ms) or not _INNER_CLASS_OPEN.fullmatch(
                seg.text, ms[j].end, ms[j + 1].start
            ):
                continue
            j += 1
        if not ms[j].is_kind(*DRUG):
            continue
        members = members_from(seg.text, ms, j, scope_end(seg.text, ms[j].start))
        name = c.name("drug_class")
        out += [
            _lead_fact(dc, seg, d, c, name) for d in members if seg.in_body(d) or seg.in_body(c)
        ]
    return out


_CLASS_AND = re.compile(r"\s*,?\s*(?:(?P<and>and)\s+)?(?:an?\s+)?")
# the run ends the sentence, or a relative clause or a participle of use follows it ("X is a
# monoclonal antibody and angiogenesis inhibitor that may be used with chemotherapy")
_RUN_ENDS = re.compile(
    r"\s*(?:[.;]|$)|(?<![sS])\s*,?\s+(?:that|which|used|approved)\b", re.IGNORECASE
)  # (a plural before the clause is a new subject: "X is a TKI and chemotherapy drugs that")


def coordinated_classes(text: str, ms: list[Mention], k: int) -> list[Mention]:
    """The classes coordinated with ``ms[k]`` after a copula: "X is a kinase inhibitor, an
    angiogenesis inhibitor, and an immunosuppressant" gives the last two. Only a run of class
    names joined by commas and a final "and", which ends the sentence or a relative clause
    ("... that may be used with Y") follows, counts: "X is a TKI and
    chemotherapy is given after it" or a run that goes on to a drug is no coordination."""
    run: list[Mention] = []
    j = k
    while j + 1 < len(ms) and ms[j + 1].is_kind(*CLASS):
        m = _CLASS_AND.fullmatch(text, ms[j].end, ms[j + 1].start)
        if m is None:
            return []
        run.append(ms[j + 1])
        j += 1
        if m.group("and"):
            return run if _RUN_ENDS.match(text, ms[j].end) else []
    return []
