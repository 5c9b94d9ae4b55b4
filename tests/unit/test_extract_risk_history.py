"""Exposures a patient's history is searched for to diagnose the page's condition are its risk
factors ("Information such as recent tick bites ... can be helpful in making the diagnosis");
the other clues a history gives (findings, illnesses in the family), a negated sentence and a
history asked for another purpose give none.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import extract

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


def _cards(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    p = tmp_path / "page.md"
    p.write_text(f"# Tularemia\n\nTularemia is an infection of animals and people.\n\n{text}\n",
                 encoding="utf-8")
    return {(f.subject.lower(), f.object.lower()) for f in extract(p) if f.relation is RISK}


def test_the_exposures_a_history_is_searched_for_are_factors(tmp_path: Path) -> None:
    for text, factors in (
        ("Information such as recent rabbit hunting, contact with sick cats, or a rash on the "
         "hands can be helpful in making the diagnosis.",
         {"recent rabbit hunting", "contact with sick cats"}),
        ("Details such as deer fly bites and recent travel to rural areas are useful for the "
         "diagnosis.", {"deer fly bites", "recent travel to rural areas"}),
        ("A history of handling wild rabbits or drinking untreated water can help doctors make "
         "the diagnosis.", {"handling wild rabbits", "drinking untreated water"}),
    ):
        found = _cards(tmp_path, text)
        for f in factors:
            assert ("tularemia", f) in found, (text, found)
        assert ("tularemia", "rash on the hands") not in found


def test_findings_a_negation_or_another_purpose_give_nothing(tmp_path: Path) -> None:
    for text in (
        # findings and family illness: clues, no exposure
        "Information such as a high fever, swollen glands, or similar illnesses in family "
        "members can be helpful in making the diagnosis.",
        # negated
        "Information such as recent rabbit hunting is not helpful in making the diagnosis.",
        # a history asked for another purpose
        "Information such as recent rabbit hunting can be helpful in choosing a treatment.",
    ):
        found = _cards(tmp_path, text)
        assert not any(o in {"recent rabbit hunting", "high fever", "swollen glands"}
                       for _, o in found), (text, found)
