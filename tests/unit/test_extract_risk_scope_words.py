"""Words that set the scene of a risk statement and name no factor: a list member that only
says whom the next one is said of ("and for adults, being older than 70"), a clause that
opens the sentence before the factor ("Considering that ..., A raises that risk"), and a
difference between two groups of one sex, which is no sex factor. Near misses keep their card.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import extract

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


def _cards(tmp_path: Path, title: str, text: str) -> set[tuple[str, str]]:
    p = tmp_path / "page.md"
    p.write_text(f"# {title}\n\n{title} is a condition many people have.\n\n{text}\n",
                 encoding="utf-8")
    return {(f.subject.lower(), f.object.lower()) for f in extract(p) if f.relation is RISK}


def test_a_member_naming_only_whom_the_next_is_said_of_is_no_factor(tmp_path: Path) -> None:
    for text in (
        "Possible risk factors for gout include being male, obesity, and for adults, being "
        "older than 60.",
        "Risk factors for gout include obesity, kidney disease, or in women, menopause.",
        "Risk factors for gout include obesity, a diet rich in meat, and for older adults, "
        "kidney disease.",
    ):
        found = _cards(tmp_path, "Gout", text)
        assert ("gout", "obesity") in found, text
        assert not any(o.startswith(("and ", "for ", "in ", "or ")) for _, o in found), text


def test_a_scene_setting_clause_is_no_factor(tmp_path: Path) -> None:
    for text in (
        "Considering that few people get gout each year, obesity increases that risk a lot.",
        "Given that gout is rare in young people, obesity raises the risk in them too.",
        "Although many people never get gout, obesity increases the risk of gout.",
    ):
        found = _cards(tmp_path, "Gout", text)
        assert not any(o.split()[0] in {"considering", "given", "although"} for _, o in found)


def test_a_difference_within_one_sex_is_no_sex_factor(tmp_path: Path) -> None:
    for text in (
        "Gout occurs more often in women of Pacific descent than it does in women of European "
        "descent.",
        "Gout is more common in men who drink beer than in men who do not.",
        "Gout is more frequent among women with kidney disease than among other women.",
    ):
        found = _cards(tmp_path, "Gout", text)
        assert ("gout", "female sex") not in found, text
        assert ("gout", "male sex") not in found, text


def test_a_difference_between_the_sexes_keeps_its_card(tmp_path: Path) -> None:
    assert ("gout", "male sex") in _cards(
        tmp_path, "Gout", "Gout is more common in men than in women.")
    assert ("gout", "female sex") in _cards(
        tmp_path, "Gout", "Gout is three times as common in women.")
