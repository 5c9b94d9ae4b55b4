"""drug_class and drug_target: what kind of drug a drug is, and what it acts on.

drug_class (subject: drug, object: class name from the lexicon) is read from
  * copula and apposition: "X is a tyrosine kinase inhibitor", "X, a TKI,", "X (a BiTE)",
    "X and Y are TKIs" (a negation in between, "X is not a TKI", blocks the fact);
  * class-first lists: "TKIs such as/like/including X and Y", "Glucocorticoids (X, Y)",
    "targeted therapies include X", "CAR T-cell therapy: X", "the TKI imatinib";
  * "X and other TKIs";
  * a class heading over a generic list: heading "Targeted therapies" + "These drugs include
    X, Y" or a bare list of drug names under it.
drug_target (subject: drug, object: target name from the lexicon) is read from
  * a cue verb after the drug or its relative clause: "X targets/binds/inhibits/is directed
    against/attacks cells that contain/depletes T", "X is a BiTE that connects T1-positive ...
    with T2-positive ..."; "X ... its ability to deplete T";
  * a targeting modifier: "anti-T", "T-directed", "T inhibitor" next to the drug
    ("X is an anti-CD22 ADC", "the CD19-directed CAR T-cell therapy X", "BCR-ABL1 inhibitors
    such as X") -- including class names that carry a target ("X, a BCR-ABL1 inhibitor").
"""

from __future__ import annotations

import bisect
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

