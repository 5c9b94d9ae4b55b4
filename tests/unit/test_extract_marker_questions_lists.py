"""A question a test answers is one object: "find out whether the arteries are narrowed,
swollen, or blocked" gives no "detection of swollen" for each member of the state list; and
angiograms and duplex scans, named as tests, give the purpose their lead-in states."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import extract, of_markdown, pairs

from trainer.domain import Relation as R

PAGE = "# Notes on Renal Artery Stenosis\n\nRenal artery stenosis is a narrowing of an artery.\n\n"


def test_a_list_of_states_in_a_whether_question_is_not_split(tmp_path: Path) -> None:
    for text in (
        "Doctors use an MRI to help find out whether arteries are narrowed, swollen, or "
        "blocked.\n",
        "A CT scan can help find out if the vessels are scarred, thickened, or blocked.\n",
    ):
        found = of_markdown(tmp_path, PAGE + text, R.MARKER)
        assert not any(obj.startswith("detection of") and len(obj.split()) == 3
                       for _, obj in found), found


def test_angiograms_and_duplex_scans_listed_under_a_purpose(tmp_path: Path) -> None:
    """Each item's test takes the lead-in's purpose (a card or, by the path's measured
    precision, a draft for review)."""
    page = tmp_path / "page.md"
    page.write_text(PAGE + (
        "The following imaging tests are used to diagnose renal artery stenosis:\n\n"
        "- Duplex ultrasound. Sound waves are sent through the skin.\n"
        "- Catheter angiogram. A thin tube is put into an artery in the groin.\n"
    ), encoding="utf-8")
    found = pairs(extract(page, min_confidence=0.0), R.MARKER)
    assert found >= {
        ("duplex ultrasound", "diagnosis of renal artery stenosis"),
        ("angiography", "diagnosis of renal artery stenosis"),
    }


def test_an_angiogram_for_another_condition_is_not_this_pages(tmp_path: Path) -> None:
    text = PAGE + "An angiogram cannot show a clot in the leg.\n"
    assert of_markdown(tmp_path, text, R.MARKER) == set()
