"""A test named as the setting of the clause that says what is measured in it.

"In tonometry, an instrument measures the pressure inside the eye", "During an EEG, small
sensors record the electrical activity of the brain", "With audiometry, the technician checks
how well you hear quiet sounds": the test opens the sentence as "In / During / With <test>,"
and the clause's subject is the tool or the person who does it (an instrument, a device,
sensors, the doctor), so what that subject measures is what the test measures.

Nothing is read when the clause's subject is the patient or a drug ("In a stress test, you
walk on a treadmill"; "With X, the drug lowers ..."), or when the verb is not one of finding
("In a dilated eye exam, drops are placed in the eyes").
"""

from __future__ import annotations

import re

from trainer.generator.extract.marker_objects import is_examination
from trainer.generator.lexicon import Mention

_OPENING = re.compile(r"^\s*(?:in|during|with|for)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# the doer of the test, then a verb of finding
_DOER = re.compile(
    r"\s*,\s+(?:(?:an?|the|your|small|special)\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:instruments?|devices?|machines?|probes?|sensors?|electrodes?|doctors?|technicians?|"
    r"providers?|professionals?|specialists?|scanners?|cameras?)\s+"
    r"(?P<v>measures?|records?|checks?(?:\s+for)?|detects?|shows?|looks?\s+for|finds?)\s+",
    re.IGNORECASE,
)
def setting_tests(body: str, base: int, ms: list[Mention]) -> list[tuple[Mention, int]]:
    """(test, where its object starts in ``body``) for a sentence opening "In <test>, <a tool
    or person> measures X"; the object is read as the verb cues' is, a plain noun phrase."""
    first = next((m for m in ms if is_examination(m)), None)
    if first is None or not _OPENING.fullmatch(body[: first.start - base]):
        return []
    doer = _DOER.match(body, first.end - base)
    if doer is None:
        return []
    return [(first, doer.end())]
