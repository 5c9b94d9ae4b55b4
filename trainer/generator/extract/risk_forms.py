"""A form of the page's condition that the page itself treats as a subject of its own: "Type 4
RTA", "classical distal RTA", "proximal RTA" on a page about renal tubular acidosis.

Why: a page about a condition with several forms states the causes of each form apart ("Type 4
RTA may also result from diseases such as A"), and those causes are the form's, not the
condition's as a whole. A form is the topic's name, short name or initials after one to three words
that name the form (a type number, an adjective), and the page must name that form three times
at least: a form said once ("untreated RTA", "severe RTA") is a passing state, not one of the
page's subjects. (Course words such as "chronic Q fever" are read by :mod:`.topic_qualified`.)
"""

from __future__ import annotations

import re

from trainer.generator.extract import topic_qualified
from trainer.generator.extract.context import DocContext

# Words that say which instance or state, not which form
_NOT_A_FORM = frozenset((
    "the", "a", "an", "this", "that", "these", "those", "your", "my", "his", "her", "their",
    "its", "some", "many", "most", "all", "any", "each", "untreated", "treated", "undiagnosed",
    "mild", "severe", "advanced", "early", "late", "other", "such",
))
_MIN_MENTIONS = 3


def topic_form(dc: DocContext, said: str, topic: str) -> str | None:
    """``said`` as the form of ``topic`` it names ("Type 4 RTA"), when the page names that form
    three times at least; else None."""
    names = topic_qualified.names(dc, topic, said)
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’]*", topic)).upper()
    if len(initials) >= 2:
        names.append(initials)  # "RTA": the page's short name, its initials, never defined
    names = sorted(names, key=len, reverse=True)
    alts = "|".join(re.escape(n) for n in names)
    m = re.fullmatch(rf"(?:the\s+)?(?P<q>(?:[\w-]+\s+){{1,3}}?)(?P<n>{alts})", said.strip(), re.I)
    if m is None:
        return None
    words = m.group("q").lower().split()
    if any(w in _NOT_A_FORM or not re.fullmatch(r"[a-z0-9-]+", w) for w in words):
        return None
    form = f"{m.group('q')}{m.group('n')}"
    pattern = re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])", re.IGNORECASE)
    mentions = sum(len(pattern.findall(line)) for line in dc.doc.lines)
    return form if mentions >= _MIN_MENTIONS else None
