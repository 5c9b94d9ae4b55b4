"""The page's topic from its section headings, when its title names none.

A page cut from a longer one may begin with no title at all, or with a section heading
("Outlook", "Blood Tests"); its sections still ask about its topic ("What causes
Sarcoidosis ?", "Who is at risk for Sarcoidosis?", "Symptoms of Whipple Disease"). The
condition those headings name is the page's topic when:

* two headings or more name it, or one does and the text repeats it at least twice
  (a passing section about another disease makes no topic);
* no other name is asked about as often (a page about two conditions has no one topic);
* it is a clean condition's name: a few plain words, no "and" / "or" joining two names, no
  treatment, test or generic word, nothing the lexicon knows as a drug, a test or a symptom
  ("What causes Headaches?" names a symptom, not the page's disease).

A gloss after a colon is not part of the name ("Pyelonephritis: Kidney Infection").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from trainer.generator.extract.patterns import no_apostrophes

if TYPE_CHECKING:
    from trainer.generator.extract.context import DocContext
    from trainer.generator.text import Unit

# A section heading that asks about, or names an aspect of, one condition. Matched only on
# headings, after a cheap test for one of its words. "Treatment of X" is not one: a treatment
# section names a stage or a group of patients ("Treatment of Resectable Primary X").
_ASPECT_HEADING = re.compile(
    r"^(?:"
    # the aspect a question asks about first: "What are the treatments for X" must not read
    # "treatments for X" as what "What are the" asks about
    r"what are the (?:signs and symptoms|treatments?|symptoms|complications|stages|causes|"
    r"risk factors) (?:for|of)|what to do for|what is the outlook for|"
    r"what (?:is|are)(?: \(are\))?(?: an?| the)?|what causes|who is at risk (?:for|of)|"
    r"who gets|how to (?:diagnose|prevent|treat)|"
    r"(?:signs and symptoms|symptoms|causes|risk factors|complications|outlook|prognosis|"
    r"diagnosis) (?:of|for)|"
    r"how (?:is|are)(?= .+ (?:diagnosed|treated|prevented)\b)"
    r")\s+(?:what i need to know about\s+)?(?P<x>.+?)"
    r"(?:\s+(?:diagnosed|treated|prevented))?\s*[?.:]*\s*[?.:]*\s*$",
    re.IGNORECASE,
)
_CHEAP = ("what", "who", "how", "of", "for")
# Who a topic is about, not part of its name ("Urinary Tract Infection In Adults").
_TOPIC_TAIL = re.compile(r"\s+in (?:adults|children|women|men|older people)\b.*$", re.I)
# Words no condition's name holds: a treatment, a test, a part of the page, a question word.
_NOT_A_NAME = re.compile(
    r"\b(?:treatments?|therapy|therapies|medicines?|medications?|drugs?|overview|"
    r"introduction|summary|questions?|guide|research|news|about|what|how|why|tests?|"
    r"diagnosis|management|care|living|symptoms?|signs?|causes?|risk|people|you|your|"
    r"it|this|these|that|disease's|children|adults|women|men|infants|babies|patients)\b",
    re.IGNORECASE,
)
# A determiner or a generic noun names no condition ("the disease", "a condition")
_GENERIC = re.compile(
    r"^(?:(?:the|a|an|this|that|these|those|your|my|their|its|other|some)\b|"
    r"(?:diseases?|conditions?|illness(?:es)?|disorders?|problems?)$)",
    re.IGNORECASE,
)
_PLAIN_WORD = re.compile(r"[^\W\d_][\w'’\-]*")  # letters of any script: "Schönlein"
# Lexicon types of a condition that are not a page's disease: what a disease shows or does.
_NOT_A_TOPIC_TYPE = ("symptom", "sign")


def heading_candidate(text: str) -> str | None:
    """The condition a section heading asks about or names an aspect of, in its own words;
    None for any other heading or one whose object is not a clean name."""
    low = text.lower()
    if not any(w in low for w in _CHEAP):
        return None
    m = _ASPECT_HEADING.match(text.strip())
    if m is None:
        return None
    name = m.group("x").strip(" ?.:")
    name = name.split(":")[0].strip()  # "Pyelonephritis: Kidney Infection": a gloss follows
    name = re.sub(r"\s*\([^()]*\)", "", name).strip()
    name = _TOPIC_TAIL.sub("", name).strip(" ?.:,")
    words = name.split()
    if not 1 <= len(words) <= 5:
        return None
    if any(w.lower() in ("and", "or", "&", "vs", "versus") for w in words):
        return None  # two conditions, or a pair of names: no one topic
    if not all(_PLAIN_WORD.fullmatch(w) for w in words) or _NOT_A_NAME.search(name):
        return None
    if _GENERIC.match(name):
        return None  # "Symptoms of the disease": the page's word for its topic, not a name
    return name


def _key(name: str) -> str:
    k = no_apostrophes(name.lower()).replace("-", " ")
    return k[:-1] if k.endswith("s") and not k.endswith(("ss", "is", "us")) else k


def heading_topic(dc: DocContext, repeats: int) -> str | None:
    """The condition the page's section headings ask about (see the module's docstring), as
    the lexicon names it when a condition's name spans it, else in the page's own casing.
    ``repeats`` is how often the text outside the heading must repeat a name one heading
    alone gives."""
    from trainer.generator.extract import page_topic  # the page's casing and repeats

    support: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    where: dict[str, Unit] = {}
    for u in dc.units:
        if u.kind != "heading" or u.index in dc.skipped:
            continue
        name = heading_candidate(u.text)
        if name is None:
            continue
        k = _key(name)
        support[k] += 1
        spelled.setdefault(k, name)
        where.setdefault(k, u)
    if not support:
        return None
    ranked = support.most_common(2)
    best, n = ranked[0]
    if len(ranked) > 1 and ranked[1][1] >= n:
        return None  # two conditions asked about as often: no one topic
    name = spelled[best]
    if n < 2 and page_topic._repeats(dc, where[best], name) < repeats:
        return None
    return _clean_name(dc, name)


def _modifier_part(name: str, surface: str) -> bool:
    """Whether ``surface`` is the first part of a hyphened modifier inside ``name``
    ("vancomycin" in "vancomycin-resistant enterococci"): the name is an organism's or a
    condition's, which the drug only qualifies."""
    return re.search(rf"\b{re.escape(surface)}-[a-z]+\s+\S", name, re.IGNORECASE) is not None


def _clean_name(dc: DocContext, name: str) -> str | None:
    """The lexicon's condition name when one spans ``name``, else the page's casing of it;
    None when the lexicon reads it as a drug, a test or a symptom."""
    from trainer.generator.extract import page_topic

    found = dc.find(name)
    for m in found:
        if not m.is_kind("condition", "target") and not _modifier_part(name, m.surface):
            return None  # a drug, a class, a test or a phase: not a disease
        h = m.hit("condition")
        if h is not None and h.type in _NOT_A_TOPIC_TYPE and len(m.surface) >= len(name) - 1:
            return None  # "Headaches": the page's subject is a symptom
    for m in found:
        h = m.hit("condition")
        if h is not None and len(m.surface) >= len(name) - 1:
            return (dc._parent(h.name) or h.name) if h.type == "subtype" else h.name
    return page_topic.page_casing(dc, name)
