"""Lines of therapy told by an ordinal before a kind of treatment, or by where treatment starts.

"The first palliative treatment for X includes A", "Subsequent therapy may include:" + list,
"Doctors usually start with A", "Treatment often begins with A", "A is the drug of choice".
Not: a time ("after the first
systemic treatment"), one patient's first dose ("may begin treatment with A while tests are
done"), or a start that is no treatment ("Symptoms usually start with ...").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation

DRUGS = Relation.PHASE_DRUGS


def page(title: str, body: str) -> str:
    return f"# {title}\n\n{body}\n"


@pytest.mark.parametrize(
    ("title", "body", "phase", "expected"),
    [
        ("Stomach cancer", "The first palliative treatment for stomach cancer includes "
                           "nivolumab.", "first-line therapy", {"nivolumab"}),
        ("Lung cancer", "The first systemic therapy for these tumours usually includes "
                        "osimertinib.",
         "first-line therapy", {"osimertinib"}),
        ("Stomach cancer", "Subsequent therapy often includes ramucirumab or paclitaxel.",
         "subsequent-line therapy", {"ramucirumab", "paclitaxel"}),
        ("Stomach cancer", "Subsequent palliative therapy may include:\n\n- ramucirumab\n"
                           "- trastuzumab deruxtecan for HER2-positive cancer",
         "subsequent-line therapy", {"ramucirumab", "trastuzumab deruxtecan"}),
        ("Osteoarthritis", "For pain, doctors usually start with acetaminophen.",
         "first-line therapy", {"acetaminophen"}),
        ("Gout", "Treatment often begins with colchicine.", "first-line therapy", {"colchicine"}),
        ("Lymphatic filariasis", "Diethylcarbamazine is the drug of choice in most countries.",
         "first-line therapy", {"diethylcarbamazine"}),
        ("Syphilis", "Penicillin G remains the treatment of choice.", "first-line therapy",
         {"penicillin g"}),
    ],
)
def test_a_line_told_in_words(
    tmp_path: Path, title: str, body: str, phase: str, expected: set[str]
) -> None:
    assert of_markdown(tmp_path, page(title, body), DRUGS) == {(phase, d) for d in expected}


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Stomach cancer", "After the first palliative treatment, some people feel tired and "
                           "take ondansetron for nausea."),
        ("Kidney infection", "The doctor may begin treatment with ciprofloxacin while the urine "
                             "culture grows."),
        ("Gout", "Symptoms usually start with pain, and people may take colchicine."),
        ("Syphilis", "Doxycycline is not the drug of choice."),
    ],
)
def test_no_line_from_a_time_a_first_dose_or_a_symptom(
    tmp_path: Path, title: str, body: str
) -> None:
    found = of_markdown(tmp_path, page(title, body), DRUGS)
    assert not any(p in ("first-line therapy", "subsequent-line therapy") for p, _ in found)

