"""marker from a drug page's approved uses: the status of the cancer that decides each use.

A drug information page lists what the drug "is approved to treat", one cancer a list item,
with what the cancer must have: "- Biliary tract cancer that cannot be removed by surgery ...
and is HER2 positive", "- Non-small cell lung cancer that has an abnormal RET gene", "in patients
with HER2-low cancer who have received chemotherapy". Each such status is a test result that
decides whether the drug may be given: a marker with the object "use of <drug> in <cancer>".

Read only on a page whose title names one drug, in an item that a lead-in saying what the drug
is approved for governs (directly, or through "It is used:" under the cancer's item). The
cancer is the words the governing item opens with, up to its first clause; the status is read
by its shape, never from a list of names:

* "is / are <words> positive | negative | deficient" ("hormone receptor positive");
* "with <name>-positive | -negative | -low | -ultralow cancer", joined by "or" into one;
* "has (a certain) mutation in the <GENE> gene", "has an abnormal <GENE> gene", "has a <GENE>
  fusion gene", "has the <NAME> protein"; "does not have an abnormal <A> or <B> gene".
"""

from __future__ import annotations

import re
from dataclasses import replace

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.page_topic import title_unit
from trainer.generator.extract.patterns import drop_parens, lower_first
from trainer.generator.facts import ExtractedFact
from trainer.generator.namepatterns import name_patterns, without_biologic_suffix
from trainer.generator.text import Unit

_APPROVED = re.compile(r"\bapproved\b[^.]{0,60}?\b(?:treat|used?|for)\b", re.IGNORECASE)
# the cancer a use item opens with, up to its first clause
_CANCER_END = re.compile(
    r"\s+(?:that|which|who|whose|when|in\s+(?:adults|children|patients|people|women|men)|"
    r"and\s+(?:cannot|can|has|have|is|are|was)|including)\b|[,;:.]",
    re.IGNORECASE,
)
_NAME = r"[A-Za-z0-9][\w*:/+]*(?:-[\w*:/+]+)*"
_STATUS_IS = re.compile(
    rf"\b(?:is|are)\s+(?:also\s+)?(?P<s>(?:{_NAME}\s+){{0,3}}?{_NAME}[\s-]+"
    r"(?:positive|negative|deficient))\b",
    re.IGNORECASE,
)
_STATUS_WITH = re.compile(
    rf"\bwith\s+(?P<s>{_NAME}-(?:positive|negative|low|ultralow|high)"
    rf"(?:\s+or\s+{_NAME}-(?:positive|negative|low|ultralow|high))*)\s+(?:cancers?|disease|"
    r"tumou?rs?)\b",
    re.IGNORECASE,
)
_GENE = r"(?-i:\*?[A-Z][A-Z0-9-]{1,9}\*?)"
_HAS_MUTATION = re.compile(
    rf"\bha(?:s|ve)\s+(?:an?\s+)?(?:certain\s+)?mutations?\s+in\s+the\s+(?P<g>{_GENE})\s+gene",
    re.IGNORECASE,
)
_HAS_ABNORMAL = re.compile(
    rf"\b(?P<no>does\s+not\s+|do\s+not\s+)?ha(?:s|ve)\s+(?:an?\s+)?abnormal\s+"
    rf"(?P<g>{_GENE})(?:\s+genes?)?(?:\s+(?P<j>or|and)\s+(?P<g2>{_GENE}))?\s+genes?",
    re.IGNORECASE,
)
_HAS_FUSION = re.compile(rf"\bha(?:s|ve)\s+an?\s+(?P<g>{_GENE})\s+fusion\s+gene", re.IGNORECASE)
_HAS_PROTEIN = re.compile(rf"\bha(?:s|ve)\s+the\s+(?P<g>{_NAME})\s+protein\b", re.IGNORECASE)
# a status said of something else than the cancer ("has not received ... and is negative")
_NOT_THE_CANCER = re.compile(r"\b(?:not|no|unknown)\b", re.IGNORECASE)


