"""Findings a test shows, told of a condition its sentence names: the card is test -> condition.

"Bones affected by Paget-like disease have a typical look on x-rays, which may show thick
bone and bowing", "Diagnosis of the nephropathy requires a kidney biopsy, which reveals
deposits": the findings after ", which shows" are what the condition looks like on the test,
and the sentence's own statement is that the test shows the condition. Read as test -> each
finding, every card would teach a finding without its condition (the readers key test ->
condition; a "Diagnosis of X" frame gives "diagnosis of X"). Only a relative clause hung on the
test itself is read so: "A CT scan can show bleeding", with no condition named before the test,
keeps its findings. The next sentence, opening with the same test and showing more ("X-rays of
the skull may show ..."), goes on with the same condition.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.marker_objects import canonical_disease, is_marker, marker_name
from trainer.generator.extract.patterns import clean_phrase
from trainer.generator.lexicon import Mention

# ", which may show", "(CT), which reveals": the cue opens a relative clause on the test
_RELATIVE = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?,\s*which\s+(?:(?:may|can|will|often|usually|typically|"
    r"also|sometimes)\s+)*$",
    re.IGNORECASE,
)
_SHOWING = re.compile(r"^(?:show|reveal|detect)", re.IGNORECASE)
_RELATIVE_SHOWING = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?,\s*which\s+(?:(?:may|can|will|often|usually|typically|"
    r"also|sometimes)\s+)*(?:show|reveal|detect)",
    re.IGNORECASE,
)
# The condition a frame before the test names: "Diagnosis of X requires", "Bones affected by X
# have", "In people with X, ..."; the name runs to the frame's verb or comma
_OWNER = re.compile(
    r"\b(?:(?P<d>diagnosis|diagnosing|confirmation)\s+of|affected\s+by|"
    r"(?:people|patients|persons|children|adults|those)\s+(?:who\s+have|with))\s+"
    r"(?P<x>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"(?=\s*,|\s+(?:is|are|has|have|requires?|needs?|usually|often|typically|can|may|shows?|"
    r"look|looks|appear|appears)\b)",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(r"\b(?:the|this|it|them|these|symptoms?|signs?)\b", re.IGNORECASE)


def owner_condition(
    dc: DocContext, body: str, base: int, ms: list[Mention], test: Mention, cue_at: int,
    said: str,
) -> str | None:
    """The condition whose findings a ", which shows ..." clause on ``test`` lists (``said``
    the cue's verb): named before the test in the same sentence by a frame (:data:`_OWNER`)
    or as a lexicon disease; None when the cue is no relative clause on the test, or no
    condition is named."""
    if not _SHOWING.match(said) or not _RELATIVE.match(body[test.end - base : cue_at]):
        return None
    return _frame_owner(dc, body, base, ms, test)


def continued_owner(dc: DocContext, seg: Segment, test: Mention, said: str) -> str | None:
    """The condition of the sentence before, when it listed the condition's findings on the
    same test and this sentence, opening with the test, lists more: "Bones affected by X look
    typical on x-rays, which may show A. X-rays of the skull may show B." (B is X's too)."""
    opening = re.fullmatch(r"\s*(?:(?:an?|the)\s+)?", seg.text[: test.start], re.IGNORECASE)
    if not _SHOWING.match(said) or not opening:
        return None
    prev = dc.previous(seg.main)
    if prev is None:
        return None
    before = dc.segment_of(prev)
    for m in before.mentions:
        same = is_marker(m) and marker_name(m).lower() == marker_name(test).lower()
        if same and _RELATIVE_SHOWING.match(before.text, m.end):
            return _frame_owner(dc, before.text, 0, before.mentions, m)
    return None


def _frame_owner(
    dc: DocContext, body: str, base: int, ms: list[Mention], test: Mention
) -> str | None:
    """The condition a frame before ``test`` in its sentence names, or a lexicon disease
    named there."""
    at = test.start - base
    start = max(body.rfind(". ", 0, at), body.rfind("; ", 0, at))
    start = 0 if start < 0 else start + 2
    owner = _OWNER.search(body[start:at])
    if owner is not None and not _NOT_A_NAME.search(owner.group("x")):
        name = canonical_disease(dc, clean_phrase(owner.group("x")))
        # "Diagnosis of X requires a biopsy, which shows ...": the diagnosis, as that frame says
        return f"diagnosis of {name}" if owner.group("d") else name
    return dc.disease_in([m for m in ms if base + start <= m.start < test.start])