DRUG = ("drug",)
CLASS = ("drug_class",)
TARGET = ("target",)

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
_BAD_MODS = re.compile(
    r"\b(?:not|no|never|used|given|with|without|for|after|before|than|to|like|unlike|instead|"
    r"alternative|replacement|combined|combination|plus|and|or|which|that|who|when|if|in|on|by|"
    r"from|other|resistant|refractory|intolerant|failure|compared|versus|vs)\b",
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
    r",?\s*(?:used|approved|available|given)\s+(?:[\w+-]+\s+){0,4}?"
    r"(?:include|includes|including|are|such as)|"
    # "a corticosteroid, usually prednisone,"
    r",\s*(?:usually|typically|often|commonly|most often|mainly|most commonly)"
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

# Cue verbs of drug_target.
_TARGET_CUE = re.compile(
    r"\b(?:target(?:s|ed|ing)?|directed (?:against|at|to|towards?)|aimed at|"
    r"bind(?:s|ing)?(?:\s+to)?|inhibit(?:s|ing|ion of)?|block(?:s|ing)?|recogni[sz](?:es|ing|e)|"
    r"engag(?:es|ing|e)|attach(?:es|ing)?(?:\s+itself)?\s+to|attack(?:s|ing)?|deplet(?:es|ing|"
    r"e)|break(?:s|ing)? down|"
    r"degrad(?:es|ing|e)|act(?:s|ing)? (?:on|against|through|via)|specific (?:for|to)|"
    r"kill(?:s|ing)?|intercalat(?:es|ing|e)(?:\s+(?:into|between|with))?|"
    r"connect(?:s|ing)?|link(?:s|ing)?|bridg(?:es|ing|e)|redirect(?:s|ing)?|"
    r"interfer(?:es|ing|e) with|suppress(?:es|ing)?|against|"
    r"(?:inhibitor|blocker|antagonist|agonist|modulator|activator)s?\s+of|"
    r"antibod(?:y|ies)\s+(?:against|to))\b",
    re.IGNORECASE,
)
_TARGET_SCOPE_STOP = re.compile(
    r"[;!?]|\.(?:\s|$)|[–—]|\b(?:which|who|whereas|while|but|although|because|however|"
    r"approved|used|given|indicated|leading|resulting|causing|making|minimizing|allowing|made|"
    r"produced|encoded|created|found|expressed|located|present|even|when|if|unless)\b|"
    r"\s+and\s+(?:works?|acts?|remains?|helps?|has|have|is|are|was|were|can|may|also|then|"
    r"improves?|reduces?|kills?|leads?|causes?)\b|"
    r"(?<!cells )(?<!cell )(?<!cells )\bthat\b|,?\s+and\s+(?:is|are|was|were|has|have|had|can|may|"
    r"it|they|its|their)\b|,\s*(?:it|they|this)\b|"
    r",\s+(?!not\b)[a-z]+ed\s+(?!by\b)|"  # ", prolonged survival ...": a new clause
    r",\s+(?!including\b)[a-z]+ing\b",  # ", depleting the folates ...": a consequence
    re.IGNORECASE,
)
_GENE_PRODUCT = re.compile(r"\b(?:protein|kinase|enzyme|product)\s+$", re.IGNORECASE)
_MADE_BY = re.compile(r"(?:made|encoded|produced)\s+by\s+", re.IGNORECASE)
# Between the subject drug(s) and a cue: nothing, or a relative pronoun / copula / adverbs.
_SUBJ_TO_CUE = re.compile(
    r"^\s*(?:[\(\[][^()\[\]]{0,60}[\)\]]\s*)?(?:,\s*)?(?:(?:which|that|who|also|both|"
    r"specifically|selectively|directly|potently|mainly|primarily|only|is|are|was|were|works by|"
    r"work by|acts by|act by|by|can|could|may|will|then)\s+)*$",
    re.IGNORECASE,
)
# "X is a(n) ... (that|which)" / "X, a ..., " before a cue: the cue's subject is still X.
_COPULA_CHAIN = re.compile(
    r"^\s*(?:[\(\[][^()\[\]]{0,60}[\)\]]\s*)?(?:,\s*|(?<=\s)(?:is|are|was|were)\s+)"
    r"(?:(?:a|an|the)\s+)?[^;.:!?]{0,110}?(?:\s+(?:that|which))?\s*$",
    re.IGNORECASE,
)
_PASSIVE_TARGET = re.compile(
    r",?\s+(?:is|are)\s+(?:also\s+|the\s+main\s+)?(?:the\s+)?(?:(?:molecular\s+)?target(?:ed)?\s+"
    r"(?:of|by)|recogni[sz]ed\s+by|bound\s+by|inhibited\s+by|blocked\s+by)\s+(?:the\s+drugs?\s+)?",
    re.IGNORECASE,
)
_THAT_DO_NOT = re.compile(r"\s*(?:cells?\s+)?(?:that|which)\s+(?:do|does)\s+not\b", re.IGNORECASE)
_ITS = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}(?:to\s+)?$", re.IGNORECASE)
_ANTI_BEFORE = re.compile(r"anti[-\s]?$", re.IGNORECASE)
_MODIFIER_AFTER = re.compile(
    r"^(?:[-\s](?:directed|targeted|targeting|specific|redirected|binding)\b|"
    r"[-\s]+(?:(?:tyrosine\s+)?kinase\s+)?inhibitors?\b|[-\s](?:CAR|TKIs?|ADCs?)\b)"
)
_MOD_TO_DRUG = re.compile(r"^[-\s]*(?:[\w'’®+-]+\s+){0,5}?[\(\[]?\s*$")
_MOD_TO_DRUG_BAD = re.compile(
    r"\b(?:not|no|with|after|before|for|than|and|or|of|in|to|is|are|was|were|plus|such|like|"
    r"including|used|given)\b",
    re.IGNORECASE,
)
_DRUG_TO_MOD = re.compile(
    r"^\s*(?:[\(\[][^()\[\]]{0,60}[\)\]]\s*)?(?:,\s*|\s+(?:is|are|was|were)\s+(?:also\s+)?|"
    r"\s*[\(\[]\s*)"
    r"(?:(?:a|an|the)\s+)?(?:[\w'’®+-]+\s+){0,4}?$",
    re.IGNORECASE,
)
_MOD_TO_LIST = re.compile(
    r"^[-\s]*(?:(?:tyrosine\s+)?kinase\s+)?inhibitors?\s*(?:[\(\[][^()\[\]]{0,30}[\)\]]\s*)?(?:,\s*)?"
    r"(?:such as|like|including|e\.g\.,?|:|[\(\[]\s*(?:e\.g\.,?)?)\s*$",
    re.IGNORECASE,
)


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    if not any(m.is_kind(*DRUG) for m in seg.mentions):
        resolved = _resolve_copular_pronoun(dc, seg)
        if resolved is not None:
            return drug_class_facts(dc, resolved) + drug_target_facts(dc, resolved)
        out = []
        if any(m.is_kind(*CLASS) for m in seg.mentions) and _THESE.search(seg.body[:12] + " "):
            out = drug_class_facts(dc, seg)  # "These monoclonal antibodies ..." after the drugs
        if any(m.is_kind(*TARGET) for m in seg.mentions) and _PRONOUN_WORD.search(seg.body):
            out += drug_target_facts(dc, seg)  # "It binds CD19" after a sentence about a drug
        return out
    return drug_class_facts(dc, seg) + drug_target_facts(dc, seg)


