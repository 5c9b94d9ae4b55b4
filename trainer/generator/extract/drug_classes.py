"""drug_class: what kind of drug a drug is (subject: drug, object: class name from the lexicon).

drug_class is read from
  * copula and apposition: "X is a TKI", "X, a TKI,", "X (a BiTE)", "X and Y are TKIs",
    "X or Y (TKIs)", "X, like Y, is a TKI" (a negation in between blocks the fact); a class
    worded around its target, "X is an inhibitor of EZH2" (see :mod:`.class_phrases`);
  * a class word before the head class: "an NSAID pain medication, such as X" (X is both);
  * class-first lists: "TKIs such as/like/including X and Y", "Glucocorticoids (X, Y)",
    "targeted therapies include X", "CAR T-cell therapy: X", "the TKI imatinib";
  * "Other TKIs approved for ... include X", "One newer hormone therapy drug is X", "Examples
    of vasodilators are X and Y", "Opioids include the following: - X, which ... - Y"
    (a list that lost its line breaks, :mod:`.dash_lists`); a label "Statins." before
    a sentence opening with its drugs (:mod:`.class_labels`);
  * a clause of use before the list: "Chemotherapy drugs are used to treat T, including X",
    "Oral antibiotics may include X" (the cues between class and list: :mod:`.class_lists`);
  * "X and other TKIs", "X or another aromatase inhibitor"; "X and Y ... They are TKIs.";
  * a class heading over a generic list, the class the previous sentence names, a list item
    under a lead-in whose subject is a class ("Chemotherapy drugs used to treat ... include:"),
    and a broad grouping given "with" its drugs (see :mod:`.class_context`).
A class the document calls a type of a broader one ("Immune checkpoint inhibitors are a type of
immunotherapy") passes the broader class on to the members read after it (:mod:`.class_broader`).
A class name that carries a target ("X, a BCR-ABL1 inhibitor", "an anti-CD20 antibody") also
gives drug_target facts for its drugs, as does a target the document says the class acts on
(see :mod:`.class_targets`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from trainer.domain import Relation
from trainer.generator.extract.class_anaphora import THESE, anaphoric_class_facts, said_of_each
from trainer.generator.extract.class_apposition import (
    combination_partner,
    continues_list,
    hedged_after_class,
)
from trainer.generator.extract.class_backrefs import (
    DRAFT_CONFIDENCE,
    backref_class_facts,
)
from trainer.generator.extract.class_broader import broader_class_facts, class_type_facts
from trainer.generator.extract.class_chemo_with import chemo_with_facts
from trainer.generator.extract.class_colon_leads import colon_lead_class_facts
from trainer.generator.extract.class_context import (
    broad_with_facts,
    class_of_previous_sentence,
    coordinated_classes,
    heading_class_facts,
    lead_class_facts,
)
from trainer.generator.extract.class_dash_leads import dash_lead_members
from trainer.generator.extract.class_far_lists import far_list_members
from trainer.generator.extract.class_first import class_first_facts
from trainer.generator.extract.class_guards import (
    BARE_BRACKET_NAME,
    bare_bracket_name,
    care_as_class,
)
from trainer.generator.extract.class_hedges import kind_hedge
from trainer.generator.extract.class_labels import label_class_facts
from trainer.generator.extract.class_likeness import like_other_members, like_other_pronouns
from trainer.generator.extract.class_nested import nested_members
from trainer.generator.extract.class_object_leads import object_lead_class_facts
from trainer.generator.extract.class_other_than import other_than_members
from trainer.generator.extract.class_phrases import (
    PLURAL_CLOSE,
    phrase_classes,
)
from trainer.generator.extract.class_targets import class_targets, named_targets
from trainer.generator.extract.class_wordings import (
    ALSO_CALLED,
    AND_OTHER,
    CLASS_NOT_HEAD,
    STARTS_LIST,
    bracketed_broader,
    used_as_class,
)
from trainer.generator.extract.context import (
    HEDGE_MILD_FACTOR,
    DocContext,
    Segment,
)
from trainer.generator.extract.drug_names import (
    BAD_MODS,
    CLASS,
    DRUG,
    MODALITY,
    antecedent,
    class_name,
    closed_apposition,
    members_ending_at,
    next_of,
    outside_brand,
    resolve_copular_pronoun,
    resolve_plural_pronoun,
    salt_end,
)
from trainer.generator.extract.member_targets import member_targets
from trainer.generator.extract.patterns import (
    in_closed_list,
    in_parens,
    index_of,
    negated,
)
from trainer.generator.extract.target_status import status_unhedged
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention

# Between a drug and its class: "X is a", "X, a", "X (a", "X, which is a" (+ a few modifiers).
_TO_CLASS = re.compile(
    r"^\s*(?:[\(\[][^()\[\]]{0,60}[\)\]]\s*)?"
    # "X, which is given intravenously, is a ...": the aside does not change the subject
    r"(?P<link>,\s*(?:which|who)\s+(?:is|are)\s+[^,;.()]{1,50},\s*(?:is|are)\s+|"
    # "X, like Y, is a ...": a comparison set off by commas does not change the subject
    r",\s*(?:like|unlike|as with|similar to)\s+[^,;.()]{1,50},\s*(?:is|are)\s+|"
    r",\s*(?:which|that)\s+(?:is|are|belongs?\s+to)\s+|,\s*(?:both|all|each)\s+|,\s*|"
    r"\s+(?:is|are|was|were|remains?|acts as|works as|is classified as|are classified as|"
    r"belongs? to|is considered|are considered|(?:is|are) in|(?:is|are) one of)\s+|"
    r"\s*[\(\[]\s*|\s*:\s*|"
    # "X—a taxane—is added": an apposition set off by dashes, with its article
    r"\s*[—–]\s*(?=(?:an?|the)\s)|"
    # "X (Brand)an antimalarial medicine": a page that lost the dash after the brand's bracket
    r"(?<=[\)\]])(?=(?:an?|the)\s))"
    r"(?:(?:also|now|currently|both|all|one of|a member of|part of|from)\s+)*"
    r"(?:(?:a|an|the|another)\s+)?(?:(?:new|newer|novel|related)\s+)?"
    r"(?:(?:type|kind|form|class|member|group|family|sort|generation)\s+of\s+"
    r"(?:the\s+)?)?"
    # "X, a drug used in chemotherapy": the kind of treatment it is a drug of
    r"(?:(?:prescription\s+)?(?:medications?|medicines?|drugs?|agents?)\s+(?:called|known as|"
    r"named|termed|used\s+in)\s+"
    r"(?:the\s+|an?\s+)?)?"
    # "belongs to a group called biguanides"
    r"(?:(?:type|kind|class|group|family)\s+(?:called|known as|named|termed)\s+(?:the\s+)?)?"
    r"(?P<mods>(?:[\w'’®+-]+\s+){0,4}?)$",
    re.IGNORECASE,
)
# a gene or protein symbol opening a class name ("EGFR tyrosine kinase inhibitor")
_TARGET_BEFORE = re.compile(r"(?<=\s)(?-i:[A-Z][A-Z0-9/:-]{1,12})\s+$")
_COPULA_MOD = re.compile(r"(?:is|are|was|were)\s", re.IGNORECASE)
# Words of a renaming between an apposition's comma and a class: what they rename is another
# list item, not the drug before the comma
_RENAMED = re.compile(r"\b(?:as|known|called|named|termed)\b", re.IGNORECASE)
# "X, like Y, is ...": the drug compared with is not the subject
_COMPARISON_ASIDE = re.compile(
    r",\s*(?:like|unlike|as with|similar to)\s+[^,;.()]{1,50},(?=\s*(?:is|are)\s)", re.I
)
# "some commonly used steroids": a usual member of the class, not a drug used with one
_USED = re.compile(r"\b(?:commonly|widely|frequently|often|routinely|most)\s+used\b", re.I)
def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    seg = kind_hedge(seg)  # "X, a TKI, is being studied": the hedge is of its use, not its kind
    found = [f for f in _extract(dc, seg) + class_type_facts(dc, seg) if not care_as_class(f)]
    if not found:
        return found
    # "Immune checkpoint inhibitors are a type of immunotherapy": their members are both
    found += broader_class_facts(dc, seg, found)
    # "## FLT3 inhibitors / Midostaurin and gilteritinib ...": the members' target too
    return found + member_targets(dc, found)


def _extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    if any(m.is_kind(*DRUG) for m in seg.mentions):
        return drug_class_facts(dc, seg)
    resolved = resolve_copular_pronoun(dc, seg)
    if resolved is not None:
        return drug_class_facts(dc, resolved)
    compared = _like_other_pronoun_facts(dc, seg)
    if compared:
        return compared
    plural = resolve_plural_pronoun(dc, seg)
    if plural is not None:  # "X and Y are approved. They are TKIs.": said of X and of Y
        return said_of_each(drug_class_facts(dc, plural[0]), *plural[1:])
    if any(m.is_kind(*CLASS) for m in seg.mentions) and THESE.search(seg.body[:12] + " "):
        return drug_class_facts(dc, seg)  # "These monoclonal antibodies ..." after the drugs
    return []


def _like_other_pronoun_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """ "X is made from a sea sponge. Like other chemotherapy drugs, it ...": X, the one drug
    the pronoun takes up, is one of the class."""
    out: list[ExtractedFact] = []
    for pos, cls in like_other_pronouns(seg.text, seg.mentions):
        group, unit = antecedent(dc, seg, pos)
        if len(group) != 1 or unit is None:
            continue
        drug = group[0]
        out.append(
            dc.fact(seg, Relation.DRUG_CLASS, drug.name("drug"), class_name(dc, seg.text, cls),
                    0.75 * min(drug.confidence("drug"), cls.confidence("drug_class")),
                    flags=drug.flags("drug") + cls.flags("drug_class"), context=unit)
        )  # fmt: skip
    return out


def drug_class_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    out: list[ExtractedFact] = []
    ms = seg.mentions
    text = seg.text

    def emit(
        drug: Mention, cls: Mention, conf: float, where: Segment = seg, doubt: str = ""
    ) -> None:
        if not seg.in_body(drug) and not seg.in_body(cls):
            return  # the lead-in's own fact, read from the lead-in itself
        if outside_brand(dc, drug):
            return
        flags = drug.flags("drug") + cls.flags("drug_class")
        conf *= min(drug.confidence("drug"), cls.confidence("drug_class"))
        if doubt:  # a reading held as a draft for review
            conf = min(conf, DRAFT_CONFIDENCE)
            flags += (f"uncertain: {doubt}",)
        out.append(
            dc.fact(where, Relation.DRUG_CLASS, drug.name("drug"), class_name(dc, text, cls),
                    conf, flags=flags)
        )  # fmt: skip
        named = named_targets(dc, text, cls)  # "BCR-ABL1 inhibitor", "EGFR tyrosine kinase ..."
        # "SERMs bind to estrogen receptors" says again what the class name says
        same = {t.lower().removesuffix("s") for t in named}
        stated = [
            (t, u) for t, u in class_targets(dc, cls)
            if t.lower().removesuffix("s") not in same
            # a class whose name states no target ("monoclonal antibodies", "kinase
            # inhibitors") is said to act on one within its own section only: another
            # section's members ("imatinib is a kinase inhibitor" under CML) act on others
            and (named or u.section == seg.main.section)
        ]  # fmt: skip
        # "the investigational MEK inhibitor X": the status word does not hedge the target
        target_where = status_unhedged(where, cls.start) or where
        for tgt, unit in [*((t, None) for t in named), *stated]:
            # a target the class was said to act on cites that sentence too, when it is near
            out.append(
                dc.fact(target_where, Relation.DRUG_TARGET, drug.name("drug"), tgt, conf * 0.95,
                        flags=drug.flags("drug"), context=unit)
            )  # fmt: skip

    for i, d in enumerate(ms):
        if not d.is_kind(*DRUG):
            continue
        # X is a / X, a / X (a) CLASS
        d_end = salt_end(text, d, ms[i + 1].start if i + 1 < len(ms) else len(text))
        aside = _COMPARISON_ASIDE.match(text, d_end)
        aside_end = aside.end() if aside is not None else d_end
        for c in ms[i + 1 :]:
            if c.start - d.end > 120:
                break
            if c.is_kind(*DRUG) and not in_parens(text, c) and c.start >= aside_end:
                break
            if not c.is_kind(*CLASS):
                continue
            m = _TO_CLASS.match(text[d_end : c.start])
            if (
                m is None
                or BAD_MODS.search(_USED.sub(" ", m.group("mods")))
                or CLASS_NOT_HEAD.match(text[c.end :])
            ):
                continue
            if negated(text[d_end : c.start]):
                continue
            link = m.group("link").strip().lower()
            if link == "," and _COPULA_MOD.match(m.group("mods")):
                continue  # "X, like Y, is a ...": Y ends an aside; X is the subject
            if link[:1] == "," and _RENAMED.search(m.group("mods")):
                continue  # "X, Y known as Z or corticosteroid enemas": another item renamed
            if (
                link == ","
                and not m.group(0).strip(" ,")  # ", a ...", ", from a class called ...": apposition
                and (c.surface.lower().endswith("s") or STARTS_LIST.match(text[c.end :]))
            ):
                continue  # "carvedilol, ACE inhibitors such as lisinopril": a new list item
            if link[:1] in ",([" and combination_partner(text, ms, i):
                continue  # "X with Y, a PARP inhibitor": which of the two is the inhibitor?
            if link[:1] in ",:" and continues_list(text, ms, c):
                continue  # "with vincristine, a steroid, an anthracycline": a list, not apposition
            nxt = next((m for m in ms if m.start >= c.end and m.is_kind(*DRUG, *CLASS)), None)
            if link[:1] == "," and in_closed_list(text, d, c, nxt):
                continue  # "a corticosteroid, vincristine, an anthracycline and pegaspargase"
            plural = link.startswith(("are", "were")) or link.startswith(", both") or "are" in link
            plural = plural or link.split()[-2:] == ["belong", "to"]  # "X and Y belong to"
            # "X or Y (antifungal medicines)": a plural class in brackets after a list
            closes = PLURAL_CLOSE.match(text, c.end) if link.startswith(("(", "[")) else None
            plural = plural or bool(
                closes and (c.surface.lower().endswith("s") or closes.group("noun"))
            )
            members = members_ending_at(text, ms, i) if plural else [d]
            conf = 0.9 if link[:1].isalpha() or link.startswith(", which") else 0.85
            where = seg
            if seg.hedge < HEDGE_MILD_FACTOR and closed_apposition(text, d, c, link):
                # "Venetoclax, a BCL-2 inhibitor, might help ...": the speculation is about the
                # sentence's claim, not about the class named in passing (kept, flagged hedged)
                where = replace(seg, hedge=HEDGE_MILD_FACTOR)
            elif seg.hedge < HEDGE_MILD_FACTOR and hedged_after_class(text, d, c, link):
                # "X is a PARP inhibitor that is being studied ...": the study is of its use
                where = replace(seg, hedge=HEDGE_MILD_FACTOR)
            # "digoxin (digitalis)": a bare singular name alone in brackets may be the drug's
            # other name as well as its class (held as a draft for review)
            bare = bare_bracket_name(text, m.group(0), c, single=members == [d])
            members, doubt = ([d], BARE_BRACKET_NAME) if bare else (members, "")
            for mem in members:
                emit(mem, c, conf, where, doubt=doubt)
            # "targeted drugs known as tyrosine kinase inhibitors (TKIs)": the second name too
            k = index_of(ms, c)
            if (
                k + 1 < len(ms)
                and ms[k + 1].is_kind(*CLASS)
                # ("a targeted therapy drug called an EGFR tyrosine kinase inhibitor": the
                # second name may open with the target it names)
                and ALSO_CALLED.match(_TARGET_BEFORE.sub("", text[c.end : ms[k + 1].start]))
            ):
                k += 1
                for mem in members:
                    emit(mem, ms[k], conf)
            for broader in bracketed_broader(text, ms, k):
                for mem in members:  # "X is a corticosteroid (a type of steroid hormone)"
                    emit(mem, broader, conf)
            if link[:1].isalpha():
                # "X acts as a kinase inhibitor, an angiogenesis inhibitor, and an ..."
                for more in [*coordinated_classes(text, ms, k), *used_as_class(text, ms, k)]:
                    for mem in members:
                        emit(mem, more, conf)
            break
        # X and other CLASS
        nxt = next_of(ms, i, CLASS)
        if (
            nxt is not None
            and AND_OTHER.match(text[d.end : nxt.start])
            and not MODALITY.search(nxt.name("drug_class"))
        ):
            # "X and other TKIs"; but "rituximab and other chemotherapeutic agents" lists a
            # regimen's drugs, not what kind each of them is
            for mem in members_ending_at(text, ms, i):
                emit(mem, nxt, 0.85)

    for drug, broader in nested_members(text, ms):
        emit(drug, broader, 0.8)  # "hormone therapy, such as an AI (such as X) or Y"
    for drug, cls in far_list_members(text, ms) + other_than_members(text, ms):
        emit(drug, cls, 0.8)  # "Antibiotics, which kill ..., include X", "CLASS other than X"
    for drug, cls in like_other_members(text, ms):
        emit(drug, cls, 0.8)  # "Like other statins, X lowers ...": X is one of them
    for drug, cls in dash_lead_members(text, ms):
        emit(drug, cls, 0.75)  # "- Beta blockers slow the heart: - Atenolol is used for X."

    for i, phrase in phrase_classes(dc.lexicon, text, ms):
        emit(ms[i], phrase, 0.85)  # "X is an inhibitor of EZH2": an "EZH2 inhibitor"

    class_first_facts(seg, emit)

    out += heading_class_facts(dc, seg)
    out += lead_class_facts(dc, seg)
    out += broad_with_facts(dc, seg)
    out += chemo_with_facts(dc, seg)
    out += anaphoric_class_facts(dc, seg, emit)
    out += class_of_previous_sentence(dc, seg)
    out += label_class_facts(dc, seg)
    out += backref_class_facts(dc, seg)
    out += object_lead_class_facts(dc, seg)
    out += colon_lead_class_facts(dc, seg)
    return out
