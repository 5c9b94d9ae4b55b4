"""Prognostic factors a sentence states of the outlook itself, read by :mod:`.prognosis`:

* "The histology of the tumor affects the prognosis": the sentence's subject is the factor;
* "Most cases can usually be cured if found and treated early": the condition of the cure is
  a factor of a better prognosis;
* "Early treatment leads to better outcomes", "..., early diagnosis has led to a better
  prognosis": the subject, with the direction stated (medicine's progress, "improved imaging",
  is no factor of a patient);
* a timing that opens the sentence: "When found early, X can often be cured", "If it is found
  and treated early, the chance of recovery is good" -> "early diagnosis (and treatment)";
* what changes the outlook or the course: "A worsens the prognosis", "A lowers the chance of
  recovery", "Having A makes the outlook worse", "Quitting A slows the progression of X", "A
  increases the risk of relapse" (treatment, a drug and a trial's finding excepted);
* tumors that carry a feature and grow more or less aggressively; a disease more severe in a
  group ("X is more severe in people who have A", "People who are A are more likely to have
  severe X"); a disease that worsens while a habit goes on ("especially if you continue to
  smoke" -> "continued smoking").

A category ("Certain factors affect prognosis"), a pronoun ("This affects the outlook"), the
treatment in general, and a negated or hedged clause give nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.factors import list_members
from trainer.generator.extract.patterns import NEGATION, clean_phrase, drop_parens
from trainer.generator.extract.prognosis_phrases import direction, factor

_AFFECTS = re.compile(
    r"^(?P<np>(?:the|a|an|your)?\s*[\w\s'’-]{3,60}?)\s+(?:(?:also|strongly|greatly)\s+)?"
    r"(?:affects?|influences?|determines?|predicts?)\s+(?:the\s+|a\s+patient's\s+|your\s+)?"
    # ("The extent of nerve damage determines the extent of recovery": how far one recovers)
    r"(?:prognosis|outlook|(?:chances?|extent|degree|likelihood|speed)\s+of\s+recovery)\b",
    re.IGNORECASE,
)
# "... can usually be cured if found and treated early", "... are usually cured if found early"
_CURED_IF = re.compile(
    r"\b(?:can\s+(?:usually\s+|often\s+)?be\s+|(?:is|are)\s+(?:usually\s+|often\s+)?)cured\s+"
    r"(?:if|when)\s+(?:it\s+is\s+|they\s+are\s+)?(?P<f>(?:found|diagnosed|detected|treated)\b"
    r"[\w\s]{0,30}?)\s*$",
    re.IGNORECASE,
)
# "Early treatment leads to better outcomes", "Continued smoking leads to a worse outlook",
# "Although ..., early diagnosis has led to a better prognosis": the clause after the last comma
_LEADS_TO = re.compile(
    r"(?:^|,\s+)(?P<np>[\w\s'’-]{3,50}?)\s+(?:(?:has|have|can|may|will|often|usually)\s+)?"
    r"(?:leads?|led)\s+to\s+(?:an?\s+)?(?P<d>better|improved|"
    r"worse|poorer|poor|good)\s+(?:outcomes?|prognosis|outlook|survival)\b",
    re.IGNORECASE,
)
_PROGRESS = re.compile(r"^\s*(?:improved|improvements?|better|new(?:er)?|modern|advances?)\b", re.I)
# "When found early, X can often be cured", "If it is diagnosed and treated early, the chance of
# recovery is good": the timing that opens the sentence is the factor
_IF_EARLY = re.compile(
    r"^\s*(?:if|when|once)\s+(?:[\w'’-]+\s+){0,5}?(?:is\s+|are\s+)?(?P<f>(?:found|diagnosed|"
    r"detected|caught|treated)(?:\s+and\s+(?:treated|diagnosed))?)\s+(?:early|promptly|in\s+"
    r"(?:an?\s+)?early\s+stages?)\s*,\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# What the main clause says of the outlook after that timing
_GOOD_AFTER = re.compile(
    r"\b(?:(?:be|is|are)\s+(?:\w+\s+)?(?:cured|curable|treatable|treated\s+successfully)|"
    r"(?:outlook|prognosis|chances?\s+of\s+(?:a\s+)?(?:full\s+)?(?:recovery|cure|survival))"
    r"\s+(?:is|are)\s+(?:\w+\s+)?(?:good|excellent|better|very\s+good|high)|"
    r"(?:recover|survive)\s+(?:fully|completely|well))\b",
    re.IGNORECASE,
)


def _early_care(words: str) -> str:
    """ "found" -> "early diagnosis", "treated" -> "early treatment", "diagnosed and treated"
    -> "early diagnosis and treatment"."""
    low = words.lower()
    found = any(w in low for w in ("found", "diagnos", "detect", "caught"))
    if found and "treat" in low:
        return "early diagnosis and treatment"
    return "early diagnosis" if found else "early treatment"


# What cannot be a factor of its own disease's outlook: the treatment in general, a category
# of factors, a pronoun, a clause
_NOT_FEATURE = re.compile(
    r"^(?:it|this|that|these|they|treatment|therapy|several|many|certain|some|other|factors?|"
    r"things)\b|\b(?:factors?|things)$|\b(?:that|which|who)\b",
    re.IGNORECASE,
)
# "Studies show that ...": the reporting words before the clause
_REPORTED = re.compile(
    r"^(?:(?:studies|research|evidence|data)\s+(?:have\s+|has\s+)?(?:show|shows|shown|found|"
    r"suggest|suggests)\s+(?:that\s+)?)",
    re.IGNORECASE,
)


def outcome_clauses(dc: DocContext, sentences: list[str]) -> list[tuple[str, float]]:
    """Factors the sentences state of the outlook, each with its confidence."""
    found: list[tuple[str, float]] = []
    for sentence in sentences:
        text = drop_parens(sentence).strip().rstrip(".")
        if NEGATION.search(text):
            continue
        aff = _AFFECTS.match(text)
        if aff:
            f = factor(dc, aff.group("np"))
            if f and not _NOT_FEATURE.search(f):
                found.append((f, 0.75))
        cured = _CURED_IF.search(text)
        if cured:
            found.append((f"{clean_phrase(cured.group('f'))} (better prognosis)", 0.75))
        early = _IF_EARLY.match(text)
        if early and _GOOD_AFTER.search(early.group("rest")):
            found.append((f"{_early_care(early.group('f'))} (better prognosis)", 0.75))
        found += _effects(dc, _REPORTED.sub("", text))
        led = _LEADS_TO.search(_REPORTED.sub("", text))
        if led:
            d = direction(led.group("d")) or (
                "better prognosis" if led.group("d").lower() == "improved" else None
            )
            for member in list_members(dc, led.group("np")) if d else []:
                # "improved imaging techniques have led to ...": medicine's progress, no
                # factor of a patient
                f = None if _PROGRESS.match(member) else factor(dc, member)
                if f and not _NOT_FEATURE.search(f):
                    found.append((f"{f} ({d})", 0.75))
    return found


# "A worsens the prognosis", "A lowers the chance of recovery", "Having A makes the outlook
# worse": the subject changes the outlook, the verb gives the direction
_CHANGES = re.compile(
    r"^(?:having\s+)?(?P<np>[\w\s'’-]{3,50}?)\s+"
    r"(?:(?:can|may|will|could|often|usually|also|greatly|further)\s+)*"
    r"(?:(?P<down>worsens?|lowers?|reduces?|shortens?|decreases?)|(?P<up>improves?|raises?|"
    r"increases?|lengthens?))\s+(?:the\s+|your\s+|a\s+(?:person|patient)'s\s+)?"
    r"(?P<what>prognosis|outlook|survival|life\s+expectancy|chances?\s+of\s+(?:a\s+(?:full\s+)?)?"
    r"(?:recovery|survival|cure))\b"
    # "Quitting smoking slows the progress of X", "A speeds up the progression of the disease"
    r"|^(?P<np3>[\w\s'’-]{3,50}?)\s+(?:(?:can|may|will|often|usually|also|greatly)\s+)*"
    r"(?:(?P<slow>slows?(?:\s+down)?|halts?|stops?)|speeds?\s+up|hastens?|accelerates?)\s+"
    r"(?:the\s+)?(?:progress(?:ion)?|worsening|course)\b"
    r"|^(?:having\s+)?(?P<np2>[\w\s'’-]{3,50}?)\s+makes?\s+(?:the\s+|your\s+)?"
    r"(?:prognosis|outlook)\s+(?:(?P<up2>better)|worse|poorer)\b",
    re.IGNORECASE,
)
# "Having A increases the risk of relapse", "A lowers the risk of the cancer coming back"
_RISK_CHANGE = re.compile(
    r"^(?:having\s+)?(?P<np>[\w\s'’-]{3,50}?)\s+(?:(?:can|may|will|often|usually|also|greatly)\s+)*"
    r"(?:(?P<up>increases?|raises?|doubles?)|lowers?|reduces?|decreases?)\s+(?:the\s+|your\s+)?"
    r"(?:risk|chances?|likelihood)\s+(?:of|for)\s+(?:a\s+)?(?:relapse|recurrence|death|dying|"
    r"the\s+(?:cancer|disease|tumou?r)\s+coming\s+back)\b",
    re.IGNORECASE,
)
# "Tumors that carry A tend to be more aggressive", "Cancers with A grow more slowly"
_AGGRESSIVE = re.compile(
    r"^(?:the\s+)?(?:tumou?rs|cancers|cases|lymphomas|leuka?emias|sarcomas)\s+(?:that|which|with)"
    r"\s+(?:(?:have|has|carry|express|show|contain)\s+)?(?P<f>[^,;]{2,60}?)\s+"
    r"(?:(?:usually|often|generally|typically|tend\s+to)\s+)*(?:(?:are|be|is)\s+|grow\s+|spread\s+)?"
    r"(?:(?P<bad>more\s+aggressive(?:ly)?|faster|more\s+quickly|more\s+rapidly)|(?P<good>less\s+"
    r"aggressive(?:ly)?|more\s+slowly|slower))\b",
    re.IGNORECASE,
)
# "Gout is usually more severe in people who drink alcohol"; "People who are overweight are
# more likely to have severe gout": the group's trait, a poorer course
_SEVERE_IN = re.compile(
    r"\b(?:is|are|can\s+be|may\s+be|tends?\s+to\s+be)\s+(?:(?:usually|often|generally|"
    r"particularly|especially)\s+)?(?:more\s+|most\s+)?(?:severe|serious|aggressive)\s+(?:in|among)"
    r"\s+(?:people|patients|persons|those|adults|children)\s+(?:who\s+(?:are\s+also\s+|also\s+)?"
    r"(?:(?:have|has|are)\s+)?|with\s+)(?P<f>[^,;]{2,60})$"
    r"|^(?:people|patients|persons|those|adults|children)\s+(?:who\s+(?:have|are)\s+|with\s+)"
    r"(?P<f2>[^,;]{2,60}?)\s+(?:are|is)\s+(?:also\s+)?more\s+likely\s+to\s+(?:have|develop|get)"
    r"\s+(?:an?\s+)?(?:severe|serious|more\s+severe|complicated)\b",
    re.IGNORECASE,
)
# "X slowly worsens over time, especially if you continue to smoke"
_WORSE_IF = re.compile(
    r"\s+(?:(?:slowly|often|usually|can|may|tends\s+to)\s+)*(?:worsens?|gets?\s+worse|progress(?:es)?)"
    r"\b[^,;]{0,30},?\s+(?:especially|particularly|mainly)?\s*(?:if|when|in\s+people\s+who)\s+"
    r"(?:you|they|a\s+person|people|patients)?\s*(?:continues?|keeps?)\s+(?:to\s+)?(?P<v>[a-z]+)\b",
    re.IGNORECASE,
)
_TRIAL = re.compile(r"\b(?:trials?|study|studies|randomi[sz]ed|arm)\b", re.IGNORECASE)
# A treatment's result ("Adding chemotherapy improves survival"), read as such by
# :mod:`.prognosis_outcomes` only when the care is early or proper
_CARE_WORDS = re.compile(
    r"\b(?:therap\w*|chemo\w*|radiation|radiotherapy|surgery|operation|treat\w*|drugs?|"
    r"medicines?|medications?|vaccin\w*|transplant\w*|adding|combining|taking|giving|using|care)\b",
    re.IGNORECASE,
)
# What a sentence names as the disease itself, when it is the subject of "is more severe in"
_ITSELF = re.compile(
    r"^(?:it|(?:the|this)\s+(?:disease|condition|illness|infection|disorder))$", re.I
)
# "infected with the HIV virus" -> "HIV infection"
_INFECTED = re.compile(r"^infected\s+with\s+(?:the\s+|an?\s+)?(?P<x>[\w-]+?)(?:\s+virus)?$", re.I)


def _effects(dc: DocContext, text: str) -> list[tuple[str, float]]:
    """ "A worsens the prognosis", "A is more severe in people who have B": each with its
    direction; a drug, a trial's finding, the treatment in general give nothing."""
    found: list[tuple[str, float]] = []
    if _TRIAL.search(text):
        return found
    c = _CHANGES.match(text)
    if c:
        np = c.group("np") or c.group("np2") or c.group("np3")
        down = c.group("down")
        if c.group("np3"):
            better = c.group("slow") is not None
        else:
            better = bool(c.group("up2")) if c.group("np2") else c.group("up") is not None
        if down and c.group("what").lower().startswith(("prognosis", "outlook")):
            better = False  # "lowers the outlook" reads as a poorer one too
        way = "better prognosis" if better else "poorer prognosis"
        f = None if _CARE_WORDS.search(np) or _elsewhere(dc, text[c.end() :]) else factor(dc, np)
        if f and not _NOT_FEATURE.search(f) and not any(m.is_kind("drug") for m in dc.find(f)):
            found.append((f"{f} ({way})", 0.75))
    r = _RISK_CHANGE.match(text)
    if r and not _CARE_WORDS.search(r.group("np")):
        f = factor(dc, r.group("np"))
        if f and not _NOT_FEATURE.search(f) and not any(m.is_kind("drug") for m in dc.find(f)):
            found.append((f"{f} ({'poorer' if r.group('up') else 'better'} prognosis)", 0.75))
    a = _AGGRESSIVE.match(text)
    if a and not _CARE_WORDS.search(a.group("f")):
        f = factor(dc, a.group("f"))
        if f and not _NOT_FEATURE.search(f):
            found.append((f"{f} ({'poorer' if a.group('bad') else 'better'} prognosis)", 0.75))
    w = _WORSE_IF.search(text)
    if w and _names_the_disease(dc, text[: w.start()]):
        found.append((f"continued {_ing(w.group('v'))} (poorer prognosis)", 0.75))
    s = _SEVERE_IN.search(text)
    if s and (s.group("f2") or _names_the_disease(dc, text[: s.start()])):
        words = (s.group("f") or s.group("f2")).strip()
        infected = _INFECTED.match(words)
        f = f"{infected.group('x')} infection" if infected else factor(dc, words)
        if f and not _NOT_FEATURE.search(f) and not re.search(r"\bthan\b", f, re.IGNORECASE):
            found.append((f"{f} (poorer prognosis)", 0.75))
    return found


