"""Risk factors cut from a sentence on fresh wordings: the second half of a coordination, bare
words of a series that share the last item's words, a sentence adverb, a word that compares, a
passive clause, a group cut from its relative clause, a noun phrase cut at a bracket. Each gives
no card; the near-misses still give theirs.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


def _objects(tmp_path: Path, text: str) -> set[str]:
    return {o for _, o in of_markdown(tmp_path, text, RISK)}


def test_pieces_of_a_nested_series_give_no_factor(tmp_path: Path) -> None:
    text = (
        "# Lassa fever\n\n## Who is at risk for Lassa fever?\n\nPeople can become infected "
        "through scratches or through contact with the saliva, droppings, or urine of an "
        "infected, sick, or dead rat - most often, mice.\n"
    )
    objects = _objects(tmp_path, text)
    assert not {o for o in objects if o.startswith(("or ", "and "))}
    assert not objects & {"droppings", "sick"}


def test_a_sentence_adverb_is_no_factor(tmp_path: Path) -> None:
    text = "# Gout\n\nEventually, high uric acid levels can lead to gout.\n"
    assert "eventually" not in {o.lower() for o in _objects(tmp_path, text)}


def test_a_word_that_compares_is_no_factor(tmp_path: Path) -> None:
    text = (
        "# Angina\n\nThe risk factors for angina and for a heart attack are largely the same.\n"
    )
    assert not {o for o in _objects(tmp_path, text) if "same" in o}


def test_a_passive_clause_is_no_factor(tmp_path: Path) -> None:
    text = (
        "# Colon cancer\n\nA family history of colon cancer is a risk factor for colon "
        "cancer, mainly if a parent is diagnosed before age 50, or a sibling is diagnosed "
        "before age 60.\n"
    )
    objects = _objects(tmp_path, text)
    assert "family history of colon cancer" in objects
    assert not {o for o in objects if "diagnosed" in o}


def test_a_group_cut_from_its_relative_clause_is_no_factor(tmp_path: Path) -> None:
    text = (
        "# Hepatitis C\n\nAnybody can get hepatitis C, but some people are at higher risk, "
        "including\n\n- people on hemodialysis - injection drug users - men who have sex with "
        "men\n"
    )
    objects = _objects(tmp_path, text)
    assert "men" not in objects
    assert {"people on hemodialysis", "injection drug users"} <= objects


def test_a_noun_phrase_cut_at_a_bracket_is_no_factor(tmp_path: Path) -> None:
    text = (
        "# Wolf-Hirschhorn syndrome\n\nWolf-Hirschhorn syndrome is caused by a loss of the tip "
        "of the short (p) arm of chromosome 4.\n\n# Williams syndrome\n\nWilliams syndrome "
        "is caused by a deletion of a small piece of the long (q) arm of chromosome 7.\n"
    )
    objects = _objects(tmp_path, text)
    assert not {o for o in objects if o.endswith(("the short", "the long"))}


def test_near_misses_keep_their_factors(tmp_path: Path) -> None:
    text = (
        "# Stroke\n\nSmoking, obesity, and high blood pressure raise the risk of stroke.\n\n"
        "Over many years, diabetes can also raise the risk of stroke.\n\n"
        "People who are older are at higher risk of stroke.\n"
    )
    objects = _objects(tmp_path, text)
    assert {"smoking", "obesity"} <= objects
    assert "hypertension" in objects or "high blood pressure" in objects


def test_a_level_cut_from_its_shared_degree_is_no_factor(tmp_path: Path) -> None:
    text = (
        "# Heart attack\n\nObesity is linked to other heart attack risk factors, such as high "
        "blood pressure, high LDL cholesterol and triglyceride levels, and diabetes.\n\n"
        "A lack of exercise can worsen other heart attack risk factors, such as elevated blood "
        "sugar and cholesterol levels, and obesity.\n"
    )
    objects = _objects(tmp_path, text)
    assert not objects & {"triglyceride levels", "cholesterol levels"}
    assert "elevated blood sugar" in objects
    assert "hypertension" in objects or "high blood pressure" in objects


def test_an_age_cut_from_its_bound_is_no_factor(tmp_path: Path) -> None:
    text = (
        "# Salmonella infection\n\nInfants have the highest risk, but people age 65 and older "
        "also have increased risk.\n\nPeople age 50 or older have a higher risk of salmonella "
        "infection.\n\nAdults 70 years and over are at risk of salmonella infection.\n"
    )
    objects = _objects(tmp_path, text)
    assert not {o for o in objects if o[-1].isdigit()}


def test_an_age_with_its_bound_or_a_plain_age_stays(tmp_path: Path) -> None:
    text = (
        "# Gout\n\nThe risk of gout increases with age.\n\nBeing older than 60 raises the risk "
        "of gout.\n"
    )
    assert "older age" in _objects(tmp_path, text)
