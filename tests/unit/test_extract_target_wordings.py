"""drug_target wordings read on text the rules were not tuned on: what a chemotherapy drug acts
on ("damages DNA"), the passive in a relative clause, a pronoun with an apposition, a drug's
status word, a class's own verb then "by", what is stopped or kept from acting, a drug that
labels a list item, what a drug becomes in the body, an editor's insertion, and the members
named after the one a class leaves out. Each with near-misses that must give no fact."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown, of_text

from trainer.domain import Relation

TARGET = Relation.DRUG_TARGET


# -- what a chemotherapy drug acts on: "damages DNA", "is built into DNA" ----------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Bendamustine damages the DNA of cancer cells.\n", ("bendamustine", "DNA")),
        ("Fludarabine works by damaging DNA in dividing cells.\n", ("fludarabine", "DNA")),
        ("Gemcitabine is built into the DNA of dividing cells.\n", ("gemcitabine", "DNA")),
        ("Cytarabine incorporates into DNA and stops it from being copied.\n",
         ("cytarabine", "DNA")),
    ],
)
def test_a_drug_that_damages_or_enters_dna_targets_dna(
    tmp_path: Path, text: str, want: tuple[str, str]
) -> None:
    assert want in of_text(tmp_path, text, TARGET)


@pytest.mark.parametrize(
    "text",
    [
        "Cisplatin can damage the kidneys.\n",
        "Bendamustine does not damage DNA in healthy cells.\n",
        "Radiation therapy damages the DNA of cancer cells.\n",
        "Bendamustine might damage DNA, researchers speculate.\n",
    ],
)
def test_no_dna_target_from_an_organ_a_negation_radiation_or_a_guess(
    tmp_path: Path, text: str
) -> None:
    assert not of_text(tmp_path, text, TARGET)


# -- the passive in a relative clause: "the BRAF mutation that is targeted by X" --------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Most patients had the BRAF mutation that is targeted by dabrafenib.\n",
         ("dabrafenib", "BRAF")),
        ("Tumours make the HER2 protein, which is targeted by trastuzumab.\n",
         ("trastuzumab", "HER2")),
        ("The ALK fusion that is targeted by alectinib is found in few lung tumours.\n",
         ("alectinib", "ALK")),
    ],
)
def test_a_target_that_is_targeted_by_a_drug(
    tmp_path: Path, text: str, want: tuple[str, str]
) -> None:
    assert want in of_text(tmp_path, text, TARGET)


@pytest.mark.parametrize(
    "text",
    [
        "Most patients had the BRAF mutation that is not targeted by dacarbazine.\n",
        "Most patients had the BRAF mutation that is targeted by the new agent.\n",
    ],
)
def test_no_passive_target_when_negated_or_without_a_named_drug(
    tmp_path: Path, text: str
) -> None:
    assert not of_text(tmp_path, text, TARGET)


# -- "This drug, a monoclonal antibody, targets T" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ipilimumab was approved in 2011. This drug, a monoclonal antibody, targets CTLA-4.\n",
         ("ipilimumab", "CTLA-4")),
        ("Obinutuzumab is given by vein. The drug, an engineered antibody, binds to CD20.\n",
         ("obinutuzumab", "CD20")),
    ],
)
def test_an_apposition_between_the_pronoun_and_its_verb(
    tmp_path: Path, text: str, want: tuple[str, str]
) -> None:
    assert want in of_text(tmp_path, text, TARGET)


def test_an_apposition_keeps_the_negation(tmp_path: Path) -> None:
    text = (
        "Ipilimumab was approved in 2011. This drug, a monoclonal antibody, does not target "
        "PD-1.\n"
    )
    assert not of_text(tmp_path, text, TARGET)


# -- "the investigational MEK inhibitor X": the drug's status does not hedge its target -------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The trial added the investigational MEK inhibitor binimetinib to standard care.\n",
         ("binimetinib", "MEK")),
        ("Patients took the experimental BTK inhibitor zanubrutinib every day.\n",
         ("zanubrutinib", "BTK")),
    ],
)
def test_an_investigational_drug_keeps_the_target_its_name_states(
    tmp_path: Path, text: str, want: tuple[str, str]
) -> None:
    assert want in of_text(tmp_path, text, TARGET)


def test_another_hedge_of_the_sentence_still_counts(tmp_path: Path) -> None:
    text = "Researchers might one day add the investigational MEK inhibitor binimetinib.\n"
    assert ("binimetinib", "MEK") not in of_text(tmp_path, text, TARGET)


# -- a class's own verb, then how it acts: "Statins lower cholesterol by blocking T" ----------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Vincristine is a vinca alkaloid. Vinca alkaloids stop cells from dividing by "
         "blocking microtubules.\n", ("vincristine", "microtubules")),
        ("Simvastatin is a statin. Statins lower cholesterol by blocking HMG-CoA reductase.\n",
         ("simvastatin", "HMG-CoA reductase")),
    ],
)
def test_a_class_statement_with_its_own_verb_then_by(
    tmp_path: Path, text: str, want: tuple[str, str]
) -> None:
    assert want in of_text(tmp_path, text, TARGET)


@pytest.mark.parametrize(
    "text",
    [
        "Lisinopril is an ACE inhibitor. ACE inhibitors lower blood pressure by relaxing "
        "blood vessels.\n",
        "Simvastatin is a statin. Statins may lower cholesterol by blocking HMG-CoA reductase.\n",
        "Simvastatin is a statin. Statins lower cholesterol, which protects arteries, by "
        "blocking HMG-CoA reductase.\n",
    ],
)
def test_no_class_target_from_a_means_without_one_or_a_hedge(tmp_path: Path, text: str) -> None:
    found = of_text(tmp_path, text, TARGET)
    assert not {f for f in found if f[1] != "angiotensin-converting enzyme"}


# -- what is stopped or kept from acting; what a drug destroys; "a protein called T" ---------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Letrozole works by stopping the aromatase enzyme from making estrogen.\n",
         ("letrozole", "aromatase")),
        ("Enzalutamide blocks androgens from attaching to the androgen receptor.\n",
         ("enzalutamide", "androgen receptor")),
        ("Fulvestrant destroys the estrogen receptor in breast cancer cells.\n",
         ("fulvestrant", "estrogen receptor")),
        ("Cetuximab is an antibody that blocks a protein called EGFR.\n", ("cetuximab", "EGFR")),
        ("Lapatinib targets an enzyme known as HER2 inside the cell.\n", ("lapatinib", "HER2")),
    ],
)
def test_stopped_kept_destroyed_and_called_targets(
    tmp_path: Path, text: str, want: tuple[str, str]
) -> None:
    assert want in of_text(tmp_path, text, TARGET)


@pytest.mark.parametrize(
    "text",
    [
        "Letrozole stops the cancer cells from growing.\n",
        "Chemotherapy destroys the bone marrow's ability to make blood cells.\n",
        "Some patients have a gene called EGFR that is changed.\n",
        "Cisplatin can destroy healthy cells in the kidney.\n",
    ],
)
def test_no_target_from_cells_organs_or_a_gene_a_patient_has(
    tmp_path: Path, text: str
) -> None:
    assert not of_text(tmp_path, text, TARGET)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Amivantamab targets both EGFR and MET.\n", {("amivantamab", "EGFR")}),
        ("Entrectinib blocks ROS1 and NTRK proteins.\n",
         {("entrectinib", "ROS1"), ("entrectinib", "NTRK")}),
        ("Repotrectinib inhibits ROS1, TRK and ALK inside cancer cells.\n",
         {("repotrectinib", "ROS1"), ("repotrectinib", "TRK")}),
    ],
)
def test_symbols_coordinated_with_the_cues_object_are_targets(
    tmp_path: Path, text: str, want: set[tuple[str, str]]
) -> None:
    assert want <= of_text(tmp_path, text, TARGET)


def test_a_coordinated_clause_names_no_target(tmp_path: Path) -> None:
    text = "Tucatinib targets HER2 and FDA reviewers approved it in 2020.\n"
    assert ("tucatinib", "FDA") not in of_text(tmp_path, text, TARGET)


# -- a drug labelling a list item: "- Erlotinib: blocks EGFR" ---------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Targeted drugs include:\n\n- Erlotinib: blocks EGFR on cancer cells.\n"
         "- Lorlatinib: targets ALK.\n", {("erlotinib", "EGFR"), ("lorlatinib", "ALK")}),
        ("Targeted drugs include:\n\n- Crizotinib – targets the ALK protein.\n"
         "- Capmatinib (Tabrecta) – blocks MET.\n",
         {("crizotinib", "ALK"), ("capmatinib", "MET")}),
        ("Dabrafenib: also inhibits BRAF.\n", {("dabrafenib", "BRAF")}),
    ],
)
def test_a_drug_labelling_an_item_is_the_cues_subject(
    tmp_path: Path, text: str, want: set[tuple[str, str]]
) -> None:
    assert want <= of_markdown(tmp_path, text, TARGET)


@pytest.mark.parametrize(
    "text",
    [
        "Targeted drugs include:\n\n- Erlotinib: does not block ALK.\n",
        "Tested in trials:\n\n- Osimertinib and chemotherapy: both may target EGFR one day.\n",
        "Side effects:\n\n- Erlotinib: rash on the face.\n- Targets the skin cells.\n",
        "- Patients with ALK changes: crizotinib is given.\n",
    ],
)
def test_no_label_target_when_negated_hedged_or_not_a_cue(tmp_path: Path, text: str) -> None:
    found = of_markdown(tmp_path, text, TARGET)
    assert ("erlotinib", "ALK") not in found
    assert ("osimertinib", "EGFR") not in found


# -- what a drug becomes in the body acts for it ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Capecitabine is changed in the body into a substance that blocks thymidylate "
         "synthase.\n", ("capecitabine", "thymidylate synthase")),
        ("Ifosfamide is a chemotherapy drug. In the liver it is activated into compounds that "
         "damage DNA.\n", ("ifosfamide", "DNA")),
        ("Cyclophosphamide is converted into substances that bind to DNA.\n",
         ("cyclophosphamide", "DNA")),
    ],
)
def test_what_a_drug_is_converted_into_acts_for_it(
    tmp_path: Path, text: str, want: tuple[str, str]
) -> None:
    assert want in of_text(tmp_path, text, TARGET)


@pytest.mark.parametrize(
    "text",
    [
        "Cyclophosphamide is converted into substances that leave the body in urine.\n",
        "Cyclophosphamide is not converted into substances that bind to DNA.\n",
        "Doxorubicin can damage the heart muscle.\n",
        "Gentamicin can damage the kidneys and the nerves of the inner ear.\n",
        "Aspirin stops platelets from sticking together.\n",
        "Denosumab stops osteoclasts from breaking down bone.\n",
    ],
)
def test_no_target_from_an_excreted_product_a_negation_or_an_organ(
    tmp_path: Path, text: str
) -> None:
    assert not of_text(tmp_path, text, TARGET)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("MEK-blocking drugs such as trametinib are taken by mouth.\n", ("trametinib", "MEK")),
        ("The VEGF-inhibiting antibody bevacizumab is given by vein.\n",
         ("bevacizumab", "VEGF")),
        ("TNF-blocking medicines, like adalimumab, are given by injection.\n",
         ("adalimumab", "TNF")),
    ],
)
def test_a_class_named_by_what_it_blocks_gives_its_members_that_target(
    tmp_path: Path, text: str, want: tuple[str, str]
) -> None:
    assert want in of_text(tmp_path, text, TARGET)


def test_a_blocking_class_named_only_as_a_hope_gives_no_card(tmp_path: Path) -> None:
    text = "Researchers might one day test MEK-blocking drugs such as trametinib here.\n"
    assert ("trametinib", "MEK") not in of_text(tmp_path, text, TARGET)


# -- an editor's insertion in a quotation: "[the aromatase inhibitor] letrozole" -------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"We found that [the aromatase inhibitor] letrozole worked," she said.\n',
         ("letrozole", "aromatase")),
        ('"Patients given [a BTK inhibitor] zanubrutinib did well," he said.\n',
         ("zanubrutinib", "BTK")),
    ],
)
def test_an_editorial_insertion_names_the_drugs_class(
    tmp_path: Path, text: str, want: tuple[str, str]
) -> None:
    assert want in of_text(tmp_path, text, TARGET)


def test_a_bracketed_class_after_another_drug_is_not_an_insertion(tmp_path: Path) -> None:
    text = "Patients took tamoxifen [and an aromatase inhibitor] letrozole later.\n"
    assert ("letrozole", "aromatase") not in of_text(tmp_path, text, TARGET)


# -- the rest of a class after the one left out; "specifically" before a class's members -----


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Aromatase inhibitors other than exemestane, specifically anastrozole and letrozole, "
         "were studied.\n", {("anastrozole", "aromatase"), ("letrozole", "aromatase")}),
        ("The trials tested aromatase inhibitors—specifically, anastrozole and letrozole.\n",
         {("anastrozole", "aromatase"), ("letrozole", "aromatase")}),
        ("PARP inhibitors other than olaparib, such as niraparib, are also given.\n",
         {("niraparib", "PARP")}),
    ],
)
def test_members_named_after_the_one_left_out_or_after_specifically(
    tmp_path: Path, text: str, want: set[tuple[str, str]]
) -> None:
    assert want <= of_text(tmp_path, text, TARGET)


def test_a_later_clause_after_the_one_left_out_names_no_member(tmp_path: Path) -> None:
    text = (
        "Aromatase inhibitors other than exemestane were compared with tamoxifen, such as "
        "in one trial.\n"
    )
    assert ("tamoxifen", "aromatase") not in of_text(tmp_path, text, TARGET)


# -- a copula on the word "target": "The target of X is T", "X's target is T" ---------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The target of blinatumomab is CD19.\n", {("blinatumomab", "CD19")}),
        ("Ibrutinib's target is BTK, a protein in B cells.\n", {("ibrutinib", "BTK")}),
        ("The main targets of imatinib are BCR-ABL1 and KIT.\n",
         {("imatinib", "BCR-ABL1"), ("imatinib", "KIT")}),
        ("Daratumumab’s molecular target is the protein CD38.\n", {("daratumumab", "CD38")}),
    ],
)
def test_a_copula_on_target_names_the_drugs_target(
    tmp_path: Path, text: str, want: set[tuple[str, str]]
) -> None:
    assert want <= of_text(tmp_path, text, TARGET)


@pytest.mark.parametrize(
    "text",
    [
        "The target of rituximab is not CD19.\n",
        "The target of rituximab may be CD37 in some patients.\n",
        "The target of this drug is unknown, but scientists study CD19.\n",
        "The target of rituximab is the same as that of obinutuzumab, CD20.\n",
    ],
)
def test_no_copula_target_when_negated_hedged_or_of_another_drug(
    tmp_path: Path, text: str
) -> None:
    found = of_text(tmp_path, text, TARGET)
    assert not {f for f in found if f[0] == "rituximab" and f[1] != "CD20"}
    assert not {f for f in found if f[1] in ("CD19", "CD37")}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Abemaciclib is a CDK4/6 inhibitor.\n",
         {("abemaciclib", "CDK4"), ("abemaciclib", "CDK6")}),
        ("Baricitinib is a JAK1/2 inhibitor taken by mouth.\n",
         {("baricitinib", "JAK1"), ("baricitinib", "JAK2")}),
    ],
)
def test_a_class_naming_two_family_members_gives_both(
    tmp_path: Path, text: str, want: set[tuple[str, str]]
) -> None:
    assert want <= of_text(tmp_path, text, TARGET)


def test_a_class_of_two_members_named_as_a_hope_gives_no_card(tmp_path: Path) -> None:
    text = "Abemaciclib might one day be compared with another CDK4/6 inhibitor.\n"
    assert ("abemaciclib", "CDK4") not in of_text(tmp_path, text, TARGET)
