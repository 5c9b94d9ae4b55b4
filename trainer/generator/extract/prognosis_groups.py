"""Prognostic factors read from groups of patients: age groups compared by outcome ("Children
aged 1 to 9 have the best outlook", "Children usually do better than adults", "those over 60
doing the worst") and how a protocol defines its risk groups ("Standard risk means age 1 to 9
years and ...", "..., makes the patient high risk").
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.factors import is_disease
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.prognosis_phrases import direction, factor

# Age groups compared by outcome: "Children aged 1 to 9 have the best outlook", "Children usually
# do better than adults", "those over 60 doing the worst".
AGE_GROUP = (
    r"(?P<p>(?:young\s+)?children|kids|pa?ediatric patients|younger (?:patients|people|adults)|"
    r"older (?:patients|people|adults)|elderly patients|the elderly|adults|infants)"
    r"|(?:children|patients|people|those)\s+(?:aged|between the ages of)\s+(?P<age>\d+\s*"
    r"(?:-|–|to|and)\s*\d+(?:\s+years)?)"
    r"|(?:patients|people|those|adults)\s+(?:aged\s+)?(?:over|older than|above)\s+(?P<over>\d+)"
)
GROUP_OUTCOME = re.compile(
    rf"(?:^|(?<=[\s,(]))(?:{AGE_GROUP})(?:\s+with\s+(?P<w>[^,;.]{{1,40}}?))?(?:\s+years)?\s+"
    r"(?:(?:usually|often|generally|typically|tend to|tends to|also)\s+)*"
    r"(?:have|has|had|show|do|does|did|doing|fare|fared)\s+(?:an?\s+|the\s+)?(?P<d>\w+)"
    r"(?:\s+(?P<n>prognosis|outcomes?|outlook|survival(?:\s+rates?)?))?\b",
    re.IGNORECASE,
)
# "Standard risk means age 1 to 9 years and a white blood cell count below 50 x 10^9/L";
# "age 10 years or older, or a white cell count of 50 x 10^9/L or more, makes the patient high
# risk": how a protocol defines its risk groups.
_RISK_MEANS = re.compile(
    r"\b(?P<g>standard|low|average|high|very high)[- ]risk\s+(?:\(\w+\)\s+)?(?:group\s+)?"
    r"(?:means|is defined as|requires)\s+",
    re.IGNORECASE,
)
_MAKES_RISK = re.compile(
    r",?\s+(?:makes?|places?|puts?)\s+(?:the\s+|a\s+)?(?:patient|child|person)\s+(?:at\s+)?"
    r"(?:a\s+)?(?P<g>standard|low|average|high|very high)[- ]risk\b",
    re.IGNORECASE,
)


def risk_definitions(dc: DocContext, body: str) -> list[tuple[str, float]]:
    found: list[tuple[str, float]] = []
    for means in _RISK_MEANS.finditer(body):
        way = _GROUP_WAY[means.group("g").lower()]
        for member in _definition_members(body[means.end() : _clause_end(body, means.end())]):
            f = factor(dc, member)
            if f:
                found.append((f"{f} ({way})", 0.75))
    for makes in _MAKES_RISK.finditer(body):
        way = _GROUP_WAY[makes.group("g").lower()]
        start = max(body.rfind(";", 0, makes.start()), body.rfind(". ", 0, makes.start())) + 1
        for member in _definition_members(body[start : makes.start()]):
            f = factor(dc, member)
            if f:
                found.append((f"{f} ({way})", 0.75))
    return found


_GROUP_WAY = {"standard": "better prognosis", "low": "better prognosis",
              "average": "better prognosis", "high": "poorer prognosis",
              "very high": "poorer prognosis"}


def _clause_end(text: str, start: int) -> int:
    stop = re.compile(r";|\.(?:\s|$)").search(text, start)
    return stop.start() if stop else len(text)


def _definition_members(text: str) -> list[str]:
    """The criteria a definition lists: "A and B", "A, or B" (numbers such as "10^9/L" and
    "50,000" stay whole)."""
    # "age 10 years or older" is one criterion: a bare "or" does not split
    parts = re.split(r",\s+(?:and|or)\s+|\s+and\s+|,\s+(?=[a-z])", text.strip(" ,"))
    return [p.strip(" ,") for p in parts if p.strip(" ,")]


def group_factor(dc: DocContext, g: re.Match[str]) -> str | None:
    """ "Children aged 1 to 9 have the best outlook" -> "age 1 to 9 (better prognosis)"."""
    noun, word, rest = g.group("n"), g.group("d").lower(), g.string[g.end() :]
    d: str | None = None
    if noun and noun.lower().startswith("survival"):
        d = {"higher": "better prognosis", "better": "better prognosis",
             "lower": "poorer prognosis", "poorer": "poorer prognosis",
             "worse": "poorer prognosis"}.get(word)  # fmt: skip
    elif noun or re.fullmatch(r"best|worst", word):
        d = direction(word)
    elif re.fullmatch(r"better|worse", word) and re.match(r"\s+than\b", rest):
        d = direction(word)  # "do better than adults"; not "do better thanks to new drugs"
    if d is None or NEGATION.search(g.group(0)):
        return None
    if g.group("w") and not is_disease(dc, g.group("w")):
        return None  # "Children with Down syndrome do worse": a factor, read by other rules
    return f"{_age_factor(g)} ({d})"


# A judgement that ranks the group against others: "better", "the best", "higher survival"
_RANKING = re.compile(r"(?:better|worse|best|worst|higher|lower|poorer|greater)$", re.I)


def compared(g: re.Match[str]) -> bool:
    """Whether a group's outcome ``g`` (:data:`GROUP_OUTCOME`) is ranked against other groups
    ("Children do better than adults", "Children aged 1 to 9 have the best outlook"). "Children
    with X usually have a good outlook" says how that group fares, not that age changes it."""
    return _RANKING.match(g.group("d")) is not None


