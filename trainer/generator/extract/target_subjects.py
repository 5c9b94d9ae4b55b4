"""Which drug(s) a target cue verb is said of ("X and Y, which target T", "X is an antibody
that binds T", "X lowers uric acid by blocking T").

The subject is the drug right before the cue, or the drugs of a list ending there, with only
a relative pronoun, a copula or adverbs between; a clause about a partner the drug is given
with, or the next item of a list, is not said of the drug. Split from :mod:`.drug_targets`,
which finds the cue verbs and their targets.
"""

from __future__ import annotations

import re

from trainer.generator.extract.drug_names import DRUG, members_ending_at
from trainer.generator.extract.patterns import in_parens, index_of, negated
from trainer.generator.extract.target_pronouns import PRODRUG, set_aside
from trainer.generator.lexicon import Mention

# Between the subject drug(s) and a cue: nothing, or a relative pronoun / copula / adverbs.
_SUBJ_TO_CUE = re.compile(
    r"^\s*(?:[\(\[][^()\[\]]{0,60}[\)\]]\s*)?(?:,\s*)?(?:(?:which|that|who|also|both|"
    r"specifically|selectively|directly|potently|mainly|primarily|only|is|are|was|were|works by|"
    r"work by|acts by|act by|by|can|could|may|will|then|helps?|helps? to|" + PRODRUG + r"|"
    # "X finds and attaches to T": the first of two coordinated verbs
    r"[a-z]{3,}s\s+and)\s+)*$",
    re.IGNORECASE,
)
# A relative clause whose verb is singular ("X and Y, which targets T") is said of the last
# drug only; a plural verb ("which target") or a copula ("which are inhibitors of") of all.
RELATIVE = re.compile(r"\b(?:which|that)\b(?!.*\b(?:are|were|both)\b)", re.IGNORECASE)
_SINGULAR_VERB = re.compile(r"(?!\w*(?:ors|ers|ies|ss)\b)\w+s\b", re.IGNORECASE)
# "X is a(n) ... (that|which)" / "X, a ..., " before a cue: the cue's subject is still X.
_COPULA_CHAIN = re.compile(
    r"^\s*(?:[\(\[][^()\[\]]{0,60}[\)\]]\s*)?(?:,\s*|(?<=\s)(?:is|are|was|were)\s+)"
    r"(?:(?:a|an|the)\s+)?[^;.:!?]{0,110}?(?:\s+(?:that|which))?\s*$",
    re.IGNORECASE,
)
_ITS = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}(?:to\s+)?$", re.IGNORECASE)
# "X is given with chemotherapy, which kills cells by blocking ...": the relative clause
# is said of the partner the drug is given with, not of the drug
_PARTNER_CLAUSE = re.compile(
    r"\b(?:with|plus|after|before|following|than|versus|vs)\b[^;.!?]*\b(?:which|that)\b",
    re.IGNORECASE,
)
# "X, and a drug that targets T": a next item of a list, not an apposition to X
_NEXT_ITEM = re.compile(r"^\s*(?:\([^()]*\)\s*)?,?\s*(?:and|or|but)\b", re.IGNORECASE)
# "X lowers uric acid by blocking", "X brings T cells close to leukemia cells by binding":
# the drug's own verb, then what it does it by, with no clause of another subject between
_BY_MEANS = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:(?:also|then|mainly|directly)\s+)?[a-z]{3,}s\b"
    r"(?:(?!\b(?:which|that|who|whom|while|whereas|but|and\s+(?:is|are|was|were))\b)"
    r"[^;:.!?()\[\]])*\bby\s+$",
    re.IGNORECASE,
)


def cue_subjects(text: str, ms: list[Mention], cue_start: int) -> tuple[list[Mention], float]:
    """The drug(s) a target cue at ``cue_start`` is said of, and how sure that reading is.

    ``ms`` are the mentions before the cue.
    """
    before = ms
    last_drug = next((m for m in reversed(before) if m.is_kind(*DRUG)), None)
    if last_drug is None:
        return [], 0.0
    i = index_of(ms, last_drug)
    between = text[last_drug.end : cue_start]
    aside = set_aside(text, ms, i, cue_start)
    if aside is not None:  # "X, not Y, targets T": the drug set aside is not the subject
        return ([aside], 0.85) if aside.is_kind(*DRUG) else ([], 0.0)
    blockers = [m for m in before if m.start >= last_drug.end and not in_parens(text, m)]
    if not blockers and _SUBJ_TO_CUE.match(between):
        if RELATIVE.search(between) and _SINGULAR_VERB.match(text, cue_start):
            # "X and Y, which targets T": the verb agrees with Y alone
            return [last_drug], 0.9
        return members_ending_at(text, ms, i), 0.9
    if (
        _COPULA_CHAIN.match(between)
        and not negated(between)
        and not any(m.is_kind(*DRUG, "condition") for m in blockers)
        and not _PARTNER_CLAUSE.search(between)
        and not _NEXT_ITEM.match(between)
    ):
        plural = bool(re.match(r"^\s*(?:\([^)]*\)\s*)?\s+(?:are|were)\b", between))
        return (members_ending_at(text, ms, i) if plural else [last_drug]), 0.85
    if (
        re.search(r"\bby\s+$", between)
        and not any(m.is_kind(*DRUG) for m in blockers)
        and not negated(between)
        and _BY_MEANS.match(between)
    ):
        return [last_drug], 0.8  # "Allopurinol lowers uric acid by blocking xanthine oxidase"
    if _ITS.search(text[:cue_start]) and not any(m.is_kind(*DRUG) for m in blockers):
        drugs_before = [m for m in before if m.is_kind(*DRUG)]
        if len(drugs_before) == 1 and drugs_before[0].start < 40 and not negated(between):
            return [drugs_before[0]], 0.75
    return [], 0.0
