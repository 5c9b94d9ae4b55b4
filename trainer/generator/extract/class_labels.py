"""drug_class from a class named alone as a label before a sentence about its drugs.

Patient pages often open a paragraph with the class as a run-in label, or put it in a heading
of its own: "Antiplatelet medicines. Aspirin and clopidogrel keep platelets from sticking",
"Anticoagulants. These medicines, such as warfarin, thin the blood", "## Corticosteroids" then
"Prednisone and budesonide reduce swelling." The drugs the next sentence opens with belong to
the labelled class.

Only the first sentence after the label counts, and only drugs that open it (as its subject,
or after "These medicines, such as"); a label that says more than a class name ("Side effects
of antibiotics.") or names a drug gives nothing, as does a treatment modality; so does a
sentence that is negated or hedged, names a class itself, or sets its drugs against others
("Ezetimibe is another option when statins fail").
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.drug_names import (
    CLASS,
    DRUG,
    MODALITY,
    labelled_class_facts,
    members_from,
)
from trainer.generator.extract.patterns import negated, scope_end
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

# What a label may hold besides its class name: a generic noun, a bracketed abbreviation or
# pronunciation, the final stop
_LABEL_REST = re.compile(
    r"[\s.:]*(?:(?:drugs?|medicines?|medications?|agents?)\b)?\s*(?:\([^()]{1,30}\))?[\s.:]*",
    re.IGNORECASE,
)
# A sentence that sets its drugs against others: "another option", "unlike", "instead of"
_CONTRAST = re.compile(
    r"\b(?:unlike|instead|rather than|another|other|alternative|compared|versus|vs\.?|"
    r"except|but)\b",
    re.IGNORECASE,
)
# Before the sentence's first drug: nothing, an article, or "These medicines, such as"
_OPENING = re.compile(
    r"\s*(?:(?:the|both|several|some)\s+)?(?:(?:these|such|the)\s+(?:drugs|medicines|medications"
    r"|agents)\s*,?\s*(?:such as|like|including|for example,?)\s+)?",
    re.IGNORECASE,
)


def label_class_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """class -> each drug the sentence after a class label opens with."""
    if seg.lead is not None or seg.hedge < 1.0:
        return []
    ms = seg.mentions
    if not ms or not ms[0].is_kind(*DRUG) or any(m.is_kind(*CLASS) for m in ms):
        return []  # a class named again in the sentence says for itself who belongs to it
    if negated(seg.text) or _CONTRAST.search(seg.text):
        return []  # "Aspirin, unlike warfarin, does not thin the blood"
    if not _OPENING.fullmatch(seg.text, 0, ms[0].start):
        return []
    label = _label_before(dc, seg.main)
    if label is None:
        return []
    unit, cls = label
    members = members_from(seg.text, ms, 0, scope_end(seg.text, ms[0].start))
    return labelled_class_facts(dc, seg, members, cls, unit)


def _label_before(dc: DocContext, unit: Unit) -> tuple[Unit, Mention] | None:
    """The unit just before ``unit`` (same paragraph, or its heading) when it is only a class
    name, with that class."""
    if unit.index == 0:
        return None
    prev = dc.units[unit.index - 1]
    same_para = prev.para == unit.para and prev.kind == "sentence"
    own_heading = prev.kind == "heading" and unit.section == prev.index
    if not (same_para or own_heading):
        return None
    pms = dc.mentions(prev)
    if len(pms) != 1 or not pms[0].is_kind(*CLASS) or pms[0].is_kind(*DRUG):
        return None
    cls = pms[0]
    if MODALITY.search(cls.name("drug_class")):
        return None  # "Chemotherapy." labels a kind of treatment, not a class of its drugs
    if prev.text[: cls.start].strip() or not _LABEL_REST.fullmatch(prev.text, cls.end):
        return None
    return prev, cls
