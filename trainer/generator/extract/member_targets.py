"""The target a class name states, given to every drug any reading places in the class.

The drug_class reader gives a member the target its class names ("X, a BCR-ABL1 inhibitor")
where it reads the class next to the drug. Other readings place a drug in a class from
farther away: a class heading over the sentence that opens with the drugs ("## FLT3
inhibitors" then "Midostaurin and gilteritinib are used ..."), "They are PARP inhibitors"
after a sentence of drugs, a list under a class lead-in. Those members act on the class's
target just the same: this pass reads the target from the class name of each drug_class fact
(:func:`.class_targets.targets_in_class`, never a table) and states it with the fact's own
place and confidence, a little lower.
"""

from __future__ import annotations

from dataclasses import replace

from trainer.domain import Relation
from trainer.generator.extract.class_targets import targets_in_class
from trainer.generator.extract.context import DocContext
from trainer.generator.facts import ExtractedFact

CARRIED = 0.95


def member_targets(dc: DocContext, facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """drug_target facts for the drug_class facts in ``facts`` whose class name states a
    target, unless the reading already gave that drug a target at the same place: it read
    the class as written there ("an anti-IL-6 receptor antibody" names the receptor, though
    the lexicon files it under "interleukin-6 inhibitor")."""
    have = {(f.subject.lower(), f.lines) for f in facts if f.relation is Relation.DRUG_TARGET}
    out: list[ExtractedFact] = []
    for f in facts:
        if f.relation is not Relation.DRUG_CLASS or (f.subject.lower(), f.lines) in have:
            continue
        for target in _class_targets(dc, f.object):
            out.append(replace(f, relation=Relation.DRUG_TARGET, object=target,
                               confidence=round(f.confidence * CARRIED, 3)))
    return out


def _class_targets(dc: DocContext, name: str) -> list[str]:
    found = dc.lexicon.find(name)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(name):
        return []
    cls = found[0]
    return targets_in_class(dc, cls) if cls.is_kind("drug_class") else []
