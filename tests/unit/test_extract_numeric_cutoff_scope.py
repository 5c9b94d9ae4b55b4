"""A cut-off value that defines a condition the page is not about ("High blood pressure is a
systolic pressure of 140 or above" on a page about a kidney disease) is that condition's figure
stated in passing: a draft, not a card. Near misses keep their card: the page's own condition,
one its title names or shares a word with, and a range that names no condition.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import extract

from trainer.domain import Relation

NUMERIC = Relation.NUMERIC


def _read(tmp_path: Path, page: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    p = tmp_path / "page.md"
    p.write_text(page, encoding="utf-8")
    found = [f for f in extract(p, min_confidence=0.0) if f.relation is NUMERIC]
    cards = {(f.subject, f.object) for f in found if f.confidence >= 0.5}
    return cards, {(f.subject, f.object) for f in found if f.confidence < 0.5}


def test_another_conditions_cut_off_is_a_draft(tmp_path: Path) -> None:
    page = (
        "# Lupus Nephritis\n\nLupus nephritis is kidney inflammation caused by lupus.\n\n"
        "High blood pressure is a systolic pressure of 140 or above or a diastolic pressure of "
        "90 or above.\n\nAn A1C of 6.5 percent or above means a person has diabetes.\n"
    )
    cards, drafts = _read(tmp_path, page)
    assert not cards
    assert ("systolic pressure for high blood pressure", "140 or above") in drafts
    assert ("A1C for diabetes", "6.5% or above") in drafts


def test_the_pages_own_or_titled_conditions_cut_off_is_a_card(tmp_path: Path) -> None:
    page = (
        "# High Blood Pressure and Kidney Disease\n\nBoth harm the body.\n\n"
        "High blood pressure is a systolic pressure of 140 or above or a diastolic pressure of "
        "90 or above.\n\nPrehypertension is a systolic pressure of 120 to 139 or a diastolic "
        "pressure of 80 to 89.\n\nAn eGFR below 15 may indicate kidney failure.\n\n"
        "An eGFR of 60 or above is in the normal range.\n"
    )
    cards, _ = _read(tmp_path, page)
    assert ("systolic pressure for high blood pressure", "140 or above") in cards
    assert ("systolic pressure for prehypertension", "120-139") in cards
    assert ("eGFR for the normal range", "60 or above") in cards
