"""Which clause of a sentence a test named before a marker cue stands in.

Two structures put a test before the cue without making it the cue's subject:

* an opening frame, "On X-ray, the long bones show widening", "Radiographically (on X-ray),
  the bones show ...", "In a CT scan, the tumour appears ...": the test is where something is
  seen; what "shows" is the noun after the frame's comma;
* a run of clauses, each with a test and its own verb: "An EKG checks the heart rate, a cuff
  checks the blood pressure, and an oximeter shows the oxygen level": a test named in an
  earlier clause has its verb there; the cue of a later clause is said of that clause's own
  subject (which the lexicon may not know). A clause that goes on with the same subject ("An
  EKG records the rhythm and can show ...", "..., and it also shows ...") keeps the test.
Read by :mod:`.marker_subjects`.
"""

from __future__ import annotations

import re

from trainer.generator.extract.marker_cues import CUE
from trainer.generator.lexicon import Mention

# "On X-ray, ...", "Radiographically (on CT), ...", "In an MRI scan, ...": a frame and its comma
_FRAME = re.compile(
    r"^\s*(?:[A-Za-z-]+ly\s*)?\(?\s*(?:on|in|at|with|from|during|after|before|by)\s+"
    r"(?P<in>[^,()]{1,50})\)?\s*,\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# What may stand after the frame's comma without being a subject of its own: "it", "this test"
_SAME_SUBJECT = re.compile(r"^\s*(?:it|this|these|they|the\s+(?:test|scan|exam))\b", re.I)


def in_frame(span: str, pos: int) -> bool:
    """Whether the test at ``pos`` of ``span`` (the clause before the cue) stands in an opening
    frame whose comma is followed by a subject of its own."""
    f = _FRAME.match(span)
    if f is None or not (f.start("in") <= pos < f.end("in")):
        return False
    return not _SAME_SUBJECT.match(f.group("rest"))


# Between clauses: a comma (perhaps with "and"/"or"/"while"), or "and" with a new subject
_CLAUSE_BREAK = re.compile(r",\s*(?:(?:and|or|while|whereas)\s+)?|\s+(?:while|whereas)\s+", re.I)
# What may follow the break and still be the first clause's subject going on
_GOES_ON = re.compile(
    r"^\s*(?:(?:and|or|it|also|can|may|will|often|usually|then|this\s+test|the\s+test)\s*)*$",
    re.I,
)


def own_clause(span: str, start: int, markers: list[Mention]) -> list[Mention]:
    """``markers`` (of the text at ``start``, ``span`` long, up to the cue) without those named
    in an earlier clause that has its own cue verb: only the tests of the cue's clause."""
    if not markers:
        return markers
    first = markers[0].start - start
    verbs = [c for c in CUE.finditer(span) if c.start() >= first]
    if not verbs:
        return markers
    breaks = [b for b in _CLAUSE_BREAK.finditer(span, verbs[-1].end())]
    if not breaks:
        return markers  # "An EKG checks X and shows Y": one subject, two verbs
    rest = span[breaks[-1].end() :]
    if _GOES_ON.match(rest):
        return markers  # "..., and it also shows": the same test goes on
    return [m for m in markers if m.start - start >= breaks[-1].end()]
