"""Relation extractors over a segmented document, and the shapes of the facts they emit.

Each relation has its own reader module, so that a new relation touches one module and its
templates. Every reader exposes ``extract(dc, segment) -> list[ExtractedFact]`` and reads
relations from cue words between names found by the lexicon. No module holds a table of
answers: the lexicon only recognises and normalises names.

Readers, by relation:

* drug_class: :mod:`.drug_classes` (the class read before its members, "TKIs such as X",
  "the TKI imatinib", in :mod:`.class_first`; which also emits the drug_target a class name states,
  "a BCR-ABL1 inhibitor"; targets a class statement gives the class's members in
  :mod:`.class_targets`; the target a class name states, for members placed in the class by
  any reading, in :mod:`.member_targets`; "an inhibitor of T" as a known class name in
  :mod:`.class_phrases`; "They / These medicines are <class>" after the drugs in
  :mod:`.class_anaphora`; a class
  label before a sentence of its drugs in :mod:`.class_labels`; whether a class after a drug
  is its apposition or the next list item in :mod:`.class_apposition`; a class named before a list
  that lost its line breaks in :mod:`.dash_lists`; the cue between a class and its members in
  :mod:`.class_lists`; a class told by its surroundings in :mod:`.class_context`; a broader
  class a class is said to belong to in :mod:`.class_broader`; the drugs listed right after
  "chemotherapy with" in :mod:`.class_chemo_with`; a later sentence or list that points back
  to the class an earlier sentence names, "Statins lower cholesterol. Examples are X and Y",
  in :mod:`.class_backrefs`; list items under a lead-in ending with the class as what is used,
  "Treatment usually includes an antifungal medicine:", in :mod:`.class_object_leads`; the
  examples of a class given as an example of a broader one, "hormone therapy, such as an
  aromatase inhibitor (such as X) or Y", in :mod:`.class_nested`; paragraphs opening with
  drugs under a colon lead-in that names a class, "The following antibiotics may be used:",
  in :mod:`.class_colon_leads`; a list after a long aside or clause about its class,
  "Antibiotics, which kill the bacteria ..., include X", in :mod:`.class_far_lists`; flattened
  dash items that each open with a drug under a lead-in about a class, "- Beta blockers slow
  the heart: - Atenolol is used for angina.", in :mod:`.class_dash_leads`; drugs in brackets
  after two classes joined by "or", whose class the text leaves open, in
  :mod:`.class_shared_lists`; the drug
  a class is said to hold besides the rest, "antibiotics other than X", in
  :mod:`.class_other_than`; a drug compared with the other members of its class, "Like other
  statins, X ...", in :mod:`.class_likeness`; how far a hedge of a drug's use reaches the class
  the sentence places it in, "X, a TKI, is being studied", in :mod:`.class_hedges`; the
  wordings that join a class and a drug, apposition, example,
  list item or preposition, in :mod:`.class_wordings`; what a class reading must not take as
  said of a drug's kind, a goal of care, a condition's negation, a bare bracketed name, in
  :mod:`.class_guards`);
* drug_target: :mod:`.drug_targets` (a drug's targets; which drug a cue verb is said of in
  :mod:`.target_subjects`; members of a group named by what it
  acts on, "Drugs that target FLT3 include X and Y", in :mod:`.target_groups`; the receptor a
  blocker class keeps a ligand from, in :mod:`.ligand_receptors`; the drug a heading names, for
  "This drug binds T" opening a paragraph under it, in :mod:`.heading_topic`; a drug's status
  word, "the investigational MEK inhibitor X", which does not hedge its target, and which
  drug of "A and B, which target T1 and T2, respectively" acts on which, in
  :mod:`.target_status`; the pronoun subject of a cue, "This drug, an antibody, binds T", in
  :mod:`.target_pronouns`; a copula on the word "target", "The target of X is CD19", in
  :mod:`.target_copulas`; an aside set off by paired em dashes, "inhibits two proteins—A and
  B—that", read as one set off by commas, in :mod:`.target_asides`); a class's own
  targets, "ACE inhibitor -> angiotensin-converting enzyme", kept as drafts, in
  :mod:`.targets_of_classes`;
* phase_duration and phase_drugs: :mod:`.phases` (which phase a sentence speaks of in
  :mod:`.phase_names`, which of its phases a drug or a span belongs to in
  :mod:`.phase_owners`, phases told by a setting such as relapsed disease in
  :mod:`.phase_settings`, lines of therapy told by an ordinal the lexicon's names miss, "first-
  and second-line treatment", in :mod:`.phase_lines`, salvage therapy told by a failed
  treatment, "when the first treatment stops working", in :mod:`.phase_failure`, the setting a
  section heading tells, "Newly Diagnosed Myeloma", in :mod:`.phase_heading_settings`,
  first-line therapy told by untreated disease, "previously untreated CLL", in
  :mod:`.phase_untreated`, durations in :mod:`.durations` (whether a lifelong span is the
  whole treatment's length, or a device's, a preventive or a denied course, in
  :mod:`.durations_lifelong`; a span that tells a drug's standing, a comparator course or how
  long a benefit lasts, in :mod:`.durations_measures`), a phase's length in cycles in
  :mod:`.phase_cycles`, drug lists in :mod:`.phase_drugs` (a class said of the drugs it
  names, "X and Y are TKIs", "a TKI (X or Y)", kept as a draft in :mod:`.phase_class_members`;
  a class that is the whole of a list item under the phase's lead-in, alone or in brackets
  after the item's kind of treatment, "- Targeted therapy (tyrosine kinase inhibitor).", in
  :mod:`.phase_item_classes`),
  drugs a phase word qualifies, "adjuvant tamoxifen", in :mod:`.phase_modifiers`; the phase
  of a flattened list's later items in :mod:`.phase_lists`; care given beside a phase in
  :mod:`.phase_care`; a class of drugs given for a span in :mod:`.phase_courses`; courses of
  groups defined by a device or procedure in :mod:`.phase_population`; the treatment as a
  whole told by its length in :mod:`.phase_whole`, and by the drugs used for the page's own
  disease, "X is treated with A or B", in :mod:`.phase_whole_drugs`; drugs a phase sentence
  refers to, "It is used as maintenance", in :mod:`.phase_antecedents`; a trial's report,
  which gives no phase fact, in :mod:`.phase_trials`; the phase a parent heading names in
  :mod:`.phase_headings`; treatment the disease already failed on, which is history, in
  :mod:`.prior_treatment`;
  "these medicines" after the drugs it points back to in :mod:`.phase_these`; the phase an
  earlier sentence of the paragraph set, for a later sentence of treatment, in
  :mod:`.phase_focus`, and the phase a label opening a list item names, "- Prodrome phase
  treatment.", for what the item goes on to give, in :mod:`.phase_item_labels`);
* marker: :mod:`.markers` (what a test shows, worded as a noun phrase: :mod:`.marker_objects`;
  "measured by" readings: :mod:`.marker_methods`; which tests a cue is said of:
  :mod:`.marker_subjects`; a test in an opening frame or an earlier clause, which does not do
  the showing: :mod:`.marker_clauses`; findings a ", which shows" clause lists of a condition
  the sentence names, read as test -> condition: :mod:`.marker_owners`; questions a test
  answers: :mod:`.marker_questions`;
  objects that state no finding: :mod:`.marker_findings`; a test list's purpose from its
  section heading: :mod:`.marker_sections`; where an object ends in a list of tests:
  :mod:`.marker_spans`; the cue words: :mod:`.marker_cues`; which reading paths give drafts
  rather than cards, by their measured precision: :mod:`.marker_calibration`; whether a
  matched name stands for a test here, "echoes" and "Ph.D." not: :mod:`.marker_names`; a
  follow-up test of the disease's return, "to see if the cancer has come back" -> recurrent X:
  :mod:`.marker_recurrence`; a test named as the setting of what a tool measures, "In
  tonometry, an instrument measures X": :mod:`.marker_settings`; a finding named as the
  standard way to diagnose the page's disease: :mod:`.marker_standard`; the test "this test"
  stands for when no sentence near it names one, the one a bare heading or label names,
  "Platelet Count ... This test is used to help diagnose X": :mod:`.marker_labels`; a condition
  found on a routine check, "It may be found during a routine blood test":
  :mod:`.marker_routine`; each test of a flattened list under the sentence that says what its
  tests are for, "Tests that examine X are used to diagnose Y. The following tests may be used:
  - A : ...", held as drafts: :mod:`.marker_inline_sections`; a test named with its purpose
  right after it as a step of care, "- Biopsy to diagnose X": :mod:`.marker_purposes`; a
  section of advice, "What to do for X", gives none: :mod:`.marker_sections`);
* risk_factor: :mod:`.risk_factors` (whose risk a statement states: :mod:`.risk_disease`; the
  words that state a risk, "A increases the risk": :mod:`.risk_verbs`; the cues that open a list
  of factors, and who is said to be
  at risk: :mod:`.risk_cues`; how a factor is worded: :mod:`.risk_factor_phrases`; which words
  of a clause name the factor: :mod:`.risk_clauses`; groups more likely to get a condition:
  :mod:`.risk_groups`; how an infection is caught: :mod:`.risk_exposure`; the organism it is
  caught from, "X is caused by the bacterium Borrelia burgdorferi": :mod:`.risk_organisms`; the
  condition under which someone is more likely to get it, "more likely to get X if you A":
  :mod:`.risk_conditions`; what causes the page's own condition, "X is caused by A":
  :mod:`.risk_causes`; the complications it leads to, "X can lead to A", whose factor it is:
  :mod:`.risk_complications`; the examples of a category that raises the risk, "conditions that
  increase its likelihood, such as A or B": :mod:`.risk_examples`; whether a factor is a whole
  noun phrase, else a draft (a medicine named as a cause, a side effect, a draft too):
  :mod:`.risk_shape`; the examples listed under a listed category, "people who have: - a family
  cancer syndrome, such as: - A - B": :mod:`.risk_nested`; a list whose lead-in points back to
  the risk sentence before it, "Some people are at higher risk. They include - A - B":
  :mod:`.risk_anaphora`; whose difference between the sexes a sentence states: :mod:`.risk_sex`;
  the group a condition is more common in, "X is more common among Asians", "X mainly affects
  farm workers": :mod:`.risk_common_in`; the examples of a category the condition is said to
  result from or go with, "X can also result from diseases such as A and B", "Other conditions
  associated with X include A": :mod:`.risk_linked` (a form of the condition the page treats
  apart, "Type 4 X", as their subject: :mod:`.risk_forms`); the exposures a patient's history is
  searched for to diagnose the condition, "Information such as recent tick bites can be helpful
  in making the diagnosis": :mod:`.risk_history`; a sentence whose subject is the raised risk,
  "The risk of X is higher in people who have A": :mod:`.risk_passive`; a group of people told
  by its work, place or habit said to be at risk, "Abattoir workers are at risk of X":
  :mod:`.risk_group_at_risk`;
  a factor of another condition than the page's (its sex difference, a state of the page's
  condition, "A can lead to <another condition>"): :mod:`.risk_other_condition`);
* prognostic_factor: :mod:`.prognosis` (factor wording: :mod:`.prognosis_phrases`; age groups
  and risk-group definitions: :mod:`.prognosis_groups`; one item of a prognosis list:
  :mod:`.prognosis_items`; what a sentence says of the outlook
  itself, "A affects the prognosis", "cured if found early": :mod:`.prognosis_clauses`; an
  outcome clause's group, condition or early care, "people with A have a poorer outlook",
  "fatal if not treated": :mod:`.prognosis_outcomes`; whose outlook an uncompared group's
  is ("children with asthma have a good outlook": asthma's own): :mod:`.prognosis_own`; when
  treatment works best and when the outlook is better: :mod:`.prognosis_outlook`; a factor a
  copula or "predicts" calls prognostic, "A is the most important prognostic factor", "A is a
  sign of a poor prognosis", and what survival or the risk of relapse goes with:
  :mod:`.prognosis_copula`; factors pointed to from the sentence before:
  :mod:`.prognosis_pointer`; comparisons of degree, "the
  longer you have A, the less likely ...": :mod:`.prognosis_compare`; whose prognosis a
  "depends on" sentence states: :mod:`.prognosis_subjects`; timely care tied to a good result,
  "Treatment works best when X is diagnosed early": :mod:`.prognosis_timely`; how the
  condition runs with or without care, "Most people get better with treatment":
  :mod:`.prognosis_course`; the bare "if not
  treated" named "untreated disease", and hedged readings held as drafts:
  :mod:`.prognosis_untreated`);
* symptom_cause: :mod:`.symptoms` (lists whose lead-in names whose symptoms they hold:
  :mod:`.symptom_lists`; whose symptoms a lead-in names, the owner read as a condition (no
  category such as "many factors", no activity a page title names, "Surviving Cancer"):
  :mod:`.symptom_owners`; the members of a symptom list: :mod:`.symptom_members`; whether a
  cause is a clean name: :mod:`.cause_names`; which readings become facts:
  :mod:`.symptom_pairs`; symptoms as the subject of a copula: :mod:`.symptom_copulas`;
  whose symptoms a bare "Signs and symptoms may include:" lists: :mod:`.symptom_bare_lead`;
  lead-ins read as a structure: :mod:`.symptom_leads`; what people with a condition are said to
  have: :mod:`.symptom_holders`; symptom-shaped names no list knows: :mod:`.symptom_shapes`;
  an inline list of symptoms that names no owner: :mod:`.symptom_bare_inline`; a complication
  and its signs side by side, one of them in brackets: :mod:`.symptom_brackets`; lead-ins that
  leave the owner to their surroundings, "X usually presents with:", "Other symptoms may
  include" after "A is a symptom of X": :mod:`.symptom_open_leads`; the condition named before
  the word, "UTI symptoms include": :mod:`.symptom_compound`; what people are said to notice
  in a section about a condition's symptoms, "Some people notice A": :mod:`.symptom_sections`;
  whose symptoms a run-in dash list gives when its lead-in lost its colon, "People with X may
  experience - A - B", "Common symptoms include - A": :mod:`.symptom_run_in`; a sign the
  sentence calls common in a section on a condition's symptoms, "A and B are other frequent
  complaints": :mod:`.symptom_common`);
* numeric: :mod:`.numeric` (headline rates), :mod:`.thresholds` (a test's cut-off values, "An
  A1C of 5.7 to 6.4 percent indicates prediabetes") and :mod:`.prevalence` (how many people have
  the page's own condition), :mod:`.numeric_shares` (the share of a group "N percent of"
  counts; told as a fraction, "1 in 5 people with X develop A": :mod:`.numeric_fractions`),
  :mod:`.numeric_onset` (the ages at which the condition begins, and its average age of
  onset or diagnosis), :mod:`.numeric_risk` (a risk or chance stated as a percentage, "the
  lifetime risk of X is N percent"), :mod:`.numeric_incidence` (the yearly count of new cases,
  "1,200 new cases annually"), :mod:`.numeric_one_in` (how common the condition is as one in N,
  "The incidence of X is about 1 in 5,000"), :mod:`.numeric_median` (a report's median survival,
  "Median overall survival was 11.1 months"), which :mod:`.numeric` calls; figures the sentence
  sets in the past give nothing (:mod:`.numeric_past`), nor do one group's, one arm's or one
  study's (:mod:`.numeric_scope`). The disease a page is about, for the clinical relations'
  sentences that name none, is in :mod:`.page_topic` (from the section headings, when the title
  names none: :mod:`.topic_headings`; tumours named by the shape of their name:
  :mod:`.topic_shapes`; a condition the lexicon lacks, named by its head noun, "Morvane
  Syndrome", and the condition a care title is about, "Treatment of X": :mod:`.topic_heads`;
  a qualified form of the topic, "chronic Q fever":
  :mod:`.topic_qualified`; the topic named by a general noun, "the condition", "affected
  people", which every reader that takes an owner asks: :mod:`.topic_referents`).

Two readers follow a layout rather than a relation, and emit several relations:
:mod:`.fields` reads labelled fields under a drug's heading ("Class:", "Mechanism:", "Use:")
as drug_class, drug_target and phase_drugs; :mod:`.tables` reads table rows whose header
names the columns ("Drug | Class | Target", "Phase | Duration | Drugs") as drug_class,
drug_target, phase_duration and phase_drugs; :mod:`.phenotype_table` reads a signs-and-
frequencies table flattened into one line ("Signs and Symptoms Approximate number of patients
(when available) Term 90% Term 50% ...") as symptom_cause of the condition it is about and a
numeric figure per term. Small helper modules hold what the readers of
related relations share: :mod:`.drug_names` (drug mention kinds, pronouns that stand for a
drug), :mod:`.factors` (lists of risk and prognostic factors) and :mod:`.para_lists` (lists
written as paragraphs under a lead-in, and items that finish a lead-in's sentence),
:mod:`.clauses` (which clause of a sentence a fact stands in, so a hedge covers its own),
:mod:`.inline_lists` (lists whose markup was lost, their dashes left inline) and
:mod:`.guards` (cheap word tests before the patterns that read every sentence).
:func:`finalize` keeps each fact from every distinct place a document states it
(:mod:`.places`, up to five).

Fact shapes (subject -> object):

* drug_target: drug -> target (lexicon names; only what the text states, e.g. "Philadelphia
  chromosome" for "attack cells that contain the Philadelphia chromosome"; cells such as
  "T cells" are not targets).
* drug_class: drug -> class (lexicon names).
* phase_duration: phase -> duration, e.g. "4-6 weeks", "2-3 years", "several months" (see
  :mod:`.phases` for the normalisation).
* phase_drugs: phase -> drug (or a drug class named in the phase's drug list, e.g.
  "anthracycline"; never a modality such as "chemotherapy").
* marker: test or marker -> what it shows or is used for, a short noun phrase read from the text
  ("abnormal white blood cell counts", "classification and treatment"); verbs are turned into
  nouns ("classify X" -> "classification of X", "diagnose ALL" -> "diagnosis of <disease>").
* risk_factor: disease -> factor (a lexicon name when the factor is one, else the phrase).
* symptom_cause: CAUSE -> SYMPTOM: the subject is the cause or mechanism ("low platelet count",
  "anemia"), or the disease itself ("Symptoms of diabetes include increased thirst"), the
  object the symptom it produces ("easy bruising"); never a disease, a drug's side effect or
  the document's own topic as the symptom.
* prognostic_factor: disease -> factor, with the direction when the text states it:
  "younger age (better prognosis)", "Philadelphia chromosome (poorer prognosis)", "subtype".
* numeric: measure -> value with a qualifier for the population, e.g. "overall cure rate"
  [adults] -> "30-40%", "long-term remission rate" [children] -> "above 85%"; a test's cut-off
  value -> "A1C for prediabetes" -> "5.7-6.4%", "fasting glucose level for diabetes" ->
  "126 mg/dL or above".

The phrased parts of markers, risk and prognostic factors, symptoms and key figures must read as
names, not as pieces of a clause ("X can prevent or"): :mod:`.phrase_shape`, checked once for
every reader in :func:`finalize` (such a phrase is held as a draft with the reason). The
readers' patterns outnumber the cache of Python's ``re`` module: :mod:`.regex_cache`; a word
looked up in a sentence is found without compiling a pattern per word
(:func:`.patterns.word_places`). Every module-level pattern is put behind a test for the words
it cannot match without, read from the pattern itself (:mod:`.needed_words`), when this package
is imported (:mod:`.guarded_patterns`): most sentences hold none of a pattern's words, and a
substring test says so sooner than the pattern's scan.
"""

