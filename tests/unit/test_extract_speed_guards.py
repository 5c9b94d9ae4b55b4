"""The cheap word tests run before the per-sentence expressions: they spare work, never a fact.

Each cue still reads its sentence when the cue's word is there (in any case), a sentence
without the word gives nothing, and a text with a letter that a case-insensitive expression
equates with an ASCII one (long s, dotless i) is always left to the expression.
"""

from __future__ import annotations

import gc
import re
from dataclasses import FrozenInstanceError, replace
from pathlib import Path

import pytest
from extract_helpers import of_text  # pytest puts tests/unit on sys.path

from trainer.domain import Relation
from trainer.generator import IngestError, extract_documents
from trainer.generator.extract.context import DocContext
from trainer.generator.extract.guards import may_hold
from trainer.generator.extract.prior_treatment import recounts_history
from trainer.generator.ingest import read_document, strip_markdown
from trainer.generator.lexicon_load import load_lexicon


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


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a word that opens only longer names of the outside source still opens them
        ("Her anemia was treated with iron sucrose.", {"iron sucrose"}),
        ("Some people need human insulin at night.", {"human insulin"}),
        # the same words before other words name no drug
        ("Iron levels were low in human cells.", set()),
        ("The human body stores iron in the liver.", set()),
    ],
)
def test_outside_drug_names_are_still_found_where_they_can_start(
    sentence: str, names: set[str]
) -> None:
    found = {m.name("drug") for m in load_lexicon().find(sentence) if m.is_kind("drug")}
    assert found == names


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("Plain prose with no marks at all.", "Plain prose with no marks at all."),
        ("**Bold** words and *stressed* ones", "Bold words and stressed ones"),
        ("See [the guide](https://example.org/guide) for `details` &amp; more",
         "See the guide for details & more"),
        ("> A quoted <b>line</b>", "A quoted line"),
        ("A caption beside it ![A drawing](pic.png)", "A caption beside it"),
        ("snake_case_words stay as written", "snake_case_words stay as written"),
    ],
)
def test_markdown_marks_are_taken_off_only_where_a_line_has_them(line: str, plain: str) -> None:
    assert strip_markdown([line]) == ([plain], set())


def test_a_segment_read_again_keeps_its_lead_in_and_body(tmp_path: Path) -> None:
    doc = tmp_path / "page.md"
    doc.write_text("Symptoms include:\n\n- fever\n- tiredness\n", encoding="utf-8")
    dc = DocContext(read_document(doc), load_lexicon())
    item = next(s for s in dc.segments() if s.lead is not None)
    assert item.body == "fever" and item.text.endswith(" fever")
    again = replace(item, hedge=0.5)  # a reader's other reading of the same segment
    assert (again.lead, again.body) == (item.lead, item.body)
    with pytest.raises(FrozenInstanceError):
        item.body_start = 0  # type: ignore[misc]
