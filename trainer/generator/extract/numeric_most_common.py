"""numeric: which one of a kind is the most common: "Migraine is the most common type of
primary headache", "The most common symptom of a peptic ulcer is burning stomach pain".

A key figure of a page is often a rank rather than a number, and a card can ask it: "What is the
most common type of primary headache?" The measure is the rank and its kind in the sentence's
own words ("most common type of primary headache"); the value is the one the sentence names.

Read from two shapes of a plain copula:
  * "A is (by far) the most common <kind> of B (in C)";
  * "The most common <kind> (of B) is A", the page's topic standing for B when none is named.
The kind is a noun that ranks members of one class (type, form, cause, site, symptom, sign ...).
A pronoun or a pointing phrase for A ("This is the most common ..."), a hedge, a negation, a
comparison ("the second most common", "one of the most common") give nothing.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import MODAL_HEDGE, NEGATION, clean_phrase, drop_parens
from trainer.generator.extract.topic_referents import GENERAL_NOUN
from trainer.generator.facts import ExtractedFact

_KIND = (
    r"(?P<n>types?|forms?|kinds?|causes?|sites?|locations?|symptoms?|signs?|complications?|"
    r"subtypes?|variants?|tumou?rs?|cancers?|infections?|diseases?|disorders?)"
)
_A_IS_THE_MOST = re.compile(
    rf"^(?P<a>[^,;:()]{{2,60}}?)\s+(?:is|are)\s+(?:by\s+far\s+)?the\s+most\s+common\s+{_KIND}"
    r"\s+of\s+(?P<b>[^,;:()]{2,60}?)(?P<g>\s+(?:in|among)\s+[^,;:()]{2,40}?)?\s*\.?\s*$",
    re.IGNORECASE,
)
_THE_MOST_IS = re.compile(
    rf"^the\s+most\s+common\s+{_KIND}(?:\s+of\s+(?P<b>[^,;:()]{{2,60}}?))?"
    r"(?P<g>\s+(?:in|among)\s+[^,;:()]{2,40}?)?\s+(?:is|are)\s+(?P<a>[^,;:()]{2,60}?)\s*\.?\s*$",
    re.IGNORECASE,
)
# "(is) called plaque psoriasis", "the": words before the name the value is
_NAMED = re.compile(r"^(?:(?:the|a|an)\s+)?(?:(?:one\s+)?(?:called|named|known\s+as)\s+)?",
                    re.IGNORECASE)
# a footnote's number after the sentence's last word ("in the United States.1")
_FOOTNOTE = re.compile(r"\.?\d+\s*$")
# a clause of its own joined after the kind: "blood cancer and affects 10 times as many adults"
_CLAUSE = re.compile(r"\s+and\s+(?:affects?|is|are|has|have|causes?|occurs?|can|may)\b.*$",
                     re.IGNORECASE)
# an A that names nothing a card could give back
_NO_VALUE = re.compile(
    r"^(?:it|this|that|these|those|they|which|one|some|many|each|both|all)\b", re.IGNORECASE
)


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """The most common one of a kind a sentence of ``seg`` names."""
    if "most common" not in seg.body.lower():
        return []  # the common case, cheaply
    body = drop_parens(seg.body).strip()
    if NEGATION.search(body) or MODAL_HEDGE.search(body):
        return []
    m = _A_IS_THE_MOST.match(body) or _THE_MOST_IS.match(body)
    if m is None:
        return []
    value = clean_phrase(_NAMED.sub("", m.group("a").strip()))
    said = _CLAUSE.sub("", _FOOTNOTE.sub("", m.group("b") or ""))
    # "the most common form of the disease": the page's condition
    of = dc.main_disease if not said or GENERAL_NOUN.match(said) else said
    if not value or of is None or _NO_VALUE.match(value) or len(value.split()) > 8:
        return []
    if value.lower() in of.lower():
        return []  # "The most common type is X" on X's page: the kinds of X, not X itself
    of = re.sub(r"^(?:the|a|an)\s+", "", " ".join(of.split()), flags=re.IGNORECASE)
    where = " ".join(_FOOTNOTE.sub("", m.group("g") or "").split())
    measure = f"most common {m.group('n').lower()} of {clean_phrase(of)}"
    measure = f"{measure} {where}" if where else measure
    return [dc.fact(seg, Relation.NUMERIC, measure, value, 0.7)]
