"""phase_drugs told by a phase named as the adjective of its drug: "adjuvant tamoxifen",
"maintenance rituximab", "postoperative adjuvant imatinib therapy", "salvage ifosfamide".

The word before a drug or class names a phase when the lexicon knows "<word> therapy" as a
phase whose canonical name holds the word, so that no list of phase adjectives is kept here
("initial", an alias of first-line therapy, may qualify a first dose and is not read). The
phase owns only the drug it qualifies; a class only when the phrase names a therapy
("adjuvant TKI therapy"), since "first-line anti-TB agents" is a class's own name. A negated
clause, a point in time ("after adjuvant tamoxifen", "failure of salvage X"), a heading, a
forecast of practice and a trial's report give nothing, nor does a modality ("adjuvant
radiotherapy"). A span of treatment right before the phrase ("5 years of adjuvant tamoxifen")
or right after it ("adjuvant imatinib for 3 years") is the phase's length
(:func:`.durations.span_before`, :func:`.durations.span_after`).
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.durations import span_after, span_before
from trainer.generator.extract.phase_drugs import negated_for
from trainer.generator.extract.phase_names import SPANS, TIME_REF
from trainer.generator.extract.phase_objects import not_a_phase_class
from trainer.generator.extract.phase_trials import in_trial_report, predicts, reports_a_trial
from trainer.generator.facts import ExtractedFact

# the word right before a name: "adjuvant tamoxifen", "first-line imatinib"
_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<w>[A-Za-z][\w-]*)\s+$")
_CONFIDENCE = 0.8
_THERAPY_END = re.compile(r"\b(?:therapy|treatment)$", re.IGNORECASE)  # "TKI therapy" read as one
_AS_THERAPY = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:therapy|treatment)\b", re.IGNORECASE)


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """The phase_drugs facts of drugs a phase word qualifies in ``seg``."""
    text = seg.text
    out: list[ExtractedFact] = []
    if seg.main.kind == "heading":
        return out  # a heading names the topic the sentences under it state
    for m in seg.mentions:
        if not m.is_kind("drug", "drug_class") or not seg.in_body(m):
            continue
        kind = "drug" if m.is_kind("drug") else "drug_class"
        if kind == "drug_class" and (
            not_a_phase_class(m.name(kind))
            or not (_AS_THERAPY.match(text, m.end) or _THERAPY_END.search(m.surface))
        ):
            # "adjuvant chemotherapy" is a phase's name; "first-line anti-TB agents" a class's
            # name; but "adjuvant tyrosine kinase inhibitor (TKI) therapy" gives the class
            continue
        w = _WORD_BEFORE.search(text[max(0, m.start - 30) : m.start])
        if w is None:
            continue
        phase = _phase_of(dc, w.group("w"))
        if phase is None:
            continue
        start = m.start - len(w.group(0))
        if TIME_REF.search(text[max(0, start - 40) : start]) or negated_for(text, m):
            continue  # "relapse after adjuvant tamoxifen", "should not receive adjuvant X"
        if not out and (reports_a_trial(text) or predicts(text) or in_trial_report(dc, seg)):
            return []  # a trial's arms are what was compared, not the phase's regimen
        out.append(
            dc.fact(seg, Relation.PHASE_DRUGS, phase, m.name(kind),
                    _CONFIDENCE * m.confidence(kind), flags=m.flags(kind))
        )  # fmt: skip
        span = (span_before(text, start) or span_after(text, m.end)) if seg.in_body(start) else None
        if span is not None:
            # "approximately 5 years of adjuvant tamoxifen": the span the qualified drug is
            # given for is the phase's length
            out.append(dc.fact(seg, Relation.PHASE_DURATION, phase, span, _CONFIDENCE))
    return out


def _phase_of(dc: DocContext, word: str) -> str | None:
    """The phase "<word> therapy" names in the lexicon, if any (and not a span of time)."""
    if len(word) < 4 or word.lower() in ("therapy", "treatment"):
        return None
    hit = next((h for h in dc.lexicon.lookup(f"{word} therapy") if h.kind == "phase"), None)
    if hit is None or hit.name in SPANS or word.lower() not in hit.name.lower():
        return None  # "initial imatinib" may be a first dose: only the phase's own word counts
    return hit.name


