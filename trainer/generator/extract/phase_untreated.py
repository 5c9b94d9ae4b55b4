"""First-line therapy told by the patients' lack of earlier treatment.

"approved for previously untreated CLL", "for patients with untreated mantle cell lymphoma",
"in treatment-naive patients", "patients who have not been treated before": the disease has
had no treatment yet, so the drugs given now are its first line (as "newly diagnosed" is, in
:mod:`.phase_settings`). Only for a cancer, where lines of therapy are counted, and only where
the wording qualifies the patients or the disease: "if left untreated, it grows" tells what
happens without treatment, not who is treated.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.phase_settings import SETTING
from trainer.generator.lexicon import Hit, Mention

_UNTREATED = re.compile(
    # "previously untreated CLL", "for patients with untreated disease"
    r"\b(?:for|with|in|treat|treating|of)\s+(?:(?:adult|older|younger)?\s*(?:patients|people|"
    r"adults|children|women|men)\s+(?:with|who\s+have)\s+)?(?P<w>(?:previously\s+)?untreated)\s+"
    r"(?:[\w-]+\s+){0,3}?[\w-]+|"
    r"\b(?P<p>previously\s+untreated)\b|"
    # "treatment-naive patients", "in chemotherapy-naïve adults"
    r"\b(?P<n>(?:treatment|therapy|chemotherapy|chemo)[- ]na[iï]ve)\b|"
    # "patients who have not been treated before", "who have not received any treatment"
    r"\b(?:who|that)\s+(?:has|have)\s+(?P<h>not\s+(?:yet\s+|previously\s+)?(?:been\s+treated|"
    r"received\s+(?:any\s+)?(?:treatment|therapy|chemotherapy)))\b(?!\s+with\b)",
    re.IGNORECASE,
)
_LEFT = re.compile(r"\b(?:if|when)\s+(?:it\s+is\s+|they\s+are\s+)?left\s+$", re.IGNORECASE)


def untreated_setting(dc: DocContext, text: str, cancer: bool) -> list[Mention]:
    """The untreated setting in ``text`` as first-line mentions (for a ``cancer`` only)."""
    low = text.lower()
    if not cancer or ("untreated" not in low and "naive" not in low and "naïve" not in low
                      and "not been treated" not in low and "not received" not in low):
        return []  # the common case, cheaply
    hit = next((h for h in dc.lexicon.lookup("first-line therapy") if h.kind == "phase"), None)
    if hit is None:
        return []
    out = []
    for m in _UNTREATED.finditer(text):
        g = next(k for k in ("w", "p", "n", "h") if m.group(k))
        a, b = m.span(g)
        if _LEFT.search(text, max(0, a - 20), a):
            continue  # "if left untreated": what happens without treatment
        out.append(Mention(a, b, text[a:b], (Hit(hit.kind, hit.name, SETTING, hit.type),)))
    return out