_COPULAR_PRONOUN = re.compile(
    r"^\s*(?P<p>it|this (?:drug|agent|medicine)|the (?:drug|agent|medicine))\s+(?:is|was)\s+",
    re.IGNORECASE,
)


def _resolve_copular_pronoun(dc: DocContext, seg: Segment) -> Segment | None:
    """ "X is not a targeted therapy. It is a vinca alkaloid ...": read "It" as X.

    Only a sentence that opens with the pronoun and a copula, after a sentence that opens with
    exactly one drug (and names no other), is read this way; the pronoun becomes a mention of
    that drug, so the ordinary class and target patterns apply.
    """
    m = _COPULAR_PRONOUN.match(seg.body)
    if m is None or seg.lead is not None:
        return None
    prev = dc.previous(seg.main)
    if prev is None:
        return None
    pms = dc.mentions(prev)
    drugs = [x for x in pms if x.is_kind(*DRUG)]
    if not drugs or drugs[0].start >= 30 or len({x.name("drug") for x in drugs}) != 1:
        return None
    start, end = seg.body_start + m.start("p"), seg.body_start + m.end("p")
    pron = Mention(start, end, seg.text[start:end], (drugs[0].hit("drug"),))  # type: ignore[arg-type]
    return replace(seg, mentions=sorted([pron, *seg.mentions], key=lambda x: x.start))


_CONTRAST_IN_SCOPE = re.compile(
    r",?\s*\b(?:but\s+)?(?:not|rather than|instead of|unlike|except|never)\b", re.IGNORECASE
)
_PRONOUN_WORD = re.compile(r"\b(?:it|they|both|this|these|the drug|the agent)\b", re.IGNORECASE)


# -- drug_class ----------------------------------------------------------------------------------


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
        for tgt in _targets_in_class(dc, cls):
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
                or _BAD_MODS.search(m.group("mods"))
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
            k = next((n for n, m in enumerate(ms) if m.start >= rel.end()), None)
            if k is not None and ms[k].is_kind(*DRUG) and ms[k].start - rel.end() < 3:
                for mem in group_from(text, ms, k, DRUG, scope_end(text, ms[k].start)):
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
            for mem in group_from(text, ms, j, DRUG, end):
                emit(mem, c, 0.85)
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
        group, _ = _antecedent(dc, seg, c.start)
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


