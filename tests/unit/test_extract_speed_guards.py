"""The cheap word tests run before the per-sentence expressions: they spare work, never a fact.

Each cue still reads its sentence when the cue's word is there (in any case), a sentence
without the word gives nothing, and a text with a letter that a case-insensitive expression
equates with an ASCII one (long s, dotless i) is always left to the expression.
"""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest
from extract_helpers import of_text  # pytest puts tests/unit on sys.path

from trainer.domain import Relation
from trainer.generator import IngestError, extract_documents
from trainer.generator.extract.guards import may_hold
from trainer.generator.extract.prior_treatment import recounts_history


def test_a_word_is_found_in_any_case_and_its_absence_is_sure() -> None:
    assert may_hold("Common SYMPTOMS include fever.", ("sign", "symptom"))
    assert not may_hold("Fever is common in children.", ("sign", "symptom"))


@pytest.mark.parametrize("text", ["Common ſymptoms include fever.", "Common sıgns of it."])
def test_letters_the_expressions_fold_oddly_are_left_to_them(text: str) -> None:
    # a case-insensitive expression matches these, so the guard must not rule them out
    assert re.search(r"symptoms?|signs?", text, re.IGNORECASE)
    assert may_hold(text, ("sign", "symptom"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Anemia can cause tiredness and pale skin.",
         {("anemia", "fatigue"), ("anemia", "pallor")}),
        ("Tiredness is often caused by anemia.", {("anemia", "fatigue")}),
        ("Anemia makes you feel tired.", {("anemia", "fatigue")}),
        ("Severe anemia may present with shortness of breath.",
         {("anemia", "shortness of breath")}),
        ("Hypothyroidism results in weight gain and tiredness.",
         {("hypothyroidism", "fatigue"), ("hypothyroidism", "weight gain")}),
        ("Common signs of anemia include tiredness, dizziness and pale skin.",
         {("anemia", "dizziness"), ("anemia", "fatigue"), ("anemia", "pallor")}),
        # no cue word at all: nothing is read
        ("Anemia is common in older adults.", set()),
    ],
)
def test_symptom_cues_still_read_their_sentences(
    tmp_path: Path, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert of_text(tmp_path, sentence, Relation.SYMPTOM_CAUSE) == expected


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Patients in the study had already received induction with imatinib.", True),
        ("In the past, maintenance lasted three years.", True),
        ("Children were enrolled after they finished induction.", True),
        ("Maintenance lasts two years and uses mercaptopurine.", False),
        ("MAINTENANCE LASTS TWO YEARS.", False),
    ],
)
def test_a_treatment_history_is_still_recognised(sentence: str, told: bool) -> None:
    assert recounts_history(sentence) is told


def test_extraction_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    doc = tmp_path / "page.txt"
    doc.write_text("Anemia can cause tiredness.\n", encoding="utf-8")
    assert extract_documents([doc])
    assert gc.get_freeze_count() == 0  # nothing stays out of the collector's reach
    with pytest.raises(IngestError):
        extract_documents([tmp_path / "missing.txt"])
    assert gc.get_freeze_count() == 0
