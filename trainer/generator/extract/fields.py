"""Labelled fields under a drug's heading, as drug handbooks and monographs write them::

    VINCRISTINE (Oncovin)
    Class: vinca alkaloid
    Mechanism: binds to tubulin, so dividing cells cannot finish mitosis.
    Use: induction and delayed intensification.

The subject is the drug named alone on a line above, in the same block ("VINCRISTINE
(Oncovin)"), or by the nearest heading above. The label says what the field states:

* Class / Type / Category -> drug_class, for each class the field names;
* Mechanism / Action / Target -> drug_target, for targets after a cue verb ("binds to",
  "inhibits", "blocks", ...) read as in a sentence, or named as "anti-X" / "X-directed";
* Use / Used in / Given in / Phases -> phase_drugs, for each treatment phase the field names.

Negated statements ("not used in maintenance") give nothing. A heading naming two drugs, or
none, gives no subject.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.drug_classes import class_name
from trainer.generator.extract.drug_names import CLASS, DRUG
from trainer.generator.extract.drug_targets import target_cues
from trainer.generator.extract.patterns import negated
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

_FIELD = re.compile(
    r"^\s*(?P<label>(?:drug\s+|pharmacologic(?:al)?\s+|therapeutic\s+)?(?:class|type|category)|"
    r"mechanism(?:\s+of\s+action)?|moa|action|how\s+it\s+works|(?:molecular\s+)?targets?|"
    r"uses?|used\s+(?:in|for)|indications?|given\s+(?:in|during)|phases?|"
    r"(?:treatment\s+)?phases?\s+used)\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_CLASS_LABEL = re.compile(r"class|type|category", re.IGNORECASE)
_TARGET_LABEL = re.compile(r"mechanism|moa|action|how|target", re.IGNORECASE)
_PHASE_LABEL = re.compile(r"use|indication|given|phase", re.IGNORECASE)
_PHASE = ("phase",)
_CONFIDENCE = 0.8


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    field = _FIELD.match(seg.body)  # a lead-in, if the segmenter saw one, is not the field
    if field is None:
        return []
    found = _subject(dc, seg.main)
    if found is None:
        return []
    drug, head = found
    start = seg.body_start + field.start("value")
    mentions = [m for m in seg.mentions if m.start >= start]
    label = field.group("label")
    if _CLASS_LABEL.search(label):
        pairs = [(Relation.DRUG_CLASS, class_name(dc, seg.text, m), m, "drug_class")
                 for m in mentions if m.is_kind(*CLASS) and not m.is_kind(*DRUG)]
    elif _TARGET_LABEL.search(label):
        pairs = [(Relation.DRUG_TARGET, m.name("target"), m, "target")
                 for m in target_cues(seg.text, mentions, start)]
    elif _PHASE_LABEL.search(label):
        pairs = [(Relation.PHASE_DRUGS, m.name("phase"), m, "phase") for m in mentions
                 if m.is_kind(*_PHASE) and not negated(seg.text[start : m.start])]
    else:  # pragma: no cover - every label the pattern allows is one of the three
        return []
    out: list[ExtractedFact] = []
    for relation, name, mention, kind in pairs:
        conf = _CONFIDENCE * min(drug.confidence("drug"), mention.confidence(kind))
        flags = drug.flags("drug") + mention.flags(kind)
        if relation is Relation.PHASE_DRUGS:
            subject, obj = name, drug.name("drug")
        else:
            subject, obj = drug.name("drug"), name
        out.append(dc.fact(seg, relation, subject, obj, conf, flags=flags, context=head))
    return out


def _subject(dc: DocContext, unit: Unit) -> tuple[Mention, Unit] | None:
    """The drug whose block ``unit`` belongs to, and the line that names it.

    That line is the nearest one above, within the block (no blank line in between), that
    holds a drug's name and nothing else ("VINCRISTINE (Oncovin)"); failing that, the nearest
    real heading above, if it names exactly one drug.
    """
    k = unit.index
    while k > 0:
        prev = dc.units[k - 1]
        if prev.last < dc.units[k].first - 1:
            break  # a blank line: the block starts at unit k
        k -= 1
        named = _name_line(dc, prev)
        if named is not None:
            return named, prev
    head = dc.heading(unit)
    while head is not None and _FIELD.match(head.text):
        head = dc.heading(head)  # a short field line taken for a heading
    if head is None:
        return None
    drugs = [m for m in dc.mentions(head) if m.is_kind(*DRUG)]
    if not drugs or len({m.name("drug") for m in drugs}) != 1:
        return None
    return drugs[0], head


def _name_line(dc: DocContext, unit: Unit) -> Mention | None:
    """The drug a line names when it names one drug and says nothing else (brands aside)."""
    mentions = dc.mentions(unit)
    drugs = [m for m in mentions if m.is_kind(*DRUG)]
    if not drugs or len({m.name("drug") for m in drugs}) != 1 or len(drugs) != len(mentions):
        return None
    rest = unit.text
    for m in reversed(mentions):
        rest = rest[: m.start] + rest[m.end :]
    if re.search(r"[A-Za-z]", re.sub(r"\([^()]*\)", "", rest)):
        return None
    return drugs[0]


__all__ = ["extract"]
