"""Lists written as paragraphs: a lead-in that ends with a colon, then one short paragraph per
member, each opening with the member's name ("Signs and symptoms of X may include:" / "Flu-like
symptoms, such as fever and chills." / "Shortness of breath or a cough that won't go away.").

A page converted from HTML often loses its bullets this way. Each such paragraph is read as an
item under the lead-in (:func:`as_item`), so the readers of lists under a lead-in read it, and
its fact cites the lines from the lead-in to the paragraph.

A paragraph counts as a member only when its first sentence opens with a noun phrase, not a
clause ("Congenital heart defects (present at birth)." is one; "Most people recover." is not):
the run of members ends at the first paragraph that is not one, so prose after a list is never
read as its items.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Part, Segment, hedge_factor
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

# How many units back a lead-in may lie (a list of a dozen short paragraphs at most)
_MAX_BACK = 24
# Where a member's name ends: an apposition, a relative clause, an example or a bracket
_NAME_END = re.compile(
    r",|\(|\b(?:that|which|who|such as|especially|including|like)\b|\s[–—-]\s", re.IGNORECASE
)
# A word that makes the opening a clause rather than a name
_CLAUSE_WORD = re.compile(
    r"\b(?:is|are|was|were|be|been|being|can|may|might|will|would|should|must|do|does|did|has|"
    r"have|had|you|your|we|they|it|this|these|those|there|he|she|if|when|because|most|many|"
    r"some|not|no)\b",
    re.IGNORECASE,
)
# "These include:", "They are:": a lead-in that points back to the sentence before it
_ANAPHORIC_LEAD = re.compile(r"^\s*(?:these|they|such|those|this|it)\b", re.IGNORECASE)


def _opens_para(dc: DocContext, u: Unit) -> bool:
    return u.index == 0 or dc.units[u.index - 1].para != u.para


def _is_member(u: Unit) -> bool:
    """Whether a paragraph's first sentence opens with a short noun phrase."""
    if u.kind != "sentence":
        return False
    head = opening_name(u.text)
    # "In rare cases, people who ...": an opening adverbial starts prose, not a name
    return (
        0 < len(head.split()) <= 8
        and not _CLAUSE_WORD.search(head)
        and not _ADVERBIAL_OPENING.match(head)
    )


_ADVERBIAL_OPENING = re.compile(
    r"^(?:in|on|at|for|during|after|before|although|though|while|unlike|despite|over|since)\s",
    re.IGNORECASE,
)


def opening_name(text: str) -> str:
    """The name a member paragraph opens with ("Congenital heart defects (present at birth)."
    -> "Congenital heart defects")."""
    return _NAME_END.split(text, maxsplit=1)[0].strip(" .;:")


def member_line(dc: DocContext, u: Unit) -> bool:
    """Whether ``u`` is a member line a page converted from HTML left without its bullet and
    its stop ("Headaches, dizziness, and weakness", "Feelings of pressure on the left side of
    the abdomen"): a paragraph of one line, never marked as a heading, with no full stop, that
    opens with a noun phrase, not a clause, and is not written in title case as a heading is
    ("Polycythemia Vera Complications")."""
    if u.kind not in ("heading", "sentence") or u.first in dc.doc.headings or u.first != u.last:
        return False
    text = u.text.strip()
    if not text or text[-1] in ".!?:;":
        return False  # most units end with a stop: the cheap test first
    words = text.split()
    if len(words) > 25 or _LINE_CLAUSE.search(text):
        return False
    if _opens_para(dc, u) is False or not _closes_para(dc, u):
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    return not (len(words) > 1 and len(capitalised) == len([w for w in words if len(w) > 3]))


def _closes_para(dc: DocContext, u: Unit) -> bool:
    return u.index + 1 >= len(dc.units) or dc.units[u.index + 1].para != u.para


# A finite verb or modal: a line holding one is a clause, not a member's name
_LINE_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|can|may|might|will|would|should|must|do|does|did)\b", re.IGNORECASE
)


def paragraph_lead(dc: DocContext, unit: Unit) -> Unit | None:
    """The lead-in of the paragraph list ``unit`` opens a member of, else None: the sentence
    ending with a colon before it, in the same section, with only member paragraphs between.
    Member lines the layout took for headings ("Excessive sweating" under "The signs of X
    include:") are members too; the sections they open do not end the run."""
    short = member_line(dc, unit)
    if not short and (unit.kind != "sentence" or not _opens_para(dc, unit) or not _is_member(unit)):
        return None
    crossed = short  # a member line taken for a heading opened a section of its own
    for k in range(unit.index - 1, max(-1, unit.index - _MAX_BACK), -1):
        u = dc.units[k]
        if member_line(dc, u):
            crossed = True
            continue
        if u.kind != "sentence" or (u.section != unit.section and not crossed):
            return None
        # the last sentence of an earlier paragraph, ending with a colon, leads the list in
        if u.para != dc.units[k + 1].para and u.text.rstrip().endswith(":"):
            return u
        if _opens_para(dc, u) and not _is_member(u):
            return None  # prose: the run of members stops here
    return None


def open_lead(dc: DocContext, unit: Unit) -> Unit | None:
    """The lead-in of a list item the text does not mark as led: the sentence just before the
    run of items, in the same section, when the items complete it ("those more likely to get it
    are people who" / "- were born abroad"): it ends with a colon or without a full stop."""
    if unit.kind != "item" or unit.lead is not None:
        return None
    for k in range(unit.index - 1, max(-1, unit.index - _MAX_BACK), -1):
        u = dc.units[k]
        if u.section != unit.section or u.kind == "heading":
            return None
        if u.kind != "item":
            text = u.text.rstrip()
            return u if text and (text.endswith(":") or text[-1] not in ".!?)\"'") else None
    return None


def as_item(dc: DocContext, seg: Segment, *, open_items: bool = False) -> Segment:
    """``seg`` read as an item under its lead-in when it opens a member paragraph of a list
    written as paragraphs (or, with ``open_items``, is an item completing an unfinished
    sentence before the list); else ``seg`` itself. An anaphoric lead-in ("These include:")
    brings the sentence before it along, which names what the list is of."""
    if seg.lead is not None:
        return seg
    lead = paragraph_lead(dc, seg.main)
    if lead is None and open_items and seg.main.item_start:
        lead = open_lead(dc, seg.main)
    if lead is None:
        return seg
    units = [lead]
    before = dc.units[lead.index - 1] if lead.index > 0 else None
    if _ANAPHORIC_LEAD.match(lead.text) and before is not None and before.para == lead.para:
        units.insert(0, before)
    units.append(seg.main)
    text, parts, mentions = "", [], []
    for u in units:
        offset = len(text) + (1 if text else 0)
        text = f"{text} {u.text}" if text else u.text
        parts.append(Part(offset, u))
        mentions += [_shifted(m, offset) for m in dc.mentions(u)]
    body = parts[-1].offset
    hedge = min(hedge_factor(" ".join(u.text for u in units[:-1])), seg.hedge)
    return Segment(text, mentions, parts, seg.main, body, hedge, dc)


def _shifted(m: Mention, by: int) -> Mention:
    return Mention(m.start + by, m.end + by, m.surface, m.hits)
