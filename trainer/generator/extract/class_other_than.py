"""drug_class from "CLASS other than X" and "any CLASS except X": naming X as the one left out
of a class says X belongs to it ("Use of antibiotics other than doxycycline is linked to a
higher risk": doxycycline is an antibiotic).

The drugs named after the one left out, "AIs other than exemestane, specifically anastrozole
and letrozole", are the class's other members. Only a plain class word before "other than"
or "except" counts; a generic noun ("medicines other than aspirin") names no class, and a drug
after "rather than" or "instead of" is set against the class, not inside it.
"""

from __future__ import annotations

import re

from trainer.generator.extract.drug_names import CLASS, DRUG, members_from
from trainer.generator.extract.patterns import scope_end
from trainer.generator.lexicon import Mention

_OTHER_THAN = re.compile(
    r"\s*(?:(?:drugs?|medicines?|medications?|agents?)\s+)?(?:,\s*)?"
    r"(?:other\s+than|except(?:\s+for)?|apart\s+from|besides)\s+",
    re.IGNORECASE,
)

_THE_REST = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:[–—]|,)\s*(?:specifically|namely|such as|like|including|"
    r"e\.g\.),?\s*",
    re.IGNORECASE,
)


def other_than_members(text: str, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(drug, class) for the drugs a class is said to hold besides the rest."""
    out: list[tuple[Mention, Mention]] = []
    for i, c in enumerate(ms[:-1]):
        d = ms[i + 1]
        if not c.is_kind(*CLASS) or c.is_kind(*DRUG) or not d.is_kind(*DRUG):
            continue
        if d.is_kind(*CLASS) or not _OTHER_THAN.fullmatch(text, c.end, d.start):
            continue
        left_out = members_from(text, ms, i + 1, scope_end(text, d.start))
        out += [(m, c) for m in left_out]
        # "AIs other than exemestane—specifically, anastrozole and letrozole": the rest named
        rest = _THE_REST.match(text, left_out[-1].end) if left_out else None
        k = next((j for j, m in enumerate(ms) if rest and m.start == rest.end()), None)
        if k is not None and ms[k].is_kind(*DRUG) and not ms[k].is_kind(*CLASS):
            out += [(m, c) for m in members_from(text, ms, k, scope_end(text, ms[k].start))]
    return out
