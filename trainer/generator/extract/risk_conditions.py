"""Risk factors stated as the condition under which someone is more likely to get a disease.

Read from sentences whose structure makes a clause the factor:
  * "You are more likely to get / develop X if you A, B, or C";
  * "Your risk (chances) of X is higher if you A", "You are at risk (of X) if you A";
  * "X is more common in people who have A or B" / "... in people with A".
Each member of the clause after "if you" is worded as a factor the way an item completing a
lead-in is (:func:`.risk_clauses.completing_item`: "are overweight" -> "overweight", "have
eczema" -> "eczema"); a member that is still a clause ("smoke", "work at night") gives nothing.
"Less likely", "lower risk", a negated or doubted verb ("may not", "it is unclear whether")
give nothing. Whose risk it is, the disease named, is left to the risk_factor reader.
"""

from __future__ import annotations

import re

from trainer.generator.extract.patterns import NEGATION

_WHO = r"(?:you|people|persons|a person|someone|children|adults|women|men|they)"
_IF = r"\s+if\s+(?:you|they|he or she|she or he|a person|the person|someone)\s+(?P<c>[^.;:]{2,160})"
# "You are (much / two times) more likely to get X if you ..."
_MORE_LIKELY_IF = re.compile(
    rf"\b{_WHO}\s+(?:are|is|were|may be|can be)\s+(?:(?:much|far|also|even)\s+|[\w-]+\s+times\s+)?"
    r"more\s+likely\s+to\s+(?:get|develop|have|catch|be diagnosed with)\s+[^.;:]{2,60}?" + _IF,
    re.IGNORECASE,
)
# "Your risk of X is higher if you ...", "Your chances of getting X go up if you ..."
_RISK_HIGHER_IF = re.compile(
    r"\b(?:your|the|a person's|one's)\s+(?:risk|chances?|likelihood|odds)\s+(?:of|for)\s+"
    r"[^.;:]{2,60}?\s+(?:is|are|gets?|goes?|may be|can be)\s+(?:(?:much|even|also)\s+)?"
    r"(?:higher|greater|increased|raised|up)" + _IF,
    re.IGNORECASE,
)
# "You are at risk (of X) if you ...": on a page about X, the risk is X's
_AT_RISK_IF = re.compile(
    rf"\b{_WHO}\s+(?:are|is|may be)\s+(?:also\s+)?at\s+(?:(?:a\s+)?(?:higher|greater|increased|"
    r"high)\s+)?risk(?:\s+(?:of|for)\s+[^.;:]{2,60}?)?" + _IF,
    re.IGNORECASE,
)
# "X is more common in people who have A", "... among adults with A"
_MORE_COMMON_WITH = re.compile(
    r"\bmore\s+(?:common|frequent)\s+(?:in|among)\s+(?:people|persons|those|patients|children|"
    r"adults|men|women)\s+(?:who\s+(?:have|had|has)|with)\s+(?P<c>[^.;:]{2,120})",
    re.IGNORECASE,
)
# a doubt said of the statement ("It is not clear whether", "Researchers think")
_DOUBT = re.compile(
    r"\b(?:unclear|not\s+clear|not\s+known|unknown|whether|might|possibly|suggest\w*|believe\w*|"
    r"think|thought)\b",
    re.IGNORECASE,
)
# where the condition ends: another clause ("..., but", "..., which", "... because")
_CLAUSE_END = re.compile(
    r",\s*(?:but|which|so|because|although|though|while|and\s+(?:this|that|it|they))\b|"
    r"\s+(?:because|since|although|while|than)\b",
    re.IGNORECASE,
)


# a word a lost dash ran into the next ("siblingparticularly", "twinwith")
_GLUED = re.compile(r"\b[a-z]{4,}(?:particularly|especially|including|with)\b")


def condition_clauses(body: str) -> list[tuple[str, bool]]:
    """The clauses that state the condition of a higher risk in ``body`` (the factor's words,
    still to be split into members and worded), each with whether it completes "if you" (its
    members are verb phrases then, "are bedridden, use a wheelchair")."""
    if "likely" not in body and "if" not in body.lower() and "common" not in body:
        return []
    out: list[tuple[str, bool]] = []
    for rx in (_MORE_LIKELY_IF, _RISK_HIGHER_IF, _AT_RISK_IF, _MORE_COMMON_WITH):
        for m in rx.finditer(body):
            said = body[max(0, m.start() - 60) : m.start("c")]
            if NEGATION.search(m.group(0)) or _DOUBT.search(said):
                continue
            clause = m.group("c")
            if re.match(r"\s*-\s", clause):
                continue  # an inline list ("if you - are A - have B"): read item by item
            if _GLUED.search(clause):
                continue  # "a siblingparticularly a twinwith X": where the aside ends is lost
            cut = _CLAUSE_END.search(clause)
            out.append(((clause[: cut.start()] if cut else clause).strip(" ,"), rx is _AT_RISK_IF))
    return out
