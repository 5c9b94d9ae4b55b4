"""Drugs named as a treatment the disease already failed on ("has not gotten better after
treatment with X or Y", "resistant to X"): history of the patient, not what a phase gives."""

from __future__ import annotations

import re

from trainer.generator.lexicon import Mention

# "has not gotten better after treatment with X or Y", "progressed on X and Y", "resistant to X":
# a treatment the disease already failed on, which the phase does not give
_FAILED_ON = re.compile(
    r"\b(?:(?:not|n['’]t)\s+(?:gotten|got|get|become|been)\s+better|stopped\s+working|"
    r"progress(?:ed|ing)|worsened|(?:got|gotten|become)\s+worse|failed|"
    r"(?:not|n['’]t)\s+respond(?:ed)?)\s+"
    r"(?:after|with|on|despite|during|to|while\s+(?:taking|on|receiving))\s+"
    r"(?:(?:treatment|therapy)\s+with\s+)?"
    r"|\b(?:resistant|refractory|intolerant)\s+(?:to|of)\s+"
    r"|\b(?:previously|already)\s+(?:been\s+)?treated\s+with\s+"
    r"|\bafter\s+(?:prior\s+)?(?:treatment|therapy)\s+with\s+",
    re.IGNORECASE,
)
# what may stand between such a cue and the drug: only a run of names joined by commas, and, or
_NOT_A_NAME_RUN = re.compile(
    r"[.;:()]|\b(?:is|are|was|were|be|it|they|used|given|then|now|who|which|that|in|for|"
    r"treated|plus|followed|may|can|could|should|will|would|from|such|as|with|by|to|has|have|"
    r"had|whose|when|receiv\w*|get|gets|take\w*|us(?:e|es|ing)|giv\w*|benefit\w*)\b",
    re.IGNORECASE,
)


def failed_before(text: str, m: Mention) -> bool:
    """The drug is one of those the disease already failed on (prior treatment, not this phase)."""
    window = text[max(0, m.start - 160) : m.start]
    cues = list(_FAILED_ON.finditer(window))
    if not cues:
        return False
    cue = cues[-1]  # the nearest cue: a run of names joined by and/or follows it
    between = window[cue.end() :]
    return len(between) < 80 and not _NOT_A_NAME_RUN.search(between)
