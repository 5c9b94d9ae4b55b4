"""Lengths of a course told by its subject: "the course of treatment lasts", "people need to
take <drug> for", a least length ("12 months or longer"); and the near-misses that are no
course's length (a dosing schedule, a survival figure, follow-up)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_text

from trainer.domain import Relation

DURATION, DRUGS = Relation.PHASE_DURATION, Relation.PHASE_DRUGS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The course of treatment lasts 6 months.", {("overall treatment", "6 months")}),
        ("A treatment course usually takes 10 days.", {("overall treatment", "10 days")}),
        (
            "Most people need to take allopurinol for 12 months or longer.",
            {("overall treatment", "12 months or longer")},
        ),
        (
            "Patients must keep taking warfarin for at least 3 months.",
            {("overall treatment", "at least 3 months")},
        ),
        ("Maintenance lasts 2 years or more.", {("maintenance", "2 years or more")}),
        # an adverb of habit between the copula and "treated"
        ("Infections are generally treated for 1-3 days.", {("overall treatment", "1-3 days")}),
        ("Most cases are usually treated for 2 weeks.", {("overall treatment", "2 weeks")}),
        ("The rash is typically treated for 10 days.", {("overall treatment", "10 days")}),
        ("In total, treatment for the leukemia takes about 2 to 3 years.",
         {("overall treatment", "2-3 years")}),
    ],
)
def test_course_lengths(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, DURATION) == expected


def test_a_drug_taken_for_a_span_gives_no_drug_of_the_whole_course(tmp_path: Path) -> None:
    # the length is the course's; whether that one drug is the whole treatment is not said
    text = "Most people need to take prednisone for 12 months or longer."
    assert of_text(tmp_path, text, DRUGS) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a dosing schedule
        "Patients need to take capecitabine for 14 days every 3 weeks.",
        # a survival figure
        "The course of treatment improved median survival by 6 months.",
        # follow-up, not treatment
        "People need to have scans for 5 years after treatment ends.",
        # the drug is the subject: its own schedule
        "Dexamethasone is given for 4 days.",
        # denied, and a trial's arm
        "Infections are not generally treated for 3 days.",
        "Patients are generally treated for up to 12 months in the trial arm.",
    ],
)
def test_not_a_course_length(tmp_path: Path, text: str) -> None:
    assert of_text(tmp_path, text, DURATION) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Adjuvant imatinib for 3 years is recommended for GIST.",
         {("adjuvant therapy", "3 years")}),
        ("Maintenance rituximab given for 2 years improves control of lymphoma.",
         {("maintenance", "2 years")}),
        ("Adjuvant anastrozole for 5 years after surgery lowers the risk of relapse.",
         {("adjuvant therapy", "5 years")}),
        # a dosing schedule after the qualified drug
        ("Salvage ifosfamide for 5 days every 3 weeks is used in sarcoma.", set()),
        # the time the drug takes to work
        ("Maintenance lenalidomide for 2 months to work is unusual in myeloma.", set()),
    ],
)
def test_span_after_a_qualified_drug(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DURATION) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Consolidation consists of 2 cycles of high-dose cytarabine.",
         {("consolidation", "2 cycles")}),
        ("Induction therapy is usually 4 to 6 courses.", {("induction", "4-6 courses")}),
        ("Patients then get adjuvant chemotherapy of six cycles.",
         {("adjuvant therapy", "6 cycles")}),
        # one cycle's length, the cycles' own length, history
        ("Each cycle of induction lasts 21 days.", set()),
        ("Maintenance is given in 28-day cycles.", set()),
        ("Patients who received 6 cycles of consolidation had fewer relapses.", set()),
    ],
)
def test_lengths_in_cycles(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, DURATION) == expected
