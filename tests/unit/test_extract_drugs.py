"""drug_class and drug_target: exact facts from our own test documents and short texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import TEXTS, extract, of_text, pairs

from trainer.domain import Relation

CLASS, TARGET = Relation.DRUG_CLASS, Relation.DRUG_TARGET


def test_targeted_drugs_document() -> None:
    facts = extract(TEXTS / "targeted_drugs.txt")
    assert pairs(facts, CLASS) == {
        ("imatinib", "tyrosine kinase inhibitor"),
        ("dasatinib", "tyrosine kinase inhibitor"),
        ("nilotinib", "tyrosine kinase inhibitor"),
        ("ponatinib", "third-generation tyrosine kinase inhibitor"),
        ("blinatumomab", "bispecific T-cell engager"),
        ("inotuzumab ozogamicin", "antibody-drug conjugate"),
        ("tisagenlecleucel", "CAR T-cell therapy"),
        ("brexucabtagene autoleucel", "CAR T-cell therapy"),
        ("rituximab", "anti-CD20 monoclonal antibody"),
        ("prednisone", "corticosteroid"),
        ("dexamethasone", "corticosteroid"),
        ("vincristine", "vinca alkaloid"),
        ("daunorubicin", "anthracycline"),
        ("doxorubicin", "anthracycline"),
    }
    assert pairs(facts, TARGET) == {
        ("imatinib", "BCR-ABL1"),
        ("dasatinib", "BCR-ABL1"),
        ("ponatinib", "T315I mutation"),
        ("blinatumomab", "CD19"),
        ("blinatumomab", "CD3"),
        ("inotuzumab ozogamicin", "CD22"),
        ("tisagenlecleucel", "CD19"),
        ("rituximab", "CD20"),
        ("asparaginase", "asparagine"),
    }


def test_provenance_lines_and_hedge_flag() -> None:
    facts = {(f.relation, f.subject, f.object): f for f in extract(TEXTS / "targeted_drugs.txt")}
    blin = facts[(TARGET, "blinatumomab", "CD19")]
    assert blin.lines == (8, 9)  # "It binds to CD19" on line 9, "It" = blinatumomab on line 8
    assert blin.file == "targeted_drugs.txt" and blin.doc == "targeted_drugs"
    ritux = facts[(CLASS, "rituximab", "anti-CD20 monoclonal antibody")]
    assert "hedged" in ritux.flags and ritux.confidence < 0.8
    assert "anti-CD20" in ritux.evidence


def test_negations_and_hedges_document() -> None:
    facts = extract(TEXTS / "negations_hedges.txt")
    assert pairs(facts, TARGET) == {
        ("inotuzumab ozogamicin", "CD22"),
        ("dasatinib", "SRC family kinases"),
    }
    assert pairs(facts, CLASS) == {("methotrexate", "antimetabolite")}
    hedged = next(f for f in facts if f.subject == "dasatinib")
    assert "hedged" in hedged.flags and 0.5 <= hedged.confidence < 0.8
    # speculation about research stays below the default threshold
    low = pairs(extract(TEXTS / "negations_hedges.txt", min_confidence=0.0), TARGET)
    assert ("obecabtagene autoleucel", "CD19") in low


def test_misspelt_and_brand_names_document() -> None:
    facts = extract(TEXTS / "misspelt_brands.txt")
    assert pairs(facts, TARGET) == {("tisagenlecleucel", "CD19")}
    assert pairs(facts, CLASS) == {
        ("inotuzumab ozogamicin", "antibody-drug conjugate"),
        ("imatinib", "tyrosine kinase inhibitor"),
        ("dasatinib", "tyrosine kinase inhibitor"),
        ("prednisolone", "glucocorticoid"),
        ("dexamethasone", "glucocorticoid"),
        ("zorpatinib", "tyrosine kinase inhibitor"),
    }
    flags = {f.subject: f.flags for f in facts if f.relation is CLASS}
    assert "corrected:imatinb->imatinib" in flags["imatinib"]
    assert "corrected:Dasatanib->dasatinib" in flags["dasatinib"]
    # a name no list knows is read by its stem, and flagged so that the fact is held as a draft
    unknown = [f for f in facts if f.subject == "zorpatinib"]
    assert unknown and all("unknown-name:Zorpatinib" in f.flags for f in unknown)


def test_table_with_named_columns() -> None:
    facts = extract(TEXTS / "drug_table.md")
    assert pairs(facts, CLASS) == {
        ("imatinib", "tyrosine kinase inhibitor"),
        ("blinatumomab", "bispecific T-cell engager"),
        ("inotuzumab ozogamicin", "antibody-drug conjugate"),
    }
    assert pairs(facts, TARGET) == {
        ("imatinib", "BCR-ABL1"),
        ("blinatumomab", "CD19"),
        ("inotuzumab ozogamicin", "CD22"),
    }


def test_other_diseases_document() -> None:
    facts = extract(TEXTS / "other_diseases.txt")
    assert pairs(facts, CLASS) == {
        ("imatinib", "tyrosine kinase inhibitor"),
        ("midostaurin", "FLT3 inhibitor"),
        ("gemtuzumab ozogamicin", "antibody-drug conjugate"),
    }
    assert pairs(facts, TARGET) == {
        ("imatinib", "BCR-ABL1"),
        ("midostaurin", "FLT3"),
        ("gemtuzumab ozogamicin", "CD33"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TKIs like imatinib, dasatinib and nilotinib are used.",
            {"imatinib", "dasatinib", "nilotinib"},
        ),
        ("Dasatinib, a tyrosine kinase inhibitor, is taken daily.", {"dasatinib"}),
        (
            "Tyrosine kinase inhibitors (imatinib, dasatinib) block the kinase.",
            {"imatinib", "dasatinib"},
        ),
        ("Targeted therapies include TKIs. The TKI ponatinib is potent.", {"ponatinib"}),
        ("Imatinib and other TKIs changed the outlook.", {"imatinib"}),
        ("Ponatinib is not a first-line TKI in every country.", set()),
        ("Vincristine is not a tyrosine kinase inhibitor.", set()),
        ("Unlike TKIs, vincristine acts on microtubules.", set()),
        ("Patients with TKI-resistant disease may receive ponatinib.", set()),
    ],
)
def test_tki_class_sentences(tmp_path: Path, text: str, expected: set[str]) -> None:
    found = of_text(tmp_path, text, CLASS)
    assert {d for d, c in found if "tyrosine kinase inhibitor" in c} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blinatumomab is directed against CD19.", {("blinatumomab", "CD19")}),
        ("Inotuzumab ozogamicin binds to CD22 on B cells.", {("inotuzumab ozogamicin", "CD22")}),
        ("The anti-CD20 antibody rituximab is added.", {("rituximab", "CD20")}),
        ("BCR-ABL1 inhibitors such as imatinib work well.", {("imatinib", "BCR-ABL1")}),
        ("Imatinib does not target CD19.", set()),
        ("Blinatumomab kills leukemia cells.", set()),
        ("Imatinib is used for Philadelphia chromosome-positive ALL.", set()),
    ],
)
def test_target_sentences(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, TARGET) == expected


def test_heading_class_over_a_generic_list(tmp_path: Path) -> None:
    text = "Targeted therapies\n\nThese drugs include dasatinib and blinatumomab.\n"
    assert of_text(tmp_path, text, CLASS) == {
        ("dasatinib", "targeted therapy"),
        ("blinatumomab", "targeted therapy"),
    }
    text = "Targeted therapies\n\nOther drugs include vincristine.\n"
    assert of_text(tmp_path, text, CLASS) == set()


def test_target_excluded_by_contrast(tmp_path: Path) -> None:
    text = "Blinatumomab attaches to CD19, not CD20.\n"
    assert of_text(tmp_path, text, TARGET) == {("blinatumomab", "CD19")}


def test_misspelt_first_word_keeps_the_second(tmp_path: Path) -> None:
    text = "Inotuzamab ozogamicin, an anti-CD22 antibody-drug conjugate, is given weekly.\n"
    assert of_text(tmp_path, text, CLASS) == {("inotuzumab ozogamicin", "antibody-drug conjugate")}
    assert of_text(tmp_path, text, TARGET) == {("inotuzumab ozogamicin", "CD22")}


def test_class_with_examples_in_a_list_is_not_an_apposition(tmp_path: Path) -> None:
    text = (
        "Induction combines vincristine, a corticosteroid (prednisone or dexamethasone), an "
        "anthracycline such as daunorubicin, and asparaginase.\n"
    )
    assert of_text(tmp_path, text, CLASS) == {
        ("prednisone", "corticosteroid"),
        ("dexamethasone", "corticosteroid"),
        ("daunorubicin", "anthracycline"),
    }


def test_apposition_in_a_speculative_sentence_is_kept_hedged(tmp_path: Path) -> None:
    p = tmp_path / "doc.txt"
    p.write_text("Venetoclax, a BCL-2 inhibitor, might help some people with relapsed ALL.\n")
    facts = [f for f in extract(p) if f.relation is CLASS]
    assert [(f.subject, f.object) for f in facts] == [("venetoclax", "BCL-2 inhibitor")]
    assert facts[0].flags == ("hedged",)
    p.write_text("Venetoclax, a possible BCL-2 inhibitor, might help some people.\n")
    assert not [f for f in extract(p) if f.relation is CLASS]


def test_copular_pronoun_after_a_sentence_about_one_drug(tmp_path: Path) -> None:
    text = (
        "Vincristine is not a targeted therapy. It is a vinca alkaloid that stops cells "
        "dividing by binding to tubulin.\n"
    )
    assert of_text(tmp_path, text, CLASS) == {("vincristine", "vinca alkaloid")}
    assert of_text(tmp_path, text, TARGET) == {("vincristine", "tubulin")}
    two = "Nilotinib and imatinib are used in CML. It is a TKI.\n"
    assert of_text(tmp_path, two, CLASS) == set()
