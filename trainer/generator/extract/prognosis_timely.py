"""Timely care as a prognostic factor: care said to start early, with a good result.

"With early treatment, you can protect your eyes", "Treatment is most effective when the
disease is diagnosed early", "When it is diagnosed and treated in its early stages, the
chances of recovery are excellent", "Immediate treatment can delay progression of the
disease": two parts in one sentence, a timing of care (an early/prompt/immediate diagnosis,
detection or treatment, in noun or verb form) and a favourable result (works best, more
effective, treatable, protects, prevents, delays or slows progression, a normal life, good
chances of recovery). The factor is the timely care in the text's own nouns ("early
detection and treatment", "immediate treatment"); the page's disease is its subject.

Read only where the other prognosis readers found nothing in the sentence, so one statement
gives one card. Nothing is read from a negated sentence ("cannot be cured even if found
early"), from one naming another disease than the page's ("Cancer treatment works best when
found early" on a cirrhosis page) or naming none after a sentence of its paragraph that
names another one, or from a stage of the disease rather than a time of care
("early-stage disease responds well"), nor from care said to prevent the disease itself
("Early treatment may prevent X" on X's page is prevention, not outlook). The card gives no
direction in brackets: the result the text names (a treatment's effect, sight kept) is not
the outlook as such.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import NEGATION
from trainer.generator.extract.prognosis_subjects import other_condition_before

_CARE = r"(?:diagnosis|detection|treatment|therapy|care)"
_TIMELY = r"(?:early|earlier|prompt|immediate|quick|timely|rapid)"
# "early detection and treatment", "immediate treatment" (not "early-stage treatment")
_NOUN_FORM = re.compile(
    rf"\b(?P<t>{_TIMELY})\s+(?P<a>{_CARE})(?:\s+and\s+(?P<b>{_CARE}))?\b(?![-‐])",
    re.IGNORECASE,
)
# "is diagnosed early", "diagnosed and treated in its early stages", "treated promptly"
_VERB_FORM = re.compile(
    r"\b(?P<a>diagnosed|detected|found|caught|treated)(?:\s+and\s+(?P<b>treated|diagnosed))?"
    r"\s+(?P<t>early|promptly|quickly|right\s+away|immediately|in\s+(?:its|the)\s+early\s+"
    r"stages?)\b",
    re.IGNORECASE,
)
_NOUN = {"diagnosed": "diagnosis", "detected": "detection", "found": "detection",
         "caught": "detection", "treated": "treatment"}  # fmt: skip
_TIME = {"promptly": "prompt", "quickly": "quick", "right away": "immediate",
         "immediately": "immediate"}  # fmt: skip
_GOOD = re.compile(
    r"\b(?:(?:more|most)\s+(?:likely\s+to\s+be\s+)?(?:effective|successful)|works?\s+best|"
    r"(?:highly\s+)?(?:treatable|curable)|can\s+(?:often\s+|usually\s+)?be\s+cured|"
    r"chances?\s+of\s+(?:a\s+(?:full\s+)?)?recovery\s+(?:is|are)\s+(?:good|excellent|high|better)|"
    r"protects?|prevents?|delays?\s+(?:the\s+)?progression|slows?\s+(?:the\s+)?(?:progression|"
    r"disease)|best\s+way\s+to\s+control|normal(?:,\s*\w+)?\s+(?:\w+\s+)?life|live\s+longer|"
    r"improves?\s+(?:the\s+)?(?:outlook|prognosis|chances?|outcomes?|survival))\b",
    re.IGNORECASE,
)
# What may stand before the care as the clause's subject or its "with" adjunct
_OPENS = re.compile(r"\s*(?:(?:however|with|the|your|an?)\s+)*", re.IGNORECASE)
# "early treatment for/of/with <...>" up to the verb
_AFTER = re.compile(
    r"\s+(?P<p>for|of|with)\s+(?P<x>.{1,60}?)(?=\s+(?:can|could|may|will|is|are|often|"
    r"usually|helps?|improves?|reduces?|protects?|prevents?|delays?|slows?|provides?)\b|$)",
    re.IGNORECASE,
)
# "if it is diagnosed early", "when found early", "once the disease is treated promptly"
_CONDITION = re.compile(r"\b(?:if|when|once)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


def _is_page_disease(said: str, disease: str) -> bool:
    """Whether the words after "treatment for/of" name the page's disease (or stand for it)."""
    low = said.lower()
    if re.fullmatch(r"(?:it|them|this|the\s+(?:disease|condition|disorder|illness|infection))",
                    low.strip()):
        return True
    head = disease.lower().split()[-1]
    return disease.lower() in low or (len(head) > 3 and re.search(rf"\b{re.escape(head)}", low)
                                      is not None)


