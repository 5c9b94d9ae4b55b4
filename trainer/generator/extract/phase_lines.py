"""Lines of therapy told by their ordinal in wordings the lexicon's names do not cover.

The lexicon knows "second-line therapy" and "first-line treatment" as names. Writers also
share one head noun between two ordinals ("first- and second-line treatment", "Third-line and
fourth-line treatment may include:"), use the ordinal as an adverb or a setting ("used
second-line", "as second line", "in the first-line setting", "a second line of treatment"),
or name a line with an ordinal word and "line" after it ("the third line of therapy"); the
first line is also told as the first choice ("Metformin is usually the first choice"), by an
ordinal before a kind of treatment ("the first palliative treatment", "subsequent therapy") or
by where treatment starts ("doctors usually start with X"). Each
such ordinal is read as the line of therapy it numbers, when the lexicon has that line
(first, second, third; "later" lines are the subsequent lines).

A line is read only where a treatment word stands with it (the shared head noun, "setting",
"option", "of therapy", or "as"/"in" before a bare ordinal), so that "the first line of the
report" or "a first line of defence against infection" name no treatment.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.lexicon import Hit, Mention

ORDINAL = "ordinal"  # the hit variant of a line of therapy read from its ordinal

_ORD = r"(?:first|front|second|third|fourth|fifth|later|subsequent|1st|2nd|3rd|4th)"
_HEAD = (
    # (not "drugs" or "agents": "the first-line drugs for TB" are the standard drugs, which
    # a page may give for the whole course)
    r"(?:therapy|therapies|treatments?|setting|options?|regimens?|chemotherapy|use|"
    r"choices?|approach(?:es)?)"
)
# "first- and second-line treatment", "Third-line and fourth-line treatment", "second-, third-
# or later-line therapy": ordinals sharing the head noun after the last one
_SHARED = re.compile(
    rf"\b(?P<o>{_ORD})(?:-|\s)?(?:line)?\s*(?:-\s*)?(?=(?:,\s*|\s+(?:and|or|and/or|to)\s+|/)"
    rf"(?:(?:{_ORD})(?:-|\s)?(?:line)?\s*(?:-\s*)?(?:,\s*|\s+(?:and|or|and/or|to)\s+|/))*"
    rf"{_ORD}[- ]line\s+(?:\w+\s+)?{_HEAD}\b)",
    re.IGNORECASE,
)
# "used second-line", "given as second line", "in the first-line setting", "the second line of
# treatment", "as a third-line option": one ordinal line with a treatment word beside it
_SINGLE = re.compile(
    rf"\b(?:(?P<pre>as|in|used|given|prescribed|recommended|approved)\s+(?:an?\s+|the\s+)?"
    rf"(?:(?:[\w-]+\s+)?(?:setting|choice)\s+of\s+)?)?(?P<o>{_ORD})(?P<l>[- ]lines?)\b"
    rf"(?P<post>\s+(?:of\s+(?:\w+\s+)?(?:therapy|treatment|chemotherapy|systemic\s+therapy)|"
    rf"{_HEAD})\b)?",
    re.IGNORECASE,
)
# "Metformin is usually the first choice", "the first-choice treatment", "the drug of first
# choice", "X is the drug of choice": the first line told by the choice made first
_FIRST_CHOICE = re.compile(
    r"\b(?:(?:is|are|as|remains?)\s+(?:usually\s+|often\s+|generally\s+|typically\s+|still\s+)?"
    r"(?:the\s+|a\s+)?(?P<c>first[- ]choice)(?!\s+(?:of|for)\s+(?:patients|people|doctors)\b)|"
    r"(?P<t>first[- ]choice\s+(?:treatment|therapy|drug|medicine|medication|option))|"
    r"(?:drug|treatment|therapy|medicine)\s+of\s+(?P<o>first\s+choice)|"
    # "X is the drug of choice": the drug chosen first
    r"(?:is|are|remains?)\s+(?:usually\s+|still\s+|generally\s+)?the\s+(?P<d>(?:drugs?|"
    r"treatments?|therapy|medicines?|medications?)\s+of\s+choice))\b",
    re.IGNORECASE,
)
# "The first palliative treatment for X", "Subsequent therapy may include:": the first or a
# later line told by the ordinal before a kind of treatment ("first treatment" alone is the
# lexicon's name); not "second" or "later", which may tell a repeat or a time ("a second
# treatment a week later", "later treatment")
_ORDINAL_KIND = re.compile(
    r"\b(?P<o>first|subsequent)\s+(?:(?:palliative|systemic|drug|medical|anticancer|"
    r"standard)\s+)?(?:treatments?|therap(?:y|ies))\b",
    re.IGNORECASE,
)
# "Doctors usually start with acetaminophen", "Treatment often begins with X": the first line
# told by where the treatment starts as a habit (the treatment or its prescriber as the
# subject); "the provider may begin treatment with an antibiotic while the culture grows" tells
# one patient's first dose, not the first line
_STARTS_WITH = re.compile(
    r"\b(?:doctors?|providers?|physicians?|clinicians?|treatment|therapy|you|your\s+doctor)\s+"
    r"(?:will\s+|may\s+)?(?:usually|often|generally|typically|normally|mostly|most\s+often)\s+"
    r"(?P<s>(?:start|starts|begin|begins)\s+(?:treatment\s+|therapy\s+)?with)\b",
    re.IGNORECASE,
)
_NAMES = {
    "first": "first-line therapy", "front": "first-line therapy", "1st": "first-line therapy",
    "second": "second-line therapy", "2nd": "second-line therapy",
    "third": "third-line therapy", "3rd": "third-line therapy",
    "later": "subsequent-line therapy", "subsequent": "subsequent-line therapy",
}  # fmt: skip
# "a first line of defence", "the first line of the table": no line of treatment
_OTHER_LINE = re.compile(r"\s+of\s+(?:defen[cs]e|protection|the\s+(?:text|table|report))\b", re.I)


def line_mentions(dc: DocContext, text: str, named: list[Mention]) -> list[Mention]:
    """Lines of therapy told by an ordinal in ``text``, as phase mentions (variant
    :data:`ORDINAL`), leaving out the spans the lexicon already named (``named``)."""
    low = text.lower()
    if not any(w in low for w in ("line", "choice", "first", "subsequent", "start", "begin")):
        return []  # the common case, cheaply
    out: list[Mention] = []
    for pattern in (_SHARED, _SINGLE):
        for m in pattern.finditer(text):
            a, b = m.span("o")
            if pattern is _SHARED:
                b = a + len(m.group(0).rstrip())  # "Second-line" or "First-", up to the "or"
            else:  # "second line of treatment", "first-line chemotherapy": the whole name
                b = m.end("post") if m.group("post") else m.end("l")
            if pattern is _SINGLE and not (m.group("pre") or m.group("post")):
                continue  # a bare "second-line" with no treatment word beside it
            if pattern is _SINGLE and not m.group("post") and "-" not in m.group("l") and (
                (m.group("pre") or "").lower() == "in" and m.group("o").lower() == "first"
            ):
                continue  # "as noted in the first line": a line of text
            if pattern is _SINGLE and _OTHER_LINE.match(text, m.end("l")):
                continue
            hit = _hit(dc, m.group("o"))
            if hit is None or any(x.start <= a < x.end for x in named + out):
                continue
            out.append(Mention(a, b, text[a:b], (hit,)))
    for pattern, group in ((_ORDINAL_KIND, "o"), (_STARTS_WITH, "s")):
        for m in pattern.finditer(text):
            a, b = (m.start("o"), m.end()) if group == "o" else m.span("s")
            hit = _hit(dc, m.group("o") if group == "o" else "first")
            if hit is not None and not any(
                x.start < b and a < x.end and not _goal_inside(x, a, b)
                for x in named + out if x.is_kind("phase")
            ):
                out.append(Mention(a, b, text[a:b], (hit,)))
    if "choice" in low:
        for m in _FIRST_CHOICE.finditer(text):
            g = next(k for k in ("c", "t", "o", "d") if m.group(k))
            a, b = m.span(g)
            hit = _hit(dc, "first")
            if hit is not None and not any(x.start <= a < x.end for x in named + out):
                out.append(Mention(a, b, text[a:b], (hit,)))
    return sorted(out, key=lambda x: x.start)


def _goal_inside(m: Mention, a: int, b: int) -> bool:
    """Whether ``m`` is the goal of care inside an ordinal's span ("palliative treatment" in
    "The first palliative treatment"): the line the ordinal tells is the phase, not the goal."""
    return a < m.start and m.end <= b and m.name("phase") == PALLIATIVE


PALLIATIVE = "palliative therapy"


def with_lines(dc: DocContext, text: str, named: list[Mention]) -> list[Mention]:
    """``named`` with the lines of therapy ordinals in ``text`` tell (:func:`line_mentions`),
    a goal of care an ordinal's line holds left out ("The first palliative treatment" is the
    first line)."""
    lines = line_mentions(dc, text, named)
    kept = [
        m for m in named
        if not (m.is_kind("phase") and any(_goal_inside(m, x.start, x.end) for x in lines))
    ]
    return kept + lines


def _hit(dc: DocContext, ordinal: str) -> Hit | None:
    name = _NAMES.get(ordinal.lower())
    if name is None:
        return None
    hit = next((h for h in dc.lexicon.lookup(name) if h.kind == "phase"), None)
    return None if hit is None else Hit(hit.kind, hit.name, ORDINAL, hit.type)
