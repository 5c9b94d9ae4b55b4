"""drug_class from a class whose members are listed after a clause of use ("are used to treat
..., including X"), after "may include", after a plural noun ("the antipsychotic drugs X and
Y"), or under a class name the lexicon learnt this round ("pain medicines", "mucus thinners");
and drug_target never naming a family of proteins ("multiple kinases", "a protease
inhibitor"). Each rule: the right fact, and none where the text does not state it."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown, of_text

from trainer.domain import Relation

CLASS, TARGET = Relation.DRUG_CLASS, Relation.DRUG_TARGET


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of use, then the list after a comma
        (
            "Several chemotherapy drugs are used to treat relapsed bladder cancer, including "
            "cisplatin, gemcitabine and paclitaxel.",
            {
                ("cisplatin", "chemotherapy"),
                ("gemcitabine", "chemotherapy"),
                ("paclitaxel", "chemotherapy"),
            },
        ),
        (
            "Antibiotics that are prescribed for tick bites, such as doxycycline and "
            "amoxicillin, are taken for two weeks.",
            {("doxycycline", "antibiotic"), ("amoxicillin", "antibiotic")},
        ),
        # the list names drugs given beside the class's, not its members
        (
            "Chemotherapy drugs are given with other medicines, including ondansetron.",
            set(),
        ),
        (
            "Antibiotics are used to ease the side effects of treatment, such as loperamide.",
            set(),
        ),
        # a negation in the clause
        (
            "Antibiotics are not used for viral colds, such as amoxicillin.",
            set(),
        ),
    ],
)
def test_class_use_clause_then_list(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oral antibiotics may include doxycycline or minocycline.",
            {("doxycycline", "antibiotic"), ("minocycline", "antibiotic")},
        ),
        ("Blood thinners can include warfarin.", {("warfarin", "anticoagulant")}),
        # the class is the object of a preposition: the list is not its members
        ("Drugs that interact with antibiotics may include warfarin.", set()),
        ("Reactions to anticoagulants can include aspirin sensitivity.", set()),
    ],
)
def test_class_may_include(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural noun after the class: every drug of the list is of the class
        (
            "Doctors may prescribe the antipsychotic drugs haloperidol and risperidone.",
            {("haloperidol", "antipsychotic"), ("risperidone", "antipsychotic")},
        ),
        # a singular class before a drug given with another: only the first is of the class
        (
            "The BTK inhibitor ibrutinib and rituximab were given together.",
            {("ibrutinib", "BTK inhibitor")},
        ),
    ],
)
def test_prenominal_class_plural_noun(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pain medicines such as acetaminophen can ease mild aches.",
            {("acetaminophen", "analgesic")},
        ),
        (
            "Mucus thinners, such as acetylcysteine, loosen phlegm.",
            {("acetylcysteine", "mucolytic")},
        ),
        (
            "Prokinetics such as metoclopramide help the stomach empty.",
            {("metoclopramide", "prokinetic")},
        ),
        (
            "Antifibrinolytic medicines (including tranexamic acid) keep clots from breaking down.",
            {("tranexamic acid", "antifibrinolytic")},
        ),
        (
            "Medicines that suppress the immune system, such as azathioprine, are also used.",
            {("azathioprine", "immunosuppressant")},
        ),
        # a pain medicine named beside the drug, not said of it
        ("Tramadol is taken instead of pain medicines when the pain is severe.", set()),
    ],
)
def test_class_names_added_this_round(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "multiple" and "irreversible" are no part of a target's name; a family is no target
        ("Cabozantinib, which inhibits multiple kinases, is taken daily.", set()),
        (
            "Afatinib is an irreversible tyrosine kinase inhibitor of EGFR and HER2.",
            {("afatinib", "EGFR"), ("afatinib", "HER2")},
        ),
        ("Ritonavir, a protease inhibitor, is used to treat HIV infection.", set()),
        # a named kinase still is a target
        ("Imatinib inhibits the BCR-ABL1 kinase.", {("imatinib", "BCR-ABL1")}),
    ],
)
def test_target_is_never_a_family(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, TARGET) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a class said to be a type of a broader one: its members listed after are both
        (
            "Immune checkpoint inhibitors are a type of immunotherapy. Immune checkpoint "
            "inhibitors used to treat kidney cancer include:\n\n- nivolumab\n- pembrolizumab\n",
            {
                ("nivolumab", "immune checkpoint inhibitor"),
                ("pembrolizumab", "immune checkpoint inhibitor"),
                ("nivolumab", "immunotherapy"),
                ("pembrolizumab", "immunotherapy"),
            },
        ),
        # a negated statement says nothing of the members
        (
            "Immune checkpoint inhibitors are not a type of chemotherapy. Immune checkpoint "
            "inhibitors used to treat kidney cancer include:\n\n- nivolumab\n",
            {("nivolumab", "immune checkpoint inhibitor")},
        ),
        # a way of giving treatment is no broader class
        (
            "Radioactive iodine is a type of radiation therapy. Monoclonal antibodies are "
            "given by vein. Rituximab is a monoclonal antibody.",
            {("rituximab", "monoclonal antibody")},
        ),
    ],
)
def test_broader_class_of_a_class(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


def test_broader_class_stays_in_its_section(tmp_path: Path) -> None:
    text = (
        "# Immunotherapy\n\nImmune checkpoint inhibitors are a type of immunotherapy.\n\n"
        "# Side effects\n\nPembrolizumab is an immune checkpoint inhibitor that can cause "
        "a rash.\n"
    )
    found = of_markdown(tmp_path, text, CLASS)
    assert found == {("pembrolizumab", "immune checkpoint inhibitor")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lenvatinib, which inhibits multiple kinases, was approved for thyroid cancer.",
            {("lenvatinib", "multikinase inhibitor")},
        ),
        (
            "Drugs like sunitinib that target several kinases can raise blood pressure.",
            {("sunitinib", "multikinase inhibitor")},
        ),
        ("Imatinib does not inhibit multiple kinases at this dose.", set()),
    ],
)
def test_inhibits_multiple_kinases(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


def test_apposition_renaming_another_item_is_not_the_drug_class(tmp_path: Path) -> None:
    # the class after the comma belongs to a renamed item, not to the first drug
    text = "Sucralfate, bismuth known as Pepto or corticosteroid enemas can ease the pain."
    assert ("sucralfate", "corticosteroid") not in of_text(tmp_path, text, CLASS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each drug of a combination carries its own apposition
        (
            "Patients lived longer with encorafenib, a BRAF inhibitor, plus binimetinib, a MEK "
            "inhibitor, than with either drug alone.",
            {("encorafenib", "BRAF inhibitor"), ("binimetinib", "MEK inhibitor")},
        ),
        # after a combination with no apposition of its own, which drug is the inhibitor?
        ("Patients received olaparib with abiraterone, a drug that lowers androgens.", set()),
        ("Patients received bevacizumab with olaparib, a PARP inhibitor, as maintenance.", set()),
    ],
)
def test_combination_with_its_own_appositions(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, CLASS) == expected


def test_drug_name_with_its_prefix_word_stays_in_the_list(tmp_path: Path) -> None:
    text = "Antifibrinolytic medicines, such as tranexamic acid and epsilon aminocaproic acid, "
    text += "keep clots from breaking down."
    assert of_text(tmp_path, text, CLASS) == {
        ("tranexamic acid", "antifibrinolytic"),
        ("aminocaproic acid", "antifibrinolytic"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the CLASS, X, as ..." and "another CLASS, X, for ...": an apposition
        (
            "Trials studied the anti-CD20 antibody, rituximab, as maintenance therapy.",
            {("rituximab", "anti-CD20 monoclonal antibody")},
        ),
        (
            "The agency approved another immune checkpoint inhibitor, nivolumab, for lung cancer.",
            {("nivolumab", "immune checkpoint inhibitor")},
        ),
        # after "a", a preposition after the comma may go on with a list of parts
        ("Induction uses a corticosteroid, vincristine, for four weeks.", set()),
    ],
)
def test_apposition_before_a_preposition(tmp_path: Path, text: str, expected: set) -> None:
    assert of_text(tmp_path, text, CLASS) == expected
