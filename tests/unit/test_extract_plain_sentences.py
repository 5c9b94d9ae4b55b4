"""Simple sentences a new user tries first, each giving the right fact or no fact at all.

Each case is a sentence (or two) an instructor might paste from a drug handbook or a guideline;
the expected facts are what a careful reader takes from it, and nothing else of that relation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of
from extract_helpers import triples as facts

from trainer.domain import Relation


def test_a_class_in_a_drug_list_is_not_the_class_of_the_drug_before_it(tmp_path: Path) -> None:
    found = facts(tmp_path, "Induction includes vincristine, a corticosteroid and asparaginase.\n")
    assert of(found, Relation.DRUG_CLASS) == set()
    assert of(found, Relation.PHASE_DRUGS) == {
        ("induction", "vincristine"), ("induction", "corticosteroid"), ("induction", "asparaginase")
    }


def test_relapsed_disease_is_a_treatment_phase(tmp_path: Path) -> None:
    found = facts(
        tmp_path, "Relapsed disease may be treated with inotuzumab ozogamicin or blinatumomab.\n"
    )
    assert of(found, Relation.PHASE_DRUGS) == {
        ("salvage therapy", "inotuzumab ozogamicin"), ("salvage therapy", "blinatumomab")
    }


def test_a_list_under_a_relapse_lead_in(tmp_path: Path) -> None:
    text = "Treatment at relapse may include:\n\n- inotuzumab ozogamicin\n- blinatumomab\n"
    assert of(facts(tmp_path, text), Relation.PHASE_DRUGS) == {
        ("salvage therapy", "inotuzumab ozogamicin"), ("salvage therapy", "blinatumomab")
    }


def test_a_selective_inhibitor_of_a_kinase(tmp_path: Path) -> None:
    found = facts(tmp_path, "Nilotinib is a selective inhibitor of the BCR::ABL1 kinase.\n")
    assert of(found, Relation.DRUG_TARGET) == {("nilotinib", "BCR-ABL1")}


def test_an_inhibitor_of_in_apposition(tmp_path: Path) -> None:
    found = facts(tmp_path, "Venetoclax, an inhibitor of BCL-2, is combined with azacitidine.\n")
    assert of(found, Relation.DRUG_TARGET) == {("venetoclax", "BCL2")}


def test_these_antibodies_take_up_the_drugs_of_the_sentence_before(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Rituximab or ofatumumab may be added to induction. "
        "These monoclonal antibodies target CD20.\n",
    )
    assert of(found, Relation.DRUG_TARGET) == {("rituximab", "CD20"), ("ofatumumab", "CD20")}
    assert of(found, Relation.DRUG_CLASS) == {
        ("rituximab", "monoclonal antibody"), ("ofatumumab", "monoclonal antibody")
    }


def test_a_class_called_by_a_more_precise_name(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Blinatumomab is a type of targeted therapy called a bispecific T-cell engager (BiTE).\n",
    )
    assert ("blinatumomab", "bispecific T-cell engager") in of(found, Relation.DRUG_CLASS)


def test_a_dosing_schedule_is_not_a_phase_duration(tmp_path: Path) -> None:
    found = facts(
        tmp_path, "Maintenance with oral azacitidine is given daily for 14 days every 28 days.\n"
    )
    assert of(found, Relation.PHASE_DURATION) == set()
    assert of(found, Relation.PHASE_DRUGS) == {("maintenance", "azacitidine")}


def test_a_survival_figure_is_not_a_phase_duration(tmp_path: Path) -> None:
    found = facts(tmp_path, "Median overall survival after induction was 14 months.\n")
    assert of(found, Relation.PHASE_DURATION) == set()


def test_heart_failure_medicines_named_by_class(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Heart failure\n\nHeart failure is treated with beta blockers such as metoprolol and "
        "carvedilol, ACE inhibitors such as lisinopril, and loop diuretics such as furosemide.\n",
    )
    assert of(found, Relation.DRUG_CLASS) == {
        ("metoprolol", "beta blocker"), ("carvedilol", "beta blocker"),
        ("lisinopril", "ACE inhibitor"), ("furosemide", "loop diuretic"),
    }


def test_a_passing_mention_of_another_disease_is_not_the_subject(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Heart failure\n\nRisk factors for heart failure include high blood pressure and "
        "diabetes.\n\nPeople with multiple myeloma can develop amyloidosis.\n",
    )
    subjects = {s for r, s, _ in found if r == Relation.RISK_FACTOR.value}
    assert subjects == {"heart failure"}


@pytest.mark.parametrize(
    ("sentence", "drug", "cls"),
    [
        ("Metformin is a biguanide.", "metformin", "biguanide"),
        ("Empagliflozin is an SGLT2 inhibitor.", "empagliflozin", "SGLT2 inhibitor"),
        ("Albuterol is a short-acting beta2-agonist.", "albuterol", "short-acting beta2-agonist"),
        ("Isoniazid, an antibiotic, is taken daily.", "isoniazid", "antibiotic"),
    ],
)
def test_drugs_outside_oncology_are_known_by_name(
    tmp_path: Path, sentence: str, drug: str, cls: str
) -> None:
    assert of(facts(tmp_path, sentence + "\n"), Relation.DRUG_CLASS) == {(drug, cls)}


def test_an_unknown_drug_is_read_by_its_stem(tmp_path: Path) -> None:
    found = facts(tmp_path, "Zorbatinib is a tyrosine kinase inhibitor.\n")
    assert of(found, Relation.DRUG_CLASS) == {("zorbatinib", "tyrosine kinase inhibitor")}


def test_anti_in_brackets_names_the_target(tmp_path: Path) -> None:
    found = facts(tmp_path, "Omalizumab (anti-IgE) is given as an injection.\n")
    assert of(found, Relation.DRUG_TARGET) == {("omalizumab", "IgE")}


def test_a_negated_target_gives_no_fact(tmp_path: Path) -> None:
    found = facts(tmp_path, "Imatinib does not target CD19.\n")
    assert of(found, Relation.DRUG_TARGET) == set()


def test_misspellings_are_normalised(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Bonatumumab is a bispecific T-cell engager. Panatinib is a tyrosine kinase inhibitor. "
        "Kymirah is a CAR T-cell therapy.\n",
    )
    assert {s for _, s, _ in found} >= {"blinatumomab", "ponatinib", "tisagenlecleucel"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lisinopril is in a class of medications called angiotensin-converting enzyme (ACE) "
            "inhibitors.",
            {("lisinopril", "ACE inhibitor")},
        ),
        (
            "Amlodipine belongs to a class of drugs known as calcium channel blockers.",
            {("amlodipine", "calcium channel blocker")},
        ),
        (
            "Hydrochlorothiazide and chlorthalidone are thiazide diuretics.",
            {("hydrochlorothiazide", "thiazide diuretic"), ("chlorthalidone", "thiazide diuretic")},
        ),
        (
            "Losartan is an angiotensin II receptor blocker (ARB).",
            {("losartan", "angiotensin II receptor blocker")},
        ),
        (
            "Liraglutide and semaglutide are GLP-1 receptor agonists.",
            {("liraglutide", "GLP-1 receptor agonist"), ("semaglutide", "GLP-1 receptor agonist")},
        ),
        (
            "Doctors prescribe blood-thinning medicines to prevent blood clots. These medicines "
            "include warfarin and dabigatran.",
            {("warfarin", "blood-thinning medicine"), ("dabigatran", "blood-thinning medicine")},
        ),
    ],
)
def test_class_phrasings_of_drug_handbooks(
    tmp_path: Path, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert of(facts(tmp_path, sentence + "\n"), Relation.DRUG_CLASS) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Liraglutide is a GLP-1 receptor agonist.", {("liraglutide", "GLP-1 receptor")}),
        ("Tofacitinib is a Janus kinase (JAK) inhibitor.", {("tofacitinib", "JAK")}),
        (
            "Atorvastatin works by blocking HMG-CoA reductase.",
            {("atorvastatin", "HMG-CoA reductase")},
        ),
        (
            "Omalizumab is a monoclonal antibody that binds to immunoglobulin E (IgE).",
            {("omalizumab", "immunoglobulin E")},
        ),
        # the class names no receptor in full: no target
        ("Metoprolol is a beta blocker.", set()),
    ],
)
def test_targets_named_by_a_class_or_a_verb(
    tmp_path: Path, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert of(facts(tmp_path, sentence + "\n"), Relation.DRUG_TARGET) == expected


def test_tuberculosis_phases(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Isoniazid, rifampin, pyrazinamide and ethambutol are used during the intensive phase, "
        "which lasts 2 months.\n\nThe continuation phase lasts 4 months.\n",
    )
    assert of(found, Relation.PHASE_DURATION) == {
        ("intensive phase", "2 months"), ("continuation phase", "4 months")
    }
    assert of(found, Relation.PHASE_DRUGS) == {
        ("intensive phase", d) for d in ("isoniazid", "rifampin", "pyrazinamide", "ethambutol")
    }


def test_a_body_substance_is_not_a_drug(tmp_path: Path) -> None:
    found = facts(tmp_path, "ACE converts angiotensin I to angiotensin II, a hormone.\n")
    assert {s for _, s, _ in found} & {"angiotensin i", "angiotensin ii"} == set()


def test_a_trial_control_arm_gives_no_phase_drugs(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Patients in the control arm received standard induction with lenalidomide and "
        "dexamethasone.\n\nPatients were assigned to induction with daratumumab and "
        "dexamethasone or lenalidomide alone (the control group).\n",
    )
    assert of(found, Relation.PHASE_DRUGS) == {
        ("induction", "daratumumab"), ("induction", "dexamethasone")
    }


def test_a_drug_approved_for_relapsed_disease(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Blinatumomab is approved for children with relapsed ALL.\n\n"
        "Relapsed ALL has a poorer prognosis.\n",
    )
    assert of(found, Relation.PHASE_DRUGS) == {("salvage therapy", "blinatumomab")}


def test_these_drugs_after_other_drugs_are_not_the_headings_class(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "## Chemotherapy\n\nOther drugs may make chemotherapy work better. "
        "These drugs include venetoclax.\n",
    )
    assert ("venetoclax", "chemotherapy") not in of(found, Relation.DRUG_CLASS)


@pytest.mark.parametrize(
    ("sentence", "targets", "classes"),
    [
        (
            "A BCL-2 inhibitor, venetoclax, is often combined with azacitidine.",
            {("venetoclax", "BCL2")},
            {("venetoclax", "BCL-2 inhibitor")},
        ),
        (
            "Midostaurin, a multikinase inhibitor of FLT3, is added to induction.",
            {("midostaurin", "FLT3")},  # "multikinase" is no single target
            {("midostaurin", "multikinase inhibitor")},
        ),
        (
            "Trastuzumab is a HER2-targeted monoclonal antibody.",
            {("trastuzumab", "HER2")},
            {("trastuzumab", "monoclonal antibody")},
        ),
        (
            "Anastrozole and letrozole are aromatase inhibitors, which lower estrogen levels.",
            {("anastrozole", "aromatase"), ("letrozole", "aromatase")},
            {("anastrozole", "aromatase inhibitor"), ("letrozole", "aromatase inhibitor")},
        ),
        ("Hydroxyurea is not a targeted therapy.", set(), set()),
        ("Researchers are studying whether ponatinib might target T315I mutations.", set(), set()),
    ],
)
def test_target_and_class_in_one_sentence(
    tmp_path: Path, sentence: str, targets: set[tuple[str, str]], classes: set[tuple[str, str]]
) -> None:
    found = facts(tmp_path, sentence + "\n")
    assert of(found, Relation.DRUG_TARGET) == targets
    assert of(found, Relation.DRUG_CLASS) == classes


def test_a_list_of_options_for_recurrent_disease(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Treatment options for indolent, recurrent B-cell NHL include:\n\n"
        "1. Rituximab alone or with cytotoxic agents used in front-line therapy.\n"
        "2. Lenalidomide and rituximab.\n",
    )
    assert of(found, Relation.PHASE_DRUGS) == {
        ("salvage therapy", "rituximab"), ("salvage therapy", "lenalidomide")
    }


def test_a_trial_gives_no_phase_drugs(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "A phase II study included 90 patients with relapsed follicular lymphoma. "
        "Patients received either zanubrutinib plus obinutuzumab or obinutuzumab alone.\n\n"
        "Patients were randomly assigned to rituximab maintenance or observation.\n",
    )
    assert of(found, Relation.PHASE_DRUGS) == set()


def test_a_masthead_is_not_the_topic(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "NORTHERN REGION HAEMATOLOGY NETWORK\n\nClinical guideline: acute lymphoblastic "
        "leukaemia in adults\n\nSmoking is a risk factor for acute lymphoblastic leukaemia.\n",
    )
    assert {s for r, s, _ in found if r == Relation.RISK_FACTOR.value} <= {
        "acute lymphoblastic leukemia"
    }


def test_a_list_run_together_on_one_line(tmp_path: Path) -> None:
    found = facts(
        tmp_path, "Aminosalicylates include\n\n- balsalazide - mesalamine - olsalazine\n"
    )
    assert of(found, Relation.DRUG_CLASS) == {
        ("balsalazide", "aminosalicylate"), ("mesalamine", "aminosalicylate"),
        ("olsalazine", "aminosalicylate"),
    }


def test_a_nested_list_flattened_by_a_web_page(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Two types of drugs block estrogen:\n\n"
        "- Selective estrogen receptor modulators (SERMs) bind to estrogen receptors. "
        "SERMs used to treat breast cancer include:\n"
        "- tamoxifen, which is used in both premenopausal and postmenopausal women\n"
        "- toremifene, which is used only in postmenopausal women\n"
        "- Selective estrogen receptor degraders (SERDs) destroy estrogen receptors. "
        "Fulvestrant is a SERD.\n",
    )
    assert of(found, Relation.DRUG_CLASS) == {
        ("tamoxifen", "selective estrogen receptor modulator"),
        ("toremifene", "selective estrogen receptor modulator"),
        ("fulvestrant", "selective estrogen receptor degrader"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Men are also given a GnRH agonist, such as goserelin.", set()),  # acts on a receptor
        ("Obinutuzumab is a CD20-binding monoclonal antibody.", {("obinutuzumab", "CD20")}),
        (
            "Tazemetostat is an inhibitor of EZH2, an enzyme needed by lymph node germinal "
            "centers.",
            {("tazemetostat", "EZH2")},  # an organ is not a molecular target
        ),
        ("Rituximab (an anti–CD20 monoclonal antibody) is given.", {("rituximab", "CD20")}),
    ],
)
def test_targets_a_reader_would_accept(
    tmp_path: Path, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert of(facts(tmp_path, sentence + "\n"), Relation.DRUG_TARGET) == expected


def test_a_trial_result_gives_no_key_figure(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "The overall response rate was 69% (95% CI, 61%-76%) in the zanubrutinib arm and 46% "
        "in the obinutuzumab-alone arm (P = .0012).\n",
    )
    assert of(found, Relation.NUMERIC) == set()


def test_remission_verbs_are_not_phases(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "CAR T cells (tisagenlecleucel) induce remission in up to 90% of patients.\n",
    )
    assert of(found, Relation.PHASE_DRUGS) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Thrombolytics can cause bleeding because thrombolytics dissolve clots.",
        "Because thrombolytics dissolve clots, they can cause bleeding.",
        "Red blood cells change their shape, which can cause a rash.",
    ],
)
def test_a_side_effect_or_a_pronoun_is_no_cause(tmp_path: Path, text: str) -> None:
    assert of(facts(tmp_path, text + "\n"), Relation.SYMPTOM_CAUSE) == set()


def test_a_question_heading_names_the_topic(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "## Who is at risk for High Blood Pressure?\n\n"
        "Being overweight raises the risk. Prehypertension is also mentioned once.\n",
    )
    assert {s for r, s, _ in found if r == Relation.RISK_FACTOR.value} <= {"hypertension"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Denosumab is a monoclonal antibody that targets RANKL, a protein that helps bones "
            "break down.",
            {("denosumab", "RANKL")},
        ),
        (
            "Allopurinol lowers uric acid by blocking xanthine oxidase.",
            {("allopurinol", "xanthine oxidase")},
        ),
        ("Carbamazepine blocks sodium channels.", {("carbamazepine", "sodium channel")}),
        ("Abiraterone blocks an enzyme called CYP17.", {("abiraterone", "CYP17")}),
        ("Radium-223 targets cancer cells that have spread to the bone.", set()),
        ("Levodopa is converted to dopamine in the brain.", set()),
    ],
)
def test_targets_outside_oncology(
    tmp_path: Path, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert of(facts(tmp_path, sentence + "\n"), Relation.DRUG_TARGET) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Other medicines include digitalis (digoxin).", {("digoxin", "digitalis")}),
        (
            "Standard treatment includes a corticosteroid, usually prednisone, to reduce "
            "inflammation.",
            {("prednisone", "corticosteroid")},
        ),
        (
            "Antidepressants that doctors may recommend for people taking tamoxifen include "
            "sertraline and citalopram.",
            {("sertraline", "antidepressant"), ("citalopram", "antidepressant")},
        ),
    ],
)
def test_classes_named_around_their_members(
    tmp_path: Path, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert of(facts(tmp_path, sentence + "\n"), Relation.DRUG_CLASS) == expected


def test_research_in_a_list_item_after_a_bracket_is_still_research(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Two other drugs have shown promise:\n\n"
        "- A drug called inotuzumab ozogamicin (Besponsa) is being tested in children with "
        "relapsed B-cell ALL.\n",
    )
    assert of(found, Relation.PHASE_DRUGS) == set()


def test_durations_of_two_courses_and_spans_after_a_point(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "The continuation phase lasts 4 or 7 months.\n\n"
        "Maintenance therapy continues for about 2 years after remission.\n",
    )
    assert of(found, Relation.PHASE_DURATION) == {
        ("continuation phase", "4 or 7 months"), ("maintenance", "about 2 years")
    }


def test_causes_of_the_topic_are_not_its_symptoms(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Pulmonary Hypertension\n\nSleep apnea can cause pulmonary arterial hypertension. "
        "Pulmonary hypertension is common in people with COPD.\n",
    )
    assert of(found, Relation.SYMPTOM_CAUSE) == set()


def test_a_prior_treatment_in_brackets_is_not_the_phase_drug(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Second-line treatment may include:\n\n"
        "- nivolumab (for people previously treated with sunitinib or pazopanib)\n"
        "- axitinib\n",
    )
    assert of(found, Relation.PHASE_DRUGS) == {
        ("second-line therapy", "nivolumab"), ("second-line therapy", "axitinib")
    }


def test_a_partly_named_receptor_is_no_target(tmp_path: Path) -> None:
    found = facts(tmp_path, "H2 blockers, such as cimetidine and famotidine, reduce acid.\n")
    assert of(found, Relation.DRUG_TARGET) == set()
    assert of(found, Relation.DRUG_CLASS) == {
        ("cimetidine", "H2 blocker"), ("famotidine", "H2 blocker")
    }


def test_options_for_recurrent_disease_of_any_name(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Treatment of stage IV melanoma and recurrent melanoma may include:\n\n"
        "- immunotherapy with pembrolizumab, nivolumab or ipilimumab\n"
        "- chemotherapy\n",
    )
    assert of(found, Relation.PHASE_DRUGS) == {
        ("salvage therapy", "pembrolizumab"), ("salvage therapy", "nivolumab"),
        ("salvage therapy", "ipilimumab"),
    }


def test_the_standard_duration_of_treatment(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Standard duration of treatment is 2-3 weeks.\n\n"
        "In a randomised trial, maintenance was given for 2 years.\n",
    )
    assert of(found, Relation.PHASE_DURATION) == {("overall treatment", "2-3 weeks")}


def test_cytokines_named_in_words(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Ustekinumab targets interleukin-12 and interleukin-23. Vedolizumab blocks integrin.\n",
    )
    assert of(found, Relation.DRUG_TARGET) == {
        ("ustekinumab", "interleukin-12"), ("ustekinumab", "interleukin-23"),
        ("vedolizumab", "integrin"),
    }


def test_treatment_as_a_whole_lasts(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Autoimmune hepatitis is treated with prednisone. "
        "Treatment usually lasts at least 2 to 3 years.\n",
    )
    assert of(found, Relation.PHASE_DURATION) == {("overall treatment", "at least 2-3 years")}


def test_a_class_with_two_names_before_its_members(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Antiandrogens, also called androgen receptor blockers, include flutamide and "
        "bicalutamide.\n",
    )
    assert of(found, Relation.DRUG_CLASS) == {
        ("flutamide", "antiandrogen"), ("bicalutamide", "antiandrogen"),
        ("flutamide", "androgen receptor blocker"), ("bicalutamide", "androgen receptor blocker"),
    }


def test_a_class_named_anti_its_target(tmp_path: Path) -> None:
    found = facts(
        tmp_path, "Biologic therapies include anti-TNF agents (infliximab and adalimumab).\n"
    )
    assert of(found, Relation.DRUG_CLASS) == {
        ("infliximab", "anti-TNF agent"), ("adalimumab", "anti-TNF agent")
    }
    assert of(found, Relation.DRUG_TARGET) == {("infliximab", "TNF"), ("adalimumab", "TNF")}


def test_brands_in_brackets_do_not_end_a_list(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "H2 blockers, such as cimetidine (Tagamet HB), famotidine (Pepcid AC) and ranitidine "
        "(Zantac), decrease acid.\n",
    )
    assert of(found, Relation.DRUG_CLASS) == {
        ("cimetidine", "H2 blocker"), ("famotidine", "H2 blocker"), ("ranitidine", "H2 blocker")
    }


def test_class_drugs_used_to_treat_a_disease_include(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Immunotherapy drugs used to treat renal cell cancer include:\n\n"
        "- nivolumab\n- ipilimumab\n",
    )
    assert of(found, Relation.DRUG_CLASS) == {
        ("nivolumab", "immunotherapy"), ("ipilimumab", "immunotherapy")
    }


def test_tuberculosis_regimen_as_the_cdc_states_it(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "The first-line anti-TB agents are:\n\n- isoniazid (INH)\n- rifampin (RIF)\n\n"
        "Regimens for treating TB disease have an intensive phase of 2 months, followed by a "
        "continuation phase of either 4 or 7 months.\n",
    )
    assert of(found, Relation.DRUG_TARGET) == set()  # a disease is not a molecular target
    assert of(found, Relation.DRUG_CLASS) == {
        ("isoniazid", "antituberculosis drug"), ("rifampin", "antituberculosis drug")
    }
    assert of(found, Relation.PHASE_DURATION) == {
        ("intensive phase", "2 months"), ("continuation phase", "4 or 7 months")
    }


def test_rheumatology_classes_by_their_abbreviations(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "Disease-modifying antirheumatic drugs (DMARDs) such as methotrexate slow the disease. "
        "NSAIDs such as ibuprofen relieve pain.\n",
    )
    assert of(found, Relation.DRUG_CLASS) == {
        ("methotrexate", "disease-modifying antirheumatic drug"),
        ("ibuprofen", "nonsteroidal anti-inflammatory drug"),
    }


def test_the_leading_cause_of_a_disease_is_a_risk_factor(tmp_path: Path) -> None:
    found = facts(tmp_path, "# COPD\n\nCigarette smoking is the leading cause of COPD.\n")
    assert of(found, Relation.RISK_FACTOR) == {("chronic obstructive pulmonary disease", "smoking")}


def test_a_disease_in_a_risk_list_item_is_a_factor_not_the_subject(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Prediabetes\n\nTesting is recommended for adults who have one or more of these risk "
        "factors:\n\n- a parent or sibling with diabetes\n- high blood pressure\n",
    )
    assert {s for s, _ in of(found, Relation.RISK_FACTOR)} == {"prediabetes"}


def test_a_provider_diagnoses_a_disease_with_tests(tmp_path: Path) -> None:
    found = facts(
        tmp_path,
        "# Autoimmune hepatitis\n\nAutoimmune hepatitis is a chronic liver disease. A health "
        "care provider diagnoses autoimmune hepatitis with a physical exam and a liver biopsy. "
        "The TB skin test is used to find out if a person has been infected.\n",
    )
    # the bedside exam helps diagnose every disease: only the biopsy makes a card
    assert of(found, Relation.MARKER) == {("liver biopsy", "diagnosis of autoimmune hepatitis")}
