"""prognostic_factor: disease -> factor, with the direction when the text states it:
"younger age (better prognosis)", "Philadelphia chromosome (poorer prognosis)", "subtype".

The subject is the disease the sentence names, else the document's main disease. A
prognostic factor stated for a subtype ("in Ph-negative ALL") is a factor of the disease,
with the subtype as its qualifier: the card then asks about the subtype.

prognostic_factor is read from
  * a list under a prognosis lead-in or heading, each item "Label: explanation"; the factor is
    the "patients who have X" phrase, "younger/older age", a named marker, or the label; the
    direction ("better"/"poorer prognosis") is appended when the explanation states it;
  * a list under a risk-group lead-in ("Any one of the following places a patient in the
    high-risk group:"), each item a named factor or an age;
  * "The prognosis depends on A, B and C" (also "It depends on ..." after a sentence about the
    prognosis; "Recovery / Survival / How well a person does depends on ..."),
    "Prognostic factors include ...";
  * "A is the most important prognostic factor", "A predicts survival" (:mod:`.prognosis_copula`);
  * "A, which play(s) a role in determining prognosis", "A that guide(s) prognosis";
  * "A affects the prognosis", "cured if found and treated early", "A leads to better
    outcomes" (:mod:`.prognosis_clauses`); "depends on A and whether B";
  * "Patients with A have a better prognosis" (also "Tumors with / related to A ..."),
    "A is associated with a poor prognosis",
    "A confers a favourable prognosis", "A predicts relapse and a poorer prognosis", "A is the
    strongest predictor of relapse", "Patients who still have A after induction have a higher
    risk of relapse" (each clause of "A ..., whereas B ..." on its own);
  * "Factors linked to a better prognosis include A, B and C", "High-risk features include ...",
    "A poorer prognosis is associated with A, B and C" (the direction from the lead-in);
  * age groups compared by outcome: "Children (aged 1 to 9) have the best outlook", "Children
    usually do better than adults", "those over 60 doing the worst" -> "younger age",
    "age 1 to 9", "age over 60" with the direction;
  * how a protocol defines its risk groups: "Standard risk means age 1 to 9 years and ...",
    "..., makes the patient high risk".
  * an outcome clause, each with its own subject (:mod:`.prognosis_outcomes`): "People with A
    appear to develop more severe disease", "X can be fatal if not treated", "Early treatment
    lowers the risk of complications", "Treatment works best if started early".
  * factors pointed to from the sentence before, in the same paragraph: "Certain people are at
    higher risk for poor outcomes. This includes people who have A, B or C."
    (:mod:`.prognosis_pointer`);
  * a comparison of degree: "The longer you have A, the less likely ..." ->
    "longer duration of A (poorer prognosis)" (:mod:`.prognosis_compare`).
Negated clauses ("is not associated with a poorer outcome") give nothing, nor does a lead-in
whose items finish it ("depends on whether the cancer:"). One list item is read in
:mod:`.prognosis_items`: a question stays a question ("whether the cancer has recurred") unless
what it asks is a noun phrase, and one lexicon name is the factor only when the item says
nothing more of it ("the number and size of lymph nodes with cancer" stays whole).
"""

from __future__ import annotations

