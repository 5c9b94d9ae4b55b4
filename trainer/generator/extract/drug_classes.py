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
    used_class,
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
    lead_subject_class,
)
from trainer.generator.extract.class_dash_leads import dash_lead_members
from trainer.generator.extract.class_far_lists import far_list_members
from trainer.generator.extract.class_guards import (
    BARE_BRACKET_NAME,
    bare_bracket_name,
    care_as_class,
    main_clause,
)
from trainer.generator.extract.class_labels import label_class_facts
from trainer.generator.extract.class_lists import (
    AND_INCLUDE,
    CLASS_CLAUSE_LIST,
    CLASS_TO_LIST,
    SUBJECT_OF_AND,
    SUBLIST_HEAD,
    SUBLIST_TAIL,
    THAT_INCLUDE,
    clause_then_list,
    use_then_list,
)
from trainer.generator.extract.class_nested import nested_members
from trainer.generator.extract.class_object_leads import object_lead_class_facts
from trainer.generator.extract.class_other_than import other_than_members
from trainer.generator.extract.class_phrases import (
    CLASS_OPENS,
    EXAMPLES_ARE,
    EXAMPLES_OF,
    PLURAL_CLOSE,
    phrase_classes,
)
from trainer.generator.extract.class_shared_lists import SHARED_LIST, shared_list
from trainer.generator.extract.class_targets import class_targets, named_targets
from trainer.generator.extract.class_wordings import (
    ALSO_CALLED,
    ALSO_CALLED_BETWEEN,
    AND_OTHER,
    CLASS_NOT_HEAD,
    DEFINITE_BEFORE,
    EXAMPLE_IS,
    EXAMPLE_OF,
    ITEM_OF_LIST,
    PREDICATE_AFTER,
    PREP_OBJECT,
    PREPOSITION_AFTER,
    STACKED,
    STARTS_LIST,
    editorial_close,
    used_as_class,
)
from trainer.generator.extract.context import (
    HEDGE_MILD_FACTOR,
    DocContext,
    Segment,
    hedge_factor,
)
from trainer.generator.extract.dash_lists import DASH_OPENS, dash_members
from trainer.generator.extract.drug_names import (
    BAD_MODS,
    CLASS,
    DRUG,
    MODALITY,
    class_name,
    closed_apposition,
    members_ending_at,
    members_from,
    next_index,
    next_of,
    outside_brand,
    resolve_copular_pronoun,
    resolve_plural_pronoun,
    salt_end,
    sublists,
)
from trainer.generator.extract.member_targets import member_targets
from trainer.generator.extract.patterns import (
    in_closed_list,
    in_parens,
    index_of,
    negated,
    scope_end,
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
    r"\s*[—–]\s*(?=(?:an?|the)\s))"
    r"(?:(?:also|now|currently|both|all|one of|a member of|part of|from)\s+)*"
    r"(?:(?:a|an|the|another)\s+)?(?:(?:new|newer|novel|related)\s+)?"
    r"(?:(?:type|kind|form|class|member|group|family|sort|generation)\s+of\s+"
    r"(?:the\s+)?)?"
    r"(?:(?:prescription\s+)?(?:medications?|medicines?|drugs?|agents?)\s+(?:called|known as|"
    r"named|termed)\s+"
    r"(?:the\s+|an?\s+)?)?"
    # "belongs to a group called biguanides"
    r"(?:(?:type|kind|class|group|family)\s+(?:called|known as|named|termed)\s+(?:the\s+)?)?"
    r"(?P<mods>(?:[\w'’®+-]+\s+){0,4}?)$",
    re.IGNORECASE,
)
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
_PRENOMINAL_BEFORE = re.compile(
    r"(?:^|\b(?:the|a|an|this|these|its|their|novel|new)\s+)(?:[\w'’+-]+\s+){0,3}$", re.IGNORECASE
)
_USED_BEFORE_DRUG = "class named by its use, before the drug"

_PLURAL_NOUN = re.compile(r"\b(?:drugs|agents|medicines|medications)\s*$", re.IGNORECASE)
_PRENOMINAL_BAD = re.compile(
    r"\b(?:after|before|with|during|following|post|plus|and|or|of|to)\s*$", re.I
)



