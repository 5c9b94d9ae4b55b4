"""What a risk factor is, as worded: the factors of a list member, keeping the quantifier a
factor needs ("many sexual partners"), and whether a factor names a treatment (whose raised
risks are side effects, unless the treatment is a past exposure).
"""

from __future__ import annotations

import re

from trainer.generator.extract import phrases
from trainer.generator.extract.context import DocContext
from trainer.generator.extract.factors import list_members
from trainer.generator.extract.patterns import split_list, word_places


def factor(dc: DocContext, phrase: str) -> list[str]:
    """Factors of a list member (:func:`phrases.factor`), keeping a quantifier the factor
    needs: "having many sexual partners" -> "many sexual partners", not "sexual partners"."""
    out = []
    if _SCOPE_ONLY.match(phrase):
        return []  # "..., and for adults, being older than 70": whom the next item is said of
    # "being infected with HPV, especially HPV type 16": the tail narrows the factor named
    phrase = re.sub(r",\s*(?:especially|particularly|mainly|mostly)\b.*$", "", phrase, flags=re.I)
    # "changes in the genes linked to X, such as A, B, and C": the examples are factors too
    examples = _ITEM_EXAMPLES.search(phrase)
    # "pernicious anemia (an autoimmune condition in which ...)": a gloss explains the factor
    # before it, and its clause words must not cut the factor's own words
    phrase = _GLOSS.sub("", phrase)
    # "a family cancer syndrome, such as:" over its examples' list: the category is a factor
    phrase = re.sub(r",?\s*(?:such\s+as|including|like|for\s+(?:example|instance))\s*:\s*$", "",
                    phrase, flags=re.IGNORECASE)
    # "people with a family history of X" as an item under "some people are at higher risk":
    # what the group has is the factor
    phrase = _GROUP_WITH.sub("", phrase)
    # "personal behavior like smoking or alcohol use": a kind of factor, then its examples
    kind = _KIND_EXAMPLES.match(phrase.strip())
    if kind:
        return [f for x in list_members(dc, kind.group("x")) for f in phrases.factor(dc, x)]
    # "a history of having had chickenpox": the history is of the condition
    phrase = re.sub(r"\bhistory of having (?:had|been)\s+", "history of ", phrase, flags=re.I)
    for f in phrases.factor(dc, phrase):
        q = next((q for start, _ in word_places(f, phrase)
                  if (q := _MANY_BEFORE.search(phrase, 0, start))), None)
        out.append(f"{q.group(1).lower()} {f}" if q else f)
    named = split_list(examples.group("x")) if examples else []
    if named and all(len(x.split()) <= 4 for x in named):
        seen = {f.lower() for f in out}
        out += [f for x in named for f in phrases.factor(dc, x) if f.lower() not in seen]
    return out


# A member that only says whom the next one is said of: "and for adults", "in children"
_SCOPE_ONLY = re.compile(
    r"^\s*(?:and\s+|or\s+|but\s+)?(?:for|in|among)\s+(?:(?:older|younger|young|adult|"
    r"most|some|many)\s+)?(?:adults|children|kids|teens|teenagers|women|men|boys|girls|"
    r"people|patients|infants|babies|adolescents)\s*$",
    re.IGNORECASE,
)
# A count word right before a factor ("many sexual partners": the count is part of it).
_MANY_BEFORE = re.compile(r"\b(many|multiple|numerous|several)\s+\Z", re.IGNORECASE)
_GROUP_WITH = re.compile(
    r"^\s*(?:people|persons|those|anyone|someone|children|adults)\s+(?:with|who\s+have|who\s+had)"
    r"\s+(?=\w)", re.IGNORECASE,
)
# A kind of factor that is no condition, then its examples: "personal behavior like smoking",
# "environmental factors such as sunlight" (kinds of condition are read by :mod:`.phrases`)
_KIND_EXAMPLES = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:behaviou?rs?|habits?|factors?|lifestyle\s+choices|choices|"
    r"exposures?|things)\s*,?\s+(?:like|such\s+as|including)\s+(?P<x>[^;:()]{2,200}?)\s*\.?$",
    re.IGNORECASE,
)
# ", such as A, B, and C" closing a list member: the examples it names, each a factor (short
# names, not a narrower clause: "prior radiation, including radiotherapy for an earlier
# cancer" is one factor)
_ITEM_EXAMPLES = re.compile(
    r",\s*such\s+as\s+(?P<x>[^;:()]{2,200}?)\s*\.?\s*$", re.IGNORECASE
)


# A bracketed gloss of three words or more (not an age band, "(aged 20 to 39)")
_GLOSS = re.compile(r"\s*\((?!\s*(?:aged?|ages|\d))[^()]*?\s[^()]*?\s[^()]*\)", re.IGNORECASE)


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


# "removal" in "removal or destruction of both glands": an action noun with nothing of its own
_LONE_ACTION = re.compile(r"[A-Za-z]+(?:al|ion|ment|ure|age)", re.IGNORECASE)
# "abnormality of the pancreas": a member that ends with what its trouble is of
_OF_PART = re.compile(r"\b(?:of|in|with)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?$", re.IGNORECASE)


def rejoined(dc: DocContext, members: list[str], text: str) -> list[str]:
    """ "abnormality of the pancreas or bile ducts": the list split the last member's own "or",
    and "bile ducts" alone names a part, no condition; it is joined back to the member whose
    trouble it is of. "removal or destruction of both glands": a lone action noun before "or"
    shares what the next member's action is of."""
    out: list[str] = []
    low = text.lower()
    for member in members:
        bare = member.strip()
        if out and _LONE_ACTION.fullmatch(out[-1].strip()) and " of " in bare:
            said = next((f"{out[-1].strip()} {c} {bare}" for c in ("or", "and")
                         if f"{out[-1].strip()} {c} {bare}".lower() in low), None)
            if said:
                out[-1] = said
                continue
        # (only "A of the B or C" as the text has it, with no comma: "a lack of vitamin D,
        # smoking, or obesity" keeps its three members; nor a habit or a condition's name)
        said = next((f"{out[-1]} {c} {bare}" for c in ("or", "and")
                     if out and f"{out[-1]} {c} {bare}".lower() in low), None)
        part = (
            said and _OF_PART.search(out[-1]) and len(bare.split()) <= 3
            and not re.match(r"\w+ing\b", bare)
            and not any(m.hit("condition") for m in dc.find(bare))
        )
        if part and said:
            out[-1] = said
        else:
            out.append(member)
    return out
