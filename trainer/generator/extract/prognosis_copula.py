"""Prognostic factors named by a copula or a bare "predicts", read by :mod:`.prognosis`:

* "A is the most important prognostic factor", "A is an independent predictor of survival",
  "A is a poor prognostic sign", "A is a sign of a poor prognosis";
* turned round: "The most important prognostic factor is A", "The strongest predictor of
  outcome is A";
* "A predicts survival", "A predicts poorer survival", "A is associated with worse survival",
  "A is associated with aggressive disease / more severe symptoms";
* what the outcome goes with, its direction unstated: "Survival is closely related to A", "The
  risk of relapse correlates with A", "The best predictor of relapse is A" - held back as a
  draft flagged uncertain, since A may be a test whose result, not its name, is the factor;
* the outcome with its direction first: "Favorable survival has been associated with A, B and
  C" - a card when the words before the factors name whose outcome it is ("survival in X"),
  else a draft flagged uncertain (the paragraph's first disease may be a broader one).

A pronoun that opens the clause after a semicolon stands for the subject of the clause before:
"A is a risk factor for X; it is also associated with more severe symptoms".

Pages state prognosis this way in general prose, outside any list, so these readings do not
depend on a lead-in. The direction comes from the words that qualify the prognosis ("poor
prognostic sign" -> poorer; "predictor of relapse" -> poorer; "predictor of survival" -> none
stated). The factor is the noun phrase that opens the clause (or closes it, turned round). A
negated clause, a question or study of whether A is prognostic ("Studies are looking at whether
A predicts survival"), a pronoun or a category ("Several factors are prognostic") gives nothing.
"""

from __future__ import annotations

import itertools
import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.factors import list_members
from trainer.generator.extract.patterns import NEGATION, drop_parens
from trainer.generator.extract.prognosis_phrases import (
    UNDIRECTED_DRAFT,
    UNNAMED_OWNER_DRAFT,
    factor,
    list_text,
)

# A cheap test before the patterns: every reading here holds one of these words.
COPULA_CUES = (
    "prognos", "predict", "indicator", "survival", "sign of", "correlat", "related", "associated",
    "linked",
)

