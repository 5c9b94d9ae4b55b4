"""Symptom facts that are complications in disguise: "complications" read as the owner of a list
("signs of complications, such as A"), and a complication of a symptom read as that symptom's
own ("problems of X can include A due to B"). Near misses must keep their facts: a symptom
caused by a named condition, and "due to" outside a complications lead-in.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

SYMPTOM = Relation.SYMPTOM_CAUSE


def test_complications_own_no_symptom(tmp_path: Path) -> None:
    text = (
        "# Gout\n\nBlood tests can also show signs of complications, such as kidney stones "
        "and ascites.\n\nComplications of gout can cause fatigue and joint pain.\n\n"
        "Other complications include jaundice and ascites.\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert not {c for c, _ in found if c.lower().startswith("complication")}


def test_a_complication_of_a_symptom_is_not_its_symptom(tmp_path: Path) -> None:
    text = (
        "# Gout\n\nThe problems of gout can include dehydration due to repeated vomiting.\n\n"
        "Complications may be fainting caused by severe diarrhea.\n\n"
        "Problems from gout include weight loss because of poor appetite.\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert not {(c, s) for c, s in found if c.endswith(("vomiting", "diarrhea", "appetite"))}


def test_a_symptom_due_to_a_condition_outside_a_complications_lead_is_kept(
    tmp_path: Path,
) -> None:
    text = "# Gout\n\nPeople with gout may feel tired due to anemia.\n"
    assert ("anemia", "fatigue") in of_markdown(tmp_path, text, SYMPTOM)


def test_a_complication_of_a_symptom_in_a_list_under_a_complications_lead(
    tmp_path: Path,
) -> None:
    for text in (
        "# Gout\n\nThe problems of gout can include\n\n- severe dehydration due to persistent "
        "vomiting - kidney stones, which can cause pain - weight loss due to poor appetite\n",
        "# Gout\n\nComplications of gout may include:\n\n- Dehydration caused by repeated "
        "vomiting.\n- Tiredness.\n",
    ):
        found = of_markdown(tmp_path, text, SYMPTOM)
        assert not {c for c, _ in found if c.endswith(("vomiting", "appetite"))}, text


def test_a_symptom_due_to_a_condition_under_a_symptoms_lead_is_kept(tmp_path: Path) -> None:
    text = "# Gout\n\nSymptoms of gout may include:\n\n- Fatigue due to anemia.\n- Joint pain.\n"
    assert ("anemia", "fatigue") in of_markdown(tmp_path, text, SYMPTOM)


def test_a_pointer_with_its_name_gives_the_name_as_the_symptom(tmp_path: Path) -> None:
    page = "# Gout\n\nGout is a form of arthritis.\n\n"
    for text, cause, named in (
        ("These bruises, called purpura, are caused by bleeding under the skin.",
         "bleeding under the skin", "purpura"),
        ("These spots, known as petechiae, are caused by low platelet counts.",
         "low platelet count", "petechiae"),
    ):
        found = of_markdown(tmp_path, page + text + "\n", SYMPTOM)
        assert found == {(cause, named)}, text
    plain = "Bruises are caused by bleeding under the skin.\n"
    assert of_markdown(tmp_path, page + plain, SYMPTOM) == {
        ("bleeding under the skin", "easy bruising")
    }


def test_symptoms_named_in_a_condition_clause_are_the_conditions(tmp_path: Path) -> None:
    page = "# What is (are) Asthma ?\n\nAsthma is a disease of the airways.\n\n"
    text = ("Your doctor may suggest treatment if your asthma causes serious symptoms, such as "
            "dizziness, chest pain, or fainting.\n")
    assert of_markdown(tmp_path, page + text, SYMPTOM) == {
        ("asthma", "dizziness"), ("asthma", "chest pain"), ("asthma", "fainting")
    }
    for near_miss in (
        "Your doctor may suggest treatment if asthma causes dizziness or chest pain.\n",
        "There are no symptoms until asthma causes lung damage.\n",
    ):
        assert of_markdown(tmp_path, page + near_miss, SYMPTOM) == set(), near_miss
