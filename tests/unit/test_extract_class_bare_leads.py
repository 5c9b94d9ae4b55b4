"""drug_class and drug_target read from structures of drug information pages: a list under a
lead-in without a colon (a heading, or the sentence just before the list), a drug named with
its salt, suffix or brand in brackets, a route word before a class, a class after a preposition
that ends a lead-in, a relative clause whose verb agrees with one drug of two, and a research
hedge said of a drug's use rather than of its class. Each rule: the right fact, and none where
the text does not state it. The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown, of_text

from trainer.domain import Relation

CLASS, TARGET = Relation.DRUG_CLASS, Relation.DRUG_TARGET


def test_a_heading_that_says_a_class_is_approved_for_a_cancer_is_the_list_lead_in(
    tmp_path: Path,
) -> None:
    page = (
        "# Drugs by cancer type\n\n"
        "Kinase inhibitors approved for kidney cancer\n\n"
        "- sunitinib (Sutent)\n- axitinib (Inlyta)\n"
    )
    assert of_markdown(tmp_path, page, CLASS) == {
        ("sunitinib", "kinase inhibitor"), ("axitinib", "kinase inhibitor")
    }


def test_the_sentence_just_before_a_list_without_a_lead_in(tmp_path: Path) -> None:
    page = (
        "# Cell therapies\n\n"
        "Three CAR T-cell therapies have been approved by the FDA for lymphoma.\n\n"
        "- tisagenlecleucel (Kymriah)\n- axicabtagene ciloleucel (Yescarta)\n"
    )
    assert of_markdown(tmp_path, page, CLASS) == {
        ("tisagenlecleucel", "CAR T-cell therapy"),
        ("axicabtagene ciloleucel", "CAR T-cell therapy"),
    }


@pytest.mark.parametrize(
    "page",
    [
        # the sentence before the list says nothing of approval or use
        "# Notes\n\nKinase inhibitors can cause diarrhea.\n\n- sunitinib\n- axitinib\n",
        # the members are studied, not approved: a hedge the items share
        "# Notes\n\nKinase inhibitors are being studied for kidney cancer.\n\n"
        "- sunitinib\n- axitinib\n",
        # a heading about something other than the class's members
        "# Notes\n\nKinase inhibitors used with radiation therapy\n\n- sunitinib\n- axitinib\n",
        # items that are sentences, not names
        "# Notes\n\nKinase inhibitors approved for kidney cancer.\n\n"
        "- Sunitinib was compared with interferon in a large trial.\n",
    ],
)
def test_no_class_from_a_bare_lead_in_that_does_not_name_the_members(
    tmp_path: Path, page: str
) -> None:
    assert of_markdown(tmp_path, page, CLASS) == set()


def test_a_salt_a_solvate_and_brands_in_brackets_are_the_same_drug(tmp_path: Path) -> None:
    page = (
        "# Drugs by cancer type\n\n"
        "Targeted therapy approved for skin cancer\n\n"
        "- trametinib dimethyl sulfoxide (Mekinist)\n"
        "- leuprolide acetate (Lupron Depot, Eligard)\n"
        "- goserelin acetate (Zoladex)\n"
        "- lazertinib mesylate hydrate (Lazcluze)\n"
    )
    assert of_markdown(tmp_path, page, CLASS) == {
        ("trametinib", "targeted therapy"),
        ("leuprolide", "targeted therapy"),
        ("goserelin", "targeted therapy"),
        ("lazertinib", "targeted therapy"),
    }


def test_a_biologic_suffix_does_not_end_the_subject(tmp_path: Path) -> None:
    text = "Tarlatamab-dlle is a type of immunotherapy drug called a bispecific T-cell engager.\n"
    assert of_text(tmp_path, text, CLASS) == {
        ("tarlatamab", "immunotherapy"), ("tarlatamab", "bispecific T-cell engager")
    }


def test_a_word_after_a_hyphen_is_not_a_biologic_suffix(tmp_path: Path) -> None:
    text = "Rituximab-free regimens are a type of chemotherapy.\n"
    assert of_text(tmp_path, text, CLASS) == set()


def test_the_route_a_drug_is_given_by_is_not_its_class(tmp_path: Path) -> None:
    text = "Small skin lesions may be treated with topical beta-blocker therapy (timolol).\n"
    assert of_text(tmp_path, text, CLASS) == {("timolol", "beta-blocker")}


def test_a_class_after_a_preposition_that_ends_a_lead_in_is_not_the_list_class(
    tmp_path: Path,
) -> None:
    page = (
        "# Support\n\n"
        "They protect the blood cells that are harmed by chemotherapy:\n\n"
        "- Filgrastim, which raises the number of white blood cells.\n"
    )
    assert of_markdown(tmp_path, page, CLASS) == set()


def test_a_class_before_a_colon_still_lists_its_members(tmp_path: Path) -> None:
    page = "# Drugs\n\nThe patient was given chemotherapy:\n\n- cisplatin\n- etoposide\n"
    assert of_markdown(tmp_path, page, CLASS) == {
        ("cisplatin", "chemotherapy"), ("etoposide", "chemotherapy")
    }


def test_a_singular_relative_clause_targets_the_last_drug_only(tmp_path: Path) -> None:
    text = "The regimen combines dabrafenib and trametinib, which targets MEK.\n"
    assert of_text(tmp_path, text, TARGET) == {("trametinib", "MEK")}


def test_a_plural_relative_clause_targets_both_drugs(tmp_path: Path) -> None:
    text = "The regimen combines vemurafenib and dabrafenib, which target BRAF.\n"
    assert of_text(tmp_path, text, TARGET) == {("vemurafenib", "BRAF"), ("dabrafenib", "BRAF")}


def test_a_shared_label_does_not_override_the_target_one_drug_is_given(tmp_path: Path) -> None:
    text = (
        "The BRAF-targeted drugs dabrafenib and trametinib, which targets MEK, are given "
        "together for melanoma.\n"
    )
    assert of_text(tmp_path, text, TARGET) == {("dabrafenib", "BRAF"), ("trametinib", "MEK")}


def test_a_study_of_the_use_does_not_hedge_what_the_drug_is(tmp_path: Path) -> None:
    text = "Niraparib is a PARP inhibitor that is being studied in lung cancer.\n"
    assert of_text(tmp_path, text, CLASS) == {("niraparib", "PARP inhibitor")}
    assert of_text(tmp_path, text, TARGET) == {("niraparib", "PARP")}


def test_a_hedged_class_statement_gives_no_class(tmp_path: Path) -> None:
    text = "Niraparib might be a PARP inhibitor that is being studied in lung cancer.\n"
    assert of_text(tmp_path, text, CLASS) == set()


def test_a_misspelt_drug_is_normalised(tmp_path: Path) -> None:
    text = "Her doctor prescribed the aromatase inhibitor anastrazole.\n"
    assert of_text(tmp_path, text, CLASS) == {("anastrozole", "aromatase inhibitor")}
