"""What the tests of a flattened list are for, when a sentence before its lead-in says it:
"Tests that examine the head and neck are used to detect (find) and diagnose X. The following
tests and procedures may be used: - MRI (magnetic resonance imaging): A procedure ... - Biopsy :
The removal of cells ...".

Pages whose list markup was lost keep each item's dash inline, so the list is one paragraph of
sentences rather than items under a lead-in, and :mod:`.marker_sections` (which reads a list
under a heading) never sees it. The structure read here is the same: a sentence saying what the
tests of the paragraph are used for, a lead-in promising tests without saying what for, then
items each opening with the test's name and a colon. Each item's test is then used for what the
sentence says ("detection of X", "diagnosis of X"), the bedside exam the list opens with
("Physical exam and history") included: every reader of the development keys since the sixth
half has keyed it so. Tests named inside an item's description ("a procedure that uses a magnet
... like an x-ray") are not items.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.marker_objects import VERB, is_marker, marker_name, objects
from trainer.generator.extract.patterns import NEGATION, drop_parens
from trainer.generator.lexicon import Mention

# The lead-in before the first dash: "The following tests and procedures may be used: - "
_LEAD = re.compile(
    r"\b(?:the\s+)?following\s+(?:tests?|procedures?|exams?)(?:\s+and\s+(?:tests?|procedures?|"
    r"exams?))?(?:\s+(?:may|can|might)\s+be\s+(?:used|done))?\s*:\s+[-–•]\s",
    re.IGNORECASE,
)
# The sentence saying what the tests are for: "Tests that examine the uterus are used to detect
# (find) and diagnose X."
_PURPOSE = re.compile(
    r"^\s*(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:tests?|procedures?|exams?|studies|imaging)\b"
    r"[^.]{0,80}?)\s+(?:are|is)\s+(?:used|done)\s+"
    rf"to\s+(?:help\s+)?(?P<rest>{VERB}\b[^.]*?)\.?\s*$",
    re.IGNORECASE,
)
# An item's start: a dash after the lead-in's colon or an earlier sentence's end
_ITEM = re.compile(r"(?:^|[.:]\s+)[-–•]\s+")
# What may follow an item's test before its colon: a bracketed full name, "scan", "test(s)"
_LABEL_TAIL = re.compile(r"\s*(?:\([^()]*\))?\s*:", re.IGNORECASE)
_BACK = 40  # sentences of one paragraph the reading looks back for its lead-in
_PURPOSE_BACK = 6  # sentences before the lead-in looked at for the one saying what for
# An item's own label, up to its colon: "- Sputum cytology :", "- Visual field exam:"
_LABEL = re.compile(r"(?P<label>[A-Z][^:.;!?]{1,80}?)\s*:")
# The head word of a label that names a test, a scan or a procedure of examination
TEST_HEAD = re.compile(
    r"\b(?:tests?|scans?|exams?|examinations?|biops(?:y|ies)|stud(?:y|ies)|cytology|\w+scopy|"
    r"\w+graphy|\w+grams?|sampling|microscopy|aspiration|puncture|cultures?|analys[ie]s|"
    r"counts?|smears?|x-rays?|ultrasound|imaging|panels?|assays?|screening|testing)$",
    re.IGNORECASE,
)
_LABEL_WORDS = 8


def inline_section_tests(
    dc: DocContext, seg: Segment, ms: list[Mention]
) -> list[tuple[Mention, list[str]]]:
    """(test, purposes) for each flattened item of the segment whose paragraph says, before
    the list's lead-in, what its tests are used for."""
    body = seg.body
    if " - " not in body and not body.startswith("- "):
        return []  # cheap test first: no inline item here
    purposes = _purposes(dc, seg)
    if not purposes:
        return []
    base = seg.body_start
    lead = _LEAD.search(body)
    out = []
    for item in _ITEM.finditer(body):
        if lead is None and not _lead_before(dc, seg):
            break
        if lead is not None and item.end() < lead.end():
            continue
        at = base + item.end()
        test = next((m for m in ms if m.start == at and is_marker(m)), None)
        if test is None or not _LABEL_TAIL.match(body, test.end - base):
            continue  # no test's name labels this item, or it is a bedside exam
        out.append((test, purposes))
    return out


