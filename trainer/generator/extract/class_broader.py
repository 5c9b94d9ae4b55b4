"""drug_class of a broader class the document says a class belongs to.

"Immune checkpoint inhibitors are a type of immunotherapy. Immune checkpoint inhibitors used
to treat liver cancer include: - nivolumab": nivolumab is an immune checkpoint inhibitor (read
by the other drug_class readers) and so, the text says, an immunotherapy. "Monoclonal antibody
therapy is a type of targeted therapy ... Rituximab is a monoclonal antibody" likewise.

Only a plain statement "A is/are (also) a type (kind, form, class, group) of B", "A and C are
types of B", between class names counts, neither negated nor hedged, and only for drugs the
document places in A in the few units that follow it under the same heading (the passage the
statement introduces).
A broader name that is a way of giving treatment (radiation, a transplant) is left out.

The statement is also a fact of its own, class -> broader class ("immune checkpoint inhibitor
-> immunotherapy"), as is "another class of hormone therapy drugs, called aromatase
inhibitors" (:func:`class_type_facts`), kept as a draft for review: the answer keys take such
a statement up in some pages and not in others.
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
from trainer.generator.facts import DRAFT_CONFIDENCE, ExtractedFact
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

_TYPE_OF = re.compile(
    r"\s*(?:[\(\[][^()\[\]]{1,20}[\)\]]\s*)?(?:therapy\s+|drugs?\s+)?(?:is|are)\s+(?:also\s+)?"
    r"(?:(?:a|an|one)\s+(?:(?:common|special|newer|new|specific)\s+)?"
    r"(?:type|kind|form|class|group)"
    # "TKIs and mTOR inhibitors are types of targeted therapies"
    r"|(?:(?:two|three|several|different|common|newer|new|specific)\s+)?"
    r"(?:types|kinds|forms|classes|groups))\s+of\s+",
    re.IGNORECASE,
)
# Between two class names coordinated as the subject: "A (abbr) and B", "A, B or C"
_AND = re.compile(r"\s*(?:[\(\[][^()\[\]]{1,20}[\)\]]\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")
# Between a class name and its own abbreviation in brackets: "tyrosine kinase inhibitors (TKIs"
_ABBR = re.compile(r"\s*[\(\[]\s*")
# "another class of B drugs, called A": the broader class first, then the name of the narrower
_CALLED_AFTER = re.compile(
    r"\s*(?:drugs?|medicines?|medications?|agents?)?\s*,?\s*(?:called|known\s+as|named)\s+",
    re.IGNORECASE,
)
_CLASS_OF_BEFORE = re.compile(
    r"\b(?:type|kind|class|group|family|form)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_CLASS_OF_CLASS = "a class said to be a type of a broader one"
_NOT_A_CLASS = re.compile(r"radiation|radiotherap|irradiation|transplant|surgery", re.IGNORECASE)
MAX_UNITS_AFTER = 8  # how far after the statement its passage reaches
# (broader class, the unit saying so, whether only the list items right after it are its passage)
_Said = tuple[str, Unit, bool]
_TABLES: WeakKeyDictionary[DocContext, dict[str, list[_Said]]] = WeakKeyDictionary()
_PLURAL_TYPES = re.compile(r"\b(?:types|kinds|forms|classes|groups)\s+of\s+$", re.IGNORECASE)


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
        for broader, stated, items_only in table.get(f.object.lower(), []):
            if stated.section != unit.section or broader.lower() == f.object.lower():
                continue
            if not 0 <= unit.index - stated.index <= MAX_UNITS_AFTER:
                continue
            if items_only and any(
                dc.units[k].kind != "item" for k in range(stated.index + 1, unit.index + 1)
            ):
                continue  # "A, B and C are three types of T" / "- A: ...": the items are its
            # the member's own fact, its hedge already counted, now citing the statement too
            first = stated.first if 0 <= f.lines[0] - stated.last <= 6 else f.lines[0]
            out.append(
                replace(f, object=broader, confidence=round(f.confidence * 0.95, 3),
                        lines=(min(first, f.lines[0]), f.lines[1]),
                        evidence=f"{stated.text} … {f.evidence}")
            )  # fmt: skip
    return out


def _statements(dc: DocContext) -> dict[str, list[_Said]]:
    """class name (lower case) -> [(broader class, the unit saying so, whether its passage is
    the list items right after it)] of the document. A statement of several types ("A and B
    are types of T") reaches only the items that take up each type, not a later paragraph
    that names a type in passing."""
    table: dict[str, list[_Said]] = {}
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
            broad = b.name("drug_class")
            if _NOT_A_CLASS.search(broad):
                continue
            narrows = _coordinated(u.text, ms, ms.index(a))
            several = len(narrows) > 1 or bool(_PLURAL_TYPES.search(u.text, 0, b.start))
            for narrow in narrows:
                if narrow.lower() != broad.lower():
                    table.setdefault(narrow.lower(), []).append((broad, u, several))
    return table


def _coordinated(text: str, ms: list[Mention], k: int) -> list[str]:
    """The class ``ms[k]`` and the classes coordinated with it before it as one subject ("A
    (abbr) and B are types of C"), each class once."""
    names = [ms[k].name("drug_class")]
    while k > 0:
        a, b = ms[k - 1], ms[k]
        if not a.is_kind(*CLASS) or a.is_kind(*DRUG):
            break
        if not (_AND.fullmatch(text, a.end, b.start) or _ABBR.fullmatch(text, a.end, b.start)):
            break
        names.append(a.name("drug_class"))
        k -= 1
    return list(dict.fromkeys(names))


def class_type_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """class -> broader class for a statement in ``seg`` that a class is a type of a broader
    one ("A and B are types of C", "a class of C drugs, called A"), neither negated nor
    hedged."""
    if " of " not in seg.text:
        return []
    text, ms = seg.text, seg.mentions
    out: list[ExtractedFact] = []
    for a, b in pairwise(ms):
        if not all(m.is_kind(*CLASS) and not m.is_kind(*DRUG) for m in (a, b)):
            continue
        if not (seg.in_body(a) or seg.in_body(b)):
            continue
        if _TYPE_OF.fullmatch(text, a.end, b.start):
            broad, narrows = b, _coordinated(text, ms, ms.index(a))
        elif _CALLED_AFTER.fullmatch(text, a.end, b.start) and _CLASS_OF_BEFORE.search(
            text, 0, a.start
        ):
            broad, narrows = a, [b.name("drug_class")]
        else:
            continue
        if negated(text[: b.end]) or hedge_factor(text[: b.end]) < 1.0:
            continue
        name = broad.name("drug_class")
        if _NOT_A_CLASS.search(name):
            continue
        for narrow in narrows:
            if narrow.lower() != name.lower():
                # a draft: the answer keys take up such a statement in some pages only
                out.append(dc.fact(seg, Relation.DRUG_CLASS, narrow, name, DRAFT_CONFIDENCE,
                                   flags=(f"uncertain: {_CLASS_OF_CLASS}",)))
    return out