_GOOD = r"favou?rable|good|better|positive"
_BAD = r"poor|poorer|adverse|unfavou?rable|negative|bad|worse|dismal"
_RANK = (
    r"(?:(?:single|most|very|particularly|especially|also|still)\s+)*"
    r"(?:important|strongest|strong|key|main|major|powerful|significant|independent|"
    r"reliable|best|useful|critical|valuable|consistent)?\s*"
)
_OUTCOME = (
    r"(?:overall\s+|long[- ]term\s+|disease[- ]free\s+)?"
    r"(?:survival|outcomes?|prognosis|outlook|recovery)"
)
_BAD_OUTCOME = r"(?:relapse|recurrence|death|mortality|treatment\s+failure)"
# What the copula says the factor is: a prognostic factor (with its direction, when given)
_PROGNOSTIC = (
    rf"(?:(?P<g1>{_GOOD})\s+|(?P<b1>{_BAD})\s+)?"
    r"(?:prognostic\s+(?:factors?|indicators?|markers?|signs?|features?|variables?|"
    r"determinants?)|predictors?\s+of\s+(?:(?:an?\s+|the\s+)?(?:(?P<g2>" + _GOOD + r"|better|"
    r"longer|improved)\s+|(?P<b2>" + _BAD + r"|shorter|reduced)\s+)?" + _OUTCOME
    + r"|(?P<b3>" + _BAD_OUTCOME + r"))\b"
    r"|(?:signs?|indicators?|markers?)\s+of\s+(?:an?\s+|the\s+)?(?:(?P<g4>" + _GOOD
    + r"|excellent)\s+|(?P<b4>" + _BAD + r")\s+)(?:prognosis|outlook|outcomes?))"
)
# "A is the most important prognostic factor", "A is a sign of a poor prognosis"
_IS_PROGNOSTIC = re.compile(
    r"^(?P<np>[^,;:]{2,80}?)\s+(?:is|are|remains?|was|were|has\s+been|have\s+been|"
    r"appears?\s+to\s+be|seems?\s+to\s+be)\s+(?:(?:also|still|often|now)\s+)?"
    r"(?:(?:the|an?|one\s+of\s+the)\s+)?" + _RANK + _PROGNOSTIC,
    re.IGNORECASE,
)
# "The most important prognostic factor (for X) is A", "The best predictor of relapse is A" (a
# test's name states no direction: its result does)
_PROGNOSTIC_IS = re.compile(
    r"^(?:the\s+)?" + _RANK + r"(?:prognostic\s+factor|predictor\s+of\s+(?:" + _OUTCOME + r"|"
    + _BAD_OUTCOME + r"))"
    r"(?:\s+(?:for|in|of)\s+[^,;:]{2,50}?)?\s+(?:is|remains)\s+(?P<np>[^;:]{2,80})$",
    re.IGNORECASE,
)
# "A predicts survival", "A strongly predicts poorer survival"; "A is associated with worse
# survival" (the prognosis and outlook forms are read in :mod:`.prognosis`)
_PREDICTS = re.compile(
    r"^(?P<np>[^,;:]{2,80}?)\s+(?:(?:also|strongly|independently|reliably)\s+)?"
    r"(?:predicts?|(?:is|are)\s+(?:\w+\s+)?(?:associated|linked)\s+(?:with|to))\s+"
    r"(?:an?\s+|the\s+)?(?:(?P<g>better|longer|improved|favou?rable)\s+|(?P<b>worse|poorer|"
    r"shorter|reduced|poor|lower)\s+)?(?P<n>(?:overall\s+|long[- ]term\s+)?survival|"
    r"(?:the\s+)?(?:outcome|prognosis))\b"
    # "A is associated with aggressive disease"
    r"|^(?P<np2>[^,;:]{2,80}?)\s+(?:is|are)\s+(?:\w+\s+)?(?:associated|linked)\s+(?:with|to)\s+"
    r"(?:an?\s+|the\s+)?(?P<b2>more\s+aggressive|aggressive|more\s+severe|worse)\s+(?:disease|"
    r"tumou?rs?|cancers?|course|forms?|illness|(?:signs\s+and\s+)?symptoms)\b",
    re.IGNORECASE,
)
# "Survival is closely related to the stage at diagnosis", "The risk of relapse correlates with
# tumor size": what the outcome goes with, no direction stated
_OUTCOME_GOES_WITH = re.compile(
    r"^(?:the\s+)?(?:" + _OUTCOME + r"|(?:risk|rate|chance)\s+of\s+(?:distant\s+|local\s+|late\s+)?"
    + _BAD_OUTCOME + r")\s+(?:(?:is|was|are|were)\s+)?(?:(?:closely|strongly|highly|also|mainly|"
    r"largely)\s+)?(?:correlated|correlates?|related|associated|linked|tied)\s+(?:with|to)\s+"
    r"(?P<np>[^;:]{2,80})$",
    re.IGNORECASE,
)
# "Favorable survival after relapse has been associated with A, B and C", "Poor outcomes are
# linked to A": the outcome, with its direction, opens the sentence and the factors follow
_DIRECTED_OUTCOME_WITH = re.compile(
    r"^(?:an?\s+|the\s+)?(?:(?P<g>better|longer|improved|favou?rable|good|excellent)|(?P<b>worse|"
    r"poorer|poor|shorter|reduced|unfavou?rable|inferior))\s+(?:overall\s+|long[- ]term\s+)?"
    r"(?:survival|outcomes?|prognosis|outlook)(?:\s+(?:after|in|among|for|with)\s+[^,;:]{2,40}?)?"
    r"\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:(?:closely|strongly|also|often|"
    r"consistently)\s+)?(?:associated|linked|correlated|tied)\s+(?:with|to)\s+(?P<np>[^;:]{2,160})$",
    re.IGNORECASE,
)
# Research into whether a factor is prognostic, or a question about it: no fact yet
_STUDIED = re.compile(
    r"\b(?:whether|if|study|studies|studying|studied|research\w*|investigat\w*|trials?|"
    r"looking|examin\w*|unclear|unknown|unproven|debated|controversial)\b",
    re.IGNORECASE,
)
# A phrase trailing the factor: ", with risks ranging from 10% to 41%"
_TRAILING = re.compile(r",\s+(?:with|ranging|from|in|among|as|for|which|whereas)\b.*$", re.I)
# Words that open a clause the factor must not reach back into
_CLAUSE_OPENER = re.compile(r"^.*\b(?:that|because|since|although|while|whereas)\s+", re.I)
# What cannot be a factor: a pronoun, a category of factors, the treatment in general
_NOT_FACTOR = re.compile(
    r"^(?:it|this|that|these|those|they|which|treatment|therapy|several|many|certain|some|"
    r"other|others|factors?|things|features|one)\b|\b(?:factors?|things)$",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+(?=\s|$)|$)")
_RATHER = re.compile(r"\brather\s+than\b", re.IGNORECASE)


