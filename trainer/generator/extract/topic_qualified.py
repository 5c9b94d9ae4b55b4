"""A form of the page's topic a sentence speaks of: "chronic Q fever", "severe ehrlichiosis".

A page about Q fever says what raises the risk of chronic Q fever; a page about immune
thrombocytopenia says which sex is more likely to get chronic ITP. When a sentence names the
condition whose risk it states only in one qualified form (a word of course or origin listed
under ``topic_qualifiers`` in ``resources/lexicon/name_patterns.yaml``, right before the name
or its short name), the fact is about that form, not the condition as a whole. A sentence that
also names the condition plainly, or names two forms, keeps the condition as its subject.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from trainer.generator.extract.patterns import no_apostrophes
from trainer.generator.namepatterns import _load_yaml

if TYPE_CHECKING:
    from trainer.generator.extract.context import DocContext


@lru_cache(maxsize=1)
def qualifiers() -> frozenset[str]:
    """The words of course or origin that name a form of a condition."""
    return frozenset(
        str(w).lower() for w in _load_yaml("name_patterns.yaml").get("topic_qualifiers", [])
    )


def names(dc: DocContext, disease: str, text: str = "") -> list[str]:
    """The disease's name and the page's short names of it ("ITP"); with ``text``, also the
    short names in it the lexicon gives the disease ("UTIs")."""
    out = [disease]
    for abbr, hits in dc.abbreviations.items():
        if any(h.name.lower() == disease.lower() for h in hits):
            out.append(abbr)
    for short in set(re.findall(r"\b[A-Z][A-Z0-9]{1,5}(?=s?\b)", text)):
        if short not in out and any(
            h.name.lower() == disease.lower() for h in dc.lexicon.lookup(short)
        ):
            out.append(short)
    return out


def qualified(dc: DocContext, text: str, disease: str | None) -> str | None:
    """``disease`` as the one qualified form ``text`` names it in ("chronic ITP"), else
    ``disease`` itself (see the module docstring)."""
    if disease is None:
        return None
    low = text.lower()
    if not any(q in low for q in qualifiers()):
        return disease  # the cheap test: most sentences hold no qualifier at all
    forms: set[str] = set()
    plain = False
    for name in names(dc, disease):
        flags = 0 if name.isupper() else re.IGNORECASE
        words = re.escape(no_apostrophes(name)).replace(r"\ ", r"[\s\-]+")
        pat = re.compile(rf"(?<![\w\-])(?:(?P<q>[A-Za-z]+(?:-[A-Za-z]+)?)\s+)?(?P<n>{words})s?\b",
                         flags)
        for m in pat.finditer(no_apostrophes(text)):
            q = (m.group("q") or "").lower()
            if q in qualifiers():
                forms.add(f"{q} {m.group('n') if name != disease else disease}")
            else:
                plain = True
    if plain or len(forms) != 1:
        return disease
    return forms.pop()


def starts_with_topic(text: str, topic: str) -> bool:
    """Whether ``text`` (lower case) opens with the topic, or with one qualified form of it
    ("the risk of severe Q fever"); apostrophes are not compared ("sjogrens syndrome is" opens
    with "Sjogren's syndrome")."""
    t = no_apostrophes(topic.lower())
    text = no_apostrophes(text)
    if text.startswith(t):
        return True
    first, _, rest = text.partition(" ")
    return first in qualifiers() and rest.startswith(t)


def qualified_name(text: str, topic: str | None) -> str | None:
    """"chronic Q fever" when ``text`` is the topic in one qualified form (a heading's
    "Symptoms of Chronic Q Fever"), with the topic's own spelling; else None."""
    if topic is None:
        return None
    first, _, rest = " ".join(text.split()).partition(" ")
    if first.lower() in qualifiers() and rest.lower() == topic.lower():
        return f"{first.lower()} {topic}"
    return None
