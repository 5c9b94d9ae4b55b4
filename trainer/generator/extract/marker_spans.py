"""Where the object of a marker cue ends, when a comma does not say it alone: the purpose of
one member of a list of tests ("a blood count to look for infection, stool tests to find
bacteria, and a screening") stops where the next test begins, and "check A, B, and C for X"
names places checked before what they are checked for. Read by :mod:`.markers`.
"""

from __future__ import annotations

import re

from trainer.generator.extract.marker_objects import is_marker
from trainer.generator.lexicon import Mention

# A list member that is a test by its head noun, though the lexicon lacks its name: "an STD
# screening", "a urine culture"
_TEST_HEAD = re.compile(
    r"\b(?:tests?|screenings?|scans?|exams?|examinations?|biops(?:y|ies)|counts?|panels?|"
    r"cultures?|x-?rays?|ultrasounds?|smears?)\s*$",
    re.IGNORECASE,
)
_OPENING = re.compile(r"\s*(?:(?:and|or)\s+)?(?:(?:an?|the|some)\s+)?", re.IGNORECASE)


def next_member(body: str, base: int, ms: list[Mention], start: int, stop: int) -> int:
    """Where the purpose that begins at ``start`` ends inside a list of tests each given its
    own purpose: at the first comma whose next member opens with a test ("..., stool tests
    to ...") or is one by its head noun ("..., and an STD screening"); else ``stop``."""
    for comma in re.finditer(r",", body[start:stop]):
        at = start + comma.end()
        nxt = body.find(",", at, stop)
        member = body[at : stop if nxt < 0 else nxt]
        opening = _OPENING.match(member)
        first = at + (opening.end() if opening else 0)
        if any(m.start == base + first and is_marker(m) for m in ms):
            return start + comma.start()
        if _TEST_HEAD.search(re.split(r"\s+to\s+", member)[0]):
            return start + comma.start()
    return stop


# "check the esophagus, stomach, and duodenum for ulcers": a list, then what it is checked for
_PLACES_FOR = re.compile(r"^[^.;:]{0,80}?,[^.;:]{0,60}?\s+for\s+\w", re.IGNORECASE)


def checked_place(body: str, start: int, stop: int) -> bool:
    """Whether the object of "check" at ``start``, cut at ``stop`` by a comma, is only the
    first of several places a sentence checks for something named after them: the card
    would ask for an organ, not a finding."""
    if stop >= len(body) or body[stop] != ",":
        return False
    return bool(_PLACES_FOR.match(body[start:]))