from __future__ import annotations

from dataclasses import replace

from trainer.domain import Relation
from trainer.generator.extract import (
    band_dots,
    drug_classes,
    drug_targets,
    fields,
    markers,
    numeric,
    phases,
    phenotype_table,
    prognosis,
    risk_factors,
    symptoms,
    tables,
    target_copulas,
    target_groups,
    targets_of_classes,
)
from trainer.generator.extract.context import DocContext
from trainer.generator.extract.guarded_patterns import generator_modules, guard_patterns
from trainer.generator.extract.phrase_shape import WHY, reads_as_names
from trainer.generator.extract.places import distinct_places
from trainer.generator.extract.regex_cache import make_room
from trainer.generator.facts import DRAFT_CONFIDENCE, ExtractedFact
from trainer.generator.ingest import Document
from trainer.generator.lexicon import Lexicon

_MODULES = (
    drug_classes,
    drug_targets,
    fields,
    phases,
    markers,
    risk_factors,
    prognosis,
    symptoms,
    numeric,
    tables,
    phenotype_table,
    target_groups,
    target_copulas,
    targets_of_classes,
)
_ORDER = {r: i for i, r in enumerate(Relation)}

make_room()  # the readers' patterns outnumber re's default cache (see regex_cache)
guard_patterns(generator_modules())  # each pattern behind the words it needs (see there)


