"""The test a pointer such as "this test" stands for when no sentence near it names one: the
test a label or a heading names and nothing else.

Pages that describe tests one by one give each its own heading ("Platelet Count") or open
its paragraph or list item with its name as a label ("Biopsy. A biopsy is ..."), then speak
of it as "this test" or "the test" several sentences later, after sentences on how the
sample is taken that name no test. The label is what the section or item is about, so the
pointer stands for it; so does "the images" of an imaging test's item ("- Ultrasound. ... The
images can show X"). Read only when the label is one test and nothing more: a heading
naming two tests ("Kidney and Urine Tests"), a topic ("Diagnostic Tests") or a label that is
a sentence leaves the pointer unresolved, and "it" is never resolved this way (it may stand
for the sample or the body part). A list item that opens with a sentence whose subject is a
test ("- An upper GI endoscopy involves ... The test may show ulcers") is about that test in
the same way: "the test" later in the item stands for it, as long as no sentence nearer names
another (:mod:`.marker_subjects` asks the sentence before first). Asked by
:mod:`.marker_subjects`.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.marker_objects import is_examination, is_marker
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

# What a label may hold beside the test's name: an article, a kind word after it, the label's
# closing mark ("A Blood Smear.", "Bilirubin Test", "Biopsy:")
_AROUND = re.compile(r"^\s*(?:an?|the)?\s*$", re.IGNORECASE)
_AFTER = re.compile(r"^\s*(?:tests?|testing|exams?|examinations?|scans?)?\s*[.:]?\s*$",
                    re.IGNORECASE)
# The most words a label opening a paragraph may have: longer, it is a sentence of its own
_LABEL_WORDS = 6


def labelled_test(dc: DocContext, seg: Segment) -> list[Mention]:
    """The one test the label opening the segment's paragraph or list item names, else the one
    its section heading names; empty when neither is a bare test name."""
    opening = _opening(dc, seg.main)
    if (opening is not None and opening.index != seg.main.index
            and len(opening.text.split()) <= _LABEL_WORDS):
        return _bare_test(dc, opening)  # a label: it alone decides
    if opening is not None and opening.index != seg.main.index and seg.main.kind == "item":
        subject = _subject_test(dc, opening)
        if subject:
            return subject  # "- An upper GI endoscopy involves ... The test may show X"
    head = dc.heading(seg.main)
    return _bare_test(dc, head) if head is not None else []


def _opening(dc: DocContext, unit: Unit) -> Unit | None:
    """The first sentence of the unit's list item, or of its paragraph."""
    if unit.kind == "item":
        return dc.item_head(unit) if not unit.item_start else unit
    first = unit
    before = dc.previous(first)
    while before is not None and before.kind == "sentence" and before.para == unit.para:
        first = before
        before = dc.previous(first)
    return first


def _subject_test(dc: DocContext, unit: Unit) -> list[Mention]:
    """The test a list item's opening sentence opens with as its subject ("An upper GI
    endoscopy involves ..."); empty when it opens with anything else."""
    tests = [m for m in dc.mentions(unit) if is_examination(m)]
    if not tests or not _AROUND.match(unit.text[: tests[0].start]):
        return []
    return [tests[0]] if _VERB_AFTER.match(unit.text, tests[0].end) else []


# The subject's verb right after the test's name: "An upper GI endoscopy involves ...", "A CT
# scan is ..."; "A CT scan and an MRI ..." (two tests) or "A CT scan of the chest" are not read
_VERB_AFTER = re.compile(
    r"\s+(?:test\s+|scan\s+|exam\s+)?(?:is|are|involves?|uses?|can|may|will|checks?|looks?|"
    r"shows?|takes?|measures?|examines?|creates?|makes?|produces?)\b",
    re.IGNORECASE,
)


def _bare_test(dc: DocContext, unit: Unit) -> list[Mention]:
    """The test ``unit`` names when its whole text is that name (with an article before and a
    kind word after at most)."""
    tests = [m for m in dc.mentions(unit) if is_marker(m)]
    if len(tests) != 1:
        return []
    m = tests[0]
    if _AROUND.match(unit.text[: m.start]) and _AFTER.match(unit.text[m.end :]):
        return [m]
    return []