def copula_facts(dc: DocContext, text: str) -> list[tuple[str, float]]:
    """(factor with its direction when stated, confidence) for each copular or "predicts"
    statement of the text's sentences."""
    found: list[tuple[str, float]] = []
    for sentence in _clauses(drop_parens(text)):
        # ("complete remission rather than partial remission": a contrast inside a factor)
        if not sentence or NEGATION.search(_RATHER.sub(" ", sentence)) or sentence.endswith("?"):
            continue
        low = sentence.lower()
        if not any(c in low for c in COPULA_CUES):
            continue
        for m, way in _readings(sentence):
            np = _TRAILING.sub("", _CLAUSE_OPENER.sub("", m.group("np") or m.group("np2"))).strip()
            # research anywhere in the sentence ("... in a study of 500 patients") is one
            # study's finding or a question still open
            if _STUDIED.search(sentence) or _NOT_FACTOR.search(np):
                continue
            # "The best predictor of relapse is A", "Survival is related to A": what the outcome
            # goes with, not which way (A may be a test, whose result is the factor): a draft
            turned = m.re == _OUTCOME_GOES_WITH or (
                m.re == _PROGNOSTIC_IS and re.search(_BAD_OUTCOME, m.group(0), re.I) is not None
            )
            # "tumor and node status" shares its head: split only a list with commas
            members = list_members(dc, list_text(np)) if "," in np else [np]
            for member in members:
                f = factor(dc, member)
                if f and not _NOT_FACTOR.search(f):
                    conf = UNDIRECTED_DRAFT if turned else 0.75
                    if m.re == _DIRECTED_OUTCOME_WITH and not names_owner(dc, sentence):
                        conf = UNNAMED_OWNER_DRAFT
                    found.append((f"{f} ({way})" if way else f, conf))
    return found


# "A is a risk factor for X; it is also associated with more severe disease": the pronoun
# that opens a clause after a semicolon stands for the subject of the clause before
_IT = re.compile(r"^(?:it|this)\s+(?=(?:is|are|was|also|has|predicts?)\b)", re.IGNORECASE)
_SUBJECT = re.compile(r"^(?P<s>[^,;:]{2,60}?)\s+(?:is|are|was|were|has|have)\s", re.IGNORECASE)


def _clauses(text: str) -> list[str]:
    """The sentences of ``text``, each clause after a semicolon on its own, a pronoun opening
    it replaced by the subject of the clause before."""
    out: list[str] = []
    for s in _SENTENCE.finditer(text):
        sentence = s.group(0).strip().rstrip(".!?").strip()
        parts = [p.strip() for p in sentence.split(";")]
        out.append(parts[0])
        for before, part in itertools.pairwise(parts):
            subject = _SUBJECT.match(before)
            if _IT.match(part) and subject is not None:
                part = _IT.sub(subject.group("s") + " ", part, count=1)
            out.append(part)
    return out


def _readings(sentence: str) -> list[tuple[re.Match[str], str | None]]:
    """The matches that name a factor, each with the direction it states."""
    out: list[tuple[re.Match[str], str | None]] = []
    for rx in (_IS_PROGNOSTIC, _PROGNOSTIC_IS, _OUTCOME_GOES_WITH):
        m = rx.match(sentence)
        if m is not None:
            out.append((m, _way(m)))
    d = _DIRECTED_OUTCOME_WITH.match(sentence)
    if d is not None and not out:
        out.append((d, "better prognosis" if d.group("g") else "poorer prognosis"))
    p = _PREDICTS.match(sentence)
    if p is not None and not out:
        bad = p.group("b") or p.group("b2")
        way = "better prognosis" if p.group("g") else "poorer prognosis" if bad else None
        # "is associated with survival" states no direction, and no factor: only a bare
        # "predicts" names one without a direction
        if way is not None or re.search(r"\bpredicts?\b", p.group(0), re.IGNORECASE):
            out.append((p, way))
    return out


def names_owner(dc: DocContext, sentence: str) -> bool:
    """Whether the words before an outcome's factors name a condition ("survival in X")."""
    head = _DIRECTED_OUTCOME_WITH.match(sentence)
    said = sentence[: head.start("np")] if head is not None else sentence
    main = dc.main_disease
    if main is not None and re.search(rf"\b{re.escape(main)}\b", said, re.IGNORECASE):
        return True  # the page's own disease, by the name its title gives it
    return any(m.hit("condition") is not None for m in dc.find(said))


def _way(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    if any(groups.get(g) for g in ("b1", "b2", "b3", "b4")):
        return "poorer prognosis"
    if any(groups.get(g) for g in ("g1", "g2", "g4")):
        return "better prognosis"
    return None
