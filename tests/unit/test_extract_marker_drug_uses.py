"""A drug page's approved uses: each status a use item says the cancer must have is a marker
of that use ("use of <drug> in <cancer>"), read by the status's shape under a lead-in saying
what the drug is approved for, through "It is used:" under the cancer's item too.

Near misses give nothing: a status inside an "if" clause about an earlier drug, a list that no
"approved" lead-in governs, a page whose title names no one drug.

Every text is written for the test; the drug name is invented.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

MARKER = Relation.MARKER

_PAGE = (
    "# Velatinib-abcd\n\nVelatinib-abcd is a type of targeted therapy called a kinase "
    "inhibitor.\n\n## Use in Cancer\n\n{lead}\n\n{items}\n"
)
_ITEMS = (
    "- Biliary tract cancer that cannot be removed by surgery, has been treated with other "
    "therapies, and is HER2 positive.\n"
    "- Non-small cell lung cancer that has an abnormal RET gene and has spread.\n"
    "- Colorectal cancer that does not have an abnormal EGFR gene or ALK gene.\n"
    "- Breast cancer that has spread. It is used:\n"
    "  - in patients with HER2-low or HER2-ultralow cancer that got worse during treatment\n"
)


def test_each_status_of_an_approved_use_is_its_marker(tmp_path: Path) -> None:
    text = _PAGE.format(lead="Velatinib-abcd is approved to treat adults with:", items=_ITEMS)
    found = of_markdown(tmp_path, text, MARKER)
    assert {
        ("HER2 positive", "use of velatinib in biliary tract cancer"),
        ("abnormal RET gene", "use of velatinib in non-small cell lung cancer"),
        ("no abnormal EGFR or ALK gene", "use of velatinib in colorectal cancer"),
        ("HER2-low or HER2-ultralow", "use of velatinib in breast cancer"),
    } <= found, found


def test_a_status_of_an_earlier_drug_gives_no_marker(tmp_path: Path) -> None:
    items = (
        "- Melanoma that has spread. It is used when the cancer stopped responding to an "
        "antibody and, if the cancer has an abnormal BRAF gene, a BRAF inhibitor.\n"
    )
    text = _PAGE.format(lead="Velatinib-abcd is approved to treat adults with:", items=items)
    assert of_markdown(tmp_path, text, MARKER) == set()


def test_a_list_no_approved_lead_in_governs_gives_no_marker(tmp_path: Path) -> None:
    text = _PAGE.format(lead="Velatinib-abcd is being studied in patients with:", items=_ITEMS)
    assert not any(o.startswith("use of") for _, o in of_markdown(tmp_path, text, MARKER))
