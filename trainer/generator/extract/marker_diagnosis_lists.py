"""The tests a sentence says a doctor uses to make a diagnosis, each named as the text names it:
"To make a diagnosis, your doctor may do a physical exam, blood tests, chest x-rays, or nose or
throat cultures." gives each test -> "diagnosis of X", X being the condition the sentence
names ("To diagnose X, ...") or, where it names none, the page's topic.

The readers of :mod:`.markers` take a test only when the lexicon knows its name; a page words
its tests freely ("nose or throat cultures"). Here the sentence's structure says that every
member of its list is a test, so a member is read when it opens with a test the lexicon knows
(that test) or ends in a test's head noun (as written): "ask about your symptoms" is neither.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.marker_inline_sections import TEST_HEAD
from trainer.generator.extract.marker_objects import canonical_disease, is_marker, marker_name
from trainer.generator.extract.patterns import NEGATION, drop_parens

_OPENING = re.compile(
    r"^\s*(?:to|in\s+order\s+to)\s+(?:help\s+)?(?:(?:make|confirm|reach)\s+(?:a|the)\s+"
    r"diagnosis|diagnose\s+(?P<x>[\w\s'’-]{1,50}?))\s*,\s+(?:(?:your|the|a|their)\s+)?"
    r"(?:doctors?|health\s*care\s+providers?|providers?|clinicians?|physicians?)\s+"
    r"(?:(?:may|will|can|might|usually|often|also|first)\s+)*(?:do|does|use|uses|order|orders|"
    r"perform|performs|run|runs|take|takes|recommend|recommends)\s+(?P<list>[^.;]+)",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^(?:it|this|them|these|the\s+(?:condition|disease|illness|infection))$",
                      re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:(?:and|or)\s+)?(?:(?:a|an|the|some|other|one\s+or\s+more)\s+)?",
                         re.IGNORECASE)
_MAX_WORDS = 6


def diagnosis_list_tests(dc: DocContext, seg: Segment) -> list[tuple[str, str]]:
    """(test, "diagnosis of X") for each test the sentence lists as used to make a diagnosis."""
    body = seg.body
    if "diagnos" not in body.lower():
        return []
    m = _OPENING.match(body)
    if m is None or NEGATION.search(m.group(0)):
        return []
    said = (m.group("x") or "").strip()
    disease = dc.main_disease if not said or _PRONOUN.match(said) else canonical_disease(dc, said)
    if not disease:
        return []
    out = []
    for member in re.split(r",\s*", drop_parens(m.group("list"))):
        name = _test_name(dc, member)
        if name is not None:
            out.append((name, f"diagnosis of {disease}"))
    return out


def _test_name(dc: DocContext, member: str) -> str | None:
    """A member's test: the lexicon's test it is, else the member as written when it ends in
    a test's head noun and is short; else None."""
    words = _DETERMINER.sub("", member.strip()).strip(" .")
    if not words:
        return None
    found = [x for x in dc.find(words) if is_marker(x)]
    if found and found[0].start == 0 and found[0].end >= len(words) - 1:
        return marker_name(found[0])
    if len(words.split()) <= _MAX_WORDS and TEST_HEAD.search(words):
        return words
    return None
