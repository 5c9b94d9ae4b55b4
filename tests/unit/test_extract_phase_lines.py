"""Lines of therapy told by an ordinal the lexicon's names miss, phases coordinated before the
drugs they share, and salvage therapy told by a failed treatment (with the near-misses that
must give no such fact)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown, of_text

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two ordinals share one head noun
        (
            "First- and second-line treatment for this cancer may include lenvatinib.",
            {("first-line therapy", "lenvatinib"), ("second-line therapy", "lenvatinib")},
        ),
        (
            "Second-line or third-line therapy often uses cabozantinib.",
            {("second-line therapy", "cabozantinib"), ("third-line therapy", "cabozantinib")},
        ),
        # a line the lexicon has beside one it lacks: only the known line is given
        (
            "Third-line and fifth-line treatment may include tivozanib.",
            {("third-line therapy", "tivozanib")},
        ),
        # an ordinal line used as an adverb or a setting
        ("Axitinib is used second line in kidney cancer.", {("second-line therapy", "axitinib")}),
        (
            "In the first-line setting, kidney cancer is treated with pazopanib.",
            {("first-line therapy", "pazopanib")},
        ),
        (
            "Sorafenib can be given as a second line of treatment for liver cancer.",
            {("second-line therapy", "sorafenib")},
        ),
        # the first line told as the first choice
        ("Metformin is usually the first choice for type 2 diabetes.",
         {("first-line therapy", "metformin")}),
        ("The first-choice treatment is levothyroxine.", {("first-line therapy", "levothyroxine")}),
        # a choice of the patients', not a line of treatment
        ("The first choice of patients is often ibuprofen.", set()),
    ],
)
def test_lines_told_by_ordinals_and_choice(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a line of something else, or an ordinal with no treatment word beside it
        "The skin is the first line of defence against infection, and penicillin helps.",
        "Read the first line of the label before taking ibuprofen.",
        # a line named as the treatment that failed is history, not the phase of the drug
        "Patients whose cancer failed first-line therapy had received sunitinib.",
    ],
)
def test_ordinal_near_misses(tmp_path: Path, text: str) -> None:
    assert not {p for p in of_text(tmp_path, text, DRUGS) if "line" in p[0]}


def test_heading_with_shared_ordinals(tmp_path: Path) -> None:
    page = ("# Kidney cancer\n\n## Second- and Third-Line Treatment\n\n"
            "Patients may receive cabozantinib.\n")
    assert of_markdown(tmp_path, page, DRUGS) == {
        ("second-line therapy", "cabozantinib"), ("third-line therapy", "cabozantinib"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Induction and consolidation both use cytarabine.",
            {("induction", "cytarabine"), ("consolidation", "cytarabine")},
        ),
        (
            "During induction or maintenance, patients take dexamethasone.",
            {("induction", "dexamethasone"), ("maintenance", "dexamethasone")},
        ),
        (
            "Induction, consolidation and maintenance all use methotrexate.",
            {("induction", "methotrexate"), ("consolidation", "methotrexate"),
             ("maintenance", "methotrexate")},
        ),
        # a comma between the phases is no coordination: the first is a point in time
        (
            "After induction and consolidation, maintenance uses mercaptopurine.",
            {("maintenance", "mercaptopurine")},
        ),
    ],
)
def test_phases_coordinated_before_drugs(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When the first treatment for liver cancer stops working, regorafenib is used.",
            {("salvage therapy", "regorafenib")},
        ),
        # the named line that failed is not the drug's phase
        (
            "When first-line chemotherapy for colon cancer no longer works, patients are given "
            "trifluridine.",
            {("salvage therapy", "trifluridine")},
        ),
        (
            "For cancer that has progressed after chemotherapy, nivolumab is given.",
            {("salvage therapy", "nivolumab")},
        ),
        (
            "Patients whose tumors grew during treatment with imatinib are treated with "
            "sunitinib.",
            {("salvage therapy", "sunitinib")},
        ),
        (
            "Once the cancer no longer responds to hormone therapy, enzalutamide is used.",
            {("salvage therapy", "enzalutamide")},
        ),
        (
            "At disease progression, lymphoma patients may receive bendamustine.",
            {("salvage therapy", "bendamustine")},
        ),
        # the drug the disease resists is history
        (
            "Imatinib-resistant tumors are treated with sunitinib.",
            {("salvage therapy", "sunitinib")},
        ),
        (
            "Patients whose lymphoma is resistant to rituximab often receive obinutuzumab.",
            {("salvage therapy", "obinutuzumab")},
        ),
        (
            "Idelalisib is used for lymphoma that has not responded to at least two other "
            "treatments.",
            {("salvage therapy", "idelalisib")},
        ),
        (
            "Upon recurrence, patients with lymphoma receive gemcitabine.",
            {("salvage therapy", "gemcitabine")},
        ),
    ],
)
def test_salvage_told_by_failure(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a symptom getting worse is no failed treatment
        "When the pain gets worse, patients with cancer take morphine.",
        # spread alone, with no treatment it happened on
        "Patients whose cancer has progressed to stage IV receive paclitaxel.",
        # an outcome, not a setting
        "Everolimus improved progression-free survival in kidney cancer.",
        "The recurrence rate of lymphoma after rituximab is low.",
        # a form of the disease named by what it resists
        "Castration-resistant prostate cancer is treated with docetaxel.",
        # a list of drugs the disease failed on, with no drug given
        "Patients whose cancer progressed on imatinib, sunitinib or regorafenib had few options.",
    ],
)
def test_failure_near_misses(tmp_path: Path, text: str) -> None:
    assert "salvage therapy" not in {p for p, _ in of_text(tmp_path, text, DRUGS)}


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "# Myeloma\n\n## Treatment of Newly Diagnosed Myeloma\n\n"
            "Most patients receive daratumumab with other drugs.\n",
            {("first-line therapy", "daratumumab")},
        ),
        (
            "# Colon cancer\n\n## When Treatment Stops Working\n\n"
            "Patients may then be given regorafenib.\n",
            {("salvage therapy", "regorafenib")},
        ),
        (
            "# Stomach cancer\n\n## Treatment After Surgery\n\n"
            "Many patients receive capecitabine.\n",
            {("adjuvant therapy", "capecitabine")},
        ),
        # a heading telling two settings gives neither
        (
            "# Myeloma\n\n## Newly Diagnosed and Relapsed Myeloma\n\n"
            "Patients may receive daratumumab.\n",
            set(),
        ),
        # the settings are a cancer's: an infection page's heading gives none
        (
            "# Sinusitis\n\n## When Treatment Stops Working\n\n"
            "Doctors may prescribe amoxicillin.\n",
            set(),
        ),
    ],
)
def test_setting_headings(tmp_path: Path, page: str, expected: set[tuple[str, str]]) -> None:
    assert of_markdown(tmp_path, page, DRUGS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The initial treatment is usually prednisone.", {("first-line therapy", "prednisone")}),
        ("Maintenance therapy is most often lenalidomide.", {("maintenance", "lenalidomide")}),
        (
            "For induction, bortezomib is another option.",
            {("induction", "bortezomib")},
        ),
        # a negated copula gives nothing
        ("Induction therapy is not dexamethasone alone.", set()),
    ],
)
def test_phase_copula_and_options(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the lead-in's own setting wins over the label above it
        (
            "# Colon cancer\n\n**First-line therapy**\n\nPatients receive oxaliplatin.\n\n"
            "Options for patients whose disease progresses include:\n\n- regorafenib\n",
            {("first-line therapy", "oxaliplatin"), ("salvage therapy", "regorafenib")},
        ),
        # a sentence that puts itself after the heading's phase does not take it
        (
            "# Colon cancer\n\n## First-line therapy\n\nPatients receive oxaliplatin. "
            "In patients with progressive disease after first-line treatment, panitumumab "
            "is given.\n",
            {("first-line therapy", "oxaliplatin"), ("salvage therapy", "panitumumab")},
        ),
        # "progressive" tells a failed treatment only of a cancer
        (
            "# Multiple sclerosis\n\nIn people with progressive disease, ocrelizumab is used.\n",
            set(),
        ),
    ],
)
def test_progression_in_lead_ins_and_under_headings(
    tmp_path: Path, page: str, expected: set[tuple[str, str]]
) -> None:
    assert of_markdown(tmp_path, page, DRUGS) == expected


def test_heading_naming_a_relapsed_disease_sets_salvage(tmp_path: Path) -> None:
    page = ("# Acute lymphoblastic leukemia\n\n## Treatment for Relapsed ALL\n\n"
            "Blinatumomab is an immunotherapy drug that can help.\n")
    assert of_markdown(tmp_path, page, DRUGS) == {("salvage therapy", "blinatumomab")}


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "# Graves disease\n\nBefore surgery, the doctor may prescribe methimazole to bring "
            "thyroid hormone levels down.\n",
            {("neoadjuvant therapy", "methimazole")},
        ),
        (
            "# Cushing syndrome\n\nPrior to the operation, patients may receive ketoconazole "
            "to lower cortisol.\n",
            {("neoadjuvant therapy", "ketoconazole")},
        ),
        # care around the operation, not the disease's treatment
        ("# Graves disease\n\nBefore surgery, you may be given midazolam to help you relax.\n",
         set()),
        ("# Gallstones\n\nBefore surgery, the doctor may prescribe cefazolin to prevent "
         "infection.\n", set()),
        # after an operation, outside cancer, no adjuvant therapy is told
        ("# Graves disease\n\nAfter surgery, most people take levothyroxine for life.\n",
         set()),
        # not fronted: the operation is one event among others
        ("# Graves disease\n\nThe doctor may prescribe methimazole before surgery or "
         "radioiodine.\n", set()),
    ],
)
def test_before_surgery_outside_cancer(
    tmp_path: Path, page: str, expected: set[tuple[str, str]]
) -> None:
    assert of_markdown(tmp_path, page, DRUGS) == expected


def test_prior_line_setting_takes_the_cancer_from_its_item(tmp_path: Path) -> None:
    page = ("# Cabozantinib\n\nCabozantinib is approved to treat:\n\n"
            "- Kidney carcinoma that is advanced. It is used with nivolumab in patients who "
            "have already been treated with sunitinib.\n")
    found = of_markdown(tmp_path, page, DRUGS)
    assert ("second-line therapy", "nivolumab") in found
    assert ("second-line therapy", "sunitinib") not in found  # what they had before


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "# Chronic lymphocytic leukemia\n\nIbrutinib is approved for previously untreated "
            "chronic lymphocytic leukemia.\n",
            {("first-line therapy", "ibrutinib")},
        ),
        (
            "# Mantle cell lymphoma\n\nFor patients with untreated mantle cell lymphoma, "
            "bendamustine is used.\n",
            {("first-line therapy", "bendamustine")},
        ),
        (
            "# Lung cancer\n\nPembrolizumab is used in treatment-naive patients.\n",
            {("first-line therapy", "pembrolizumab")},
        ),
        (
            "# Lung cancer\n\nOsimertinib is given to patients who have not received any "
            "treatment.\n",
            {("first-line therapy", "osimertinib")},
        ),
        # what happens without treatment; a drug the patients have not had
        ("# Lung cancer\n\nIf left untreated, the cancer spreads; cisplatin is used.\n", set()),
        ("# Lung cancer\n\nAlectinib is given to patients who have not been treated with "
         "crizotinib.\n", set()),
        # lines are a cancer's: an infection left untreated gives none
        ("# Syphilis\n\nFor people with untreated syphilis, penicillin is used.\n", set()),
    ],
)
def test_untreated_setting(tmp_path: Path, page: str, expected: set[tuple[str, str]]) -> None:
    assert {p for p in of_markdown(tmp_path, page, DRUGS) if p[0] == "first-line therapy"} == (
        expected
    )


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "# Colon cancer\n\nIn the second line, several drugs can help. Regorafenib is "
            "given by mouth.\n",
            {("second-line therapy", "regorafenib")},
        ),
        (
            "# Lung cancer\n\nFor previously untreated lung cancer, several drugs can help. "
            "Patients often receive pembrolizumab.\n",
            {("first-line therapy", "pembrolizumab")},
        ),
    ],
)
def test_new_settings_carry_to_the_next_sentence(
    tmp_path: Path, page: str, expected: set[tuple[str, str]]
) -> None:
    assert of_markdown(tmp_path, page, DRUGS) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "# Breast cancer\n\n## Adjuvant therapy\n\n### Chemotherapy\n\n"
            "Patients usually receive docetaxel and cyclophosphamide.\n",
            {("adjuvant therapy", "docetaxel"), ("adjuvant therapy", "cyclophosphamide")},
        ),
        # the evidence a sub-section reports gives no phase's drugs
        (
            "# Breast cancer\n\n## Adjuvant therapy\n\n### Pertuzumab\n\n"
            "In a randomized trial, patients received pertuzumab or placebo.\n",
            set(),
        ),
        # harms end the climb
        (
            "# Breast cancer\n\n## Adjuvant therapy\n\n### Side effects\n\n"
            "Nausea may be treated with ondansetron.\n",
            set(),
        ),
    ],
)
def test_phase_of_a_parent_heading(
    tmp_path: Path, page: str, expected: set[tuple[str, str]]
) -> None:
    assert of_markdown(tmp_path, page, DRUGS) == expected


@pytest.mark.parametrize(
    "page",
    [
        # a heading "After Surgery" over recovery care sets no adjuvant therapy
        "# Colon cancer\n\n## After Surgery\n\nYou may get pain medicine such as oxycodone.\n",
        # a line of text, not of treatment
        "# Colon cancer\n\nAs noted in the first line, imatinib is used.\n",
        # a risk of progression is an outcome, not a setting
        "# Breast cancer\n\nTamoxifen lowers the risk for progression in breast cancer.\n",
    ],
)
def test_setting_near_misses(tmp_path: Path, page: str) -> None:
    assert of_markdown(tmp_path, page, DRUGS) == set()
