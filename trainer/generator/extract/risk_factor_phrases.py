"""What a risk factor is, as worded: the factors of a list member, keeping the quantifier a
factor needs ("many sexual partners"), and whether a factor names a treatment (whose raised
risks are side effects, unless the treatment is a past exposure).
"""

from __future__ import annotations

import re

from trainer.generator.extract import phrases
from trainer.generator.extract.context import DocContext


def factor(dc: DocContext, phrase: str) -> list[str]:
    """Factors of a list member (:func:`phrases.factor`), keeping a quantifier the factor
    needs: "having many sexual partners" -> "many sexual partners", not "sexual partners"."""
    out = []
    # "being infected with HPV, especially HPV type 16": the tail narrows the factor named
    phrase = re.sub(r",\s*(?:especially|particularly|mainly|mostly)\b.*$", "", phrase, flags=re.I)
    # "a history of having had chickenpox": the history is of the condition
    phrase = re.sub(r"\bhistory of having (?:had|been)\s+", "history of ", phrase, flags=re.I)
    for f in phrases.factor(dc, phrase):
        q = re.search(
            rf"\b(many|multiple|numerous|several)\s+{re.escape(f)}\b", phrase, re.IGNORECASE
        )
        out.append(f"{q.group(1).lower()} {f}" if q else f)
    return out


# A treatment's words: what a treatment raises the risk of is its side effect or late effect
_TREATMENT_WORD = re.compile(
    r"\b(?:therapy|therapies|treatment|radiation|radiotherapy|chemotherapy|chemo|surgery|"
    r"transplant\w*|medicines?|medications?|drugs?)\b",
    re.IGNORECASE,
)


def is_treatment(dc: DocContext, factor: str) -> bool:
    """Whether a factor names a treatment ("anastrozole", "radiation therapy to the chest"):
    the risk it raises of a condition other than the document's topic is a side effect, which
    is not keyed as a risk factor. A past treatment ("prior chemotherapy") is an exposure, a
    risk factor like any other."""
    if re.match(r"(?:previous|prior|past|earlier|history of)\b", factor, re.IGNORECASE):
        return False
    if _TREATMENT_WORD.search(factor):
        return True
    return any(m.is_kind("drug", "drug_class", "phase") for m in dc.find(factor))
