"""risk_factor from a sentence whose subject is the risk itself: "The risk of X is higher in
people who have A", "The risk of developing X is increased for people with A", "The risk of X
is increased by A", "There is an increased risk of X in people with A" (a risk that "may be"
higher is a possibility the writer leaves open, and gives nothing).

Why a reader of its own: the risk verbs of :mod:`.risk_verbs` take the factor as the subject
("A increases the risk"); here the risk is the subject and the factor follows the group it is
said of, or "by". The condition is the one named after "risk of": the page's topic or another
condition the lexicon names (none gives nothing). The factor is what the group has ("with A",
"who have A") or does ("who smoke" -> smoking); a group told by a relative clause of its own
("people with A who drink") is a combination the sentence does not split, so it gives nothing,
nor does a negated or doubted sentence; the page's own condition as the factor of another is a
complication it brings (:mod:`.risk_complications`), not read here.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.factors import UNPROVEN, as_factor, list_members
from trainer.generator.extract.patterns import NEGATION, SENTENCE_BREAK, drop_parens
from trainer.generator.extract.risk_causes import is_topic
from trainer.generator.extract.risk_clauses import who_habit
from trainer.generator.extract.risk_factor_phrases import factor

_RAISED = r"(?:higher|increased|greater|raised|elevated|much\s+higher)"
_OF = (
    r"(?:risk|chance|chances|likelihood|odds)\s+(?:of|for)\s+"
    r"(?:(?:developing|getting|having)\s+)?"
)
_GROUP = (
    r"(?:(?:for|in|among)\s+(?:people|persons|those|patients|children|adults|women|men|"
    r"individuals|anyone)\s+(?:who\s+(?:have|had|has)\s+(?P<f>[^.;]{2,120})|with\s+"
    r"(?P<f2>[^.;]{2,120})|who\s+(?P<h>[^.;]{2,80}))|by\s+(?P<f3>[^.;]{2,120}))"
)
# "The risk of X is (also) higher in people who have A", "... may be increased by A"
_RISK_IS = re.compile(
    # (not "may be higher": a possibility the writer leaves open)
    rf"\b{_OF}(?P<d>[^,.;:()]{{2,60}}?)\s+(?:is|are)\s+"
    rf"(?:(?:also|much|even|slightly|greatly|significantly)\s+)?{_RAISED}\s+{_GROUP}",
    re.IGNORECASE,
)
# "There is (also) an increased risk of X in people with A"
_THERE_IS = re.compile(
    rf"\b(?:an?\s+)?{_RAISED}\s+{_OF}(?P<d>[^,.;:()]{{2,60}}?)\s+{_GROUP}",
    re.IGNORECASE,
)
# an aside after the factor: ", a disease in which ...", ", which ..."
_ASIDE = re.compile(r",\s*(?:a|an|the|which|who|especially|particularly)\b.*$", re.IGNORECASE)
_DOUBT = re.compile(r"\b(?:might|possibly|unclear|unknown|whether|suggest\w*)\b", re.IGNORECASE)


def passive_risk_factors(dc: DocContext, body: str) -> list[tuple[str, str]]:
    """(condition, factor) for each sentence of ``body`` whose subject is a raised risk."""
    low = body.lower()
    if "risk" not in low and "chance" not in low and "likelihood" not in low:
        return []
    out: list[tuple[str, str]] = []
    for sentence in SENTENCE_BREAK.split(body):
        s = drop_parens(sentence.strip().rstrip("."))
        if NEGATION.search(s) or UNPROVEN.search(s) or _DOUBT.search(s):
            continue
        m = _RISK_IS.search(s) or _THERE_IS.search(s)
        if m is None:
            continue
        subject = _condition(dc, m.group("d"))
        if subject is None:
            continue  # the risk of something no name stands for
        habit = m.group("h")
        said = who_habit(f"who {habit}") if habit else (
            m.group("f") or m.group("f2") or m.group("f3"))
        if not said or re.search(r"\b(?:who|that|which|whose)\b", _ASIDE.sub("", said)):
            continue  # "people with A who drink": a combination the sentence does not split
        for member in list_members(dc, _ASIDE.sub("", said)):
            for f in factor(dc, member):
                typed = as_factor(dc, f)
                # (the page's own condition as the factor of another is a complication it
                # brings, read by :mod:`.risk_complications`)
                if typed and typed.lower() != subject.lower() and not is_topic(dc, typed):
                    out.append((subject, typed))
    return out


def _condition(dc: DocContext, text: str) -> str | None:
    """The condition named after "risk of": the page's topic, else a condition the lexicon
    names whole (a disease or a complication, not a symptom)."""
    text = text.strip()
    if is_topic(dc, text):
        return dc.main_disease
    for m in dc.find(text):
        h = m.hit("condition")
        if m.start == 0 and m.end == len(text) and h is not None and h.type not in (
            "symptom", "sign"
        ):
            return h.name
    return None
