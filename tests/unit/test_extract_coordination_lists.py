"""Coordination in symptom and risk lists: a symptom list keeps the members that read as
symptoms when most do and the others are plain unknown names, and gives nothing when a member is
a disease, a drug, a test or a clause; "X raises the risk of A, B, and C" gives X as a factor of
each condition coordinated after "the risk of"."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of
from extract_helpers import triples as facts

from trainer.domain import Relation


def _symptoms(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return of(facts(tmp_path, text), Relation.SYMPTOM_CAUSE)


def _risks(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return of(facts(tmp_path, text), Relation.RISK_FACTOR)


def test_a_symptom_list_keeps_its_symptoms_beside_one_unknown_name(tmp_path: Path) -> None:
    text = (
        "# Heart attack\n\n"
        "Other symptoms include depression, fatigue, chest pain, and dementia and other "
        "cognitive problems.\n"
    )
    assert _symptoms(tmp_path, text) == {
        ("heart attack", "depression"), ("heart attack", "fatigue"),
        ("heart attack", "chest pain"),
        # "other cognitive problems": a problem word after what the trouble is in
        ("heart attack", "cognitive problems"),
    }


def test_a_list_with_a_disease_among_its_members_gives_nothing(tmp_path: Path) -> None:
    text = "# Heart attack\n\nSymptoms include chest pain, swelling, redness, and kidney disease.\n"
    assert _symptoms(tmp_path, text) == set()


def test_a_list_with_a_drug_or_a_test_among_its_members_gives_nothing(tmp_path: Path) -> None:
    assert _symptoms(tmp_path, "# Heart attack\n\nSymptoms include chest pain, swelling, "
                               "and methotrexate.\n") == set()
    assert _symptoms(tmp_path, "# Heart attack\n\nSymptoms include chest pain, swelling, "
                               "and a blood test.\n") == set()


def test_a_list_with_a_clause_among_its_members_gives_nothing(tmp_path: Path) -> None:
    text = (
        "# Heart attack\n\n"
        "Other symptoms include chest pain, fatigue, nausea, and spells set off by stress.\n"
    )
    assert _symptoms(tmp_path, text) == set()


def test_a_list_where_half_the_members_are_unknown_gives_nothing(tmp_path: Path) -> None:
    text = (
        "# Heart attack\n\n"
        "Symptoms include chest pain, swelling, grumbly elbows and squeaky knees.\n"
    )
    assert _symptoms(tmp_path, text) == set()


def test_a_risk_raised_for_several_conditions_gives_each(tmp_path: Path) -> None:
    text = (
        "# Peripheral artery disease\n\n"
        "Smoking raises your risk for other diseases, such as coronary heart disease and "
        "stroke.\n"
    )
    assert _risks(tmp_path, text) == {
        ("coronary heart disease", "smoking"), ("stroke", "smoking"),
    }


def test_a_risk_list_ending_in_other_problems_such_as_gives_each(tmp_path: Path) -> None:
    text = (
        "# Metabolic syndrome\n\n"
        "Obesity raises your risk for heart disease and other health problems, such as "
        "diabetes and stroke.\n"
    )
    assert _risks(tmp_path, text) == {
        ("heart disease", "obesity"), ("diabetes", "obesity"), ("stroke", "obesity"),
    }


def test_a_condition_after_another_clause_is_not_a_member(tmp_path: Path) -> None:
    text = (
        "# Gout\n\n"
        "Obesity raises the risk of heart disease, and methotrexate lowers the risk of stroke.\n"
    )
    assert _risks(tmp_path, text) == {("heart disease", "obesity")}
