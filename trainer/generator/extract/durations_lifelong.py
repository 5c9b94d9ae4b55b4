"""Whether "for the rest of their lives" tells the length of the page's treatment.

A lifelong course is read by :func:`.durations.lifelong`. Three readings of it are not the
length of the disease's treatment:

* the clause denies it: "Lifelong treatment with these medicines is not needed" (the negation
  comes after the span, where the look-back of :func:`.durations.lifelong` does not reach);
  no fact;
* the sentence's subject is a thing, not the patients or their disease: "Mechanical valves
  require you to take blood thinners for life", "A transplant means taking medicines for the
  rest of your life": the course a device or an operation brings with it, not the treatment
  of the page's disease as a whole; a draft;
* the medicines are taken for life to prevent a consequence: "You will take medicines for the
  rest of your life to lower the risk of rejection / to prevent clots": a preventive course
  (of a transplant, a valve, a complication), which a card would give as the whole treatment's
  length; a draft.

The two last readings are uncertain rather than wrong (a page may mean its own disease's
course), so they reach the fact review as drafts with the reason, below the card threshold.
"""

from __future__ import annotations

import re

from trainer.generator.extract.patterns import negated

# Where the clause holding the span ends: its sentence, or a contrast
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)|\s+(?:but|whereas|while|although|though)\b", re.I)

# "X require(s) / mean(s) you (to) take ...": X, the sentence's subject, makes the course
_SUBJECT_MAKES = re.compile(
    r"^\s*(?:[\w,'’-]+\s+){0,8}?(?P<verb>require|requires|mean|means|involve|involves|"
    r"need|needs|make|makes)\s+(?:that\s+)?(?:you|patients|people|them|the\s+person|the\s+patient|"
    r"he|she|taking|lifelong)\b",
    re.IGNORECASE,
)
# A subject that is the patients or their disease: the course is the disease's
_PEOPLE_OR_DISEASE = re.compile(
    r"\b(?:people|persons?|patients?|children|adults|women|men|you|everyone|anyone|those|"
    r"disease|condition|disorder|illness|syndrome|infection|deficiency|cancer)\b",
    re.IGNORECASE,
)
# "... for the rest of your life to reduce the risk of rejection / to prevent blood clots"
_PREVENTS = re.compile(
    r"^[^.;!?]{0,40}?\b(?:to|in\s+order\s+to|which|that)\s+(?:help\s+)?(?:prevent|prevents|"
    r"stop|stops|reduce|reduces|lower|lowers|decrease|decreases|avoid|avoids)\b"
    r"(?!\s+(?:the\s+)?(?:symptoms?|signs?)\b)",
    re.IGNORECASE,
)


def denied_after(text: str, end: int) -> bool:
    """Whether the clause after a lifelong span denies it: "lifelong treatment ... isn't
    required", "for the rest of their lives is not necessary"."""
    stop = _CLAUSE_END.search(text, end)
    return negated(text[end : stop.start() if stop else len(text)])


def doubt(body: str, start: int, end: int) -> str | None:
    """Why a lifelong span of the whole treatment at ``start:end`` of ``body`` may be another
    course's (a device's or an operation's, a preventive one), or None."""
    subj = _SUBJECT_MAKES.match(body[:start])
    if subj is not None and not _PEOPLE_OR_DISEASE.search(body[: subj.start("verb")]):
        return "a lifelong course a device or an operation brings, not the whole treatment's"
    if _PREVENTS.match(body[end:]):
        return "a lifelong course to prevent a consequence, not the whole treatment's"
    return None
