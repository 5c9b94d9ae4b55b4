"""Whether a figure is the page's own finding, or one group's, one arm's or one study's.

A figure stated under a condition ("if found early, 90 percent ..."), a comparator arm's figure
set beside the first arm's, and a figure in a run of study reports after an "Evidence" line
are not the disease's headline figures; :mod:`.numeric` gives them no card.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment

# A condition the figure holds under: "when it is found early, 98 percent of women ...", "...
# are alive 5 years later if the cancer has not spread"
# ("a period when the child is symptom-free": "when" after a noun of time opens a relative
# clause, no condition)
_CONDITION = re.compile(
    r"(?<!period )(?<!time )(?<!times )(?<!point )(?<!age )(?<!stage )"
    r"\b(?:when|if|once|as long as|provided)\b",
    re.IGNORECASE,
)
# a sentence's end, perhaps with its footnote number run on ("for 6 weeks.2 Remission ...")
_SENTENCE_BREAK = re.compile(r"[.;!?]\d{0,2}(?:\s|$)")


def conditional(text: str, m: re.Match[str]) -> bool:
    """Whether the sentence holding a figure states a condition it holds under: the figure is
    then one group's (an early stage, a treated case), not the disease's headline figure."""
    breaks = [b.end() for b in _SENTENCE_BREAK.finditer(text, 0, m.start())]
    start = breaks[-1] if breaks else 0
    stop = _SENTENCE_BREAK.search(text, m.end())
    sentence = text[start : stop.start() if stop else len(text)]
    return bool(_CONDITION.search(sentence))


# A study's own groups named in a sentence, and the contrast that turns to the other group
_STUDY_GROUP = re.compile(r"\b(?:group|arm|placebo|control)s?\b", re.IGNORECASE)
_CONTRAST = re.compile(
    r"\b(?:whereas|compared (?:with|to)|versus|vs\.?|while|than (?:in )?(?:the|those))\b",
    re.IGNORECASE,
)


def comparator(text: str, m: re.Match[str]) -> bool:
    """Whether a figure is the comparator's in a sentence that sets two study groups side by
    side ("the combination group had 67 percent, whereas the placebo group had 51 percent"):
    its measure is the first group's and a card would give the comparator's figure to it."""
    breaks = [b.end() for b in _SENTENCE_BREAK.finditer(text, 0, m.start())]
    start = breaks[-1] if breaks else 0
    stop = _SENTENCE_BREAK.search(text, m.end())
    sentence = text[start : stop.start() if stop else len(text)]
    return bool(_STUDY_GROUP.search(sentence)) and bool(
        _CONTRAST.search(text, start, m.start())
    )


# "Evidence (chemotherapy with or without other therapy):" opens a run of study reports
_EVIDENCE = re.compile(r"^\s*(?:evidence|results of (?:the|a) (?:trial|study))\b", re.IGNORECASE)
_LOOK_BACK = 60  # units; a study report runs for a few paragraphs, not a whole document


def under_evidence(dc: DocContext, seg: Segment) -> bool:
    """Whether the segment sits in a run of study reports: after an "Evidence ...:" line in the
    same section, with no heading between."""
    units = dc.units
    for k in range(seg.main.index, max(-1, seg.main.index - _LOOK_BACK), -1):
        u = units[k]
        if u.kind == "heading" or u.section != seg.main.section:
            return False
        if _EVIDENCE.match(u.text):
            return True
    return False