def inline_section_labels(
    dc: DocContext, seg: Segment, ms: list[Mention]
) -> list[tuple[str, list[str]]]:
    """(test, purposes) for each flattened item whose label names a test the lexicon lacks
    ("- Sputum cytology : ...", "- Visual field exam: ..."), kept as the page writes it, or the
    lexicon's test a longer label opens with ("- CT scan (CAT scan) of the brain, chest, and
    abdomen :" is a CT scan), in the same lists :func:`inline_section_tests` reads."""
    body = seg.body
    if " - " not in body and not body.startswith("- "):
        return []
    purposes = _purposes(dc, seg)
    if not purposes:
        return []
    base = seg.body_start
    lead = _LEAD.search(body)
    if lead is None and not _lead_before(dc, seg):
        return []
    out: list[tuple[str, list[str]]] = []
    for item in _ITEM.finditer(body):
        if lead is not None and item.end() < lead.end():
            continue
        at = base + item.end()
        test = next((m for m in ms if m.start == at and is_marker(m)), None)
        if test is not None and _LABEL_TAIL.match(body, test.end - base):
            continue  # a lexicon test labels the item: read by inline_section_tests
        found = _LABEL.match(body, item.end())
        if found is None:
            continue
        label = re.sub(r"\s+", " ", drop_parens(found.group("label"))).strip(" ,")
        if test is not None:
            out.append((marker_name(test), purposes))  # "CT scan (CAT scan) of the brain"
        elif len(label.split()) <= _LABEL_WORDS and TEST_HEAD.search(label):
            out.append((_as_written(label), purposes))
    return out


def generic_description(dc: DocContext, finding: str) -> bool:
    """Whether what a listed test's own description says it finds shares no word with the
    page's condition: "the number of red blood cells, white blood cells, and platelets" is what
    a blood count finds on any page, "cells that look hairy" is the page's own finding."""
    topic = dc.main_disease
    if topic is None:
        return False
    words = {w for w in re.findall(r"[a-z]{4,}", topic.lower()) if w not in _GENERAL_WORDS}
    found = set(re.findall(r"[a-z]{4,}", finding.lower()))
    return not words & found


# words of a condition's name that say nothing of it in particular
_GENERAL_WORDS = frozenset({
    "cancer", "tumor", "tumors", "tumour", "disease", "syndrome", "childhood", "adult", "cells",
    "cell", "malignant", "neoplasm",
})


def _as_written(label: str) -> str:
    """A label as a name in mid-sentence: its first word lower-cased unless an abbreviation."""
    first, _, rest = label.partition(" ")
    if not first.isupper():
        first = first.lower()
    return f"{first} {rest}".strip()


def _paragraph(dc: DocContext, seg: Segment) -> list[str]:
    """The sentences of the segment's paragraph up to and including it, nearest last."""
    u = seg.main
    out = [u.text]
    k = u.index - 1
    while k >= 0 and len(out) < _BACK and dc.units[k].para == u.para:
        out.append(dc.units[k].text)
        k -= 1
    return out[::-1]


def _paragraph_before(dc: DocContext, seg: Segment) -> list[str]:
    """The sentences of the paragraph just before the segment's, in the same section, nearest
    last (none when a heading or a list stands between)."""
    k = seg.main.index
    while k > 0 and dc.units[k - 1].para == seg.main.para:
        k -= 1
    out: list[str] = []
    j = k - 1
    while j >= 0 and len(out) < _PURPOSE_BACK and dc.units[j].kind == "sentence" and (
        dc.units[j].section == seg.main.section
    ) and (not out or dc.units[j].para == dc.units[j + 1].para):
        out.append(dc.units[j].text)
        j -= 1
    return out[::-1]


def _lead_before(dc: DocContext, seg: Segment) -> bool:
    """Whether an earlier sentence of the paragraph holds the list's lead-in."""
    return any(_LEAD.search(t) for t in _paragraph(dc, seg)[:-1])


def _purposes(dc: DocContext, seg: Segment) -> list[str]:
    """What the paragraph's tests are used for, from the sentence before its lead-in."""
    sentences = _paragraph(dc, seg)
    if sentences and _LEAD.search(sentences[0]):
        # "Tests that examine the eye are used to diagnose X." standing alone as the paragraph
        # before the lead-in's ("The following tests and procedures may be used: - A ...")
        sentences = _paragraph_before(dc, seg) + sentences
    for k, text in enumerate(sentences):
        if not _LEAD.search(text):
            continue
        # the nearest sentence before the lead-in that says what tests are for: others may
        # stand between ("Once blood tests are done, imaging tests may be done ...")
        for said in (drop_parens(t) for t in reversed(sentences[max(0, k - _PURPOSE_BACK) : k])):
            found = _PURPOSE.match(said)
            if found is not None:
                if NEGATION.search(said):
                    return []
                return _one_per_condition(objects(dc, found.group("rest"), None))
        return []
    return []


def _one_per_condition(purposes: list[str]) -> list[str]:
    """The first purpose for each condition: "detect (find) and diagnose X" is one fact about
    X, not two cards asking the same."""
    seen: set[str] = set()
    out = []
    for p in purposes:
        said = p.split(" of ", 1)[-1].lower()
        if said not in seen:
            seen.add(said)
            out.append(p)
    return out
