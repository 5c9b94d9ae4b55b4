"""Follow-up tests: a test done to find out whether a tumour or disease has come back.

"A blood test to measure CEA may be done to see if the cancer has come back", "Regular MRIs
are done to find out whether the tumour has recurred", "The results of the MRI can show if
the glioma has returned": the test named before a purpose clause (to see / find out / check /
learn / tell if or whether, or "can show if") whose own subject is the disease and whose verb
is its return. The fact is test -> "recurrent <disease>": the disease the clause names, or the
page's own for "the cancer", "the tumor", "it", "the disease".

A clause of the disease's spread or growth is staging, not return, and gives nothing here; nor
does a test merely beside the clause ("results of these tests"), a negated clause ("cannot
show whether the cancer has come back"), a treatment given to keep the disease from coming
back (no "see if" clause), or a test inside brackets ("(a substance that may be increased
when cancer is present)"), which describes the marker rather than naming another test.
"""

from __future__ import annotations

import re

from trainer.generator.diseasenames import disease_names
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.marker_objects import canonical_disease, is_marker
from trainer.generator.extract.patterns import NEGATION, clean_phrase
from trainer.generator.lexicon import Mention

# "to see if the cancer has come back", "can show whether the astrocytoma has recurred",
# "to find out if the tumor has returned" ("your condition has changed or if ..." between)
_RETURN = re.compile(
    r"\b(?:to\s+(?:help\s+)?(?:see|find\s+out|check|learn|tell|determine)|can\s+(?:also\s+)?"
    r"(?:show|tell|reveal))\s+(?:(?:if|whether)\s+[^.;]{0,60}?\s+or\s+)?(?:if|whether)\s+"
    r"(?P<np>(?:the|your|a|his|her|their)?\s*[\w\s'’-]{0,40}?)\s+"
    r"(?:has|have|had)\s+(?:come\s+back|recurred|returned)\b",
    re.IGNORECASE,
)
# What stands for the page's own disease in the clause
_GENERIC = re.compile(
    r"(?:(?:the|your|a|his|her|their)\s+)?(?:cancer|tumou?r|disease|condition|it|they|"
    r"lymphoma|leukemia|leukaemia)",
    re.IGNORECASE,
)

_AGE = re.compile(r"^(?:childhood|adult|pediatric|paediatric)\s+(?=\w)", re.IGNORECASE)


def recurrence_tests(
    dc: DocContext, seg: Segment, ms: list[Mention]
) -> list[tuple[Mention, str]]:
    """(test, "recurrent <disease>") for each test named before a clause of return."""
    body, base = seg.body, seg.body_start
    out: list[tuple[Mention, str]] = []
    for r in _RETURN.finditer(body):
        if NEGATION.search(body[max(0, r.start() - 20) : r.end()]):
            continue
        disease = _disease(dc, seg, r)
        if disease is None:
            continue
        start = max(body.rfind(". ", 0, r.start()) + 1, 0)
        tests = [m for m in ms if base + start <= m.start < base + r.start() and is_marker(m)
                 and not _in_brackets(body, m.start - base)]
        out += [(t, f"recurrent {disease}") for t in tests]
    return out


def _disease(dc: DocContext, seg: Segment, r: re.Match[str]) -> str | None:
    """The disease whose return the clause asks about, or None."""
    said = clean_phrase(r.group("np"))
    if _GENERIC.fullmatch(said) or not said:
        # the tumour recurs, not the patients: "childhood brain stem glioma" -> "brain stem
        # glioma" ("adult", "childhood" name who has it)
        topic = dc.main_disease
        return _AGE.sub("", topic) if topic else None
    at = seg.body_start + r.start("np")
    named = dc.disease_in(m for m in seg.mentions if at <= m.start < at + len(r.group("np")))
    if named is None:
        # a tumour the lexicon does not list, named by the shape of its name ("astrocytoma")
        shaped = disease_names(said)
        return shaped[-1].name.lower() if shaped else None
    words = re.sub(r"^(?:the|your|a|his|her|their)\s+", "", said, flags=re.IGNORECASE)
    return canonical_disease(dc, words) if len(words.split()) <= 5 else named


def _in_brackets(text: str, pos: int) -> bool:
    return text.count("(", 0, pos) > text.count(")", 0, pos)
