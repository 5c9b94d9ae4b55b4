"""Phase facts held back by the shape of the text, and phases read from its structure.

Held back: a bracket that restates a point in time ("a week after the first dose (7-9 days)"),
a phase the sentence says is missing ("there are no effective second-line options"), a trial
told by "the trial that tested X" or its placebo group, a class in apposition to its one drug
("the anti-HER2 antibody, trastuzumab,"), a drug measured rather than given ("GH levels"), the
parts of a combination drug, a drug the disease progressed or recurred despite.

Read: the phase of a parent heading for a length told only as "duration of therapy", "used as
part of <phase>", the span before a phase word qualifying a drug ("5 years of adjuvant X"),
"In children, it is used as the first treatment", "whose cancer did not get better after",
an approval "for patients with <relapsed> cancer" and its evidence "based on results from a
trial", "new antibiotics if a relapse occurs".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS
DURATION = Relation.PHASE_DURATION


def page(title: str, body: str) -> str:
    return f"# {title}\n\n{body}\n"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a bracket restating when something happens is no length of treatment
        ("Scabies",
         "Treatment is repeated about a week after the first treatment (7-10 days, depending on "
         "the cream)."),
        # a phase said to be missing
        ("Head and neck cancer",
         "There are no effective second-line therapy options for patients with head and neck "
         "cancer treated with cisplatin."),
        # the drug the disease recurred despite is history, not the salvage regimen
        ("Head and neck cancer",
         "Nivolumab helps patients whose cancer has progressed or recurred despite treatment "
         "with carboplatin."),
        # a trial told by what it tested, and its placebo group
        ("Pancreatic cancer",
         "The trial that tested daily sunitinib as first-line therapy was stopped early."),
        ("Pancreatic cancer",
         "First-line therapy with everolimus was compared with a placebo in 400 patients."),
        # a hormone measured before surgery is not a drug given before it
        ("Acromegaly",
         "Surgery works best in patients with blood GH levels below 40 ng/ml before the "
         "operation."),
    ],
)
def test_no_phase_fact_from_these_shapes(tmp_path: Path, title: str, body: str) -> None:
    text = page(title, body)
    assert {o for _, o in of_markdown(tmp_path, text, DRUGS)} <= {"nivolumab"}
    assert of_markdown(tmp_path, text, DURATION) == set()


def test_a_bracket_that_gives_a_length_still_counts(tmp_path: Path) -> None:
    text = page("Tuberculosis", "Treatment of tuberculosis usually lasts (about 6 months) in "
                                "most adults.")
    assert of_markdown(tmp_path, text, DURATION) == {("overall treatment", "about 6 months")}


def test_the_drug_a_disease_recurred_despite_is_not_given(tmp_path: Path) -> None:
    text = page("Head and neck cancer",
                "Nivolumab is used for patients whose cancer has progressed or recurred despite "
                "treatment with carboplatin.")
    assert of_markdown(tmp_path, text, DRUGS) == {("salvage therapy", "nivolumab")}


def test_a_class_in_apposition_to_its_drug_is_not_a_second_drug(tmp_path: Path) -> None:
    text = page("Breast cancer",
                "The anti-HER2 antibody, trastuzumab, is given as adjuvant therapy.\n\n"
                "Adjuvant therapy uses an anthracycline, cyclophosphamide, and docetaxel.")
    assert of_markdown(tmp_path, text, DRUGS) == {
        ("adjuvant therapy", "trastuzumab"), ("adjuvant therapy", "anthracycline"),
        ("adjuvant therapy", "cyclophosphamide"), ("adjuvant therapy", "docetaxel"),
    }


def test_the_parts_of_a_combination_drug_are_not_listed_drugs(tmp_path: Path) -> None:
    text = page("Ulcerative colitis",
                "Aminosalicylates help people stay in remission. Aminosalicylates include:\n\n"
                "- balsalazide\n- sulfasalazine, a combination of sulfapyridine and mesalamine\n\n"
                "Maintenance uses mercaptopurine and a combination of methotrexate and "
                "prednisone.")
    found = {o for _, o in of_markdown(tmp_path, text, DRUGS)}
    assert "sulfapyridine" not in found and "mesalamine" not in found
    assert {"balsalazide", "sulfasalazine", "mercaptopurine", "methotrexate",
            "prednisone"} <= found


def test_a_generic_length_takes_the_phase_of_the_parent_heading(tmp_path: Path) -> None:
    text = ("#### Postoperative therapy for breast cancer\n\nSurgery comes first.\n\n"
            "##### Trastuzumab\n\nThe duration of therapy with trastuzumab is 1 year.\n")
    assert of_markdown(tmp_path, text, DURATION) == {("adjuvant therapy", "1 year")}
    assert of_markdown(tmp_path, text, DRUGS) == {("adjuvant therapy", "trastuzumab")}


def test_a_whole_course_stays_the_whole_course_under_a_phase_heading(tmp_path: Path) -> None:
    text = ("# Leukemia\n\n## Maintenance therapy\n\nThe duration of therapy is 2 years.\n\n"
            "The total duration of treatment is 3 years.\n")
    assert of_markdown(tmp_path, text, DURATION) == {
        ("maintenance", "2 years"), ("overall treatment", "3 years")}


def test_used_as_part_of_a_phase(tmp_path: Path) -> None:
    text = page("Follicular lymphoma",
                "Rituximab is often used as part of induction therapy for follicular lymphoma.")
    assert of_markdown(tmp_path, text, DRUGS) == {("induction", "rituximab")}


def test_the_span_before_a_phase_word_qualifying_a_drug(tmp_path: Path) -> None:
    text = page("Breast cancer",
                "Women take 5 years of adjuvant tamoxifen to lower the chance of recurrence.\n\n"
                "Women who are premenopausal after 5 years of adjuvant letrozole may go on.")
    assert of_markdown(tmp_path, text, DURATION) == {("adjuvant therapy", "5 years")}


def test_uses_told_after_a_population(tmp_path: Path) -> None:
    text = ("# Imatinib\n\nImatinib is approved to treat:\n\n"
            "- Acute lymphoblastic leukemia that is Philadelphia chromosome positive. In "
            "children, it is used with chemotherapy as the first treatment.\n"
            "- Renal cell carcinoma. It is used alone in patients whose cancer did not get "
            "better after one treatment with systemic therapy.\n")
    assert of_markdown(tmp_path, text, DRUGS) == {
        ("first-line therapy", "imatinib"), ("salvage therapy", "imatinib")}


def test_an_approval_for_patients_with_refractory_cancer(tmp_path: Path) -> None:
    text = page("Thyroid cancer",
                "In 2014, the FDA approved lenvatinib for the treatment of patients with "
                "radioactive iodine-refractory thyroid cancer based on results from the SELECT "
                "trial.\n\nIn 2012, based on the findings from these trials, the FDA approved "
                "cabozantinib for patients with recurrent thyroid cancer.")
    assert of_markdown(tmp_path, text, DRUGS) == {
        ("salvage therapy", "lenvatinib"), ("salvage therapy", "cabozantinib")}


def test_a_relapse_told_as_an_event_is_the_salvage_setting(tmp_path: Path) -> None:
    text = page("Lyme disease",
                "The doctor will prescribe additional or new antibiotics if a relapse occurs.\n\n"
                "Antibiotics are common. A relapse is rare.")
    assert of_markdown(tmp_path, text, DRUGS) == {("salvage therapy", "antibiotic")}


def test_an_approval_for_a_drug_named_with_its_brand(tmp_path: Path) -> None:
    text = page("Head and neck cancer",
                "The FDA granted approval for pembrolizumab (Keytruda), for the treatment of "
                "patients with recurrent head and neck cancer.")
    assert of_markdown(tmp_path, text, DRUGS) == {("salvage therapy", "pembrolizumab")}
