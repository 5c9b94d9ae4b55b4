"""Risk facts whose condition is not the page's own, judged by what the factor says.

A page about one condition names others: "Poor asthma control raises the risk of
preeclampsia" on an asthma page gives preeclampsia a factor that is a state of the page's own
condition. The sentence teaches a complication the page's condition brings, not what puts a
person at risk of preeclampsia, and the page says nothing else of preeclampsia's risks; such a
fact is a draft. A factor that is the page's condition itself ("Asthma raises the risk of
pneumonia") stays as it is read: the page then names a risk factor outright.

Which sex gets another condition more often ("Women are more likely than men to get migraines
at night" on an asthma page) is said in passing, often of when or how it shows rather than of
who gets it; the page does not teach that condition's risks, so the sex difference is a draft.
"""

from __future__ import annotations

from trainer.generator.extract.context import DocContext


def _other_condition(dc: DocContext, disease: str) -> bool:
    """Whether ``disease`` is neither the page's condition nor a form of it (nor it a form of
    ``disease``)."""
    main = dc.main_disease
    if not main:
        return False
    if dc.same_disease(disease, main) or dc.same_disease(main, disease):
        return False
    # "chronic ITP" on a page about immune thrombocytopenia: a form of it by its short name
    return not any(
        (h := m.hit("condition")) is not None and dc.same_disease(h.name, main)
        for m in dc.find(disease)
    )


def other_condition_factor(dc: DocContext, disease: str, factor: str) -> str | None:
    """Why the fact ``disease`` -> ``factor`` is a draft because ``disease`` is not the page's
    condition (see the module's docstring), or None."""
    if not _other_condition(dc, disease):
        return None
    if factor.lower().strip() in ("male sex", "female sex"):
        return "uncertain: a sex difference of another condition than the page's"
    return _states_the_topic(dc, factor)


def _states_the_topic(dc: DocContext, factor: str) -> str | None:
    """Why a factor of another condition than the page's is a draft: it is a qualified state
    of the page's condition ("poor asthma control", "uncontrolled asthma"); None otherwise."""
    main = dc.main_disease or ""
    low, topic = factor.lower().strip(), main.lower()
    if low == topic:
        return None  # the page's condition itself, named as the other's risk factor
    named = topic in low or any(
        (h := m.hit("condition")) is not None and dc.same_disease(h.name, main)
        for m in dc.find(factor)
    )
    if not named:
        return None
    return "uncertain: a state of the page's own condition given as another condition's risk"


def leads_to_own(dc: DocContext, outcome: str, disease: str) -> bool:
    """Whether "A can lead to <outcome>" opens its outcome with a disease, and that disease is
    ``disease`` (or a form of it): "The high red cell counts that PV causes can lead to ulcers
    or gout" on a PV page names other conditions, whose risk A is, not a factor of PV."""
    ms = dc.find(outcome.strip())
    if not ms or ms[0].start != 0 or dc.disease_in(ms[:1]) is None:
        return False
    first = ms[0].hit("condition")
    if first is None:
        return True
    name = first.name
    return dc.same_disease(name, disease) or dc.same_disease(disease, name)
