"""Prognostic factors stated as the condition of a good or poor outcome, read by
:mod:`.prognosis_outcomes`:

* how well treatment works, by when it starts: "Treatment is more likely to be effective if
  started early" -> "early treatment", "Treatment works best when X is diagnosed early" ->
  "early diagnosis", "... if started in the first three days of symptoms" -> "treatment started
  in the first three days of symptoms";
* the outlook with its direction and condition: "The outlook is better when the disease is
  found early", "The prognosis is poorer for people who have A", "The chance of recovery is
  good if the tumour is removed completely" (a condition that is not a group or a timing gives
  nothing: the card could not name it).

Each reading is (factor words, direction, where the factor lies in the text). A treatment
named by a drug ("This drug is most effective when taken within 12 hours") or said of
another disease ("Cancer treatment is more effective when ...") is left to the caller to
reject by its names.
"""

from __future__ import annotations

import re

# "Treatment is more likely to be effective if started early in the course of disease"
_EFFECTIVE_IF = re.compile(
    # (treatment as such: "Cancer treatment works best ..." may be another disease's)
    r"^\s*(?P<np>(?:the\s+|your\s+)?(?:treatment|therapy)(?:\s+for\s+[\w\s'’-]{1,40}?)?)\s+"
    r"(?:(?:is|are)\s+(?:usually\s+|often\s+|generally\s+|also\s+)?(?:more\s+likely\s+to\s+be\s+|"
    r"most\s+|more\s+)?(?:effective|successful)(?:\s+at\s+[\w\s]{1,40}?)?|works?\s+best)\s+"
    r"(?:if|when)\s+(?P<c>[^,;]{3,80})$",
    re.IGNORECASE,
)
_STARTED = re.compile(
    r"^(?:it\s+is\s+|they\s+are\s+)?(?:started|given|begun|initiated)\s+(?P<t>.+)$"
    # "treatment begins early", "people who receive treatment early"
    r"|^(?:(?:the\s+|your\s+)?(?:treatment|therapy)\s+(?:begins|starts|is\s+started|is\s+begun)"
    r"|(?:receive|get|start|begin)\s+(?:the\s+)?(?:treatment|therapy|care))\s+(?P<t2>.+)$",
    re.I,
)
_FOUND_EARLY = re.compile(
    r"^(?:.{0,60}?\s)?(?:is\s+|are\s+)?(?:diagnosed|found|detected|caught|finds?\s+(?:it|the\s+"
    r"(?:disease|cancer|condition))|diagnoses?\s+(?:it|the\s+(?:disease|cancer|condition)))\s+"
    r"(?:early|promptly)\b",
    re.IGNORECASE,
)
_OUTLOOK = (
    r"(?:prognosis|outlook|outcomes?|chances?\s+of\s+(?:a\s+(?:full\s+)?)?(?:recovery|survival|cure))"
)
# "The outlook is better when ...", "The prognosis is generally poorer for people who ..."
_OUTLOOK_IS = re.compile(
    rf"^\s*(?:the\s+|your\s+)?{_OUTLOOK}\s+(?:for\s+[\w\s'’-]{{1,40}}?\s+)?"
    r"(?:is|are|tends?\s+to\s+be)\s+(?:usually\s+|generally\s+|often\s+|much\s+|very\s+)?"
    r"(?P<d>better|worse|good|poor|poorer|excellent|best|worst|favou?rable)\s+"
    r"(?:(?P<cond>if|when)\s+(?P<c>[^,;]{3,80})|(?:for|in|among)\s+(?:people|patients|those|"
    r"persons|children|adults)\s+(?:who\s+(?:have|has|are)\s+|with\s+|who\s+(?=(?:receive|get|"
    r"start|begin)\s))(?P<g>[^,;]{2,60}))$",
    re.IGNORECASE,
)


def effective_if(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """ "Treatment is more likely to be effective if started early" -> "early treatment"."""
    m = _EFFECTIVE_IF.match(text)
    if m is None:
        return []
    f = _timing(m.group("c"))
    return [(f, "better prognosis", m.span("np"))] if f else []


def outlook_is(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """ "The outlook is better when the disease is found early" -> "early diagnosis"."""
    m = _OUTLOOK_IS.match(text)
    if m is None:
        return []
    d = m.group("d").lower()
    way = "better prognosis" if d in ("better", "good", "excellent", "best", "favorable",
                                      "favourable") else "poorer prognosis"
    if m.group("g"):
        # "for people who receive treatment early": the timing, named as care
        timed = _timing(m.group("g"))
        return [(timed or m.group("g"), way, m.span("g"))]
    f = _timing(m.group("c"))
    return [(f, way, m.span("c"))] if f else []


def _timing(condition: str) -> str | None:
    """The factor a timing condition names: "started early in the course" -> "early
    treatment", "started in the first three days of symptoms" -> "treatment started in the
    first three days of symptoms", "the disease is found early" -> "early diagnosis"."""
    c = condition.strip()
    started = _STARTED.match(c)
    if started:
        t = (started.group("t") or started.group("t2")).strip()
        if re.match(r"(?:early|promptly|quickly|right\s+away|immediately)\b", t, re.I):
            return "early treatment"
        if re.match(r"(?:in|within|during)\s+the\s+first\b", t, re.I):
            return f"treatment started {t}"
        return None
    if _FOUND_EARLY.match(c):
        return "early diagnosis"
    return None