# "... is important; otherwise there is a risk of A": what the care spares the patient
_NEEDED_OR_ELSE = re.compile(
    r"\b(?:is|are)\s+(?:very\s+|extremely\s+|especially\s+)?(?:important|essential|vital|"
    r"critical|crucial|key)\s*[;,]\s*(?P<else>otherwise\b)",
    re.IGNORECASE,
)
_CLAUSES = re.compile(r";\s*|\s+but\s+|,\s*however,?\s+", re.IGNORECASE)
# A time of the disease, not of the care: "early-stage disease", "early stage, open-angle"
_STAGE = re.compile(r"\bearly[-\s]stage\b", re.IGNORECASE)


def timely_care(dc: DocContext, seg: Segment, disease: str) -> list[tuple[str, str, float]]:
    """(subject, factor, confidence) for a sentence that ties timely care to a good result."""
    # the care and its result in one clause: "Early treatment helps most; however, late
    # treatment can still slow it" ties no timing to the slowing
    text = next((c for c in _CLAUSES.split(seg.body) if _GOOD.search(c)), "")
    if not text and (needed := _NEEDED_OR_ELSE.search(seg.body)) is not None:
        # "Early treatment is important; otherwise there is a risk of permanent vision loss":
        # the care needed, and the harm without it
        text = seg.body[: needed.start("else")]
    if not text or NEGATION.search(text) or _prevents_the_disease(text, disease):
        return []
    named = dc.disease_in(seg.mentions)
    if named is not None and not dc.same_disease(named, disease):
        return []  # another disease's care
    if named is None and other_condition_before(dc, seg, 0, disease):
        return []  # "A heart attack needs care. Early treatment ...": that one's care
    factor = _factor(text, disease)
    if factor is None:
        return []
    return [(disease, factor, 0.75)]


def _prevents_the_disease(text: str, disease: str) -> bool:
    """Whether the result is that the disease never comes ("Early treatment may prevent X" on
    X's page): care that keeps X away says how to avoid X, not how X turns out."""
    prevent = re.search(r"\bprevents?\s+(?:the\s+)?(?P<x>[^,;.]+)", text, re.IGNORECASE)
    if prevent is None:
        return False
    said = prevent.group("x").lower()
    return disease.lower() in said or said.startswith(("it", "this disease", "the disease",
                                                        "this condition", "the condition"))


def _factor(text: str, disease: str) -> str | None:
    """The timely care in the text's own nouns, or None."""
    for m in _NOUN_FORM.finditer(text):
        if _STAGE.match(text, m.start()):
            continue
        clause = re.split(r"[,;:]\s+|\bthat\s+", text[: m.start()])[-1]
        if not _OPENS.fullmatch(clause):
            continue  # "Once you receive immediate treatment, ...": not what the result is of
        after = _AFTER.match(text, m.end())
        if after and (after.group("p").lower() == "with" or not _is_page_disease(
            after.group("x"), disease
        )):
            continue  # "early treatment with this medicine", "... for retinal detachment"
        nouns = [m.group("a").lower()] + ([m.group("b").lower()] if m.group("b") else [])
        return f"{m.group('t').lower()} {' and '.join(nouns)}"
    v = _VERB_FORM.search(text)
    if v is None or not _CONDITION.search(text[: v.start()]):
        return None  # the timing must be the condition of the result: "if/when ... early"
    nouns = [_NOUN[v.group("a").lower()]] + ([_NOUN[v.group("b").lower()]] if v.group("b")
                                                else [])
    when = " ".join(v.group("t").lower().split())
    time = "early" if "early" in when else _TIME.get(when, when)
    return f"{time} {' and '.join(nouns)}"


def has_timely_cue(low: str) -> bool:
    """A cheap test before the patterns: a word of timing."""
    return any(w in low for w in ("early", "earlier", "prompt", "immediate", "quick", "timely",
                                  "rapid", "right away"))
