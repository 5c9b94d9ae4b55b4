"""Lists a web page lost its line breaks in, read inside one sentence: "Common opioid
medications include the following: - morphine (Brand), which is used for X - codeine, which
is prescribed for Y - ...".

Each part after a dash is an item; the drug that opens a part is a member of the list. The
list ends at the first part that does not open with a drug, and a drug named later inside a
part ("fentanyl, which is stronger than morphine") is not a member: only the item's own name
counts.
"""

from __future__ import annotations

import re

from trainer.generator.extract.drug_names import DRUG
from trainer.generator.lexicon import Mention

# The end of a lead-in that opens a dash list: "include the following: - ", "include: - "
DASH_OPENS = re.compile(r"\s+[-–•]\s+$")
# A dash that starts the next item: spaces on both sides
_ITEM_DASH = re.compile(r"\s+[-–•]\s+(?=\S)")
# Before an item's drug: nothing, or an article
_ITEM_START = re.compile(r"\s*(?:(?:the|a|an)\s+)?", re.IGNORECASE)


def dash_members(text: str, ms: list[Mention], start: int) -> list[Mention]:
    """The drugs opening each dash item from ``start`` (just after the first dash) on."""
    out: list[Mention] = []
    starts = [start] + [m.end() for m in _ITEM_DASH.finditer(text, start)]
    for s in starts:
        first = next((m for m in ms if m.start >= s), None)
        if (
            first is None
            or not first.is_kind(*DRUG)
            or not _ITEM_START.fullmatch(text, s, first.start)
        ):
            break  # the list is over: this part is not an item naming a drug
        out.append(first)
    return out