def _targets_in_class(dc: DocContext, cls: Mention) -> list[str]:
    """Targets a class name itself states: "BCR-ABL1 inhibitor", "anti-CD20 antibody"."""
    surface = cls.surface
    # "anti-CD20", "anti CD20"; never the "anti" of "antigen" or "antibody"
    anti = re.search(r"\banti(?:[-‐‑–]|\s+)(\S+(?:\s+\S+){0,2})", surface, re.IGNORECASE)
    if anti is not None:  # the longest name after "anti-": "anti-IL-6 receptor antibody"
        words = anti.group(1).split()
        for n in range(len(words), 0, -1):
            name = dc.lexicon.canonical(" ".join(words[:n]), "target")
            if name:
                return [name]
        return []
    m = re.match(
        r"^(.+?)[-\s]+(?:(?:tyrosine\s+)?kinase\s+)?(?:inhibitors?|TKIs?|directed|targeted)\b",
        surface,
        re.IGNORECASE,
    )
    name = dc.lexicon.canonical(m.group(1), "target") if m is not None else None
    if name:
        return [name]
    return [t] if (t := _target_named_by_class(cls)) else []


_CLASS_ACTION = re.compile(
    r"^(?P<t>.+?)[-\s]+(?:inhibitor|blocker|antagonist|agonist)$", re.IGNORECASE
)
_TARGET_ENDING = re.compile(
    r"(?:receptor|channel|pump|kinase|enzyme|factor|transporter|\w{3,}ase|[A-Z]{2,}[\w-]*|"
    r"[A-Z][A-Za-z]*-?\d+[A-Za-z]?)$"
)


def _target_named_by_class(cls: Mention) -> str | None:
    """The target a class read by its shape names: "GLP-1 receptor agonist" -> "GLP-1
    receptor", "JAK inhibitor" -> "JAK", "calcium channel blocker" -> "calcium channel"."""
    hit = cls.hit("drug_class")
    if hit is None:
        return None
    if hit.variant != "shape":
        # "Janus kinase (JAK) inhibitor": the abbreviation of the named target
        acr = re.search(r"\(([A-Z][A-Z0-9-]{1,7})\)\s*(?:inhibitor|blocker|antagonist)s?$",
                        cls.surface)
        return acr.group(1) if acr else None
    m = _CLASS_ACTION.match(hit.name)
    if m is None:
        return None
    target = re.sub(r"^(?:(?:long|short|ultra|rapid|intermediate)-acting|selective)\s+", "",
                    m.group("t"), flags=re.IGNORECASE)
    if re.search(r"agonist$", hit.name, re.IGNORECASE) and not re.search(
        r"(?:receptor|channel)$", target, re.IGNORECASE
    ):
        return None  # a "GnRH agonist" acts on the GnRH receptor, not on GnRH
    if (
        not _TARGET_ENDING.search(target)
        or len(target) < 3  # "H2 blocker": the H2 receptor, named in part only
        or target.lower().startswith(("beta", "alpha", "multi", "pan-", "pan "))
    ):
        return None  # "beta blocker": the class does not name the receptor in full
    return target


def _next_of(ms: list[Mention], i: int, kinds: tuple[str, ...]) -> Mention | None:
    j = _next_index(ms, i, kinds)
    return ms[j] if j is not None else None


def _next_index(ms: list[Mention], i: int, kinds: tuple[str, ...]) -> int | None:
    for j in range(i + 1, len(ms)):
        if ms[j].is_kind(*kinds):
            return j
    return None


# -- drug_target ---------------------------------------------------------------------------------


