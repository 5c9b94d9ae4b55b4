"""A drug compared with the other members of its own class: "Like other statins, X lowers
...", "As with other antibiotics, X can ...", "X, like all other NSAIDs, can cause ...".

"Other" says the drug is one of the class it is compared with, so the comparison places it in
the class. Without "other" ("Like chemotherapy, X can cause hair loss") the sentence only
compares two treatments, and "Unlike other ..." may set the drug apart from the class; neither
gives a fact.
"""

from __future__ import annotations

import re

from trainer.generator.extract.drug_names import CLASS, DRUG
from trainer.generator.lexicon import Mention

# the comparison before the class: "Like (most|all|many|some)? other", "As with other"
_LIKE_OTHER = re.compile(
    r"(?:^|[.;:]\s+|,\s*)(?:just\s+)?(?:like|as\s+with|similar\s+to)\s+"
    r"(?:(?:all|most|many|some|the|several)\s+)?(?:of\s+the\s+)?other\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# after the class, up to the drug that opens the main clause: "Like other statins, X ..."
_TO_SUBJECT = re.compile(
    r"\s*(?:drugs?|medicines?|medications?|agents?)?\s*,\s*(?:the\s+(?:drug|medicine)\s+)?$",
    re.IGNORECASE,
)
# "X, like other statins, ...": the drug before the comparison set off by commas
_ASIDE_BEFORE = re.compile(r"\s*(?:[\(\[][^()\[\]]{0,40}[\)\]]\s*)?$")
_ASIDE_AFTER = re.compile(r"\s*(?:drugs?|medicines?|medications?|agents?)?\s*,")


# "Like other statins, it lowers ...": the pronoun that opens the main clause
_TO_PRONOUN = re.compile(
    r"\s*(?:drugs?|medicines?|medications?|agents?)?\s*,\s*(?:it|this\s+(?:drug|medicine))\b",
    re.IGNORECASE,
)


def like_other_pronouns(text: str, ms: list[Mention]) -> list[tuple[int, Mention]]:
    """(where the pronoun stands, class) for "Like other statins, it ...": the drug the pronoun
    takes up is one of the class (the caller resolves it)."""
    if "other" not in text.lower():
        return []
    out: list[tuple[int, Mention]] = []
    for c in ms:
        if not c.is_kind(*CLASS) or c.is_kind(*DRUG):
            continue
        cue = _LIKE_OTHER.search(text, 0, c.start)
        if cue is None or cue.group(0).lstrip().startswith(","):
            continue
        pronoun = _TO_PRONOUN.match(text, c.end)
        if pronoun is not None:
            out.append((pronoun.end(), c))
    return out


def like_other_members(text: str, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(drug, class) for each drug compared with the other members of a class."""
    if "other" not in text.lower():
        return []
    out: list[tuple[Mention, Mention]] = []
    for k, c in enumerate(ms):
        if not c.is_kind(*CLASS) or c.is_kind(*DRUG):
            continue
        cue = _LIKE_OTHER.search(text, 0, c.start)
        if cue is None or cue.end() != c.start:
            continue
        if cue.group(0).lstrip().startswith(","):
            # "X, like other statins, can ...": the drug right before the comma
            d = ms[k - 1] if k else None
            if (
                d is not None
                and d.is_kind(*DRUG)
                and _ASIDE_BEFORE.fullmatch(text, d.end, cue.start())
                and _ASIDE_AFTER.match(text, c.end)
            ):
                out.append((d, c))
            continue
        d = ms[k + 1] if k + 1 < len(ms) else None
        if d is not None and d.is_kind(*DRUG) and _TO_SUBJECT.fullmatch(text, c.end, d.start):
            out.append((d, c))  # "Like other statins, atorvastatin lowers ..."
    return out
