"""Names a page itself calls germs: "Meningococci are a type of bacteria that cause serious
infections", "Strep is short for Streptococcus, a type of bacteria", "Coccidioides, a fungus".

What a germ causes is the infection itself, the disease, not one of its symptoms ("Meningococci
can also cause ... sepsis", "Group B strep can cause blood infections"). The page's own words
tell which names are germs; no list of germs is consulted.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.doc_cache import once_per_document
from trainer.generator.extract.risk_organisms import GERM

# "X are a type of bacteria", "X is short for Y, a type of bacteria", "X, a kind of virus"
_CALLED_GERM = re.compile(
    r"\b(?P<x>[A-Z][a-z]{3,})(?:\s+is\s+short\s+for\s+(?P<y>[A-Z][a-z]{3,}))?"
    r"(?:\s+(?:is|are)|,)\s+(?:an?\s+)?(?:(?:common|specific|certain)\s+)?"
    rf"(?:(?:type|kind|group|family|species|strain)s?\s+of\s+)?{GERM}\b"
)


@once_per_document
def page_germs(dc: DocContext) -> frozenset[str]:
    """The lower-cased names the page calls germs, with the words they are short for."""
    out: set[str] = set()
    for u in dc.units:
        if "bacteri" not in u.text and "virus" not in u.text and "fung" not in u.text:
            continue
        for m in _CALLED_GERM.finditer(u.text):
            out.add(m.group("x").lower())
            if m.group("y"):
                out.add(m.group("y").lower())
    return frozenset(out)


def a_page_germ(dc: DocContext, name: str) -> bool:
    """Whether ``name`` ("Strep B", "group B strep", "meningococci") holds a word the page calls
    a germ."""
    germs = page_germs(dc)
    return bool(germs) and any(w in germs for w in re.findall(r"[a-z]+", name.lower()))
