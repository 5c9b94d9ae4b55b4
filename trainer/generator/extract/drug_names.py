"""What the drug_class and drug_target readers share: the kinds of name they read, and the
drug a sentence is about when it names it only by a pronoun.

* ``DRUG``, ``CLASS``, ``TARGET``: the lexicon kinds of a drug, a drug class and a target;
* ``BAD_MODS``: words that, between a drug and a class name or a targeting modifier ("X is not
  a ...", "X, given with a ..."), show the name is not said of the drug;
* :func:`resolve_copular_pronoun`: "X is not a targeted therapy. It is a vinca alkaloid ..."
  reads "It" as X;
* :func:`antecedent`: the drug(s) "it", "they" or "these ..." refers to, opening this or the
  previous sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import group_from, index_of
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

DRUG = ("drug",)
CLASS = ("drug_class",)
TARGET = ("target",)
BAD_MODS = re.compile(
    r"\b(?:not|no|never|used|given|with|without|for|after|before|than|to|like|unlike|instead|"
    r"alternative|replacement|combined|combination|plus|and|or|which|that|who|when|if|in|on|by|"
    r"from|other|resistant|refractory|intolerant|failure|compared|versus|vs)\b",
    re.IGNORECASE,
)


_COPULAR_PRONOUN = re.compile(
    r"^\s*(?P<p>it|this (?:drug|agent|medicine)|the (?:drug|agent|medicine))\s+(?:is|was)\s+",
    re.IGNORECASE,
)


def resolve_copular_pronoun(dc: DocContext, seg: Segment) -> Segment | None:
    """ "X is not a targeted therapy. It is a vinca alkaloid ...": read "It" as X.

    Only a sentence that opens with the pronoun and a copula, after a sentence that opens with
    exactly one drug (and names no other), is read this way; the pronoun becomes a mention of
    that drug, so the ordinary class and target patterns apply.
    """
    m = _COPULAR_PRONOUN.match(seg.body)
    if m is None or seg.lead is not None:
        return None
    prev = dc.previous(seg.main)
    if prev is None:
        return None
    pms = dc.mentions(prev)
    drugs = [x for x in pms if x.is_kind(*DRUG)]
    if not drugs or drugs[0].start >= 30 or len({x.name("drug") for x in drugs}) != 1:
        return None
    start, end = seg.body_start + m.start("p"), seg.body_start + m.end("p")
    pron = Mention(start, end, seg.text[start:end], (drugs[0].hit("drug"),))  # type: ignore[arg-type]
    return replace(seg, mentions=sorted([pron, *seg.mentions], key=lambda x: x.start))


def antecedent(dc: DocContext, seg: Segment, pos: int) -> tuple[list[Mention], Unit | None]:
    """What "it"/"they" at ``pos`` refers to: the drug(s) opening this or the previous sentence.

    "X does not target CD19; it is directed against CD22" -> X (same sentence);
    "X and Y are TKIs. They block BCR-ABL1." -> X, Y (the list opening the previous sentence).
    """
    own = [m for m in seg.mentions if m.end <= pos and m.is_kind(*DRUG) and seg.in_body(m)]
    if own:
        first = own[0]
        if first.start - seg.body_start < 30:
            group = group_from(seg.text, seg.mentions, index_of(seg.mentions, first), DRUG)
            return group, None
        return [], None
    prev = dc.previous(seg.main)
    if prev is None:
        return [], None
    pms = dc.mentions(prev)
    first_i = next((i for i, m in enumerate(pms) if m.is_kind(*DRUG)), None)
    if first_i is None or pms[first_i].start >= 30:
        return [], None
    group = group_from(prev.text, pms, first_i, DRUG)
    others = {m.name("drug") for m in pms if m.is_kind(*DRUG)} - {m.name("drug") for m in group}
    return (group, prev) if not others else ([], None)
