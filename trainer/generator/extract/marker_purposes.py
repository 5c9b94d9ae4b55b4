"""A test named with its purpose right after it: "- Biopsy to diagnose pineoblastoma, followed
by chemotherapy", "A bone scan to check for spread may also be done".

A list of care steps names each step with its purpose in an infinitive, the test's name then
standing alone before it, with no verb of use ("is used", "order ... to") for the cue readers
to find. The test does what the infinitive says: test -> the purpose as a noun ("diagnosis of
X"). Only purposes a test serves are read (diagnose, confirm, detect, find, stage, identify,
check or look for, see if): "a CT scan to guide the needle" names the scan's aid to another
procedure, no finding. The test must open its clause or list item: one named after a verb or a
preposition ("used with the blood smear to help diagnose X") serves another's purpose, and "order
a CT scan to ..." is read by the cue readers. A clause that denies the test ("A biopsy to
diagnose X is not needed") gives nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract.marker_objects import is_marker
from trainer.generator.extract.patterns import negated
from trainer.generator.lexicon import Mention

# The infinitive of purpose right after the test's name (a bracketed aside between them aside)
_PURPOSE = re.compile(
    r"(?:\s*\([^()]{1,60}\))?\s+to\s+(?:help\s+(?:to\s+)?)?"
    r"(?P<v>diagnose|confirm|detect|find|stage|identify|check\s+for|look\s+for|screen\s+for|"
    r"see\s+(?:if|whether)|find\s+out\s+(?:if|whether))\b",
    re.IGNORECASE,
)
# Where the purpose ends: a clause or sentence boundary, or the next step of the care
_STOP = re.compile(
    r"[.;:!?](?:\s|$)|,|\s+(?:followed|then|and\s+then|before|after|which|while|because|"
    r"may|can|might|will|should|must|is|are|was|were)\b",
    re.IGNORECASE,
)


# The test opens its clause or list item: "- Biopsy to ...", "A bone scan to ...", "...; a CT
# scan to ..." (a test named after a verb or preposition, "used with the smear to ...", is no
# step of its own; the cue readers read "order a CT scan to ...")
_OPENS = re.compile(r"(?:^|[.;:,]\s+|\s[-–•]\s+|^[-–•]\s+)(?:(?:a|an|the|one|another)\s+)?$",
                    re.IGNORECASE)


def purpose_tests(body: str, base: int, ms: list[Mention]) -> list[tuple[Mention, str, str]]:
    """(test, verb, purpose text) for each test whose name an infinitive of purpose follows."""
    if " to " not in body:
        return []  # cheap test first
    out = []
    for m in ms:
        if not is_marker(m) or m.end - base > len(body):
            continue
        said = _PURPOSE.match(body, m.end - base)
        if said is None or not _OPENS.search(body[: m.start - base]):
            continue  # "used with the blood smear to help diagnose X": the smear goes along
        stop = _STOP.search(body, said.end())
        end = stop.start() if stop else len(body)
        clause = body[: end if stop is None else len(body)]
        if negated(clause[max(0, m.start - base - 30) :]):
            continue  # "A biopsy to diagnose X is not needed"
        verb = " ".join(said.group("v").lower().split())
        # "check for X", "see if X": the verb the objects reader knows, the rest its object
        head = verb.split()[0]
        rest = body[said.end() : end]
        if head in ("see", "look", "screen") or verb.startswith("find out"):
            rest = f"{verb.split(' ', 1)[1] if ' ' in verb else ''} {rest}".strip()
            head = "find" if head != "screen" else "screen"
        elif head == "check":
            rest, head = f"for {rest.strip()}", "check"
        out.append((m, head, rest))
    return out
