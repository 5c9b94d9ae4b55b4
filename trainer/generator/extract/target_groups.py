"""drug_target from a group of drugs defined by what it acts on, then its members.

"Drugs that target FLT3 include midostaurin and gilteritinib", "Medicines that block TNF,
such as infliximab and adalimumab, ...", "Antibodies which attach to CD20 are rituximab and
obinutuzumab", "a drug that blocks BCL-2, venetoclax, ...": a plain noun for drugs with a
relative clause whose cue verb names a target, followed by the drugs that make up the group.
Each member gets the target.

The relative clause must be the group's own, right after its noun ("drugs that may target"
hedges, "drugs that do not target" negates: no fact), and the members must follow as a list
introduced by "include", "such as", "like", "are", "called", a comma or a colon. A group that
only names the target ("Drugs that target FLT3 are being studied") gives nothing. A drug the
group is compared with acts on the target too, if less so: "drugs that target FLT3 more
specifically than sorafenib (such as gilteritinib)" gives sorafenib and gilteritinib FLT3.
Two groups joined by "and" leave their shared list unread: which member is whose is not said.
"""

from __future__ import annotations

import bisect
import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.drug_names import DRUG, TARGET, members_from
from trainer.generator.extract.drug_targets import (
    TARGET_CUE,
    cue_targets,
    family_only,
    shape_flag,
)
from trainer.generator.extract.patterns import negated
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention

CONFIDENCE = 0.8
# "drugs that", "newer medicines which also", "monoclonal antibodies that specifically"
_GROUP = re.compile(
    r"\b(?:drugs?|medicines?|medications?|agents?|therap(?:y|ies)|treatments?|antibod(?:y|ies)|"
    r"inhibitors?|compounds?)\s+(?:that|which)\s+(?:(?:also|specifically|selectively|directly|"
    r"mainly|only)\s+)*$",
    re.IGNORECASE,
)
# "target FLT3 more specifically than sorafenib": the drug compared with acts on it too
_COMPARED = re.compile(
    r"\s+more\s+(?:specifically|selectively|strongly|potently|precisely|tightly|closely)\s+"
    r"than\s+(?:does\s+|do\s+)?",
    re.IGNORECASE,
)
_SECOND_GROUP = re.compile(r"\b(?:and|or)\s+(?:the\s+|other\s+|an?\s+)?$", re.IGNORECASE)
# From the last target to the first member: a kind of molecule and where it sits, then the
# word that opens the list
_TO_MEMBERS = re.compile(
    r"(?:[-\s]+(?:proteins?|kinases?|enzymes?|receptors?|antigens?|molecules?|genes?))?"
    r"(?:\s+(?:on|in|found on|found in)\s+(?:the\s+)?(?:surface\s+of\s+)?(?:[\w-]+\s+){0,2}"
    r"cells)?\s*(?:[\(\[][^()\[\]]{0,30}[\)\]]\s*)?"
    r"(?:,\s*(?:such as|like|including|e\.g\.,?|for example,?|called|named|known as)?|"
    r"\s+(?:such as|like|including|called|named|known as)|"
    r"\s+(?:include|includes|are|is)|\s*:|\s*[\(\[]\s*(?:e\.g\.,?|such as|including)?)"
    r"\s*(?:the\s+)?(?:(?:drugs?|medicines?|medications?)\s+)?$",
    re.IGNORECASE,
)


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    text, ms = seg.text, seg.mentions
    if not any(m.is_kind(*DRUG) for m in ms) or not any(m.is_kind(*TARGET) for m in ms):
        return []
    starts = [m.start for m in ms]
    out: list[ExtractedFact] = []
    for cue in TARGET_CUE.finditer(text):
        group = _GROUP.search(text, max(0, cue.start() - 60), cue.start())
        if group is None or _SECOND_GROUP.search(text, max(0, group.start() - 30), group.start()):
            continue  # "drugs that target A and drugs that target B include X and Y"
        if negated(text[max(0, cue.start() - 60) : cue.start()]):
            continue
        targets = [t for t in cue_targets(text, ms, starts, cue) if _target_ok(t)]
        if not targets:
            continue
        pos = targets[-1].end
        drugs: list[Mention] = []
        compared = _COMPARED.match(text, pos)
        k = bisect.bisect_left(starts, compared.end()) if compared else len(ms)
        if compared and k < len(ms) and ms[k].start == compared.end() and ms[k].is_kind(*DRUG):
            # "drugs that target FLT3 more specifically than sorafenib": sorafenib does too
            drugs.append(ms[k])
            pos = ms[k].end
        j = bisect.bisect_left(starts, pos)
        first = next((k for k in range(j, len(ms)) if ms[k].is_kind(*DRUG)), None)
        if (
            first is not None
            and not any(_target_ok(m) for m in ms[j:first] if m.is_kind(*TARGET))
            and _TO_MEMBERS.fullmatch(text, pos, ms[first].start)
        ):
            drugs += members_from(text, ms, first)
        for d in drugs:
            for t in targets:
                if not seg.in_body(d) and not seg.in_body(t):
                    continue
                conf = CONFIDENCE * min(d.confidence("drug"), t.confidence("target"))
                out.append(dc.fact(seg, Relation.DRUG_TARGET, d.name("drug"), t.name("target"),
                                   conf, flags=d.flags("drug") + t.flags("target") + shape_flag(t)))
    return out


def _target_ok(t: Mention) -> bool:
    """A molecular target: not a drug, a cell or an organ, nor a family of proteins."""
    hit = t.hit("target")
    if t.is_kind(*DRUG) or hit is None or hit.type in ("cell", "structure"):
        return False
    return not family_only(t.name("target"))
