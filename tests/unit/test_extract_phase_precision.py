"""Phase facts only where a sentence states a phase of the page's own treatment.

A patient's history, a trial's entry criteria or arms, a drug's other uses, supportive care
(drugs against infections or symptoms), and how long a side effect, a hospital stay, a
follow-up or one drug's schedule lasts give no phase_duration or phase_drugs fact. The general
structures that do state one are read: a relapsed disease as the subject of "is treated with",
"if the cancer comes back", "need to take medicines for N months", two durations coordinated
with their populations.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS
DURATION = Relation.PHASE_DURATION


def page(title: str, body: str, heading: str = "") -> str:
    return f"# {title}\n\n" + (f"## {heading}\n\n" if heading else "") + body + "\n"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a patient's history (past perfect) or a trial's entry criteria
        ("Hodgkin lymphoma",
         "Patients in the trial had received induction chemotherapy with doxorubicin first."),
        ("Breast cancer",
         "To be eligible, women must have completed adjuvant therapy with tamoxifen at least "
         "12 months earlier."),
        ("Acute lymphoblastic leukemia",
         "Children who had been treated for relapsed leukemia with clofarabine had more "
         "infections."),
        ("Acute lymphoblastic leukemia", "In the past, maintenance therapy lasted 3 years."),
        # research and its arms
        ("Melanoma",
         "In one study, patients with relapsed melanoma were treated with dabrafenib and "
         "trametinib."),
        ("Colon cancer",
         "Patients with recurrent colon cancer may join trials testing new drugs such as "
         "pembrolizumab."),
        ("Lung cancer",
         "Patients with relapsed disease who received docetaxel lived longer than those who "
         "received pemetrexed."),
        ("Breast cancer", "Maintenance trastuzumab was given to 300 women in the HERA study."),
        ("Colon cancer",
         "Adjuvant chemotherapy for 3 months was as good as 6 months in the IDEA trial."),
        # a drug's use for another disease
        ("Acute lymphoblastic leukemia",
         "Imatinib is also used to treat gastrointestinal stromal tumors in patients whose "
         "cancer has come back."),
        # supportive care: infections, symptoms, what else the patient takes
        ("Acute lymphoblastic leukemia",
         "During induction, patients may need antibiotics such as ciprofloxacin to prevent "
         "infections."),
        ("Lung cancer",
         "Patients with relapsed lung cancer are at risk of blood clots and may need heparin."),
    ],
)
def test_no_phase_fact_where_none_is_stated(tmp_path: Path, title: str, body: str) -> None:
    text = page(title, body)
    assert of_markdown(tmp_path, text, DRUGS) == set()
    assert of_markdown(tmp_path, text, DURATION) == set()


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Maintenance", "Tell your doctor if you take allopurinol, because it changes how "
                        "mercaptopurine works."),
        ("Induction", "Ondansetron helps with nausea."),
        ("Adjuvant therapy", "Nausea can be treated with ondansetron."),
    ],
)
def test_supportive_care_under_a_phase_heading_gives_no_drug(
    tmp_path: Path, heading: str, body: str
) -> None:
    assert of_markdown(tmp_path, page("Breast cancer", body, heading), DRUGS) == set()


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # how long a side effect, a stay, a follow-up or one drug's schedule lasts
        ("Lung cancer", "Nausea from the induction chemotherapy usually lasts for 2 to 3 days."),
        ("Lymphoma", "Patients usually stay in the hospital for 4 weeks during induction."),
        ("Lung cancer",
         "After surgery, patients are monitored with CT scans every 6 months for 2 years."),
        ("Acute lymphoblastic leukemia",
         "Blinatumomab is given as a continuous infusion for 28 days in relapsed leukemia."),
        ("Ulcerative colitis",
         "If aminosalicylates do not help, your doctor may prescribe corticosteroids for a few "
         "weeks."),
    ],
)
def test_no_duration_of_something_else(tmp_path: Path, title: str, body: str) -> None:
    assert of_markdown(tmp_path, page(title, body), DURATION) == set()


def test_a_phase_that_frames_the_sentence_still_lasts_when_said_so(tmp_path: Path) -> None:
    text = page("Tuberculosis", "Four drugs are given during the intensive phase, which lasts "
                                "2 months.")
    assert of_markdown(tmp_path, text, DURATION) == {("intensive phase", "2 months")}


def test_a_relapsed_disease_as_the_subject_of_its_treatment(tmp_path: Path) -> None:
    text = page("Lung cancer", "Recurrent lung cancer is often treated with docetaxel or "
                               "pemetrexed.")
    assert of_markdown(tmp_path, text, DRUGS) == {
        ("salvage therapy", "docetaxel"), ("salvage therapy", "pemetrexed")
    }


@pytest.mark.parametrize(
    "body",
    [
        "If the lymphoma comes back, patients may be treated with ibrutinib or bendamustine.",
        "When the cancer returns, treatment may include ibrutinib and bendamustine.",
    ],
)
def test_the_disease_coming_back_is_the_salvage_setting(tmp_path: Path, body: str) -> None:
    assert of_markdown(tmp_path, page("Lymphoma", body), DRUGS) == {
        ("salvage therapy", "ibrutinib"), ("salvage therapy", "bendamustine")
    }


def test_the_course_told_by_how_long_medicines_are_taken(tmp_path: Path) -> None:
    text = page("Tuberculosis", "People with TB disease need to take medicine for at least "
                                "6 months.")
    assert of_markdown(tmp_path, text, DURATION) == {("overall treatment", "at least 6 months")}


def test_durations_coordinated_with_their_populations(tmp_path: Path) -> None:
    text = page("Acute lymphoblastic leukemia",
                "Maintenance therapy is given for about two years to girls and three years to "
                "boys.")
    assert of_markdown(tmp_path, text, DURATION) == {
        ("maintenance", "about 2 years"), ("maintenance", "3 years")
    }


def test_a_drug_the_patient_cannot_take_is_not_given(tmp_path: Path) -> None:
    text = page("Breast cancer", "Women who cannot take tamoxifen may receive an aromatase "
                                 "inhibitor as adjuvant therapy.")
    assert of_markdown(tmp_path, text, DRUGS) == {("adjuvant therapy", "aromatase inhibitor")}


def test_a_later_clause_about_relapse_is_not_the_phase_named_before(tmp_path: Path) -> None:
    text = page("Acute myeloid leukemia",
                "Induction with cytarabine and daunorubicin is the standard; relapse is treated "
                "with gilteritinib if a FLT3 mutation is found.")
    assert of_markdown(tmp_path, text, DRUGS) == {
        ("induction", "cytarabine"), ("induction", "daunorubicin")
    }


def test_a_heading_about_harms_gives_its_phase_to_nothing(tmp_path: Path) -> None:
    text = page("Hodgkin lymphoma", "Some drugs can cause problems:\n\n- Vincristine: numbness\n"
                "- Prednisone: mood changes", heading="Side effects of induction")
    assert of_markdown(tmp_path, text, DRUGS) == set()


@pytest.mark.parametrize(
    "heading", ["Treatment of relapsed Hodgkin lymphoma", "Recurrent Hodgkin lymphoma"]
)
def test_a_heading_naming_a_relapsed_cancer_sets_the_salvage_setting(
    tmp_path: Path, heading: str
) -> None:
    text = page("Hodgkin lymphoma", "Treatment may include a stem cell transplant or "
                                    "brentuximab vedotin.", heading=heading)
    assert of_markdown(tmp_path, text, DRUGS) == {("salvage therapy", "brentuximab vedotin")}


def test_a_recurrent_infection_heading_is_no_salvage_setting(tmp_path: Path) -> None:
    text = page("Urinary tract infection", "Some women take an antibiotic such as "
                "nitrofurantoin after sex.", heading="Recurrent infections")
    assert of_markdown(tmp_path, text, DRUGS) == set()


def test_keeping_the_disease_in_remission_is_maintenance(tmp_path: Path) -> None:
    text = page("Crohn disease", "To keep the disease in remission, doctors prescribe "
                                 "azathioprine or mercaptopurine.")
    assert of_markdown(tmp_path, text, DRUGS) == {
        ("maintenance", "azathioprine"), ("maintenance", "mercaptopurine")
    }


@pytest.mark.parametrize(
    "body",
    [
        "It may take 6 to 8 weeks of treatment before the skin improves.",
        "Treatment usually takes 2 weeks to work.",
    ],
)
def test_time_until_an_effect_is_no_duration(tmp_path: Path, body: str) -> None:
    assert of_markdown(tmp_path, page("Acne", body), DURATION) == set()


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Anesthesia", "Induction of anesthesia uses propofol."),
        ("Heart failure", "Loading doses of digoxin are given over a day, followed by a "
                          "maintenance dose."),
        ("Asthma", "Inhaled corticosteroids are the preferred maintenance medicine, and "
                   "albuterol is a rescue medicine."),
    ],
)
def test_a_phase_word_in_another_sense_or_clause_gives_no_drug(
    tmp_path: Path, title: str, body: str
) -> None:
    found = of_markdown(tmp_path, page(title, body), DRUGS)
    assert not {d for _, d in found} & {"propofol", "digoxin", "albuterol"}


@pytest.mark.parametrize(
    "body",
    [
        "Before surgery, patients drink a bowel preparation with polyethylene glycol.",
        "After surgery, patients may take oxycodone for a few days.",
    ],
)
def test_drugs_around_an_operation_are_not_adjuvant_by_the_page_title_alone(
    tmp_path: Path, body: str
) -> None:
    text = page("Colon cancer", body)
    assert of_markdown(tmp_path, text, DRUGS) == set()
    assert of_markdown(tmp_path, text, DURATION) == set()


def test_a_cancer_named_in_the_sentence_still_makes_after_surgery_adjuvant(
    tmp_path: Path,
) -> None:
    text = page("Breast cancer", "After surgery, most women with hormone receptor-positive "
                                 "cancer take tamoxifen.")
    assert of_markdown(tmp_path, text, DRUGS) == {("adjuvant therapy", "tamoxifen")}


def test_the_treatment_of_an_infection_page_is_no_supportive_care(tmp_path: Path) -> None:
    text = page("Tuberculosis", "Treatment for latent TB infection with isoniazid lasts "
                                "9 months.")
    assert of_markdown(tmp_path, text, DURATION) == {("overall treatment", "9 months")}


def test_coordinated_drug_subjects_are_the_options_of_a_phase(tmp_path: Path) -> None:
    text = page("Breast cancer", "Tamoxifen or an aromatase inhibitor is used for 5 years.",
                heading="Adjuvant therapy")
    assert of_markdown(tmp_path, text, DURATION) == {("adjuvant therapy", "5 years")}


@pytest.mark.parametrize(
    "body",
    [
        "Whether induction should include rituximab is still debated.",
        "Scientists hope that CAR T-cell therapy such as axicabtagene ciloleucel will replace "
        "salvage chemotherapy.",
        "Some doctors think consolidation with radiation may help, but others give rituximab.",
    ],
)
def test_an_open_question_a_hope_or_a_contrast_gives_no_drug(tmp_path: Path, body: str) -> None:
    assert of_markdown(tmp_path, page("Lymphoma", body), DRUGS) == set()


def test_a_drug_naming_its_phase_is_no_drug_schedule(tmp_path: Path) -> None:
    text = page("Follicular lymphoma", "Rituximab maintenance is given every 2 months for "
                                       "2 years.")
    assert of_markdown(tmp_path, text, DURATION) == {("maintenance", "2 years")}
