"""Whose symptoms a lead-in lists when its own words leave the owner to its surroundings.

Pages often lose a lead-in's colon ("Other symptoms may include" over a list) or word it as a
presentation ("X usually presents with:"). The owner is then read from the structure around
the lead-in, never guessed from the items:

  * "X (usually) presents with:" / "X may present as:": X, a condition named whole;
  * "(Other) signs and symptoms of X may appear, such as": X;
  * "Symptoms of X include the symptoms of Y and" over a list: X (the list is X's own);
  * "... signs or symptoms, which may mean the cancer has come back:": the recurrent form of
    the page's cancer;
  * "<X> symptoms may include" (X named before the word, :mod:`.symptom_compound`): X;
  * a bare "(Other) signs and symptoms (may) include", colon or not, whose sentence before
    says whose symptoms these continue ("A is one of the most common symptoms of X."): X;
  * the same bare lead-in in a section whose heading asks for the topic's symptoms ("What are
    the symptoms of X?", "Nervous System-related Signs and Symptoms": words before the label
    that name a kind of symptom and no other condition; a bare "What are the symptoms?" or
    "Common Symptoms" names no one), first in its paragraph or after a sentence that speaks
    of symptoms and names no other condition: the topic.

A negated sentence before ("X does not cause symptoms of Y") gives no owner.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from trainer.generator.extract.patterns import NEGATION, SENTENCE_BREAK
from trainer.generator.extract.symptom_bare_lead import sentence_before
from trainer.generator.extract.symptom_compound import compound_owner

if TYPE_CHECKING:
    from trainer.generator.extract.context import DocContext
    from trainer.generator.text import Unit

_SIGNS = r"(?:signs?\s+(?:and|or)\s+symptoms?|symptoms?\s+(?:and|or)\s+signs?|symptoms?|signs?)"
# "Signs and symptoms include", "Other symptoms may include", "Additional signs can include:"
BARE_OPEN = re.compile(
    r"^(?:(?:the|common|early|other|possible|some|additional|more|further)\s+)*"
    rf"{_SIGNS}\s+(?:(?:may|can|might|often|usually|commonly|also)\s+)*"
    r"(?:include|includes)\s*(?:the\s+following)?\s*:?\s*$",
    re.IGNORECASE,
)
# "Hairy cell leukemia usually presents with:", "The infection may present as"
_PRESENTS = re.compile(
    r"^\s*(?:the\s+)?(?P<x>[^,.;:]{2,60}?)\s+(?:(?:usually|typically|often|commonly|"
    r"classically|most often|may|can|generally)\s+)*(?:presents?|manifests?)\s+(?:itself\s+)?"
    r"(?:with|as|by)\s*(?:the\s+following\s*(?:signs|symptoms|features|findings)?)?\s*:?\s*$",
    re.IGNORECASE,
)
# "... is one of the most common symptoms of X", "... are early signs of X": the owner the
# sentence before gives the symptoms a bare lead-in goes on with
_SYMPTOMS_OF = re.compile(
    rf"\b{_SIGNS}\s+of\s+(?:an?\s+|the\s+)?(?P<x>[^,.;:()]{{2,60}}?)\s*(?:\([^()]*\)\s*)?[.!]?\s*$",
    re.IGNORECASE,
)
_SECTION = re.compile(
    r"^\s*(?:what\s+are\s+)?(?:the\s+)?(?P<q>(?:[\w-]+\s+){0,4}?)"
    rf"{_SIGNS}(?:\s+of\s+(?P<x>[^?]{{2,60}}?))?\s*\??\s*$",
    re.IGNORECASE,
)
# "Other signs and symptoms of X may appear, such as": X's, the verb saying they come
_OF_APPEAR = re.compile(
    rf"\b{_SIGNS}\s+of\s+(?:an?\s+|the\s+)?(?P<x>[^,.;:]{{2,60}}?)\s+(?:(?:may|can|might|"
    r"often|usually|also|then|sometimes|first|later|eventually)\s+)*"
    r"(?:appear|occur|develop|arise|show up)s?\s*,?\s*(?:such as|like|including)\s*:?\s*$",
    re.IGNORECASE,
)
# words that only rank or time the symptoms a heading announces
_GENERIC_QUALIFIER = re.compile(
    r"^(?:(?:the|common|most|main|usual|typical|early|late|other|possible|first|key|warning)"
    r"\s*)+$",
    re.IGNORECASE,
)
# "Symptoms of X include the symptoms of Y and" over a list: the list is X's own
_INCLUDE_OTHERS = re.compile(
    rf"\b{_SIGNS}\s+of\s+(?:an?\s+|the\s+)?(?P<x>[^,.;:]{{2,60}}?)\s+(?:(?:can|may|often)\s+)?"
    rf"(?:include|includes)\s+(?:the\s+|all\s+the\s+)?{_SIGNS}\s+of\s+[^,.;:]{{2,60}}?\s+"
    r"(?:and|as well as|plus)\s*:?\s*$",
    re.IGNORECASE,
)
# "Tell your doctor if you have any of these signs, which may mean the cancer has come back:"
_RECURRENCE = re.compile(
    rf"\b{_SIGNS},?\s+(?:which|that)\s+(?:may|might|could|can)\s+(?:mean|be\s+(?:a\s+)?signs?\s+"
    r"(?:that|of))\s+(?:the|your)\s+(?:cancer|tumou?r|disease|lymphoma|leuka?emia)\s+(?:has\s+)?"
    r"(?:come\s+back|returned|recurred|came\s+back)\s*:?\s*$",
    re.IGNORECASE,
)

Namer = Callable[["DocContext", str], "str | None"]


def presented_cause(dc: DocContext, lead_text: str, whole: Namer) -> str | None:
    """X in "X (usually) presents with:" when X is a condition named whole."""
    m = _PRESENTS.match(SENTENCE_BREAK.split(lead_text.strip())[-1])
    if m is None or NEGATION.search(m.group(0)):
        return None
    return whole(dc, m.group("x")) or _topic_named(dc, m.group("x"))


def open_lead_cause(
    dc: DocContext,
    lead: Unit,
    whole: Namer,
    names_other: Callable[[DocContext, str, str], bool],
    free: Namer | None = None,
) -> str | None:
    """The owner of a bare lead-in's list (see the module docstring); None when its words,
    or the sentence before, leave the owner open. ``free`` names a condition the lexicon
    lacks by the structure around it ("symptoms of X")."""
    last = SENTENCE_BREAK.split(lead.text.strip())[-1]
    owner = compound_owner(dc, last)  # "UTI symptoms may include" over a list
    if owner is not None:
        return owner
    back = recurrence_owner(dc, last)  # "... signs, which may mean the cancer has come back:"
    if back is not None:
        return back
    plus = _INCLUDE_OTHERS.search(last)
    if plus is not None and not NEGATION.search(last):
        x = plus.group("x")
        if re.search(r"\s(?:and|or)\s", x):
            return None  # "cirrhosis and liver failure": two owners, whose each sign is unsure
        return whole(dc, x) or _topic_named(dc, x) or (free(dc, x) if free else None)
    appear = _OF_APPEAR.search(last)
    if appear is not None and not NEGATION.search(last):
        return whole(dc, appear.group("x")) or _topic_named(dc, appear.group("x"))
    if BARE_OPEN.match(last) is None or NEGATION.search(last):
        return None
    before = sentence_before(dc, lead)
    if before is not None and NEGATION.search(before):
        return None
    of = _SYMPTOMS_OF.search(before) if before is not None else None
    if of is not None:
        return whole(dc, of.group("x")) or _topic_named(dc, of.group("x"))
    topic = dc.main_disease
    head = dc.heading(lead)
    if topic is None or head is None:
        return None
    section = _SECTION.match(head.text)
    if section is None or (section.group("x") and _topic_named(dc, section.group("x")) != topic):
        return None
    qualifier = (section.group("q") or "").strip()
    if not section.group("x") and (not qualifier or _GENERIC_QUALIFIER.match(qualifier)):
        return None  # a bare "What are the symptoms?" names no one: its items may say whose
    if qualifier and names_other(dc, qualifier, topic):
        return None  # "Liver Disease Signs and Symptoms": another condition's section
    if before is not None and (
        not re.search(rf"\b{_SIGNS}\b", before, re.IGNORECASE) or names_other(dc, before, topic)
    ):
        # the sentence before must go on about symptoms, and of no other condition: "Some
        # people with X also have eczema. Signs include" may list the eczema's
        return None
    return topic


def recurrence_owner(dc: DocContext, lead_text: str) -> str | None:
    """The recurrent form of the page's topic for a lead-in whose symptoms "may mean the
    cancer has come back", when the topic is a cancer, lymphoma or leukaemia."""
    last = SENTENCE_BREAK.split(lead_text.strip())[-1]
    back = _RECURRENCE.search(last)
    if back is None or NEGATION.search(last[: back.start()]):
        return None
    topic = dc.main_disease
    if topic is None or not re.search(r"(?:cancer|carcinoma|lymphoma|leuka?emia|oma)$", topic):
        return None
    return f"recurrent {topic}"


def _topic_named(dc: DocContext, text: str) -> str | None:
    """The page's topic when ``text`` names it in full (any casing, an article before)."""
    t = re.sub(r"^(?:an?|the)\s+", "", text.strip(" ,.?"), flags=re.IGNORECASE).lower()
    topic = dc.main_disease
    return topic if topic is not None and t == topic.lower() else None
