"""A drug page's list of uses: which phase each use names and which drugs it gives.

"X is approved to be used with Y to treat:" + "- <Disease> <setting>. It is used <with Z> ...":
the item's own sentence and the sentences that continue it speak of the drug the lead-in opens
with, and of the drugs it says are given with it; the setting may stand in the item's first
sentence (relapsed, newly diagnosed) or in the use itself (after surgery, patients who have
already been treated). Drugs the patients had before are history, never the phase's drugs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown, of_text

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS


def test_a_sentence_that_continues_an_item_speaks_of_the_lead_in_drug(tmp_path: Path) -> None:
    page = (
        "# Cisplatin\n\n## Use in Cancer\n\n"
        "Cisplatin is approved to be used with etoposide to treat:\n\n"
        "- **Small cell lung cancer.** It is used after surgery to remove the cancer.\n"
        "- **Acute myeloid leukemia** that is newly diagnosed. It is used with azacitidine in "
        "older adults.\n"
    )
    assert of_markdown(tmp_path, page, DRUGS) == {
        ("adjuvant therapy", "cisplatin"),
        ("adjuvant therapy", "etoposide"),
        ("first-line therapy", "cisplatin"),
        ("first-line therapy", "etoposide"),
        ("first-line therapy", "azacitidine"),
    }


def test_a_note_that_continues_an_item_is_no_use(tmp_path: Path) -> None:
    page = (
        "# Cisplatin\n\n## Use in Cancer\n\n"
        "Cisplatin is approved to treat:\n\n"
        "- **Bladder cancer** that has come back. This use is approved only for the tablet "
        "form of carboplatin.\n"
    )
    assert of_markdown(tmp_path, page, DRUGS) == {("salvage therapy", "cisplatin")}


def test_the_drug_given_with_the_lead_in_drug_follows_it_into_each_use(tmp_path: Path) -> None:
    page = (
        "# Ixabepilone\n\n## Use in Cancer\n\n"
        "Ixabepilone is approved to be used alone or with capecitabine to treat:\n\n"
        "- **Breast cancer** that has spread and did not respond to other chemotherapy.\n"
    )
    assert of_markdown(tmp_path, page, DRUGS) == {
        ("salvage therapy", "ixabepilone"),
        ("salvage therapy", "capecitabine"),
    }


def test_a_use_after_an_earlier_treatment_is_second_line(tmp_path: Path) -> None:
    page = (
        "# Regorafenib\n\n## Use in Cancer\n\n"
        "Regorafenib is approved to treat:\n\n"
        "- **Liver cancer.** It is used in patients who have already been treated with "
        "sorafenib.\n"
        "- **Colon cancer.** It is used with cetuximab in patients who have received "
        "chemotherapy that included oxaliplatin and irinotecan.\n"
    )
    assert of_markdown(tmp_path, page, DRUGS) == {
        ("second-line therapy", "regorafenib"),
        ("second-line therapy", "cetuximab"),
    }


def test_earlier_treatment_outside_a_list_of_uses_names_no_line(tmp_path: Path) -> None:
    text = "Daratumumab was approved for patients with myeloma who have received one prior therapy."
    assert of_text(tmp_path, text, DRUGS) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the drugs the disease was treated with before are history
        (
            "Nivolumab is used with ipilimumab in patients whose cancer got worse after "
            "treatment that included sorafenib.",
            {("salvage therapy", "nivolumab"), ("salvage therapy", "ipilimumab")},
        ),
        (
            "Trastuzumab is used with cisplatin in patients whose cancer was treated with a "
            "taxane but it is no longer working.",
            {("salvage therapy", "trastuzumab"), ("salvage therapy", "cisplatin")},
        ),
        # a participle coordinated before the relapse verb
        (
            "Treatment of melanoma that has metastasized or recurred may include nivolumab.",
            {("salvage therapy", "nivolumab")},
        ),
        # a long relative clause: its negation restricts the disease, the drug is still used
        (
            "Selpercatinib is approved to treat adults with cancer that has a RET fusion, has "
            "spread or cannot be removed by surgery, and has gotten worse after other treatment.",
            {("salvage therapy", "selpercatinib")},
        ),
        ("Selpercatinib should not be used in adults with cancer that has come back.", set()),
    ],
)
def test_relapse_settings_and_prior_drugs(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected


def test_two_verbs_of_failure_are_one_setting(tmp_path: Path) -> None:
    page = (
        "# Toripalimab\n\n## Use in Cancer\n\n"
        "Toripalimab is approved to treat:\n\n"
        "- **Nasopharyngeal carcinoma.** It is used:\n"
        "- Alone in adults whose cancer was treated with platinum chemotherapy that did not "
        "work or is no longer working.\n"
    )
    assert of_markdown(tmp_path, page, DRUGS) == {("salvage therapy", "toripalimab")}


def test_a_class_name_that_swallowed_a_verb_is_no_phase_drug(tmp_path: Path) -> None:
    page = (
        "# Lenvatinib\n\n## Use in Cancer\n\n"
        "Lenvatinib is approved to treat:\n\n"
        "- **Kidney cancer.** It is used:\n"
        "- With everolimus in adults who have received angiogenesis inhibitor therapy.\n"
    )
    found = of_markdown(tmp_path, page, DRUGS)
    assert ("second-line therapy", "everolimus") in found
    assert all("received" not in obj for _, obj in found)


def test_a_class_taken_as_a_phase_is_that_phase_drug(tmp_path: Path) -> None:
    text = (
        "Joint pain is common in women taking an aromatase inhibitor as an adjuvant treatment "
        "for early breast cancer."
    )
    assert of_text(tmp_path, text, DRUGS) == {("adjuvant therapy", "aromatase inhibitor")}


def test_disease_that_grew_during_treatment_is_the_salvage_setting(tmp_path: Path) -> None:
    text = (
        "Treatment of thyroid cancer may include targeted therapy (cabozantinib) for cancer "
        "that has continued to grow during treatment."
    )
    assert of_text(tmp_path, text, DRUGS) == {("salvage therapy", "cabozantinib")}


_RESEARCH_PAGE = (
    "# Advances in Kidney Cancer\n\n"
    "## Research in Kidney Cancer Treatment\n\n"
    "Researchers are looking at new ways to treat kidney cancer.\n\n"
    "### Immunotherapy\n\n"
    "{sentence}\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an approval a research section reports is the standard it sets
        (
            "Pembrolizumab was approved by the FDA as adjuvant therapy after surgery for "
            "kidney cancer.",
            {("adjuvant therapy", "pembrolizumab")},
        ),
        # what a trial gave is no phase of the standard treatment
        (
            "In one trial, patients received pembrolizumab as adjuvant therapy after surgery "
            "for kidney cancer.",
            set(),
        ),
    ],
)
def test_a_research_section_reports_trials_but_approvals_stand(
    tmp_path: Path, sentence: str, expected: set[tuple[str, str]]
) -> None:
    page = _RESEARCH_PAGE.format(sentence=sentence)
    assert of_markdown(tmp_path, page, DRUGS) == expected


def test_a_section_after_a_clinical_trials_section_is_not_research(tmp_path: Path) -> None:
    page = (
        "# Kidney Cancer Treatment\n\n"
        "## Treatment options\n\n"
        "### Clinical trials\n\n"
        "Some patients may want to take part in a clinical trial.\n\n"
        "### Treatment of newly diagnosed kidney cancer\n\n"
        "Treatment of kidney cancer may include sunitinib after surgery.\n\n"
        "### Treatment of recurrent kidney cancer\n\n"
        "Treatment of recurrent kidney cancer may include cabozantinib.\n"
    )
    assert of_markdown(tmp_path, page, DRUGS) == {
        ("adjuvant therapy", "sunitinib"),
        ("salvage therapy", "cabozantinib"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the drugs are the subject of the use; the class they are said to be describes them
        # (a draft: test_extract_phase_measures.py)
        (
            "Olaparib and niraparib are PARP inhibitors that may be used as maintenance therapy "
            "for ovarian cancer.",
            {("maintenance", "olaparib"), ("maintenance", "niraparib")},
        ),
        (
            "Nivolumab and pembrolizumab are PD-1 inhibitors used to treat recurrent melanoma.",
            {("salvage therapy", "nivolumab"), ("salvage therapy", "pembrolizumab")},
        ),
        # a class named only as what the drugs are, with no use, is no phase drug
        ("Nivolumab is a PD-1 inhibitor.", set()),
    ],
)
def test_a_class_the_drugs_are_and_that_is_used_in_a_phase(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected


def test_a_lead_in_drug_named_with_its_salt_opens_the_list(tmp_path: Path) -> None:
    page = (
        "# Sorafenib\n\n## Use in Cancer\n\n"
        "Sorafenib tosylate is approved to treat:\n\n"
        "- **Thyroid cancer** in patients whose cancer has come back after radioactive iodine.\n"
        "- **Kidney cancer** that is advanced.\n"
    )
    assert of_markdown(tmp_path, page, DRUGS) == {("salvage therapy", "sorafenib")}
