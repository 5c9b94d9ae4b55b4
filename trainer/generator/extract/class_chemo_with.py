"""drug_class chemotherapy for the drugs a sentence says chemotherapy is given "with".

"Patients received chemotherapy with X, Y and Z", "radiation plus chemotherapy with X",
"intravenous chemotherapy with either X or Y", "adjuvant chemotherapy with X plus Y",
"chemotherapy using X and Y": the drugs named right after "with" (or "using") are the
chemotherapy's own drugs, so each of them is a chemotherapy. The answer keys of the tuning
half read it so in every document that has the structure.

What gives no fact:

* a drug that is not the first thing after "with" ("chemotherapy with six cycles of X",
  "chemotherapy with monoclonal antibody therapy (X)", "chemotherapy with or without X");
* a drug whose name marks a biological, targeted or hormonal agent (an INN stem such as
  "-mab" or "-tinib", see ``not_cytotoxic`` in ``drug_stems.yaml``): "chemotherapy with
  imatinib" gives imatinib beside the chemotherapy, not as one of its drugs;
* a negated or hedged clause ("did not receive chemotherapy with X").
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.drug_names import CLASS, DRUG
from trainer.generator.extract.patterns import negated, scope_end
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention
from trainer.generator.namepatterns import not_cytotoxic

_CHEMO = "chemotherapy"
# Between the class and its first drug: "with", "with either", "with the drugs"
# ("using", "made up of", "consisting of" name its drugs the same way)
_WITH = re.compile(
    r"\s+(?:with|using|made\s+up\s+of|consisting\s+of)\s+(?:either\s+)?"
    r"(?:the\s+(?:drugs?\s+)?)?",
    re.IGNORECASE,
)
_CHEAP = re.compile(r"chemotherapy\s+(?:with|using|made|consisting)\b", re.IGNORECASE)
# Between two drugs of the same chemotherapy: a comma, "and", "or", "plus", after a bracketed
# brand name ("X (Brand), Y, and Z", "X plus Y or Z")
_NEXT = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*,?\s*(?:(?:and|or|plus)\s+)?", re.IGNORECASE)


def _is_chemotherapy(m: Mention) -> bool:
    """A mention that names chemotherapy, however qualified: "chemotherapy", "high-dose
    chemotherapy", or a phase worded as one, "adjuvant chemotherapy"."""
    if m.is_kind(*CLASS):
        return m.name("drug_class").lower().split()[-1] == _CHEMO
    return m.is_kind("phase") and m.surface.lower().endswith(_CHEMO)


def _listed(text: str, ms: list[Mention], j: int, end: int) -> list[Mention]:
    """The drugs listed from ``ms[j]`` on, up to the end of the clause: all of them are the
    chemotherapy's, "plus" included ("chemotherapy with X plus Y or Z")."""
    out = [ms[j]]
    while j + 1 < len(ms) and ms[j + 1].end <= end and ms[j + 1].is_kind(*DRUG):
        if not _NEXT.fullmatch(text, ms[j].end, ms[j + 1].start):
            break
        j += 1
        out.append(ms[j])
    return out


def chemo_with_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """Each drug listed right after "chemotherapy with" is a chemotherapy."""
    if not _CHEAP.search(seg.text):  # cheap test before any matching
        return []
    ms = seg.mentions
    out: list[ExtractedFact] = []
    for i, c in enumerate(ms[:-1]):
        if not _is_chemotherapy(c):
            continue
        first = ms[i + 1]
        if not first.is_kind(*DRUG) or first.is_kind(*CLASS):
            continue
        if not _WITH.fullmatch(seg.text, c.end, first.start):
            continue
        if negated(seg.text[max(0, c.start - 40) : c.start]):
            continue
        members = _listed(seg.text, ms, i + 1, scope_end(seg.text, first.start))
        for d in members:
            if not_cytotoxic(d.name("drug")) or not (seg.in_body(d) or seg.in_body(c)):
                continue
            conf = 0.8 * d.confidence("drug")
            fact = dc.fact(
                seg, Relation.DRUG_CLASS, d.name("drug"), _CHEMO, conf, flags=d.flags("drug")
            )
            out.append(fact)
    return out
