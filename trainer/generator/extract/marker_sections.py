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
from trainer.generator.extract.marker_objects import VERB, canonical_disease, objects
from trainer.generator.extract.patterns import NEGATION, drop_parens

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


# A heading asking how the condition is diagnosed: "How is X diagnosed?", "How to diagnose X ?",
# "Diagnosis of X", "Diagnosis"
_DIAGNOSIS_HEADING = re.compile(
    r"^\W*(?:how\s+(?:is|are|do\s+(?:doctors|providers)\s+diagnose)\s+(?P<a>[^?]{2,80}?)"
    r"(?:\s+diagnosed)?|how\s+to\s+diagnose\s+(?P<b>[^?]{2,80}?)|"
    r"(?:tests\s+(?:and|for)\s+)?diagnos(?:is|ing)(?:\s+(?:of|for)\s+(?P<c>[^?]{2,80}?))?)"
    r"\s*\??\s*$",
    re.IGNORECASE,
)
# A lead-in whose items are what the provider does: "Your doctor may:", "They may do the
# following tests:", "A provider may use one or more of these tests:"
_PROVIDER_LEAD = re.compile(
    r"\b(?:doctors?|providers?|physicians?|clinicians?|they|he\s+or\s+she|she|he)"
    r"(?:\s+(?:may|will|might|can|also|usually|often|first))+"
    r"(?:\s+(?:do|use|order|perform|run|recommend)\s+(?:one\s+or\s+more\s+of\s+|some\s+of\s+)?"
    r"(?:the\s+following|these)?\s*(?:tests?|procedures?|exams?)?"
    r"(?:\s+and\s+(?:tests?|procedures?|exams?))?)?\s*:\s*$",
    re.IGNORECASE,
)
# A lead-in, or the sentence before it, giving the tests another aim than diagnosing the
# heading's condition: ruling something out, finding its causes
_OTHER_AIM = re.compile(
    r"\bto\s+(?:rule\s+out|check\s+for|look\s+for)\b|"
    r"\brule\s+out\b|\bcauses?\b",
    re.IGNORECASE,
)
# What an item under a provider lead-in opens with before its test: "do a skin biopsy"
_DOING = re.compile(r"^\s*(?:do|does|order|orders|use|uses|perform|performs|run|runs|take|takes)"
                    r"\s+", re.IGNORECASE)


def section_purposes(dc: DocContext, seg: Segment) -> list[str]:
    """What the tests of a list item are for, from its section heading, when its lead-in
    promises tests (or what the provider may do) without saying what for; empty otherwise."""
    lead = seg.lead
    if lead is None or not seg.main.item_start:
        return []
    tests_lead = _TESTS_LEAD.search(lead.text) is not None
    if not tests_lead and not _PROVIDER_LEAD.search(lead.text):
        return []
    head = dc.heading(lead)
    if head is None or NEGATION.search(head.text) or NEGATION.search(lead.text):
        return []
    found = _PURPOSE_HEADING.match(head.text)
    if found is not None and tests_lead:
        return objects(dc, found.group("rest"), None)
    asked = _DIAGNOSIS_HEADING.match(head.text)
    before = dc.previous(lead)
    if asked is None or any(_OTHER_AIM.search(u.text) for u in (lead, before) if u is not None):
        return []  # ("To rule out a blockage, ... may perform:": the lead-in's own aim)
    said = asked.group("a") or asked.group("b") or asked.group("c")
    disease = _heading_disease(dc, said) if said else dc.main_disease
    return [f"diagnosis of {disease}"] if disease else []


def _heading_disease(dc: DocContext, said: str) -> str:
    """The condition a heading names, as the page names its topic when it is the topic
    ("Hematuria (Blood in the Urine)" -> "hematuria"), else as the lexicon spells it."""
    said = drop_parens(said).strip()
    main = dc.main_disease
    if main is not None and said.lower() == main.lower():
        return main
    return canonical_disease(dc, said)


def doing_offset(body: str) -> int:
    """Where an item's test starts after the verb a provider lead-in leaves to it ("do a
    skin biopsy"); 0 when it opens with no such verb."""
    m = _DOING.match(body)
    return m.end() if m else 0
