"""The drug a section is about, for "It / This drug ..." that opens a paragraph under it.

A drug page is laid out as a heading that names the drug ("Blinatumomab") and sections under
it ("How it works"), or a heading with paragraphs under it. "This drug attaches to CD19" at the
start of such a paragraph speaks of the heading's drug, though no sentence of its own
paragraph names it. The nearest heading (or one of its parents, up to three levels) must be
made of drug names only, and no other drug may be named between it and the sentence: once
the section has spoken of a second drug, "it" could be either.
"""

from __future__ import annotations

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.drug_names import DRUG, only_drugs
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

MAX_LEVELS = 3


def heading_drugs(dc: DocContext, unit: Unit) -> tuple[list[Mention], Unit | None]:
    """The drugs of the nearest heading above ``unit`` that is only drug names, and that
    heading; nothing when another drug is named between them."""
    head = dc.heading(unit)
    for _ in range(MAX_LEVELS):
        if head is None:
            return [], None
        drugs = only_drugs(dc, head)
        if drugs:
            break
        head = dc.heading(head) if head.section != head.index else None
    else:
        return [], None
    if head is None:
        return [], None
    names = {d.name("drug") for d in drugs}
    for k in range(head.index + 1, unit.index):
        if any(m.is_kind(*DRUG) and m.name("drug") not in names for m in dc.mentions(dc.units[k])):
            return [], None
    return drugs, head
