"""symptom_cause from "<X> symptoms include A and B": the condition named before the word
"symptoms" (a noun used as a modifier, "UTI symptoms", "Lupus signs and symptoms") owns them.

The owner is the longest run of words right before "symptoms" that names a condition whole (a
lexicon condition, the page's topic or its short name); a run naming none ("Early symptoms",
"Nervous system-related symptoms") gives nothing here. The members are read as an inline list
(every one must read as a symptom, :func:`.symptom_members.inline_members`), or, when the
sentence is a lead-in over a list, by the list readers (:func:`compound_owner`). A negated
sentence ("X symptoms do not include") and a comparison ("are similar to those of") give
nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.generator.extract import page_topic
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.symptom_members import inline_members, opens_a_list

if TYPE_CHECKING:
    from trainer.generator.extract.context import DocContext

_KINDS = ("complication", "syndrome", "infection", "disease", "subtype")
_COMPOUND = re.compile(
    r"(?P<pre>(?:^|(?<=[\s,;:]))(?:[\w'’-]+\s+){1,5}?)(?:signs\s+and\s+symptoms|symptoms\s+and\s+"
    r"signs|symptoms|signs)\s+(?:(?:can|may|might|often|usually|typically|commonly|also|"
    r"generally|most\s+often)\s+)*(?:include|includes)\b\s*:?\s*",
    re.IGNORECASE,
)
# words that qualify the symptoms, not name their owner
_QUALIFIER = re.compile(
    r"^(?:the|common|early|late|main|other|typical|usual|first|most|some|these|those|its|their|"
    r"your|all|many|several|possible|classic)$",
    re.IGNORECASE,
)


def _owner(dc: DocContext, words: list[str]) -> str | None:
    """The condition the longest run of ``words`` ending right before "symptoms" names whole."""
    for k in range(len(words)):
        run = " ".join(words[k:]).strip(" ,;:")
        if not run or _QUALIFIER.match(words[k]):
            continue
        topic = page_topic.names_topic(dc, run)
        if topic is not None:
            return topic
        ms = dc.find(run)
        if len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(run):
            h = ms[0].hit("condition")
            if h is not None and h.type in _KINDS:
                return h.name
    return None


def compound_owner(dc: DocContext, text: str) -> str | None:
    """The owner a lead-in "<X> symptoms (may) include" gives its list (colon or not)."""
    found = list(_COMPOUND.finditer(text))
    m = found[-1] if found else None
    if m is None or text[m.end() :].strip() or NEGATION.search(text[: m.end()]):
        return None
    return _owner(dc, m.group("pre").split())


def compound_pairs(dc: DocContext, body: str) -> list[tuple[str, list[str], float]]:
    """(owner, symptoms, confidence) of "<X> symptoms include A, B and C" in ``body``."""
    if "include" not in body.lower():
        return []
    out: list[tuple[str, list[str], float]] = []
    for m in _COMPOUND.finditer(body):
        clause = body[max(0, m.start() - 80) : m.end()]
        if NEGATION.search(clause.split(".")[-1]):
            continue
        if opens_a_list(body[m.end() :]):
            continue  # "include the following and need care:": the items below are the members
        owner = _owner(dc, m.group("pre").split())
        listed = inline_members(dc, body[m.end() :]) if owner else []
        if owner and listed:
            out.append((owner, listed, 0.75))
    return out
