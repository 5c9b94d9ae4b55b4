"""Whether a class written after a drug is said of that drug (an apposition) or starts the
next item of a list, or is said of one drug of a combination: the guards the drug_class reader
(:mod:`.drug_classes`) applies to "X, a CLASS" and "X (a CLASS)".

* "X with Y, a PARP inhibitor": after a combination, which of the two is the inhibitor?
  (:func:`combination_partner`); unless X carries its own apposition ("X, a BRAF inhibitor,
  plus Y, a MEK inhibitor"), when each class is its own drug's;
* "with vincristine, a steroid, an anthracycline": a list of a regimen's parts, not an
  apposition (:func:`continues_list`);
* "X is a PARP inhibitor that is being studied in ...": the research hedge is the relative
  clause's, about the use, not about what X is (:func:`hedged_after_class`).
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import hedge_factor
from trainer.generator.extract.drug_names import CLASS, DRUG, combined_with
from trainer.generator.lexicon import Mention

_LIST_GOES_ON = re.compile(
    r"^\s*(?:[\(\[][^()\[\]]{0,30}[\)\]]\s*)?,\s*(?:and\s+|or\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def combination_partner(text: str, ms: list[Mention], i: int) -> bool:
    """Whether drug ``i`` is the partner of an earlier drug in a combination ("X plus Y",
    "X in combination with Y"): an apposition after it may be said of either drug."""
    prev = next((m for m in reversed(ms[:i]) if m.is_kind(*DRUG)), None)
    if prev is None or ms[i].start - prev.end > 60:
        return False
    if _own_apposition(text, ms, prev, ms[i]):
        return False  # "X, a BRAF inhibitor, plus Y, a MEK inhibitor": each names its own
    return combined_with(text, prev, ms[i]) and not re.search(
        r"[.;:]", text[prev.end : ms[i].start]
    )


_APPOSITION_OPENS = re.compile(r",\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _own_apposition(text: str, ms: list[Mention], prev: Mention, d: Mention) -> bool:
    """Whether the earlier drug of a combination carries its own class set off by commas
    before the partner ("X, a BRAF inhibitor, plus Y"): then a class after Y is Y's."""
    for m in ms:
        if m.start < prev.end or m.end > d.start or not m.is_kind(*CLASS):
            continue
        if _APPOSITION_OPENS.search(text, prev.end, m.start) and re.match(r"\s*,", text[m.end :]):
            return True
    return False


# ", plus Y, a MEK inhibitor": a combination partner that has an apposition of its own
_THEN_PARTNER = re.compile(r"\s*,\s*(?:plus|together with|combined with|along with)\s+", re.I)
_PARTNER_WITH_OWN = re.compile(r"\s*(?:[\(\[][^()\[\]]{0,30}[\)\]]\s*)?,\s*(?:an?|the)\s", re.I)


def continues_list(text: str, ms: list[Mention], c: Mention) -> bool:
    """Whether another drug or class follows the class name as the next member of a list.

    "vincristine, a corticosteroid and asparaginase": a drug joined by a bare "and" ends a
    list too; "X, a corticosteroid and anti-inflammatory" (no drug) stays an apposition.
    """
    end = c.end
    paren = re.match(r"\s*[\(\[][^()\[\]]{0,80}[\)\]]", text[end:])
    if paren:
        end += paren.end()  # "a corticosteroid (prednisone or dexamethasone), an anthracycline"
    nxt = next((m for m in ms if m.start >= end and m.is_kind(*DRUG, *CLASS)), None)
    if nxt is None:
        return False
    between = text[end : nxt.start]
    if (
        nxt.is_kind(*DRUG)
        and _PARTNER_WITH_OWN.match(text, nxt.end)
        and _THEN_PARTNER.fullmatch(between)
    ):
        return False  # "X, a BRAF inhibitor, plus Y, a MEK inhibitor": two appositions
    if _LIST_GOES_ON.match(between):
        return True
    return nxt.is_kind(*DRUG) and bool(re.fullmatch(r"\s+(?:and|or)\s+", between))


# After a class: a relative clause that goes on about the drug ("that is being studied to
# treat ...", "which is used in ...").
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:that|which)\s+(?:is|are|was|were|has|have)\b", re.I)


def hedged_after_class(text: str, d: Mention, c: Mention, link: str) -> bool:
    """Whether "X is a CLASS" is said plainly and only a relative clause after the class hedges
    ("Veliparib is a PARP inhibitor that is being studied in ..."): the copula's own words, from
    the drug to the class, hedge nothing."""
    if not link[:1].isalpha() or _RELATIVE_AFTER.match(text, c.end) is None:
        return False
    return hedge_factor(text[d.start : c.end]) == 1.0