def _names_the_disease(dc: DocContext, subject: str) -> bool:
    """Whether a clause's subject is the page's disease itself (a qualified form, "herpes
    proctitis" on a page about proctitis, has a course of its own)."""
    t = re.sub(r"^(?:the\s+)?", "", subject.strip(), flags=re.IGNORECASE).strip()
    # "COPD is a disease that (worsens)": the relative clause's antecedent is the subject's
    t = re.sub(r"\s+is\s+an?\s+(?:[\w-]+\s+){0,3}?(?:disease|condition|illness|disorder)\s+that$",
               "", t, flags=re.IGNORECASE)
    if _ITSELF.match(t):
        return True
    main = dc.main_disease
    if main is None:
        return False
    if t.lower() == main.lower():
        return True
    found = dc.find(t)
    return len(found) == 1 and found[0].start == 0 and found[0].end >= len(t) and any(
        h.kind == "condition" and h.name.lower() == main.lower() for h in found[0].hits
    )


def _ing(verb: str) -> str:
    """ "smoke" -> "smoking", "drink" -> "drinking", "smoking" stays."""
    v = verb.lower()
    if v.endswith("ing"):
        return v
    return (v[:-1] if v.endswith("e") and not v.endswith("ee") else v) + "ing"


def _elsewhere(dc: DocContext, tail: str) -> bool:
    """Whether the words after "slows the progression" name another disease than the page's:
    "of lung disease" on a page about gout."""
    named = dc.disease_in(dc.find(tail[:60]))
    main = dc.main_disease
    return named is not None and main is not None and not dc.same_disease(named, main)
