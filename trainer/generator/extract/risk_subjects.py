"""The further conditions a risk statement names after "the risk of": "X raises the risk of A,
B, and C", "X raises your risk for A and other health problems, such as B and C".

The risk reader takes one condition as the statement's subject (:mod:`.risk_factors`); the
coordination after "the risk of" may name more, each of which has the same factors. A member
is read only when the words between it and the one before are coordination alone (a comma,
"and", "or", "other <things>, such as"), and only when it names a condition of a subject's type
(a disease, subtype, complication, syndrome or infection); the chain stops at the first other
word, so a condition named later in the sentence for another reason is never taken.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment

_SUBJECT_TYPES = ("disease", "subtype", "complication", "syndrome", "infection")
_RISK_OF = re.compile(
    r"\b(?:risk|chance|likelihood|odds)\s+(?:of|for)\s+(?:(?:developing|getting|having)\s+"
    r"(?:and\s+dying\s+(?:from|of)\s+)?)?",
    re.IGNORECASE,
)
# Before the first member: nothing, an article, or "other diseases, such as"
_OPENING = re.compile(
    r"^(?:an?\s+|the\s+)?(?:other\s+[a-z]+(?:\s+[a-z]+)?\s*,?\s+(?:such\s+as|including|like)\s+"
    r"(?:an?\s+|the\s+)?)?$",
    re.IGNORECASE,
)
# Between two members: a comma, "and", "or", optionally "other <things>, such as"
_GLUE = re.compile(
    r"^\s*,?\s*(?:(?:and/or|and|or)\s+)?(?:(?:other|related)\s+[a-z]+(?:\s+[a-z]+)?\s*,?\s+"
    r"(?:such\s+as|including|like|especially)\s+)?(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
# Where the sentence (or a run-in list item) ends
_END = re.compile(r"[.;:]\s|[.;:]$|\s-\s")


def more_subjects(dc: DocContext, seg: Segment, disease: str) -> list[str]:
    """The conditions coordinated with ``disease`` after "the risk of" in the segment, other
    than ``disease`` itself; none when ``disease`` is not a member of that coordination."""
    text = seg.text
    low = text.lower()
    if "risk" not in low or (" and " not in low and " or " not in low and "," not in low):
        return []  # a cheap test first: most segments coordinate nothing after a risk
    for r in _RISK_OF.finditer(text):
        end = _END.search(text, r.end())
        stop = end.start() if end else len(text)
        names = _chain(dc, seg, r.end(), stop)
        keys = [n.lower() for n in names]
        if disease.lower() in keys or any(dc.same_disease(n, disease) for n in names):
            return [n for n in names if n.lower() != disease.lower()
                    and not dc.same_disease(n, disease)]
    return []


def _chain(dc: DocContext, seg: Segment, start: int, stop: int) -> list[str]:
    """The subject-type conditions of the coordination opening at ``start``."""
    names: list[str] = []
    at = start
    for m in sorted(seg.mentions, key=lambda x: x.start):
        if m.start < at or m.start >= stop:
            continue
        gap = seg.text[at : m.start]
        if not (_GLUE if names else _OPENING).match(gap):
            break
        h = m.hit("condition")
        if h is None:
            break  # a drug or a test in the list: not a list of conditions
        if h.type in _SUBJECT_TYPES and h.name not in names:
            names.append(h.name)  # (a symptom or an exposure among them is no subject)
        at = m.end
    return names
