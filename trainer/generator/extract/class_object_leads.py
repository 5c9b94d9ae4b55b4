"""drug_class of the items of a list whose lead-in ends with the class as what is used.

"Treatment usually includes an antifungal medicine:" / "- fluconazole" / "- itraconazole",
"Your doctor may give you a corticosteroid such as:" / "- prednisone": the lead-in names one
class as the object of a verb of use (prescribe, give, use, take, include, treat with), and
ends with it; the items that are only drug names are that class's members. (A lead-in whose
subject is the class, "Corticosteroids used for flares include:", is read in
:mod:`.class_context`.)

A lead-in with a drug, two classes, a negation or words that set the list apart from the
class ("in addition to", "other", "instead of", "after") gives nothing: "Patients who stop
taking statins may use:" lists what is used instead.
"""

from __future__ import annotations

import re

from trainer.generator.extract.class_backrefs import CONTRAST, USED_BEFORE
from trainer.generator.extract.class_context import listed_drugs, names_only
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.drug_names import CLASS, DRUG, labelled_class_facts
from trainer.generator.extract.patterns import negated
from trainer.generator.facts import ExtractedFact

# After the class at the end of the lead-in: a generic noun, "such as", then the colon.
_TAIL = re.compile(
    r"\s*(?:(?:drugs?|medicines?|medications?|agents?)\b)?\s*(?:\([^()]{1,30}\)\s*)?"
    r"(?:,?\s*(?:such as|like|including|for example|e\.g\.,?)?\s*:\s*|"
    # "use chemotherapy drugs to treat tumors that cannot be removed, including": the purpose
    # of the class between it and the examples (no other kind of treatment named in it)
    r"\s+(?:to\s+[a-z]+|for)\s+(?:(?!\b(?:drugs?|medicines?|medications?|agents?|treatments?|"
    r"therap\w*|such|like|including)\b)[^:;.()\[\]]){1,80}?,?\s*(?:such as|including|"
    r"for example)\s*:?\s*)",
    re.IGNORECASE,
)
# Words before the class that say the list is not its members: "after", "before", "with".
# "treated with" names what the treatment is; "given with" a partner.
_NOT_MEMBERS = re.compile(
    r"\b(?:after|before|following|besides|"
    r"(?<!treated )(?<!treatment )(?<!treat )with(?:out)?\s+(?:(?:a|an|the)\s+)?$)",
    re.IGNORECASE,
)


_PURPOSE_NEGATIONS = frozenset({"cannot", "can't", "unable"})


def object_lead_class_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """class -> each drug of a name-only list item under a lead-in ending "... uses CLASS:"."""
    lead = seg.lead
    if lead is None or lead.kind != "sentence" or not seg.main.item_start:
        return []
    if not names_only(seg):
        return []
    lms = dc.mentions(lead)
    classes = [m for m in lms if m.is_kind(*CLASS) and not m.is_kind(*DRUG)]
    if len(classes) != 1 or any(m.is_kind(*DRUG) for m in lms):
        return []
    cls = classes[0]
    text = lead.text
    before = text[: cls.start]
    if not _TAIL.fullmatch(text, cls.end) or not USED_BEFORE.search(before):
        return []
    # a negation in the class's purpose ("tumors that cannot be removed") denies nothing of it
    if negated(text[: cls.end]) or CONTRAST.search(text, 0, cls.end) or _NOT_MEMBERS.search(before):
        return []
    if any(m.group().lower() not in _PURPOSE_NEGATIONS for m in CONTRAST.finditer(text, cls.end)):
        return []  # "antibiotics other than penicillin, such as:"
    return labelled_class_facts(dc, seg, listed_drugs(seg), cls, lead)