def _age_factor(g: re.Match[str]) -> str:
    if g.group("age"):
        return "age " + re.sub(r"\s+", " ", g.group("age"))
    if g.group("over"):
        return f"age over {g.group('over')}"
    p = g.group("p").lower()
    return (
        "infancy" if p == "infants"
        else "older age" if re.search(r"older|elderly|adults", p)
        else "younger age"
    )  # fmt: skip


_GROUP_ONLY = re.compile(rf"^(?:{AGE_GROUP})$", re.IGNORECASE)


def group_name(text: str) -> str | None:
    """ "older adults" -> "older age", "infants" -> "infancy": a member naming an age group."""
    g = _GROUP_ONLY.match(text.strip())
    return _age_factor(g) if g else None


_OUTLOOK_NOUN = (
    r"(?:prognosis|outlook|outcomes?|survival|chances?\s+of\s+(?:a\s+(?:full\s+)?)?(?:recovery|cure|"
    r"survival))"
)
_GOOD = r"better|good|best|excellent|favou?rable|higher"
_BAD = r"worse|poor|poorer|worst|unfavou?rable|lower"
# "The prognosis is generally better in children than in adults", "Outcomes are poorer in older
# adults", "The prognosis is usually good, especially in younger patients"
_OUTLOOK_IN_AGE = re.compile(
    rf"^\s*(?:the\s+|an?\s+)?(?:overall\s+|long[- ]term\s+)?{_OUTLOOK_NOUN}\s+"
    r"(?:is|are|was|were|tends?\s+to\s+be)\s+(?:(?:usually|generally|often|typically|much|also)\s+)*"
    rf"(?:(?P<good>{_GOOD})|(?P<bad>{_BAD}))\s*,?\s+(?:(?:especially|particularly)\s+)?"
    rf"(?:in|for|among)\s+(?:{AGE_GROUP})\b"
    # ("in adults treated with A": a trial's arm)
    r"(?!\s+(?:who\s+(?:were\s+|are\s+)?)?(?:treated|given|receiving|received|taking|on)\b)",
    re.IGNORECASE,
)
# "Children tend to recover faster than adults", "Younger patients have a better chance of
# recovery"
_AGE_RECOVERS = re.compile(
    rf"^\s*(?:{AGE_GROUP})\s+(?:(?:usually|often|generally|typically|tend\s+to|tends\s+to)\s+)*"
    r"(?:recover\s+(?:(?P<good>faster|more\s+quickly|more\s+fully|better)|(?P<bad>more\s+slowly))"
    r"\s+than|(?:have|has)\s+(?:an?\s+|the\s+)?(?:(?P<good2>better|higher|best)|(?P<bad2>worse|lower"
    r"|poorer))\s+chances?\s+of\s+(?:a\s+(?:full\s+)?)?(?:recovery|cure|survival))\b",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def outlook_in_age_group(text: str) -> list[tuple[str, float]]:
    """ "The prognosis is better in children than in adults" -> "younger age (better
    prognosis)"; each sentence of ``text`` read on its own, a negated one giving nothing."""
    found: list[tuple[str, float]] = []
    for sentence in _SENTENCE_END.split(text):
        if NEGATION.search(sentence):
            continue
        for rx in (_OUTLOOK_IN_AGE, _AGE_RECOVERS):
            m = rx.match(sentence)
            if m is None:
                continue
            groups = m.groupdict()
            good = groups.get("good") or groups.get("good2")
            way = "better prognosis" if good else "poorer prognosis"
            found.append((f"{_age_factor(m)} ({way})", 0.75))
    return found
