"""Names of tumours and blood cancers no list knows, recognised by their shape.

A tumour's name ends with a head noun ("cancer", "carcinoma", "sarcoma", "leukemia",
"lymphoma", "tumor") or is a word ending in "-oma" ("neuroblastoma", "melanoma",
"mesothelioma"); the words before the head that name its organ or cell ("renal cell",
"non-small cell lung", "gastrointestinal stromal") belong to it, up to a word that does not
(an article, a verb, a preposition, a number) or a word that qualifies the course, stage or
patient rather than the disease ("recurrent", "stage", "childhood"). A head with no word of
its own before it ("cancer", "the tumor") names no one disease and is left out; an "-oma"
word names one by itself.

The word lists are data, in ``resources/lexicon/name_patterns.yaml``: the heads, the "-oma"
words that name no tumour ("stoma", "hematoma"), and the qualifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from trainer.generator.namepatterns import _load_yaml, name_patterns, singular

# A word of a name: letters, a hyphen inside ("non-small", "B-cell"), an apostrophe ("Wilms'")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")
_HINT = ("oma", "cancer", "leuk", "tumo", "neoplasm")
MAX_MODIFIERS = 4
_IN_SITU = re.compile(r"\s+in\s+situ\b", re.IGNORECASE)
_ROMAN = re.compile(r"[IVX]+[ABC]?")


@dataclass(frozen=True)
class _Words:
    heads: frozenset[str]
    not_omas: frozenset[str]
    stops: frozenset[str]
    after: frozenset[str]  # nouns after a head that make it a modifier ("cancer cells")


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = _load_yaml("name_patterns.yaml")

    def low(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key, []))

    return _Words(
        heads=low("disease_heads"),
        not_omas=low("not_disease_omas"),
        stops=low("disease_qualifiers") | name_patterns().not_modifiers,
        after=low("not_disease_after"),
    )


def _head(word: str) -> str | None:
    """The head noun ``word`` is, singular, or None."""
    w = _words()
    key = singular(word.lower())
    if key in w.heads:
        return key
    if key.endswith("oma") and len(key) >= 6 and key not in w.not_omas and key.isalpha():
        return key
    return None


def _generic(head: str) -> bool:
    """A head that needs a word of its own before it ("lung cancer", not "cancer")."""
    return head in _words().heads and head not in ("blastoma", "melanoma", "glioma", "myeloma")


@dataclass(frozen=True, slots=True)
class DiseaseName:
    """A tumour's name found by its shape: character offsets and the name, in lower case
    except for words the text capitalises in mid-sentence (proper names, acronyms)."""

    start: int
    end: int
    name: str


def disease_names(text: str) -> list[DiseaseName]:
    """The tumours' names ``text`` holds (see the module docstring)."""
    low = text.lower()
    if not any(h in low for h in _HINT):
        return []
    words = list(_WORD.finditer(text))
    out: list[DiseaseName] = []
    for i, m in enumerate(words):
        head = _head(m.group())
        if head is None:
            continue
        if i + 1 < len(words) and _head(words[i + 1].group()) is not None and _joined(
            text, m, words[i + 1]
        ):
            continue  # "melanoma tumor": the last head closes the name
        first = i
        while first > 0 and i - first < MAX_MODIFIERS:
            prev = words[first - 1]
            if not _joined(text, prev, words[first]) or not _modifier(prev.group(), words[first]):
                break
            if prev.start() > 0 and (text[prev.start() - 1] in "-–/" or text[
                prev.start() - 1
            ].isalnum()):
                break  # "HER2-positive": a word hyphened to a symbol is no part of the name
            first -= 1
        if first == i and _generic(head):
            continue
        if i + 1 < len(words) and _joined(text, m, words[i + 1]) and (
            words[i + 1].group().lower() in _words().after
            or (m.group()[:1].isupper() and words[i + 1].group()[:1].isupper() and i > 0
                and not text[: words[first].start()].rstrip().endswith((".", ":", "#")))
        ):
            continue  # "cancer cells", "Cancer Center": the head names something else
        if first > 0 and words[first - 1].group().lower() in ("and", "or", "&") and _joined(
            text, words[first - 1], words[first]
        ):
            continue  # "head and neck cancer", "breast and ovarian cancer": a coordination
        end = m.end()
        situ = _IN_SITU.match(text, end)
        if situ is not None:
            end = situ.end()  # "ductal carcinoma in situ": a stage named as part of the name
        surface = text[words[first].start() : m.end()]
        name = _display(surface) + (" in situ" if situ is not None else "")
        out.append(DiseaseName(words[first].start(), end, name))
    return out


def _joined(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """Whether only spaces stand between two words."""
    gap = text[a.end() : b.start()]
    return bool(gap) and gap.isspace() and "\n" not in gap


def _modifier(word: str, after: re.Match[str]) -> bool:
    """Whether ``word`` names part of the disease before the word ``after``."""
    key = word.lower()
    if key == "small" and after.group().lower() == "cell":
        return True  # "small cell lung cancer"
    if key.split("-")[-1] in ("positive", "negative", "grade", "risk", "stage", "related"):
        return False  # "ER-negative", "high-grade": a status or grade, not the name
    if key in _words().stops or key.endswith(("ly", "ing", "'s", "’s")) or len(key) < 2:
        return False
    if key.endswith("ed") and not key.endswith(("ced", "eed")):
        return False  # "diagnosed", "treated"; "advanced" is a listed qualifier
    if word.isupper() and (len(word) > 4 or _ROMAN.fullmatch(word)):
        return False  # a heading's capitals or a stage ("stage IV"), not the name's acronym
    return _head(word) is None or key.endswith("oma")


def _display(surface: str) -> str:
    """The name in lower case, acronyms kept ("primary CNS lymphoma"), a plural made
    singular; the page's own capitals (proper names) are put back by the page-topic reader."""
    ws = surface.split()
    out = []
    for w in ws:
        keep = w.isupper() and len(w) >= 2
        out.append(w if keep else w.lower())
    out[-1] = singular(out[-1]) if out[-1].lower() != "leukaemias" else "leukaemia"
    return " ".join(out)
