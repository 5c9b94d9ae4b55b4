"""drug_class of a list that follows its class after a long aside or a clause about the class.

"Antibiotics, which kill the bacteria that cause the infection, include X and Y", "Beta
blockers (which slow the heart) include X", "Antifungals (drugs that kill fungi), such as X,",
"Statins lower the cholesterol the liver makes, and they include X", "PPIs reduce stomach
acid; examples are X and Y": the class opens the sentence, something is said of it, then the
members follow a cue that takes the class up ("include", "such as", "and they include",
"; examples are"), or the class is said to be drugs with its examples beside: "NSAIDs are
drugs (such as X and Y) that ...". The cue readers of :mod:`.class_lists` stop at such asides.

Nothing between the class and the list may name a drug or another class, hold a negation or
set the list apart ("other", "instead", "with", "side effects"), so "Statins, which are
often given with other drugs, include ..." and "Antibiotics can cause diarrhoea; examples of
probiotics are ..." give nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract.class_backrefs import CONTRAST
from trainer.generator.extract.drug_names import CLASS, DRUG, members_from
from trainer.generator.extract.patterns import negated, scope_end
from trainer.generator.lexicon import Mention

# The class opens its sentence or clause: after a determiner or a quantity word at most.
_OPENS_CLAUSE = re.compile(
    r"(?:^|[.;:]\s+)(?:(?:the|these|some|many|most|several|common|certain)\s+)?$", re.IGNORECASE
)
_NOUN = r"(?:(?:drugs?|medicines?|medications?|agents?)\s*)?"
# An aside set off by commas or brackets, then the cue: ", which ..., include", "(...) such as"
_ASIDE_THEN_CUE = re.compile(
    rf"\s*{_NOUN}(?:,\s*(?:which|that|sometimes called|also called|often called|also known as)"
    r"\b[^;()]{0,200}?,|\([^()]{0,200}\),?)\s*"
    r"(?:(?:may|can|often|usually|commonly)\s+)?"
    r"(?:include|includes|including|such as|like|e\.g\.,?)\s+"
    r"(?:the following:?\s*)?$",
    re.IGNORECASE,
)
# A clause about the class, then a cue that takes it up: ", and they include", "; examples are"
_CLAUSE_THEN_CUE = re.compile(
    r"[^;]{0,200}?(?:,\s*and\s+(?:they|these)\s+include|;\s*(?:(?:common\s+)?examples\s+"
    r"(?:are|include)|these\s+include|they\s+include))\s+",
    re.IGNORECASE,
)
# The class, said to be drugs, then its examples: "NSAIDs are drugs (such as X and Y) that ...",
# "PPIs are medicines, such as X, that reduce acid"
_COPULA_THEN_CUE = re.compile(
    r"\s*(?:are|is)\s+(?:(?:a\s+)?(?:group|type|kind|class|family)\s+of\s+)?(?:drugs|"
    r"medicines|medications|agents)\s*(?:\(|,)\s*(?:such\s+as|including|like|e\.g\.,?)\s+",
    re.IGNORECASE,
)
# The class's own short name in brackets right after it: "Nonsteroidal anti-inflammatory drugs
# (NSAIDs) are ...", which is the class again, not a member
_OWN_ABBREVIATION = re.compile(r"\s*\(\s*$")
_APART = re.compile(r"\b(?:with|plus|side effects?|combined|combination)\b", re.IGNORECASE)


def far_list_members(text: str, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(drug, class) for the members listed after an aside or a clause about the class."""
    out: list[tuple[Mention, Mention]] = []
    for i, c in enumerate(ms[:-1]):
        if not c.is_kind(*CLASS) or c.is_kind(*DRUG):
            continue
        # the next drug or class; a disease or a target named in the aside is fine
        j = next((k for k in range(i + 1, len(ms)) if ms[k].is_kind(*DRUG, *CLASS)), None)
        if j is not None and _is_own_abbreviation(text, c, ms[j]):
            j = next((k for k in range(j + 1, len(ms)) if ms[k].is_kind(*DRUG, *CLASS)), None)
        if j is None:
            continue
        first = ms[j]
        between = text[c.end : first.start]
        copula = bool(_COPULA_THEN_CUE.fullmatch(_without_brackets(between)))
        if not first.is_kind(*DRUG) or first.is_kind(*CLASS):
            continue
        if first.start - c.end < 25 and not copula:
            continue  # a short gap is read by the cue readers of the list
        if not _opens_clause(text, c):
            continue
        if negated(between) or CONTRAST.search(between) or _APART.search(between):
            continue
        if not (_ASIDE_THEN_CUE.fullmatch(between) or _CLAUSE_THEN_CUE.fullmatch(between)
                or copula):
            continue
        members = members_from(text, ms, j, scope_end(text, first.start))
        out += [(d, c) for d in members]
    return out


def _is_own_abbreviation(text: str, c: Mention, m: Mention) -> bool:
    """Whether class ``m`` is ``c``'s short name in brackets right after it, "(NSAIDs)"."""
    return (m.is_kind(*CLASS) and not m.is_kind(*DRUG)
            and bool(_OWN_ABBREVIATION.fullmatch(text, c.end, m.start))
            and text[m.end : m.end + 2].lstrip().startswith(")"))


def _without_brackets(between: str) -> str:
    """The stretch with a leading bracketed short name dropped: " (NSAIDs) are drugs (such as"."""
    return re.sub(r"^\s*\([^()]{1,30}\)", "", between)


def _opens_clause(text: str, c: Mention) -> bool:
    """Whether class ``c`` opens its sentence or clause, also after a section heading that
    names the same class and lost its line break ("Antifungals Antifungals (drugs that ...)")."""
    if _OPENS_CLAUSE.search(text, 0, c.start):
        return True
    n = len(c.surface)
    before = text[max(0, c.start - n - 1) : c.start]
    return (before[:-1].lower() == c.surface.lower() and before.endswith(" ")
            and bool(_OPENS_CLAUSE.search(text, 0, c.start - n - 1)))
