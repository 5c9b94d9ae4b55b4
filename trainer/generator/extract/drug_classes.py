"""drug_class: what kind of drug a drug is (subject: drug, object: class name from the lexicon).

drug_class is read from
  * copula and apposition: "X is a tyrosine kinase inhibitor", "X, a TKI,", "X (a BiTE)",
    "X and Y are TKIs" (a negation in between, "X is not a TKI", blocks the fact);
  * class-first lists: "TKIs such as/like/including X and Y", "Glucocorticoids (X, Y)",
    "targeted therapies include X", "CAR T-cell therapy: X", "the TKI imatinib";
  * "X and other TKIs";
  * a class heading over a generic list: heading "Targeted therapies" + "These drugs include
    X, Y" or a bare list of drug names under it.
A class name that carries a target ("X, a BCR-ABL1 inhibitor", "an anti-CD20 antibody") also
gives drug_target facts for its drugs (see :func:`.drug_targets.targets_in_class`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from trainer.domain import Relation
from trainer.generator.extract.context import (
    HEDGE_MILD_FACTOR,
    DocContext,
    Segment,
    hedge_factor,
)
from trainer.generator.extract.drug_names import (
    BAD_MODS,
    CLASS,
    DRUG,
    antecedent,
    resolve_copular_pronoun,
)
from trainer.generator.extract.drug_targets import targets_in_class
from trainer.generator.extract.patterns import (
    group_ending_at,
    group_from,
    in_closed_list,
    in_parens,
    index_of,
    negated,
    scope_end,
)
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

# Between a drug and its class: "X is a", "X, a", "X (a", "X, which is a" (+ a few modifiers).
_TO_CLASS = re.compile(
    r"^\s*(?:[\(\[][^()\[\]]{0,60}[\)\]]\s*)?"
    r"(?P<link>,\s*(?:which|that)\s+(?:is|are)\s+|,\s*(?:both|all|each)\s+|,\s*|"
    r"\s+(?:is|are|was|were|remains?|acts as|works as|is classified as|are classified as|"
    r"belongs? to|is considered|are considered|(?:is|are) in|(?:is|are) one of)\s+|"
    r"\s*[\(\[]\s*|\s*:\s*)"
    r"(?:(?:also|now|currently|both|all|one of|a member of|part of)\s+)*"
    r"(?:(?:a|an|the)\s+)?(?:(?:type|kind|form|class|member|group|family|sort|generation)\s+of\s+"
    r"(?:the\s+)?)?"
    r"(?:(?:medications?|medicines?|drugs?|agents?)\s+(?:called|known as|named|termed)\s+"
    r"(?:the\s+)?)?(?P<mods>(?:[\w'’®+-]+\s+){0,4}?)$",
    re.IGNORECASE,
)
# After a class name: words showing the class is not the head ("a TKI-resistant mutation").
_CLASS_NOT_HEAD = re.compile(
    r"^[\s-]*(?:resistant|resistance|refractory|naive|naïve|intolerant|intolerance|based|"
    r"containing|free|induced|related|associated|treated|failure|era|trials?|backbone|"
    r"combinations?|mutations?|toxicity|toxicities|exposure|dose|doses)\b",
    re.IGNORECASE,
)
_ALSO_CALLED = re.compile(
    r"^\s*(?:[\(\[][^()\[\]]{0,30}[\)\]]\s*)?,?\s*(?:also\s+)?(?:known as|called|referred to as|"
    r"termed|named)\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
# Class first, then its members.
_CLASS_TO_LIST = re.compile(
    r"^\s*(?:[\(\[](?:[A-Z][A-Za-z0-9+]{1,8}s?)[\)\]]\s*)?(?:,\s*)?"
    r"(?:such as|like|including|include|includes|included|e\.g\.,?|for example,?|"
    r"for instance,?|namely|especially|particularly|:|[\(\[]\s*(?:e\.g\.,?|such as|like|"
    r"including|i\.e\.,?|for example,?|for instance,?)?|[–—]|"
    r",?\s*(?:(?:drugs?|medicines?|medications?|agents?)\s+(?:that\s+are\s+)?)?"
    r"(?:used|approved|available|given)\s+(?:[\w+-]+\s+){0,5}?"
    r"(?:include|includes|including|are|such as)|"
    # "a corticosteroid, usually prednisone,"
    r",\s*(?:usually|typically|often|commonly|most often|mainly|most commonly)|"
    r"\s+are\s*:"
    r")\s*:?\s*(?:the following\s*:?\s*)?$",
    re.IGNORECASE,
)
_AND_OTHER = re.compile(
    r"^\s*(?:[\(\[][^()\[\]]{0,60}[\)\]]\s*)?,?\s*(?:and|or)\s+(?:other|"
    r"similar)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PRENOMINAL_BEFORE = re.compile(
    r"(?:^|\b(?:the|a|an|this|these|its|their|novel|new)\s+)(?:[\w'’+-]+\s+){0,3}$", re.IGNORECASE
)
_PRENOMINAL_BAD = re.compile(
    r"\b(?:after|before|with|during|following|post|plus|and|or|of|to)\s*$", re.I
)
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


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    if any(m.is_kind(*DRUG) for m in seg.mentions):
        return drug_class_facts(dc, seg)
    resolved = resolve_copular_pronoun(dc, seg)
    if resolved is not None:
        return drug_class_facts(dc, resolved)
    if any(m.is_kind(*CLASS) for m in seg.mentions) and _THESE.search(seg.body[:12] + " "):
        return drug_class_facts(dc, seg)  # "These monoclonal antibodies ..." after the drugs
    return []


def drug_class_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    out: list[ExtractedFact] = []
    ms = seg.mentions
    text = seg.text

    def emit(drug: Mention, cls: Mention, conf: float, where: Segment = seg) -> None:
        if not seg.in_body(drug) and not seg.in_body(cls):
            return  # the lead-in's own fact, read from the lead-in itself
        flags = drug.flags("drug") + cls.flags("drug_class")
        conf *= min(drug.confidence("drug"), cls.confidence("drug_class"))
        out.append(
            dc.fact(where, Relation.DRUG_CLASS, drug.name("drug"), class_name(dc, text, cls),
                    conf, flags=flags)
        )  # fmt: skip
        for tgt in targets_in_class(dc, cls):
            out.append(
                dc.fact(where, Relation.DRUG_TARGET, drug.name("drug"), tgt, conf * 0.95,
                        flags=drug.flags("drug"))
            )  # fmt: skip

    for i, d in enumerate(ms):
        if not d.is_kind(*DRUG):
            continue
        # X is a / X, a / X (a) CLASS
        for c in ms[i + 1 :]:
            if c.start - d.end > 120:
                break
            if c.is_kind(*DRUG) and not in_parens(text, c):
                break
            if not c.is_kind(*CLASS):
                continue
            m = _TO_CLASS.match(text[d.end : c.start])
            if (
                m is None
                or BAD_MODS.search(m.group("mods"))
                or _CLASS_NOT_HEAD.match(text[c.end :])
            ):
                continue
            if negated(text[d.end : c.start]):
                continue
            link = m.group("link").strip().lower()
            if link == "," and not m.group(0).rstrip().lower().endswith((" a", " an", " the")) and (
                c.surface.lower().endswith("s") or _STARTS_LIST.match(text[c.end :])
            ):
                continue  # "carvedilol, ACE inhibitors such as lisinopril": a new list item
            if link[:1] in ",:" and continues_list(text, ms, c):
                continue  # "with vincristine, a steroid, an anthracycline": a list, not apposition
            nxt = next((m for m in ms if m.start >= c.end and m.is_kind(*DRUG, *CLASS)), None)
            if link[:1] == "," and in_closed_list(text, d, c, nxt):
                continue  # "a corticosteroid, vincristine, an anthracycline and pegaspargase"
            plural = link.startswith(("are", "were")) or link.startswith(", both") or "are" in link
            members = group_ending_at(text, ms, i, DRUG) if plural else [d]
            conf = 0.9 if link[:1].isalpha() or link.startswith(", which") else 0.85
            where = seg
            if seg.hedge < HEDGE_MILD_FACTOR and _closed_apposition(text, d, c, link):
                # "Venetoclax, a BCL-2 inhibitor, might help ...": the speculation is about the
                # sentence's claim, not about the class named in passing (kept, flagged hedged)
                where = replace(seg, hedge=HEDGE_MILD_FACTOR)
            for mem in members:
                emit(mem, c, conf, where)
            # "targeted drugs known as tyrosine kinase inhibitors (TKIs)": the second name too
            k = index_of(ms, c)
            if (
                k + 1 < len(ms)
                and ms[k + 1].is_kind(*CLASS)
                and _ALSO_CALLED.match(text[c.end : ms[k + 1].start])
            ):
                for mem in members:
                    emit(mem, ms[k + 1], conf)
            break
        # X and other CLASS
        nxt = _next_of(ms, i, CLASS)
        if nxt is not None and _AND_OTHER.match(text[d.end : nxt.start]):
            for mem in group_ending_at(text, ms, i, DRUG):
                emit(mem, nxt, 0.85)

    for i, c in enumerate(ms):
        if not c.is_kind(*CLASS):
            continue
        before = text[max(0, c.start - 40) : c.start]
        if negated(before[-25:]):
            continue
        rel = _THAT_INCLUDE.match(text, c.end)
        if rel is not None and not negated(rel.group(0)):
            # "Antidepressants that doctors may recommend for people taking X include Y and Z"
            first = next((n for n, m in enumerate(ms) if m.start >= rel.end()), None)
            if first is not None and ms[first].is_kind(*DRUG) and ms[first].start - rel.end() < 3:
                for mem in group_from(text, ms, first, DRUG, scope_end(text, ms[first].start)):
                    emit(mem, c, 0.8)
                continue
        j = _next_index(ms, i, DRUG)
        if j is None:
            continue
        d = ms[j]
        between = text[c.end : d.start]
        if _CLASS_TO_LIST.match(between):
            end = scope_end(text, d.start)
            if _ITEM_OF_LIST.search(before) and i and ms[i - 1].is_kind(*DRUG, *CLASS):
                # "vincristine, an anthracycline such as daunorubicin, and asparaginase": the
                # examples end at the comma that resumes the outer list
                comma = text.find(",", d.end, end)
                end = comma if comma >= 0 else end
            members = group_from(text, ms, j, DRUG, end)
            for mem in members:
                emit(mem, c, 0.85)
            first_name = ms[i - 1] if i else None
            if (
                first_name is not None
                and first_name.is_kind(*CLASS)
                and _ALSO_CALLED_BETWEEN.fullmatch(text[first_name.end : c.start])
            ):
                # "Antiandrogens, also called androgen receptor blockers, include X": both names
                for mem in members:
                    emit(mem, first_name, 0.85)
        elif (
            re.fullmatch(r"\s*,\s*", between)
            and re.search(r"\b(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}$", before, re.IGNORECASE)
            and _PREDICATE_AFTER.match(text[d.end :])
        ):
            emit(d, c, 0.85)  # "A BCL-2 inhibitor, venetoclax, is combined with ..."
        elif (
            re.fullmatch(
                r"\s*(?:[\(\[][^()\[\]]{0,30}[\)\]]\s*)?(?:(?:drugs?|agents?|medicines?|"
                r"medications?)\s+)?",
                between,
                re.IGNORECASE,
            )
            and _PRENOMINAL_BEFORE.search(before)
            and not _PRENOMINAL_BAD.search(before)
        ):
            members = group_from(text, ms, j, DRUG, scope_end(text, d.start))
            if not c.surface.rstrip().endswith("s"):
                members = members[:1]  # "the BTK inhibitor zanubrutinib plus obinutuzumab"
            for mem in members:
                emit(mem, c, 0.8)

    out += _heading_class_facts(dc, seg)
    out += _anaphoric_class_facts(dc, seg, emit)
    out += _class_of_previous_sentence(dc, seg)
    return out


# "A BCL-2 inhibitor, venetoclax, is ...": the sentence goes on with its verb after the
# apposition; "a corticosteroid, vincristine, an anthracycline" goes on with another item.
_PREDICATE_AFTER = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?,\s*(?:which\s+|that\s+)?(?:also\s+|often\s+|now\s+)?"
    r"(?:is|are|was|were|has|have|had|can|may|might|will|should|must|works?|acts?|blocks?|"
    r"binds?|targets?|inhibits?|kills?|gives?|improved?|showed|led)\b",
    re.IGNORECASE,
)
_THESE_INCLUDE = re.compile(
    r"^\s*(?:these|such|the) (?:medicines|medications|drugs|agents|treatments|products)\s+"
    r"(?:that are (?:used|given) )?(?:include|includes|are)\s*:?\s*$",
    re.IGNORECASE,
)


def _class_of_previous_sentence(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """"Doctors prescribe beta blockers. These medicines include atenolol and metoprolol.":
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
    classes = {m.name("drug_class"): m for m in dc.mentions(prev) if m.is_kind(*CLASS)}
    if len(classes) != 1 or any(m.is_kind(*DRUG) for m in dc.mentions(prev)):
        return []
    cls = next(iter(classes.values()))
    if _NOT_A_DRUG_CLASS.search(cls.name("drug_class")) or negated(prev.text):
        return []
    end = scope_end(seg.text, ms[first].start)
    return [
        dc.fact(seg, Relation.DRUG_CLASS, d.name("drug"), class_name(dc, prev.text, cls),
                0.8 * min(d.confidence("drug"), cls.confidence("drug_class")),
                flags=d.flags("drug") + cls.flags("drug_class"), context=prev)
        for d in group_from(seg.text, ms, first, DRUG, end)
    ]


