"""The targets a drug class carries over to its members.

Two sources, both read from the text, never looked up:

* the class's own name: "BCR-ABL1 inhibitor" -> BCR-ABL1, "anti-CD20 antibody" -> CD20,
  "Bruton tyrosine kinase (BTK) inhibitor" -> BTK (:func:`targets_in_class`); a family of
  enzymes ("tyrosine kinase inhibitor") names no target;
* what the document says of the class: "SERMs bind to estrogen receptors", "Androgen
  synthesis inhibitors ... They do so by inhibiting CYP17", "LHRH agonists are proteins that
  ... bind to the LHRH receptor" (:func:`class_targets`). Only a
  statement that opens its sentence with the class, is neither negated nor hedged, and names
  its targets outright counts: "Some antibodies bind CD20", "bind CD20 (or CD19)" and
  "proteins such as CD20" are not said of every member.

The drug_class reader emits these targets for each drug it places in the class.
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise
from weakref import WeakKeyDictionary

from trainer.generator.extract.context import DocContext, hedge_factor
from trainer.generator.extract.drug_names import CLASS, DRUG
from trainer.generator.extract.drug_targets import TARGET_CUE, cue_targets, family_only
from trainer.generator.extract.ligand_receptors import BLOCKER_CLASS, KEEPS_OFF, receptor_of
from trainer.generator.extract.patterns import negated
from trainer.generator.lexicon import Lexicon, Mention
from trainer.generator.text import Unit


def targets_in_class(dc: DocContext, cls: Mention) -> list[str]:
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
        return [t] if (t := _target_named_by_class(cls, dc.lexicon)) else []
    m = re.match(
        # "MEK-blocking drug", "VEGF-inhibiting antibody": the class acts on what it names
        r"^(.+?)[-\s]+(?:(?:tyrosine\s+)?kinase\s+)?(?:inhibitors?|TKIs?|directed|targeted|"
        r"(?<=-)(?:blocking|inhibiting))\b",
        surface,
        re.IGNORECASE,
    )
    name = dc.lexicon.canonical(m.group(1), "target") if m is not None else None
    if name:
        return [name]
    pair = _PARALOGS.fullmatch(m.group(1)) if m is not None else None
    if pair is not None:  # "CDK4/6 inhibitor": CDK4 and CDK6
        names = [dc.lexicon.canonical(pair.group("s") + n, "target") for n in pair.group(2, 3)]
        if all(names):
            return [n for n in names if n]
    return [t] if (t := _target_named_by_class(cls, dc.lexicon)) else []


# two members of one family written as one name: "CDK4/6", "MEK1/2", "JAK1/2"
_PARALOGS = re.compile(r"(?P<s>[A-Z][A-Z0-9-]*?[A-Z-])(\d{1,2})/(\d{1,2})")
# a class of enzyme blockers that names no target of its own: "tyrosine kinase inhibitor"
_ENZYME_FAMILY = re.compile(r"^(?:(?:tyrosine|serine/threonine)\s+)?kinase\s+inhibitors?$", re.I)
# the one word written just before the class name: "EGFR tyrosine kinase inhibitors"
_WORD_BEFORE = re.compile(r"(?:^|[\s(,])(?P<w>[A-Za-z][\w-]{1,15}?)[-\s]+$")


def target_before_class(dc: DocContext, text: str, cls: Mention) -> str | None:
    """The target a word just before a class of kinase inhibitors names: "erlotinib and
    gefitinib are EGFR tyrosine kinase inhibitors" -> EGFR. The word must be a target the
    lexicon recognises by itself (a name or a target's shape), so "oral" or "first-line" in
    "oral tyrosine kinase inhibitors" names none."""
    if not _ENZYME_FAMILY.match(cls.name("drug_class")) or targets_in_class(dc, cls):
        return None
    m = _WORD_BEFORE.search(text, max(0, cls.start - 24), cls.start)
    if m is None:
        return None
    word = m.group("w")
    # read with the enzyme after it, "EGFR tyrosine kinase", as a target shape needs its head
    enzyme = re.sub(r"[-\s]+inhibitors?$", "", cls.surface, flags=re.IGNORECASE)
    for phrase in (word, f"{word} {enzyme}"):
        for found in dc.lexicon.find(phrase):
            h = found.hit("target")
            if h is not None and found.start == 0 and found.end in (len(word), len(phrase)):
                return h.name
    return None


def named_targets(dc: DocContext, text: str, cls: Mention) -> list[str]:
    """The targets class mention ``cls`` of ``text`` names: in its own words, or in the word
    just before a class of kinase inhibitors (:func:`target_before_class`)."""
    named = targets_in_class(dc, cls)
    before = None if named else target_before_class(dc, text, cls)
    return [before] if before is not None else named


_CLASS_ACTION = re.compile(
    r"^(?P<t>.+?)[-\s]+(?:inhibitor|blocker|antagonist|agonist|modulator)$", re.IGNORECASE
)
# The listed class names whose words before the action name the target: "BTK inhibitor",
# "selective estrogen receptor modulator", "NK1 receptor antagonist"
_NAMES_TARGET = re.compile(
    r"(?:inhibitor|blocker|receptor modulator|receptor antagonist)$", re.IGNORECASE
)
# How a class acts, written before its target: "selective estrogen receptor modulator" acts
# on the estrogen receptor, "long-acting beta agonist" on a beta receptor.
_ACTING = re.compile(
    r"^(?:(?:long|short|ultra|rapid|intermediate)-acting|selective)\s+", re.IGNORECASE
)
_TARGET_ENDING = re.compile(
    r"(?:receptor|channel|pump|kinase|enzyme|factor|transporter|\w{3,}ase|[A-Z]{2,}[\w-]*|"
    r"[A-Z][A-Za-z]*-?\d+[A-Za-z]?)$"
)


def _target_named_by_class(cls: Mention, lexicon: Lexicon) -> str | None:
    """The target a class read by its shape names: "GLP-1 receptor agonist" -> "GLP-1
    receptor", "JAK inhibitor" -> "JAK", "calcium channel blocker" -> "calcium channel"."""
    hit = cls.hit("drug_class")
    if hit is None:
        return None
    anti = re.match(r"anti-(\S+)\s", hit.name)
    if anti is not None and hit.variant == "shape":
        # "anti-TNF agent" names TNF; "anti-TB agent" names a disease, not a target
        known = {h.kind for h in lexicon.lookup(anti.group(1))}
        return anti.group(1) if not known or "target" in known else None
    if hit.variant != "shape":
        # "Janus kinase (JAK) inhibitor": the abbreviation of the named target
        acr = re.search(
            r"\(([A-Z][A-Z0-9-]{1,7})\)\s*(?:inhibitor|blocker|antagonist)s?$", cls.surface
        )
        if acr:  # "ACE" is the angiotensin-converting enzyme when the lexicon knows it
            return lexicon.canonical(acr.group(1), "target") or acr.group(1)
        # "Bruton tyrosine kinase inhibitor", listed as "BTK inhibitor": the target the
        # class's own name states, when the lexicon knows it as a target
        named = _CLASS_ACTION.match(hit.name)
        if named is None or not _NAMES_TARGET.search(hit.name):
            return None
        target = lexicon.canonical(_ACTING.sub("", named.group("t")), "target")
        return None if target is None or family_only(target) else target
    m = _CLASS_ACTION.match(hit.name)
    if m is None:
        return None
    target = _ACTING.sub("", m.group("t"))
    if re.search(r"modulator$", hit.name, re.IGNORECASE) and not re.search(
        r"receptor$", target, re.IGNORECASE
    ):
        return None  # only a receptor modulator names what it acts on
    if re.search(r"agonist$", hit.name, re.IGNORECASE) and not re.search(
        r"(?:receptor|channel)$", target, re.IGNORECASE
    ):
        return None  # a "GnRH agonist" acts on the GnRH receptor, not on GnRH
    if (
        not _TARGET_ENDING.search(target)
        or family_only(target)  # "protease inhibitor": a family, not one target
        or len(target) < 3  # "H2 blocker": the H2 receptor, named in part only
        or target.lower().startswith(("beta", "alpha", "multi", "pan-", "pan "))
    ):
        return None  # "beta blocker": the class does not name the receptor in full
    return target


# Between a class name and the cue verb of which it is the subject: "SERMs bind to ...",
# "SERDs, sometimes called pure antiestrogens, bind strongly to ...".
_CLASS_TO_CUE = re.compile(
    r"\s*(?:[\(\[][^()\[\]]{0,60}[\)\]]\s*)?(?:,[^,;.()]{0,60},\s*|,\s*)?"
    r"(?:(?:also|both|specifically|selectively|directly|strongly|tightly|mainly|primarily|only|"
    r"all|work by|act by)\s+)*"
    # "Statins lower cholesterol by blocking ...": the class's own verb, then how it does it,
    # with no clause of another subject between, and no hedge ("may lower ... by")
    r"(?:(?!(?:may|might|could|can|sometimes|probably|possibly|likely)\b)[a-z]{3,}\b"
    r"(?:(?!\b(?:which|that|who|while|whereas|but|and|when|if|may|might|could)\b)"
    r"[^;:.!?()\[\]]){0,60}?\bby\s+)?",
    re.IGNORECASE,
)
_STATED: WeakKeyDictionary[DocContext, dict[str, list[tuple[str, Unit]]]] = WeakKeyDictionary()


def class_targets(dc: DocContext, cls: Mention) -> list[tuple[str, Unit]]:
    """Targets the document itself says a class acts on ("SERMs bind to estrogen receptors"),
    each with the sentence that says so: a drug the document places in that class acts on
    them too, and a card cites that sentence with the drug's. Read once per document."""
    table = _STATED.get(dc)
    if table is None:
        table = _STATED[dc] = _class_statements(dc)
    return table.get(cls.name("drug_class"), [])


def _class_statements(dc: DocContext) -> dict[str, list[tuple[str, Unit]]]:
    table: dict[str, list[tuple[str, Unit]]] = {}
    for u in dc.units:
        if u.index in dc.skipped or not TARGET_CUE.search(u.text):
            continue
        ms = dc.mentions(u)
        starts = [m.start for m in ms]
        for cue in TARGET_CUE.finditer(u.text):
            classes = _class_subject(dc, u, ms, starts, cue.start())
            # the predicate must not hedge ("may bind"); "sometimes called" before it names
            if not classes or hedge_factor(u.text[cue.start() :]) < 1.0:
                continue
            for t in _all_members(u.text, cue_targets(u.text, ms, starts, cue), cue.end()):
                hit = t.hit("target")
                if hit is None or hit.type in ("cell", "structure"):
                    continue
                if family_only(t.name("target")):
                    continue
                for c in classes:
                    _state(table, c, t.name("target"), u)
        for km in KEEPS_OFF.finditer(u.text):
            # "LHRH antagonists prevent LHRH from binding to its receptors"
            receptor = receptor_of(dc.lexicon, km)
            if receptor is None or hedge_factor(u.text[km.start() :]) < 1.0:
                continue
            for c in _class_subject(dc, u, ms, starts, km.start()):
                if BLOCKER_CLASS.search(c):
                    _state(table, c, receptor, u)
    return table


def _state(table: dict[str, list[tuple[str, Unit]]], cls: str, target: str, u: Unit) -> None:
    stated = table.setdefault(cls, [])
    if all(name != target for name, _ in stated):
        stated.append((target, u))


# "Antiandrogens, also called androgen receptor blockers": two names of one class
_ALIAS_LINK = re.compile(
    r"\s*(?:[\(\[][^()\[\]]{0,20}[\)\]]\s*)?(?:[\(\[]\s*|[,(\[]?\s*(?:(?:also|sometimes|often|"
    r"commonly)\s+)?(?:called|known as|"
    r"referred to as|termed)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?)",
    re.IGNORECASE,
)
# Before a class that opens a sentence: nothing, or an article or list marker ("Some TKIs"
# would say it of some members only)
_OPENS = re.compile(r"\s*(?:[-*•\d.)]+\s*)?(?:(?:the|all|both)\s+)?", re.IGNORECASE)
# "The monoclonal antibody binds ...", "This TKI blocks ...": a singular class name after
# "the" or "this" points back to the drug just named; a plural one ("The TKIs") is the class
_ANAPHOR = re.compile(r"\s*(?:[-*•\d.)]+\s*)?(?:the|this)\s+", re.IGNORECASE)
_PLURAL = re.compile(r"(?:s|ies)\)?$")
_EXAMPLES = re.compile(r"\b(?:such as|like|including|e\.g\.|for example|for instance)\b", re.I)
# "They do so by inhibiting ...", opening the sentence after one about a class
_CLASS_PRONOUN = re.compile(
    r"\s*(?:they|these (?:drugs|medicines|medications|agents))\s+(?:(?:also|both|all|"
    r"specifically|selectively|directly|strongly|mainly|work by|act by|(?:do|did) (?:so|this) by)"
    r"\s+)*",
    re.IGNORECASE,
)


# "LHRH agonists, which are sometimes called LHRH analogs, are synthetic proteins that are
# similar to LHRH and bind to ...": the class opening the sentence is what binds
_CLASS_COPULA = re.compile(
    r"\s*(?:,\s*(?:which|that)\s+[^,;.:!?]{0,60},)?\s*(?:is|are)\s+[^;.:!?]{0,120}?\s"
    r"(?:that|which)\s+(?:[^;.:!?]{0,80}?\sand\s+)?",
    re.IGNORECASE,
)


def _copula_subject(text: str, before: list[Mention], cue: int) -> Mention | None:
    """The class opening the sentence when the cue is the verb of a relative clause on its
    predicate noun; no drug may be named in between."""
    if not before or not before[0].is_kind(*CLASS) or before[0].is_kind(*DRUG):
        return None
    first = before[0]
    if not _OPENS.fullmatch(text, 0, first.start) or any(m.is_kind(*DRUG) for m in before):
        return None
    between = text[first.end : cue]
    if not _CLASS_COPULA.fullmatch(between) or negated(between):
        return None
    return first


def _class_subject(
    dc: DocContext, u: Unit, ms: list[Mention], starts: list[int], cue: int
) -> list[str]:
    """The class(es) a target cue is said of: the class name right before it (with the other
    names it is given there), or the class opening the previous sentence for "They ..."."""
    k = bisect.bisect_right(starts, cue)
    subject = ms[k - 1] if k else None
    between = u.text[subject.end : cue] if subject is not None else ""
    close = re.match(r"\s*[\)\]]", between)
    if close and k >= 2 and _ALIAS_LINK.fullmatch(u.text, ms[k - 2].end, ms[k - 1].start):
        between = between[close.end() :]  # "LHRH antagonists (also called GnRH antagonists) bind"
    if (
        subject is not None
        and subject.is_kind(*CLASS)
        and not subject.is_kind(*DRUG)
        and _CLASS_TO_CUE.fullmatch(between)
    ):
        if negated(between):
            return []
        j = k - 1
        while j > 0 and _ALIAS_LINK.fullmatch(u.text, ms[j - 1].end, ms[j].start):
            j -= 1  # the first of the class's names opens the sentence
        if not _OPENS.fullmatch(u.text, 0, ms[j].start):
            return []  # "Some antibodies bind CD20": not said of every member
        if _ANAPHOR.fullmatch(u.text, 0, ms[j].start) and not _PLURAL.search(ms[j].surface):
            return []  # "The monoclonal antibody binds GD2": the drug just named, not its class
        names = [subject.name("drug_class")]
        j = k - 1
        while (
            j > 0
            and ms[j - 1].is_kind(*CLASS)
            and _ALIAS_LINK.fullmatch(u.text, ms[j - 1].end, ms[j].start)
        ):
            names.append(ms[j - 1].name("drug_class"))
            j -= 1
        return names
    opening = _copula_subject(u.text, ms[:k], cue)
    if opening is not None:
        return [opening.name("drug_class")]
    if not _CLASS_PRONOUN.fullmatch(u.text, 0, cue) or any(m.start < cue for m in ms):
        return []
    prev = dc.previous(u)
    if prev is None or negated(prev.text):
        return []
    pms = dc.mentions(prev)
    if (
        not pms
        or not pms[0].is_kind(*CLASS)
        or not _OPENS.fullmatch(prev.text, 0, pms[0].start)
        or any(m.is_kind(*DRUG) for m in pms)
    ):
        return []
    return [pms[0].name("drug_class")]


# "CD20 (or CD19)", "CD20, or in some cases CD19": an aside naming an alternative some
# members take instead
_ASIDE_OR = re.compile(r"[\(\[,]\s*or\b|\bor\s+(?:in\s+)?(?:some|other|a few)\b", re.IGNORECASE)


def _all_members(text: str, targets: list[Mention], cue_end: int) -> list[Mention]:
    """The targets a class statement says of every member: "bind to CD20 (or CD19) and to
    CD3" -> CD3 only, since members differ on the alternative set aside; "proteins such as
    CD20" gives examples, not what each member binds. Targets coordinated by a plain "or"
    under one verb ("work by inhibiting the KIT or PDGFRA kinases") are what the class acts
    on, and each member carries them."""
    out = [t for t in targets if not _EXAMPLES.search(text, cue_end, t.start)]
    for a, b in pairwise(targets):
        if _ASIDE_OR.search(text[a.end : b.start]):
            out = [t for t in out if t is not a and t is not b]
    return out
