"""A condition found by a routine check: "It may be found during a routine blood test",
"Polycythemia vera is often discovered on regular blood tests done for other reasons", "The
problem is first detected through urine testing" (the check that first brings it to light).

Many conditions cause no symptoms early and come to light on a check done for its own sake, not
because the condition was suspected; the page then names the test that finds it. The fact is
test -> "detection of <condition>", the condition being the clause's subject: "it", "the
disease" or "this condition" stand for the page's own; a named condition must be one the lexicon
knows, so that "Protein may be found during a routine urine test" (a substance, no condition)
gives nothing. Only a check called routine or regular is read: "cancer cells may be found during
a biopsy" is a test done because the disease is suspected, whose own readers state what it shows.
A negated or merely hoped-for finding gives nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.marker_objects import canonical_disease, is_marker
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.lexicon import Mention

# "is often found during a routine", "may first be detected on regular", "are discovered by chance
# at a routine"
_FOUND = re.compile(
    r"\b(?:is|are|was|were|(?:may|can|might|could|will)\s+(?:\w+\s+)?be)\s+"
    r"(?:(?:often|usually|sometimes|commonly|frequently|first|only|mostly|typically)\s+)*"
    r"(?:found|detected|discovered|picked\s+up|diagnosed|noticed)\s+"
    r"(?:(?:by\s+chance|incidentally|accidentally)\s+)?"
    r"(?:during|on|through|at|by|in|with)\s+(?:(?:a|an|the|their|your)\s+)?"
    r"(?=(?:routine|regular)\b)",
    re.IGNORECASE,
)
# "the problem is first detected through urine testing": how the condition first comes to light
_FIRST = re.compile(
    r"\b(?:is|are|(?:may|can|might|could|will)\s+be)\s+(?:(?:often|usually|typically)\s+)?"
    r"first\s+(?:found|detected|discovered|picked\s+up|noticed)\s+"
    r"(?:during|on|through|at|by|with)\s+(?:(?:a|an|the|their|your)\s+)?",
    re.IGNORECASE,
)
# The subject that stands for the page's own condition
_OWN = re.compile(
    r"^(?:it|this|they|the\s+(?:disease|condition|disorder|illness|cancer|tumou?r|problem)|"
    r"this\s+(?:disease|condition|disorder|illness|cancer|tumou?r|problem))$",
    re.IGNORECASE,
)
# Where the tests of the routine check end: a clause or sentence boundary
_STOP = re.compile(
    r"[.;:!?](?:\s|$)|,\s+(?:but|and\s+(?:it|they|is|are))\b|"
    r"\s+(?:before|when|because|while|so|which|and\s+(?:symptoms|signs))\b",
    re.IGNORECASE,
)
_ADVERB_AFTER = re.compile(
    r"(?:\s+(?:often|usually|sometimes|commonly|frequently|first|only|mostly|typically))+$",
    re.IGNORECASE,
)
_CONDITION_TYPES = ("disease", "subtype", "syndrome", "complication", "infection")


def routine_findings(dc: DocContext, seg: Segment, ms: list[Mention]) -> list[tuple[Mention, str]]:
    """(test, "detection of <condition>") for each test of a routine check the sentence says
    the condition is found on."""
    body = seg.body
    low = body.lower()
    if "routine" not in low and "regular" not in low and "first" not in low:
        return []  # cheap test first: most sentences name no routine check
    base = seg.body_start
    out: list[tuple[Mention, str]] = []
    for found in [*_FOUND.finditer(body), *_FIRST.finditer(body)]:
        start = max(body.rfind(". ", 0, found.start()), body.rfind("; ", 0, found.start()),
                    body.rfind(", ", 0, found.start()))
        start = 0 if start < 0 else start + 2
        if NEGATION.search(body[start : found.end()]):
            continue  # "It is not found on routine blood tests"
        condition = _condition(dc, body[start : found.start()].strip(), ms, base + start,
                               base + found.start())
        if condition is None:
            continue
        stop = _STOP.search(body, found.end())
        end = base + (stop.start() if stop else len(body))
        tests = [m for m in ms if base + found.end() <= m.start < end and is_marker(m)]
        out += [(t, f"detection of {condition}") for t in tests]
    return out


def _condition(
    dc: DocContext, subject: str, ms: list[Mention], start: int, end: int
) -> str | None:
    """The condition a clause's subject names: the page's own for "it" or "the disease", else
    the subject's words when they are a lexicon condition with a word at most before it
    ("chronic leukemia"); None otherwise."""
    subject = _ADVERB_AFTER.sub("", subject)  # "The disease often is found ..."
    words = re.sub(r"^(?:often|sometimes|usually|however|but|and|so)\s*,?\s+", "", subject,
                   flags=re.IGNORECASE)
    if _OWN.match(words):
        return dc.main_disease
    named = [m for m in ms if start <= m.start < end]
    conditions = [m for m in named if (h := m.hit("condition")) is not None
                  and h.type in _CONDITION_TYPES]  # fmt: skip
    if len(conditions) != 1 or len(named) != 1:
        return None
    lead = subject[: conditions[0].start - start].strip().lower()
    if lead not in ("", "the", "a", "an") and not re.fullmatch(r"(?:the\s+)?\w+", lead):
        return None  # "Protein from kidney disease is found ...": the condition is not the subject
    # in the clause's own words, "chronic leukemia", a spelling the lexicon knows taking its name
    said = re.sub(r"^(?:the|a|an)\s+", "", subject, flags=re.IGNORECASE)
    if len(said) > 1 and said[1].islower():
        said = said[0].lower() + said[1:]  # a sentence's capital, not a name's
    return canonical_disease(dc, said) if len(said.split()) <= 5 else None
