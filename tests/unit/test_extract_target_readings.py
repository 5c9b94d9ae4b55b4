"""drug_target readings: the cue wordings of a drug's target, a group of drugs defined by
what it acts on, and the drug a later sentence or a section points back to. Each reading: the
right fact in several wordings, and none where the text does not state it (cells, organs, the
immune system, a marker a patient is tested for, side effects, negation, hedging)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import extract, of_markdown, of_text, write_doc

from trainer.domain import Relation

TARGET = Relation.DRUG_TARGET


# -- cue wordings of a drug's target ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ofatumumab works by blocking CD20 on the surface of B cells.\n", ("ofatumumab", "CD20")),
        ("Venetoclax attaches to the BCL-2 protein.\n", ("venetoclax", "BCL2")),
        ("Gemtuzumab ozogamicin is directed against CD33.\n", ("gemtuzumab ozogamicin", "CD33")),
        ("The CD38-directed antibody daratumumab is given weekly.\n", ("daratumumab", "CD38")),
        ("Nivolumab, which targets PD-1, is a checkpoint inhibitor.\n", ("nivolumab", "PD-1")),
        ("Denosumab blocks the action of RANK ligand.\n", ("denosumab", "RANKL")),
        ("Avelumab attaches to PD-L1 on tumour cells.\n", ("avelumab", "PD-L1")),
        ("Vemurafenib inhibits BRAF V600E.\n", ("vemurafenib", "BRAF V600E")),
    ],
)
def test_a_cue_wording_gives_the_drug_its_target(
    tmp_path: Path, text: str, want: tuple[str, str]
) -> None:
    assert want in of_text(tmp_path, text, TARGET)


def test_a_pronoun_in_the_next_sentence_carries_the_drug(tmp_path: Path) -> None:
    text = (
        "Obinutuzumab is a type of targeted therapy called a monoclonal antibody. It binds to "
        "a protein called CD20 found on B cells.\n"
    )
    assert ("obinutuzumab", "CD20") in of_text(tmp_path, text, TARGET)


@pytest.mark.parametrize(
    "text",
    [
        "Rituximab kills cancer cells.\n",
        "Blinatumomab helps T cells find the leukemia cells.\n",
        "Nivolumab helps the immune system attack the cancer.\n",
        "Patients whose tumours have EGFR mutations may get osimertinib.\n",
        "Trastuzumab is used to treat HER2-positive breast cancer.\n",
        "Osimertinib is used for lung cancer with an EGFR mutation.\n",
    ],
)
def test_cells_the_immune_system_and_a_tested_marker_are_no_targets(
    tmp_path: Path, text: str
) -> None:
    assert of_text(tmp_path, text, TARGET) == set()


# -- a group of drugs defined by what it acts on ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Drugs that target FLT3 include midostaurin and gilteritinib.\n",
            {("midostaurin", "FLT3"), ("gilteritinib", "FLT3")},
        ),
        (
            "Medicines that block TNF, such as infliximab and adalimumab, reduce swelling.\n",
            {("infliximab", "TNF"), ("adalimumab", "TNF")},
        ),
        (
            "Antibodies which attach to CD20 are rituximab and obinutuzumab.\n",
            {("rituximab", "CD20"), ("obinutuzumab", "CD20")},
        ),
        (
            "Medicines that block TNF: infliximab, adalimumab and golimumab.\n",
            {("infliximab", "TNF"), ("adalimumab", "TNF"), ("golimumab", "TNF")},
        ),
        (
            "Drugs that target FLT3 on leukemia cells include midostaurin and gilteritinib.\n",
            {("midostaurin", "FLT3"), ("gilteritinib", "FLT3")},
        ),
        (
            "A drug that targets FLT3, midostaurin, is added to chemotherapy.\n",
            {("midostaurin", "FLT3")},
        ),
        (
            "A drug that blocks BCL-2 called venetoclax is given with azacitidine.\n",
            {("venetoclax", "BCL2")},
        ),
    ],
)
def test_a_group_defined_by_its_target_gives_its_members_the_target(
    tmp_path: Path, text: str, want: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, TARGET) == want


@pytest.mark.parametrize(
    "text",
    [
        "Drugs that do not target FLT3 include cytarabine and daunorubicin.\n",
        "Drugs that may target FLT3 include midostaurin.\n",
        "Drugs that target FLT3 are being studied in children.\n",
        "Drugs that target FLT3 work better than chemotherapy.\n",
        "Drugs that target cancer cells include cisplatin.\n",
        "Drugs that block VEGF instead of EGFR include bevacizumab.\n",
        "Drugs that target FLT3, given with cytarabine, help some patients.\n",
        "A drug that does not target FLT3, cytarabine, is chemotherapy.\n",
    ],
)
def test_a_negated_hedged_or_member_less_group_gives_none(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, TARGET) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Drugs that target FLT3 and drugs that target IDH1 include midostaurin and ivosidenib.\n",
        "A drug that targets FLT3, midostaurin, and a drug that targets IDH1, ivosidenib, are "
        "used in AML.\n",
    ],
)
def test_two_coordinated_groups_give_their_list_no_crossed_target(
    tmp_path: Path, text: str
) -> None:
    assert ("midostaurin", "IDH1") not in of_text(tmp_path, text, TARGET)


# -- what a drug does something by; who a relative clause is said of -------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Blinatumomab brings T cells close to leukemia cells by binding CD19 and CD3.\n",
            {("blinatumomab", "CD19"), ("blinatumomab", "CD3")},
        ),
        (
            "Blinatumomab is given by vein. The drug brings T cells close to leukemia cells by "
            "binding CD19.\n",
            {("blinatumomab", "CD19")},
        ),
        (
            "Imatinib was approved in 2001. It changed CML treatment by blocking BCR-ABL1.\n",
            {("imatinib", "BCR-ABL1")},
        ),
        (
            "Inotuzumab ozogamicin is an antibody-drug conjugate. The antibody attaches to "
            "CD22.\n",
            {("inotuzumab ozogamicin", "CD22")},
        ),
    ],
)
def test_the_means_a_drug_acts_by_gives_its_target(
    tmp_path: Path, text: str, want: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, TARGET) == want


@pytest.mark.parametrize(
    "text",
    [
        "Rituximab is given with chemotherapy, which kills cells by blocking DNA synthesis.\n",
        "Imatinib improves survival in patients whose cancer grows by activating BCR-ABL1.\n",
        "Imatinib does not work by blocking CD20.\n",
    ],
)
def test_a_partner_a_patient_or_a_negation_gives_the_drug_no_target(
    tmp_path: Path, text: str
) -> None:
    assert of_text(tmp_path, text, TARGET) == set()


def test_an_enzyme_named_by_its_symbol_is_the_symbol(tmp_path: Path) -> None:
    text = "Ivosidenib targets the IDH1 enzyme, which is mutated in some leukemias.\n"
    assert of_text(tmp_path, text, TARGET) == {("ivosidenib", "IDH1")}


# -- the drug a later sentence points back to ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dinutuximab is a monoclonal antibody. The monoclonal antibody binds to GD2 on "
        "neuroblastoma cells.\n",
        "Dinutuximab is a monoclonal antibody. This monoclonal antibody binds to GD2.\n",
        "Dinutuximab is given with growth factors. This type of drug binds to GD2.\n",
        "Dinutuximab is given in the hospital. This targeted therapy attaches to GD2.\n",
        "Dinutuximab is approved for children. In neuroblastoma, it binds to GD2.\n",
    ],
)
def test_a_singular_noun_or_pronoun_points_back_to_the_drug(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, TARGET) == {("dinutuximab", "GD2")}


def test_each_of_these_drugs_is_every_drug_of_the_sentence_before(tmp_path: Path) -> None:
    text = "Imatinib and dasatinib are used for CML. Each of these drugs blocks BCR-ABL1.\n"
    assert of_text(tmp_path, text, TARGET) == {("imatinib", "BCR-ABL1"), ("dasatinib", "BCR-ABL1")}


@pytest.mark.parametrize(
    "text",
    [
        "Rituximab is given with chemotherapy. The other drug blocks CD19.\n",
        "Rituximab is used in lymphoma. The second antibody binds CD22.\n",
        "Rituximab is used with ibrutinib. The drug blocks BTK.\n",
    ],
)
def test_another_drug_or_two_candidates_give_no_antecedent(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, TARGET) == set()


def test_the_singular_class_noun_is_no_statement_about_the_whole_class(tmp_path: Path) -> None:
    text = (
        "Rituximab is a monoclonal antibody used in lymphoma.\n\n"
        "Dinutuximab is a monoclonal antibody. The monoclonal antibody binds to GD2.\n"
    )
    assert ("rituximab", "GD2") not in of_text(tmp_path, text, TARGET)


def test_a_target_known_by_its_shape_only_is_flagged_for_review(tmp_path: Path) -> None:
    facts = extract(write_doc(tmp_path, "Oseltamivir blocks neuraminidase.\n"))
    [fact] = [f for f in facts if f.relation is TARGET]
    assert "unlisted-name:neuraminidase" in fact.flags
    assert 0.5 <= fact.confidence < 0.9  # a card, below a listed name's confidence


# -- plain-language cue verbs ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Imatinib shuts down the BCR-ABL1 protein.\n", ("imatinib", "BCR-ABL1")),
        ("Imatinib turns off BCR-ABL1.\n", ("imatinib", "BCR-ABL1")),
        ("Rituximab sticks to CD20 on B cells.\n", ("rituximab", "CD20")),
        ("Rituximab latches onto CD20.\n", ("rituximab", "CD20")),
        ("Rituximab finds and attaches to CD20.\n", ("rituximab", "CD20")),
        ("Ruxolitinib turns down the activity of JAK2.\n", ("ruxolitinib", "JAK2")),
        ("Ruxolitinib lowers the activity of JAK2.\n", ("ruxolitinib", "JAK2")),
        ("Denosumab prevents RANKL from working.\n", ("denosumab", "RANKL")),
        ("Obinutuzumab helps block the CD20 protein.\n", ("obinutuzumab", "CD20")),
    ],
)
def test_a_plain_language_cue_gives_the_target(
    tmp_path: Path, text: str, want: tuple[str, str]
) -> None:
    assert want in of_text(tmp_path, text, TARGET)


@pytest.mark.parametrize(
    "text",
    [
        "Imatinib does not shut down BCR-ABL1.\n",
        "Ruxolitinib lowers the activity of the immune system.\n",
        "Rituximab lowers the activity of cancer cells.\n",
        # either the ligand or its receptor may be what the drug holds: no reading
        "Tocilizumab prevents interleukin-6 from binding to its receptor.\n",
        "Von Willebrand factor carries and binds factor VIII in the blood.\n",
    ],
)
def test_no_target_from_a_negated_cue_cells_or_an_unclear_holder(
    tmp_path: Path, text: str
) -> None:
    assert of_text(tmp_path, text, TARGET) == set()


# -- the drug a page or section is about ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "# Blinatumomab\n\nBlinatumomab is used to treat ALL.\n\n## How it works\n\n"
            "This drug attaches to CD19 on leukemia cells.\n",
            {("blinatumomab", "CD19")},
        ),
        (
            "# Blinatumomab\n\n## How it works\n\nThe drug attaches to CD19 on leukemia cells.\n",
            {("blinatumomab", "CD19")},
        ),
        (
            "## Venetoclax (Venclexta)\n\nVenetoclax is a pill.\n\nIt blocks BCL-2, a protein "
            "that helps cancer cells live.\n",
            {("venetoclax", "BCL2")},
        ),
        (
            "# Belzutifan\n\nBelzutifan is approved for kidney cancer.\n\n## How does it work?\n\n"
            "It blocks a protein called HIF-2α.\n",
            {("belzutifan", "HIF-2α")},
        ),
    ],
)
def test_a_paragraph_under_a_drug_heading_speaks_of_that_drug(
    tmp_path: Path, text: str, want: set[tuple[str, str]]
) -> None:
    assert of_markdown(tmp_path, text, TARGET) == want


@pytest.mark.parametrize(
    "text",
    [
        "## Venetoclax\n\nVenetoclax is a pill. Azacitidine is given with it.\n\n"
        "It blocks DNA methylation.\n",
        "## Treatment with venetoclax\n\nMany people take it for years.\n\nIt blocks BCL-2.\n",
        "# Leukemia\n\n## How it works\n\nIt blocks BCL-2.\n",
    ],
)
def test_no_heading_drug_after_another_drug_or_under_a_mixed_heading(
    tmp_path: Path, text: str
) -> None:
    assert of_markdown(tmp_path, text, TARGET) == set()


def test_a_greek_isoform_letter_belongs_to_the_symbol(tmp_path: Path) -> None:
    text = "Imatinib blocks PDGFR-β. Alpelisib blocks PI3Kα.\n"
    assert of_text(tmp_path, text, TARGET) == {("imatinib", "PDGFR-β"), ("alpelisib", "PI3Kα")}


def test_members_under_a_class_heading_get_the_target_the_class_names(tmp_path: Path) -> None:
    text = "## FLT3 inhibitors\n\nMidostaurin and gilteritinib are used for AML.\n"
    assert of_markdown(tmp_path, text, TARGET) == {
        ("midostaurin", "FLT3"), ("gilteritinib", "FLT3")
    }


def test_members_under_a_class_heading_naming_no_target_get_none(tmp_path: Path) -> None:
    text = "## Kinase inhibitors\n\nMidostaurin and gilteritinib are used for AML.\n"
    assert of_markdown(tmp_path, text, TARGET) == set()
