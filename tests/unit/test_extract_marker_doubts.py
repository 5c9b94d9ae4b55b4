"""Marker readings whose object names nothing the test shows are held as drafts: a problem
watched but left unnamed ("following the problem over time"), and a test a sentence about
research says scientists try; the "both" of "for both diagnosing A and following B" opens no
object, so the diagnosis is read and the watching is not."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import extract, write_doc

from trainer.domain import Relation as R
from trainer.generator.facts import DEFAULT_MIN_CONFIDENCE

ABOUT = "# Heart valve disease\n\n"


def _cards(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    doc = write_doc(tmp_path, text + "\n", heading=ABOUT)
    return {(f.subject, f.object) for f in extract(doc, min_confidence=0.0)
            if f.relation is R.MARKER and f.confidence >= DEFAULT_MIN_CONFIDENCE}


def test_both_before_the_purpose_reads_the_diagnosis_only(tmp_path: Path) -> None:
    text = ("An echocardiogram is an important test for both diagnosing valve disease and "
            "following the problem over time.")
    assert _cards(tmp_path, text) == {("echocardiogram", "diagnosis of valve disease")}


def test_either_before_the_purpose_reads_the_diagnosis_only(tmp_path: Path) -> None:
    text = ("Doppler ultrasound is a useful test for either diagnosing heart valve disease or "
            "watching the problem over the years.")
    assert _cards(tmp_path, text) == {("Doppler ultrasound", "diagnosis of heart valve disease")}


def test_both_then_detecting_keeps_what_is_detected(tmp_path: Path) -> None:
    text = ("Ultrasound is the main test for both detecting a valve leak and tracking the defect "
            "as the child grows.")
    assert _cards(tmp_path, text) == {("ultrasound", "detection of valve leak")}


def test_a_research_aim_gives_no_card(tmp_path: Path) -> None:
    for text in (
        "Scientists are using CT scans to develop a way to measure valve stiffening.",
        "Researchers are studying whether MRI can detect early valve damage.",
        "Research at the institute includes testing whether an echocardiogram can show early "
        "valve disease.",
    ):
        assert _cards(tmp_path, text) == set(), text


def test_a_research_aim_is_kept_as_a_draft_with_its_reason(tmp_path: Path) -> None:
    text = "Scientists are using CT scans to develop a way to measure valve stiffening."
    doc = write_doc(tmp_path, text + "\n", heading=ABOUT)
    found = [f for f in extract(doc, min_confidence=0.0) if f.relation is R.MARKER]
    assert found and all(f.confidence < DEFAULT_MIN_CONFIDENCE for f in found)
    assert all("uncertain: a research aim, not a test in use" in f.flags for f in found)


def test_near_misses_still_give_cards(tmp_path: Path) -> None:
    assert _cards(tmp_path, "An echocardiogram is used to diagnose heart valve disease.") == {
        ("echocardiogram", "diagnosis of heart valve disease")
    }
    assert _cards(tmp_path, "Echocardiography is important for diagnosing heart valve disease.") \
        == {("echocardiogram", "diagnosis of heart valve disease")}
    assert _cards(tmp_path, "An echocardiogram can show both a leaky valve and a narrowed valve.") \
        == {("echocardiogram", "a leaky valve"), ("echocardiogram", "narrowed valve")}


def test_a_body_part_checked_gives_no_card(tmp_path: Path) -> None:
    for text in (
        "Doctors can use an echocardiogram to check the heart, because valve disease can cause "
        "heart failure.",
        "The doctor may use an MRI to evaluate the brain.",
        "A cardiologist may order an ultrasound to examine the heart.",
    ):
        assert _cards(tmp_path, text) == set(), text


def test_what_is_looked_for_in_a_part_still_gives_a_card(tmp_path: Path) -> None:
    assert _cards(tmp_path, "An echocardiogram is used to check the heart for blood clots.") == {
        ("echocardiogram", "blood clots in the heart")
    }
    assert _cards(tmp_path, "A chest x-ray is used to check the lungs for pneumonia.") == {
        ("chest X-ray", "pneumonia in the lungs")
    }
    assert _cards(tmp_path, "An MRI is used to evaluate brain tumors.") == {
        ("MRI", "evaluation of brain tumors")
    }
