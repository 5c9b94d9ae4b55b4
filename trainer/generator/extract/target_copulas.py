"""drug_target stated by a copula on the word "target": "The target of blinatumomab is CD19",
"Ibrutinib's main target is BTK".

The other readers find a target after a cue verb or in a passive ("CD19 is the target of X");
here the drug is named inside the subject and the target is the copula's complement. Only
"is"/"are" straight after the subject counts: "is not", "may be" or "was thought to be" give
no card (a negation or hedge), and a target named after another drug in the complement is
that drug's, not this one's.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.drug_names import DRUG, TARGET
from trainer.generator.extract.drug_targets import family_only, shape_flag
from trainer.generator.extract.patterns import negated, scope_end
from trainer.generator.facts import ExtractedFact

CONFIDENCE = 0.85
_KIND = r"(?:main\s+|primary\s+|molecular\s+|only\s+|principal\s+)?targets?"
# "the (main) target of X" before the drug
_TARGET_OF = re.compile(rf"\b{_KIND}\s+of\s+(?:the\s+drug\s+)?$", re.IGNORECASE)
# "X's (main) target" after the drug
_POSSESSIVE = re.compile(rf"(?:'s|’s)\s+{_KIND}", re.IGNORECASE)
# then the copula and the complement's opening words
_COPULA = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:is|are)\s+(?:(?:the|a|an)\s+)?(?:(?:proteins?|enzymes?|"
    r"receptors?|molecules?|antigens?)\s+(?:called\s+|named\s+|known\s+as\s+)?)?",
    re.IGNORECASE,
)

_LISTED = re.compile(r"[\s,]*(?:(?:and|or)\s+)?(?:the\s+)?")


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    text = seg.text
    if "target" not in text.lower():
        return []
    out: list[ExtractedFact] = []
    ms = seg.mentions
    for i, d in enumerate(ms):
        if not d.is_kind(*DRUG) or d.is_kind(*TARGET):
            continue
        own = _POSSESSIVE.match(text, d.end)
        if own is None and not _TARGET_OF.search(text, max(0, d.start - 40), d.start):
            continue
        cop = _COPULA.match(text, own.end() if own else d.end)
        if cop is None or negated(text[max(0, d.start - 40) : cop.end()]):
            continue
        end, prev_end = scope_end(text, cop.end()), cop.end()
        for t in ms[i + 1 :]:
            if t.start < cop.end():
                continue
            if t.start >= end or (t.is_kind(*DRUG) and not t.is_kind(*TARGET)):
                break  # the clause ends, or another drug's target follows
            if not _LISTED.fullmatch(text, prev_end, t.start):
                break  # only the complement's first name and those listed with it
            prev_end = t.end
            hit = t.hit("target")
            if hit is None or hit.type in ("cell", "structure") or family_only(t.name("target")):
                continue
            conf = CONFIDENCE * min(d.confidence("drug"), t.confidence("target"))
            flags = d.flags("drug") + t.flags("target") + shape_flag(t)
            out.append(dc.fact(seg, Relation.DRUG_TARGET, d.name("drug"), t.name("target"),
                               conf, flags=flags))  # fmt: skip
    return out