import re

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.factors import (
    REPORTING,
    clause_before,
    list_members,
    worth_reading,
)
from trainer.generator.extract.patterns import NEGATION, clean_phrase, drop_parens
from trainer.generator.extract.prognosis_clauses import outcome_clauses
from trainer.generator.extract.prognosis_compare import compare_facts, has_compare_cue
from trainer.generator.extract.prognosis_copula import copula_facts
from trainer.generator.extract.prognosis_course import course_factors, has_course_cue
from trainer.generator.extract.prognosis_groups import (
    GROUP_OUTCOME,
    compared,
    group_factor,
    group_name,
    outlook_in_age_group,
    risk_definitions,
)
from trainer.generator.extract.prognosis_items import attributes_apart, prog_item
from trainer.generator.extract.prognosis_outcomes import (
    SUBSET,
    has_outcome_cue,
    outcome_facts,
)
from trainer.generator.extract.prognosis_own import own_outlook, uncompared
from trainer.generator.extract.prognosis_phrases import (
    OUTCOME_SUBJECT,
    OWN_CUES,
    TREATMENT_OUTCOME_DRAFT,
    UNCOMPARED_DRAFT,
    asked_factor,
    dash_items,
    direction,
    draft_flags,
    factor,
    last_np,
    lead_direction,
    list_text,
    listed_factor,
    short_factor,
)
from trainer.generator.extract.prognosis_pointer import has_pointer_cue, pointer_facts
from trainer.generator.extract.prognosis_subjects import (
    RUN_ON,
    outlook_heading,
    sentence_disease,
    sentence_start,
)
from trainer.generator.extract.prognosis_timely import has_timely_cue, timely_care
from trainer.generator.extract.prognosis_untreated import hedged_as_draft
from trainer.generator.facts import ExtractedFact
from trainer.generator.text import Unit