def extract_facts(document: Document, lexicon: Lexicon) -> list[ExtractedFact]:
    """All facts of one document, each from every distinct place that states it, sorted."""
    dc = DocContext(document, lexicon)
    found: list[ExtractedFact] = []
    for seg in dc.segments():
        for module in _MODULES:
            found += module.extract(dc, seg)
    return band_dots.restore(finalize(found))


def finalize(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """Drop self-relations, hold phrases that are pieces of a clause as drafts, keep each fact
    (relation, subject, object, qualifier) from every distinct place that states it (see
    :mod:`.places`), sort deterministically: by relation, lines, subject, object, qualifier.
    """
    readings: dict[tuple[str, str, str, str], list[ExtractedFact]] = {}
    for f in facts:
        if not f.subject or not f.object or f.subject.lower() == f.object.lower():
            continue
        if f.confidence > DRAFT_CONFIDENCE and not reads_as_names(f.relation, f.subject, f.object):
            # a piece of a clause, not a name (see :mod:`.phrase_shape`): a draft, no card
            f = replace(f, confidence=DRAFT_CONFIDENCE, flags=(*f.flags, WHY))
        key = (f.relation.value, f.subject.lower(), f.object.lower(), (f.qualifier or "").lower())
        readings.setdefault(key, []).append(f)
    kept = [f for group in readings.values() for f in distinct_places(group)]
    return sorted(
        kept,
        key=lambda f: (_ORDER[f.relation], f.lines, f.subject.lower(), f.object.lower(),
                       (f.qualifier or "").lower()),
    )
