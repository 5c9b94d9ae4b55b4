"""drug_class of a broader class the document says a class belongs to.

"Immune checkpoint inhibitors are a type of immunotherapy. Immune checkpoint inhibitors used
to treat liver cancer include: - nivolumab": nivolumab is an immune checkpoint inhibitor (read
by the other drug_class readers) and so, the text says, an immunotherapy. "Monoclonal antibody
therapy is a type of targeted therapy ... Rituximab is a monoclonal antibody" likewise.

Only a plain statement "A is/are (also) a type (kind, form, class, group) of B" between two
class names counts, neither negated nor hedged, and only for drugs the document places in A in
the few units that follow it under the same heading (the passage the statement introduces).
A broader name that is a way of giving treatment (radiation, a transplant) is left out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from weakref import WeakKeyDictionary

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment, hedge_factor
from trainer.generator.extract.drug_names import CLASS, DRUG
from trainer.generator.extract.patterns import negated
from trainer.generator.facts import ExtractedFact
from trainer.generator.text import Unit

_TYPE_OF = re.compile(
    r"\s*(?:[\(\[][^()\[\]]{1,20}[\)\]]\s*)?(?:therapy\s+|drugs?\s+)?(?:is|are)\s+(?:also\s+)?"
    r"(?:a|an|one)\s+(?:(?:common|special|newer|new|specific)\s+)?"
    r"(?:type|kind|form|class|group)\s+of\s+",
    re.IGNORECASE,
)
_NOT_A_CLASS = re.compile(r"radiation|radiotherap|irradiation|transplant|surgery", re.IGNORECASE)
MAX_UNITS_AFTER = 8  # how far after the statement its passage reaches
_TABLES: WeakKeyDictionary[DocContext, dict[str, list[tuple[str, Unit]]]] = WeakKeyDictionary()


def broader_class_facts(
    dc: DocContext, seg: Segment, facts: list[ExtractedFact]
) -> list[ExtractedFact]:
    """drug -> B for each drug_class fact drug -> A of ``seg`` whose class A a statement
    just before, under the same heading, says is a type of B."""
    table = _TABLES.get(dc)
    if table is None:
        table = _TABLES[dc] = _statements(dc)
    if not table:
        return []
    out: list[ExtractedFact] = []
    unit = seg.main
    for f in facts:
        if f.relation is not Relation.DRUG_CLASS:
            continue
        for broader, stated in table.get(f.object.lower(), []):
            if stated.section != unit.section or broader.lower() == f.object.lower():
                continue
            if not 0 <= unit.index - stated.index <= MAX_UNITS_AFTER:
                continue
            # the member's own fact, its hedge already counted, now citing the statement too
            first = stated.first if 0 <= f.lines[0] - stated.last <= 6 else f.lines[0]
            out.append(
                replace(f, object=broader, confidence=round(f.confidence * 0.95, 3),
                        lines=(min(first, f.lines[0]), f.lines[1]),
                        evidence=f"{stated.text} … {f.evidence}")
            )  # fmt: skip
    return out


def _statements(dc: DocContext) -> dict[str, list[tuple[str, Unit]]]:
    """class name (lower case) -> [(broader class, the unit saying so)] of the document."""
    table: dict[str, list[tuple[str, Unit]]] = {}
    for u in dc.units:
        if u.index in dc.skipped or " of " not in u.text:
            continue
        ms = dc.mentions(u)
        for a, b in pairwise(ms):
            if not all(m.is_kind(*CLASS) and not m.is_kind(*DRUG) for m in (a, b)):
                continue
            if not _TYPE_OF.fullmatch(u.text, a.end, b.start):
                continue
            if negated(u.text[: b.end]) or hedge_factor(u.text[: b.end]) < 1.0:
                continue
            narrow, broad = a.name("drug_class"), b.name("drug_class")
            if _NOT_A_CLASS.search(broad) or narrow.lower() == broad.lower():
                continue
            table.setdefault(narrow.lower(), []).append((broad, u))
    return table
