"""numeric: how common the page's condition is, told as one in N of a group or of all people.

Two shapes of a plain statement of fact, the condition being the page's own:
  * a rate named as such: "The incidence of X is approximately 1 in 5,000 worldwide", "The
    prevalence of X is estimated at 1 in 2,500 births" -> "incidence of X worldwide" ->
    "approximately 1 in 5,000";
  * the condition in a group: "In the United States, X occurs in 1 in 10,000 to 15,000
    newborns", "X is seen in about 1 in 40 infants" -> "newborns with X" -> "1 in 10,000 to
    15,000" (the people the group is, so a card can ask how many of them have it).
(:mod:`.prevalence` reads "X affects 1 in 12 adults" and "1 in 8 women develop X".) Another
condition's figure, a hedged or negated one ("may occur in as many as 1 in 100"), a study's
sample ("1 in 3 patients in the trial") and one of the past give nothing.
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import MODAL_HEDGE, NEGATION
from trainer.generator.extract.prevalence import names_main
from trainer.generator.facts import ExtractedFact

_MOD = r"(?:(?P<mod>about|approximately|around|roughly|nearly|almost|an estimated)\s+)?"
_N = r"\d{1,3}(?:,\d{3})+|\d+"
_RATIO = rf"{_MOD}(?P<v>1\s+(?:in|out\s+of)\s+(?:every\s+)?(?:{_N})(?:\s*(?:to|-|–)\s*(?:{_N}))?)"
_WHERE = (
    r"(?P<w>\s+(?:worldwide|in the (?:United States|U\.S\.|US|UK|world)|around the world|"
    r"nationwide))?"
)
_WHERE2 = _WHERE.replace("w>", "w2>")
# "The incidence of X is approximately 1 in 5,000 worldwide"
_RATE_IS = re.compile(
    r"\b(?P<m>incidence|prevalence|frequency|occurrence)\s+of\s+(?P<c>[^.;:,]{2,50}?)"
    rf"{_WHERE}\s+(?:is|was\s+estimated\s+at|is\s+estimated\s+(?:at|to\s+be))\s+{_RATIO}"
    rf"(?:\s+(?:people|persons|individuals|births|live births|newborns))?{_WHERE2}",
    re.IGNORECASE,
)
# "X occurs in 1 in 10,000 to 15,000 newborns"
_OCCURS_IN = re.compile(
    r"(?P<c>[A-Za-z][\w'’ -]{1,50}?)\s+(?:occurs|is\s+(?:seen|found|present))\s+in\s+"
    rf"{_RATIO}\s+(?P<g>newborns|births|live births|babies|infants|individuals|people|persons|"
    rf"children|adults|men|women|males|females){_WHERE}",
    re.IGNORECASE,
)
_STUDY = re.compile(r"\b(?:arm|trial|study|random(?:ly|i[sz]ed))\b", re.IGNORECASE)


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """Figures of "1 in N" of the page's own condition in ``seg``."""
    text = seg.body
    low = text.lower()
    if dc.main_disease is None or (" in 1 " not in f" {low}" and "1 in " not in low):
        return []
    if _STUDY.search(text):
        return []
    out = []
    for m in _RATE_IS.finditer(text):
        if not _plain(text, m) or not names_main(dc, m.group("c")):
            continue
        where = _where(m.group("w") or m.group("w2") or "")
        measure = f"{m.group('m').lower()} of {_name(dc, m.group('c'))}{where}"
        out.append(dc.fact(seg, Relation.NUMERIC, measure, _value(m), 0.7))
    for m in _OCCURS_IN.finditer(text):
        said = re.sub(r"^.*\b(?:in\s+the\s+[\w. ]+?,|,)\s*", "", m.group("c"))
        if not _plain(text, m) or not (names_main(dc, said) or _abbreviates(dc, said)):
            continue
        measure = f"{m.group('g').lower()} with {_name(dc, said)}{_where(m.group('w') or '')}"
        out.append(dc.fact(seg, Relation.NUMERIC, measure, _value(m), 0.7))
    return out


def _abbreviates(dc: DocContext, said: str) -> bool:
    """Whether ``said`` is the page's own short name for its disease, defined in brackets
    after it somewhere in the document."""
    main = dc.main_disease
    if main is None or not re.fullmatch(r"[A-Z][A-Za-z]{1,7}", said.strip()):
        return False
    # ("Phenylketonuria (PKU)", "Phenylketonuria (commonly known as PKU)")
    defined = re.compile(
        rf"\b{re.escape(main)}\s*\((?:[a-z ]{{0,25}}\s)?\s*{re.escape(said.strip())}\s*\)", re.I
    )
    return any(defined.search(u.text) for u in dc.units)


def _plain(text: str, m: re.Match[str]) -> bool:
    """Neither negated nor hedged, in the clause that states the figure."""
    said = text[max(0, m.start() - 20) : m.end()]
    return not NEGATION.search(said) and not MODAL_HEDGE.search(m.group(0))


def _name(dc: DocContext, said: str) -> str:
    """The condition in the sentence's words; the page's spelling when only the case differs
    ("Gout occurs in ..." opening a sentence)."""
    name = re.sub(r"^(?:the|a|an)\s+", "", " ".join(said.split()), flags=re.IGNORECASE)
    main = dc.main_disease
    return main if main and name.lower() == main.lower() else name


def _where(said: str) -> str:
    return f" {' '.join(said.split())}" if said.strip() else ""


def _value(m: re.Match[str]) -> str:
    mod = (m.group("mod") or "").lower()
    value = re.sub(r"\s*[-–]\s*", " to ", " ".join(m.group("v").split()))
    return f"{mod} {value}" if mod else value
