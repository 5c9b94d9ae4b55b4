"""Whether a sentence reports research rather than a phase of standard treatment.

A trial's design (its arms, randomisation, comparison), a section headed as research, "Patients
received X" after a sentence about a trial, and a forecast of what practice may become give no
phase fact: what a study gave is not what the phase gives.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.inline_lists import inline_item
from trainer.generator.text import Unit

TRIAL_DESIGN = re.compile(
    r"\b(?:randomly assigned|randomi[sz]ed|versus|vs\.?|compared with|compared to|"
    r"(?:experimental|investigational|treatment) arm|received either|"
    r"phase\s+(?:I{1,3}|IV|[1-4])(?:/(?:I{1,3}|[1-4]))?\s+(?:study|trial)|"
    r"(?:study|trial)\s+(?:included|enrolled|evaluated|tested|compared|assessed|examined|"
    r"investigated)|(?:trials?|studies)\s+(?:have\s+|has\s+)?(?:suggested|shown|showed|found|"
    r"demonstrated)|(?:in|from)\s+the\s+(?:[\w-]+\s+){1,3}?(?:trial|study)\s+of|"
    # "In one study, patients with relapsed melanoma were treated with X", "trials testing new
    # drugs such as X", "lived longer than those who received Y": research and its arms
    r"(?:in|from)\s+(?:a|an|one|this|that|another|two|several|some|these|those|earlier|recent|"
    r"the(?=\s+(?:[\w-]+\s+){0,2}?(?:trials?|stud(?:y|ies))\b))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:trials?|stud(?:y|ies))|(?:trials?|stud(?:y|ies))\s+(?:testing|"
    r"studying|of\s+new)|than\s+(?:those|patients|people|women|men|children|adults)\s+who|"
    # "the 171-patient trial that tested daily X", "... and death in the placebo group"
    r"(?:trials?|stud(?:y|ies))\s+(?:that|which)\s+(?:tested|compared|evaluated|assessed|"
    r"examined|investigated|studied|enrolled)|placebo)\b",
    re.IGNORECASE,
)
# ", as this improved survival in a randomised trial": the evidence for a recommendation, in a
# clause of its own, does not make the recommendation a trial's arm
_JUSTIFICATION = re.compile(r",\s*(?:as|because|since|given that)\b[^;]*$", re.IGNORECASE)
# "the FDA approved X for Y based on results from the Z trial": an approval and its evidence
_APPROVAL_BASED_ON = re.compile(
    r"\b(?:approved|approval|recommended|recommends?)\b[^;]*?(?P<j>,?\s+based\s+on\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:results?|findings|data|evidence)\b[^;]*)$",
    re.IGNORECASE,
)
# "In 2011, based on the initial findings from these trials, the FDA approved X for Y": the
# evidence, in an opening clause of its own
_JUSTIFICATION_LEAD = re.compile(
    r"^\s*(?:(?:in|on)\s+[\w ,]{1,20}?,\s*)?based\s+on\s+[^,;]{1,80},", re.IGNORECASE
)


def reports_a_trial(text: str, at: int | None = None) -> bool:
    """Whether ``text`` describes a trial's design (its arms, randomisation, comparison); with
    ``at``, only the lead-in and the inline list item holding that offset count."""
    if at is not None:
        text = inline_item(text, at)
    text = _JUSTIFICATION.sub("", _JUSTIFICATION_LEAD.sub("", text))
    based = _APPROVAL_BASED_ON.search(text) if "based on" in text.lower() else None
    if based is not None:
        text = text[: based.start("j")]
    return bool(TRIAL_DESIGN.search(text))


# A section that reports research ("Research Results", "The Study", "Clinical Trials Accepting
# Patients"): its drugs are what a study gave, not a phase of the standard treatment.
_RESEARCH_HEADING = re.compile(
    r"^\s*(?:(?:current\s+|ongoing\s+)?research\b|(?:the\s+)?(?:study|trial)\b|"
    r"clinical trials?\b|(?:trial|study) design\b|(?:treatment options? )?under clinical "
    r"evaluation\b)",
    re.IGNORECASE,
)
# "A randomized phase II trial included 130 patients. Patients received X.": the arm of the
# trial the sentence before describes.
_TRIAL_PATIENTS = re.compile(
    r"^\s*(?:all\s+|the\s+)?(?:patients|participants|subjects|children|adults|they|"
    r"(?:wo)?men)\s+(?:\w+\s+){0,2}?(?:received|were (?:given|treated|assigned|randomi[sz]ed))\b",
    re.IGNORECASE,
)
_APPROVED = re.compile(
    r"\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?approved\s+(?:by\s+the\s+"
    r"(?:FDA|Food\s+and\s+Drug\s+Administration)\s+)?(?:in\s+\d{4}\s+)?(?:as|for|to)|"
    r"(?:FDA|Food\s+and\s+Drug\s+Administration)\s+(?:has\s+|have\s+)?approved)\b",
)
_A_TRIAL = re.compile(r"\b(?:trial|study)\b", re.IGNORECASE)


def _titles_run(dc: DocContext, head: Unit, below: Unit | None) -> bool:
    """Whether heading ``below`` follows heading ``head`` with only headings between them (a
    run of titles under one heading), rather than after a section of text of its own."""
    if below is None:
        return False
    return all(dc.units[k].kind == "heading" for k in range(head.index + 1, below.index))


def in_trial_report(dc: DocContext, seg: Segment) -> bool:
    """Whether ``seg`` reports what a study gave rather than a phase of standard treatment: a
    section headed as research, or "Patients received ..." after a sentence about a trial."""
    head: Unit | None = seg.main
    for _ in range(3):  # a run of link titles reads as headings under the research heading
        below = head
        head = dc.heading(head) if head is not None else None
        if head is None or (below is not seg.main and not _titles_run(dc, head, below)):
            break  # a section of its own before this one ("Clinical trials") is no parent
        if _RESEARCH_HEADING.match(head.text):
            # "X was approved by the FDA as adjuvant therapy": an approval a research section
            # reports is the standard it sets, not a trial's arm
            return not _APPROVED.search(seg.body) or reports_a_trial(seg.body)
    if not _TRIAL_PATIENTS.match(seg.body):
        return False
    prev: Unit | None = seg.main
    for _ in range(2):  # "A trial included 130 patients. Patients had ... Patients received X."
        prev = dc.previous(prev) if prev is not None else None
        if prev is None:
            return False
        if TRIAL_DESIGN.search(prev.text) or _A_TRIAL.search(prev.text):
            return True
    return False


# "These data are likely to lead oncologists to use X as second-line treatment": a forecast
# of what practice may become, not what the phase gives
_PREDICTION = re.compile(
    r"\b(?:(?:is|are)\s+(?:likely|expected|poised|set)\s+to\s+(?:lead|change|become|prompt|"
    r"make)|(?:could|might|may)\s+(?:soon\s+)?(?:lead|change\s+(?:clinical\s+)?practice|become\s+"
    r"(?:a|the)\s+(?:new\s+)?standard)|will\s+likely)\b",
    re.IGNORECASE,
)


def predicts(text: str) -> bool:
    """Whether ``text`` forecasts a practice rather than stating one."""
    return _PREDICTION.search(text) is not None
