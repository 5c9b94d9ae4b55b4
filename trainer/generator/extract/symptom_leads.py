"""How a symptom list's lead-in is read as a structure rather than as one fixed wording.

Two things a lead-in may hold that do not change whose symptoms the list gives:

* words that only point at the list: "may include the following:", "one or more of the
  following symptoms:", "any of the following signs:" say no more than "may include:" or
  "symptoms:" do; :func:`plain_lead` drops them, so the readers of "Symptoms of X include:" also
  read "Symptoms of X include the following:";
* a predicate coordinated before the list's own verb: "Symptoms of X can vary from person to
  person and may include:" states of the same subject what "Symptoms of X may include:" states;
  :func:`plain_lead` keeps the subject and the last predicate.

A lead-in that promises symptoms to the people who have them ("With progression to X, people
may have the following symptoms:", "People may have one or more of the following signs of
X:") lists the symptoms of the one condition it names: :func:`promised_condition`. A lead-in
naming several conditions, or a treatment ("After surgery for X, people may have"), names no
one whose symptoms these surely are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.generator.extract.context import DocContext

_SIGNS = r"(?:signs?\s+and\s+symptoms?|symptoms?\s+and\s+signs?|symptoms?|signs?)"
# "one or more of the following", "any of the following", "some of the following", "the
# following": a pointer at the list, whatever quantifier opens it
_POINTER = re.compile(
    r"\b(?:(?:one\s+or\s+more|more\s+than\s+one|any|some|all|each|many|several|two\s+or\s+more)"
    r"\s+of\s+)?the\s+following\b\s*(?=" + _SIGNS + r"\b|:|$)",
    re.IGNORECASE,
)
# "... can vary depending on a person's age and may include": a first predicate coordinated
# before the list's verb; the subject is both predicates'
_MODAL = r"(?:can|may|might|often|usually|commonly|typically|also|will|sometimes)"
_COORDINATED = re.compile(
    rf"\s+{_MODAL}\s+(?!include)\w+[^:;.]{{0,80}}?\s+and\s+(?=(?:{_MODAL}\s+)*(?:include|"
    r"includes|be|are)\b)",
    re.IGNORECASE,
)


# "may include the following and require prompt care:": a second predicate after the pointer
# says what to do about the symptoms, not which they are; the lead-in ends at the pointer
_POINTER_AND = re.compile(r"\bthe\s+following\s+and\s+[^:;.]{3,80}?(?=:\s*$)", re.IGNORECASE)


# "may include the symptoms of early X and": the list adds to another list, and its items are
# the subject's as much as that list's are
_AS_WELL_AS = re.compile(
    rf"\b(?P<v>include|includes)\s+(?:all\s+)?(?:of\s+)?the\s+(?:same\s+)?{_SIGNS}\s+of\s+"
    r"[^:;.()]{3,60}?\s+(?:and|plus|as\s+well\s+as)\s*(?P<c>:?)\s*$",
    re.IGNORECASE,
)
# a bracketed aside after the subject, "Symptoms of advanced X (X that has spread) may
# include": what the name means, no part of it
_ASIDE = re.compile(r"\s*\([^()]{3,120}\)(?=\s+(?:\w+\s+){0,2}(?:include|includes|are)\b)")


def plain_lead(text: str) -> str:
    """The lead-in with its pointer words and a coordinated first predicate dropped: "Symptoms
    of X can vary by age and may include the following:" -> "Symptoms of X may include:"; a
    predicate after the pointer ("the following and need care:") goes with it; so do a
    bracketed aside after the subject and the other list a list adds to ("may include the
    symptoms of early X and" -> "may include")."""
    low = text.lower()
    out = text
    if "(" in out:
        out = _ASIDE.sub("", out)
    if " and" in low or "plus" in low or "as well as" in low:
        out = _AS_WELL_AS.sub(lambda m: f"{m.group('v')}{m.group('c')}", out)
    if "following" in low:
        out = _POINTER_AND.sub("the following", out)
        out = " ".join(_POINTER.sub("", out).split())
        out = re.sub(r"\s+:", ":", out)
    if " and " in low:
        out = _COORDINATED.sub(" ", out, count=1)
    return out


# The people have the symptoms the list gives: "may have (one or more of the following)
# symptoms", "experience (more than one of the following) symptoms"
_PROMISE = re.compile(
    r"\b(?:people|persons|patients|children|adults|men|women|someone|a person|you|they|those)\b"
    rf"[^.:;]{{0,60}}?\b{_MODAL}?\s*(?:have|has|experience|experiences|develop|develops|get|"
    rf"notice|show)\s+(?:(?:early|common|other|typical|these|new)\s+)?{_SIGNS}\s*:?\s*$",
    re.IGNORECASE,
)
# a treatment or a test the symptoms may come from: their cause is not the condition named
_TREATMENT = re.compile(
    r"\b(?:surgery|operation|treatment|therapy|chemotherapy|radiation|medicines?|medications?|"
    r"drugs?|transplant|vaccin\w*|injections?|procedure|test)\b",
    re.IGNORECASE,
)


def promised_condition(
    dc: DocContext,
    lead: str,
    kinds: Sequence[str],
    whole: Callable[[DocContext, str], str | None],
) -> str | None:
    """The condition whose symptoms a lead-in promises to the people who have them: the one
    condition of ``kinds`` it names ("With progression to X, people may have symptoms:");
    None when it names none, several, or a treatment. ``whole`` gives a named condition's full
    name (its form kept: "severe X")."""
    plain = plain_lead(lead)
    if not _PROMISE.search(plain) or _TREATMENT.search(plain):
        return None
    named = {
        n
        for m in dc.find(plain)
        if (h := m.hit("condition")) is not None and h.type in kinds
        for n in [whole(dc, m.surface)]
        if n is not None
    }
    return named.pop() if len(named) == 1 else None
