"""drug_class and drug_target read from the structure of a sentence: lists and sub-lists,
combinations, appositions with asides, class statements that carry over to the class's
members, and names that are not drugs. Each rule: the right fact, and none where none is
stated."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import extract, of_text, pairs

from trainer.domain import Relation
from trainer.generator.lexicon_load import load_lexicon

CLASS, TARGET = Relation.DRUG_CLASS, Relation.DRUG_TARGET


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a drug given with the listed ones is not one of them
        (
            "The PARP inhibitors olaparib and niraparib in combination with abiraterone are "
            "approved for some men.",
            {("olaparib", "PARP inhibitor"), ("niraparib", "PARP inhibitor")},
        ),
        # "X with Y, a CLASS": either drug may be meant, so neither is read
        ("Patients received olaparib with abiraterone, a PARP inhibitor, for a year.", set()),
        # a modality after "and other" lists a regimen, not what each drug is
        (
            "Rituximab and other chemotherapy drugs are given in cycles. Imatinib and other "
            "tyrosine kinase inhibitors are taken by mouth.",
            {("imatinib", "tyrosine kinase inhibitor")},
        ),
        # a list that goes on in sub-lists, each with its own kind of drug
        (
            "Statins approved for adults include the older drugs lovastatin and pravastatin, "
            "and the newer drugs atorvastatin and rosuvastatin.",
            {
                ("lovastatin", "statin"),
                ("pravastatin", "statin"),
                ("atorvastatin", "statin"),
                ("rosuvastatin", "statin"),
            },
        ),
        # brand names in brackets do not end a list
        (
            "Beta blockers include atenolol (Tenormin), metoprolol (Lopressor, Toprol), and "
            "propranolol.",
            {
                ("atenolol", "beta blocker"),
                ("metoprolol", "beta blocker"),
                ("propranolol", "beta blocker"),
            },
        ),
        # an aside after a member does not end the list
        (
            "Antifungals used in hospital include fluconazole (Diflucan), which is taken by "
            "mouth, and micafungin, which is given by vein.",
            {("fluconazole", "antifungal"), ("micafungin", "antifungal")},
        ),
        # "commonly used" is a usual member, not a drug used with the class
        (
            "Atenolol and metoprolol are commonly used beta blockers.",
            {("atenolol", "beta blocker"), ("metoprolol", "beta blocker")},
        ),
        (
            "Doctors often give prednisone or a related corticosteroid.",
            {("prednisone", "corticosteroid")},
        ),
        (
            "Doctors prescribe a corticosteroid called prednisone.",
            {("prednisone", "corticosteroid")},
        ),
        (
            "Another antifungal drug, fluconazole, is taken by mouth.",
            {("fluconazole", "antifungal")},
        ),
        (
            "Baricitinib, from a newer class of medicines called JAK inhibitors, is taken daily.",
            {("baricitinib", "JAK inhibitor")},
        ),
        # an aside between the drug and its copula
        (
            "Carfilzomib, which is given intravenously, is a type of drug called a proteasome "
            "inhibitor.",
            {("carfilzomib", "proteasome inhibitor")},
        ),
        # "kinase (JAK) inhibitors": the acronym names the class
        (
            "Upadacitinib belongs to the Janus kinase (JAK) inhibitors.",
            {("upadacitinib", "JAK inhibitor")},
        ),
        # two names of one class in the sentence before "These drugs include ..."
        (
            "Doctors may add DMARDs called biologic response modifiers. These drugs include "
            "abatacept and etanercept.",
            {
                ("abatacept", "biologic response modifier"),
                ("etanercept", "biologic response modifier"),
                ("abatacept", "disease-modifying antirheumatic drug"),
                ("etanercept", "disease-modifying antirheumatic drug"),
            },
        ),
        # two different classes before it: which one is meant is not said
        (
            "Doctors may add statins or beta blockers. These drugs include atenolol.",
            set(),
        ),
    ],
)
def test_class_from_sentence_structure(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the class's own name states the target
        ("Acalabrutinib is a Bruton tyrosine kinase inhibitor.", {("acalabrutinib", "BTK")}),
        ("Carfilzomib is a proteasome inhibitor.", {("carfilzomib", "proteasome")}),
        # a family of enzymes is how a drug works, not its target
        ("Imatinib is a tyrosine kinase inhibitor.", set()),
        # a plural head after "anti-X": every drug of the list
        (
            "Patients receive the anti-CD19 therapeutics tisagenlecleucel or axicabtagene "
            "ciloleucel.",
            {("tisagenlecleucel", "CD19"), ("axicabtagene ciloleucel", "CD19")},
        ),
        # "It does this by binding to ..." after a sentence about the drug
        (
            "Glofitamab brings T cells close to lymphoma cells. It does this by binding to CD20 "
            "on B cells and CD3 on T cells.",
            {("glofitamab", "CD20"), ("glofitamab", "CD3")},
        ),
        # a typographic dash after "anti", and examples in brackets
        (
            "The syndrome is treated with anti–interleukin-6 receptor therapies (e.g., "
            "tocilizumab).",
            {("tocilizumab", "interleukin-6 receptor")},
        ),
        # what a class is said to bind carries over to the drugs named as its members
        (
            "Selective estrogen receptor modulators (SERMs) bind to estrogen receptors. SERMs "
            "used for this cancer include raloxifene and tamoxifen.",
            {("raloxifene", "estrogen receptor"), ("tamoxifen", "estrogen receptor")},
        ),
        # ... also through "They do so by ..." and a second name of the class
        (
            "Androgen synthesis inhibitors lower testosterone levels. They do so by inhibiting "
            "an enzyme called CYP17. Androgen synthesis inhibitors include abiraterone.",
            {("abiraterone", "CYP17")},
        ),
        # alternatives joined by "or" are not said of every member
        (
            "Bispecific antibodies bind to CD20 (or CD19) and to CD3. Glofitamab is a "
            "bispecific antibody.",
            {("glofitamab", "CD3")},
        ),
        # ... or through a relative clause on what the class is
        (
            "GnRH antagonists, which are sometimes called LHRH antagonists, are peptides that "
            "resemble a natural hormone and bind to the GnRH receptor in the pituitary. GnRH "
            "antagonists include cetrorelix and ganirelix.",
            {("cetrorelix", "GnRH receptor"), ("ganirelix", "GnRH receptor")},
        ),
        (
            "GnRH antagonists are peptides that do not bind to the GnRH receptor. GnRH "
            "antagonists include cetrorelix.",
            set(),
        ),
        # said of some members, or naming examples: not what each member binds
        (
            "Some GnRH antagonists are peptides that bind to the GnRH receptor. GnRH antagonists "
            "include cetrorelix.",
            set(),
        ),
        (
            "Some monoclonal antibodies bind to CD20. Obinutuzumab is a monoclonal antibody.",
            set(),
        ),
        (
            "Monoclonal antibodies bind to proteins such as CD20. Obinutuzumab is a monoclonal "
            "antibody.",
            set(),
        ),
        # a hedged class statement gives the members nothing
        (
            "Bispecific antibodies may bind to CD22. Glofitamab is a bispecific antibody.",
            set(),
        ),
        # a hormone of the body is not a drug
        (
            "Testosterone is turned into dihydrotestosterone, which binds to the androgen "
            "receptor.",
            set(),
        ),
    ],
)
def test_target_from_sentence_structure(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, TARGET) == expected


def test_a_brand_known_only_from_the_outside_source_gets_no_class(tmp_path: Path) -> None:
    """ "Maalox" is sold as several products: the one generic the source gives may be wrong."""
    assert of_text(tmp_path, "Antacids, such as Maalox, relieve heartburn.", CLASS) == set()
    # a brand our own lexicon lists stands for its drug
    assert of_text(tmp_path, "Tyrosine kinase inhibitors such as Gleevec are pills.", CLASS) == {
        ("imatinib", "tyrosine kinase inhibitor")
    }


def test_words_shaped_like_drug_names_are_not_drugs() -> None:
    """ "intestine" ends like "vincristine"; it never becomes a drug card."""
    found = load_lexicon().find("Sulfasalazine works in the intestine and the bowel.")
    assert [m.surface for m in found if m.is_kind("drug")] == ["Sulfasalazine"]


def test_a_section_after_the_references_is_read(tmp_path: Path) -> None:
    doc = tmp_path / "guide.md"
    doc.write_text(
        "# Guide\n\n## Background\n\nSome words about the disease.\n\n###### References\n\n"
        "1. Author A. Dasatinib is a tyrosine kinase inhibitor. 2001.\n\n## Treatment\n\n"
        "Imatinib is a tyrosine kinase inhibitor.\n",
        encoding="utf-8",
    )
    assert pairs(extract(doc), CLASS) == {("imatinib", "tyrosine kinase inhibitor")}
