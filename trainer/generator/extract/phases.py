"""phase_duration and phase_drugs: how long a treatment phase lasts and which drugs it uses.

One concept per module: :mod:`.phase_names` finds the phase a sentence speaks of (in the
clause, the list's lead-in, the heading or the sentence before) and the phase a duration or
drug belongs to; :mod:`.phase_settings` reads phases told by a setting rather than a name
(relapsed disease, surgery, the remission aimed at, the whole course); :mod:`.durations` reads
durations and normalises them; :mod:`.phase_drugs` reads the drugs a phase gives and
:mod:`.phase_modifiers` the drugs a phase word qualifies ("adjuvant tamoxifen").

No phase fact comes from a sentence that tells the patients' history or a trial's entry
criteria, asks or hopes (:mod:`.prior_treatment`), tells a drug's use for another disease, or
is about supportive care (infections, symptoms, what else the patient takes).
"""

from __future__ import annotations

import re

from trainer.generator.extract import phase_modifiers
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.durations import DURATION, durations, lifelong, normalise_duration
from trainer.generator.extract.phase_drugs import course_drugs, drugs
from trainer.generator.extract.phase_names import (
    LINES_OF_THERAPY,
    in_trial_report,
    phase_context,
    supportive_care,
    treats_a_complication,
)
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


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """The phase_duration and phase_drugs facts of one segment."""
    disease = dc.disease_in(seg.mentions)
    if disease and dc.main_disease and not dc.same_disease(disease, dc.main_disease):
        return []  # an aside about another disease ("In AML, induction uses ...")
    if recounts_history(seg.text) or open_question(seg.text):
        return []  # what patients had before, or what practice once was: no phase of today's
    if _other_use(dc, seg):
        return []  # "X is also used to treat <another disease> ...": not this page's phases
    qualified = phase_modifiers.extract(dc, seg)  # "adjuvant tamoxifen"
    phases, context, conf = phase_context(dc, seg)
    if not phases or in_trial_report(dc, seg):
        return qualified
    if supportive_care(dc, seg):
        return qualified  # "antibiotics to prevent infection", "ondansetron helps with nausea"
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
