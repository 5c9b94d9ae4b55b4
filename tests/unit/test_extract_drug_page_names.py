"""Drug information pages whose drug is named as the regulator writes it: a prefix the
regulator added ("ado-trastuzumab emtansine"), a biologic's four-letter suffix
("margetuximab-cmkb"), and a second class name that opens with its target ("a targeted
therapy drug called an EGFR tyrosine kinase inhibitor").

The drug names are real (they are what the lexicon and the outside name source must know); the
sentences are written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import lowered, of_markdown

from trainer.domain import Relation

CLASS = Relation.DRUG_CLASS
TARGET = Relation.DRUG_TARGET

_PAGE = "# {t}\n\n{p}\n\nUS Brand Name\n\nFDA Approved\n\nYes\n"


@pytest.mark.parametrize(
    ("title", "drug"),
    [
        ("Ado-Trastuzumab Emtansine", "Ado-trastuzumab emtansine"),
        ("Trastuzumab Emtansine", "Trastuzumab emtansine"),
    ],
)
def test_a_conjugate_named_with_or_without_its_prefix_gets_its_classes(
    tmp_path: Path, title: str, drug: str
) -> None:
    page = _PAGE.format(
        t=title,
        p=f"{drug} is a type of targeted therapy drug called an antibody-drug conjugate.",
    )
    found = lowered(of_markdown(tmp_path, page, CLASS))
    assert {("ado-trastuzumab emtansine", "antibody-drug conjugate"),
            ("ado-trastuzumab emtansine", "targeted therapy")} <= found, found


def test_a_biologic_with_its_suffix_is_what_it_stands_for(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Margetuximab-cmkb",
        p="Margetuximab-cmkb works by binding to HER2, a protein found on some cancer cells. It "
        "is a type of targeted therapy drug called a monoclonal antibody.",
    )
    found = lowered(of_markdown(tmp_path, page, CLASS))
    assert ("margetuximab-cmkb", "monoclonal antibody") in found, found


def test_a_second_class_name_opening_with_its_target_gives_class_and_target(
    tmp_path: Path,
) -> None:
    page = _PAGE.format(
        t="Lazertinib",
        p="Lazertinib is a type of targeted therapy drug called an EGFR tyrosine kinase "
        "inhibitor.",
    )
    classes = lowered(of_markdown(tmp_path, page, CLASS))
    assert {("lazertinib", "targeted therapy"),
            ("lazertinib", "tyrosine kinase inhibitor")} <= classes, classes
    assert ("lazertinib", "egfr") in lowered(of_markdown(tmp_path, page, TARGET))


MARKER = Relation.MARKER


def test_a_drug_page_titled_with_its_salt_reads_its_uses(tmp_path: Path) -> None:
    page = (
        "# Lazertinib Mesylate Hydrate\n\nLazertinib works by blocking EGFR.\n\n"
        "## Use in Cancer\n\nLazertinib mesylate hydrate is approved to treat adults with:\n\n"
        "- Non-small cell lung cancer that has spread and has an abnormal EGFR gene.\n"
    )
    found = lowered(of_markdown(tmp_path, page, MARKER))
    assert ("abnormal egfr gene",
            "use of lazertinib in non-small cell lung cancer") in found, found


def test_what_a_drug_contains_acts_for_it(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Cisplatin",
        p="Cisplatin is a type of chemotherapy drug called an alkylating agent. It contains the "
        "metal platinum, which binds to and damages the cell's DNA, preventing it from being "
        "copied.",
    )
    assert lowered(of_markdown(tmp_path, page, TARGET)) == {("cisplatin", "dna")}


PHASE = Relation.PHASE_DRUGS


def test_a_drug_approved_as_palliative_treatment_is_given_in_that_phase(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Bleomycin Sulfate",
        p="Bleomycin sulfate is a type of chemotherapy called an antitumor antibiotic.\n\n"
        "Bleomycin sulfate is approved to be used alone or with other drugs as palliative "
        "treatment of:\n\n- Head and neck cancer.\n- Hodgkin lymphoma.",
    )
    assert lowered(of_markdown(tmp_path, page, PHASE)) == {("palliative therapy", "bleomycin")}


def test_the_first_palliative_treatment_is_the_first_line(tmp_path: Path) -> None:
    page = (
        "# Stomach Cancer Treatment\n\n## Treatment of stage IV stomach cancer\n\n"
        "The first palliative treatment for HER2-positive tumors might include trastuzumab "
        "with chemotherapy.\n"
    )
    found = lowered(of_markdown(tmp_path, page, PHASE))
    assert ("first-line therapy", "trastuzumab") in found
    assert not any(p == "palliative therapy" for p, _ in found), found
