"""What a section's heading tells of the tests under it.

What a list of tests is for when its lead-in does not say but its section heading does:
"Tests that examine the throat are used to diagnose and stage laryngeal cancer." over "Your
doctor may perform the following tests and procedures:" and a list of tests. Every test the
list names is then used for what the heading says, as it would be under a lead-in saying it.

A section of advice, "What to do for X", sums up the page in short points ("A provider diagnoses
X based on a history, an exam and other tests"); what it says of tests restates the page's
own sections and is no marker of its own (:func:`advice_section`).
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.marker_objects import VERB, objects
from trainer.generator.extract.patterns import NEGATION

# A lead-in that promises a list of tests without saying what for
_TESTS_LEAD = re.compile(
    r"\b(?:the\s+)?following\s+(?:tests?|procedures?|exams?)(?:\s+and\s+(?:tests?|procedures?|"
    r"exams?))?\b(?:\s+(?:may|can|might)\s+be\s+(?:used|done))?\s*:\s*$",
    re.IGNORECASE,
)
# A heading that says what the section's tests are for: "Tests that examine the uterus are used
# to diagnose uterine sarcoma."
_PURPOSE_HEADING = re.compile(
    r"^\s*(?:(?:the\s+)?(?:tests?|procedures?|exams?)\b[^.]{0,80}?)\s+(?:are|is)\s+(?:used|done)\s+"
    rf"to\s+(?:help\s+)?(?P<rest>{VERB}\b[^.]*?)\.?\s*$",
    re.IGNORECASE,
)


# The heading of a section of advice: "What to do for Gastritis ?"
_ADVICE_HEADING = re.compile(r"^\W*what\s+to\s+do\s+(?:for|about|if)\b", re.IGNORECASE)


def advice_section(dc: DocContext, seg: Segment) -> bool:
    """Whether the segment stands in a section of advice ("What to do for X"), whose points
    restate the page rather than state a test's finding."""
    head = dc.heading(seg.main)
    return head is not None and bool(_ADVICE_HEADING.match(head.text))


def section_purposes(dc: DocContext, seg: Segment) -> list[str]:
    """What the tests of a list item are for, from its section heading, when its lead-in
    promises tests without saying what for; empty otherwise."""
    lead = seg.lead
    if lead is None or not seg.main.item_start or not _TESTS_LEAD.search(lead.text):
        return []
    head = dc.heading(lead)
    found = _PURPOSE_HEADING.match(head.text) if head is not None else None
    if found is None or NEGATION.search(head.text if head is not None else ""):
        return []
    return objects(dc, found.group("rest"), None)