# What a factor bears on, after a cue noun and a verb: "Things that affect survival include:"
_BEARS_ON = (
    r"(?:factors?|things|features|characteristics)\s+(?:that\s+|which\s+)?(?:can\s+|may\s+)?"
    r"(?:affect|influence|determine|predict|change)\w*\s+(?:the\s+|a\s+(?:patient|person)'s\s+|"
    r"your\s+)?(?:prognosis|outlook|outcomes?|survival|chances?\s+of\s+(?:recovery|survival|cure))"
)
_PROG_LEAD = re.compile(
    r"\bprognos\w*|\boutlook\b|\bchances?\s+of\s+(?:recovery|survival|cure)\b|\b" + _BEARS_ON,
    re.IGNORECASE,
)
# "The results of surgery depend on ...", "Success depends on ...", "The treatment's
# effectiveness depends on ...": how well the treatment goes, which the factor's card names
_TREATMENT_OUTCOME = re.compile(
    r"\b(?P<a>results?|success|outcomes?)\s+of\s+(?:the\s+)?(?P<b>surgery|treatment|therapy)\b"
    r"|^\s*(?:the\s+)?(?P<c>success)\s+"
    r"|\b(?P<d>treatment)(?:'s|s)?\s+(?P<e>effectiveness|success)\b",
    re.IGNORECASE,
)
_DEPENDS = re.compile(
    r"(?:\b(?:depends?|(?:is|are)\s+(?:so\s+|very\s+|highly\s+)?dependent|is based|relies)\s+"
    r"(?:mainly\s+|largely\s+|mostly\s+|a great deal\s+|in large part\s+|greatly\s+)?"
    r"(?:up)?on"
    # "The prognosis varies depending on ...", "The outlook is affected by ..."
    r"|\bvar(?:y|ies)\s*,?\s+(?:\w+ly\s+)?(?:,\s*)?(?:depending\s+(?:up)?on|according\s+to|with)"
    r"|\b(?:is|are)\s+(?:\w+ly\s+)?(?:determined|affected|influenced)\s+(?:\w+ly\s+)?by)"
    r"(?:\s*:\s*|\s+)"
    r"(?:several factors,?\s+(?:such as|including)\s+|factors such as\s+|"
    r"the following(?: factors)?\s*:?)?",
    re.IGNORECASE,
)
# A "depends on" the sentence denies: "does not depend on", "doesn't really depend on"
_DENIED = re.compile(r"(?:\b(?:not|never)|n['’]t)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_NOT_ON = re.compile(
    r",?\s+(?:(?:and|but)\s+not|rather\s+than)\s+(?:(?:up)?on\s+)?|,\s+not\s+(?:up)?on\s+", re.I
)
_PROG_INCLUDE = re.compile(
    r"\b(?:prognostic factors?|" + _BEARS_ON
    + r"|(?:factors|features|characteristics)\s+(?:that\s+(?:are|is)\s+)?"
    r"(?:associated|linked|connected|related)\s+(?:with|to)\s+(?:an?\s+|the\s+)?"
    r"(?P<d>\w+)\s+(?:prognosis|outlook|outcomes?|survival)|(?P<d3>adverse|poor|unfavou?rable|high-risk|"
    r"favou?rable|good|low-risk)\s+(?:prognostic\s+)?(?:features|factors|characteristics))\s+"
    r"(?:include|includes|are)\s*:?\s*",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"(?:,\s*)?\s*(?:which|that)\s+(?:play|plays|played)\s+an?\s+(?:\w+\s+){0,2}role\s+in\s+"
    r"(?:determining|predicting|defining)\s+(?:the\s+)?(?:prognosis|outcome|outlook)"
    r"|\s+(?:which|that)\s+(?:guide|guides|determine|determines|predict|predicts|influence|"
    r"influences|affect|affects)\s+(?:the\s+)?(?:prognosis|outcome|outlook)",
    re.IGNORECASE,
)
_WITH_OUTCOME = re.compile(
    # "Tumors with a favorable histology have a better prognosis", "Tumors related to HPV
    # infection have a better prognosis": the cases a feature marks, with their outcome
    r"\b(?:patients|people|children|adults|those|tumou?rs|cancers|cases)\s+"
    r"(?:with|related to|linked to|associated with|caused by)\s+(?P<f>[^,;.]{3,80}?)\s+"
    r"(?:(?:\w+ly|also|still|often|tend to|then)\s+)?"
    r"(?:have|had|has|show|tend to have)\s+(?:an?\s+|the\s+)?(?P<d>\w+)\s+(?:prognosis|outcome|"
    r"outlook)",
    re.IGNORECASE,
)
_ASSOC_OUTCOME = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:associated|linked)\s+(?:with|to)\s+(?:an?\s+|the\s+)?"
    r"(?P<d>\w+)\s+(?:prognosis|outcomes?|outlook)|\s+(?:confers?|carries|carry|indicates?|means?|"
    r"predicts?|signals?)\s+(?:relapse\s+and\s+)?(?:an?\s+|the\s+)?(?P<d2>\w+)\s+"
    r"(?:prognosis|outcomes?|outlook)"
    # "A is the strongest predictor of relapse", "A predicts relapse": a poorer prognosis
    r"|\s+(?:is|are|was|were)\s+(?:also\s+)?(?:the|an?)\s+(?:\w+\s+){0,2}?(?:predictors?|"
    r"indicators?)\s+of\s+(?P<bad>relapse|treatment failure|death)\b"
    r"|\s+(?:(?:strongly|also)\s+)?predicts?\s+(?P<bad2>relapse|treatment failure)\b",
    re.IGNORECASE,
)
# "Patients who still have A at the end of induction have a higher risk of relapse"
# "Kids who are still MRD positive after induction have a higher chance of relapse"
_WITH_RELAPSE = re.compile(
    r"\b(?:patients|people|children|kids|adults|those|(?:a|any)\s+(?:patient|child|person|adult))"
    r"\s+(?:who\s+(?:(?:is|are|was|were)\s+)?(?:still\s+)?(?:(?:have|has|had|show|shows)\s+)?|"
    r"with\s+)(?:an?\s+)?(?P<f>(?:[^,;.]|\.\d){3,80}?)\s+(?:(?:also|still|usually|often)\s+)?"
    r"(?:have|has|had|are at|is at|carry|carries)\s+(?:an?\s+)?"
    r"(?:higher|increased|greater|high)\s+(?:risk|chance|likelihood)\s+of\s+"
    r"(?:relapse|treatment failure)\b",
    re.IGNORECASE,
)
# "A poorer prognosis is associated with A, B and C"
_OUTCOME_WITH = re.compile(
    # "Favorable survival has been associated with ..." ("survival after relapse" is another
    # population's, which the card could not name)
    r"(?:^|\b(?:an?|the)\s+)(?P<d>\w+)\s+(?:prognosis|outcomes?|outlook|survival)\s+"
    r"(?:is|are|has been|have been)\s+(?:also\s+)?(?:associated|linked|seen|observed)\s+"
    r"(?:with|to|in)\s+",
    re.IGNORECASE,
)
# "the type of tumor and whether it has spread", "the stage and the patient's age": a second
# factor opened by a question word or its own determiner
_AND_ASKED = re.compile(
    r",?\s+(?:and|or)\s+(?=(?:whether|how|where|the|your|his|her|their|a|an)\s)", re.IGNORECASE
)


