"""drug_target: what a drug acts on (subject: drug, object: target name from the lexicon).

drug_target is read from
  * a cue verb after the drug or its relative clause: "X targets/binds/inhibits/is directed
    against/attacks cells that contain/depletes/neutralizes T", "X stops T from working",
    "X is a BiTE that connects T1-positive ... with T2-positive ..."; "X ... its ability to
    deplete T"; the same acts in plain words ("shuts down / turns off / sticks to / latches
    onto T", "lowers the activity of T", "helps block T"); what the drug does something by
    ("X brings T cells to leukemia cells by binding T"); "it"/"they"/"this antibody"/"each of
    these drugs" after a sentence about the drug(s), or opening a paragraph under a heading
    that names the drug (:mod:`.heading_topic`);
  * the passive: "T is the target of X", "T is targeted by X";
  * a targeting modifier: "anti-T", "T-directed", "T inhibitor" next to the drug
    ("X is an anti-CD22 ADC", "the CD19-directed CAR T-cell therapy X", "BCR-ABL1 inhibitors
    such as X") -- including class names that carry a target ("X, a BCR-ABL1 inhibitor"):
    :mod:`.class_targets` reads those, and the drug_class reader emits them with the class.
Cells and organs ("T cells") are what a drug acts in, not targets. :func:`target_cues` gives
the targets a labelled field names (see :mod:`.fields`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.drug_names import (
    BAD_MODS,
    CLASS,
    DRUG,
    TARGET,
    antecedent,
    members_ending_at,
    members_from,
    resolve_copular_pronoun,
)
from trainer.generator.extract.heading_topic import heading_drugs
from trainer.generator.extract.patterns import (
    negated,
    scope_end,
)
from trainer.generator.extract.target_asides import dash_asides_as_commas
from trainer.generator.extract.target_pronouns import (
    label_subject,
    pronoun_before,
    split_label,
)
from trainer.generator.extract.target_status import (
    UNPAIRED,
    respective_pairs,
    status_unhedged,
)
from trainer.generator.extract.target_subjects import RELATIVE, cue_subjects
from trainer.generator.facts import DRAFT_CONFIDENCE, ExtractedFact
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

# Cue verbs of drug_target.
TARGET_CUE = re.compile(
    r"\b(?:target(?:s|ed|ing)?|directed (?:against|at|to|towards?)|aimed at|"
    r"bind(?:s|ing)?(?:\s+to)?|inhibit(?:s|ing|ion of)?|block(?:s|ing)?|recogni[sz](?:es|ing|e)|"
    r"engag(?:es|ing|e)|attach(?:es|ing)?(?:\s+itself)?\s+to|attack(?:s|ing)?|deplet(?:es|ing|"
    r"e)|break(?:s|ing)? down|"
    r"degrad(?:es|ing|e)|act(?:s|ing)? (?:on|against|through|via)|specific (?:for|to)|"
    # "X damages DNA", "X is built into the DNA": what a chemotherapy drug acts on; an organ
    # it damages is a structure, which a target never is (see ``emit``)
    r"damag(?:es|ing|e)|(?:incorporat|built|insert)(?:es|ed|ing|e|s)?(?:\s+itself)?\s+into|"
    r"kill(?:s|ing)?|intercalat(?:es|ing|e)(?:\s+(?:into|between|with))?|"
    r"connect(?:s|ing)?|link(?:s|ing)?|bridg(?:es|ing|e)|redirect(?:s|ing)?|"
    r"interfer(?:es|ing|e) with|suppress(?:es|ing)?|against|neutrali[sz](?:es|ing|e)|"
    # "stops RANKL from working": what is stopped from acting is the target
    r"stop(?:s|ping)?(?=\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+from\s+[a-z]+ing\b)|"
    # "prevents RANKL from working"; not "from binding to its receptor", which a drug may do
    # by holding either the ligand or the receptor (see :mod:`.ligand_receptors`)
    r"(?:prevent|keep)(?:s|ing)?(?=\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+from\s+"
    r"(?!binding|attaching)[a-z]+ing\b)|"
    # "destroys the estrogen receptor"; a cell or organ it destroys is no target (``emit``)
    r"destroy(?:s|ing)?|"
    # plain words for the same acts: "shuts down / turns off / sticks to / latches onto T",
    # "reduces the activity of T"
    r"shut(?:s|ting)?\s+(?:down|off)|turn(?:s|ing)?\s+off|switch(?:es|ing)?\s+off|"
    r"stick(?:s|ing)?\s+to|latch(?:es|ing)?\s+on(?:to)?|lock(?:s|ing)?\s+on(?:to)?|"
    r"homes?\s+in\s+on|seek(?:s|ing)?\s+out|"
    r"(?:reduc|lower|decreas|dampen|turn(?:s|ing)?\s+down)\w*\s+(?:the\s+)?"
    r"(?:activity|action|function|signal(?:l)?ing)\s+of|"
    r"(?:inhibitor|blocker|antagonist|agonist|modulator|activator)s?\s+of|"
    r"antibod(?:y|ies)\s+(?:against|to))\b",
    re.IGNORECASE,
)
# A whole family of enzymes names no target: "tyrosine kinase inhibitor" says how, not what;
# nor does a bare "protease" ("a protease inhibitor") or "receptor".
_FAMILY = re.compile(
    r"(?:(?:the\s+)?enzymes?\s+)?(?:(?:tyrosine|serine/threonine|protein|cyclin[-\s]dependent)\s+)?"
    r"(?:kinases?|proteases?|proteinases?|peptidases?|polymerases?|enzymes?|receptors?)",
    re.IGNORECASE,
)


def shape_flag(tgt: Mention) -> tuple[str, ...]:
    """A review flag for a target no list knows, read by the shape of its name ("Fas ligand",
    "IL-17A"): its confidence is already lower (see :meth:`Mention.confidence`); the flag
    tells the reviewer which name to check. It does not hold the card back."""
    hit = tgt.hit("target")
    return (f"unlisted-name:{tgt.surface}",) if hit is not None and hit.variant == "shape" else ()


def family_only(name: str) -> bool:
    """Whether a target name is only a family of proteins ("kinase", "protease"): not a
    target a card may name."""
    return bool(_FAMILY.fullmatch(name.strip()))


_TARGET_SCOPE_STOP = re.compile(
    r"[;!?]|\.(?:\s|$)|[–—]|\b(?:which|who|whereas|while|but|although|because|however|"
    r"approved|used|given|indicated|leading|resulting|causing|making|minimizing|allowing|made|"
    r"produced|encoded|created|found|expressed|located|present|even|when|if|unless)\b|"
    r"\s+and\s+(?:works?|acts?|remains?|helps?|has|have|is|are|was|were|can|may|also|then|"
    r"improves?|reduces?|kills?|leads?|causes?)\b|"
    r"(?<!cells )(?<!cell )(?<!cells )\bthat\b|,?\s+and\s+(?:is|are|was|were|has|have|had|can|may|"
    r"it|they|its|their)\b|,\s*(?:it|they|this)\b|"
    # ", prolonged survival ...", ", chemically linked to the drug DM1": a new clause
    r",\s+(?:[a-z]+ly\s+)?(?!not\b)[a-z]+ed\s+(?!by\b)|"
    r",\s+(?!including\b)[a-z]+ing\b",  # ", depleting the folates ...": a consequence
    re.IGNORECASE,
)
# "blocks T from binding to L", "keeps T from reaching L": what follows is what the target is
# kept from, its partner, not a second target of the drug
_KEPT_FROM = re.compile(r"\s+from\s+[a-z]+ing\b", re.IGNORECASE)
_GENE_PRODUCT = re.compile(r"\b(?:protein|kinase|enzyme|product)s?\s+$", re.IGNORECASE)
_MADE_BY = re.compile(r"(?:made|encoded|produced)\s+by\s+", re.IGNORECASE)
_PASSIVE_TARGET = re.compile(
    # "the BRAF mutation (that is) targeted by X", "the HER2 protein, which is targeted by X":
    # the gene's changed form or product is the target as the text names it
    r"(?:\s+(?:mutations?|mutants?|proteins?|genes?|fusions?|kinases?))?"
    r"(?:,?\s+(?:that|which))?"
    r",?\s+(?:is|are)\s+(?:also\s+|the\s+main\s+)?(?:the\s+)?(?:(?:molecular\s+)?target(?:ed)?\s+"
    r"(?:of|by)|recogni[sz]ed\s+by|bound\s+by|inhibited\s+by|blocked\s+by)\s+(?:the\s+drugs?\s+)?",
    re.IGNORECASE,
)
_THAT_DO_NOT = re.compile(r"\s*(?:cells?\s+)?(?:that|which)\s+(?:do|does)\s+not\b", re.IGNORECASE)
_ANTI_BEFORE = re.compile(r"anti[-‐‑–\s]?$", re.IGNORECASE)
# "anti-IL-6R (IL-6R) therapies (e.g., X)": examples of the targeted drugs, in brackets
_MOD_EXAMPLES = re.compile(
    r"^[-\s]*(?:[\(\[][^()\[\]]{1,15}[\)\]]\s*)?(?:[\w-]+\s+){0,2}?(?:therap(?:y|ies)|"
    r"antibod(?:y|ies)|drugs?|agents?|medicines?|medications?|inhibitors?)\s*,?\s*[\(\[]\s*"
    r"(?:e\.g\.,?|such as|including|like|for example,?)\s*$",
    re.IGNORECASE,
)
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
    read = dash_asides_as_commas(seg)  # "inhibits two proteins—A and B—that ...": an aside
    if read is seg:
        return _extract(dc, seg)
    return [
        replace(f, evidence=f.evidence.replace(read.text, seg.text)) for f in _extract(dc, read)
    ]


def _extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    if any(m.is_kind(*DRUG) for m in seg.mentions):
        return drug_target_facts(dc, seg)
    resolved = resolve_copular_pronoun(dc, seg)
    if resolved is not None:
        return drug_target_facts(dc, resolved)
    if any(m.is_kind(*TARGET) for m in seg.mentions) and (
        _PRONOUN_WORD.search(seg.body) or TARGET_CUE.match(seg.body.lstrip(" -–—:"))
    ):
        # "It binds CD19" after a sentence about a drug; "targets T" after the drug's name
        return drug_target_facts(dc, seg)
    return []


_CONTRAST_IN_SCOPE = re.compile(
    r",?\s*\b(?:but\s+)?(?:not|rather than|instead of|unlike|except|never)\b", re.IGNORECASE
)
_PRONOUN_WORD = re.compile(
    r"\b(?:it|they|both|this|these|each|the (?:[\w-]+\s+){0,2}?(?:drug|agent|medicine|"
    r"medication|antibody))\b",
    re.IGNORECASE,
)


# "the anti-CD19 therapeutics X, Y or Z": a plural head noun says all of the list follow
_PLURAL_HEAD = re.compile(r"[a-z]{3,}(?:s|ies)\s+$")


def drug_target_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    out: list[ExtractedFact] = []
    text = seg.text
    ms = seg.mentions

    def emit(
        drug: Mention,
        tgt: Mention,
        conf: float,
        context: Unit | None = None,
        within: Segment | None = None,
        doubt: str = "",
    ) -> None:
        if not seg.in_body(drug) and not seg.in_body(tgt):
            return
        hit = tgt.hit("target")
        if tgt.is_kind(*DRUG) or hit is None or hit.type in ("cell", "structure"):
            return  # cells and organs are what a drug acts in, not its molecular target
        if family_only(tgt.name("target")):
            return  # "inhibits tyrosine kinases": a family of proteins, not one target
        conf *= min(drug.confidence("drug"), tgt.confidence("target"))
        flags = drug.flags("drug") + tgt.flags("target") + shape_flag(tgt)
        if doubt:  # a reading held as a draft for review
            conf, flags = min(conf, DRAFT_CONFIDENCE), (*flags, f"uncertain: {doubt}")
        out.append(
            dc.fact(within or seg, Relation.DRUG_TARGET, drug.name("drug"), tgt.name("target"),
                    conf,
                    flags=flags,
                    context=context)
        )  # fmt: skip

    # Cue verbs
    starts = [m.start for m in ms]
    own: dict[int, set[int]] = {}  # a drug's own targets, from a relative clause after it
    for cue in TARGET_CUE.finditer(text):
        cs = cue.start()
        k = bisect.bisect_right(starts, cs)
        targets = cue_targets(text, ms, starts, cue)
        if not targets:
            continue
        subjects, conf = cue_subjects(text, ms[:k], cs)
        label = None if subjects else label_subject(text, seg.body_start, ms[:k], cs)
        if label is not None:
            subjects, conf = [label], 0.85  # "- Erlotinib: blocks EGFR on cancer cells"
        split = None if subjects else split_label(dc, seg, cs)
        if split is not None:
            subjects, conf, context = [split[0]], 0.8, split[1]
        else:
            context = None
        if len(subjects) == 1 and RELATIVE.search(text[subjects[0].end : cs]):
            own[subjects[0].start] = {t.start for t in targets}
        pron = None if subjects else pronoun_before(text, seg.body_start, cs)
        if not subjects and pron is not None:
            group, context = antecedent(dc, seg, pron[0])
            conf = 0.8
            if not group and not text[seg.body_start : pron[0]].strip():
                # "## Blinatumomab ... ## How it works / This drug attaches to CD19"
                group, context = heading_drugs(dc, seg.main)
                conf = 0.75
            singular = pron[1] == "it" or pron[1].startswith(("this", "the "))
            if group and (len(group) == 1 or not singular):
                subjects = group
        for d, t, sure in respective_pairs(text, subjects, targets):
            emit(d, t, conf, context, doubt="" if sure else UNPAIRED)

    # Passive: "CD19 is (also) the target of tisagenlecleucel", "CD22 is targeted by X"
    for pm in _PASSIVE_TARGET.finditer(text):
        tgt = next((m for m in ms if m.end <= pm.start() and m.is_kind(*TARGET)), None)
        tgt = next((m for m in reversed(ms) if m.end <= pm.start() and m.is_kind(*TARGET)), tgt)
        j = next((k for k, m in enumerate(ms) if m.start == pm.end() and m.is_kind(*DRUG)), None)
        if tgt is None or j is None or not re.fullmatch(r"\s*", text[tgt.end : pm.start()]):
            continue
        if negated(text[pm.start() : pm.end()]):
            continue
        for d in members_from(text, ms, j, scope_end(text, ms[j].start)):
            emit(d, tgt, 0.85)

    # Targeting modifiers: anti-T, T-directed, T inhibitor
    for t in ms:
        if not t.is_kind(*TARGET):
            continue
        anti = bool(_ANTI_BEFORE.search(text[max(0, t.start - 5) : t.start]))
        after = text[t.end :]
        if not anti and not _MODIFIER_AFTER.match(after):
            continue
        anti_m = _ANTI_BEFORE.search(text, max(0, t.start - 5), t.start)
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
                and not BAD_MODS.search(
                    re.sub(r"^\s*[,(\[]|\s+(?:is|are|was|were)\s+", " ", between)
                )
            ):
                group = members_ending_at(text, ms, i) if re.search(r"\bare\b", between) else [d]
                for g in group:
                    emit(g, t, 0.85)
                found = True
            break
        if found:
            continue
        # modifier ... X ("the anti-CD20 antibody rituximab", "CD19-directed CAR T cells X")
        j = next((k for k, m in enumerate(ms) if m.start >= mod_end and m.is_kind(*DRUG)), None)
        within = status_unhedged(seg, mod_start)
        if j is not None:
            between = text[mod_end : ms[j].start]
            if _MOD_TO_LIST.match(text[t.end : ms[j].start]) or _MOD_EXAMPLES.match(between):
                for g in members_from(text, ms, j, scope_end(text, ms[j].start)):
                    emit(g, t, 0.85, within=within)
            elif (
                _MOD_TO_DRUG.match(between)
                and not _MOD_TO_DRUG_BAD.search(between)
                and not negated(text[max(0, mod_start - 20) : mod_start])
            ):
                # "CD19-directed CAR T cells (X, Y)", "anti-CD19 therapeutics X, Y or Z"
                listed = between.rstrip().endswith(("(", "[")) or bool(_PLURAL_HEAD.search(between))
                group = members_from(text, ms, j) if listed else [ms[j]]
                for g in group:
                    if len(group) > 1 and own.get(g.start, {t.start}) != {t.start}:
                        continue  # "the B-Raf-targeted drugs X and Y, which targets MEK": Y's own
                    emit(g, t, 0.8, within=within)
    return out


def cue_targets(
    text: str, ms: list[Mention], starts: list[int], cue: re.Match[str]
) -> list[Mention]:
    """The targets a cue verb's clause names ("binds CD3 and CD19"); none when the cue is
    part of a name, negated, or its clause names a drug before any target."""
    cs, ce = cue.span()
    k = bisect.bisect_right(starts, cs)
    if (
        k
        and ms[k - 1].end > cs
        and not (ms[k - 1].is_kind(*CLASS) and cue.group().lower().endswith(" of"))
    ):
        return []  # the cue word is part of a name; "a kinase inhibitor of FLT3" names a target
    end = scope_end(text, ce, stop=_TARGET_SCOPE_STOP)
    made = _MADE_BY.match(text, end)
    if (
        made is not None
        and _GENE_PRODUCT.search(text[:end])
        and not any(m.is_kind(*TARGET) for m in ms if ce <= m.start < end)
    ):
        # "blocks the protein made by the BCR-ABL1 gene": the unnamed protein is the gene's
        # product ("the BCR-ABL1 protein made by the Philadelphia chromosome" names it)
        end = scope_end(text, made.end(), stop=_TARGET_SCOPE_STOP)
    contrast = _CONTRAST_IN_SCOPE.search(text, ce, end)
    if contrast is not None:
        end = contrast.start()  # "attaches to CD19, not CD20": CD20 is excluded
    kept_from = _KEPT_FROM.search(text, ce, end)
    if kept_from is not None and any(
        m.is_kind(*TARGET) for m in ms if ce <= m.start and m.end <= kept_from.start()
    ):
        # "blocks PD-1 from binding to PD-L1": PD-L1 is PD-1's partner; but "blocks androgens
        # from reaching the androgen receptor" names no target before "from"
        end = kept_from.start()
    window = ms[bisect.bisect_left(starts, ce) : bisect.bisect_left(starts, end)]
    targets = [m for m in window if m.is_kind(*TARGET)]
    if not targets or any(m.is_kind(*DRUG) and m.start < targets[0].start for m in window):
        return []
    # "Unlike X, which targets CD20, Y targets CD19": a target after another drug is that drug's
    later = next((m.start for m in window if m.is_kind(*DRUG) and not m.is_kind(*TARGET)), None)
    if later is not None:
        targets = [t for t in targets if t.start < later]
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
    for cue in TARGET_CUE.finditer(text, start):
        if (
            found
            and re.search(r",\s*$", text[: cue.start()])
            and re.search(r"ing\b", cue.group(), re.IGNORECASE)
        ):
            break  # "inhibits DHFR, depleting the folates ...": a consequence, not a target
        found += cue_targets(text, ms, starts, cue)
    for t in ms:
        if (
            t.start >= start
            and t.is_kind(*TARGET)
            and (
                _ANTI_BEFORE.search(text[max(0, t.start - 5) : t.start])
                or _MODIFIER_AFTER.match(text[t.end :])
            )
            and not negated(text[max(start, t.start - 25) : t.start])
        ):
            found.append(t)
    out: list[Mention] = []
    for t in found:
        hit = t.hit("target")
        if hit is not None and hit.type != "cell" and not t.is_kind(*DRUG) and t not in out:
            out.append(t)
    return out
