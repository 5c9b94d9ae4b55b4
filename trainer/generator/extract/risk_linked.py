"""risk_factor from the conditions the page's own condition is said to result from or go with,
named as the examples of a category:

  * "X can also result from diseases that damage the kidney, such as A, B and C", "It may be
    associated with other inflammatory conditions like A and B", "X occurs as a result of
    systemic disorders like A" (the topic, whole or pointed to, is the sentence's subject; the
    verb ties it to a category; the examples after "such as" / "like" / "including" are the
    factors);
  * "Other conditions associated with X include A, B and C", "Infections that can trigger X
    include A and B" (the category, tied to the topic, is the subject of "include").

Why a structure of its own: the cause reader (:mod:`.risk_causes`) takes the words after "caused
by" as the cause, so a category with its examples ("a variety of factors including A") is one
glued phrase there; and "associated with" or "result from" state no risk in the words the risk
cues look for.

The category is what raises the risk (diseases, conditions, disorders, illnesses, infections,
syndromes, factors, exposures), never what the condition brings (symptoms, signs,
complications, problems): "X is associated with symptoms such as A" gives nothing. A subject
that is not the topic whole (a form the lexicon does not know, "Type 4 X", or another
condition) gives nothing, nor does a negated or doubted sentence.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.factors import UNPROVEN, as_factor, list_members
from trainer.generator.extract.patterns import NEGATION, SENTENCE_BREAK, drop_parens
from trainer.generator.extract.risk_causes import is_topic
from trainer.generator.extract.risk_examples import example_words
from trainer.generator.extract.risk_factor_phrases import factor, rejoined
from trainer.generator.extract.risk_forms import topic_form

# The cheap test before the patterns: a tie word and an example cue or "include"
_TIES = ("associated", "linked", "result", "cause", "due to", "arise", "trigger", "complicat",
         "consequence", "develop")
_CUES = ("such as", "like ", "including", "include", "for example")

# What raises the risk: a category whose examples may be factors
_CATEGORY = (
    r"(?:diseases?|conditions?|disorders?|illness(?:es)?|infections?|syndromes?|factors?|"
    r"exposures?|problems\s+with\s+the\s+immune\s+system)"
)
_ADV = (
    r"(?:(?:can|may|might|could|also|often|sometimes|usually|commonly|frequently|most\s+often|"
    r"rarely|occasionally|is|are)\s+)*"
)
_TIE = (
    r"(?:(?:be\s+)?(?:associated\s+with|linked\s+(?:to|with)|caused\s+by|due\s+to)|"
    r"results?\s+from|arises?\s+from|occurs?\s+as\s+(?:a\s+)?(?:result|complication|"
    r"consequence)\s+of|develops?\s+(?:as\s+a\s+(?:result|complication)\s+of|from)|"
    # ("X may complicate diseases like A": it arises in the course of A)
    r"complicates?)"
)
_EXAMPLE_CUE = r"(?:such\s+as|like|including|for\s+example|e\.g\.,?)"
# "X can also result from diseases that damage the kidney, such as A, B and C"
_FORWARD = re.compile(
    rf"^(?P<s>[^,;:()]{{2,60}}?)\s+{_ADV}{_TIE}\s+"
    rf"(?P<cat>(?:[\w'’/-]+\s+){{0,6}}?{_CATEGORY})\b(?P<rel>[^;:.()]{{0,80}}?)\s*,?\s+"
    rf"{_EXAMPLE_CUE}\s+(?P<x>[^;:]{{2,300}})$",
    re.IGNORECASE,
)
# "Other conditions associated with X include A, B and C", "Infections that can trigger X
# include A and B", "Bacteria that can cause X include the following: A, B"
_INVERSE = re.compile(
    rf"^(?P<cat>(?:[\w'’/-]+\s+){{0,4}}?(?:{_CATEGORY}|bacteria|viruses)"
    rf"(?:\s+and\s+{_CATEGORY})?)\s+(?:(?:that|which)\s+)?{_ADV}"
    r"(?:associated\s+with|linked\s+(?:to|with)|cause|lead\s+to|trigger|bring\s+on)\s+"
    r"(?P<s>[^,;:()]{2,60}?)\s+(?:(?:may|can|also|often)\s+)*include\s*:?\s*"
    r"(?:the\s+following\s*:?\s*)?(?P<x>[^;:]{2,300})$",
    re.IGNORECASE,
)
# What the topic brings, not what brings it
_OUTCOME_CATEGORY = re.compile(
    r"\b(?:symptoms?|signs?|complications?|effects?|consequences?|outcomes?)\b", re.IGNORECASE
)
_DOUBT = re.compile(
    r"\b(?:believe\w*|think|thought|suspect\w*|suggest\w*|theor\w+|possibl\w+|unclear|"
    r"unknown|whether|studying)\b",
    re.IGNORECASE,
)
# The subject pointed to: "It", "This condition"
_POINTER = re.compile(
    r"^(?:it|this\s+(?:condition|disease|disorder|syndrome|illness|infection))$", re.IGNORECASE
)
# An opening connective before the subject: "However, X ...", "In adults, X ..."
_OPENING = re.compile(
    r"^(?:however|in\s+addition|additionally|also|more\s+often|(?:in|among)\s+(?:adults|"
    r"children|women|men|infants|older\s+(?:people|adults))),\s*",
    re.IGNORECASE,
)


def linked_factors(dc: DocContext, body: str) -> list[tuple[str, str]]:
    """(topic, factor) for each example of a category the page's topic is tied to."""
    topic = dc.main_disease
    low = body.lower()
    if topic is None or not any(t in low for t in _TIES) or not any(c in low for c in _CUES):
        return []
    out: list[tuple[str, str]] = []
    for sentence in SENTENCE_BREAK.split(body):
        s = _OPENING.sub("", drop_parens(sentence.strip().rstrip(".")))
        if NEGATION.search(s) or UNPROVEN.search(s) or _DOUBT.search(s):
            continue
        m = _FORWARD.match(s) or _INVERSE.match(s)
        if m is None or _OUTCOME_CATEGORY.search(m.group("cat")):
            continue
        said = m.group("s").strip()
        # ("Type 4 X may result from ...": a form of the topic the page treats apart)
        subject = topic if is_topic(dc, said) or _POINTER.match(said) else (
            topic_form(dc, said, topic))
        if subject is None:
            continue  # another condition's, or a passing state of the topic
        examples = example_words(m.group("x"))
        for member in rejoined(dc, list_members(dc, examples), examples):
            for f in factor(dc, member):
                typed = as_factor(dc, f)
                if typed and not is_topic(dc, typed):
                    out.append((subject, typed))
    return out

