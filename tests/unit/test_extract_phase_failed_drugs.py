"""Salvage therapy told by a failed treatment the patient did not answer, and the failed drug.

"If you do not respond to A, B is used", "If A does not relieve the pain, B is given": the
patients no longer answer A, so B is the next treatment (salvage therapy). A drug named as
what failed ("If A stops working, B is used", "If you don't respond to A") is the history B
follows, never one of B's phase drugs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS


def page(title: str, body: str) -> str:
    return f"# {title}\n\n{body}\n"


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("Autoimmune hepatitis",
         "If you don't respond to prednisone, your doctor will prescribe azathioprine.",
         {"azathioprine"}),
        ("Myasthenia gravis",
         "When patients do not respond well to pyridostigmine, azathioprine is given.",
         {"azathioprine"}),
        ("Chronic myeloid leukemia", "If imatinib stops working, dasatinib is used.",
         {"dasatinib"}),
        ("Chronic myeloid leukemia", "If imatinib does not help, doctors use nilotinib.",
         {"nilotinib"}),
        # the remedy tried first fails at what it is for
        ("Rheumatoid arthritis", "If ibuprofen does not relieve the pain, doctors may give "
                                 "methotrexate.", {"methotrexate"}),
        ("Eczema", "When hydrocortisone cream does not control the itching, tacrolimus is "
                   "used.", {"tacrolimus"}),
    ],
)
def test_the_drug_after_a_failed_one_is_salvage(
    tmp_path: Path, title: str, body: str, expected: set[str]
) -> None:
    assert of_markdown(tmp_path, page(title, body), DRUGS) == {
        ("salvage therapy", d) for d in expected
    }


def test_the_next_sentence_of_examples_keeps_the_setting(tmp_path: Path) -> None:
    text = page("Autoimmune hepatitis",
                "If you do not respond to prednisone, your doctor will prescribe other medicines "
                "that calm the immune system. Examples include azathioprine and tacrolimus.")
    assert of_markdown(tmp_path, text, DRUGS) == {
        ("salvage therapy", "azathioprine"), ("salvage therapy", "tacrolimus")
    }


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # no failure of a treatment: the patient skips it, or a symptom goes on
        ("Autoimmune hepatitis", "If you do not take prednisone every day, the disease returns."),
        ("Autoimmune hepatitis", "If the fatigue does not go away, tell your doctor."),
        ("Rheumatoid arthritis", "Ibuprofen is used to relieve the pain."),
        # the person does respond
        ("Autoimmune hepatitis", "If you respond to prednisone, the dose is lowered."),
    ],
)
def test_no_salvage_without_a_failed_treatment(tmp_path: Path, title: str, body: str) -> None:
    found = of_markdown(tmp_path, page(title, body), DRUGS)
    assert not any(phase == "salvage therapy" for phase, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Enzalutamide is approved for men with prostate cancer that is no longer responding "
            "to chemotherapy.",
            {("salvage therapy", "enzalutamide")},
        ),
        (
            "Cabazitaxel is used for prostate cancer that no longer responds to hormone therapy.",
            {("salvage therapy", "cabazitaxel")},
        ),
        (
            "Sunitinib is used for kidney cancer that has spread after treatment with interferon.",
            {("salvage therapy", "sunitinib")},
        ),
        (
            "Regorafenib is used to treat colon cancer that grew during chemotherapy.",
            {("salvage therapy", "regorafenib")},
        ),
        (
            # the drug the cancer grew on is history; the drug after the verb is given now
            "Prostate cancer that has grown during treatment with docetaxel is treated with "
            "cabazitaxel.",
            {("salvage therapy", "cabazitaxel")},
        ),
    ],
)
def test_a_cancer_no_longer_answering_its_treatment_is_salvage(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_markdown(tmp_path, "# Cancer drugs\n\n" + text + "\n", DRUGS) == expected


@pytest.mark.parametrize(
    "text",
    [
        # spread alone is the disease's stage, not a failed treatment
        "Sunitinib is used for kidney cancer that has spread to the lungs.",
        "Sunitinib is used for kidney cancer that has spread.",
        # the failed drug is history, not the new phase's drug
        "Patients whose prostate cancer is no longer responding to docetaxel had scans.",
    ],
)
def test_no_salvage_drug_from_spread_alone_or_the_failed_drug(tmp_path: Path, text: str) -> None:
    assert of_markdown(tmp_path, "# Cancer drugs\n\n" + text + "\n", DRUGS) == set()
