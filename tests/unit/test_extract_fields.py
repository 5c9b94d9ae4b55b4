"""Drug-handbook style blocks, citation markers and clinical shorthand (own short texts)."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import extract, of_text, pairs, write_doc

from trainer.domain import Relation as R
from trainer.generator.text import segment

ABOUT = "Acute lymphoblastic leukemia (ALL)\n\n"  # documents about something else give nothing

HANDBOOK = """\
NURSE DRUG GUIDE: acute lymphoblastic leukemia (ALL)

CYTARABINE (Ara-C)
Class: antimetabolite (pyrimidine analogue)
Mechanism: inhibits DNA polymerase, stopping DNA synthesis in dividing blasts.
Use: consolidation and CNS prophylaxis; not used in maintenance.
Nursing considerations: watch for fever and conjunctivitis.

RITUXIMAB AND OFATUMUMAB
Class: monoclonal antibody
Mechanism: binds CD20.
"""


def test_fields_under_a_drug_heading_state_its_class_target_and_phases(tmp_path: Path) -> None:
    facts = extract(write_doc(tmp_path, HANDBOOK))
    assert ("cytarabine", "antimetabolite") in pairs(facts, R.DRUG_CLASS)
    assert pairs(facts, R.DRUG_TARGET) == {("cytarabine", "DNA polymerase")}  # not "DNA"
    assert pairs(facts, R.PHASE_DRUGS) == {("consolidation", "cytarabine"),
                                          ("CNS prophylaxis", "cytarabine")}
    # Evidence runs from the heading that names the drug to the field.
    target = next(f for f in facts if f.relation is R.DRUG_TARGET)
    assert target.lines == (3, 5)


def test_a_heading_naming_two_drugs_gives_its_fields_no_subject(tmp_path: Path) -> None:
    facts = extract(write_doc(tmp_path, HANDBOOK))
    assert not {f for f in facts if f.subject in ("rituximab", "ofatumumab")}


def test_citation_markers_are_not_part_of_a_factor(tmp_path: Path) -> None:
    text = ("Features linked to a poorer prognosis include older age, KMT2A rearrangement "
            "and IKZF1 deletion [6,7].\n")
    found = of_text(tmp_path, text, R.PROGNOSTIC_FACTOR, heading=ABOUT)
    assert ("acute lymphoblastic leukemia", "IKZF1 deletion (poorer prognosis)") in found
    assert all("[" not in obj and "]" not in obj for _, obj in found)


def test_a_route_abbreviation_is_not_read_as_a_phase(tmp_path: Path) -> None:
    text = ("Interim maintenance follows consolidation.\n\n"
            "PEGASPARGASE\nUse: induction; given IM or IV.\n")
    facts = extract(write_doc(tmp_path, text, heading=ABOUT))
    assert pairs(facts, R.PHASE_DRUGS) == {("induction", "pegaspargase")}


def test_numbers_after_a_target_list_are_not_targets(tmp_path: Path) -> None:
    text = ("Blinatumomab binds CD3 and CD19, prolonged median survival to 7.7 months and "
            "is given as a continuous infusion.\n")
    assert of_text(tmp_path, text, R.DRUG_TARGET, heading=ABOUT) == {("blinatumomab", "CD3"),
                                                     ("blinatumomab", "CD19")}


def test_the_protein_a_gene_makes_is_the_target(tmp_path: Path) -> None:
    text = "Imatinib is a targeted drug which blocks the protein made by the BCR-ABL1 gene.\n"
    assert of_text(tmp_path, text, R.DRUG_TARGET, heading=ABOUT) == {("imatinib", "BCR-ABL1")}


def test_direction_labels_over_lists_of_factors(tmp_path: Path) -> None:
    text = ("Genetics and prognosis\n\n"
            "- Favourable: ETV6-RUNX1 fusion; high hyperdiploidy.\n"
            "- Unfavourable: KMT2A rearrangement; hypodiploidy.\n")
    found = of_text(tmp_path, text, R.PROGNOSTIC_FACTOR, heading=ABOUT)
    assert {obj for _, obj in found} == {
        "ETV6-RUNX1 (better prognosis)", "hyperdiploidy (better prognosis)",
        "KMT2A rearrangement (poorer prognosis)", "hypodiploidy (poorer prognosis)"}


def test_risk_lists_completing_your_risk_is_higher_if_you(tmp_path: Path) -> None:
    text = ("Your risk of ALL is higher if you:\n\n"
            "- have Down's syndrome\n"
            "- have had chemotherapy for an earlier cancer\n"
            "- have been exposed to high levels of radiation\n")
    found = of_text(tmp_path, text, R.RISK_FACTOR, heading=ABOUT)
    assert {obj for _, obj in found} == {"Down syndrome", "prior chemotherapy",
                                        "ionizing radiation"}


def test_groups_at_higher_risk_and_sex(tmp_path: Path) -> None:
    text = ("Children with Down syndrome do have a higher risk, as do children exposed to "
            "radiation. ALL is slightly more common in boys than in girls.\n")
    found = of_text(tmp_path, text, R.RISK_FACTOR, heading=ABOUT)
    assert {obj for _, obj in found} == {"Down syndrome", "ionizing radiation", "male sex"}


def test_symptom_lists_in_patient_wording(tmp_path: Path) -> None:
    text = ("Symptoms include:\n\n"
            "- bone and joint pain, caused by leukaemia cells building up in the marrow\n"
            "- tiny purple spots on the skin (petechiae), also caused by a low platelet count\n"
            "- infections that keep coming back, because a low white blood cell count means "
            "there are too few cells to fight germs\n\n"
            "Anaemia makes children pale and tired. A low platelet count leads to bruising and "
            "pinpoint red spots called petechiae. A low neutrophil count makes infections more "
            "likely.\n")
    found = of_text(tmp_path, text, R.SYMPTOM_CAUSE, heading=ABOUT)
    assert found == {
        ("leukaemia cells building up in the marrow", "bone pain"),
        ("leukaemia cells building up in the marrow", "joint pain"),
        ("low platelet count", "petechiae"),
        ("low platelet count", "easy bruising"),
        ("low white blood cell count", "recurrent infections"),
        ("anemia", "pallor"),
        ("anemia", "fatigue"),
        ("low neutrophil count", "infection"),
    }


def test_the_methods_after_by_are_not_what_a_measurement_shows(tmp_path: Path) -> None:
    text = ("Measurement of minimal residual disease (MRD) by flow cytometry or by PCR of "
            "T-cell receptor gene rearrangements identifies patients at high risk of relapse. "
            "An echocardiogram is done to check cardiac function.\n")
    found = of_text(tmp_path, text, R.MARKER, heading=ABOUT)
    # the methods measure MRD; what the measurement shows is MRD's, not theirs
    assert found == {("minimal residual disease", "patients at high risk of relapse"),
                     ("flow cytometry", "minimal residual disease"),
                     ("polymerase chain reaction", "minimal residual disease"),
                     ("echocardiogram", "assessment of cardiac function")}


def test_key_figures_with_abbreviated_measures(tmp_path: Path) -> None:
    text = ("With modern chemotherapy, 5-year overall survival (OS) is now approximately 90% in "
            "children, whereas it is only about 40% in adults. In adults, complete remission "
            "(CR) is achieved in 80-90% of patients. ALL is most often diagnosed in children "
            "aged 2 to 5.\n")
    facts = extract(write_doc(tmp_path, text, heading=ABOUT))
    assert {(f.subject, f.object, f.qualifier) for f in facts if f.relation is R.NUMERIC} == {
        ("5-year overall survival", "about 90%", "children"),
        ("5-year overall survival", "about 40%", "adults"),
        ("complete remission rate", "80-90%", "adults"),
        ("peak incidence age", "2-5 years", None),
    }


def test_pdf_page_furniture_and_broken_words(tmp_path: Path) -> None:
    text = ("CAR T cells are given after lymphodepletion with fluda-\n"
            "rabine and cyclophosphamide. The product is made from the patient's T cells and the\n"
            "Haematology Today | Vol 3\n"
            "Page 2 of 5\n"
            "overall remission rate was 81% in children. Bridging uses low-\n"
            "intensity chemotherapy.\n"
            "Haematology Today | Vol 3\n"
            "Page 3 of 5\n")
    units = segment(text.splitlines())
    joined = " ".join(u.text for u in units)
    assert "with fludarabine and" in joined and "low-intensity chemotherapy" in joined
    assert "Page" not in joined and "Vol 3" not in joined
    facts = extract(write_doc(tmp_path, text, heading=ABOUT))
    figure = next(f for f in facts if f.relation is R.NUMERIC)
    # the sentence runs on across the page break; its lines span it
    assert (figure.object, figure.qualifier, figure.lines) == ("81%", "children", (4, 7))


def test_a_class_in_a_list_of_drugs_is_not_an_apposition(tmp_path: Path) -> None:
    text = ("Induction should combine a corticosteroid, vincristine, an anthracycline and "
            "pegaspargase. Rituximab should be added to induction when the blasts express CD20. "
            "Cytarabine (ara-C), a pyrimidine analogue, is used in consolidation.\n")
    facts = extract(write_doc(tmp_path, text, heading=ABOUT))
    assert ("vincristine", "anthracycline") not in pairs(facts, R.DRUG_CLASS)
    assert ("cytarabine", "pyrimidine analog") in pairs(facts, R.DRUG_CLASS)
    assert pairs(facts, R.PHASE_DRUGS) == {
        ("induction", "corticosteroid"), ("induction", "vincristine"),
        ("induction", "anthracycline"), ("induction", "pegaspargase"),
        ("induction", "rituximab"), ("consolidation", "cytarabine")}


def test_the_phase_that_has_lasted_is_the_one_timed(tmp_path: Path) -> None:
    text = ("Maintenance: daily mercaptopurine and weekly methotrexate. It continues until the "
            "whole course of treatment has lasted about 2 years.\n")
    assert of_text(tmp_path, text, R.PHASE_DURATION, heading=ABOUT) == {
        ("overall treatment", "about 2 years")}


def test_an_antibody_against_a_receptor_targets_the_receptor(tmp_path: Path) -> None:
    text = "Tocilizumab, an anti-IL-6 receptor antibody, treats cytokine release syndrome.\n"
    assert of_text(tmp_path, text, R.DRUG_TARGET, heading=ABOUT) == {
        ("tocilizumab", "interleukin-6 receptor")}


def test_phases_named_after_the_drug_and_pronoun_subjects(tmp_path: Path) -> None:
    text = ("Daunorubicin belongs to induction, whereas doxorubicin is used in delayed "
            "intensification. Pegaspargase is given in induction and again in delayed "
            "intensification.\n\n"
            "Vincristine is a vinca alkaloid. It is given weekly in induction.\n\n"
            "Prednisolone and dexamethasone are glucocorticoids. Both bind the glucocorticoid "
            "receptor.\n")
    facts = extract(write_doc(tmp_path, text, heading=ABOUT))
    assert pairs(facts, R.PHASE_DRUGS) >= {
        ("delayed intensification", "doxorubicin"), ("induction", "pegaspargase"),
        ("delayed intensification", "pegaspargase"), ("induction", "vincristine")}
    assert ("induction", "doxorubicin") not in pairs(facts, R.PHASE_DRUGS)
    assert pairs(facts, R.DRUG_TARGET) == {("prednisolone", "glucocorticoid receptor"),
                                          ("dexamethasone", "glucocorticoid receptor")}


def test_earlier_treatment_for_another_cancer_is_named_by_the_lexicon(tmp_path: Path) -> None:
    text = ("Risk factors for ALL include:\n\n"
            "- prior radiation, including radiotherapy for an earlier cancer\n"
            "- earlier chemotherapy for another cancer\n")
    found = of_text(tmp_path, text, R.RISK_FACTOR, heading=ABOUT)
    assert {obj for _, obj in found} == {"ionizing radiation", "prior chemotherapy"}


def test_complications_present_with_their_signs(tmp_path: Path) -> None:
    text = ("Cytokine release syndrome (CRS) typically presents with fever, hypotension and "
            "hypoxia. ICANS causes confusion, tremor and, in severe cases, cerebral oedema. "
            "Her tiredness and pallor are explained by anaemia: too few red cells reach her "
            "tissues. Patients present with fatigue.\n")
    found = of_text(tmp_path, text, R.SYMPTOM_CAUSE, heading=ABOUT)
    assert found == {
        ("cytokine release syndrome", "fever"), ("cytokine release syndrome", "hypotension"),
        ("cytokine release syndrome", "hypoxia"),
        ("immune effector cell-associated neurotoxicity syndrome", "confusion"),
        ("immune effector cell-associated neurotoxicity syndrome", "tremor"),
        ("immune effector cell-associated neurotoxicity syndrome", "cerebral edema"),
        ("anemia", "fatigue"), ("anemia", "pallor"),
    }


def test_items_that_place_a_patient_in_the_high_risk_group(tmp_path: Path) -> None:
    text = ("Any one of the following places a patient in the high-risk group:\n"
            "a) age over 35 years;\n"
            "b) KMT2A rearrangement, for example t(4;11);\n"
            "c) low hypodiploidy or a complex karyotype;\n"
            "d) MRD positivity (0.01% or more) after induction or consolidation.\n")
    found = of_text(tmp_path, text, R.PROGNOSTIC_FACTOR, heading=ABOUT)
    assert {obj for _, obj in found} == {
        "age over 35 years (poorer prognosis)", "KMT2A rearrangement (poorer prognosis)",
        "low hypodiploidy (poorer prognosis)", "complex karyotype (poorer prognosis)",
        "minimal residual disease (poorer prognosis)"}


def test_first_line_treatment_of_a_complication_is_not_a_phase(tmp_path: Path) -> None:
    text = ("Tocilizumab, an anti-IL-6 receptor antibody, is the first-line treatment, with "
            "corticosteroids added for refractory CRS. Blinatumomab is used as first-line "
            "therapy in some protocols.\n")
    found = of_text(tmp_path, text, R.PHASE_DRUGS, heading=ABOUT)
    assert found == {("first-line therapy", "blinatumomab")}


def test_a_prognostic_factor_of_a_subtype_is_the_diseases_with_the_subtype_as_qualifier(
        tmp_path: Path) -> None:
    text = ("Any one of the following places a patient with Ph-negative ALL in the high-risk "
            "group:\na) age over 35 years;\nb) a complex karyotype.\n")
    facts = [f for f in extract(write_doc(tmp_path, ABOUT + text))
             if f.relation is R.PROGNOSTIC_FACTOR]
    assert {(f.subject, f.object, f.qualifier) for f in facts} == {
        ("acute lymphoblastic leukemia", obj,
         "Philadelphia chromosome-negative acute lymphoblastic leukemia")
        for obj in ("age over 35 years (poorer prognosis)",
                    "complex karyotype (poorer prognosis)")}


def test_a_higher_chance_of_relapse_for_those_still_positive(tmp_path: Path) -> None:
    for sentence in ("Kids who are still MRD positive after induction have a higher chance "
                     "of relapse, so their treatment is stepped up.",
                     "Minimal residual disease is measured at the end of induction. A child who "
                     "is still MRD positive at that point has a higher risk of relapse."):
        found = of_text(tmp_path, sentence + "\n", R.PROGNOSTIC_FACTOR, heading=ABOUT)
        assert found == {("acute lymphoblastic leukemia",
                          "minimal residual disease (poorer prognosis)")}, sentence
    # negative minimal residual disease is not made a sign of a poorer outcome
    assert of_text(tmp_path, "Kids who are MRD negative after induction have a lower chance "
                   "of relapse.\n", R.PROGNOSTIC_FACTOR, heading=ABOUT) == set()


def test_a_test_shows_each_finding_of_a_list_in_the_lexicons_spelling(tmp_path: Path) -> None:
    found = of_text(tmp_path, "A complete blood count (CBC) often shows a high white cell count, "
                    "anaemia and a low platelet count.\n", R.MARKER, heading=ABOUT)
    # spelling follows the lexicon ("anemia"); a synonym keeps the text's words
    assert found == {("complete blood count", "high white cell count"),
                     ("complete blood count", "anemia"),
                     ("complete blood count", "low platelet count")}


def test_it_after_a_sentence_about_a_test_is_that_test(tmp_path: Path) -> None:
    text = ("A peripheral blood smear is usually the second test. It often shows blasts, "
            "anemia and a white cell count that is too high or too low.\n")
    # the member a relative clause qualifies is left out rather than cut short
    assert of_text(tmp_path, text, R.MARKER, heading=ABOUT) == {
        ("peripheral blood smear", "blasts"), ("peripheral blood smear", "anemia")}


def test_labelled_results_of_a_case_report(tmp_path: Path) -> None:
    text = ("Investigations:\n"
            "- Complete blood count: showed anaemia and a low platelet count.\n"
            "- Flow cytometry on the aspirate: showed a T-cell immunophenotype.\n"
            "- Cytogenetics and FISH: looked for chromosome changes.\n"
            "- Lumbar puncture: checked the cerebrospinal fluid for leukaemia cells.\n"
            "- Mother's worry: showed on her face.\n")
    assert of_text(tmp_path, text, R.MARKER, heading=ABOUT) == {
        ("complete blood count", "anaemia and a low platelet count"),
        ("flow cytometry", "T-cell immunophenotype"),
        ("cytogenetics", "chromosome changes"),
        ("fluorescence in situ hybridization", "chromosome changes"),
        ("lumbar puncture", "leukaemia cells in the cerebrospinal fluid")}


def test_the_antigens_blasts_carry_mark_those_blasts(tmp_path: Path) -> None:
    text = ("B-cell blasts carry CD19 and CD79a, while T-cell blasts carry cytoplasmic CD3. "
            "Rituximab is added when 20% or more of the blasts express CD20.\n")
    assert of_text(tmp_path, text, R.MARKER, heading=ABOUT) == {
        ("CD19", "B-cell blasts"), ("CD79a", "B-cell blasts"),
        ("cytoplasmic CD3", "T-cell blasts")}


def numbers(tmp_path: Path, text: str) -> set[tuple[str, str, str | None]]:
    return {(f.subject, f.object, f.qualifier) for f in extract(write_doc(tmp_path, ABOUT + text))
            if f.relation is R.NUMERIC}


def test_a_figure_for_another_group_in_the_next_clause_keeps_the_measure(
        tmp_path: Path) -> None:
    text = ("Five-year overall survival for adults with ALL is about 40%; in patients older "
            "than 60 years it falls to 10-20%.\n")
    assert numbers(tmp_path, text) == {("5-year overall survival", "about 40%", "adults"),
                                       ("5-year overall survival", "10-20%", "older adults")}


def test_how_often_an_abnormality_is_found(tmp_path: Path) -> None:
    text = "3.1.3 The Philadelphia chromosome, t(9;22), is found in about 25% of adults with ALL.\n"
    assert numbers(tmp_path, text) == {
        ("frequency of the Philadelphia chromosome", "about 25%", "adults")}
    text = ("The Philadelphia chromosome, t(9;22), is present in about 25% of adults with ALL "
            "but in only 3-5% of children.\n")
    assert numbers(tmp_path, text) == {
        ("frequency of the Philadelphia chromosome", "about 25%", "adults"),
        ("frequency of the Philadelphia chromosome", "3-5%", "children")}
    # a clause about more than the abnormality is not its frequency
    assert numbers(tmp_path, "Relapse after the Philadelphia chromosome is found in 25% of "
                   "adults.\n") == set()


def test_closer_to_is_an_approximate_figure_and_kids_aged_a_peak(tmp_path: Path) -> None:
    assert numbers(tmp_path, "For adults, long-term survival is closer to 40%.\n") == {
        ("long-term survival", "about 40%", "adults")}
    assert numbers(tmp_path, "It is the most common childhood cancer, and it peaks in kids "
                   "aged 2-5 years.\n") == {("peak incidence age", "2-5 years", "children")}


def test_a_complication_and_its_signs_side_by_side_in_brackets(tmp_path: Path) -> None:
    text = ("Nursing considerations: watch for pancreatitis (abdominal pain), clots and high "
            "blood sugar. Report breathlessness or chest pain (pleural effusion). Watch for signs "
            "of veno-occlusive disease (weight gain, a painful liver, jaundice). Watch for "
            "tumour lysis syndrome (TLS) and report fever (see section 4).\n")
    assert of_text(tmp_path, text, R.SYMPTOM_CAUSE, heading=ABOUT) == {
        ("pancreatitis", "abdominal pain"),
        ("pleural effusion", "shortness of breath"), ("pleural effusion", "chest pain"),
        ("hepatic veno-occlusive disease", "weight gain"),
        ("hepatic veno-occlusive disease", "jaundice")}


def test_a_cause_ends_where_a_subordinate_clause_starts(tmp_path: Path) -> None:
    text = ("Her bone pain and limp are caused by marrow expansion, as the lymphoblasts crowd "
            "the marrow cavity.\n")
    assert of_text(tmp_path, text, R.SYMPTOM_CAUSE, heading=ABOUT) == {
        ("marrow expansion", "bone pain"), ("marrow expansion", "limping")}


def test_a_drug_said_to_be_added_to_continued_through_or_an_alternative_in_a_phase(
        tmp_path: Path) -> None:
    text = ("Rituximab should be added to induction and consolidation when 20% or more of the "
            "blasts express CD20. Imatinib, a first-generation TKI, is an acceptable alternative "
            "in induction where dasatinib cannot be used. The TKI should be continued through "
            "consolidation and maintenance. For relapsed T-ALL, nelarabine-based salvage "
            "therapy is preferred. Vincristine is not used in maintenance if neuropathy "
            "develops.\n")
    assert of_text(tmp_path, text, R.PHASE_DRUGS, heading=ABOUT) == {
        ("induction", "rituximab"), ("consolidation", "rituximab"), ("induction", "imatinib"),
        ("consolidation", "tyrosine kinase inhibitor"),
        ("maintenance", "tyrosine kinase inhibitor"), ("salvage therapy", "nelarabine")}


def test_lasting_some_years_from_diagnosis_is_a_duration(tmp_path: Path) -> None:
    assert of_text(tmp_path, "Total treatment therefore lasts 2-3 years from diagnosis.\n",
                   R.PHASE_DURATION, heading=ABOUT) == {("overall treatment", "2-3 years")}
    assert of_text(tmp_path, "Relapse after induction is most common 2 years from diagnosis.\n",
                   R.PHASE_DURATION, heading=ABOUT) == set()


def test_a_protocols_risk_group_definitions_are_prognostic_factors(tmp_path: Path) -> None:
    text = ("Standard risk means age 1 to 9 years and a white blood cell count below "
            "50 x 10^9/L at diagnosis; age 10 years or older, or a presenting white blood cell "
            "count of 50 x 10^9/L or more, makes the patient high risk. Patients with MRD of "
            "0.01% or more have a higher risk of relapse.\n")
    assert {obj for _, obj in of_text(tmp_path, text, R.PROGNOSTIC_FACTOR, heading=ABOUT)} == {
        "age 1-9 years (better prognosis)",
        "white blood cell count below 50 x 10^9/L at diagnosis (better prognosis)",
        "age 10 years or older (poorer prognosis)",
        "white blood cell count of 50 x 10^9/L or more (poorer prognosis)",
        "minimal residual disease (poorer prognosis)"}


def test_symptoms_that_happen_because_something_is_disrupted(tmp_path: Path) -> None:
    text = ("Common signs include tiredness, fever and easy bruising. These happen because "
            "normal blood cell production is disrupted.\n")
    assert of_text(tmp_path, text, R.SYMPTOM_CAUSE, heading=ABOUT) == {
        ("disrupted blood cell production", sym) for sym in ("fatigue", "fever", "easy bruising")}


def test_a_cause_in_brackets_after_a_symptom_or_a_when_clause(tmp_path: Path) -> None:
    text = ("Common signs:\n- Tiredness and pale skin (from anemia)\n- Bruising (see a doctor)\n"
            "\nTiny red spots on the skin (petechiae) can appear when your platelet count is "
            "low. Spread of the disease to the central nervous system may cause headaches.\n")
    assert of_text(tmp_path, text, R.SYMPTOM_CAUSE, heading=ABOUT) == {
        ("anemia", "fatigue"), ("anemia", "pallor"), ("low platelet count", "petechiae"),
        ("spread of the disease to the central nervous system", "headache")}


def test_the_methods_that_measure_a_marker(tmp_path: Path) -> None:
    text = ("MRD should be measured by multiparameter flow cytometry, by quantitative PCR of "
            "gene rearrangements, or by next-generation sequencing, with a sensitivity of 10^-4. "
            "Measurement of minimal residual disease (MRD) by RT-PCR identifies patients at "
            "risk. MRD is not measured by a complete blood count.\n")
    assert of_text(tmp_path, text, R.MARKER, heading=ABOUT) == {
        ("flow cytometry", "minimal residual disease"),
        ("quantitative PCR", "minimal residual disease"),
        ("next-generation sequencing", "minimal residual disease"),
        ("reverse transcription polymerase chain reaction", "minimal residual disease"),
        ("minimal residual disease", "patients at risk")}


def test_a_drug_given_as_a_phase_and_a_class_named_with_its_tablets(tmp_path: Path) -> None:
    text = ("Therapy comprises induction, consolidation and maintenance given over 2 to 3 years, "
            "with intrathecal methotrexate as CNS prophylaxis throughout. In induction you'll "
            "have steroid tablets (dexamethasone or prednisolone) and vincristine.\n")
    assert of_text(tmp_path, text, R.PHASE_DRUGS, heading=ABOUT) == {
        ("CNS prophylaxis", "methotrexate"), ("induction", "corticosteroid"),
        ("induction", "dexamethasone"), ("induction", "prednisolone"),
        ("induction", "vincristine")}


def test_treatment_for_all_in_total_is_the_overall_treatment(tmp_path: Path) -> None:
    heading = "Treatment for ALL\n\n"
    text = ("Treatment for ALL takes 2 to 3 years in total. If your cells have the Philadelphia "
            "chromosome, you'll also have a targeted drug called imatinib.\n")
    facts = extract(write_doc(tmp_path, ABOUT + heading + text))
    assert pairs(facts, R.PHASE_DURATION) == {("overall treatment", "2-3 years")}
    assert pairs(facts, R.PHASE_DRUGS) == set()  # every drug is given in the whole treatment