def drug_target_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    out: list[ExtractedFact] = []
    text = seg.text
    ms = seg.mentions

    def emit(drug: Mention, tgt: Mention, conf: float, context: Unit | None = None) -> None:
        if not seg.in_body(drug) and not seg.in_body(tgt):
            return
        hit = tgt.hit("target")
        if tgt.is_kind(*DRUG) or hit is None or hit.type in ("cell", "structure"):
            return  # cells and organs are what a drug acts in, not its molecular target
        conf *= min(drug.confidence("drug"), tgt.confidence("target"))
        out.append(
            dc.fact(seg, Relation.DRUG_TARGET, drug.name("drug"), tgt.name("target"), conf,
                    flags=drug.flags("drug") + tgt.flags("target"), context=context)
        )  # fmt: skip

    # Cue verbs
    starts = [m.start for m in ms]
    for cue in _TARGET_CUE.finditer(text):
        cs = cue.start()
        k = bisect.bisect_right(starts, cs)
        targets = _cue_targets(text, ms, starts, cue)
        if not targets:
            continue
        subjects, conf = _cue_subjects(text, ms[:k], cs)
        context = None
        pron = None if subjects else _pronoun_before(text, seg.body_start, cs)
        if not subjects and pron is not None:
            group, context = _antecedent(dc, seg, pron[0])
            singular = pron[1] == "it" or pron[1].startswith(("this", "the "))
            if group and (len(group) == 1 or not singular):
                subjects, conf = group, 0.8
        for d in subjects:
            for t in targets:
                emit(d, t, conf, context)

    # Passive: "CD19 is (also) the target of tisagenlecleucel", "CD22 is targeted by X"
    for pm in _PASSIVE_TARGET.finditer(text):
        tgt = next((m for m in ms if m.end <= pm.start() and m.is_kind(*TARGET)), None)
        tgt = next((m for m in reversed(ms) if m.end <= pm.start() and m.is_kind(*TARGET)), tgt)
        j = next((k for k, m in enumerate(ms) if m.start == pm.end() and m.is_kind(*DRUG)), None)
        if tgt is None or j is None or not re.fullmatch(r"\s*", text[tgt.end : pm.start()]):
            continue
        if negated(text[pm.start() : pm.end()]):
            continue
        for d in group_from(text, ms, j, DRUG, scope_end(text, ms[j].start)):
            emit(d, tgt, 0.85)

    # Targeting modifiers: anti-T, T-directed, T inhibitor
    for t in ms:
        if not t.is_kind(*TARGET):
            continue
        anti = bool(_ANTI_BEFORE.search(text[max(0, t.start - 5) : t.start]))
        after = text[t.end :]
        if not anti and not _MODIFIER_AFTER.match(after):
            continue
        anti_m = re.search(r"anti[-\s]?$", text[: t.start], re.IGNORECASE)
        mod_start = anti_m.start() if anti and anti_m else t.start
        suffix = re.match(r"[-\s]?(?:directed|targeted|targeting|specific|redirected)\b", after)
        mod_end = t.end + (suffix.end() if suffix else 0)
        found = False
        # X is a(n) / X, a(n) / X ( ... modifier
        for i in range(len(ms) - 1, -1, -1):
            d = ms[i]
            if d.end > mod_start or not d.is_kind(*DRUG):
                continue
            between = text[d.end : mod_start]
            if (
                _DRUG_TO_MOD.match(between)
                and not negated(between)
                and not _BAD_MODS.search(
                    re.sub(r"^\s*[,(\[]|\s+(?:is|are|was|were)\s+", " ", between)
                )
            ):
                group = (
                    group_ending_at(text, ms, i, DRUG) if re.search(r"\bare\b", between) else [d]
                )
                for g in group:
                    emit(g, t, 0.85)
                found = True
            break
        if found:
            continue
        # modifier ... X ("the anti-CD20 antibody rituximab", "CD19-directed CAR T cells X")
        j = next((k for k, m in enumerate(ms) if m.start >= mod_end and m.is_kind(*DRUG)), None)
        if j is not None:
            between = text[mod_end : ms[j].start]
            if _MOD_TO_LIST.match(text[t.end : ms[j].start]):
                for g in group_from(text, ms, j, DRUG, scope_end(text, ms[j].start)):
                    emit(g, t, 0.85)
            elif (
                _MOD_TO_DRUG.match(between)
                and not _MOD_TO_DRUG_BAD.search(between)
                and not negated(text[max(0, mod_start - 20) : mod_start])
            ):
                listed = between.rstrip().endswith(("(", "["))  # "CD19-directed CAR T cells (X, Y)"
                group = group_from(text, ms, j, DRUG) if listed else [ms[j]]
                for g in group:
                    emit(g, t, 0.8)
    return out


