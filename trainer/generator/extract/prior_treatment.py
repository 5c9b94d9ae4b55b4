"""Drugs named as a treatment the disease already failed on ("has not gotten better after
treatment with X or Y", "resistant to X") or the patients already had ("whose cancer was
treated with X", "who have received chemotherapy that included X"): history of the patient,
not what a phase gives.

Also the sentences that state no phase of today's treatment at all: the patients' history
("had received", "women who had adjuvant therapy"), the past of practice ("in the past"), a
trial's entry criteria ("to be eligible"), and an open question or a hope ("whether", "is
debated", "hope that"); a course already completed ("after they completed 5 years of X"); and
drugs named but not given (an exception, a time point, the source of side effects)."""

from __future__ import annotations

import re

from trainer.generator.extract.guards import may_hold
from trainer.generator.lexicon import Mention

# "treatment that included X", "chemotherapy with X": the course named before the drugs it held
_COURSE_OF = (
    r"(?:(?:[\w-]+\s+){0,2}?(?:treatment|therapy|chemotherapy|regimen)\s+(?:with|(?:that|which)\s+"
    r"include[sd]?|including|containing)\s+(?:an?\s+)?)?"
)
# "has not gotten better after treatment with X or Y", "progressed on X and Y", "resistant to X":
# a treatment the disease already failed on, which the phase does not give
_FAILED_ON = re.compile(
    r"\b(?:(?:not|n['’]t)\s+(?:gotten|got|get|become|been)\s+better|stopped\s+working|"
    # "has progressed or recurred despite treatment with X"
    r"(?:progressed\s+or\s+|relapsed\s+or\s+)?(?:recurred|relapsed)|"
    r"progress(?:ed|ing)|worsened|(?:got|gotten|become)\s+worse|failed|grew|"
    r"(?:kept|continued\s+to)\s+grow(?:ing)?|"
    r"(?:not|n['’]t)\s+respond(?:ed)?)\s+"
    rf"(?:after|with|on|despite|during|to|while\s+(?:taking|on|receiving))\s+{_COURSE_OF}"
    # "refractory to treatment with X": the course named before the drugs the disease resisted
    rf"|\b(?:resistant|refractory|intolerant)\s+(?:to|of)\s+{_COURSE_OF}"
    rf"|\b(?:previously|already)\s+(?:been\s+)?treated\s+with\s+{_COURSE_OF}"
    rf"|\bafter\s+(?:prior\s+)?(?:treatment|therapy)\s+(?:with|(?:that|which)\s+include[sd]?|"
    r"including|containing)\s+"
    # "patients whose cancer was treated with X but it no longer works", "who have received
    # chemotherapy that included X": the course the patients had, told in a relative clause
    r"|\b(?:who|that|which|whose\s+[\w-]+)\s+(?:was|were|(?:has|have)\s+(?:already\s+|"
    rf"previously\s+)?been)\s+treated\s+with\s+(?:an?\s+)?{_COURSE_OF}"
    rf"|\b(?:who|that)\s+(?:(?:has|have)\s+)?(?:already\s+|previously\s+)?received\s+{_COURSE_OF}"
    r"|\b(?:has|have)\s+(?:already\s+|previously\s+)?received\s+(?:treatment|therapy)\s+with\s+",
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
    if "," in between and not re.search(r"\b(?:and|or)\b", between) and _MAIN_VERB.match(
        text, m.end
    ):
        return False  # "For cancer that progressed after X, Y is given": Y opens the main clause
    return len(between) < 80 and not _NOT_A_NAME_RUN.search(between)


_MAIN_VERB = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:is|are|may|can|should|will|could|might|has|have)\b", re.I
)


# "Patients in the trial had received induction with X", "Children who had been treated for
# relapsed leukaemia with X had more infections", "In the past, maintenance lasted 3 years":
# a treatment told as the patients' history or the past of practice (past perfect, or a time
# long gone), not a phase of the treatment the page recommends.
_HISTORY = re.compile(
    r"\bhad\s+(?:already\s+|previously\s+|all\s+|also\s+|first\s+)?(?:been\s+(?:treated|given)|"
    r"received|undergone|completed|finished|taken)\b|"
    r"\b(?:in\s+the\s+past|formerly|historically|in\s+earlier\s+years)\b|\bused\s+to\s+be\b|"
    # "Women who had adjuvant therapy for 5 years may continue": the group's history
    r"\b(?:who|that)\s+(?:already\s+|previously\s+)?(?:had|took|completed|finished)\s+"
    r"(?:(?:the|their|her|his)\s+)?(?:[\w-]+\s+){0,2}?(?:therapy|treatment|chemotherapy|induction|"
    r"consolidation|maintenance|intensification|course|regimen)\b",
    re.IGNORECASE,
)
# "To be eligible, patients must have completed ...", "were enrolled": a trial's entry
# criteria name the treatment patients had before, not the phase the trial or page gives.
_ELIGIBILITY = re.compile(
    r"\b(?:to\s+be\s+eligible|(?:were|was)\s+eligible|eligibility|eligible\s+(?:for|to\s+"
    r"(?:join|enter))\s+(?:the\s+|this\s+|a\s+|clinical\s+)*(?:trials?|stud(?:y|ies))|"
    r"enrol(?:l|ls|led|ling|ment)?|inclusion\s+criteria|exclusion\s+criteria)\b",
    re.IGNORECASE,
)


