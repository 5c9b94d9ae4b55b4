"""Phases read from how a text speaks of a course of treatment rather than from a phase's name:
the whole course ("may last from 12 to 24 weeks", "3 or 4 days of treatment", "for the rest of
their lives"), a phase word qualifying its drug ("adjuvant letrozole"), newly diagnosed cancer
as the first treatment, and what gives no fact ("for many years", hedged or past courses)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown, of_text

from trainer.domain import Relation

DURATION, DRUGS = Relation.PHASE_DURATION, Relation.PHASE_DRUGS



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Treatment may last from 12 to 24 weeks.", {("overall treatment", "12-24 weeks")}),
        # two whole numbers in a row joined by "or" are a range
        (
            "Mild bladder infections can be cured with 3 or 4 days of treatment.",
            {("overall treatment", "3-4 days")},
        ),
        (
            "Infections of the kidney may need several weeks of antibiotic treatment.",
            {("overall treatment", "several weeks")},
        ),
        (
            "People with this liver disorder must take their medicines for the rest of their "
            "lives.",
            {("overall treatment", "lifelong")},
        ),
        # hedged, or a life lived with side effects: no length of treatment
        ("Lifelong treatment may be needed for a few patients.", set()),
        ("Some survivors live with nerve damage for the rest of their lives.", set()),
        # "for many years" says how long ago, not how long
        ("For many years, treatment of the disease lasted longer than needed.", set()),
    ],
)
def test_the_whole_course(tmp_path: Path, text: str, expected: set[tuple[str, str]]) -> None:
    assert of_text(tmp_path, text, DURATION) == expected


def test_a_span_of_therapy_belongs_to_the_phase_whose_length_the_sentence_before_discusses(
    tmp_path: Path,
) -> None:
    text = (
        "The best length of adjuvant therapy for this sarcoma is not settled. At least 2 years "
        "of therapy is often used."
    )
    assert of_text(tmp_path, text, DURATION) == {("adjuvant therapy", "at least 2 years")}


def test_a_span_of_therapy_after_a_sentence_about_another_phase_gives_nothing(
    tmp_path: Path,
) -> None:
    text = "Induction uses vincristine and prednisone. Patients then get 2 years of therapy."
    assert ("induction", "2 years") not in of_text(tmp_path, text, DURATION)
    assert ("overall treatment", "2 years") not in of_text(tmp_path, text, DURATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After surgery for breast cancer, many women take adjuvant letrozole to lower the "
            "chance of the cancer coming back.",
            {("adjuvant therapy", "letrozole")},
        ),
        (
            "Maintenance rituximab is offered to some people with follicular lymphoma.",
            {("maintenance", "rituximab")},
        ),
        (
            "Postoperative adjuvant tyrosine kinase inhibitor therapy lowers the risk of "
            "recurrence of the tumor.",
            {("adjuvant therapy", "tyrosine kinase inhibitor")},
        ),
        # a point in time, a negation, and a class whose own name holds the phase word
        ("Her breast cancer came back after adjuvant letrozole.", set()),
        ("Women with this breast cancer should not receive adjuvant letrozole.", set()),
        ("The first-line antituberculosis drugs are cheap.", set()),
    ],
)
def test_a_phase_word_qualifying_its_drug(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dasatinib is used with chemotherapy in patients whose leukemia is newly diagnosed.",
            {("first-line therapy", "dasatinib")},
        ),
        # what follows when the earlier treatment fails
        (
            "If steroids or surgery don't help, two newer medicines, eltrombopag and "
            "romiplostim, can be used.",
            {("salvage therapy", "eltrombopag"), ("salvage therapy", "romiplostim")},
        ),
        ("If you feel unwell, do not take ibuprofen.", set()),
        # for a disease other than a cancer, "newly diagnosed" names no line of therapy
        ("Mesalamine is used to treat people newly diagnosed with colitis.", set()),
        (
            "Nelarabine is used in patients whose leukemia has not gotten better with other "
            "treatment or has come back.",
            {("salvage therapy", "nelarabine")},
        ),
    ],
)
def test_settings_of_a_drug_page(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected


def test_a_new_lead_in_ends_the_nested_list_of_the_list_before(tmp_path: Path) -> None:
    text = (
        "Treatment of early lymphoma may include:\n\n"
        "- Surgery followed by one of the following:\n"
        "- Rituximab.\n\n"
        "Treatment of recurrent lymphoma may include:\n\n"
        "- Ibrutinib.\n"
    )
    found = of_markdown(tmp_path, text, DRUGS)
    assert ("salvage therapy", "ibrutinib") in found
    assert ("adjuvant therapy", "ibrutinib") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence giving the whole course's length names the course's drugs
        (
            "Antifungals usually are given for 4 to 8 weeks by mouth.",
            {("overall treatment", "antifungal")},
        ),
        (
            "Kidney infections may require several weeks of antibiotic treatment.",
            {("overall treatment", "antibiotic")},
        ),
        # one drug given for a span is its schedule, not a course
        ("Dexamethasone is given for 5 days.", set()),
        # a phase named by what it follows, or by its place among the lines of therapy
        ("Treatment after maintenance may include eflornithine.",
         {("post-maintenance therapy", "eflornithine")}),
        (
            "Drugs approved for subsequent lines of therapy include sunitinib and regorafenib.",
            {("subsequent-line therapy", "sunitinib"), ("subsequent-line therapy", "regorafenib")},
        ),
    ],
)
def test_drugs_of_the_whole_course(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected


def test_a_word_that_only_aliases_a_phase_does_not_qualify_a_drug(tmp_path: Path) -> None:
    text = "The initial imatinib dose for chronic myeloid leukemia is 400 mg."
    assert of_text(tmp_path, text, DRUGS) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a class standing as a drug's title is not a second drug of the phase
        (
            "The kinase inhibitor nilotinib is used as first-line therapy for this leukemia.",
            {("first-line therapy", "nilotinib")},
        ),
        # a forecast of practice is not the phase's regimen
        (
            "These results are likely to lead doctors to use nilotinib as second-line therapy.",
            set(),
        ),
    ],
)
def test_what_a_phase_sentence_does_not_give(
    tmp_path: Path, text: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, text, DRUGS) == expected
