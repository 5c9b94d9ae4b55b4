"""symptom_cause from a complication and its signs standing side by side, one of them in brackets.

Where a nurse is told what to watch for, the text pairs a complication with its signs: "Watch
for pancreatitis (abdominal pain)", "Report breathlessness or chest pain (pleural effusion)".
The brackets, not the words, tell which is which. Read by :mod:`.symptoms`.
"""

from __future__ import annotations

import re

from trainer.generator.extract import phrases
from trainer.generator.extract.context import DocContext
from trainer.generator.extract.patterns import split_list

# Where a nurse is told what to watch for, a complication and its signs stand side by side,
# one of them in brackets.
_WATCH = re.compile(
    r"\b(?:watch(?:ing)?\s+(?:out\s+)?for|look\s+out\s+for|observe\s+for|monitor\s+for|"
    r"report|signs?\s+of|symptoms?\s+of)\b",
    re.IGNORECASE,
)
_BRACKET = re.compile(r"\((?P<in>[^()]{2,80})\)")


def bracketed(dc: DocContext, body: str) -> list[tuple[str, list[str], float]]:
    """ "Watch for pancreatitis (abdominal pain)", "signs of veno-occlusive disease (weight
    gain, jaundice)": a complication, its signs in brackets. "Report breathlessness or chest
    pain (pleural effusion)": signs, the complication in brackets; every sign must be a name."""
    watch = _WATCH.search(body)
    if watch is None:
        return []
    out: list[tuple[str, list[str], float]] = []
    for b in _BRACKET.finditer(body, watch.end()):
        before = body[: b.start()].rstrip()
        named = [x for x in dc.find(before) if x.end == len(before)]
        hit = named[-1].hit("condition") if named else None
        if hit is not None and hit.type == "complication":
            signs = phrases.symptoms(dc, b.group("in"))
            if signs:
                out.append((hit.name, signs, 0.7))
            continue
        complication = _complication(dc, b.group("in"))
        if complication is None:
            continue
        start = max([watch.end(), *(m.end() for m in re.finditer(r"[.;:,]\s", before))])
        signs = every_member_named(dc, before[start:])
        if signs:
            out.append((complication, signs, 0.7))
    return out



def every_member_named(dc: DocContext, text: str) -> list[str]:
    """The symptoms a list names, or none unless every member is a symptom the lexicon knows
    (the list's start is only guessed, so one unknown member means a wrong guess)."""
    named = [phrases.symptoms(dc, member) for member in split_list(text.strip())]
    if not named or not all(named):
        return []
    return [sign for found in named for sign in found]


def _complication(dc: DocContext, text: str) -> str | None:
    for h in dc.lexicon.lookup(text.strip()):
        if h.kind == "condition" and h.type == "complication":
            return h.name
    return None
