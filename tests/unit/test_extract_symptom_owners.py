"""Symptom facts whose words were read from the wrong place: a list's lead-in words taken for a
member ("following: - Fast"), a cause cut across a contrast ("..., but severe X") or on a verb
phrase ("X and quickly"), and owners that are no condition: a serial list of several things,
a category ("many factors"), an activity a page title names ("Surviving Cancer"). Near misses
must keep their facts: a cause of two names joined by "or", a finding named by its "-ing"
noun ("bleeding in the brain", "burning mouth syndrome").

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext
from trainer.generator.extract.symptom_members import lead_in_member, opens_a_list
from trainer.generator.extract.symptom_owners import an_activity
from trainer.generator.ingest import read_document
from trainer.generator.lexicon_load import load_lexicon

SYMPTOM = Relation.SYMPTOM_CAUSE


@pytest.fixture(scope="module")
def dc(tmp_path_factory: pytest.TempPathFactory) -> DocContext:
    p = tmp_path_factory.mktemp("owners") / "page.md"
    p.write_text("# Notes\n\nNothing to read here.\n", encoding="utf-8")
    return DocContext(read_document(p), load_lexicon())


def test_lead_in_words_before_a_run_in_list_are_no_member(tmp_path: Path) -> None:
    text = ("# Thyroid\n\nSigns of an overactive thyroid include the following: - Slow or uneven "
            "heartbeat. - Weight gain. - Feeling cold.\n")
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert ("hyperthyroidism", "weight gain") in found
    assert ("hyperthyroidism", "slow or uneven heartbeat") in found
    assert not any(":" in s or "following" in s for _, s in found), found


def test_lead_in_words_and_a_verb_after_them_are_no_member(tmp_path: Path) -> None:
    for lead in ("The symptoms of urinary retention may include the following and need prompt "
                 "care:", "Symptoms of urinary retention can include the following and call for "
                 "a doctor:", "UTI symptoms include the following and need prompt care:"):
        text = f"# Bladder\n\n{lead}\n\n- Pain in the lower belly.\n- Bloating.\n"
        found = of_markdown(tmp_path, text, SYMPTOM)
        assert not any("following" in s or s.startswith(("need", "call")) for _, s in found), lead


@pytest.mark.parametrize("words", ["the following: - Fast pulse", ": - Cough", "following and x",
                                   "these: cough"])
def test_text_opening_on_lead_in_words_opens_a_list(words: str) -> None:
    assert opens_a_list(words)


@pytest.mark.parametrize("words", ["fever and chills", "a following wind", "cough, then fever"])
def test_plain_members_open_no_list(words: str) -> None:
    assert not opens_a_list(words)
    assert not lead_in_member(words)


def test_a_contrast_opens_the_clause_the_cause_stands_in(tmp_path: Path) -> None:
    for sentence in (
        "Most people with gout will not have lasting harm, but severe gout may lead to joint pain.",
        "Most people with gout never get serious problems, yet severe gout can cause joint pain.",
    ):
        found = of_markdown(tmp_path, f"# Gout\n\n{sentence}\n", SYMPTOM)
        assert found == {("severe gout", "joint pain")}, sentence


def test_a_cause_cut_on_a_coordinated_verb_phrase_gives_nothing(tmp_path: Path) -> None:
    for sentence in (
        "Acute pancreatitis starts with inflammation of the pancreas and rapidly leads to nausea.",
        "The illness begins with swelling of the joints and then causes fever.",
        "It opens with damage to the nerves and often results in numbness.",
    ):
        found = of_markdown(tmp_path, f"# Notes\n\n{sentence}\n", SYMPTOM)
        assert not any(c.endswith(("rapidly", "then", "often")) for c, _ in found), found


def test_a_serial_list_of_several_things_owns_no_symptom(tmp_path: Path) -> None:
    for sentence in ("Fever, vomiting, and severe diarrhea can cause dizziness.",
                     "Headache, nausea, or fatigue may lead to fainting.",
                     "Poor sleep, stress and skipped meals can cause headache."):
        assert of_markdown(tmp_path, f"# Notes\n\n{sentence}\n", SYMPTOM) == set(), sentence


def test_two_names_joined_by_or_still_own_their_symptoms(tmp_path: Path) -> None:
    text = "# Heart\n\nAortic or mitral valve stenosis can cause dizziness or fainting.\n"
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("aortic or mitral valve stenosis", "dizziness"),
        ("aortic or mitral valve stenosis", "fainting"),
    }


def test_a_category_of_causes_owns_no_symptom(tmp_path: Path) -> None:
    for sentence in ("Many factors can lead to fatigue, including stress and poor sleep.",
                     "Several things may cause dizziness, such as standing up fast.",
                     "Various reasons can cause a headache."):
        assert of_markdown(tmp_path, f"# Notes\n\n{sentence}\n", SYMPTOM) == set(), sentence


@pytest.mark.parametrize("owner", ["surviving cancer", "living with asthma",
                                   "coping with heart failure", "recovering from a stroke"])
def test_an_activity_a_title_names_is_no_condition(dc: DocContext, owner: str) -> None:
    assert an_activity(dc, owner)


@pytest.mark.parametrize("owner", ["bleeding in the brain", "swelling of the legs",
                                   "burning mouth syndrome", "bleeding", "ringing in the ears",
                                   "heart failure"])
def test_a_finding_named_by_its_ing_noun_is_no_activity(dc: DocContext, owner: str) -> None:
    assert not an_activity(dc, owner)


def test_a_finding_named_by_its_ing_noun_keeps_its_symptoms(tmp_path: Path) -> None:
    text = "# Brain\n\nBleeding in the brain can cause headache and vomiting.\n"
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("bleeding in the brain", "headache"), ("bleeding in the brain", "vomiting"),
    }


def test_what_a_procedure_causes_is_a_side_effect(tmp_path: Path) -> None:
    for sentence in ("An enema can cause cramping.", "The injection may cause swelling.",
                     "Repeated procedures can lead to pain."):
        assert of_markdown(tmp_path, f"# Notes\n\n{sentence}\n", SYMPTOM) == set(), sentence


def test_an_infection_still_causes_its_symptoms(tmp_path: Path) -> None:
    text = "# Notes\n\nAn infection in the kidney can cause fever and chills.\n"
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("infection in the kidney", "fever"), ("infection in the kidney", "chills"),
    }


def test_a_predicate_after_the_pointer_leaves_the_lead_in_whole(tmp_path: Path) -> None:
    for lead in ("Common signs of anemia are the following and require care:",
                 "Symptoms of anemia may include the following and should be checked soon:",
                 "The signs of anemia can include the following and call for a blood test:"):
        text = f"# Blood\n\n{lead}\n\n- Fatigue.\n- Pale skin.\n"
        assert of_markdown(tmp_path, text, SYMPTOM) == {
            ("anemia", "fatigue"), ("anemia", "pale skin"),
        }, lead


def test_a_negated_lead_in_with_a_predicate_after_the_pointer_gives_nothing(
    tmp_path: Path,
) -> None:
    text = ("# Blood\n\nSymptoms of anemia do not include the following and need no care:\n\n"
            "- Fever.\n- Rash.\n")
    assert of_markdown(tmp_path, text, SYMPTOM) == set()


def test_a_later_item_that_opens_its_own_list_ends_the_first_lists_items(
    tmp_path: Path,
) -> None:
    for text in (
        "# Blood\n\n- Anemia is common. - Symptoms of anemia may include the following and "
        "need care: - Fatigue - Pale skin - A doctor checks anemia with - a blood count - "
        "a bone marrow test\n",
        "# Blood\n\n## Summary\n\n- Anemia is a lack of red cells. - The symptoms of anemia "
        "may include the following and need care: - fatigue - pale skin - The symptoms of "
        "another illness may include - mild tiredness - A doctor treats anemia with - iron "
        "pills\n",
    ):
        assert of_markdown(tmp_path, text, SYMPTOM) == {
            ("anemia", "fatigue"), ("anemia", "pale skin"),
        }, text
