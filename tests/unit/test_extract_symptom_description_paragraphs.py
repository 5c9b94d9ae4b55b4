"""The signs a genetic-condition page's description paragraph gives, in the shapes such a page
takes: the people named by sex and a share ("About 30 percent of females with X have A, B or
C"), a degree range before the sign ("mild to moderate intellectual disability"), a contrast
clause about other people after it, a sign closed by its examples or by a relative clause, the
form of a body part ("large ears", "a prominent jaw"), and "These features include A, B and C"
after the sentence that names the condition's features.

Near misses give nothing: what people have that is no sign ("a gene that makes a protein",
"normal intelligence"), "These features include" after a sentence about another subject, and a
possessive before a vague head ("the disorder's main features").

Every text is written for the test; the condition's name is invented.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

SYMPTOM = Relation.SYMPTOM_CAUSE
TITLE = "# Varnel syndrome\n\nVarnel syndrome is a genetic condition. "


def test_people_named_by_sex_and_share_have_the_signs(tmp_path: Path) -> None:
    text = TITLE + (
        "Most males with Varnel syndrome have mild to moderate intellectual disability, while "
        "about one third of affected females are intellectually disabled. About 30 percent of "
        "females with Varnel syndrome are born with a heart defect, such as a narrowing of the "
        "large artery leaving the heart.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("Varnel syndrome", "mild to moderate intellectual disability"),
        ("Varnel syndrome", "heart defect"),
    }


def test_a_sign_closed_by_examples_or_a_relative_clause_is_the_sign(tmp_path: Path) -> None:
    text = TITLE + (
        "Children with Varnel syndrome may also have anxiety and hyperactive behavior such as "
        "fidgeting or impulsive actions. Most girls and women with Varnel syndrome have "
        "characteristic physical features that become more apparent with age.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("Varnel syndrome", "anxiety"),
        ("Varnel syndrome", "hyperactive behavior"),
        ("Varnel syndrome", "characteristic physical features"),
    }


def test_these_features_after_the_features_sentence_are_the_conditions(tmp_path: Path) -> None:
    text = TITLE + (
        "People with Varnel syndrome often have characteristic physical features. These "
        "features include large ears, a prominent jaw, unusually flexible fingers, flat feet, "
        "and in males, enlarged testicles.\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert {
        ("Varnel syndrome", "large ears"),
        ("Varnel syndrome", "prominent jaw"),
        ("Varnel syndrome", "unusually flexible fingers"),
        ("Varnel syndrome", "flat feet"),
    } <= found
    assert not any("males" in obj for _, obj in found)


def test_these_features_after_another_subject_give_nothing(tmp_path: Path) -> None:
    text = TITLE + (
        "The clinic keeps photographs of typical features. These features include large ears "
        "and a prominent jaw.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == set()


def test_what_people_have_that_is_no_sign_gives_nothing(tmp_path: Path) -> None:
    text = TITLE + (
        "People with Varnel syndrome have a gene that makes a protein. Most girls with Varnel "
        "syndrome have normal intelligence.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == set()


def test_a_possessive_before_a_vague_head_names_no_sign(tmp_path: Path) -> None:
    text = TITLE + (
        "Symptoms include tremor, coma, and vision problems, The disorder's main features are "
        "problems in acquiring new memories.\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert not any("features" in obj for _, obj in found)


def test_two_groups_opening_the_list_and_a_gloss_with_its_own_verb(tmp_path: Path) -> None:
    text = TITLE + (
        "Symptoms vary with age. In older children and adults, symptoms may include nausea, "
        "papilledema (swelling of the optic disk, which is part of the optic nerve), gait "
        "disturbance, drowsiness, and memory loss.\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    owner = "varnel syndrome in older children and adults"
    assert {(owner, "nausea"), (owner, "gait disturbance"), (owner, "memory loss")} <= found


def test_the_complications_people_who_survive_it_will_most_likely_have(tmp_path: Path) -> None:
    text = TITLE + (
        "People who survive Varnel syndrome will most likely have medical complications such "
        "as chronic pain and bladder and bowel dysfunction, along with an increased "
        "susceptibility to respiratory and heart problems.\n"
    )
    found = {obj for _, obj in of_markdown(tmp_path, text, SYMPTOM)}
    assert {"chronic pain", "bladder dysfunction", "bowel dysfunction"} <= found
    assert not any(obj.endswith("respiratory") for obj in found)
