"""Calibrated marker confidence: a reading path measured below the precision bar gives drafts
(below the card threshold, flagged ``uncertain: <reason>``), unless the test is a lexicon test
and its object a condition or finding the lexicon names; trusted paths give cards as before."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import extract, write_doc

from trainer.domain import Relation as R
from trainer.generator import ExtractedFact
from trainer.generator.facts import DEFAULT_MIN_CONFIDENCE

ABOUT = "# Lung disease\n\n"


def _markers(tmp_path: Path, text: str) -> list[ExtractedFact]:
    doc = write_doc(tmp_path, text, heading=ABOUT)
    return [f for f in extract(doc, min_confidence=0.0) if f.relation is R.MARKER]


def test_a_measured_free_phrase_is_a_draft_not_a_card(tmp_path: Path) -> None:
    text = "Lung function tests measure the speed of airflow out of the lungs.\n"
    found = _markers(tmp_path, text)
    assert [(f.subject, f.object) for f in found] == [
        ("pulmonary function tests", "speed of airflow out of the lungs")
    ]
    draft = found[0]
    assert draft.confidence < DEFAULT_MIN_CONFIDENCE
    assert any(flag.startswith("uncertain: ") for flag in draft.flags)
    cards = extract(write_doc(tmp_path, text, heading=ABOUT))  # the card threshold
    assert [f for f in cards if f.relation is R.MARKER] == []


def test_a_condition_the_lexicon_names_lifts_the_fact_to_a_card(tmp_path: Path) -> None:
    text = "A chest x-ray can detect pneumonia.\n"
    found = _markers(tmp_path, text)
    assert [(f.subject, f.object) for f in found] == [("chest X-ray", "pneumonia")]
    assert found[0].confidence >= DEFAULT_MIN_CONFIDENCE
    assert not any(flag.startswith("uncertain") for flag in found[0].flags)


def test_a_trusted_path_gives_a_card_with_no_flag(tmp_path: Path) -> None:
    text = "An echocardiogram shows the thickness of the heart walls.\n"
    found = _markers(tmp_path, text)
    assert [(f.subject, f.object) for f in found] == [
        ("echocardiogram", "thickness of the heart walls")
    ]
    assert found[0].confidence >= DEFAULT_MIN_CONFIDENCE
    assert found[0].flags == ()


def test_the_reading_path_is_kept_but_never_written_out(tmp_path: Path) -> None:
    text = "Lung function tests measure the speed of airflow out of the lungs.\n"
    fact = _markers(tmp_path, text)[0]
    assert fact.origin == "marker:cue:measur"
    assert "origin" not in fact.to_record()
    assert "marker:" not in str(fact.to_record())


def test_a_negated_detection_gives_no_fact_at_all(tmp_path: Path) -> None:
    text = "A urine test cannot detect pneumonia.\n"
    assert _markers(tmp_path, text) == []


def test_a_marker_named_with_the_specimen_it_is_found_in_is_a_card(tmp_path: Path) -> None:
    text = "A dipstick test can detect the presence of albumin in the urine.\n"
    found = _markers(tmp_path, text)
    assert [(f.subject, f.object) for f in found] == [
        ("dipstick test", "presence of albumin in the urine")
    ]
    assert found[0].confidence >= DEFAULT_MIN_CONFIDENCE


def test_a_condition_inside_a_longer_phrase_does_not_lift_it(tmp_path: Path) -> None:
    text = "A chest x-ray can detect the lasting scars that pneumonia leaves.\n"
    found = _markers(tmp_path, text)
    assert found, "the reading is kept for review"
    assert all(f.confidence < DEFAULT_MIN_CONFIDENCE for f in found)
    assert all(any(x.startswith("uncertain: ") for x in f.flags) for f in found)


def test_what_a_test_is_used_for_named_by_the_lexicon_stays_a_card(tmp_path: Path) -> None:
    text = "A chest x-ray is used to diagnose pneumonia.\n"
    found = _markers(tmp_path, text)
    assert [(f.subject, f.object) for f in found] == [("chest X-ray", "diagnosis of pneumonia")]
    assert found[0].confidence >= DEFAULT_MIN_CONFIDENCE
