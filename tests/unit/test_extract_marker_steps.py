"""A test named with its purpose right after it, as a step of care: "- Biopsy to diagnose X,
followed by chemotherapy", "A bone scan to check for cancer in the bones may be done" give test
-> the purpose as a noun. A test that serves another procedure ("to guide the needle"), one
named as another test's companion ("used with the blood smear to ..."), and a denied step give
nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown, of_text

from trainer.domain import Relation as R

PAGE = "# Sarcoidosis\n\n"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("- Biopsy to diagnose sarcoidosis, followed by steroid pills.",
         ("biopsy", "diagnosis of sarcoidosis")),
        ("- A bone scan to look for cancer in the bones.",
         ("bone scan", "detection of cancer in the bones")),
        ("Next steps: an MRI to stage the tumor, then surgery.",
         ("MRI", "staging of tumor")),
    ],
)
def test_a_test_and_its_purpose(tmp_path: Path, text: str, pair: tuple[str, str]) -> None:
    assert pair in of_text(tmp_path, text, R.MARKER, heading=PAGE)


@pytest.mark.parametrize(
    "text",
    [
        "A CT scan to guide the biopsy needle into the lung.",
        "This test is used with the blood smear to help diagnose anemia.",
        "A biopsy to diagnose sarcoidosis is not needed in most people.",
        "Surgery to remove the tumor, followed by radiation therapy.",
    ],
)
def test_no_test_purpose(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert not any(o.startswith(("diagnosis of", "detection of", "guid")) for _, o in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Urinalysis provides information about kidney damage.", ("urinalysis", "kidney damage")),
        ("A liver biopsy gives important information about liver scarring.",
         ("liver biopsy", "liver scarring")),
    ],
)
def test_what_a_test_informs_about(tmp_path: Path, text: str, pair: tuple[str, str]) -> None:
    assert pair in of_text(tmp_path, text, R.MARKER, heading=PAGE)


@pytest.mark.parametrize(
    "text",
    [
        "An echocardiogram gives information about the size and shape of your heart.",
        "A liver biopsy does not give information about the cause of the scarring.",
        "Your doctor will provide information about the liver biopsy.",
    ],
)
def test_no_information_finding(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, R.MARKER, heading=PAGE)
    assert not any(o.startswith(("size", "cause", "liver biopsy")) for _, o in found)


ITEM = (
    "# Reflux\n\nThe following tests may be used:\n\n"
    "- {opening} The person may receive a sedative. A nurse places a needle in a vein. "
    "The test may show ulcers or swelling of the stomach lining.\n"
)


@pytest.mark.parametrize(
    ("opening", "test"),
    [
        ("An upper GI endoscopy involves passing a thin tube into the stomach.",
         "upper GI endoscopy"),
        ("A CT scan uses x rays and a computer to make pictures.", "CT scan"),
    ],
)
def test_the_test_a_list_item_opens_with(tmp_path: Path, opening: str, test: str) -> None:
    found = of_markdown(tmp_path, ITEM.format(opening=opening), R.MARKER)
    assert any(t == test and o.startswith("ulcers") for t, o in found)


@pytest.mark.parametrize(
    "opening",
    [
        # the item opens with no test as its subject, or with two
        "Your provider may pass a thin tube into the stomach.",
        "A CT scan and an MRI make pictures of the belly.",
    ],
)
def test_no_test_the_item_opens_with(tmp_path: Path, opening: str) -> None:
    found = of_markdown(tmp_path, ITEM.format(opening=opening), R.MARKER)
    assert not any(obj.startswith("ulcers") for _, obj in found)
