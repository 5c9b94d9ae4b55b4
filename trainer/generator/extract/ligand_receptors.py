"""The receptor a blocker occupies, read from "keeps L from binding to its receptors".

"LHRH antagonists prevent LHRH from binding to its receptors", "ARBs block angiotensin II
from binding with receptors": a class of antagonists or blockers that keeps a ligand off its
receptor acts on the receptor, "<L> receptor". Read only for classes whose name says they
antagonise or block (an antibody that "stops RANKL from binding to its receptor" acts on
RANKL itself, which the cue verbs of :mod:`.drug_targets` read), and only when L is a name:
it holds a capital or a digit ("LHRH", "angiotensin II"), or the lexicon knows it.
"""

from __future__ import annotations

import re

from trainer.generator.lexicon import Lexicon

KEEPS_OFF = re.compile(
    r"\b(?:prevent|stop|block|keep)(?:s|ing)?\s+(?:the\s+)?(?:hormones?\s+)?"
    r"(?P<l>[A-Za-z][\w-]*(?:\s+[A-Za-z0-9][\w-]*)?)(?:\s+hormones?)?\s+from\s+"
    r"(?:binding|attaching)\s+(?:to|with|onto)\s+(?:its|their|the)?\s*(?:own\s+)?receptors?\b",
    re.IGNORECASE,
)
# the classes that occupy a receptor rather than bind its ligand
BLOCKER_CLASS = re.compile(r"\b(?:antagonist|blocker)s?$", re.IGNORECASE)


def receptor_of(lexicon: Lexicon, m: re.Match[str]) -> str | None:
    """The receptor a :data:`KEEPS_OFF` match names, "<L> receptor", when L is a name."""
    ligand = m.group("l")
    if not (any(c.isupper() or c.isdigit() for c in ligand) or lexicon.lookup(ligand)):
        return None  # "prevents the body from binding ...": no ligand named
    return lexicon.canonical(f"{ligand} receptor", "target")
