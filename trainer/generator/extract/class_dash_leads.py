"""drug_class of flattened list items that each open with a drug under a lead-in about a class.

Pages that lost their line breaks run a class's lead-in and its items into one line: "- Beta
blockers slow the heart: - Atenolol is used for angina. - Metoprolol may be given after a heart
attack." The lead-in says something of the class (any predicate, not only a cue of use or
"include") and ends with a colon; each dash item after it opens with a drug as the subject of
its own sentence. Those drugs are the class's members, as list items under a heading are.

What keeps this from reading other lists: the class opens its sentence or item; nothing in
the lead-in names a drug, another class, a negation, a contrast or a relation that sets the
items apart ("interacts with", "side effects", "besides"); an item is read only while it opens
with a drug followed by its verb, names no class of its own and is not negated. A list of
another kind ("Beta blockers can cause: - tiredness") opens with no drug and gives nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract.class_backrefs import CONTRAST
from trainer.generator.extract.drug_names import CLASS, DRUG, salt_end
from trainer.generator.extract.patterns import negated
from trainer.generator.lexicon import Mention

# The class opens its sentence or its own dash item, after a determiner at most
_OPENS = re.compile(
    r"(?:^|[.;]\s+|\s[-–•]\s+)(?:(?:the|some|many|most|several|certain)\s+)?$", re.IGNORECASE
)
# The lead-in after the class: an optional bracketed short name, a predicate, a colon, a dash
_LEAD = re.compile(
    r"\s*(?:(?:drugs?|medicines?|medications?|agents?)\s+)?(?:\([^()]{1,30}\)\s*)?"
    r"(?P<pred>[a-z][^.:;()\[\]]{2,150}):\s+[-–•]\s+(?:the\s+)?$"
)
_NOT_MEMBERS = re.compile(
    r"\b(?:with|after|before|following|besides|instead|than|such\s+as|including|like|"
    r"affect\w*|cause\w*|harm\w*)\b",
    re.IGNORECASE,
)
_ITEM_DASH = re.compile(r"\s[-–•]\s+(?=\S)")
_ITEM_START = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)


def dash_lead_members(text: str, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(drug, class) for the drugs opening the dash items under a lead-in about the class."""
    out: list[tuple[Mention, Mention]] = []
    for i, c in enumerate(ms):
        if not c.is_kind(*CLASS) or c.is_kind(*DRUG) or not _OPENS.search(text, 0, c.start):
            continue
        j = next((k for k in range(i + 1, len(ms)) if ms[k].is_kind(*DRUG, *CLASS)), None)
        if j is not None and _own_short_name(text, c, ms[j]):
            j = next((k for k in range(j + 1, len(ms)) if ms[k].is_kind(*DRUG, *CLASS)), None)
        if j is None or not ms[j].is_kind(*DRUG) or ms[j].is_kind(*CLASS):
            continue
        lead = _LEAD.fullmatch(text, c.end, ms[j].start)
        if lead is None:
            continue
        pred = lead.group("pred")
        if negated(pred) or CONTRAST.search(pred) or _NOT_MEMBERS.search(pred):
            continue
        out += [(d, c) for d in _item_openers(text, ms, ms[j].start - 1)]
    return out


def _own_short_name(text: str, c: Mention, m: Mention) -> bool:
    """Whether ``m`` is ``c``'s short name in brackets right after it, "(TKIs)"."""
    return text[c.end : m.start].strip() == "(" and text[m.end : m.end + 2].lstrip()[:1] == ")"


def _item_openers(text: str, ms: list[Mention], start: int) -> list[Mention]:
    """The drug opening each dash item from ``start`` on, while items open with a drug that
    is the subject of its own sentence; the run ends at the first item that does not."""
    out: list[Mention] = []
    starts = [start] + [m.end() for m in _ITEM_DASH.finditer(text, start + 1)]
    ends = [*starts[1:], len(text)]
    for s, e in zip(starts, ends, strict=True):
        inside = [m for m in ms if s <= m.start < e]
        first = inside[0] if inside else None
        if (
            first is None
            or not first.is_kind(*DRUG)
            or first.is_kind(*CLASS)
            or not _ITEM_START.fullmatch(text, s, first.start)
        ):
            break
        item = text[first.start : _sentence_end(text, first.end, e)]
        after = text[salt_end(text, first, e) : e].lstrip()
        if not after[:1].isalpha() or after.lower().startswith(("and ", "or ")):
            break  # "- Atenolol, metoprolol": a list of names, not a sentence about one
        if any(m.is_kind(*CLASS) for m in inside if m.start < first.start + len(item)):
            continue  # the item names a class of its own
        if negated(item) or CONTRAST.search(item):
            continue
        out.append(first)
    return out


def _sentence_end(text: str, start: int, limit: int) -> int:
    """The end of the sentence from ``start``, within ``limit``."""
    dot = re.compile(r"[.;](?:\s|$)").search(text, start, limit)
    return dot.start() if dot else limit
