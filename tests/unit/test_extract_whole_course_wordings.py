"""The whole course of a patient page's condition told by the medicines that treat it, in
wordings the whole-course reader did not take before:

* "These infections are often treated with A" (the page's condition named in the plural);
* "The best treatment is a combination of A and B";
* "A get rid of X in most people", with the sentence run into a flattened list's last item;
* on a page whose topic is a germ, the heading "What is (are) <germ> Infections ?" is about it.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_topic_page

from trainer.domain import Relation

PHASE = Relation.PHASE_DRUGS


def _courses(tmp_path: Path, topic: str, paragraph: str) -> set[tuple[str, str]]:
    return of_topic_page(tmp_path, topic, paragraph, PHASE)


def test_these_infections_treated_with_a_class_is_the_whole_course(tmp_path: Path) -> None:
    found = _courses(
        tmp_path, "Brindle Infections",
        "Brindle infections are caused by bacteria. These infections are often treated with "
        "antibiotics, although some strains are resistant. Brindle infections are common.",
    )
    assert found == {("overall treatment", "antibiotic")}


def test_the_best_treatment_as_a_combination_gives_each_class(tmp_path: Path) -> None:
    found = _courses(
        tmp_path, "Helicobacter Pylori Infections",
        "Helicobacter pylori is a bacterium that can infect the stomach. Helicobacter pylori "
        "can cause ulcers. The best treatment is a combination of antibiotics and acid-reducing "
        "medicines.",
    )
    assert {("overall treatment", "antibiotic"),
            ("overall treatment", "acid-reducing medicine")} <= found


def test_medicines_that_get_rid_of_the_condition_after_a_flattened_list(tmp_path: Path) -> None:
    found = _courses(
        tmp_path, "Yeast Infections",
        "Yeast infections affect the body in different ways: - Thrush causes white patches - "
        "Yeast infections in your bloodstream can be life-threatening Antifungal medicines get "
        "rid of yeast infections in most people.",
    )
    assert found == {("overall treatment", "antifungal")}


def test_a_medicine_taken_while_sick_is_no_course(tmp_path: Path) -> None:
    found = _courses(
        tmp_path, "Yeast Infections",
        "Yeast infections are common. If you are sick or taking antibiotics, yeast can "
        "multiply and cause an infection.",
    )
    assert found == set()


def test_the_first_treatment_for_the_condition_is_a_class(tmp_path: Path) -> None:
    found = _courses(
        tmp_path, "Tonsils and Adenoids",
        "Tonsils and adenoids are part of the lymphatic system. The first treatment for "
        "infected tonsils and adenoids is antibiotics.",
    )
    assert found == {("first-line therapy", "antibiotic")}


def test_a_class_used_to_treat_the_condition_by_a_short_name_of_the_title(
    tmp_path: Path,
) -> None:
    found = _courses(
        tmp_path, "Streptococcal Infections",
        "Strep is short for Streptococcus, a type of bacteria. Streptococcal infections are "
        "common. Antibiotics are used to treat strep infections.",
    )
    assert found == {("overall treatment", "antibiotic")}
    eased = _courses(
        tmp_path, "Streptococcal Infections",
        "Streptococcal infections are common. Painkillers are used to treat strep infections. "
        "Nonsteroidal anti-inflammatory drugs may be used to treat musculoskeletal symptoms.",
    )
    assert not any("anti-inflammatory" in o for _, o in eased), eased


def test_these_infections_of_another_condition_are_not_its_course(tmp_path: Path) -> None:
    found = _courses(
        tmp_path, "Bronchiectasis",
        "Bronchiectasis is a condition in which the airways widen. Bronchiectasis often causes "
        "repeated lung infections. Oral antibiotics often are used to treat these infections.",
    )
    assert found == set()
