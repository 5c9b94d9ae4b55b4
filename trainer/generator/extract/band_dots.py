"""The decimal point of a chromosome band ("22q11.2 deletion syndrome") kept from ending a phrase.

The readers take a full stop as the end of a name or a clause ("people with [^.]+ have"), so a
condition named after a band, "22q11.2 deletion syndrome", would be cut at "22q11". Before the
page is read, such a point is written as a middle dot, one character for one so that every
offset and line stays where it was; the facts and their evidence get the point back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from trainer.generator.facts import ExtractedFact

_STAND_IN = "\u00b7"
# a band: chromosome (1-22, X, Y), arm (p or q), region and band ("22q11.2", "Xq27.3")
_BAND_POINT = re.compile(r"\b((?:[0-9]{1,2}|X|Y)[pq][0-9]{1,2})\.([0-9])")


def hide(lines: Sequence[str]) -> list[str]:
    """``lines`` with each band's decimal point written as the stand-in."""
    return [_BAND_POINT.sub(rf"\1{_STAND_IN}\2", line) if "." in line else line for line in lines]


def restore(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """``facts`` with each stand-in written as the decimal point again."""
    return [
        replace(f, subject=_back(f.subject), object=_back(f.object), evidence=_back(f.evidence),
                qualifier=_back(f.qualifier) if f.qualifier else f.qualifier)
        if _STAND_IN in f.subject + f.object + f.evidence + (f.qualifier or "") else f
        for f in facts
    ]


def _back(text: str) -> str:
    return text.replace(_STAND_IN, ".")
