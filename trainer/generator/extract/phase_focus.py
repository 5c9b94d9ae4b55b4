"""The phase a paragraph is about, carried from the sentence that names it to the sentences of
treatment that follow: "Relapsed disease needs other drugs. A and B are options." or "As the
first treatment, doctors use pain relievers. Examples include A and B."

A sentence (or a list's lead-in) that names one phase sets a *phase focus*. The focus carries
forward, inside the same paragraph, to a later sentence that names drugs and says they are
given (given, used, options, prescribe, take, include ...), and ends at:

* a sentence that names another phase, or several (that sentence is then its own focus, or
  none);
* a sentence about something else: harms (side effects, risks, complications), tests and
  monitoring, a trial or a study, the patients' history, a comparison with another treatment,
  a negation, a condition the treatment is not for ("if the medicines do not help");
* the paragraph's end (or the list item's), or a heading; a paragraph of one sentence that
  names a phase and no drug opens the paragraph after it ("Medicines are often the first
  course of treatment." + "Doctors commonly use prednisone ...");
* a phase told of another disease than the page's own.

The current sentence must itself be a sentence of treatment of the same kind (no negation, no
harm, no trial, no history), and must not start a group of its own: drugs named beside the
focus ("Other agents ...", "X may also be treated with ..."), a setting of its own ("used to
treat advanced cancer"), a class's members ("Stimulants include ...") or a note on an
approval ("This use is approved for the tablet form"). Only the nearest ``_BACK`` sentences
are looked at, so the cost per sentence is fixed.

A carried phase is less sure than a stated one: facts read through it carry the flag
``phase-carried`` (the phase was carried from an earlier sentence) and a lower confidence
(:data:`CARRIED_CONFIDENCE`), still above the card threshold: on the tuning half every
reading through a carried phase was right (7 of 7), and in the audit pools 6 of 6.

The phase a lead-in, a list item's first sentence, the heading or an "It"/"This" opening gives
is read by :mod:`.phase_names`; this module is asked only when none of them gives one. When no
earlier sentence gives a focus, a list item that opens with a label naming only a phase
("- Prodrome phase treatment.") gives it to what the item goes on to give
(:mod:`.phase_item_labels`). A phase named as where the illness moves next ("stop an episode
from moving to the vomiting phase") sets no focus.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import negated
from trainer.generator.extract.phase_item_labels import destination, item_label_phase
from trainer.generator.extract.phase_lines import with_lines
from trainer.generator.extract.phase_names import SPANS, not_a_phase, time_ref
from trainer.generator.extract.phase_settings import (
    cancer_page,
    first_wording,
    negated_at,
    relapse_spans,
    remission_aim,
    surgery_wording,
)
from trainer.generator.extract.phase_trials import reports_a_trial
from trainer.generator.extract.phase_untreated import untreated_setting
from trainer.generator.extract.prior_treatment import open_question, recounts_history
from trainer.generator.lexicon import Mention
from trainer.generator.text import Unit

CARRIED_CONFIDENCE = 0.7
CARRIED_FLAG = "phase-carried"
_BACK = 3  # sentences a focus may carry over, the nearest first

# a sentence that gives drugs: the verbs and nouns of giving a treatment
_GIVING = re.compile(
    r"\b(?:giv(?:e|es|en|ing)|us(?:e|es|ed|ing)|prescrib(?:e|es|ed|ing)|recommend(?:s|ed|ing)?|"
    r"take|takes|taking|receive[sd]?|receiving|get|gets|options?|choices?|include[sd]?|"
    r"including|treat(?:s|ed|ing)?\s+with|start(?:s|ed|ing)?|tr(?:y|ies|ied)|"
    # "Examples of these medicines are A and B": the drugs the focus sentence spoke of
    r"examples?\s+of\s+(?:these|those|such|this|that)\b)\b",
    re.IGNORECASE,
)
# a sentence about something else than what the phase gives: harms, tests, research, history,
# a comparison, a condition under which the treatment failed or is not given
_OTHER_MATTER = re.compile(
    r"\b(?:side[- ]effects?|adverse|complications?|toxicit(?:y|ies)|risks?|harm\w*|"
    r"tests?|testing|monitor\w*|check(?:s|ed|ing)?|blood\s+levels?|"
    r"trials?|stud(?:y|ies|ied)|research\w*|investigat\w*|experimental|"
    r"compared|versus|vs\.?|instead\s+of|than|"
    r"fails?|failed|doesn['’]t\s+help|don['’]t\s+help|no\s+longer|"
    r"allerg\w*|pregnan\w*|prevent\w*)\b",
    re.IGNORECASE,
)

# "Other agents ...", "Additional drugs ...": drugs named beside those of the focus, not in it;
# "X may also be treated with A": a use beside the focus, not in it
_BESIDE = re.compile(
    r"^\s*(?:other|additional|further|another|alternative)\b|\balso\b", re.IGNORECASE
)

# "may be used to treat advanced ovarian cancer": the sentence tells its own setting
_OWN_SETTING = re.compile(
    r"\b(?:to\s+treat|for|in)\s+(?:(?:patients|people|adults|children|women|men)\s+with\s+)?"
    r"(?:advanced|metastatic|early|late|localized|locally|stage|severe|mild|moderate|chronic|"
    r"acute|recurrent|relapsed|refractory|newly)\b",
    re.IGNORECASE,
)
_NOTE = re.compile(r"^\s*(?:this|that|the)\s+(?:use|approval|indication)\b", re.IGNORECASE)
# "Stimulants include ...", "Corticosteroids are ...": the members of a class, not a use
_CLASS_OPENS = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:include|includes|are|is)\b", re.IGNORECASE)


def _members(seg: Segment) -> bool:
    first = next((m for m in seg.mentions if seg.in_body(m)), None)
    return (
        first is not None and first.start - seg.body_start <= 2 and first.is_kind("drug_class")
        and not first.is_kind("drug") and _CLASS_OPENS.match(seg.text, first.end) is not None
    )


def _other_disease(dc: DocContext, u: Unit) -> bool:
    """Whether sentence ``u`` speaks of a disease other than the page's own."""
    main = dc.main_disease
    if not main:
        return False
    hits = [m.hit("condition") for m in dc.mentions(u)]
    return any(
        h is not None and h.type in _DISEASE_TYPES and not dc.same_disease(h.name, main)
        for h in hits
    )


