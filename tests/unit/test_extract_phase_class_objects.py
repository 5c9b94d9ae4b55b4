"""A specific drug class as a treatment phase's object.

A pharmacological class ("corticosteroid", "antibiotic", "tyrosine kinase inhibitor") may be
what a phase gives wherever a drug may; a broad grouping ("chemotherapy", "targeted therapy") or
a way of giving treatment never is. A class named with its examples gives both the class and the
drugs; a singular class that only describes the one drug in brackets gives the drug alone.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_text

from trainer.domain import Relation
from trainer.generator.extract.phase_objects import not_a_phase_class

DRUGS = Relation.PHASE_DRUGS


def test_a_class_with_a_pronunciation_and_its_example_gives_both(tmp_path: Path) -> None:
    text = (
        "Relapsed disease is treated with corticosteroids (kor-ti-ko-STER-oids), such as "
        "dexamethasone, for a short time."
    )
    assert of_text(tmp_path, text, DRUGS) == {
        ("salvage therapy", "corticosteroid"),
        ("salvage therapy", "dexamethasone"),
    }


def test_a_class_with_its_abbreviation_and_examples_gives_both(tmp_path: Path) -> None:
    text = (
        "Maintenance therapy uses tyrosine kinase inhibitors (TKIs), such as imatinib or "
        "dasatinib."
    )
    found = of_text(tmp_path, text, DRUGS)
    assert ("maintenance", "tyrosine kinase inhibitor") in found
    assert ("maintenance", "imatinib") in found
    assert ("maintenance", "dasatinib") in found


def test_a_class_said_to_be_prescribed_when_the_disease_recurs(tmp_path: Path) -> None:
    text = "If the infection recurs, antibiotics are prescribed for four more weeks."
    assert ("salvage therapy", "antibiotic") in of_text(tmp_path, text, DRUGS)


def test_a_class_given_in_conjunction_with_surgery_in_relapse(tmp_path: Path) -> None:
    text = (
        "For patients with recurrent disease, surgery may be used in conjunction with "
        "aromatase inhibitors."
    )
    assert of_text(tmp_path, text, DRUGS) == {("salvage therapy", "aromatase inhibitor")}


def test_a_singular_class_describing_its_one_drug_gives_only_the_drug(tmp_path: Path) -> None:
    text = "Treatment of relapsed disease may include a monoclonal antibody (obinutuzumab)."
    assert of_text(tmp_path, text, DRUGS) == {("salvage therapy", "obinutuzumab")}


def test_a_class_said_to_cause_a_side_effect_is_no_phase_drug(tmp_path: Path) -> None:
    text = "During induction, corticosteroids are known to cause high blood sugar."
    assert ("induction", "corticosteroid") not in of_text(tmp_path, text, DRUGS)


def test_a_class_that_is_not_given_is_no_phase_drug(tmp_path: Path) -> None:
    text = "If the infection recurs, antibiotics are not prescribed again."
    assert of_text(tmp_path, text, DRUGS) == set()


def test_a_broad_grouping_is_never_a_phase_drug(tmp_path: Path) -> None:
    text = "Maintenance therapy uses targeted therapy, such as imatinib."
    found = of_text(tmp_path, text, DRUGS)
    assert ("maintenance", "imatinib") in found
    assert not any(obj == "targeted therapy" for _, obj in found)
    # the groupings with no "therapy" in their name are listed as data
    assert not_a_phase_class("antineoplastic agent")
    assert not not_a_phase_class("corticosteroid")


def test_people_named_by_their_recurrences_are_treated_at_relapse(tmp_path: Path) -> None:
    text = (
        "For patients with isolated recurrences, surgery may be used in conjunction with "
        "tyrosine kinase inhibitors (TKIs)."
    )
    assert of_text(tmp_path, text, DRUGS) == {("salvage therapy", "tyrosine kinase inhibitor")}


def test_a_relapse_rate_is_no_relapsed_setting(tmp_path: Path) -> None:
    text = "In children with relapse rates above one in five, imatinib is given."
    assert of_text(tmp_path, text, DRUGS) == set()