def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
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
    plural = resolve_plural_pronoun(dc, seg)
    if plural is not None:  # "X and Y are approved. They are TKIs.": said of X and of Y
        return said_of_each(drug_class_facts(dc, plural[0]), *plural[1:])
    if any(m.is_kind(*CLASS) for m in seg.mentions) and THESE.search(seg.body[:12] + " "):
        return drug_class_facts(dc, seg)  # "These monoclonal antibodies ..." after the drugs
    return []


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
                and ALSO_CALLED.match(text[c.end : ms[k + 1].start])
            ):
                k += 1
                for mem in members:
                    emit(mem, ms[k], conf)
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
    for drug, cls in dash_lead_members(text, ms):
        emit(drug, cls, 0.75)  # "- Beta blockers slow the heart: - Atenolol is used for X."

    for i, phrase in phrase_classes(dc.lexicon, text, ms):
        emit(ms[i], phrase, 0.85)  # "X is an inhibitor of EZH2": an "EZH2 inhibitor"

    for i, c in enumerate(ms):
        if not c.is_kind(*CLASS):
            continue
        before = text[max(0, c.start - 40) : c.start]
        if negated(main_clause(text, c.start, before[-25:])):
            continue
        rel = THAT_INCLUDE.match(text, c.end)
        if rel is not None and not negated(rel.group(0)):
            # "Antidepressants that doctors may recommend for people taking X include Y and Z"
            first = next((n for n, m in enumerate(ms) if m.start >= rel.end()), None)
            if (
                first is not None
                and ms[first].is_kind(*DRUG)
                and SUBLIST_HEAD.fullmatch(text, rel.end(), ms[first].start)
            ):
                for mem in sublists(text, ms, first, scope_end(text, ms[first].start)):
                    emit(mem, c, 0.8)
                continue
        j = next_index(ms, i, DRUG)
        if j is None:
            continue
        d = ms[j]
        if not seg.in_body(c) and seg.in_body(d) and lead_subject_class(seg) not in (None, c):
            continue  # "The following TKIs may be used with other treatments, such as X:"
        between = text[c.end : d.start]
        # "Statins used in adults include the older drugs X and Y, and the newer drugs Z"
        kind = SUBLIST_TAIL.search(between)
        dash = DASH_OPENS.search(between)
        if dash is not None and not between[: dash.start()].rstrip().endswith(":"):
            dash = None  # "X - the main drug - is": a dash aside, not a list after a lead-in
        listed = CLASS_TO_LIST.match(
            between[: dash.start()] if dash else between[: kind.start()] if kind else between
        )
        if listed is None and EXAMPLES_ARE.fullmatch(between) and (
            EXAMPLES_OF.search(before) or CLASS_OPENS.fullmatch(text, seg.body_start, c.start)
        ):  # "Examples of vasodilators are X and Y", "Common NSAIDs are X and Y"
            listed = EXAMPLES_ARE.fullmatch(between)
        if listed and dash:
            # "Opioid medications include the following: - morphine (...), which ... - codeine"
            for mem in dash_members(text, ms, d.start):
                emit(mem, c, 0.8)
            continue
        if (
            listed is None
            and AND_INCLUDE.fullmatch(between)
            and SUBJECT_OF_AND.search(text, 0, c.start)
        ):  # "Similar to SSRIs are SNRIs and include X"
            listed = AND_INCLUDE.fullmatch(between)
        if listed is None and not kind and clause_then_list(text, ms, i, j):
            listed = CLASS_CLAUSE_LIST.match(between)
        # "CLASS drugs are used to treat T, including X", "Oral CLASS may include X"
        is_list = listed is not None or (not kind and use_then_list(text, ms, i, j, before))
        if is_list and between.lstrip().startswith(":") and PREP_OBJECT.search(before):
            continue  # "blood cells damaged by chemotherapy: - X": X is not a chemotherapy
        if is_list:
            end = scope_end(text, d.start)
            if ITEM_OF_LIST.search(before) and i and ms[i - 1].is_kind(*DRUG, *CLASS):
                # "vincristine, an anthracycline such as daunorubicin, and asparaginase": the
                # examples end at the comma that resumes the outer list
                comma = text.find(",", d.end, end)
                end = comma if comma >= 0 else end
            members = sublists(text, ms, j, end) if kind else members_from(text, ms, j, end)
            # "CLASS, such as A and B, are being studied": the study, told after them, is of
            # their use, not of what they are (kept, flagged hedged)
            where = replace(seg, hedge=max(seg.hedge, HEDGE_MILD_FACTOR)) if STARTS_LIST.match(
                between) and hedge_factor(text[: c.start]) >= 1.0 else seg
            for mem in members:
                emit(mem, c, 0.85, where,
                     doubt=SHARED_LIST if shared_list(text, ms, i, between) else "")
            first_name = ms[i - 1] if i else None
            if (
                first_name is not None
                and first_name.is_kind(*CLASS)
                and (
                    ALSO_CALLED_BETWEEN.fullmatch(text[first_name.end : c.start])
                    or STACKED.fullmatch(text, first_name.end, c.start)
                )
                and not first_name.is_kind(*DRUG)
                and not MODALITY.search(c.name("drug_class"))
            ):
                # "Antiandrogens, also called androgen receptor blockers, include X": both
                # names; "an NSAID pain medicine, such as X": a class word before the head
                # class qualifies it, and X is both
                for mem in members:
                    emit(mem, first_name, 0.85)
        elif (
            (example := EXAMPLE_IS.fullmatch(between)) is not None
            and EXAMPLE_OF.search(before)
            and not _PRENOMINAL_BAD.search(before)
        ):
            # "One newer hormone therapy drug is X", "An example of an ACE inhibitor is X"
            members = members_from(text, ms, j, scope_end(text, d.start))
            for mem in members if example.group("are") else members[:1]:
                emit(mem, c, 0.85)
        elif (
            re.fullmatch(r"\s*(?:(?:drug|medicine|medication|agent)\s*)?,\s*", between)
            and re.search(
                r"\b(?:a|an|the|one|another)\s+(?:[\w-]+\s+){0,2}$", before, re.IGNORECASE
            )
            and (
                PREDICATE_AFTER.match(text[d.end :])
                or (PREPOSITION_AFTER.match(text, d.end) and DEFINITE_BEFORE.search(before))
            )
        ):
            # "A BCL-2 inhibitor, venetoclax, is combined with ..."; a class named by its use
            # ("the diabetes medication, metformin, ...") labels the drug by what it is for
            emit(d, c, 0.85, doubt=_USED_BEFORE_DRUG if used_class(c) else "")
        elif (
            re.fullmatch(
                r"\s*(?:[\(\[][^()\[\]]{0,30}[\)\]]\s*)?(?:(?:drugs?|agents?|medicines?|"
                r"medications?)\s+)?",
                editorial_close(before, between),
                re.IGNORECASE,
            )
            and _PRENOMINAL_BEFORE.search(before.replace("[", " "))
            and not _PRENOMINAL_BAD.search(before)
        ):
            members = members_from(text, ms, j, scope_end(text, d.start))
            if not c.surface.rstrip().endswith("s") and not _PLURAL_NOUN.search(between):
                # "the BTK inhibitor zanubrutinib plus obinutuzumab"; but "the antipsychotic
                # drugs X and Y": the plural noun after the class says all of them are
                members = members[:1]
            # "the diabetes medication metformin": a class named by its use, put before a
            # drug as a label, says what it is used for more than what kind of drug it is
            doubt = _USED_BEFORE_DRUG if used_class(c) else ""
            # "might include the immunotherapy drug X": the hedge is on giving X; the class
            # before its name labels it whatever is given (kept, flagged hedged)
            # ("the investigational MEK inhibitor X" hedges the label itself: left as it is)
            det = _PRENOMINAL_BEFORE.search(before)
            label = (before[det.start() :] if det else "") + text[c.start : d.start]
            lift = seg.hedge < HEDGE_MILD_FACTOR and hedge_factor(label) == 1.0
            where = replace(seg, hedge=HEDGE_MILD_FACTOR) if lift else seg
            for mem in members:
                emit(mem, c, 0.8, where, doubt=doubt)

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
