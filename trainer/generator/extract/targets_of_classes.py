"""drug_target with a class as its subject: "ACE inhibitor -> angiotensin-converting enzyme".

A class whose name states what it acts on ("proton pump inhibitors", "calcium channel
blockers", "anti-VEGF therapy", "angiotensin-converting enzyme (ACE) inhibitors") says so of
the class itself, whether or not the text names a member; so does a statement that opens with
the class ("SERMs bind to estrogen receptors", :func:`.class_targets.class_targets`). The target
is read from the name as written (:func:`.class_targets.named_targets`), never looked up.

These facts are kept as drafts (:data:`CONFIDENCE`, below the card threshold, flagged): a
card teaches a drug, and whether a page's class names deserve cards of their own is the
instructor's call. Measured on the tuning half, pages that state the same class sentence are
keyed with the class fact on some pages and without it on others, so no wording of the text
tells which a reader wants. Members of the class get the target as cards by the drug_class
reader.

Left out: autoantibodies, which a test finds and no one gives ("anti-Tg antibodies",
"anti-dsDNA antibodies" are named like "anti-CD20 antibodies"), and class names glued to the
word before them by a lost space.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.class_targets import class_targets, named_targets
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.drug_names import CLASS, DRUG
from trainer.generator.extract.drug_targets import family_only
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention

CONFIDENCE = 0.45
FLAG = "uncertain: a drug class's target, read from the class's name or a statement about it"
# "anti-TPO antibodies": named like a drug class, found by a test in the patient's blood
_ANTI_ANTIBODY = re.compile(r"^anti\S*\s+(?:\S+\s+)?antibod\w*$", re.IGNORECASE)
# a word glued to the class by a lost space: "medicationsangiotensin-converting ..."
_GLUED = re.compile(r"[a-z]{16,}", re.IGNORECASE)


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    out: list[ExtractedFact] = []
    for cls in seg.mentions:
        if not _class_subject(cls) or not seg.in_body(cls):
            continue
        name = cls.name("drug_class")
        found = list(named_targets(dc, seg.text, cls))
        found += [t for t, u in class_targets(dc, cls) if u.index == seg.main.index]
        seen: set[str] = set()
        for target in found:
            key = target.lower().removesuffix("s")  # "estrogen receptors" is said once
            if key in seen or family_only(target):
                continue
            seen.add(key)
            flags = (*cls.flags("drug_class"), FLAG)
            out.append(dc.fact(seg, Relation.DRUG_TARGET, name, target, CONFIDENCE, flags=flags))
    return out


def _class_subject(cls: Mention) -> bool:
    """Whether a mention is a drug class that can be a fact's subject: not also a drug, not
    an autoantibody, not glued to another word."""
    if not cls.is_kind(*CLASS) or cls.is_kind(*DRUG):
        return False
    hit = cls.hit("drug_class")
    if hit is None or _GLUED.search(cls.surface):
        return False
    return not (hit.variant == "shape" and _ANTI_ANTIBODY.match(hit.name))