def _cue_targets(text: str, ms: list[Mention], starts: list[int],
                 cue: re.Match[str]) -> list[Mention]:
    """The targets a cue verb's clause names ("binds CD3 and CD19"); none when the cue is
    part of a name, negated, or its clause names a drug before any target."""
    cs, ce = cue.span()
    k = bisect.bisect_right(starts, cs)
    if k and ms[k - 1].end > cs and not (
        ms[k - 1].is_kind(*CLASS) and cue.group().lower().endswith(" of")
    ):
        return []  # the cue word is part of a name; "a kinase inhibitor of FLT3" names a target
    end = scope_end(text, ce, stop=_TARGET_SCOPE_STOP)
    made = _MADE_BY.match(text, end)
    if made is not None and _GENE_PRODUCT.search(text[:end]) and not any(
        m.is_kind(*TARGET) for m in ms if ce <= m.start < end
    ):
        # "blocks the protein made by the BCR-ABL1 gene": the unnamed protein is the gene's
        # product ("the BCR-ABL1 protein made by the Philadelphia chromosome" names it)
        end = scope_end(text, made.end(), stop=_TARGET_SCOPE_STOP)
    contrast = _CONTRAST_IN_SCOPE.search(text, ce, end)
    if contrast is not None:
        end = contrast.start()  # "attaches to CD19, not CD20": CD20 is excluded
    window = ms[bisect.bisect_left(starts, ce) : bisect.bisect_left(starts, end)]
    targets = [m for m in window if m.is_kind(*TARGET)]
    if not targets or any(m.is_kind(*DRUG) and m.start < targets[0].start for m in window):
        return []
    before = text[max(0, cs - 30) : cs]
    if negated(before) and re.search(
        r"(?:not|n't|never|no longer|neither|nor|fails? to)\s+(?:\w+\s+){0,2}$",
        before,
        re.IGNORECASE,
    ):
        return []
    if _THAT_DO_NOT.match(text, ce):
        return []
    return targets


def target_cues(text: str, ms: list[Mention], start: int = 0) -> list[Mention]:
    """Molecular targets ``text`` names after cue verbs from ``start`` on ("binds to CD19",
    "inhibits the BCR-ABL1 kinase") or as "anti-X" / "X-directed"; cells are left out."""
    starts = [m.start for m in ms]
    found: list[Mention] = []
    for cue in _TARGET_CUE.finditer(text, start):
        if found and re.search(r",\s*$", text[: cue.start()]) and re.search(
            r"ing\b", cue.group(), re.IGNORECASE
        ):
            break  # "inhibits DHFR, depleting the folates ...": a consequence, not a target
        found += _cue_targets(text, ms, starts, cue)
    for t in ms:
        if t.start >= start and t.is_kind(*TARGET) and (
            _ANTI_BEFORE.search(text[max(0, t.start - 5) : t.start])
            or _MODIFIER_AFTER.match(text[t.end :])
        ) and not negated(text[max(start, t.start - 25) : t.start]):
            found.append(t)
    out: list[Mention] = []
    for t in found:
        hit = t.hit("target")
        if hit is not None and hit.type != "cell" and not t.is_kind(*DRUG) and t not in out:
            out.append(t)
    return out


_PRONOUN_SUBJECT = re.compile(
    r"(?:^|[;:]\s*|,\s*and\s+|,\s*but\s+)\s*(?P<p>it|they|both|both drugs|this (?:drug|agent|"
    r"medicine|antibody|therapy)|"
    r"these (?:[\w-]+\s+){0,3}?(?:drugs|agents|medicines|medications|antibodies|inhibitors|"
    r"therapies|blockers)|the (?:drug|agent|medicine|antibody))\s+(?:(?:also|both|"
    r"specifically|selectively|directly|then|is|are|works by|work by|acts by|act by)\s+)*$",
    re.IGNORECASE,
)


