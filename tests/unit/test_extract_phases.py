"""phase_duration and phase_drugs: exact facts, context from headings/lead-ins, normalisation."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import TEXTS, extract, of_text, pairs

from trainer.domain import Relation
from trainer.generator import extract_documents

DURATION, DRUGS = Relation.PHASE_DURATION, Relation.PHASE_DRUGS


def test_treatment_phases_document() -> None:
    facts = extract(TEXTS / "treatment_phases.txt")
    assert pairs(facts, DURATION) == {
        ("induction", "about 4 weeks"),
        ("consolidation", "4-8 months"),
        ("maintenance", "2-3 years"),
    }
    assert pairs(facts, DRUGS) == {
        ("induction", "vincristine"),
        ("induction", "dexamethasone"),
        ("induction", "prednisone"),
        ("induction", "pegaspargase"),
        ("induction", "daunorubicin"),
        ("induction", "methotrexate"),
        ("consolidation", "cyclophosphamide"),
        ("consolidation", "cytarabine"),
        ("consolidation", "mercaptopurine"),
        ("maintenance", "mercaptopurine"),
        ("maintenance", "methotrexate"),
        ("maintenance", "vincristine"),
        ("maintenance", "dexamethasone"),
    }  # "Asparaginase is not used in this phase" and the research outlook give nothing


def test_heading_context_lines_run_from_the_heading() -> None:
    facts = {(f.relation, f.subject, f.object): f for f in extract(TEXTS / "treatment_phases.txt")}
    assert facts[(DRUGS, "induction", "methotrexate")].lines == (6, 11)
    assert facts[(DURATION, "maintenance", "2-3 years")].lines == (21, 21)


def test_patient_guide_lists_and_qualifiers() -> None:
    facts = extract(TEXTS / "patient_guide.md")
    assert pairs(facts, DURATION) == {
        ("induction", "about 1 month"),
        ("consolidation", "a few months"),
        ("maintenance", "2 years"),
        ("maintenance", "3 years"),
    }
    quals = {f.object: f.qualifier for f in facts if f.relation is DURATION}
    assert quals["2 years"] == "girls" and quals["3 years"] == "boys"
    assert pairs(facts, DRUGS) == {
        ("induction", "vincristine"),
        ("induction", "dexamethasone"),
        ("induction", "prednisone"),
        ("induction", "daunorubicin"),
        ("induction", "doxorubicin"),
        ("induction", "anthracycline"),  # a class given with its examples is a list item
        ("induction", "pegaspargase"),
        ("consolidation", "methotrexate"),
        ("consolidation", "cytarabine"),
        ("consolidation", "mercaptopurine"),
    }
    lead_item = next(f for f in facts if f.relation is DRUGS and f.object == "pegaspargase")
    assert lead_item.lines == (10, 16)  # from the lead-in line to the item


def test_tables_html_and_other_documents() -> None:
    table = extract(TEXTS / "drug_table.md")
    assert pairs(table, DURATION) == {("induction", "4-6 weeks"), ("maintenance", "2-3 years")}
    assert pairs(table, DRUGS) == {
        ("induction", "vincristine"),
        ("induction", "dexamethasone"),
        ("induction", "pegaspargase"),
        ("maintenance", "mercaptopurine"),
        ("maintenance", "methotrexate"),
    }
    page = extract(TEXTS / "leukaemia_page.html")
    assert pairs(page, DURATION) == {
        ("induction", "about 4 weeks"),
        ("maintenance", "about 2 years"),
    }
    assert pairs(page, DRUGS) == {
        ("maintenance", "mercaptopurine"),
        ("maintenance", "methotrexate"),
    }
    british = extract(TEXTS / "british_spelling.txt")
    assert pairs(british, DURATION) == {("maintenance", "about 2 years")}
    assert pairs(british, DRUGS) == {("induction", "asparaginase"), ("induction", "vincristine")}


def test_an_aside_about_another_disease_gives_no_phase_facts(tmp_path: Path) -> None:
    text = (
        "Acute lymphoblastic leukemia (ALL) is treated in phases. ALL induction lasts 4 weeks.\n"
        "In AML, induction uses cytarabine and lasts 7 days.\n"
    )
    assert of_text(tmp_path, text, DURATION) == {("induction", "4 weeks")}
    assert of_text(tmp_path, text, DRUGS) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maintenance lasts 2 to 3 years.", "2-3 years"),
        ("Maintenance lasts 2–3 years.", "2-3 years"),
        ("Maintenance lasts two to three years.", "2-3 years"),
        ("Maintenance lasts about 2-3 yrs.", "2-3 years"),
        ("Maintenance lasts approximately 24 months.", "about 24 months"),
        ("Maintenance continues for up to 3 years.", "up to 3 years"),
        ("Maintenance lasts a year.", "1 year"),
        ("Maintenance lasts over 2 years.", "more than 2 years"),
        ("Maintenance drugs are given over several months.", "several months"),
        ("A 4-week induction phase comes first.", "4 weeks"),
        ("Maintenance therapy (typically 2-3 years) follows.", "2-3 years"),
    ],
)
def test_duration_rendering(tmp_path: Path, text: str, expected: str) -> None:
    found = of_text(tmp_path, text, DURATION)
    assert {o for _, o in found} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Patients are checked for remission after 4 weeks of induction.",
        "Induction drugs are given every 3 weeks.",
        "Remission is usually reached within 28 days of induction.",
        "Maintenance does not last 5 years.",
        "Induction started 2 weeks ago.",
    ],
)
def test_points_in_time_are_not_durations(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, DURATION) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Induction uses vincristine and dexamethasone, "
            "whereas maintenance uses mercaptopurine.",
            {
                ("induction", "vincristine"),
                ("induction", "dexamethasone"),
                ("maintenance", "mercaptopurine"),
            },
        ),
        (
            "During consolidation, patients receive high-dose methotrexate.",
            {("consolidation", "methotrexate")},
        ),
        ("Patients who relapse after induction may receive blinatumomab.", set()),
        ("Consolidation is given without asparaginase.", set()),
        ("In maintenance, dasatinib is used instead of imatinib.", {("maintenance", "dasatinib")}),
    ],
)
def test_phase_drug_sentences(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected


def test_anaphora_carries_the_phase_of_the_previous_sentence(tmp_path: Path) -> None:
    text = "Patients then need post-induction therapy. This takes 2 to 3 years to complete.\n"
    assert of_text(tmp_path, text, DURATION) == {("post-induction", "2-3 years")}


def test_anaphoric_phase_beats_a_phase_named_as_a_reference(tmp_path: Path) -> None:
    p = tmp_path / "doc.txt"
    p.write_text(
        "Delayed intensification lasts about eight weeks. It uses several of the induction "
        "drugs again, including dexamethasone and vincristine.\n"
    )
    facts = extract_documents([p])
    assert pairs(facts, DRUGS) == {
        ("delayed intensification", "dexamethasone"),
        ("delayed intensification", "vincristine"),
    }
