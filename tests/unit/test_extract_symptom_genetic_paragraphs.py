"""Signs a page on a genetic condition states in its description paragraph: "In infancy, this
condition is characterized by A", "Behavioral problems are common, including B and C", "Sleep
abnormalities can also occur", what "both affected males and affected females" have, a sign told
by a state word and a part on a page whose condition no list names ("unusually fair skin"), and
the condition named after the kind of illness it is ("the autoimmune disease Sjogren's
syndrome"). A vague kind ("Health problems are common") is no sign.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

SYMPTOM = Relation.SYMPTOM_CAUSE
_OPEN = "# Varnel syndrome\n\nVarnel syndrome is a complex genetic condition that affects many "
_OPEN += "parts of the body. "


def _signs(tmp_path: Path, text: str) -> set[str]:
    return {s for c, s in of_markdown(tmp_path, _OPEN + text + "\n", SYMPTOM)
            if c.lower() == "varnel syndrome"}


def test_a_life_stage_before_characterized_by(tmp_path: Path) -> None:
    found = _signs(tmp_path, "In infancy, this condition is characterized by weak muscle tone, "
                   "feeding difficulties, and delayed development.")
    assert found == {"weak muscle tone", "feeding difficulties", "delayed development"}, found


def test_a_kind_of_sign_said_common_with_its_examples(tmp_path: Path) -> None:
    found = _signs(tmp_path, "Behavioral problems are common, including temper outbursts, "
                   "stubbornness, and compulsive behavior such as picking at the skin. Sleep "
                   "abnormalities can also occur. Health problems are common.")
    assert found == {"behavioral problems", "temper outbursts", "stubbornness",
                     "compulsive behavior", "sleep abnormalities"}, found


def test_what_affected_people_of_both_sexes_have(tmp_path: Path) -> None:
    found = _signs(tmp_path, "Both affected males and affected females have underdeveloped "
                   "genitals.")
    assert found == {"underdeveloped genitals"}, found


def test_a_state_word_and_a_part_on_a_page_no_list_names(tmp_path: Path) -> None:
    found = _signs(tmp_path, "\n\nSome people with Varnel syndrome have unusually fair skin and "
                   "dry eyes.")
    assert found == {"unusually fair skin", "dry eyes"}, found


def test_the_kind_of_illness_before_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    text = ("# Dry mouth\n\nDry mouth is a condition of the salivary glands.\n\nDry mouth is the "
            "hallmark symptom of the autoimmune disease Sjogren's syndrome.\n")
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert ("Sjogren's syndrome", "dry mouth") in found, found
    assert not any("autoimmune" in c for c, _ in found), found
