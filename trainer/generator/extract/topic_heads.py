"""A title that names a condition by its head noun, though the lexicon lacks it.

"Morvane Syndrome", "Kelbrin's Disease of Bone", "Tarsal Fever", "Orvic Dermatitis": the last
word of a condition's name says it is one ("syndrome", "disease", "disorder", "infection",
"fever", a word in "-itis", "-osis" or "-emia"). Such a title is the page's topic even on a
short page that repeats the name only once: a passing mention of another condition (an
"osteoarthritis" in one sentence) must not outcount it. A title without that head noun (a
treatment, a drug, a test) still needs the page to repeat it twice, as before; a title naming
two conditions ("X Syndrome and Y Disease") is never read this way.
"""

from __future__ import annotations

import re

# The head noun of a condition's name, at the end of the name (before "of <site>").
_HEAD = re.compile(
    r"(?:\b(?:syndromes?|diseases?|disorders?|infections?|infestations?|fever)|"
    r"[a-z]{3,}(?:itis|osis|emia|aemia))$",
    re.IGNORECASE,
)
# Words that end like a condition's head noun but name no condition.
_NOT_HEAD = re.compile(r"\b(?:diagnosis|prognosis|osmosis|anemia screening)$", re.IGNORECASE)
# "Kelbrin's Disease of Bone": the name before the site it affects.
_OF_SITE = re.compile(r"\s+of\s+(?:the\s+)?[A-Za-z][\w'’\-]*(?:\s+[A-Za-z][\w'’\-]*)?$", re.I)


def head_name(phrase: str) -> str:
    """The condition's name without the site after its head noun ("Kelbrin's Disease" of
    "Kelbrin's Disease of Bone"); the phrase itself otherwise."""
    core = _OF_SITE.sub("", phrase)
    return core if core != phrase and _HEAD.search(core) else phrase


# Words that make no name before a head noun: "Related Disorders", "Other Infections".
_GENERIC = frozenset({
    "related", "other", "common", "rare", "similar", "associated", "inherited", "genetic",
    "chronic", "acute", "these", "those", "some", "many", "the", "a", "an", "your", "my",
    "all", "certain",
})  # fmt: skip


def names_condition(phrase: str) -> bool:
    """Whether ``phrase`` ends in a condition's head noun, names one condition only, and
    gives it a name ("Related Disorders" is a section, not a condition)."""
    words = phrase.lower().split()
    if not words or "and" in words or "or" in words or "&" in words:
        return False
    core = head_name(phrase)
    if _HEAD.search(core) is None or _NOT_HEAD.search(core) is not None:
        return False
    name = core.lower().split()[:-1]
    if not name:  # one word: only a word built on "-itis", "-osis", "-emia" names a condition
        return re.search(r"(?:itis|osis|emia)$", core, re.IGNORECASE) is not None
    return not all(w in _GENERIC for w in name)


def anaphor(phrase: str) -> re.Pattern[str]:
    """How a page refers back to the condition its title names: "this condition", "this
    syndrome" (the title's own head noun), "this disorder"."""
    head = head_name(phrase).lower().split()[-1].rstrip("s")
    return re.compile(
        r"\bthis (?:condition|disorder|" + re.escape(head) + r")\b", re.IGNORECASE
    )


def repeats_needed(phrase: str) -> int:
    """How often the page must repeat a title the lexicon lacks for it to be the topic: once
    for a condition's name by its head noun, twice for any other title."""
    return 1 if names_condition(phrase) else 2


# The care a title covers, before the condition it is for ("Treatment of X", "Treatment
# Options for X", "Managing X", "Living with X"): the title's words for a page about X.
_CARE_LEAD = re.compile(
    r"^(?:(?:treatments?|treating|managing|management|care|caring|options?|overview|living|"
    r"coping|preventing|prevention|diagnosing|understanding|facts|about)\s+)+"
    r"(?:(?:of|for|with|in|about)\s+)?(?P<x>\S.*)$",
    re.IGNORECASE,
)


def care_lead(phrase: str) -> str | None:
    """The condition a care title is about ("Morvane Syndrome" of "Treatment of Morvane
    Syndrome"), or None when ``phrase`` is no such title."""
    m = _CARE_LEAD.match(phrase.strip())
    return m.group("x").strip() if m else None