def extract(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    low = seg.text.lower()
    # each reader runs only where its cue words are (a cheap test before the patterns)
    found = _outcome_clause_facts(dc, seg) if has_outcome_cue(low) else []
    if has_pointer_cue(low) or "true for" in low:
        found += _pointed_facts(dc, seg)
    if has_compare_cue(low):
        # "The longer you have X, the less likely ...": a comparison of degree
        found += _facts_of(dc, seg, [(d, f, conf) for f, conf in compare_facts(dc, seg.body)
                                     for d in _page_disease(dc, seg)])
    if worth_reading(seg) or OWN_CUES.search(low):
        # ("cured if found early" is read here only, not by the risk reader)
        found = prognostic_factor_facts(dc, seg) + found
    if not found and dc.main_disease and has_timely_cue(low):
        # "Treatment is most effective when the disease is diagnosed early": when no other
        # reading took the sentence
        found = _facts_of(dc, seg, timely_care(dc, seg, dc.main_disease))
    if not found and dc.main_disease and has_course_cue(low):
        # "Most people get better with treatment", "Mild cases usually get better without
        # treatment" (:mod:`.prognosis_course`)
        found = _facts_of(dc, seg, course_factors(dc, seg, dc.main_disease))
    return [hedged_as_draft(f) for f in found]


def _outcome_clause_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """Factors of an outcome clause (:mod:`.prognosis_outcomes`), each with its own subject:
    the disease its sentence names, else the page's topic."""
    disease = dc.main_disease or dc.disease_and_subtype(seg.mentions)[0]
    if disease is None:
        return []
    return _facts_of(dc, seg, outcome_facts(dc, seg, disease))


def _page_disease(dc: DocContext, seg: Segment) -> list[str]:
    """The disease a sentence speaks of: the page's, else the one it names (none or one)."""
    disease = dc.main_disease or dc.disease_and_subtype(seg.mentions)[0]
    return [disease] if disease else []


def _pointed_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    """ "Certain people are at higher risk for poor outcomes. This includes ...": the factors a
    sentence points to, read with the outcome of the sentence before
    (:mod:`.prognosis_pointer`)."""
    disease = dc.main_disease or dc.disease_and_subtype(seg.mentions)[0]
    return [] if disease is None else _facts_of(dc, seg, pointer_facts(dc, seg, disease))


def _facts_of(
    dc: DocContext, seg: Segment, found: list[tuple[str, str, float]]
) -> list[ExtractedFact]:
    return [dc.fact(seg, Relation.PROGNOSTIC_FACTOR, subject, part, conf,
                    flags=draft_flags(conf))
            for subject, f, conf in found
            if not _is_subject(dc, f, subject)
            for part in attributes_apart(f)]


def prognostic_factor_facts(dc: DocContext, seg: Segment) -> list[ExtractedFact]:
    disease, subtype = dc.disease_and_subtype(seg.mentions)
    if disease is None:
        disease = dc.main_disease or outlook_heading(dc, seg)
    if disease is None:
        return []
    own: str | None = None  # the disease of the "depends on" sentence, when it differs

    def facts(found: list[tuple[str, float]]) -> list[ExtractedFact]:
        return [dc.fact(seg, Relation.PROGNOSTIC_FACTOR, own or disease, part, conf,
                        flags=draft_flags(conf), qualifier=None if own else subtype)
                for f, conf in found
                if not _is_subject(dc, f, own or disease)
                for part in attributes_apart(f)]

    found: list[tuple[str, float]] = []
    lead = seg.lead
    item = False  # an item of a prognosis list is read whole by _prog_item
    if lead is not None and seg.main.item_start and _about_prognosis(dc, lead):
        way = lead_direction(lead.text)  # "... have a poorer outlook if they have:"
        for listed in prog_item(dc, seg.body):
            found.append((f"{listed} ({way})" if way and not listed.endswith(")") else listed, 0.8))
            item = True
    elif lead is not None and seg.main.item_start:
        group = _RISK_GROUP_LEAD.search(lead.text)
        if group and not NEGATION.search(lead.text):
            # "Any one of the following places a patient in the high-risk group:" + items
            way = "better prognosis" if group.group("good") else "poorer prognosis"
            text = drop_parens(_EXAMPLE_TAIL.sub("", seg.body.split(";")[0]))
            for member in list_members(dc, list_text(text)):
                named = _namedfactor(dc, member)
                if named:
                    found.append((f"{named} ({way})", 0.75))
                    item = True
    body = seg.body
    dep = _DEPENDS.search(body)
    said = body[sentence_start(body, dep.start()) : dep.start()] if dep else ""
    if _DENIED.search(said):
        dep = None  # "The outlook does not depend on age": no factor
    outcome = _treatment_outcome(said)
    if dep and (
        _PROG_LEAD.search(said) or OUTCOME_SUBJECT.match(said) or outcome
        or _prev_about_prognosis(dc, seg, body, dep.start())
    ):
        own = sentence_disease(dc, seg, dep.start())
        rest = _NOT_ON.split(body[dep.end() :])[0]  # "on A and not on B": B is denied
        if _SUBORDINATE.match(body[sentence_start(body, dep.start()) :]):
            # "Because the results depend on A, a patient should ask ...": the main clause
            # after the comma is no factor
            rest = rest.split(",")[0]
        items = dash_items(rest)
        # "depends on whether the cancer:" opens a list whose items finish the question; the
        # lead-in's own words are no factor
        open_lead = not items and rest.rstrip().endswith(":")
        # "A and B as well as C": each side of "as well as" a list of its own
        inline = [m for part in _AS_WELL_AS.split(list_text(rest)) for m in _asked_apart(dc, part)]
        for member in [] if open_lead else items or inline:
            f = factor(dc, member) or (
                (asked_factor(member) or listed_factor(member)) if items else None
            )
            if f is None and _ASKED_OPENING.match(member):
                f = asked_factor(member)
            if f and outcome:
                # a factor of how a treatment goes, not of the disease's own outlook: the
                # relation's subject would have to be the treatment, so the reading is held
                # back as a draft for a reader to confirm
                found.append((f"{f} ({outcome})", _TREATMENT_OUTCOME_CONFIDENCE))
            elif f:
                found.append((f, 0.8))
    found += outcome_clauses(dc, RUN_ON.split(body))
    found += copula_facts(dc, body)
    inc = _PROG_INCLUDE.search(body)
    if inc:
        d3 = (inc.group("d3") or "").lower()
        d = direction(inc.group("d") or "") or (
            "better prognosis" if d3 in ("favourable", "favorable", "good", "low-risk")
            else "poorer prognosis" if d3 else None
        )  # fmt: skip
        for member in list_members(dc, list_text(body[inc.end() :])):
            f = factor(dc, member)
            if f:
                found.append((f"{f} ({d})" if d else f, 0.8))
    role = _ROLE.search(body)
    if role:
        np = last_np(body[: role.start()])
        if np and factor(dc, np):  # "Factors that affect the outlook include ...": no factor
            found.append((np, 0.75))
    w = _WITH_OUTCOME.search(body)
    # "Patients with A do not have a worse outlook" is no factor; "patients with X who smoke"
    # is read by :mod:`.prognosis_outcomes`, which takes the relative clause apart
    if w and not NEGATION.search(w.group(0)) and not re.search(r"\bwho\b", w.group("f")) and (
        not SUBSET.search(body[: w.start()])  # "Certain patients with A ...": a subset
    ):
        f = short_factor(w.group("f"))
        d = direction(w.group("d"))
        if uncompared(w.group("d"), body[w.end() :]) and own_outlook(
            dc, seg, seg.body_start, body, w.span("f"), w.group("f")
        ):
            f = None  # "Children with asthma have a good outlook": asthma's own outlook
        if f and d and disease.lower() not in f.lower():  # "children with X": X's own course
            found.append((f"{f} ({d})", 0.75))
    if item:
        return facts(found)
    for a in _ASSOC_OUTCOME.finditer(body):
        bad = a.group("bad") or a.group("bad2")
        d = "poorer prognosis" if bad else direction(a.group("d") or a.group("d2") or "")
        np = REPORTING.sub("", _own_clause(body, a.start()))
        if not d or NEGATION.search(np + a.group(0)):
            continue
        for member in list_members(dc, np):
            f = factor(dc, member)
            if f:
                found.append((f"{f} ({d})", 0.75))
    r = _WITH_RELAPSE.search(body)
    if r and not NEGATION.search(r.group(0)):
        f = factor(dc, r.group("f"))
        if f:
            found.append((f"{f} (poorer prognosis)", 0.75))
    ow = _OUTCOME_WITH.search(body)
    if ow and not NEGATION.search(body[: ow.end()]):
        d = direction(ow.group("d"))
        for member in list_members(dc, list_text(body[ow.end() :])) if d else []:
            member = re.sub(r"^(?:in|among|for)\s+", "", member.strip(), flags=re.IGNORECASE)
            f = group_name(member) or factor(dc, member)
            if f:
                found.append((f"{f} ({d})", 0.75))
    for g in GROUP_OUTCOME.finditer(body):
        f = group_factor(dc, g)
        if f:
            found.append((f, 0.75 if compared(g) else UNCOMPARED_DRAFT))
    found += risk_definitions(dc, body) + outlook_in_age_group(body)
    return facts(found)


_TREATMENT_OUTCOME_CONFIDENCE = TREATMENT_OUTCOME_DRAFT


def _treatment_outcome(said: str) -> str | None:
    """The outcome of treatment a "depends on" sentence is about, as its factors' direction:
    "The results of surgery" -> "results of surgery", "Success" -> "success", "The treatments
    effectiveness" -> "treatment effectiveness"; None when it is about the outlook itself."""
    if _PROG_LEAD.search(said):
        return None
    t = _TREATMENT_OUTCOME.search(said)
    if t is None:
        return None
    if t.group("a"):
        return f"{t.group('a').lower()} of {t.group('b').lower()}"
    if t.group("c"):
        return "success"
    return f"treatment {t.group('e').lower()}"


_AS_WELL_AS = re.compile(r",?\s+as well as\s+", re.IGNORECASE)
# A sentence that opens with a subordinate clause: "Because ..., ", "Since ..., "
_SUBORDINATE = re.compile(r"^\s*(?:because|since|as|although|while|if|when)\s", re.IGNORECASE)
_ASKED_OPENING = re.compile(r"^\s*(?:whether|how|where)\s", re.IGNORECASE)
def _asked_apart(dc: DocContext, text: str) -> list[str]:
    """The members of an inline "depends on" list, a question joined on by "and whether"
    ("the type of tumor and whether it has spread") set apart from the factor before it."""
    out: list[str] = []
    for member in list_members(dc, text):
        out += [p for p in _AND_ASKED.split(member) if p.strip()]
    return out


def _own_clause(text: str, pos: int) -> str:
    """The clause that ends at ``pos``: "A ..., whereas B" -> "B"."""
    head = clause_before(text, pos)
    return re.split(r"\b(?:whereas|while|but|although|though)\b", head)[-1].strip(" ,")


def _prev_about_prognosis(dc: DocContext, seg: Segment, body: str, pos: int) -> bool:
    """ "It depends on ..." right after a sentence about the prognosis."""
    if body[:pos].strip().lower() not in ("it", "this", "they", "this also", "it also"):
        return False
    prev = dc.previous(seg.main)
    return prev is not None and bool(_PROG_LEAD.search(prev.text))


def _about_prognosis(dc: DocContext, lead: Unit) -> bool:
    """A lead-in about the prognosis, or "These include:" right after a sentence about it."""
    dep = _DEPENDS.search(lead.text)  # "Recovery depends on:"
    if _PROG_LEAD.search(lead.text) or (dep and OUTCOME_SUBJECT.match(lead.text[: dep.start()])):
        return True
    if _FACTORS_LEAD.match(lead.text):
        # "The most important factors include:" after a sentence on the prognosis, or in a
        # section headed "Prognostic Factors"
        prev = dc.previous(lead)
        head = dc.heading(lead)
        return (prev is not None and bool(_PROG_LEAD.search(prev.text))) or (
            head is not None and bool(_PROG_LEAD.search(head.text))
        )
    return False


_FACTORS_LEAD = re.compile(
    r"^\s*(?:these|they|those|such factors|(?:the\s+)?(?:most\s+important|other(?:\s+important)?|"
    r"main|key|major|other\s+prognostic)\s+factors)\s+(?:include|are)\b",
    re.IGNORECASE,
)


def _namedfactor(dc: DocContext, member: str) -> str | None:
    """A list item that is one named factor ("KMT2A rearrangement", "MRD positivity after
    induction") or an age ("age over 35 years"); None for anything longer or unnamed."""
    member = re.split(r"\s+(?:after|at|during|before|by the end of)\s+", member, maxsplit=1)[0]
    words = member.split()
    if re.match(r"^\s*age\b", member, re.IGNORECASE) and len(words) <= 5:
        return clean_phrase(member)
    names = [m for m in dc.find(member)
             if m.is_kind("target", "marker", "condition") and dc.disease_in([m]) is None]
    if len(names) != 1 or len(words) > len(names[0].surface.split()) + 3:
        return None
    return names[0].name(names[0].hits[0].kind)


_RISK_GROUP_LEAD = re.compile(
    r"\b(?:(?P<good>low|standard|favou?rable)|very high|high|poor|adverse|unfavou?rable)[- ]risk\s+"
    r"(?:group|category|arm|features?|factors?|disease)\b|\b(?:adverse|unfavou?rable)\s+"
    r"(?:prognostic\s+)?(?:features?|factors?)\b|\b(?:greater|higher|increased)\s+risk\s+of\s+"
    r"relapse\b",
    re.IGNORECASE,
)
_EXAMPLE_TAIL = re.compile(r",?\s+(?:for example|e\.g\.|such as)\b.*$", re.IGNORECASE)


def _is_subject(dc: DocContext, factor: str, disease: str) -> bool:
    """Whether a factor is the disease itself ("People with DCIS have an excellent prognosis"
    on a page about DCIS): the outlook of the disease, no factor of it."""
    f = re.sub(r"\s*\([^()]*\)\s*$", "", factor).strip()
    if f.lower() == disease.lower():
        return True
    return any(
        m.start == 0 and m.end >= len(f) and (h := m.hit("condition")) is not None
        and h.name.lower() == disease.lower()
        for m in dc.find(f)
    )
