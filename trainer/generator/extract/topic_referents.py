"""The page's condition named by a general noun: "the condition", "this disorder", "the
disease", "affected people", "people with this syndrome".

Many pages name their topic once, in the title or the first sentence, and then state its facts
of "the condition" ("Symptoms of the condition include A, B and C"). Such a noun stands for the
page's topic when the page is about one condition (its title or its section headings name it)
and nothing nearer could be meant:

* another condition named earlier in the same paragraph ("Some people with X get diabetes.
  The disease causes ...") may be what the noun points back to, so nothing is resolved;
* a condition of that kind introduced as another one ("a related disorder", "a condition
  called Y") is the one the noun points back to, not the topic;
* a bare pronoun ("it", "this") is left to the readers that know what the sentence before says.

A generic word the lexicon files as a condition ("infection", "disease") names no other
condition: "X is the most common infectious disease. The condition causes ..." is about X.
Every reader that takes an owner asks :func:`topic_referent` where it resolves the owner.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.generator.extract import page_topic, topic_headings, topic_shapes
from trainer.generator.extract.doc_cache import once_per_document
from trainer.generator.extract.patterns import no_apostrophes
from trainer.generator.extract.topic_qualified import starts_with_topic

if TYPE_CHECKING:
    from trainer.generator.extract.context import DocContext
    from trainer.generator.lexicon import Mention
    from trainer.generator.text import Unit

_NOUN = r"(?:condition|disease|disorder|syndrome|illness|infection|cancer|tumou?r)"
# "the condition", "this rare disorder", "the underlying disease"
GENERAL_NOUN = re.compile(
    rf"^\s*(?:the|this|that)\s+(?:(?:same|rare|genetic|inherited|underlying|whole)\s+)?{_NOUN}s?"
    r"\s*$",
    re.IGNORECASE,
)
# "affected people", "affected individuals", "those affected", "people who are affected"
AFFECTED = re.compile(
    r"^\s*(?:(?:the\s+|an?\s+)?affected\s+(?:people|persons?|individuals?|child(?:ren)?|adults?|"
    r"patients?|women|woman|men|man|males?|females?|boys?|girls?|infants?|bab(?:y|ies)|"
    r"family\s+members)|those\s+affected|"
    r"(?:people|persons|"
    r"individuals|patients)\s+(?:who\s+are\s+)?affected)\s*$",
    re.IGNORECASE,
)
# "People with", "Many children with the": the people a sentence about a condition opens with
_HOLDER_OPENING = re.compile(
    r"^(?:(?:most|many|some|all|the)\s+)?(?:people|persons|individuals|children|patients|adults|"
    r"infants|babies|women|men|those)\s+(?:who\s+have|with)\s+(?:the\s+)?"
)
# Words the lexicon files as conditions that name no particular one
_GENERIC_NAMES = frozenset(
    {"infection", "infections", "disease", "diseases", "illness", "condition", "disorder",
     "syndrome", "cancer", "cancers", "tumor", "tumors", "tumour", "tumours", "inflammation"}
)
_SPECIFIC_TYPES = ("disease", "subtype", "syndrome", "infection", "complication")


@once_per_document
def titled_topic(dc: DocContext) -> str | None:
    """The page's topic when its title or section headings name it: a page about one
    condition. A topic only counted from the text (no title names a condition) is not sure
    enough for a general noun to stand for it."""
    topic = dc.main_disease
    if topic is None:
        return None
    named = (
        page_topic.title_disease(dc)
        or topic_shapes.title_shape(dc)
        or topic_headings.heading_topic(dc, repeats=2)
    )
    if named is None:
        return None
    title = page_topic.title_unit(dc)
    if title is not None and _names_two(dc, title.text, topic):
        return None  # "Diabetes and Kidney Disease": which one "the condition" is is unknown
    return topic


def _names_two(dc: DocContext, title: str, topic: str) -> bool:
    """Whether a title names a condition besides the topic ("X and Y", "X with Y")."""
    names = {
        h.name.lower()
        for m in dc.find(title)
        if (h := m.hit("condition")) is not None and h.type in _SPECIFIC_TYPES and not generic(m)
    }
    t = topic.lower()
    # a name inside the topic's or holding it ("kidney disease" in "polycystic kidney disease")
    # is the topic's own
    return any(n not in t and t not in n and not dc.same_disease(n, topic) for n in names)


def topic_referent(dc: DocContext, phrase: str, unit: Unit | None, upto: int | None = None) -> (
    str | None
):
    """The page's topic when ``phrase`` names it by a general noun ("the condition", "affected
    people") in ``unit`` (the phrase standing before offset ``upto`` of its text); None when
    the page is not about one condition or the paragraph names another one first."""
    if not (GENERAL_NOUN.match(phrase) or AFFECTED.match(phrase)):
        return None
    topic = titled_topic(dc)
    if topic is None:
        return None
    if unit is None:
        return topic
    noun = m.group(0) if (m := re.search(_NOUN, phrase, re.IGNORECASE)) else None
    if upto is None:  # the words before the phrase: a list after it may name conditions
        at = unit.text.lower().find(phrase.strip().lower())
        upto = at if at >= 0 else len(unit.text)
    said = unit.text[:upto]
    if other_condition(dc, said, topic) or (noun and _introduced(said, noun)):
        return None
    before = dc.previous(unit)
    while before is not None:
        # a sentence that opens with the topic is about it: the conditions it names are the
        # topic's doings ("X is a disorder in which affected women develop hypertension"), no
        # other subject the general noun could stand for
        # ("People with X often get lupus. Affected individuals may have A": the people's
        # conditions, no other people "affected" could mean; "The disease" after it may be
        # lupus)
        said = no_apostrophes(before.text).strip().lower()
        if AFFECTED.match(phrase):
            said = _HOLDER_OPENING.sub("", said, count=1)
        about_topic = starts_with_topic(said, topic)
        if (not about_topic and other_condition(dc, before.text, topic, earlier=True)) or (
            noun and _introduced(before.text, noun)
        ):
            return None
        before = dc.previous(before)
    return topic


def generic(mention: Mention) -> bool:
    """Whether a condition's mention is a generic word ("infection", "the disease") naming no
    particular condition."""
    word = mention.surface.lower()
    return word in _GENERIC_NAMES or word.rstrip("s") in _GENERIC_NAMES


def other_condition(dc: DocContext, text: str, topic: str, *, earlier: bool = False) -> bool:
    """Whether ``text`` names a particular condition other than the topic. In an ``earlier``
    sentence a complication counts only as the sentence's subject ("Hypertension is common."):
    named later ("features are swelling and weight gain") it is what a condition does, no
    condition a general noun after it could stand for."""
    for m in dc.find(text):
        h = m.hit("condition")
        if h is None or h.type not in _SPECIFIC_TYPES:
            continue
        if earlier and h.type == "complication" and text[: m.start].strip(" (").lower() not in (
            "", "the", "a", "an"
        ):
            continue
        if generic(m):
            continue
        if h.name.lower() == topic.lower() or dc.same_disease(h.name, topic):
            continue
        if page_topic.names_topic(dc, m.surface) is not None:
            continue
        if h.name.lower() in topic.lower():
            continue  # "kidney disease" inside "polycystic kidney disease": the topic's own
        return True
    return False


def _introduced(text: str, noun: str) -> bool:
    """Whether ``text`` introduces another condition of the noun's kind: "a related
    disorder", "another syndrome", "a condition called Y" (not "X is a rare disorder", which
    says what the topic is)."""
    stem = re.escape(noun.lower())  # singular, as the general noun's pattern finds it
    for m in re.finditer(
        # (the words between qualify the noun: "other signs of the condition" introduces none)
        rf"\b(?:an?|another|other|related|second)\s+(?:(?!of\b|the\b|this\b)[\w\-]+\s+){{0,3}}?"
        rf"{stem}(?:s|es)?\b"
        r"(?P<after>\s+(?:called|named|known\s+as)\b)?",
        text,
        re.IGNORECASE,
    ):
        if m.group("after") or re.match(r"(?:another|other|related|second)\b", m.group(0), re.I):
            return True
        # "X is a rare disorder": what the subject is said to be, no other one introduced
        if not re.search(r"\b(?:is|was|are|be|becomes)\s*$", text[: m.start()], re.IGNORECASE):
            return True
    return False
