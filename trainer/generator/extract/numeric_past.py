"""numeric: figures of the past, which no card should teach as today's, and figures of the
untreated disease, which a card must say are so.

"The disorder was originally thought to have a mortality rate of 50 percent", "Before
effective treatment, as many as 5 percent of these patients developed it", "In the past,
survival was 10 percent": the figure held once, or was believed once, and the sentence says so.
A card would give it as the current figure. The clause that states it gives nothing; a figure
in another clause of the same sentence ("...; today it is above 90 percent") is read as usual.
"""

from __future__ import annotations

import re

# Words that set a figure in the past, or make it a former belief
_PAST = re.compile(
    r"\b(?:originally|historically|in\s+the\s+past|in\s+earlier\s+"
    r"(?:years|decades|times)|used\s+to\s+(?:be|have)|(?:was|were)\s+(?:once\s+|originally\s+|"
    r"previously\s+|long\s+)?(?:thought|believed|considered|estimated)\s+to|once\s+(?:thought|"
    r"believed|considered|was|were|had))\b|"
    # "before the advent of antibiotics", "prior to effective antiretroviral therapy"
    r"\b(?:prior\s+to|before)\s+(?:the\s+)?(?:(?:advent|introduction|availability|development|"
    r"discovery|era|widespread\s+use)\s+of|(?:effective|modern|current|today's|newer|new)\s)",
    re.IGNORECASE,
)
# Where a clause of the past ends: the sentence, or a turn to the present
_TURN = re.compile(
    r"[.;!?](?:\s|$)|\b(?:but|however|whereas|while|today|now|currently|nowadays)\b", re.I
)


def in_the_past(text: str, pos: int) -> bool:
    """Whether the clause of ``text`` holding ``pos`` (a figure) sets it in the past."""
    starts = [t.end() for t in _TURN.finditer(text, 0, pos)]
    start = starts[-1] if starts else 0
    stop = _TURN.search(text, pos)
    return bool(_PAST.search(text, start, stop.start() if stop else len(text)))


def of_the_past(text: str) -> bool:
    """Whether a sentence sets its figures in the past and turns to no present."""
    return bool(_PAST.search(text)) and not any(
        t.group(0).strip(".;!? ") for t in _TURN.finditer(text)
    )


# "Without treatment, the mortality rate is about 30 percent", "untreated, it kills half"
_UNTREATED = re.compile(
    r"\b(?:without\s+(?:any\s+|prompt\s+|proper\s+)?(?:treatment|therapy)|untreated|if\s+(?:it\s+is\s+|"
    r"left\s+)?(?:not\s+treated|untreated))\b",
    re.IGNORECASE,
)


def untreated(text: str, pos: int, qualifier: str | None) -> str | None:
    """The qualifier of a figure at ``pos``: "without treatment" added when its clause says the
    figure is the untreated disease's (a card would give it as the figure under care)."""
    starts = [t.end() for t in _TURN.finditer(text, 0, pos)]
    start = starts[-1] if starts else 0
    stop = _TURN.search(text, pos)
    if not _UNTREATED.search(text, start, stop.start() if stop else len(text)):
        return qualifier
    return "without treatment" if qualifier is None else f"{qualifier}, without treatment"
