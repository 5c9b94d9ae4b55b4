"""Whether a phrase is shaped like a symptom's or a sign's name when no list knows it.

A symptom's name ends with a symptom head noun before any place or time ("a sharp pain in the
lower back", "fullness after a meal"), or opens with a word that names a difficulty or a
change ("trouble concentrating", "loss of appetite"). The words are data, in
``resources/lexicon/symptom_shapes.yaml``; a name the lexicon knows as a disease is never a
symptom by its shape ("kidney disease").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import yaml

from trainer.config import resources_dir
from trainer.generator.lexicon import Lexicon

if TYPE_CHECKING:
    from trainer.generator.extract.context import DocContext


@dataclass(frozen=True)
class Shapes:
    heads: frozenset[str]
    openers: tuple[str, ...]
    parts: frozenset[str] = frozenset()
    qualified: frozenset[str] = frozenset()
    forms: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def shapes() -> Shapes:
    """The symptom name shapes of ``symptom_shapes.yaml`` (read once)."""
    path = resources_dir() / "lexicon" / "symptom_shapes.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    heads = frozenset(str(w).lower() for w in data.get("heads") or ())
    openers = tuple(sorted((str(w).lower() for w in data.get("openers") or ()), key=len,
                           reverse=True))
    parts = frozenset(str(w).lower() for w in data.get("parts") or ())
    qualified = frozenset(str(w).lower() for w in data.get("qualified_heads") or ())
    forms = frozenset(str(w).lower() for w in data.get("forms") or ())
    return Shapes(heads, openers, parts, qualified, forms)


# Where the name proper ends: a place, a time or a cause after it
_AFTER_HEAD = re.compile(
    r"\s+(?:all\s+over|in|on|of|at|around|under|near|behind|between|from|after|during|before|when|while|"
    r"with|without|that|which|due|caused|along|across|over|throughout|to)\b.*$",
    re.IGNORECASE,
)
_DISEASE_TYPES = ("disease", "subtype", "syndrome", "infection")


def _singular(word: str) -> str:
    """The singular of a plural word; a Greek or Latin singular in "-sis" or "-us" ("paralysis",
    "ptosis", "spasmus") is no plural and stays as it is."""
    if word.endswith(("sis", "us")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("aches"):
        return word[:-1]  # "aches", "headaches": the "e" is the word's own
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


# A part that looks unequal to its pair: "one leg that appears longer than the other"
_LOOKS_UNEQUAL = re.compile(
    r"^(?:one\s+)?(?P<p>[a-z]+)\s+(?:(?:that\s+)?(?:appears?|looks?|is|seems?)\s+)?"
    r"(?:[a-z]+er|more\s+[a-z]+|less\s+[a-z]+)\s+than\s+the\s+other\b"
)


def looks_unequal(text: str) -> bool:
    """Whether ``text`` is a part seen unequal to its pair ("one shoulder higher than the
    other", "one leg that appears longer than the other"): a sign, its clause part of it."""
    seen = _LOOKS_UNEQUAL.match(re.sub(r"^(?:an?|the)\s+", "", text.strip(" .,;:").lower()))
    return seen is not None and seen.group("p") in shapes().parts
_NORMAL = re.compile(r"(?:normal|near-normal|nearly\s+normal|good)\s")
_LIKENESS = re.compile(r"[a-z]+-like\s+(?:illness|symptoms?)")


def symptom_shaped(lexicon: Lexicon, phrase: str) -> bool:
    """Whether ``phrase`` reads as a symptom's name: a lexicon symptom or sign, else a name
    with a symptom head noun or opening word (never one the lexicon calls a disease)."""
    text = re.sub(r"\s*\([^()]*\)", "", phrase).strip(" ,.;:").lower()
    text = re.sub(r"^(?:an?|the|some|sudden|frequent)\s+", "", text)
    text = _DEGREE.sub("", text)
    if not text or len(text.split()) > 12:
        return False
    if len(text.split()) > 8 and len(_AFTER_HEAD.sub("", text).split()) > 4:
        return False  # a long name is a short one and where it is felt, or it is no name
    hits = [h for h in lexicon.lookup(text) if h.kind == "condition"]
    if hits:
        return any(h.type in ("symptom", "sign") for h in hits)
    if _NORMAL.match(text):
        return False  # "normal balance", "near-normal hearing": what is not wrong is no sign
    if _LIKENESS.fullmatch(text):
        return True  # "a flu-like illness": the illness it resembles names no disease it is
    if any(text.startswith(f"{o} ") for o in shapes().openers):
        return True
    if looks_unequal(text):
        return True  # "one leg that appears longer than the other": a sign seen on a part
    first, sep, other = text.partition(" or ")
    if sep and len(other.split()) <= 4 and not any(
        h.kind == "condition" and h.type in _DISEASE_TYPES for h in lexicon.lookup(other)
    ):
        if symptom_shaped(lexicon, first):
            return True  # "drooping eyelid or corner of the mouth": a sign, then another place
        if len(first.split()) == 1 and len(other.split()) >= 2:
            # "blurred or double vision": two words sharing the head after the second
            return symptom_shaped(lexicon, f"{first} {other.split(' ', 1)[1]}")
    core = _AFTER_HEAD.sub("", text).strip()
    words = core.split()
    if not words:
        return False
    last_two = " ".join(_singular(w) for w in words[-2:])
    head = _singular(words[-1])
    if head in shapes().qualified and all(_VAGUE.match(w) for w in words[:-1]):
        return False  # "serious health problems": nothing says what the trouble is in
    return head in shapes().heads or last_two in shapes().heads or _part_gone_wrong(words)


def vague_problem(phrase: str) -> bool:
    """Whether ``phrase`` is a vague head ("problems") with nothing saying what the trouble is
    in: "serious health problems", "other problems"."""
    words = re.sub(r"^(?:an?|the)\s+", "", phrase.strip(" ,.;:").lower()).split()
    return bool(words) and _singular(words[-1]) in shapes().qualified and all(
        _VAGUE.match(w) for w in words[:-1]
    )


# How bad a sign is, or the range of how bad among the people who have it ("mild to moderate
# intellectual disability"): not part of the sign's name
_DEGREE = re.compile(
    r"^(?:mild|moderate|severe|profound)(?:\s+(?:to|or)\s+(?:moderate|severe|profound))?\s+"
)


# Words before a vague head that say how bad or how many, not what the trouble is with
_VAGUE = re.compile(
    r"^(?:serious|severe|mild|major|minor|significant|health|medical|other|many|more|some|"
    r"any|various|several|certain|related|additional|further|new|possible|potential|"
    r"long-term|lifelong|ongoing|common|rare|such|these|those|no|few|little|main|key|primary|"
    # "the disorder's main features": whose, not what
    r"principal|specific|particular|two|three|four|five|[a-z]+'s)$"
)


# A participle saying what is wrong with a part: "dragging", "swollen", "drooping", "enlarged"
_PARTICIPLE = re.compile(r"^[a-z]{3,}(?:ing|ed|en)$")
# Participles that say which part, not what is wrong with it: "the affected foot", "exposed skin"
_WHICH_PART = re.compile(
    r"^(?:affected|involved|exposed|related|called|named|used|based|treated|operated|"
    r"injured|opposing|remaining|underlying|surrounding|following|existing|working)$"
)


def _part_gone_wrong(words: list[str]) -> bool:
    """ "a dragging foot", "swollen lymph nodes", "large ears": a participle or a word of form
    before a body part, at most one word between, is a sign; the part alone ("foot") or with a
    plain adjective is not."""
    parts = shapes().parts
    for n in (1, 2):
        if len(words) > n and " ".join(words[-n:]) in parts:
            before = words[: -n]
            return 1 <= len(before) <= 2 and (
                before[0] in shapes().forms
                or (_PARTICIPLE.match(before[0]) is not None and not _WHICH_PART.match(before[0]))
            )
    return False


def body_part_word(word: str) -> bool:
    """Whether ``word`` is a body part (or function) a sign may name ("mouth", "speech")."""
    return word.strip().lower() in shapes().parts


_WORD = re.compile(r"[a-z]+")


def shape_hint(text: str) -> bool:
    """A cheap test: whether ``text`` holds a word a symptom's name may end or open with, so a
    sentence naming no symptom the lexicon knows may still be worth reading by shape."""
    sh = shapes()
    openers = {o.split()[0] for o in sh.openers}
    words = _WORD.findall(text.lower())
    if any(_singular(w) in sh.heads or w in openers for w in words):
        return True
    # "dry eyes", "large ears": a part with a word of its form or state
    return any(w in sh.parts for w in words) and any(w in sh.forms for w in words)


def reads_as_symptom(dc: DocContext, member: str) -> bool:
    """Whether a member after "symptoms of X are" reads as a symptom by the lexicon or its
    shape ("dry eyes and mouth" by its first part): after a copula a predicate may stand where
    a list would, so each member must name a symptom, not merely be a short phrase."""
    first = re.sub(r"\s+(?:and|or)\s+\w+$", "", member)
    if symptom_shaped(dc.lexicon, member) or symptom_shaped(dc.lexicon, first):
        return True
    words = first.lower().split()
    if 2 <= len(words) <= 3 and body_part_word(words[-1]):
        return True  # "dry eyes", "a stiff neck": what is wrong with a part
    # a sign the lexicon files as a complication ("rash"), never a disease
    hits = dc.lexicon.lookup(re.sub(r"^(?:an?|the)\s+", "", member.strip(), flags=re.I))
    return any(h.kind == "condition" and h.type == "complication" for h in hits)
