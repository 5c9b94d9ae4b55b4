"""Drugs in brackets after two classes joined by "or": whose members are they?

"targeted therapy or immunotherapy (A, B, C or D)": the bracket follows the second class, but
the drugs are the examples of both, and the text does not say which drug is of which class.
Read as the second class's members, some would be wrong; so these readings are held as drafts
for review (:data:`SHARED_LIST`), not cards.
"""

from __future__ import annotations

import re

from trainer.generator.extract.drug_names import CLASS, DRUG
from trainer.generator.lexicon import Mention

SHARED_LIST = "the bracketed drugs follow two classes joined by 'or'"
# "or" offers either class for the drugs; "chemotherapy and targeted therapy (bevacizumab)" and
# "and/or" name both treatments given, the bracket the examples of the nearer one
_JOINED = re.compile(r"\s*(?:,\s*)?or\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


def shared_list(text: str, ms: list[Mention], i: int, between: str) -> bool:
    """Whether the list after class ``ms[i]`` opens with a bracket and the class is the second
    of two classes joined by "or" ("targeted therapy or immunotherapy (A, B)")."""
    if not between.lstrip().startswith("(") or i == 0:
        return False
    prev = ms[i - 1]
    return (prev.is_kind(*CLASS) and not prev.is_kind(*DRUG)
            and bool(_JOINED.fullmatch(text, prev.end, ms[i].start)))
