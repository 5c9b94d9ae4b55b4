"""The phase a list item's opening label names, for the sentences and sub-items under it.

"- Prodrome phase treatment. The goal is to stop an episode early. A provider may recommend:
  - ondansetron for nausea": the item opens with a sentence that is nothing but a phase's name
(with "treatment", "therapy" or "care" at most), a label as a heading would be, and what the
item goes on to give is given in that phase, however many sentences stand between. A sentence
in between that names another phase ends the label's reach (the walk of :mod:`.phase_focus`
reads that one); one that names the label's own phase again does not.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

_LABEL_TAIL = re.compile(r"\s*(?:treatment|therapy|care|management)?\s*[.:]?\s*", re.IGNORECASE)
_LABEL_HEAD = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
_MAX_BACK = 12  # sentences of one item a label may reach over

# "stop an episode from moving to the vomiting phase", "before it progresses into the acute
# phase": a phase named as where the illness goes next is not the phase the sentence is about
_MOVES_TO = re.compile(
    r"\b(?:mov(?:e|es|ed|ing)|progress(?:es|ed|ing)?|advanc(?:e|es|ed|ing)|go(?:es|ing)?|"
    r"turn(?:s|ed|ing)?|pass(?:es|ed|ing)?|shift(?:s|ed|ing)?|enter(?:s|ed|ing)?|"
    r"reach(?:es|ed|ing)?)\s+(?:on\s+)?(?:to|into|in\s+to)?\s*(?:the\s+|a\s+|its\s+)?$",
    re.IGNORECASE,
)


def destination(text: str, m: Mention) -> bool:
    """Whether phase ``m`` is named as where the illness moves next (see :data:`_MOVES_TO`)."""
    return bool(_MOVES_TO.search(text, max(0, m.start - 40), m.start))


def item_label_phase(dc: DocContext, u: Unit) -> tuple[Mention, Unit] | None:
    """The phase the label opening ``u``'s list item names, and the label's unit; None when
    the item opens with no such label or a sentence before ``u`` names a phase."""
    if u.kind != "item":
        return None
    k = u.index
    between: set[str] = set()
    for _ in range(_MAX_BACK):
        cur = dc.units[k]
        phases = [m for m in dc.mentions(cur)
                  if m.is_kind("phase") and not destination(cur.text, m)]
        first_of_item = k == 0 or dc.units[k - 1].para != cur.para
        if first_of_item:
            found = _label(cur, phases)
            # a sentence between that names another phase is its own focus
            return found if found and between <= {found[0].name("phase")} else None
        between |= {m.name("phase") for m in phases}
        k -= 1
    return None


def _label(u: Unit, phases: list[Mention]) -> tuple[Mention, Unit] | None:
    if len(phases) != 1:
        return None
    p = phases[0]
    text = u.text
    whole = _LABEL_HEAD.fullmatch(text, 0, p.start) and _LABEL_TAIL.fullmatch(text, p.end)
    return (p, u) if whole else None
