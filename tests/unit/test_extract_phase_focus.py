"""A phase named in one sentence and its drugs in the next, with no word pointing back: the
paragraph's phase focus carries to the sentences of treatment that follow, and ends at a
sentence about something else, another phase, a new group of drugs or the paragraph's end."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown, of_text

from trainer.domain import Relation
from trainer.generator.facts import extract_documents

DRUGS = Relation.PHASE_DRUGS


def test_drugs_after_a_relapse_sentence_are_salvage_drugs(tmp_path: Path) -> None:
    text = (
        "Arthritis that comes back after treatment needs other medicines. "
        "Doctors then give methotrexate or leflunomide.\n"
    )
    assert of_text(tmp_path, text, DRUGS) == {
        ("salvage therapy", "methotrexate"), ("salvage therapy", "leflunomide"),
    }


def test_the_first_step_of_treatment_carries_over_two_sentences(tmp_path: Path) -> None:
    text = (
        "As a first step in your treatment, the nurse may ask you to rest in bed. "
        "You may also be told to take medicines that ease swelling. "
        "Examples of these medicines include naproxen and ibuprofen.\n"
    )
    assert of_text(tmp_path, text, DRUGS) == {
        ("first-line therapy", "naproxen"), ("first-line therapy", "ibuprofen"),
    }


def test_a_lone_sentence_naming_the_phase_opens_the_next_paragraph(tmp_path: Path) -> None:
    text = (
        "Medicines are usually the first course of treatment for adults.\n\n"
        "Doctors commonly use prednisone to calm the disease.\n"
    )
    assert of_text(tmp_path, text, DRUGS) == {("first-line therapy", "prednisone")}


def test_carried_facts_are_flagged_and_less_sure_than_stated_ones(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(
        "Arthritis that comes back after treatment needs other medicines. "
        "Doctors then give methotrexate.\n\n"
        "Leflunomide is used to treat arthritis that comes back.\n",
        encoding="utf-8",
    )
    found = {f.object: f for f in extract_documents([path]) if f.relation is DRUGS}
    assert "phase-carried" in found["methotrexate"].flags
    assert "phase-carried" not in found["leflunomide"].flags
    assert found["methotrexate"].confidence < found["leflunomide"].confidence


@pytest.mark.parametrize(
    "middle",
    [
        # a sentence about harms ends the focus
        "These medicines can have side effects such as weight gain.",
        # so does a test
        "Your doctor will check your blood counts every month.",
        # and a sentence naming another phase
        "Maintenance therapy keeps the disease quiet.",
    ],
)
def test_the_focus_ends_at_a_sentence_about_something_else(tmp_path: Path, middle: str) -> None:
    text = (
        "Arthritis that comes back after treatment needs other medicines. "
        f"{middle} Doctors then give leflunomide.\n"
    )
    assert ("salvage therapy", "leflunomide") not in of_text(tmp_path, text, DRUGS)


@pytest.mark.parametrize(
    "second",
    [
        # negated
        "Doctors do not give leflunomide to these patients.",
        # a trial, not practice
        "A trial compared leflunomide with placebo in these patients.",
        # a comparison of two drugs, not what the phase gives
        "Doctors give leflunomide less often than methotrexate.",
        # a new group beside the focus
        "Other medicines that are sometimes given include leflunomide.",
        # a use of its own
        "Leflunomide is also used to treat psoriasis.",
        # a class's members, not a use
        "Antimetabolites include leflunomide.",
        # the drug is named, not given
        "Leflunomide was discovered in the 1980s.",
    ],
)
def test_no_fact_where_the_next_sentence_gives_no_drug_in_the_phase(
    tmp_path: Path, second: str
) -> None:
    text = f"Arthritis that comes back after treatment needs other medicines. {second}\n"
    assert of_text(tmp_path, text, DRUGS) == set()


def test_the_focus_does_not_cross_a_paragraph_that_names_drugs(tmp_path: Path) -> None:
    text = (
        "Arthritis that comes back after treatment is treated with methotrexate.\n\n"
        "Doctors commonly use leflunomide to ease joint pain.\n"
    )
    assert of_text(tmp_path, text, DRUGS) == {("salvage therapy", "methotrexate")}


def test_the_focus_does_not_cross_from_one_list_item_to_the_next(tmp_path: Path) -> None:
    text = (
        "Leflunomide is approved to treat:\n\n"
        "- Arthritis that has come back. It is used alone.\n"
        "- Arthritis in adults with a certain gene change. It is given with methotrexate.\n"
    )
    assert ("salvage therapy", "methotrexate") not in of_text(tmp_path, text, DRUGS)


def test_a_phase_told_of_another_disease_sets_no_focus(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nAsthma causes cough. Steroids are used to treat hepatitis C that has "
        "not responded to other treatments. Doctors prescribe prednisone.\n"
    )
    assert of_text(tmp_path, text, DRUGS) == set()


def test_the_first_course_of_treatment_is_first_line_in_its_own_sentence(tmp_path: Path) -> None:
    text = "Doctors give prednisone as the first course of treatment for adults.\n"
    assert of_text(tmp_path, text, DRUGS) == {("first-line therapy", "prednisone")}


def test_the_first_step_in_treating_an_aim_names_no_line(tmp_path: Path) -> None:
    text = "The first step in treating the disease is to lower blood sugar with insulin.\n"
    assert of_text(tmp_path, text, DRUGS) == set()


@pytest.mark.parametrize(
    ("body", "phase", "drug"),
    [
        ("After surgery, more treatment may be given to kill cancer cells left behind. These "
         "include:\n\n- more chemotherapy\n- the drug capecitabine", "adjuvant therapy",
         "capecitabine"),
        ("Before surgery, treatment may be given to shrink the tumour. Options include:\n\n"
         "- the drug letrozole", "neoadjuvant therapy", "letrozole"),
    ],
)
def test_the_operation_sets_the_phase_of_the_list_after_it(
    tmp_path: Path, body: str, phase: str, drug: str
) -> None:
    assert (phase, drug) in of_markdown(tmp_path, f"# Breast cancer\n\n{body}\n", DRUGS)


def test_the_operation_sets_no_phase_on_a_page_about_no_cancer(tmp_path: Path) -> None:
    text = ("# Appendicitis\n\nAfter surgery, more treatment may be given to prevent "
            "infection. These include:\n\n- the drug cefazolin\n")
    assert of_markdown(tmp_path, text, DRUGS) == set()


def test_examples_of_these_medicines_take_the_focus(tmp_path: Path) -> None:
    text = ("If steroids don't work well, doctors may prescribe stronger medicines. These "
            "medicines calm the immune system. Examples of these medicines are azathioprine "
            "and methotrexate.\n")
    assert of_text(tmp_path, text, DRUGS) == {
        ("salvage therapy", "azathioprine"), ("salvage therapy", "methotrexate"),
    }


def test_examples_after_a_sentence_about_harms_take_no_focus(tmp_path: Path) -> None:
    text = ("If steroids don't work well, doctors may prescribe stronger medicines. These "
            "medicines have side effects. Examples of these medicines are azathioprine and "
            "methotrexate.\n")
    assert of_text(tmp_path, text, DRUGS) == set()
