"""drug_target names and classes: targets known only by the shape of their name (ligands,
pathways, enzymes, symbols), the receptor a blocker class keeps a ligand from, a class's own
target (kept as a draft) and the target a class passes to its members. Each reading: the
right fact in several wordings, and none where the text does not state it."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import drafts, extract, of_markdown, of_text, write_doc

from trainer.domain import Relation

TARGET = Relation.DRUG_TARGET


# -- targets known by their shape only -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tralumab blocks the endothelin receptor.\n", "endothelin receptor"),
        ("Lumacaftor acts on the CFTR channel.\n", "CFTR channel"),
        ("Fenolimab blocks the IL-23 receptor.\n", "IL-23 receptor"),
        ("Ziltumab binds to the Fas ligand on T cells.\n", "Fas ligand"),
        ("Ziltumab blocks the CD40 ligands on B cells.\n", "CD40 ligand"),
        ("Vismodegib blocks the Hedgehog signaling pathway.\n", "Hedgehog signaling pathway"),
        ("Trametinib blocks the MAPK pathway.\n", "MAPK pathway"),
    ],
)
def test_a_target_no_list_knows_is_read_by_its_shape(
    tmp_path: Path, text: str, want: str
) -> None:
    assert want in {t for _, t in of_text(tmp_path, text, TARGET)}


@pytest.mark.parametrize(
    "text",
    [
        "Ziltumab binds its natural ligand.\n",
        "Natural ligands bind to receptors. Ziltumab blocks them.\n",
        "Metformin acts on a metabolic pathway.\n",
    ],
)
def test_a_ligand_or_pathway_after_a_plain_word_names_no_target(
    tmp_path: Path, text: str
) -> None:
    assert of_text(tmp_path, text, TARGET) == set()


def test_a_class_named_by_a_pathway_gives_its_member_the_pathway(tmp_path: Path) -> None:
    text = "Sonidegib is a Hedgehog pathway inhibitor.\n"
    assert ("sonidegib", "Hedgehog pathway") in of_text(tmp_path, text, TARGET)


# -- the receptor a blocker class keeps a ligand from ----------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "LHRH antagonists prevent LHRH from binding to its receptors. LHRH antagonists "
            "include degarelix and relugolix.\n",
            {("degarelix", "LHRH receptor"), ("relugolix", "LHRH receptor")},
        ),
        (
            "LHRH antagonists (also called GnRH antagonists) stop LHRH from binding to its "
            "receptors. LHRH antagonists that are approved include degarelix.\n",
            {("degarelix", "LHRH receptor")},
        ),
        (
            "Orexin receptor antagonists keep orexin from attaching to its receptors. "
            "Suvorexant is an orexin receptor antagonist.\n",
            {("suvorexant", "orexin receptor")},
        ),
    ],
)
def test_a_blocker_class_that_keeps_a_ligand_off_acts_on_its_receptor(
    tmp_path: Path, text: str, want: set[tuple[str, str]]
) -> None:
    assert want <= of_text(tmp_path, text, TARGET)


@pytest.mark.parametrize(
    "text",
    [
        # an inhibitor that keeps RANKL from its receptor acts on RANKL, not on the receptor
        "RANKL inhibitors stop RANKL from binding to its receptor. Denosumab is a RANKL "
        "inhibitor.\n",
        "LHRH antagonists may prevent LHRH from binding to its receptors. Degarelix is an "
        "LHRH antagonist.\n",
        "LHRH antagonists prevent the body from binding to its receptors. Degarelix is an "
        "LHRH antagonist.\n",
    ],
)
def test_no_receptor_from_an_inhibitor_a_hedge_or_no_ligand(tmp_path: Path, text: str) -> None:
    assert not any(t.endswith("receptor") for _, t in of_text(tmp_path, text, TARGET))


# -- a class's own target, as a draft ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Blood pressure medicines called angiotensin-converting enzyme (ACE) inhibitors "
            "protect the kidneys.\n",
            ("ACE inhibitor", "angiotensin-converting enzyme"),
        ),
        (
            "Proton pump inhibitors lower the amount of acid the stomach makes.\n",
            ("proton pump inhibitor", "proton pump"),
        ),
        (
            "Calcium channel blockers relax the blood vessels.\n",
            ("calcium channel blocker", "calcium channel"),
        ),
        (
            "She was treated with anti-VEGF therapy before.\n",
            ("anti-VEGF therapy", "VEGF"),
        ),
    ],
)
def test_a_class_that_names_its_target_gives_a_draft(
    tmp_path: Path, text: str, want: tuple[str, str]
) -> None:
    assert want in drafts(tmp_path, text, TARGET)
    assert want not in of_text(tmp_path, text, TARGET)  # a draft, never a card


@pytest.mark.parametrize(
    "text",
    [
        "Beta blockers slow the heart rate.\n",
        "Tyrosine kinase inhibitors are pills.\n",
        "Her blood held anti-thyroglobulin antibodies.\n",
    ],
)
def test_a_class_that_names_no_one_target_gives_no_draft(tmp_path: Path, text: str) -> None:
    assert drafts(tmp_path, text, TARGET) == set()


# -- enzymes, clotting factors and hyphened symbols ------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Oseltamivir blocks neuraminidase.\n", ("oseltamivir", "neuraminidase")),
        ("Donepezil inhibits acetylcholinesterase in the brain.\n",
         ("donepezil", "acetylcholinesterase")),
        ("Acetazolamide blocks the enzyme carbonic anhydrase.\n",
         ("acetazolamide", "carbonic anhydrase")),
        ("Rivaroxaban blocks factor Xa.\n", ("rivaroxaban", "factor Xa")),
        ("Sitagliptin blocks DPP-4.\n", ("sitagliptin", "DPP-4")),
        ("Relatlimab blocks LAG-3.\n", ("relatlimab", "LAG-3")),
        ("Secukinumab targets IL-17A.\n", ("secukinumab", "IL-17A")),
        ("Eculizumab blocks complement protein C5.\n", ("eculizumab", "complement C5")),
        ("Abciximab blocks glycoprotein IIb/IIIa on platelets.\n",
         ("abciximab", "glycoprotein IIb/IIIa")),
        ("Lecanemab targets amyloid beta in the brain.\n", ("lecanemab", "amyloid beta")),
    ],
)
def test_an_enzyme_factor_or_hyphened_symbol_after_a_cue_is_a_target(
    tmp_path: Path, text: str, want: tuple[str, str]
) -> None:
    assert want in of_text(tmp_path, text, TARGET)


@pytest.mark.parametrize(
    "text",
    [
        "Aspirin protects against heart disease.\n",
        "Aspirin inhibits the release of thromboxane.\n",
        "Statins block the increase in cholesterol.\n",
        "Complement C3 levels are low in lupus nephritis.\n",
    ],
)
def test_a_word_ending_in_ase_that_names_no_enzyme_is_no_target(
    tmp_path: Path, text: str
) -> None:
    assert of_text(tmp_path, text, TARGET) == set()


# -- a class's stated target reaches its members ---------------------------------------------


def test_a_generic_class_statement_reaches_members_of_its_own_section_only(
    tmp_path: Path,
) -> None:
    text = (
        "# Leukemia treatment\n\n"
        "## Acute myeloid leukemia\n\n"
        "Kinase inhibitors block FLT3 in this leukemia. Midostaurin is a kinase inhibitor.\n\n"
        "## Chronic myeloid leukemia\n\n"
        "Bosutinib is a kinase inhibitor taken as a pill.\n"
    )
    found = of_markdown(tmp_path, text, TARGET)
    assert ("midostaurin", "FLT3") in found
    assert ("bosutinib", "FLT3") not in found


def test_a_class_that_names_its_target_gives_it_to_members_anywhere(tmp_path: Path) -> None:
    text = (
        "# Hormone therapy\n\n"
        "## How it works\n\n"
        "Aromatase inhibitors block aromatase.\n\n"
        "## Drugs\n\n"
        "Letrozole is an aromatase inhibitor.\n"
    )
    assert ("letrozole", "aromatase") in of_markdown(tmp_path, text, TARGET)


def test_a_drug_the_group_is_compared_with_acts_on_the_target_too(tmp_path: Path) -> None:
    text = "Drugs that target FLT3 more selectively than midostaurin include gilteritinib.\n"
    assert of_text(tmp_path, text, TARGET) == {("midostaurin", "FLT3"), ("gilteritinib", "FLT3")}


def test_a_group_under_trial_gives_drafts_only(tmp_path: Path) -> None:
    text = (
        "Trials are testing drugs that target FLT3 more specifically than sorafenib (such as "
        "gilteritinib).\n"
    )
    assert of_text(tmp_path, text, TARGET) == set()
    assert {("sorafenib", "FLT3"), ("gilteritinib", "FLT3")} <= {
        (f.subject, f.object)
        for f in extract(write_doc(tmp_path, text), min_confidence=0.0)
        if f.relation is TARGET
    }


@pytest.mark.parametrize(
    "text",
    [
        "Furosemide acts on the kidneys.\n",
        "Metformin works in the liver.\n",
        "Rituximab can cause low blood counts.\n",
        "Nivolumab attacks the thyroid gland in some patients.\n",
        "Pembrolizumab can make the immune system attack the lungs.\n",
        "Patients with ALK-positive lung cancer get alectinib.\n",
        "Only tumours that make PD-L1 respond to pembrolizumab.\n",
        "Testing for EGFR mutations shows who may benefit from osimertinib.\n",
    ],
)
def test_organs_side_effects_and_selection_markers_are_no_targets(
    tmp_path: Path, text: str
) -> None:
    assert of_text(tmp_path, text, TARGET) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The conjugate is made of trastuzumab, which targets the HER2 receptor on cancer "
            "cells, chemically linked to the drug DM1.",
            {("trastuzumab", "HER2 receptor")},
        ),
        (
            "Brentuximab targets CD30 on lymphoma cells, chemically joined to the drug MMAE.",
            {("brentuximab vedotin", "CD30")},
        ),
        (
            "Gemtuzumab binds CD33 on leukemia cells, tightly attached to a toxin called "
            "calicheamicin.",
            {("gemtuzumab ozogamicin", "CD33")},
        ),
    ],
)
def test_a_participle_clause_after_the_target_names_no_target(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, Relation.DRUG_TARGET) == expected
