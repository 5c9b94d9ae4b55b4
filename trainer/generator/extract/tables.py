"""Facts from table rows whose header names the columns ("Drug | Class | Target",
"Phase | Duration | Drugs").

The row's subject is the first cell holding a drug or a phase name; the other cells are read
according to their header: a class, target, duration or drug-list column. A cell with a negation
("not", "none") gives nothing. When the subject column's own header is a class name ("CAR
T-Cell Therapy | Approved use", "Statin | Usual dose"), each drug of that column is of the class.

Each cell is a statement of its own: a hedge in another cell ("an investigational vaccine" in a
column of trial results) does not reach the drug's class or target, so a row's facts are
hedged by the words of the two cells they join only. A cell that pairs its names with the
subject cell's drugs in order ("A plus B | T1 and T2, respectively") gives each drug its own
target, never the other's.
"""

from __future__ import annotations

import dataclasses
import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment, hedge_factor
from trainer.generator.extract.patterns import negated
from trainer.generator.extract.phases import DURATION, normalise_duration
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention

_COLUMN = (
    ("class", re.compile(r"\b(?:class|type|category|kind|group|family)\b", re.I)),
    ("target", re.compile(r"\b(?:targets?|antigen|binds?|acts on|mechanism)\b", re.I)),
    ("duration", re.compile(r"\b(?:duration|how long|length|lasts?|time|timing)\b", re.I)),
    (
        "drugs",
        re.compile(
            r"\b(?:drugs?|medicines?|medications?|agents?|regimen|treatment|chemotherapy)\b", re.I
        ),
    ),
)


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    row = seg.main
    if row.kind != "row" or not row.header or len(row.header) != len(row.cells):
        return []
    cells = [dc.find(c) for c in row.cells]
    subject_col = next(
        (
            i
            for i, ms in enumerate(cells)
            if ms and ms[0].start == 0 and ms[0].is_kind("drug", "phase")
        ),
        None,
    )
    if subject_col is None:
        return []
    subj = cells[subject_col][0]
    is_drug = subj.is_kind("drug")
    kind = "drug" if is_drug else "phase"
    out: list[ExtractedFact] = []
    if is_drug:
        out += _header_class(dc, seg, subj, row.header[subject_col])
    for i, header in enumerate(row.header):
        if i == subject_col or negated(row.cells[i]):
            continue
        col = next((name for name, rx in _COLUMN if rx.search(header)), None)
        if col is None:
            continue
        # the hedge of the two cells a fact joins, not of the whole row
        hedge = min(hedge_factor(row.cells[subject_col]), hedge_factor(row.cells[i]))
        seg = dataclasses.replace(seg, hedge=hedge)
        if is_drug and col == "target" and _RESPECTIVELY.search(row.cells[i]):
            out += _respective(dc, seg, cells[subject_col], cells[i])
        elif is_drug and col == "class":
            out += _names(dc, seg, Relation.DRUG_CLASS, subj, kind, cells[i], "drug_class")
        elif is_drug and col == "target":
            out += _names(dc, seg, Relation.DRUG_TARGET, subj, kind, cells[i], "target")
        elif not is_drug and col == "duration":
            m = DURATION.search(row.cells[i])
            value = normalise_duration(m) if m else None
            if value:
                out.append(dc.fact(seg, Relation.PHASE_DURATION, subj.name(kind), value, 0.8))
        elif not is_drug and col == "drugs":
            out += _names(dc, seg, Relation.PHASE_DRUGS, subj, kind, cells[i], "drug")
    return out


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def _respective(
    dc: DocContext, seg: Segment, subjects: list[Mention], cell: list[Mention]
) -> list[ExtractedFact]:
    """"A plus B | T1 and T2, respectively": the n-th drug of the subject cell gets the n-th
    target; nothing when the counts differ, since no order then pairs them."""
    drugs = [m for m in subjects if m.is_kind("drug")]
    targets = [
        m for m in cell if m.is_kind("target") and (m.hit("target") or m.hits[0]).type != "cell"
    ]
    if len(drugs) != len(targets) or len(drugs) < 2:
        return []
    out = []
    for d, t in zip(drugs, targets, strict=True):
        conf = 0.8 * min(d.confidence("drug"), t.confidence("target"))
        flags = d.flags("drug") + t.flags("target")
        out.append(dc.fact(seg, Relation.DRUG_TARGET, d.name("drug"), t.name("target"), conf,
                           flags=flags))
    return out


def _names(
    dc: DocContext,
    seg: Segment,
    relation: Relation,
    subj: Mention,
    subj_kind: str,
    cell: list[Mention],
    kind: str,
) -> list[ExtractedFact]:
    out = []
    for m in cell:
        if not m.is_kind(kind) or (
            kind == "target" and (m.hit("target") or m.hits[0]).type == "cell"
        ):
            continue
        conf = 0.8 * min(subj.confidence(subj_kind), m.confidence(kind))
        flags = subj.flags(subj_kind) + m.flags(kind)
        out.append(dc.fact(seg, relation, subj.name(subj_kind), m.name(kind), conf, flags=flags))
    return out


# What a column header may hold besides its class name: a generic noun, "name(s)", "(s)".
_HEADER_REST = re.compile(
    r"[\s:]*(?:\(s\))?\s*(?:(?:drugs?|medicines?|medications?|agents?)\b)?\s*"
    r"(?:\(?(?:generic|brand)?\s*names?\)?)?[\s:]*",
    re.IGNORECASE,
)


def _header_class(dc: DocContext, seg: Segment, subj: Mention, header: str) -> list[ExtractedFact]:
    """drug -> class when the subject column's header is only a class name."""
    # a header cell is whole text, not a fragment: names found by their shape count too
    hms = dc.lexicon.find(header, extra=dc.abbreviations)
    if len(hms) != 1 or not hms[0].is_kind("drug_class") or hms[0].is_kind("drug"):
        return []
    cls = hms[0]
    if header[: cls.start].strip() or not _HEADER_REST.fullmatch(header, cls.end):
        return []
    conf = 0.75 * min(subj.confidence("drug"), cls.confidence("drug_class"))
    flags = subj.flags("drug") + cls.flags("drug_class")
    return [dc.fact(seg, Relation.DRUG_CLASS, subj.name("drug"), cls.name("drug_class"), conf,
                    flags=flags)]
