"""phase_duration and phase_drugs: how long a treatment phase lasts and which drugs it uses.

One concept per module: :mod:`.phase_names` finds the phase a sentence speaks of (in the
clause, the list's lead-in, the heading or the sentence before) and the phase a duration or
drug belongs to; :mod:`.phase_settings` reads phases told by a setting rather than a name
(relapsed disease, surgery, the remission aimed at, the whole course); :mod:`.durations` reads
durations and normalises them; :mod:`.phase_drugs` reads the drugs a phase gives and
:mod:`.phase_modifiers` the drugs a phase word qualifies ("adjuvant tamoxifen").
"""

from __future__ import annotations

from trainer.generator.extract import phase_modifiers
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.durations import DURATION, durations, lifelong, normalise_duration
from trainer.generator.extract.phase_drugs import course_drugs, drugs
from trainer.generator.extract.phase_names import (
    LINES_OF_THERAPY,
    in_trial_report,
    phase_context,
    treats_a_complication,
)
from trainer.generator.facts import ExtractedFact

__all__ = ["DURATION", "extract", "normalise_duration"]


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """The phase_duration and phase_drugs facts of one segment."""
    disease = dc.disease_in(seg.mentions)
    if disease and dc.main_disease and not dc.same_disease(disease, dc.main_disease):
        return []  # an aside about another disease ("In AML, induction uses ...")
    qualified = phase_modifiers.extract(dc, seg)  # "adjuvant tamoxifen"
    phases, context, conf = phase_context(dc, seg)
    if not phases or in_trial_report(dc, seg):
        return qualified
    if treats_a_complication(seg):
        # "Tocilizumab is the first-line treatment (of CRS)": a line of therapy for a
        # complication, not a phase of the leukaemia's treatment
        phases = [p for p in phases if p.name("phase") not in LINES_OF_THERAPY]
        if not phases:
            return qualified
    spans = durations(dc, seg, phases, context, conf) + lifelong(dc, seg, phases, context, conf)
    if context is None and any(f.subject == "overall treatment" for f in spans):
        qualified += course_drugs(dc, seg, conf)  # "several weeks of antibiotic treatment"
    return qualified + spans + drugs(dc, seg, phases, context, conf)
