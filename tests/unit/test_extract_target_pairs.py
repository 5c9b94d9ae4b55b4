"""drug_target readings that pair names the text keeps apart: a table cell or a sentence that
pairs its targets with the drugs "respectively" (and as many drugs as targets without it, whose
other pairs are drafts), a target's partner after "from binding to", the hedge of another table
cell, and subcellular structures a drug binds. Each with near-misses that must give no fact."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import drafts, of_markdown, of_text

from trainer.domain import Relation

TARGET = Relation.DRUG_TARGET

_TABLE = "| Drug | Target | Trial result |\n| --- | --- | --- |\n{rows}\n"


@pytest.mark.parametrize(
    ("row", "want", "never"),
    [
        ("| Encorafenib plus binimetinib | BRAF and MEK, respectively | longer survival |",
         {("encorafenib", "BRAF"), ("binimetinib", "MEK")}, ("encorafenib", "MEK")),
        ("| Nivolumab with ipilimumab | PD-1 and CTLA-4, respectively | more responses |",
         {("nivolumab", "PD-1"), ("ipilimumab", "CTLA-4")}, ("nivolumab", "CTLA-4")),
        ("| Trametinib and dabrafenib | MEK and BRAF respectively | fewer rashes |",
         {("trametinib", "MEK"), ("dabrafenib", "BRAF")}, ("dabrafenib", "MEK")),
    ],
)
def test_respectively_pairs_each_drug_of_a_row_with_its_own_target(
    tmp_path: Path, row: str, want: set[tuple[str, str]], never: tuple[str, str]
) -> None:
    found = of_markdown(tmp_path, _TABLE.format(rows=row), TARGET)
    assert want <= found
    assert never not in found


def test_respectively_with_uneven_counts_pairs_nothing(tmp_path: Path) -> None:
    row = "| Encorafenib plus binimetinib | BRAF, MEK and ALK, respectively | longer survival |"
    found = of_markdown(tmp_path, _TABLE.format(rows=row), TARGET)
    assert not {f for f in found if f[0] in ("encorafenib", "binimetinib")}


@pytest.mark.parametrize(
    "row",
    [
        "| Ipilimumab | CTLA-4 | compared with an investigational vaccine |",
        "| Nivolumab | PD-1 | results could change as more patients are followed |",
    ],
)
def test_a_hedge_in_another_cell_does_not_reach_the_target(tmp_path: Path, row: str) -> None:
    drug = row.split("|")[1].strip().lower()
    target = row.split("|")[2].strip()
    assert (drug, target) in of_markdown(tmp_path, _TABLE.format(rows=row), TARGET)


def test_a_hedge_in_the_target_cell_still_holds_it_back(tmp_path: Path) -> None:
    row = "| Nivolumab | possibly PD-L1 | more responses |"
    assert ("nivolumab", "PD-L1") not in of_markdown(tmp_path, _TABLE.format(rows=row), TARGET)


@pytest.mark.parametrize(
    ("text", "want", "never"),
    [
        ("Pembrolizumab blocks PD-1 from binding to PD-L1.\n", ("pembrolizumab", "PD-1"),
         ("pembrolizumab", "PD-L1")),
        ("Denosumab stops RANKL from binding to RANK on bone cells.\n",
         ("denosumab", "RANKL"), ("denosumab", "RANK")),
        ("Atezolizumab blocks PD-L1 from interacting with PD-1 on T cells.\n",
         ("atezolizumab", "PD-L1"), ("atezolizumab", "PD-1")),
    ],
)
def test_what_a_target_is_kept_from_is_not_a_second_target(
    tmp_path: Path, text: str, want: tuple[str, str], never: tuple[str, str]
) -> None:
    found = of_text(tmp_path, text, TARGET)
    assert want in found
    assert never not in found


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Vinblastine binds to microtubules and stops cells from dividing.\n",
         ("vinblastine", "microtubules")),
        ("Paclitaxel works by attaching to the microtubules inside a cell.\n",
         ("paclitaxel", "microtubules")),
        ("Eribulin, which targets microtubules, is given by vein.\n",
         ("eribulin", "microtubules")),
    ],
)
def test_microtubules_are_a_target_a_drug_binds(
    tmp_path: Path, text: str, want: tuple[str, str]
) -> None:
    assert want in of_text(tmp_path, text, TARGET)


@pytest.mark.parametrize(
    "text",
    [
        "Vinblastine does not bind to microtubules.\n",
        "Vinblastine can damage the liver.\n",
        "Vinblastine reaches the bone marrow within hours.\n",
    ],
)
def test_no_microtubule_or_organ_target_without_a_stated_binding(
    tmp_path: Path, text: str
) -> None:
    assert not of_text(tmp_path, text, TARGET)


# -- "A and B, which target T1 and T2, respectively" in a sentence -----------------------------


@pytest.mark.parametrize(
    ("text", "want", "never"),
    [
        ("Dabrafenib and trametinib, which target BRAF and MEK, respectively, are given "
         "together.\n", {("dabrafenib", "BRAF"), ("trametinib", "MEK")}, ("dabrafenib", "MEK")),
        ("Encorafenib and binimetinib block BRAF and MEK respectively.\n",
         {("encorafenib", "BRAF"), ("binimetinib", "MEK")}, ("binimetinib", "BRAF")),
        ("Nivolumab and ipilimumab bind to PD-1 and CTLA-4 (respectively) on T cells.\n",
         {("nivolumab", "PD-1"), ("ipilimumab", "CTLA-4")}, ("nivolumab", "CTLA-4")),
    ],
)
def test_respectively_pairs_drugs_and_targets_in_order(
    tmp_path: Path, text: str, want: set[tuple[str, str]], never: tuple[str, str]
) -> None:
    found = of_text(tmp_path, text, TARGET)
    assert want <= found
    assert never not in found


def test_respectively_with_uneven_counts_gives_no_pairing(tmp_path: Path) -> None:
    text = "Encorafenib and binimetinib block BRAF, MEK and ALK, respectively.\n"
    found = of_text(tmp_path, text, TARGET)
    assert ("encorafenib", "MEK") not in found
    assert ("binimetinib", "BRAF") not in found


def test_without_respectively_both_drugs_share_one_target(tmp_path: Path) -> None:
    text = "Dabrafenib and vemurafenib both target BRAF.\n"
    assert {("dabrafenib", "BRAF"), ("vemurafenib", "BRAF")} <= of_text(tmp_path, text, TARGET)


@pytest.mark.parametrize(
    "text",
    [
        "Patients received pembrolizumab if their tumours had high PD-L1 expression.\n",
        "Nivolumab is approved for PD-L1-positive lung cancer.\n",
        "Trastuzumab deruxtecan is given for HER2-low breast cancer.\n",
        "Only people whose cancer has a BRAF mutation can take dabrafenib.\n",
    ],
)
def test_a_biomarker_for_eligibility_is_not_the_drugs_target(tmp_path: Path, text: str) -> None:
    assert not of_text(tmp_path, text, TARGET)


# -- as many drugs as targets, without "respectively": the other pairs are drafts -------------


def test_two_drugs_and_two_targets_pair_in_order_and_hold_the_rest(tmp_path: Path) -> None:
    text = "Dabrafenib and trametinib, which target BRAF and MEK, are used together.\n"
    found = of_text(tmp_path, text, TARGET)
    assert {("dabrafenib", "BRAF"), ("trametinib", "MEK")} <= found
    assert ("dabrafenib", "MEK") not in found
    assert ("dabrafenib", "MEK") in drafts(tmp_path, text, TARGET)


@pytest.mark.parametrize(
    "text",
    [
        "Sunitinib and sorafenib both block VEGFR and KIT.\n",
        "Sunitinib and sorafenib, which both block VEGFR and KIT, are given by mouth.\n",
    ],
)
def test_both_or_each_gives_every_drug_every_target(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, TARGET)
    assert {("sunitinib", "KIT"), ("sorafenib", "VEGFR")} <= found


# -- a drug set aside, another drug's clause, a protein change --------------------------------


@pytest.mark.parametrize(
    ("text", "want", "never"),
    [
        ("Inotuzumab ozogamicin, not blinatumomab, targets CD22.\n",
         ("inotuzumab ozogamicin", "CD22"), ("blinatumomab", "CD22")),
        ("Ofatumumab, rather than rituximab, was used because it binds CD20 more tightly.\n",
         None, ("rituximab", "CD20")),
        ("Unlike rituximab, which targets CD20, blinatumomab targets CD19.\n",
         ("blinatumomab", "CD19"), ("rituximab", "CD19")),
        ("Nivolumab blocks PD-1 while ipilimumab blocks CTLA-4.\n",
         ("ipilimumab", "CTLA-4"), ("nivolumab", "CTLA-4")),
    ],
)
def test_a_drug_set_aside_or_named_later_keeps_its_own_target(
    tmp_path: Path, text: str, want: tuple[str, str] | None, never: tuple[str, str]
) -> None:
    found = of_text(tmp_path, text, TARGET)
    assert want is None or want in found
    assert never not in found


@pytest.mark.parametrize(
    ("text", "want", "never"),
    [
        ("Sotorasib targets KRAS G12C.\n", ("sotorasib", "KRAS"), ("sotorasib", "G12C")),
        ("Osimertinib blocks EGFR, including EGFR with the T790M change.\n",
         ("osimertinib", "EGFR"), ("osimertinib", "T790M")),
    ],
)
def test_a_protein_change_is_not_a_target_of_its_own(
    tmp_path: Path, text: str, want: tuple[str, str], never: tuple[str, str]
) -> None:
    found = of_text(tmp_path, text, TARGET)
    assert want in found
    assert never not in found
