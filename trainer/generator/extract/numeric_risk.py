"""numeric: a risk or chance stated as a percentage, "the lifetime risk of X is N percent".

Shape: subject = the risk with what it is of ("lifetime risk of having a UTI", "chance of a
child inheriting the gene from both parents"), object = the value ("above 50%", "25%"),
qualifier = the group a leading "For women," names.

Read from "[the] (lifetime) risk|chance|odds|likelihood of <what> is|are <value>": the
sentence names what the figure is of, so a card can ask for it. A risk that a treatment
changes ("reduces the risk of X by 30 percent") is a change, not a risk, and gives nothing;
nor does a hedged clause ("may be"), a negated one, a figure of a study ("in the trial") or a
figure set in the past ("was 20 percent").
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.numeric_past import in_the_past
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.facts import ExtractedFact

_MOD = (
    r"about|approximately|around|roughly|nearly|almost|over|more than|above|greater than|"
    r"higher than|less than|lower than|under|below|up to|at least|only|just"
)
_RISK = re.compile(
    r"(?<![\w-])(?P<m>(?:(?:lifetime|overall|estimated|average)\s+)?"
    r"(?:risk|chance|odds|likelihood)\s+of\s+(?P<what>[^.;:()%]{3,90}?))\s+"
    r"(?:is|are)\s+(?:(?:estimated|thought|said)\s+to\s+be\s+)?(?:now\s+)?"
    rf"(?:(?P<mod>{_MOD})\s+)?(?P<a>\d{{1,3}}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)?"
    r"(?:\s*(?:-|–|to)\s*(?P<b>\d{1,3}(?:\.\d+)?))?\s*(?:%|percent\b|per cent\b)",
    re.IGNORECASE,
)
# A risk that something changes is a change, not a risk; a figure hedged or of one study
_NOT_A_RISK = re.compile(
    r"\b(?:may|might|could|would|reduc\w*|lower\w*|increas\w*|rais\w*|cut\w*|decreas\w*|"
    r"trial|study|studies|group|arm)\b",
    re.IGNORECASE,
)
# "For women, the lifetime risk ...": the group a leading phrase names
_FOR_GROUP = re.compile(
    r"(?:^|[.;]\s+)(?:for|among|in)\s+(?P<g>(?:older\s+|young\s+)?(?:women|men|children|adults|"
    r"infants|girls|boys))\s*,\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_VALUE_MOD = {
    "approximately": "about", "around": "about", "roughly": "about", "over": "above",
    "more than": "above", "greater than": "above", "higher than": "above", "almost": "nearly",
    "less than": "below", "lower than": "below", "under": "below", "only": "", "just": "",
}  # fmt: skip


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """Risks and chances the segment's body states as a percentage."""
    text = seg.text
    low = text.lower()
    if not any(w in low for w in ("risk", "chance", "odds", "likelihood")):
        return []
    out = []
    for m in _RISK.finditer(text):
        said_of = text[max(0, m.start() - 30) : m.end("m")]  # "cuts the risk of X ..."
        if not seg.in_body(m.start()) or _NOT_A_RISK.search(said_of):
            continue
        if NEGATION.search(text, max(0, m.start() - 20), m.end()):
            continue
        if in_the_past(text, m.start("a")):
            continue
        measure = " ".join(m.group("m").split())
        measure = measure[:1].lower() + measure[1:]
        group = _FOR_GROUP.search(text, 0, m.start())
        qualifier = group.group("g").lower() if group else None
        out.append(dc.fact(seg, Relation.NUMERIC, measure, _value(m), 0.75,
                           qualifier=qualifier))  # fmt: skip
    return out


def _value(m: re.Match[str]) -> str:
    mod = (m.group("mod") or "").lower()
    mod = _VALUE_MOD.get(mod, mod)
    a, b = m.group("a"), m.group("b")
    if b and mod == "about":
        mod = ""  # a range is already approximate: "about 10 to 15 percent" -> "10-15%"
    v = f"{a}-{b}%" if b else f"{a}%"
    return f"{mod} {v}" if mod else v
