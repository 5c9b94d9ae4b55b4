"""Whose difference between the sexes a sentence states.

"PSC is more common in men than women" makes male sex a risk factor of PSC; but a page also
says which sex has a symptom more often ("dizziness, which occurs more often in women", "Women
are more likely than men to have angina while resting") or which sex gets another condition
("urethral stricture is more common in men"). Those differences belong to the symptom or to
the other condition, never to the page's disease, so they give no sex factor. Nor does a
difference between groups of one sex ("more often in women of African descent than in women of
European descent", "more common in men who smoke"): the factor is what sets the group apart.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.factors import clause_before

# What a symptom is called in general: the clause before the cue speaks of symptoms
_SYMPTOM_WORD = re.compile(r"\b(?:symptoms?|signs?)\b", re.IGNORECASE)
# Where the thing a sex is "more likely to have" ends
_OBJECT_END = re.compile(r"[,.;:()]|\s(?:while|when|than|if|because|after|before|during)\b")


def of_something_else(dc: DocContext, disease: str, body: str, cue: re.Match[str]) -> bool:
    """Whether the sex difference ``cue`` states is of a symptom or of something other than
    ``disease``: the clause before the cue ("X is more common in men") speaks of symptoms, or
    the clause before it, or the words after it ("more likely than men to have X"), name
    neither the disease nor a word pointing to it ("it", "the condition")."""
    before = clause_before(body, cue.start())
    if _SYMPTOM_WORD.search(before):
        return True
    if cue.groupdict().get("s2"):
        # "Men have a greater risk of X than women": what the risk is of stands in the cue
        return not _names_disease(dc, disease, cue.group(0))
    if re.search(r"\b(?:have|get|develop|with)$", cue.group(0), re.IGNORECASE):
        # "Women are more likely than men to have <after>": what they have is the subject
        after = body[cue.end() : cue.end() + 80]
        end = _OBJECT_END.search(after)
        after = after[: end.start()].strip() if end else after.strip()
        return not _names_disease(dc, disease, after)
    if _POINTER.search(before) and _opens_with_other(dc, disease, body):
        return True  # "PSGN is most common in children, and it most often affects boys"
    return not _names_disease(dc, disease, before)


_OPENING_SUBJECT = re.compile(
    r"^\s*(?:the\s+)?(?P<s>[^,;.]{2,40}?)\s+(?:is|are|can|may|often|usually|mostly|mainly)\b",
    re.IGNORECASE,
)


def _opens_with_other(dc: DocContext, disease: str, body: str) -> bool:
    """Whether the sentence opens with a condition other than ``disease`` as its subject, which
    a later "it" then stands for."""
    m = _OPENING_SUBJECT.match(body)
    if m is None or _names_disease(dc, disease, m.group("s")):
        return False
    # (a short name in capitals the page gave another condition: "PSGN")
    return bool(re.fullmatch(r"[A-Z]{2,6}s?", m.group("s").strip())) or any(
        x.hit("condition") is not None for x in dc.find(m.group("s"))
    )


# Words that point to the condition a page is about
_POINTER = re.compile(
    r"\b(?:it|they|this|these|the\s+(?:condition|disease|disorder|illness|problem|syndrome|"
    r"infection|cancer|tumou?r)s?|types?|forms?|kinds?)\b",
    re.IGNORECASE,
)


def _names_disease(dc: DocContext, disease: str, text: str) -> bool:
    """Whether ``text`` names ``disease`` (by a word of its name or a name the page gave it)
    or points to it."""
    if _POINTER.search(text):
        return True
    d = disease.lower()
    words = {w.rstrip("s") for w in re.findall(r"[a-z0-9-]{3,}", d)} - {"disease", "chronic"}
    said = {w.rstrip("s") for w in re.findall(r"[a-z0-9-]{3,}", text.lower())}
    if words & said:
        return True
    for m in dc.find(text):
        h = m.hit("condition")
        surface = text[m.start : m.end].lower()
        if h is not None and (h.name.lower() in d or d in h.name.lower() or surface in d):
            return True
    return False


# "However, in children, ...", "Among adults, ...": a scope phrase that narrows the sentence to
# one group of people
WITHIN_GROUP = re.compile(
    r"(?:^|[,;]\s*|\.\s+)(?:however,?\s+)?(?:in|among)\s+(?:young\s+|older\s+)?(?:children|kids|"
    r"adults|infants|babies|teens|teenagers|adolescents|the elderly|older people|young people)\s*,",
    re.IGNORECASE,
)


# "women of African descent", "men who smoke", "women with diabetes": a group within one sex
_SUBGROUP_AFTER = re.compile(r"^\s+(?:of|from|who|with|whose|that)\b", re.IGNORECASE)
_SEX_WORDS = {"boys": "m", "men": "m", "males": "m", "girls": "f", "women": "f", "females": "f"}
_THAN_SEX = re.compile(r"\bthan\s+(?:[\w-]+\s+){0,4}?(boys|men|males|girls|women|females)\b",
                       re.IGNORECASE)


def within_one_sex(body: str, cue: re.Match[str]) -> bool:
    """Whether the difference ``cue`` states is between groups of one sex, not between the
    sexes: the sex word opens a narrower group ("women of African descent") or the sentence
    compares it with the same sex ("... than it does in women of European descent")."""
    word = cue.group("s") or cue.groupdict().get("s2") or cue.groupdict().get("s3") or ""
    end = body.find(".", cue.end())
    rest = body[cue.end() : end if end >= 0 else len(body)]
    if cue.group("s") and _SUBGROUP_AFTER.match(rest):
        return True
    other = _THAN_SEX.search(rest)
    return other is not None and _SEX_WORDS[other.group(1).lower()] == _SEX_WORDS[word.lower()]