def use_markers(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """Each status an approved-use item of a drug page names, as a marker of that use."""
    unit = seg.main
    if unit.kind != "item":
        return []
    drug = _page_drug(dc)
    if drug is None:
        return []
    top = _use_item(dc, unit)
    if top is None:
        return []
    cancer = _cancer(top)
    if cancer is None:
        return []
    purpose = f"use of {drug} in {cancer}"
    return [
        replace(dc.fact(seg, Relation.MARKER, status, purpose, 0.75), origin="marker:drug_use")
        for status in statuses(unit.text)
    ]


def statuses(text: str) -> list[str]:
    """The statuses of a cancer ``text`` names by their shape (see the module docstring)."""
    t = _own_statuses(drop_parens(text.replace("*", "")))
    out: list[str] = []
    for m in _STATUS_IS.finditer(t):
        # "advanced and CD20 positive": the status is the part that is one
        said = re.split(r"\s+and\s+", m.group("s"))[-1]
        if not _NOT_THE_CANCER.search(said):
            out.append(said)
    out += [m.group("s") for m in _STATUS_WITH.finditer(t)]
    out += [f"{m.group('g')} mutation" for m in _HAS_MUTATION.finditer(t)]
    for m in _HAS_ABNORMAL.finditer(t):
        genes = f"{m.group('g')} {m.group('j')} {m.group('g2')}" if m.group("g2") else m.group("g")
        out.append(f"{'no ' if m.group('no') else ''}abnormal {genes} gene")
    out += [f"{m.group('g')} fusion gene" for m in _HAS_FUSION.finditer(t)]
    # "has the PD-L1 protein": the protein's name is the status
    out += [m.group("g") for m in _HAS_PROTEIN.finditer(t)]
    return list(dict.fromkeys(out))


def _own_statuses(text: str) -> str:
    """``text`` without the clauses that state no status of the cancer itself: "if the cancer
    has an abnormal BRAF gene, a BRAF inhibitor" tells which drug came before."""
    return _IF_CLAUSE.sub(" ", text)


# "if the cancer has an abnormal BRAF gene," up to its comma
_IF_CLAUSE = re.compile(r"\bif\s+[^,;.]*", re.IGNORECASE)


def _page_drug(dc: DocContext) -> str | None:
    """The one drug the page's title names whole (a drug information page), else None."""
    title = title_unit(dc)
    if title is None or title.kind != "heading":
        return None
    # ("Citrate", which the outside source files as citric acid, is the salt's word)
    drugs = [m for m in dc.mentions(title) if m.is_kind("drug") and not _salt(m.surface)]
    # ("Lazertinib Mesylate Hydrate": the salt's words after the name are the drug's own)
    rest = title.text[drugs[0].end :].split() if len(drugs) == 1 else []
    named = len(title.text.strip()) - (len(" ".join(rest)) if all(map(_salt, rest)) else 0)
    if len(drugs) != 1 or len(drugs[0].surface) < named // 2:
        return None
    # (the FDA's four-letter suffix is no part of the name: "amivantamab-vmjw")
    name = without_biologic_suffix(drugs[0].name("drug"))
    said = without_biologic_suffix(" ".join(title.text.lower().split()))
    # the FDA's prefix of a conjugate is: "fam-trastuzumab deruxtecan", "ado-trastuzumab"
    return said if re.fullmatch(rf"[a-z]{{2,4}}-{re.escape(name.lower())}", said) else name


def _salt(word: str) -> bool:
    return word.lower() in name_patterns().salt_words


def _use_item(dc: DocContext, unit: Unit) -> Unit | None:
    """The item naming the cancer of the use ``unit`` belongs to, when a lead-in saying what
    the drug is approved for governs it (through "It is used:" under that item, at most
    twice)."""
    item = unit if unit.item_start else dc.item_head(unit)
    for _ in range(3):
        if item is None or item.lead is None:
            return None
        lead = dc.units[item.lead]
        if lead.kind == "sentence":
            return item if _APPROVED.search(lead.text) else None
        # "- Breast cancer ... It is used: - in patients with ...": the cancer's item above
        item = lead if lead.item_start else dc.item_head(lead)
    return None


def _cancer(item: Unit) -> str | None:
    """The cancer an approved-use item opens with, in its own words."""
    text = drop_parens(item.text).strip()
    end = _CANCER_END.search(text)
    said = (text[: end.start()] if end else text).strip()
    if not said or len(said.split()) > 8 or not re.search(
        r"\b(?:cancers?|carcinomas?|leuka?emias?|lymphomas?|myelomas?|tumou?rs?|sarcomas?|"
        r"melanomas?|neoplasms?|blastomas?|gliomas?|mastocytosis|syndromes?|diseases?)\b",
        said,
        re.IGNORECASE,
    ):
        return None
    return lower_first(said)
