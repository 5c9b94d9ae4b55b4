"""Prognostic factors a sentence states of the outlook itself, read by :mod:`.prognosis`:

* "The histology of the tumor affects the prognosis": the sentence's subject is the factor;
* "Most cases can usually be cured if found and treated early": the condition of the cure is
  a factor of a better prognosis;
* "Early treatment leads to better outcomes": the subject, with the direction stated.

A category ("Certain factors affect prognosis"), a pronoun ("This affects the outlook"), the
treatment in general, and a negated or hedged clause give nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.patterns import NEGATION, clean_phrase, drop_parens
from trainer.generator.extract.prognosis_phrases import direction, factor

_AFFECTS = re.compile(
    r"^(?P<np>(?:the|a|an|your)?\s*[\w\s'’-]{3,60}?)\s+(?:(?:also|strongly|greatly)\s+)?"
    r"(?:affects?|influences?|determines?|predicts?)\s+(?:the\s+|a\s+patient's\s+|your\s+)?"
    r"(?:prognosis|outlook|chances?\s+of\s+recovery)\b",
    re.IGNORECASE,
)
# "... can usually be cured if found and treated early", "... are usually cured if found early"
_CURED_IF = re.compile(
    r"\b(?:can\s+(?:usually\s+|often\s+)?be\s+|(?:is|are)\s+(?:usually\s+|often\s+)?)cured\s+"
    r"(?:if|when)\s+(?:it\s+is\s+|they\s+are\s+)?(?P<f>(?:found|diagnosed|detected|treated)\b"
    r"[\w\s]{0,30}?)\s*$",
    re.IGNORECASE,
)
# "Early treatment leads to better outcomes", "Continued smoking leads to a worse outlook"
_LEADS_TO = re.compile(
    r"^(?P<np>[\w\s'’-]{3,50}?)\s+(?:leads?|led)\s+to\s+(?:an?\s+)?(?P<d>better|improved|"
    r"worse|poorer|poor|good)\s+(?:outcomes?|prognosis|outlook|survival)\b",
    re.IGNORECASE,
)
# What cannot be a factor of its own disease's outlook: the treatment in general, a category
# of factors, a pronoun, a clause
_NOT_FEATURE = re.compile(
    r"^(?:it|this|that|these|they|treatment|therapy|several|many|certain|some|other|factors?|"
    r"things)\b|\b(?:factors?|things)$|\b(?:that|which|who)\b",
    re.IGNORECASE,
)
# "Studies show that ...": the reporting words before the clause
_REPORTED = re.compile(
    r"^(?:(?:studies|research|evidence|data)\s+(?:have\s+|has\s+)?(?:show|shows|shown|found|"
    r"suggest|suggests)\s+(?:that\s+)?)",
    re.IGNORECASE,
)


def outcome_clauses(dc: DocContext, sentences: list[str]) -> list[tuple[str, float]]:
    """Factors the sentences state of the outlook, each with its confidence."""
    found: list[tuple[str, float]] = []
    for sentence in sentences:
        text = drop_parens(sentence).strip().rstrip(".")
        if NEGATION.search(text):
            continue
        aff = _AFFECTS.match(text)
        if aff:
            f = factor(dc, aff.group("np"))
            if f and not _NOT_FEATURE.search(f):
                found.append((f, 0.75))
        cured = _CURED_IF.search(text)
        if cured:
            found.append((f"{clean_phrase(cured.group('f'))} (better prognosis)", 0.75))
        led = _LEADS_TO.match(_REPORTED.sub("", text))
        if led:
            f = factor(dc, led.group("np"))
            d = direction(led.group("d")) or (
                "better prognosis" if led.group("d").lower() == "improved" else None
            )
            if f and d and not _NOT_FEATURE.search(f):
                found.append((f"{f} ({d})", 0.75))
    return found
