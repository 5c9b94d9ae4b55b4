"""phase_duration and phase_drugs: how long a treatment phase lasts and which drugs it uses.

One concept per module: :mod:`.phase_names` finds the phase a sentence speaks of (in the
clause, the list's lead-in, the heading or the sentence before) and the phase a duration or
drug belongs to; :mod:`.phase_settings` reads phases told by a setting rather than a name
(relapsed disease, newly diagnosed, an earlier line of treatment, surgery, the remission aimed
at), :mod:`.phase_lines` lines of therapy told by an ordinal ("first- and second-line
treatment", "used second line"), :mod:`.phase_failure` salvage therapy told by a failed
treatment ("when the first treatment stops working", "cancer that progressed after X"),
:mod:`.phase_untreated` first-line therapy told by untreated disease,
:mod:`.phase_heading_settings` the setting a section heading tells ("Newly Diagnosed
Myeloma", "Treatment for Relapsed ALL") for the prose under it, :mod:`.phase_headings` the
phase a parent heading names (for a generic length, "duration of therapy", under a
sub-heading) and :mod:`.phase_whole` the whole course told by its length,
:mod:`.phase_whole_drugs` by the drugs used for the page's disease ("X is treated with A");
:mod:`.durations` reads durations and normalises them, :mod:`.phase_cycles` a phase's
length told in cycles; :mod:`.phase_drugs` reads the drugs a
phase gives, :mod:`.phase_antecedents` the drug a sentence names as "it" or by the lead-in of
its list of uses, :mod:`.phase_these` the drugs of the sentence or list before a phase
sentence that names them "these medicines", :mod:`.phase_modifiers` the drugs a phase word
qualifies ("adjuvant tamoxifen"), and :mod:`.phase_focus` the phase a paragraph's earlier
sentence set, for a sentence of treatment that names none ("Relapsed disease needs other drugs.
A and B are options.").

No phase fact comes from a sentence that reports a trial (:mod:`.phase_trials`), tells the
patients' history or a trial's entry criteria, asks or hopes (:mod:`.prior_treatment`), tells
a drug's use for another disease or opens as an aside about another cancer, tells the course
of a group defined by a device or a procedure rather than the disease
(:mod:`.phase_population`), or is about supportive care (infections, symptoms, another disease
prevented, what else the patient takes: :mod:`.phase_care`). A class of drugs given for a span
is the whole course (:mod:`.phase_courses`). Lists flattened into a sentence are read item by
item with their lead-in (:mod:`.inline_lists`, :mod:`.phase_lists`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from trainer.generator.extract import phase_modifiers
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.durations import DURATION, durations, lifelong, normalise_duration
from trainer.generator.extract.phase_care import supportive_care, treats_a_complication
from trainer.generator.extract.phase_cycles import cycles
from trainer.generator.extract.phase_drugs import course_drugs, drugs
from trainer.generator.extract.phase_focus import CARRIED_FLAG, carried_phase
from trainer.generator.extract.phase_lists import research_list
from trainer.generator.extract.phase_names import (
    LINES_OF_THERAPY,
    SPANS,
    passed_phases,
    phase_context,
)
from trainer.generator.extract.phase_population import group_not_by_disease
from trainer.generator.extract.phase_settings import SETTING, in_negative_relative
from trainer.generator.extract.phase_these import these_medicines
from trainer.generator.extract.phase_trials import in_trial_report
from trainer.generator.extract.phase_whole import DRUG_COURSE
from trainer.generator.extract.phase_whole_drugs import drugs_for_the_disease
from trainer.generator.extract.prior_treatment import open_question, recounts_history
from trainer.generator.facts import ExtractedFact

__all__ = ["DURATION", "extract", "normalise_duration"]

# "Imatinib is also used to treat GIST and CML that has come back": a drug's other uses
_ALSO_USED = re.compile(
    r"\balso\s+(?:be\s+)?(?:used|approved|given|prescribed|indicated)\s+(?:to\s+treat|for\s+"
    r"treating|in\s+the\s+treatment\s+of)\s+(?P<object>[^.;:]{0,80})",
    re.IGNORECASE,
)
# the page's own disease told without its name: "it", "this cancer", "the disease"
_OWN_DISEASE = re.compile(
    r"^\s*(?:it|them|(?:this|the|that|these)\s+(?:[\w-]+\s+)?(?:disease|cancer|condition|"
    r"infection|illness|disorder|tumou?r|leuka?emia|lymphoma)s?)\b",
    re.IGNORECASE,
)


def _other_use(dc: DocContext, seg: Segment) -> bool:
    """Whether the segment tells a drug's use for a disease other than the page's own: "also
    used to treat" followed by neither the page's disease nor a word standing for it (a disease
    the lexicon does not know counts as another, since a page names its own topic)."""
    m = _ALSO_USED.search(seg.text)
    if m is None or not dc.main_disease:
        return False
    if _OWN_DISEASE.match(m.group("object")):
        return False
    a, b = m.span("object")
    for d in seg.mentions:
        h = d.hit("condition")
        if a <= d.start < b and h is not None and dc.same_disease(h.name, dc.main_disease):
            return False
    return True


# "In men with prostate cancer, adjuvant therapy with X is used" on a page about another cancer:
# an aside, told by the organ its opening names, whether or not the lexicon knows that cancer
_ASIDE_CANCER = re.compile(
    r"^\s*(?:in|for|among)\s+(?:(?:men|women|patients|people|children|adults|those)\s+with\s+)?"
    r"(?:(?:early|advanced|metastatic|localized|stage\s+[0IV]+)[\s,-]+)*"
    r"(?P<organ>[A-Za-z]+)\s+(?:cancers?|carcinomas?)\b",
    re.IGNORECASE,
)


def _aside_on_another_cancer(dc: DocContext, seg: Segment) -> bool:
    m = _ASIDE_CANCER.match(seg.body)
    main = (dc.main_disease or "").lower()
    return m is not None and bool(main) and m.group("organ").lower() not in main


# "some patients develop low calcium levels, requiring lifelong treatment with calcium": the
# treatment of what the patients develop (a complication), not a phase of the page's treatment
_CONSEQUENCE_CARE = re.compile(
    r"\b(?:develops?|developed|developing|leads?\s+to|led\s+to|results?\s+in|resulted\s+in)"
    r"\b[^.;:]{1,100}?,\s*(?:requiring|needing|which\s+(?:requires?|needs?))\b",
    re.IGNORECASE,
)


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """The phase_duration and phase_drugs facts of one segment."""
    if not _may_state_a_phase_fact(seg):
        return []
    disease = dc.disease_in(seg.mentions)
    if disease and dc.main_disease and not dc.same_disease(disease, dc.main_disease):
        return []  # an aside about another disease ("In AML, induction uses ...")
    if _aside_on_another_cancer(dc, seg) or research_list(dc, seg):
        return []  # an aside about another cancer; a list of what studies test
    if recounts_history(seg.text) or open_question(seg.text):
        return []  # what patients had before, or what practice once was: no phase of today's
    if _other_use(dc, seg):
        return []  # "X is also used to treat <another disease> ...": not this page's phases
    qualified = phase_modifiers.extract(dc, seg)  # "adjuvant tamoxifen"
    phases, context, conf = phase_context(dc, seg)
    carried = False
    if not phases:
        # "Relapsed disease needs other drugs. A and B are options.": the paragraph's focus
        phases, context, conf = carried_phase(dc, seg)
        carried = bool(phases)
    if not phases:
        # "Pinworm is treated with A or B": the drugs of the whole course (read last, so that a
        # phase the heading or an earlier sentence set comes first)
        phases, context, conf = drugs_for_the_disease(dc, seg), None, 0.8
    if context is None:
        # "adults who cannot have induction may get X": a phase named in a negated relative
        # clause is what X replaces (a setting told so, "cancer that did not respond", stays)
        phases = [p for p in phases if not (
            (h := p.hit("phase")) is not None and h.variant != SETTING
            and in_negative_relative(seg.text, p)
        )]
    if context is not None and phases:
        # "- In patients with progressive disease after first-line therapy, X may be given"
        # under "First-line therapy": the sentence puts itself after the phase the heading names
        behind = passed_phases(seg)
        phases = [p for p in phases if p.name("phase") not in behind]
    if not phases or in_trial_report(dc, seg):
        return qualified
    if all(p.name("phase") in SPANS for p in phases) and group_not_by_disease(seg):
        return qualified  # "People who have mechanical valves must take X for life"
    if _CONSEQUENCE_CARE.search(seg.text):
        return qualified  # the care of a consequence the patients develop
    if supportive_care(dc, seg):
        return qualified  # "antibiotics to prevent infection", "ondansetron helps with nausea"
    if treats_a_complication(seg, dc):
        # "Tocilizumab is the first-line treatment (of CRS)": a line of therapy for a
        # complication, not a phase of the leukaemia's treatment
        phases = [p for p in phases if p.name("phase") not in LINES_OF_THERAPY]
        if not phases:
            return qualified
    if carried:
        # a carried phase gives drugs only, marked so (a length is told of its own phase)
        return qualified + [_mark_carried(f) for f in drugs(dc, seg, phases, context, conf)]
    spans = durations(dc, seg, phases, context, conf) + lifelong(dc, seg, phases, context, conf)
    if context is None:
        spans += cycles(dc, seg, phases, conf)  # "Consolidation consists of 2 cycles"
    if context is None and any(f.subject == "overall treatment" for f in spans) and not any(
        (h := p.hit("phase")) is not None and h.variant == DRUG_COURSE for p in phases
    ):
        qualified += course_drugs(dc, seg, conf)  # "several weeks of antibiotic treatment"
    return (qualified + spans + drugs(dc, seg, phases, context, conf)
            + these_medicines(dc, seg, phases, context, conf))


def _mark_carried(f: ExtractedFact) -> ExtractedFact:
    """``f`` flagged as read through a phase carried from an earlier sentence."""
    return replace(f, flags=(*f.flags, CARRIED_FLAG))


# Every phase fact needs one of these in its sentence: a drug or class named (the drugs of a
# phase, "adjuvant tamoxifen"), a length (a time unit, cycles, "life" of "lifelong"), or a word
# that points back to drugs named before ("It is used as maintenance", "these medicines").
# phase_context, which most sentences would otherwise run, is the costly part of this reader.
_PHASE_FACT_WORDS = re.compile(
    r"\b(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|cycles|courses|blocks|"
    r"these|those|it|its|they|them|this|that|which|both|either)\b",
    re.IGNORECASE,
)


def _may_state_a_phase_fact(seg: Segment) -> bool:
    """False only when the segment surely states no phase fact (see above)."""
    if any(m.is_kind("drug", "drug_class") for m in seg.mentions):
        return True
    return names_a_length_or_points_back(seg.text)


def names_a_length_or_points_back(text: str) -> bool:
    """Whether ``text`` may tell a length or point back to drugs named before (see above)."""
    low = text.lower()
    return "life" in low or "lives" in low or bool(_PHASE_FACT_WORDS.search(text))