_DISEASE_TYPES = ("disease", "subtype", "infection")  # not a symptom nor a complication


def carried_phase(dc: DocContext, seg: Segment) -> tuple[list[Mention], Unit | None, float]:
    """The one phase the focus of ``seg``'s paragraph gives it, the unit that names it, and the
    confidence; nothing when no focus reaches the segment (see the module docstring)."""
    if not any(m.is_kind("drug", "drug_class") and seg.in_body(m) for m in seg.mentions):
        return [], None, 0.0  # the common case, cheaply: nothing to give
    if not _treatment_sentence(seg.text):
        return [], None, 0.0
    if _BESIDE.search(seg.body) or _OWN_SETTING.search(seg.body) or _members(seg) or (
        _NOTE.match(seg.body)
    ):
        # "Other agents that are sometimes given include ...": a new group; "... used to treat
        # advanced cancer": a setting of its own; "Stimulants include A and B": a class's members;
        # "This use is approved for the tablet form of X": a note on the approval, no giving
        return [], None, 0.0
    u = seg.lead if seg.lead is not None else seg.main
    walked = _walk_back(dc, seg, u)
    if walked[0]:
        return walked
    # "- Prodrome phase treatment. ... may recommend: - X": the label opening the list item
    label = item_label_phase(dc, u)
    if label is None or _other_disease(dc, label[1]):
        return [], None, 0.0
    return [label[0]], label[1], CARRIED_CONFIDENCE


def _walk_back(dc: DocContext, seg: Segment, u: Unit) -> tuple[list[Mention], Unit | None, float]:
    """The phase of the nearest earlier sentence of the paragraph that names one, unless a
    sentence about something else stands between (see the module docstring)."""
    crossed = False
    for _ in range(_BACK):
        prev = dc.units[u.index - 1] if u.index > 0 else None
        if prev is None or prev.section != seg.main.section or prev.kind == "heading":
            return [], None, 0.0
        if prev.para != u.para:
            # the paragraph (or the list item) ends the focus, unless the paragraph before is a
            # lone sentence that names a phase and none of its drugs: it opens what follows
            if crossed or not _lone_phase_sentence(dc, prev):
                return [], None, 0.0
            crossed = True
        u = prev
        if any(m.is_kind("phase") and time_ref(u.text, m) for m in dc.mentions(u)):
            return [], None, 0.0  # "after induction, ...": a point in time ends the focus
        named = _named_phases(dc, u)
        if named:
            names = {m.name("phase") for m in named}
            if len(names) != 1 or names & SPANS or _other_matter(u.text) or _other_disease(dc, u):
                return [], None, 0.0
            return named[:1], u, CARRIED_CONFIDENCE
        if _other_matter(u.text) or negated(u.text):
            return [], None, 0.0  # a sentence about something else, or a negation, ends it
    return [], None, 0.0


def _lone_phase_sentence(dc: DocContext, u: Unit) -> bool:
    """Whether ``u`` is a paragraph of one sentence naming a phase and no drug ("Medicines are
    often the first course of treatment." before a paragraph on the medicines)."""
    alone = u.kind == "sentence" and (u.index == 0 or dc.units[u.index - 1].para != u.para) and (
        u.index + 1 >= len(dc.units) or dc.units[u.index + 1].para != u.para)
    return alone and not any(
        m.is_kind("drug", "drug_class") for m in dc.mentions(u)) and bool(_named_phases(dc, u))


def _treatment_sentence(text: str) -> bool:
    """Whether ``text`` gives a treatment and is about nothing else."""
    return bool(_GIVING.search(text)) and not _other_matter(text) and not negated(text)


def _other_matter(text: str) -> bool:
    return bool(_OTHER_MATTER.search(text)) or reports_a_trial(text) or recounts_history(
        text) or open_question(text)


def _named_phases(dc: DocContext, u: Unit) -> list[Mention]:
    """The phases a sentence names (not as a point in time, in another sense or negated), or
    tells by the relapsed setting, the first treatment, the remission aimed at or the operation
    it comes before or after (on a page about a cancer)."""
    ms = dc.mentions(u)
    named = [
        m for m in with_lines(dc, u.text, ms)  # "first- and second-line treatment"
        if m.is_kind("phase") and not not_a_phase(u.text, m) and not negated_at(u.text, m)
        and not destination(u.text, m)
    ]  # fmt: skip
    return named or relapse_spans(dc, u.text) or first_wording(dc, u.text) or remission_aim(
        dc, u.text) or untreated_setting(dc, u.text, cancer_page(dc)) or (
        # "After surgery, other treatments may be given to destroy remaining cancer cells.":
        # the operation sets the phase, on a page about a cancer
        surgery_wording(dc, u.text) if cancer_page(dc) else [])