def _pronoun_before(text: str, body_start: int, cue: int) -> tuple[int, str] | None:
    """A subject pronoun ("it", "they", "this drug") right before the cue: (offset, word)."""
    start = max(body_start, cue - 200)
    window = text[start:cue] if start == body_start else "\x00" + text[start:cue]
    m = _PRONOUN_SUBJECT.search(window)
    if m is None:
        return None
    return start + m.start("p") - (0 if start == body_start else 1), m.group("p").lower()


def _antecedent(dc: DocContext, seg: Segment, pos: int) -> tuple[list[Mention], Unit | None]:
    """What "it"/"they" at ``pos`` refers to: the drug(s) opening this or the previous sentence.

    "X does not target CD19; it is directed against CD22" -> X (same sentence);
    "X and Y are TKIs. They block BCR-ABL1." -> X, Y (the list opening the previous sentence).
    """
    own = [m for m in seg.mentions if m.end <= pos and m.is_kind(*DRUG) and seg.in_body(m)]
    if own:
        first = own[0]
        if first.start - seg.body_start < 30:
            group = group_from(seg.text, seg.mentions, index_of(seg.mentions, first), DRUG)
            return group, None
        return [], None
    prev = dc.previous(seg.main)
    if prev is None:
        return [], None
    pms = dc.mentions(prev)
    first_i = next((i for i, m in enumerate(pms) if m.is_kind(*DRUG)), None)
    if first_i is None or pms[first_i].start >= 30:
        return [], None
    group = group_from(prev.text, pms, first_i, DRUG)
    others = {m.name("drug") for m in pms if m.is_kind(*DRUG)} - {m.name("drug") for m in group}
    return (group, prev) if not others else ([], None)


def _cue_subjects(text: str, ms: list[Mention], cue_start: int) -> tuple[list[Mention], float]:
    """The drug(s) a target cue at ``cue_start`` is said of, and how sure that reading is.

    ``ms`` are the mentions before the cue.
    """
    before = ms
    last_drug = next((m for m in reversed(before) if m.is_kind(*DRUG)), None)
    if last_drug is None:
        return [], 0.0
    i = index_of(ms, last_drug)
    between = text[last_drug.end : cue_start]
    blockers = [m for m in before if m.start >= last_drug.end and not in_parens(text, m)]
    if not blockers and _SUBJ_TO_CUE.match(between):
        return group_ending_at(text, ms, i, DRUG), 0.9
    if (
        _COPULA_CHAIN.match(between)
        and not negated(between)
        and not any(m.is_kind(*DRUG, "condition") for m in blockers)
    ):
        plural = bool(re.match(r"^\s*(?:\([^)]*\)\s*)?\s+(?:are|were)\b", between))
        return (group_ending_at(text, ms, i, DRUG) if plural else [last_drug]), 0.85
    if (
        re.search(r"\bby\s+$", between)
        and not any(m.is_kind(*DRUG) for m in blockers)
        and not negated(between)
        and re.match(r"^\s*(?:\([^()]*\)\s*)?(?:works?|acts?|lowers?|reduces?|raises?|"
                     r"increases?|decreases?|prevents?|treats?|helps?|kills?|stops?|slows?)\b",
                     between, re.IGNORECASE)
    ):
        return [last_drug], 0.8  # "Allopurinol lowers uric acid by blocking xanthine oxidase"
    if _ITS.search(text[:cue_start]) and not any(m.is_kind(*DRUG) for m in blockers):
        drugs_before = [m for m in before if m.is_kind(*DRUG)]
        if len(drugs_before) == 1 and drugs_before[0].start < 40 and not negated(between):
            return [drugs_before[0]], 0.75
    return [], 0.0
