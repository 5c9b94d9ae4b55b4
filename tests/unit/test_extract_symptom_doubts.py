"""Symptom readings the sentence around them puts in doubt: a concessive clause read into the
cause, a denied cause, what the sentence calls complications, a category of problems, a cause
given inside the definition of another word, and a phenotype table's onset and outcome terms.
Each gives no card (a draft at most); the near-misses still give theirs.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation
from trainer.generator.extract.symptom_doubts import doubt

SYMPTOM = Relation.SYMPTOM_CAUSE


def test_a_concessive_clause_is_not_part_of_the_cause(tmp_path: Path) -> None:
    text = "# Lassa fever\n\nThough uncommon, Lassa fever can cause hearing loss and tremor.\n"
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert not {s for s, _ in found if s.lower().startswith("though")}


def test_a_denied_cause_gives_no_card(tmp_path: Path) -> None:
    text = (
        "# Atrial fibrillation\n\nSome people have no clear cause for their atrial "
        "fibrillation.\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert not {s for s, _ in found if s.lower().startswith("no ")}


def test_what_the_sentence_calls_complications_is_no_symptom(tmp_path: Path) -> None:
    text = (
        "# Food poisoning\n\nFood poisoning may lead to dehydration, kidney failure, and other "
        "serious complications.\n\nSevere food poisoning may also lead to chronic health "
        "problems.\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert not {o for _, o in found if o == "dehydration" or "problems" in o}


def test_a_cause_inside_another_words_definition_gives_no_card(tmp_path: Path) -> None:
    text = (
        "# Tetralogy of Fallot\n\nBabies have shortness of breath and cyanosis, which is a "
        "bluish tint of the lips and skin caused by a lack of oxygen in the blood.\n\n"
        "It can cause ankle edema, which is swelling of the ankles caused by fluid in the "
        "tissues.\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert not {s for s, _ in found if "oxygen" in s or "fluid" in s}


def test_near_misses_keep_their_symptoms(tmp_path: Path) -> None:
    text = (
        "# Food poisoning\n\nSymptoms of food poisoning include nausea, vomiting, and fever.\n\n"
        "Heart failure can cause shortness of breath, caused by fluid in the lungs.\n\n"
        "Even mild food poisoning can cause diarrhea.\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert {("food poisoning", "nausea"), ("food poisoning", "fever")} <= found
    assert ("heart failure", "shortness of breath") in found


def test_onset_and_outcome_terms_of_a_phenotype_table_are_no_signs(tmp_path: Path) -> None:
    text = (
        "# Rare dysplasia\n\n## What are the signs and symptoms of Rare dysplasia?\n\n"
        "The Human Phenotype Ontology provides the following list of signs and symptoms for "
        "Rare dysplasia. Signs and Symptoms Approximate number of patients (when available) "
        "Short stature 90% Microcephaly 90% Childhood onset - Neonatal death - Seizures -\n"
    )
    objects = {o for _, o in of_markdown(tmp_path, text, SYMPTOM)}
    assert not {o for o in objects if "onset" in o or "death" in o}
    assert "seizures" in objects


def test_the_condition_itself_in_its_phenotype_table_is_no_sign(tmp_path: Path) -> None:
    text = (
        "# Congenital sideroblastic anemia X-linked\n\n## What are the signs and symptoms of "
        "Congenital sideroblastic anemia X-linked?\n\nThe Human Phenotype Ontology provides the "
        "following list of signs and symptoms for Congenital sideroblastic anemia X-linked. "
        "Signs and Symptoms Approximate number of patients (when available) Sideroblastic "
        "anemia 90% Fatigue 90% Pallor - Splenomegaly -\n"
    )
    objects = {o for _, o in of_markdown(tmp_path, text, SYMPTOM)}
    assert "sideroblastic anemia" not in objects
    assert {"fatigue", "pallor", "splenomegaly"} <= objects


def test_two_list_items_joined_into_one_are_doubted() -> None:
    doubted = [
        ("Tay-Sachs disease", "cherry-red spots or startle reflex",
         "Signs include motor decline, cherry-red spots, startle reflex, and seizures."),
        ("Sandhoff disease", "weakness or seizures",
         "It causes weakness, seizures, and blindness."),
        ("Krabbe disease", "irritability or stiffness",
         "Babies show irritability, stiffness, and fever."),
    ]
    for cause, symptom, sentence in doubted:
        assert doubt(cause, symptom, sentence) is not None, symptom
    kept = [
        ("flu", "fever or chills", "The flu causes fever or chills, and cough."),
        ("flu", "cough", "The flu causes fever, chills, and cough."),
    ]
    for cause, symptom, sentence in kept:
        assert doubt(cause, symptom, sentence) is None, symptom