# Modalities are not what a drug list under "these medicines" names
_NOT_A_DRUG_CLASS = re.compile(r"therap|chemotherapy|treatment|transplant|radiation|surgery", re.I)


_THESE = re.compile(
    r"(?:^|[.;]\s+)(?:these|both|such|the two|the three|all (?:these|three|two))\s+$"
    r"|^(?:these|both)\b",
    re.IGNORECASE,
)


def _anaphoric_class_facts(
    dc: DocContext, seg: Segment, emit: Callable[[Mention, Mention, float], None]
) -> list[ExtractedFact]:
    """"X or Y may be added. These monoclonal antibodies target CD20.": X and Y are of the
    class that takes them up at the start of the next sentence."""
    for c in seg.mentions:
        if not c.is_kind(*CLASS) or c.is_kind(*DRUG) or not seg.in_body(c):
            continue
        if c.start - seg.body_start > 20 or not _THESE.search(seg.text[seg.body_start : c.start]):
            continue
        group, _ = antecedent(dc, seg, c.start)
        if len(group) >= 1 and not negated(seg.text[c.end : c.end + 40]):
            for d in group:
                emit(d, c, 0.8)
        break
    return []


def _closed_apposition(text: str, d: Mention, c: Mention, link: str) -> bool:
    """An apposition set off by commas or brackets whose own words do not hedge."""
    if link[:1] not in ",([":
        return False
    if not re.match(r"\s*(?:[\(\[][^()\[\]]{0,30}[\)\]]\s*)?[,\)\]]", text[c.end :]):
        return False
    span = text[d.start : c.end]
    return hedge_factor(span) == 1.0 and not _TENTATIVE.search(span)


