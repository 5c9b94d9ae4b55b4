"""Phase facts read from the structure of a page, and none where the structure says otherwise.

Lists whose markup was lost ("may include the following: - A. - B.") are read item by item
with their lead-in, also when a sentence break splits the list; a contraction written without
its apostrophe ("dont") still negates; a course the patients already completed, a group
defined by a device rather than the disease, a disease prevented beside the treatment, a
purpose such as protecting the bones, and an aside about another cancer give no phase fact.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS
DURATION = Relation.PHASE_DURATION


def page(title: str, *paragraphs: str) -> str:
    return f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n"


# -- lists flattened into a sentence ----------------------------------------------------------


def test_each_flattened_item_reads_with_the_lead_in(tmp_path: Path) -> None:
    text = page(
        "Melanoma",
        "Treatment of recurrent melanoma may include the following: - Immunotherapy with "
        "nivolumab. - Targeted therapy with dabrafenib. - Palliative surgery.",
    )
    assert of_markdown(tmp_path, text, DRUGS) == {
        ("salvage therapy", "nivolumab"), ("salvage therapy", "dabrafenib")
    }


def test_a_trial_item_does_not_silence_the_other_items(tmp_path: Path) -> None:
    text = page(
        "Melanoma",
        "Treatment of stage II melanoma may include the following: - Wide excision. - Surgery "
        "followed by immunotherapy with interferon if the cancer is likely to come back. - A "
        "clinical trial of new drugs to be given after surgery.",
    )
    assert of_markdown(tmp_path, text, DRUGS) == {("adjuvant therapy", "interferon")}


def test_the_trial_item_itself_gives_no_drug(tmp_path: Path) -> None:
    text = page(
        "Melanoma",
        "Treatment of recurrent melanoma may include the following: - Immunotherapy with "
        "nivolumab. - A clinical trial of new drugs such as pembrolizumab compared with "
        "chemotherapy.",
    )
    assert of_markdown(tmp_path, text, DRUGS) == {("salvage therapy", "nivolumab")}


def test_a_lead_in_naming_the_relapsed_setting_among_others(tmp_path: Path) -> None:
    text = page(
        "Melanoma",
        "Treatment of stage III melanoma that cannot be removed, stage IV melanoma, and "
        "recurrent melanoma may include the following: - Immunotherapy with pembrolizumab. "
        "Two drugs are sometimes combined. - Targeted therapy with trametinib.",
    )
    assert of_markdown(tmp_path, text, DRUGS) == {
        ("salvage therapy", "pembrolizumab"), ("salvage therapy", "trametinib")
    }


def test_items_after_a_research_lead_in_give_no_phase(tmp_path: Path) -> None:
    text = page(
        "Melanoma",
        "Treatments being studied in clinical trials for recurrent melanoma include the "
        "following: - Vaccine therapy. Some vaccines are combined. - Targeted therapy with "
        "trametinib.",
    )
    assert of_markdown(tmp_path, text, DRUGS) == set()


# -- negation, history, other groups ---------------------------------------------------------


def test_a_contraction_without_its_apostrophe_negates(tmp_path: Path) -> None:
    text = page(
        "Atrial fibrillation",
        "Many people who have atrial fibrillation dont need to take blood-thinning medicines "
        "for the rest of their lives.",
    )
    assert of_markdown(tmp_path, text, DRUGS) == set()
    assert of_markdown(tmp_path, text, DURATION) == set()


def test_a_group_defined_by_a_device_is_not_the_disease_course(tmp_path: Path) -> None:
    text = page(
        "Mitral valve prolapse",
        "People who have a mechanical heart valve must take blood-thinning medicines for the "
        "rest of their lives.",
    )
    assert of_markdown(tmp_path, text, DRUGS) == set()
    assert of_markdown(tmp_path, text, DURATION) == set()


def test_a_course_already_completed_is_a_point_in_time(tmp_path: Path) -> None:
    text = page(
        "Breast cancer",
        "Women who took anastrozole after they completed 5 years of tamoxifen therapy had "
        "fewer recurrences.",
    )
    assert of_markdown(tmp_path, text, DURATION) == set()
    assert of_markdown(tmp_path, text, DRUGS) == set()


def test_a_span_of_treatment_still_gives_the_course(tmp_path: Path) -> None:
    text = page("Breast cancer", "Most women need 5 years of tamoxifen therapy.")
    assert of_markdown(tmp_path, text, DURATION) == {("overall treatment", "5 years")}
    assert of_markdown(tmp_path, text, DRUGS) == {("overall treatment", "tamoxifen")}


def test_a_group_that_had_the_phase_before_gives_no_duration(tmp_path: Path) -> None:
    text = page(
        "Breast cancer",
        "Women who had adjuvant therapy for 5 years may continue it for 5 more years.",
    )
    assert of_markdown(tmp_path, text, DURATION) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Trimethoprim-sulfamethoxazole is given during maintenance to prevent pneumonia.",
        "Zoledronic acid is given during maintenance to protect the bones.",
    ],
)
def test_care_beside_the_phase_gives_no_drug(tmp_path: Path, body: str) -> None:
    assert of_markdown(tmp_path, page("Acute lymphoblastic leukemia", body), DRUGS) == set()


def test_a_drug_given_in_the_phase_is_still_read(tmp_path: Path) -> None:
    text = page("Acute lymphoblastic leukemia", "Mercaptopurine is given during maintenance.")
    assert of_markdown(tmp_path, text, DRUGS) == {("maintenance", "mercaptopurine")}


def test_an_aside_about_another_cancer_gives_no_phase(tmp_path: Path) -> None:
    text = page(
        "Breast cancer",
        "Breast cancer is the most common cancer in women.",
        "In men with prostate cancer, adjuvant therapy with bicalutamide is used.",
        "In women with early breast cancer, adjuvant therapy with anastrozole is used.",
    )
    assert of_markdown(tmp_path, text, DRUGS) == {("adjuvant therapy", "anastrozole")}


# -- structures that state a phase -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "duration"),
    [
        ("The medicine is usually given for 7 to 10 days.", "7-10 days"),
        ("Most people take antibiotics for 2 weeks.", "2 weeks"),
    ],
)
def test_medicines_in_general_given_for_a_span_are_the_course(
    tmp_path: Path, body: str, duration: str
) -> None:
    text = page("Kidney infection", body)
    assert of_markdown(tmp_path, text, DURATION) == {("overall treatment", duration)}


def test_one_drug_given_for_a_span_is_its_schedule(tmp_path: Path) -> None:
    text = page("Acute lymphoblastic leukemia", "Blinatumomab is given for 28 days.")
    assert of_markdown(tmp_path, text, DURATION) == set()


def test_a_span_that_ends_at_surgery(tmp_path: Path) -> None:
    text = page("Breast cancer", "Neoadjuvant chemotherapy is given for 3 to 4 months before "
                                 "surgery.")
    assert of_markdown(tmp_path, text, DURATION) == {("neoadjuvant therapy", "3-4 months")}


def test_a_disease_that_comes_back_without_an_article(tmp_path: Path) -> None:
    text = page("Melanoma", "If melanoma comes back, it is treated with cobimetinib.")
    assert of_markdown(tmp_path, text, DRUGS) == {("salvage therapy", "cobimetinib")}


def test_a_drug_taken_under_a_phase_heading(tmp_path: Path) -> None:
    text = page(
        "Acute lymphoblastic leukemia", "## Maintenance",
        "Mercaptopurine is taken every day by mouth.",
    )
    assert of_markdown(tmp_path, text, DRUGS) == {("maintenance", "mercaptopurine")}


def test_a_drug_named_for_its_side_effects_is_not_given_in_the_phase(tmp_path: Path) -> None:
    text = page(
        "Acute lymphoblastic leukemia", "## Maintenance",
        "Maintenance usually lasts 2 years; the side effects of vincristine can include "
        "numbness in the fingers.",
    )
    assert of_markdown(tmp_path, text, DRUGS) == set()
    assert of_markdown(tmp_path, text, DURATION) == {("maintenance", "2 years")}


def test_follow_up_after_a_finished_phase_is_not_its_length(tmp_path: Path) -> None:
    text = page("Colon cancer", "Patients who finish adjuvant therapy are seen every 3 months "
                                "for 2 years.")
    assert of_markdown(tmp_path, text, DURATION) == set()


def test_a_phase_the_group_cannot_have_gives_it_no_drugs(tmp_path: Path) -> None:
    text = page(
        "Acute myeloid leukemia",
        "Older adults who cannot have intensive induction may be treated with azacitidine and "
        "venetoclax.",
        "Children who complete induction then receive consolidation with cytarabine.",
    )
    assert of_markdown(tmp_path, text, DRUGS) == {("consolidation", "cytarabine")}


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("People with late Lyme disease need antibiotics for 4 weeks.",
         {("overall treatment", "4 weeks")}),
        ("People who need treatment for several weeks should see a specialist.", set()),
        ("Some people need physical therapy for several months.", set()),
    ],
)
def test_a_need_for_medicines_over_a_span_is_the_course(
    tmp_path: Path, body: str, found: set[tuple[str, str]]
) -> None:
    text = page("Lyme disease", "Lyme disease is spread by ticks.", body)
    assert of_markdown(tmp_path, text, DURATION) == found


@pytest.mark.parametrize(
    "body",
    ["Radiation therapy is given for 6 weeks.", "Physical therapy is given for 6 weeks."],
)
def test_a_course_of_another_modality_is_not_the_drug_course(tmp_path: Path, body: str) -> None:
    assert of_markdown(tmp_path, page("Lung cancer", body), DURATION) == set()


def test_a_group_named_by_its_relapse_is_not_history(tmp_path: Path) -> None:
    text = page("Lung cancer", "Patients who had relapsed disease are treated with docetaxel.")
    assert of_markdown(tmp_path, text, DRUGS) == {("salvage therapy", "docetaxel")}


def test_a_trial_item_in_a_real_list_gives_no_drug(tmp_path: Path) -> None:
    text = page(
        "Hodgkin lymphoma",
        "Treatment of recurrent Hodgkin lymphoma may include the following:",
        "- A clinical trial of nivolumab.\n- Targeted therapy with brentuximab vedotin.",
    )
    assert of_markdown(tmp_path, text, DRUGS) == {("salvage therapy", "brentuximab vedotin")}


def test_a_research_list_under_a_relapse_heading_gives_no_phase(tmp_path: Path) -> None:
    text = page(
        "Hodgkin lymphoma", "## Recurrent Hodgkin lymphoma",
        "Treatments being tested include the following: - Vaccine therapy. Some patients get "
        "more than one. - Targeted therapy with ibrutinib.",
    )
    assert of_markdown(tmp_path, text, DRUGS) == set()


def test_a_setting_in_the_tail_of_an_item_is_not_the_next_items_phase(tmp_path: Path) -> None:
    text = page(
        "Hodgkin lymphoma",
        "Treatment during pregnancy may include the following: - Watchful waiting. Patients "
        "with recurrent disease after pregnancy may need more treatment. - Chemotherapy with "
        "vinblastine.",
    )
    assert of_markdown(tmp_path, text, DRUGS) == set()


def test_a_drug_for_relief_in_a_phase_list_is_care_beside_it(tmp_path: Path) -> None:
    text = page(
        "Colon cancer",
        "Treatment of recurrent colon cancer may include the following: - Chemotherapy with "
        "irinotecan. - Palliative care with morphine to relieve pain.",
    )
    assert of_markdown(tmp_path, text, DRUGS) == {("salvage therapy", "irinotecan")}


@pytest.mark.parametrize(
    ("title", "paragraphs", "found"),
    [
        ("Gastrointestinal stromal tumor",
         ("Imatinib is taken for 3 years after surgery to keep the tumor from coming back.",),
         {("adjuvant therapy", "3 years")}),
        ("Follicular lymphoma",
         ("## Maintenance", "Rituximab is given every 2 months for 2 years."),
         {("maintenance", "2 years")}),
        ("Acute lymphoblastic leukemia",
         ("## Induction", "Dexamethasone is given for 5 days."),
         set()),
    ],
)
def test_one_drug_given_for_months_or_years_gives_its_phase_length(
    tmp_path: Path, title: str, paragraphs: tuple[str, ...], found: set[tuple[str, str]]
) -> None:
    assert of_markdown(tmp_path, page(title, *paragraphs), DURATION) == found


def test_a_disease_that_did_not_respond_to_earlier_drugs_is_refractory(tmp_path: Path) -> None:
    text = page(
        "Chronic myeloid leukemia",
        "Bosutinib is used in adults whose leukemia did not respond to other kinase inhibitors.",
    )
    assert of_markdown(tmp_path, text, DRUGS) == {("salvage therapy", "bosutinib")}


def test_people_who_do_not_respond_to_other_medicines_are_no_relapse(tmp_path: Path) -> None:
    text = page(
        "Ulcerative colitis",
        "Doctors prescribe infliximab for people who do not respond to other medicines.",
    )
    assert of_markdown(tmp_path, text, DRUGS) == set()


def test_a_phase_after_a_hyphenated_word_is_still_a_point_in_time(tmp_path: Path) -> None:
    text = page("Breast cancer", "Neratinib may be given for 1 year after trastuzumab-based "
                                 "adjuvant therapy.")
    assert of_markdown(tmp_path, text, DRUGS) == set()
    assert of_markdown(tmp_path, text, DURATION) == set()


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("The disease can come back within months, and is treated by restarting "
         "corticosteroids.", {("salvage therapy", "corticosteroid")}),
        ("The disease can come back, so patients are checked often.", set()),
    ],
)
def test_a_disease_that_can_recur_and_is_treated_again(
    tmp_path: Path, body: str, found: set[tuple[str, str]]
) -> None:
    text = page("Acute disseminated encephalomyelitis", body)
    assert of_markdown(tmp_path, text, DRUGS) == found


def test_treatment_under_a_modality_heading_is_not_the_drug_course(tmp_path: Path) -> None:
    text = page("Lung cancer", "## Radiation therapy", "Treatment is given for 6 weeks.")
    assert of_markdown(tmp_path, text, DURATION) == set()
