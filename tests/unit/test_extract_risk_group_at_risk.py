"""A group of people said to be at risk of the page's condition is a factor when the group is
told by its work, place or habit ("Sheep shearers and abattoir workers in rural areas are at
risk of X", "People who handle wool are at higher risk of X" -> "handling wool"); a group
pointed back to, what a group has (read elsewhere), a risk of something else, a negated or
doubted risk, and no group of people give no card.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import extract

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


def _cards(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    p = tmp_path / "page.md"
    p.write_text(f"# Anthrax\n\nAnthrax is an infection caused by bacteria.\n\n{text}\n",
                 encoding="utf-8")
    return {(f.subject.lower(), f.object.lower()) for f in extract(p) if f.relation is RISK}


def test_a_group_told_by_work_place_or_habit_is_a_factor(tmp_path: Path) -> None:
    for text, factors in (
        ("Sheep shearers, wool sorters, and abattoir workers in rural areas are at risk of "
         "anthrax.", {"sheep shearers", "wool sorters", "abattoir workers in rural areas"}),
        ("People who handle raw wool are at higher risk of anthrax.", {"handling raw wool"}),
        ("Laboratory workers in research settings are at increased risk for anthrax through "
         "accidental exposure.", {"laboratory workers in research settings"}),
    ):
        found = _cards(tmp_path, text)
        for f in factors:
            assert ("anthrax", f) in found, (text, found)


def test_no_group_a_pointer_another_risk_or_a_denial_gives_nothing(tmp_path: Path) -> None:
    for text in (
        "These workers are at risk of anthrax.",
        "Wool sorters are at risk of asthma.",
        "Wool sorters are not at risk of anthrax.",
        "It is unclear whether wool sorters are at risk of anthrax.",
        "Raw wool and hides are at risk of anthrax spores.",
    ):
        found = _cards(tmp_path, text)
        assert not any("wool" in o or "workers" in o for _, o in found), (text, found)


def test_a_group_defined_by_another_risk_gives_nothing(tmp_path: Path) -> None:
    found = _cards(tmp_path, "People at risk for pneumonia are also at risk for anthrax.")
    assert not any("pneumonia" in o or "people" in o for _, o in found), found


def test_a_possible_risk_or_a_sex_alone_gives_no_group(tmp_path: Path) -> None:
    for text in (
        "Wool sorters may be at risk of anthrax.",
        "Women are at higher risk of anthrax.",
    ):
        found = _cards(tmp_path, text)
        assert not any(o in {"wool sorters", "women"} for _, o in found), (text, found)
