"""Risk factors told by the group of people in whom a condition is more common ("X is more
common among Asians", "X is more common in people of Nordic descent", "X mainly affects farm
workers"). Near misses give nothing: a negated or hedged sentence, "less common", a symptom or
another condition's group, one form of the condition named in apposition, an age band or a
place, and one sex alone (read by the sex reader).

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


def test_a_people_named_by_a_plural(tmp_path: Path) -> None:
    for sentence, want in (
        ("Sarcoidosis is more common among Swedes and Danes.", {"swedes", "danes"}),
        ("Sarcoidosis is much more common in Icelanders than in other Europeans.",
         {"icelanders"}),
        ("In the United States, sarcoidosis is more common among African Americans.",
         {"african americans"}),
    ):
        found = of_markdown(tmp_path, f"# Sarcoidosis\n\n{sentence}\n", RISK)
        assert {o.lower() for _, o in found} == want, sentence
        assert all(s == "sarcoidosis" for s, _ in found), sentence


def test_a_descent_and_a_trait_before_a_word_for_people(tmp_path: Path) -> None:
    for sentence, want in (
        ("Gout is more common in people of Pacific Island descent.", "pacific island descent"),
        ("Gout is more frequent among Filipino American adults than in other groups.",
         "filipino american"),
        ("The disease mainly affects migrant farm workers.", "migrant farm workers"),
        ("Gout is more common in institutionalized older children.",
         "institutionalized older children"),
    ):
        found = of_markdown(tmp_path, f"# Gout\n\n{sentence}\n", RISK)
        assert {o.lower() for _, o in found} == {want}, sentence


def test_near_misses_give_no_group(tmp_path: Path) -> None:
    for sentence in (
        "Gout is not more common among Swedes.",
        "Gout may be more common among Swedes.",
        "Gout is less common among Swedes.",
        "Joint pain is more common among Swedes.",
        "Tophaceous gout, a severe form of gout, is more common among Swedes.",
        "Gout is more common in the Pacific Islands.",
        "Gout is more common in these people.",
    ):
        assert of_markdown(tmp_path, f"# Gout\n\n{sentence}\n", RISK) == set(), sentence


def test_an_age_band_is_worded_as_an_age(tmp_path: Path) -> None:
    for sentence, want in (
        ("Gout is more common in older adults.", "older age"),
        ("Gout is more common in people as they grow older.", "older age"),
        ("Gout is more frequent among the elderly than in children.", "older age"),
        ("Gout is more common among young adults.", "younger age"),
    ):
        assert of_markdown(tmp_path, f"# Gout\n\n{sentence}\n", RISK) == {("gout", want)}, sentence


def test_one_sex_alone_is_left_to_the_sex_reader(tmp_path: Path) -> None:
    found = of_markdown(tmp_path, "# Gout\n\nGout is more common in men.\n", RISK)
    assert found == {("gout", "male sex")}



def test_a_sex_twice_as_likely_to_have_it(tmp_path: Path) -> None:
    found = of_markdown(tmp_path, "# Gout\n\nGout is three times as common in women.\n", RISK)
    assert found == {("gout", "female sex")}
    for sentence in ("Gout is not twice as likely to appear in men.",
                     "Joint pain is twice as common in women."):
        assert of_markdown(tmp_path, f"# Gout\n\n{sentence}\n", RISK) == set(), sentence