# the words without which neither expression above can match (see :mod:`.guards`)
_HISTORY_WORDS = ("had", "past", "formerly", "historically", "earlier", "used", "took",
                  "completed", "finished", "eligib", "enrol", "criteria")


def recounts_history(text: str) -> bool:
    """Whether ``text`` tells the patients' treatment history or a trial's entry criteria."""
    if not may_hold(text, _HISTORY_WORDS):
        return False  # most sentences: no scan
    return bool(_HISTORY.search(text) or _ELIGIBILITY.search(text))


# "Whether induction should include X is still debated", "Scientists hope that X will replace
# salvage chemotherapy": an open question or a hope, not the treatment the page states
_OPEN_QUESTION = re.compile(
    r"\b(?:whether|debated?|controvers\w*|unclear|not\s+(?:yet\s+)?(?:known|clear|established)|"
    r"unknown|hopes?|hoped|hoping|someday)\b",
    re.IGNORECASE,
)


def open_question(text: str) -> bool:
    """Whether ``text`` asks or hopes rather than states."""
    return bool(_OPEN_QUESTION.search(text))


# "after they completed five years of tamoxifen", "once patients have finished 2 years of X":
# a course the patients completed before what the sentence tells, a point in time (and a
# treatment already behind them), not the length of the phase the sentence is about
_COMPLETED = re.compile(
    r"\b(?:after|once|when|having|who\s+(?:have|had|has))\s+(?:(?:they|patients|she|he|you|"
    r"we|women|men|children|people|the\s+[\w-]+)\s+)?(?:have\s+|had\s+|has\s+)?"
    r"(?:complet(?:ed|ing|es?)|finish(?:ed|ing|es)?|end(?:ed|ing)|stopp(?:ed|ing))\s+"
    r"(?:the\s+|their\s+|her\s+|his\s+|your\s+|a\s+)?(?:full\s+)?$",
    re.IGNORECASE,
)


def completed_before(before: str) -> bool:
    """Whether the text just before a span of treatment makes it a course already completed
    ("after they completed | five years of tamoxifen")."""
    return bool(_COMPLETED.search(before))


# "(for people previously treated with X)": a bracket that tells the patients' earlier treatment
_PRIOR = re.compile(
    r"\b(?:previously|already|prior|earlier|before|after)\b|\bhad (?:received|been treated)",
    re.IGNORECASE,
)


def named_not_given(text: str, m: Mention) -> bool:
    """Drug named as an exception or an alternative that is not used, or as a treatment the
    patient had before ("nivolumab (for people previously treated with sunitinib)")."""
    opening = text.rfind("(", 0, m.start)
    if opening >= 0 and text.find(")", opening) > m.start and _PRIOR.search(
        text[opening : m.start]
    ):
        return True
    if failed_before(text, m) or _FAILED_AS_ADJECTIVE.match(text, m.end):
        return True  # "... after X", "X-resistant tumours": what the disease failed on
    before = text[max(0, m.start - 25) : m.start]
    if re.search(r"\b(?:instead of|rather than|except|other than|(?<!with or )without|avoid\w*|"
                 r"allergic to|hypersensitivity to|resistan\w+ to|intoleran\w+ (?:of|to)|"
                 r"respond(?:ed|s)? to|(?:side|late|adverse)[- ]effects? (?:of|from)|"
                 r"toxicit(?:y|ies) (?:of|from)|caused by)\s+(?:\w+\s+)?$",
                 before, re.IGNORECASE):  # fmt: skip
        return True  # "... side effects of vincristine": what harms, not what the phase gives
    if _LOWERED.search(text, max(0, m.start - 45), m.start):
        return True  # "to lower cortisol": the hormone the drug acts on, not one given
    # "before surgery or radioiodine therapy", "after imatinib": a point in time, not a drug given
    return bool(_TIME_POINT.search(text[max(0, m.start - 45) : m.start]))


_LOWERED = re.compile(
    r"\bto\s+(?:help\s+)?(?:lower|reduce|raise|increase|decrease|block|normali[sz]e|control)\s+"
    r"(?:the\s+|your\s+|their\s+|his\s+|her\s+)?(?:(?:levels?|amount|production)\s+of\s+)?$",
    re.IGNORECASE,
)


# "imatinib-resistant tumours", "platinum-refractory disease", "sunitinib-pretreated patients"
_FAILED_AS_ADJECTIVE = re.compile(
    r"-(?:resistant|refractory|intolerant|pretreated|exposed|failed)\b", re.IGNORECASE
)
_TIME_POINT = re.compile(
    r"\b(?:before|after|prior to|following)\s+(?:the\s+)?$|\b(?:before|after|prior to)\s+"
    r"(?:(?!with\b|using\b)[\w-]+\s+){1,3}?(?:or|and)\s+$",
    re.IGNORECASE,
)

