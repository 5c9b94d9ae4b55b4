"""A list of risk factors whose lead-in points back to the sentence that states the risk:
"Some people are at higher risk. They include - A - B", "Several conditions raise the risk of
X. These include: A, B", "Other factors also raise the risk. These factors include A, B".

The pointing lead-in ("They include", "These are") names no risk itself; the sentence just
before it in the same paragraph does, so the items are read as under a risk lead-in. A sentence
before that lowers the risk ("things you can do to lower your risk. They include ..."), denies
it, or names no risk at all ("there are other types of X. These include ...") leaves the list
unread.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.risk_cues import RISK_LEAD

# ("These factors include": the category the sentence before said raises the risk)
_KINDS = r"(?:people|factors|conditions|diseases|disorders|habits|things|exposures|problems)"
# "Many conditions can cause X. Examples include A, B": the examples of those causes
_EXAMPLES_INCLUDE = r"examples(?:\s+of\s+(?:these|such|this\s+type\s+of)\s+\w+)?\s+include"
_POINTING = re.compile(
    rf"^\s*(?:they|(?:these|those)(?:\s+{_KINDS})?|such\s+{_KINDS})\s+(?:include|includes|are)"
    r"\s*(?:the\s+following\s*)?:?\s*$",
    re.IGNORECASE,
)
# what lowers the risk or prevents the condition: its list is of protective things
_LOWERS = re.compile(
    r"\b(?:lower|reduce|decrease|cut|prevent|protect|avoid)\w*\b", re.IGNORECASE
)


def opens_pointing(text: str) -> bool:
    """Whether a segment opens with a pointing lead-in ("They include - A"), which names no
    risk word of its own and so is worth reading only for this."""
    return _POINTING_START.match(text) is not None


_POINTING_START = re.compile(
    rf"\s*(?:(?:they|(?:these|those)(?:\s+{_KINDS})?|such\s+{_KINDS})\s+(?:include|includes|are)|"
    rf"{_EXAMPLES_INCLUDE})\b",
    re.IGNORECASE,
)


def risk_pointed_to(dc: DocContext, seg: Segment, lead_in: str) -> bool:
    """Whether ``lead_in`` (an inline list's lead-in in ``seg``) points back to a sentence
    just before it, in its paragraph, that states a raised risk."""
    if not _POINTING.match(lead_in) or seg.lead is not None:
        return False
    i = seg.main.index
    if i == 0:
        return False
    before = dc.units[i - 1]
    if before.para != seg.main.para or before.kind != "sentence":
        return False
    text = before.text
    return (
        RISK_LEAD.search(text) is not None
        and not _LOWERS.search(text)
        and not NEGATION.search(text)
    )


# "... raise the risk of X. These factors include A, B and C": a run-on list after the pointer
_POINTED_LIST = re.compile(
    rf"(?:^|(?<=[.!?])\s+)(?:(?:these|those)(?:\s+{_KINDS})?\s+(?:include|includes|are)|"
    rf"{_EXAMPLES_INCLUDE})\s*:?\s*"
    r"(?:the\s+following\s*:?\s*)?(?P<x>[^.;:]{3,300})",
    re.IGNORECASE,
)
# "Many conditions can cause X": a category said to cause X, whose examples follow
_CAUSES_OF = re.compile(
    r"\b(?:conditions|diseases|disorders|things|factors|illness(?:es)?|problems)\s+"
    r"(?:can|may|often|also)?\s*(?:cause|lead\s+to)\s+(?P<d>[^,.;:]{2,60}?)\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def pointed_lists(dc: DocContext, seg: Segment) -> list[tuple[str, str]]:
    """(list, what the risk is of) for each run-on list that a pointer opens ("These factors
    include A, B") right after a sentence of the same paragraph that states a raised risk;
    what the risk is of is the words after "the risk of" there ("" when it names none)."""
    out: list[tuple[str, str]] = []
    body = seg.body
    for m in _POINTED_LIST.finditer(body):
        before = body[: m.start()].rstrip()
        said = _SENTENCE_END.split(before)[-1] if before else _sentence_before(dc, seg)
        causes = _CAUSES_OF.search(said.rstrip(" ."))
        if said and (RISK_LEAD.search(said) or causes) and not _LOWERS.search(said) and not (
            NEGATION.search(said)
        ):
            of = _RISK_OF.search(said) or causes
            out.append((m.group("x"), of.group("d") if of else ""))
    return out


# "the risk of developing blood clots in people with A": what the risk is of
_RISK_OF = re.compile(
    r"\b(?:risk|chance|likelihood)\s+(?:of|for)\s+(?:(?:developing|getting|having)\s+)?"
    r"(?P<d>[^,.;:]{2,60}?)(?=\s+(?:in|among|for|if|when)\s|[,.;:]|$)",
    re.IGNORECASE,
)


def _sentence_before(dc: DocContext, seg: Segment) -> str:
    """The sentence just before the segment in its paragraph ("" when it opens one)."""
    i = seg.main.index
    before = dc.units[i - 1] if i else None
    if before is None or before.para != seg.main.para or before.kind != "sentence":
        return ""
    return _SENTENCE_END.split(before.text.rstrip())[-1]
