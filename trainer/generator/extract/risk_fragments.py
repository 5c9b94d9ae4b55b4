"""Pieces of a sentence a risk reader can take for a factor on wordings it was not written for.

Each shape below was met on fresh pages: the second half of a coordination that lost its head
("contact with the blood, feces, or urine of an infected, sick, or dead animal" -> "or urine of
an infected", "sick"), a sentence adverb before its clause ("Eventually, X can lead to Y",
"Over many years, X ..." read with the adverb as the factor), a word that only compares ("the
risk factors of A and B are the same"), a passive clause ("if a brother is diagnosed before
age 55"), a group cut from the relative clause that says which of its members are meant ("men
who have sex with men" -> "men"), and a noun phrase cut at a bracket inside it ("the short (p)
arm" -> "the short"), a level cut from the degree it shares ("high cholesterol and triglyceride
levels" -> "triglyceride levels"), an age cut from its bound ("people age 60 and older" ->
"age 60"). Such a reading is kept as a draft with its reason
(:func:`.risk_shape.incomplete` asks here), so no card teaches a piece of a sentence.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.patterns import word_places

# A coordinator opening the factor: the list was split inside one item's words
_COORDINATOR_START = re.compile(r"^(?:or|and|nor|but)\s", re.IGNORECASE)
# A word that only compares two things, never a factor of its own
_COMPARISON = re.compile(
    r"^(?:(?:\w+ly|quite|much|nearly|about)\s+)?(?:the\s+)?(?:same|similar|different|alike|"
    r"identical)$",
    re.IGNORECASE,
)
# A finite passive inside the factor ("a sister is diagnosed before"), not in a relative clause
_INNER_PASSIVE = re.compile(
    r"(?<!\bwho)(?<!\bthat)(?<!\bwhich)\s(?:is|are|was|were)\s+\w+ed\b", re.IGNORECASE
)
# A past participle opening the factor right after a finite "be": the rest of a passive clause
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.IGNORECASE)
_PARTICIPLE_START = re.compile(r"^\w+ed\s+(?:before|after|at|by|with|in|during|as)\b", re.I)
# "people age 60 and older": the bound after the age, without which "age 60" is no group
_AGE_BOUND_AFTER = re.compile(
    r"\s*(?:years?(?:\s+old)?\s+)?(?:and|or)\s+(?:older|over|above|younger|under|below)\b", re.I
)
# A relative clause that says which members of a group are meant
_WHO_AFTER = re.compile(r"\s+(?:who|whose)\s+\w", re.IGNORECASE)
# A bracket inside a noun phrase: "(p)" between an adjective and its noun
_BRACKET_INSIDE = re.compile(r"\s*\([^()]{1,20}\)\s+[a-z]+\b(?!\s+(?:is|are|can|may)\b)")
_ARTICLE_AND_WORD_END = re.compile(r"\b(?:the|a|an)\s+[a-z]+$", re.IGNORECASE)
# "Over time," / "Overall," / "Later,": a one-word frame before the clause, followed by the
# clause's own subject; a list of factors after the first ("Smoking, alcohol and ...") differs
_PREPOSITION_OPENING = re.compile(r"^(?:over|after|during|within|in|for|at|by)\s", re.I)
_COMMA_AFTER = re.compile(r"\s*,\s+(?P<rest>[^.;:]*)")


def fragment(dc: DocContext, factor: str, sentence: str) -> str | None:
    """Why ``factor`` (read from ``sentence``) is a piece of a sentence, or None."""
    f = factor.strip()
    words = f.split()
    if not words:
        return None
    if _COORDINATOR_START.match(f):
        return "uncertain: the second half of a coordination, cut from its head"
    if _COMPARISON.match(f):
        return "uncertain: a word that compares, not a factor"
    if _INNER_PASSIVE.search(f):
        return "uncertain: a passive clause, not a noun phrase"
    places = word_places(f, sentence)
    if not places:
        return None
    if re.search(r"\d$", f) and all(_AGE_BOUND_AFTER.match(sentence, e) for _, e in places):
        return "uncertain: an age cut from the bound that makes it a group"
    if _shares_degree(f, sentence):
        return "uncertain: a level without the degree it shares with the item before it"
    if _PARTICIPLE_START.match(f) and all(_BE_BEFORE.search(sentence[:s]) for s, _ in places):
        return "uncertain: the rest of a passive clause, not a noun phrase"
    if len(words) == 1 and _WHO_AFTER.match(sentence, places[0][1]):
        # the group the sentence opens with ("men who have sex with men" -> "men")
        return "uncertain: the clause that tells which ones are meant was cut off"
    if _ARTICLE_AND_WORD_END.search(f) and all(
        _BRACKET_INSIDE.match(sentence, e) for _, e in places
    ):
        return "uncertain: a noun phrase cut at a bracket inside it"
    framing = (len(words) == 1 and not dc.lexicon.lookup(f)) or _PREPOSITION_OPENING.match(f)
    if framing and all(_frame_word(sentence, s, e) for s, e in places):
        return "uncertain: a word that frames the clause, not its subject"
    if len(words) == 1 and not dc.lexicon.lookup(f) and all(
        _bare_series_word(sentence, s, e) for s, e in places
    ):
        return "uncertain: a bare word in a series whose items share the last one's words"
    return None


def _frame_word(sentence: str, start: int, end: int) -> bool:
    """Whether the word opens the sentence and a comma sets it off from a clause that is no list
    ("Overtime, insulin resistance can lead to diabetes")."""
    if sentence[:start].strip():
        return False
    m = _COMMA_AFTER.match(sentence, end)
    return (
        m is not None
        and not re.search(r"\b(?:and|or)\b|,", m.group("rest"))
        # "hypercalciuria, a condition in which ...": the word named, then its apposition
        and not re.match(r"(?:an?|one|which|who|that|also|or)\b", m.group("rest"), re.I)
    )


# A series of bare words after an article that ends in a longer item, whose words the bare ones
# share: "the blood, feces, or urine of an infected animal", "an infected, sick, or dead animal"
_SERIES_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:[a-z-]+\s*,\s*)+$", re.IGNORECASE)
_SERIES_END = re.compile(
    r"(?:\s*,\s*[a-z]+)*\s*,\s+(?:or|and)\s+[a-z]+\s+(?:(?:of|from)\s+)?[a-z]+\b",
    re.IGNORECASE,
)


def _bare_series_word(sentence: str, start: int, end: int) -> bool:
    """Whether the word stands inside a series of bare words opened by an article and closed by
    an item of two words or more: the last item's words ("of an infected animal", "animal") may
    belong to every member, so the bare word is not the whole item."""
    return bool(
        _SERIES_BEFORE.search(sentence[:start]) and _SERIES_END.match(sentence, end)
    )


# A level named without its degree: "high blood cholesterol and triglyceride levels" -> the
# second item shares "high" with the first, so "triglyceride levels" alone says no risk
_BARE_LEVEL = re.compile(r"^[\w-]+(?:\s+[\w-]+)?\s+levels?$", re.IGNORECASE)
_DEGREE = r"(?:high|low|elevated|raised|increased|decreased|abnormal|unhealthy)"


def _shares_degree(factor: str, sentence: str) -> bool:
    """Whether ``factor`` is a bare level coordinated after an item that opens with a degree
    word, which it shares ("high cholesterol and triglyceride levels")."""
    if not _BARE_LEVEL.match(factor) or re.match(_DEGREE, factor, re.IGNORECASE):
        return False
    return re.search(
        rf"\b{_DEGREE}\s+[\w\s-]{{1,30}}?\s+and\s+{re.escape(factor)}\b", sentence, re.IGNORECASE
    ) is not None
