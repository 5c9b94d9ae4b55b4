"""How far a hedge reaches a drug_class reading.

A hedge in a sentence that places a drug in a class is nearly always about what the drug is
used for, not about what kind of drug it is: "X, a TKI, is being studied in children with Y",
"TKIs such as X may be used", "Targeted therapies under study include X". The class is stated
as plainly as in an unhedged sentence, so such a reading keeps no more than the mild hedge of
ordinary clinical wording (still flagged "hedged") instead of the strong hedge a trial's
report gives the sentence's claim, which would hold it below the card threshold.

The hedge stands where the sentence doubts the kind itself: "X may be a TKI", "X is thought to
act as a PARP inhibitor", "whether X works as a ...", and where it comes before the first drug
or class the sentence names, so that the class is named only inside a hope ("Researchers might
one day test statins such as X").
"""

from __future__ import annotations

import re
from dataclasses import replace

from trainer.generator.extract.context import HEDGE_MILD_FACTOR, Segment, hedge_factor
from trainer.generator.extract.drug_names import CLASS, DRUG

# A doubt of what a drug is or how it acts, rather than of its use
_DOUBTS_KIND = re.compile(
    r"\bwhether\b|"
    r"\b(?:may|might|could|can)\s+(?:also\s+|still\s+|actually\s+)?(?:be|act|work|function|"
    r"behave|belong)\b(?!\s+(?:used|given|tried|offered|prescribed|added|combined|an?\s+option|"
    r"helpful|useful|effective|safe|needed|recommended|approved|better|more|less|an?\s+"
    r"(?:treatment|therapy|choice|alternative)))|"
    r"\b(?:thought|believed|suspected|presumed|assumed|hypothesi[sz]ed|proposed|considered)\s+"
    r"to\s+(?:be|act|work)\b|"
    r"\b(?:appears?|seems?)\s+to\s+(?:be|act|work)\b|"
    r"\b(?:possibly|probably|perhaps|presumably|putative|possible|potential|candidate|proposed|"
    r"presumed)\b",
    re.IGNORECASE,
)


def kind_hedge(seg: Segment) -> Segment:
    """``seg`` with its hedge no stronger than the mild one, unless the sentence doubts the
    kind of drug itself (see the module docstring)."""
    if seg.hedge >= HEDGE_MILD_FACTOR or _DOUBTS_KIND.search(seg.text):
        return seg
    first = next((m for m in seg.mentions if m.is_kind(*DRUG, *CLASS)), None)
    if first is None or hedge_factor(seg.text[: first.start]) < 1.0:
        return seg  # "Researchers might one day test statins such as X": a hope, first
    return replace(seg, hedge=HEDGE_MILD_FACTOR)