_TENTATIVE = re.compile(r"\b(?:possible|potential|putative|candidate|proposed|presumed)\b", re.I)


_ITEM_OF_LIST = re.compile(r"[\)\w],\s*(?:and\s+|or\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$")
_LIST_GOES_ON = re.compile(
    r"^\s*(?:[\(\[][^()\[\]]{0,30}[\)\]]\s*)?,\s*(?:and\s+|or\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ALSO_CALLED_BETWEEN = re.compile(
    r"\s*,\s*(?:also\s+)?(?:called|known as|referred to as|termed)\s+(?:the\s+)?", re.IGNORECASE
)
_THAT_INCLUDE = re.compile(
    r"\s+(?:that|which)\s+(?:[\w'’+-]+\s+){1,12}?(?:include|includes|are)\s*:?\s*",
    re.IGNORECASE,
)
_STARTS_LIST = re.compile(r"\s*(?:,\s*)?(?:such as|like|including|e\.g\.|\()", re.IGNORECASE)
_SUSPENDED_HYPHEN = re.compile(r"\b\w+-\s*(?:,|and|or)\s*(?:\w+-\s*(?:,|and|or)\s*)*$")


def continues_list(text: str, ms: list[Mention], c: Mention) -> bool:
    """Whether another drug or class follows the class name as the next member of a list.

    "vincristine, a corticosteroid and asparaginase": a drug joined by a bare "and" ends a
    list too; "X, a corticosteroid and anti-inflammatory" (no drug) stays an apposition.
    """
    end = c.end
    paren = re.match(r"\s*[\(\[][^()\[\]]{0,80}[\)\]]", text[end:])
    if paren:
        end += paren.end()  # "a corticosteroid (prednisone or dexamethasone), an anthracycline"
    nxt = next((m for m in ms if m.start >= end and m.is_kind(*DRUG, *CLASS)), None)
    if nxt is None:
        return False
    between = text[end : nxt.start]
    if _LIST_GOES_ON.match(between):
        return True
    return nxt.is_kind(*DRUG) and bool(re.fullmatch(r"\s+(?:and|or)\s+", between))


def class_name(dc: DocContext, text: str, cls: Mention) -> str:
    """The class a mention names; "second- and third-generation TKIs" is just "TKI"."""
    name = cls.name("drug_class")
    if _SUSPENDED_HYPHEN.search(text[max(0, cls.start - 40) : cls.start]):
        words = name.split()
        for k in range(1, len(words)):
            head = dc.lexicon.canonical(" ".join(words[k:]), "drug_class")
            if head:
                return head
    return name


def _heading_class_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
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


def _next_of(ms: list[Mention], i: int, kinds: tuple[str, ...]) -> Mention | None:
    j = _next_index(ms, i, kinds)
    return ms[j] if j is not None else None


def _next_index(ms: list[Mention], i: int, kinds: tuple[str, ...]) -> int | None:
    for j in range(i + 1, len(ms)):
        if ms[j].is_kind(*kinds):
            return j
    return None
