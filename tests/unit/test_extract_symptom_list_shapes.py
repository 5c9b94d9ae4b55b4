"""Symptom lists whose members are noun phrases no list knows: a problem word after what the
trouble is with ("learning problems", "speech delay", "eye paralysis", "spinal deformities"), a
body part after a later member ("an enlarged liver and spleen"), two places sharing one symptom
word ("joint and muscle pain"); and lists said of a group of people ("In infants, symptoms may
include ..."), whose owner is the topic in that group. Lists with a clause, a disease, or a
vague "serious health problems" among them, and negated lead-ins, give nothing new."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation


def _symptoms(tmp_path: Path, sentence: str) -> set[tuple[str, str]]:
    return of_markdown(tmp_path, f"# Heart attack\n\n{sentence}\n", Relation.SYMPTOM_CAUSE)


def test_problem_words_after_what_the_trouble_is_with(tmp_path: Path) -> None:
    assert _symptoms(
        tmp_path, "Other symptoms include speech delay, muscle weakness and vision problems."
    ) == {("heart attack", "speech delay"), ("heart attack", "muscle weakness"),
          ("heart attack", "vision problems")}


def test_a_latin_singular_is_no_plural(tmp_path: Path) -> None:
    assert _symptoms(
        tmp_path, "Symptoms may include drooping eyelids, eye paralysis, and chest pain."
    ) == {("heart attack", "drooping eyelids"), ("heart attack", "eye paralysis"),
          ("heart attack", "chest pain")}


def test_deformities_of_a_named_part(tmp_path: Path) -> None:
    assert _symptoms(
        tmp_path, "Other signs include chest pain, nausea, and spinal deformities."
    ) == {("heart attack", "chest pain"), ("heart attack", "nausea"),
          ("heart attack", "spinal deformities")}


def test_a_vague_problem_is_no_member(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Other symptoms include chest pain, fatigue, and serious health problems."
    )
    assert ("heart attack", "serious health problems") not in found
    assert ("heart attack", "other problems") not in _symptoms(
        tmp_path, "Other symptoms include chest pain, nausea, and other problems."
    )


def test_a_body_part_after_a_later_member_is_more_of_its_sign(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path,
        "Other symptoms may include chest pain, dizziness, sleep problems, and an enlarged "
        "liver and spleen.",
    )
    assert {("heart attack", "chest pain"), ("heart attack", "dizziness"),
            ("heart attack", "sleep problems")} <= found
    assert not any(obj == "spleen" for _, obj in found)


def test_two_places_sharing_one_symptom_word_each_take_it(tmp_path: Path) -> None:
    assert _symptoms(
        tmp_path, "Common symptoms include joint and muscle pain, fever, and headache."
    ) == {("heart attack", "joint pain"), ("heart attack", "muscle pain"),
          ("heart attack", "fever"), ("heart attack", "headache")}


def test_a_group_opening_the_sentence_narrows_the_owner(tmp_path: Path) -> None:
    assert _symptoms(
        tmp_path, "In children, signs may include fever, nausea and joint swelling."
    ) == {("heart attack in children", "fever"), ("heart attack in children", "nausea"),
          ("heart attack in children", "joint swelling")}


def test_a_group_after_the_word_symptoms_narrows_the_owner(tmp_path: Path) -> None:
    assert _symptoms(
        tmp_path, "Common symptoms in older adults are confusion, dizziness and fatigue."
    ) == {("heart attack in older adults", "confusion"),
          ("heart attack in older adults", "dizziness"),
          ("heart attack in older adults", "fatigue")}


def test_group_lead_ins_that_list_nothing_give_nothing(tmp_path: Path) -> None:
    assert _symptoms(
        tmp_path, "Common symptoms in children are not the same as in adults."
    ) == set()
    assert _symptoms(tmp_path, "In children, symptoms are rare.") == set()
    assert _symptoms(
        tmp_path, "In children, symptoms do not include fever, headache and nausea."
    ) == set()


def test_a_group_with_another_disease_or_side_effects_is_not_the_topics(tmp_path: Path) -> None:
    assert _symptoms(
        tmp_path, "In children with asthma, symptoms include cough, wheezing and chest pain."
    ) == set()
    assert _symptoms(
        tmp_path, "In adults, side effects may include nausea, headache and dizziness."
    ) == set()
    assert _symptoms(
        tmp_path,
        "In children, symptoms may include fever, nausea, kidney disease, diabetes, and asthma.",
    ) == set()


def test_a_participle_before_a_body_function_is_a_sign(tmp_path: Path) -> None:
    assert _symptoms(
        tmp_path, "Symptoms may include slurred speech, impaired hearing, dizziness, and nausea."
    ) == {("heart attack", "slurred speech"), ("heart attack", "impaired hearing"),
          ("heart attack", "dizziness"), ("heart attack", "nausea")}


def test_a_symptom_and_where_it_is_felt_is_one_member(tmp_path: Path) -> None:
    assert _symptoms(
        tmp_path,
        "Other symptoms include a dull ache in the lower part of the back, nausea, and vomiting.",
    ) == {("heart attack", "dull ache in the lower back"), ("heart attack", "nausea"),
          ("heart attack", "vomiting")}


def test_a_placed_member_that_goes_on_to_say_why_is_no_member(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path,
        "Other symptoms include pain and swelling from fluid building up in the legs, nausea, "
        "and vomiting.",
    )
    assert not any("fluid" in obj for _, obj in found)


def test_a_list_ending_in_a_shared_place_is_not_one_member(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Other symptoms include fever, chills, and sometimes pain in the hand and wrist."
    )
    assert not any("," in obj for _, obj in found)


def _of_gout_page(tmp_path: Path, sentence: str) -> set[tuple[str, str]]:
    return of_markdown(tmp_path, f"# Gout\n\n{sentence}\n", Relation.SYMPTOM_CAUSE)


def test_symptoms_of_x_are_a_b_and_c(tmp_path: Path) -> None:
    assert _of_gout_page(
        tmp_path, "The most common signs of brucellosis are joint pain, a skin rash, and fatigue."
    ) == {("brucellosis", "joint pain"), ("brucellosis", "rash"), ("brucellosis", "fatigue")}
    assert _of_gout_page(
        tmp_path, "The main symptoms of asthma can be wheezing, coughing, and chest tightness."
    ) == {("asthma", "wheezing"), ("asthma", "cough"), ("asthma", "chest tightness")}


def test_a_shared_adjective_before_two_parts_goes_with_each(tmp_path: Path) -> None:
    assert _of_gout_page(
        tmp_path,
        "The most common signs of brucellosis are fatigue, itching, and dry eyes and mouth.",
    ) == {
        ("brucellosis", "fatigue"),
        ("brucellosis", "itching"),
        ("brucellosis", "dry eyes"),
        ("brucellosis", "dry mouth"),
    }


def test_a_predicate_after_symptoms_are_is_no_list(tmp_path: Path) -> None:
    assert _of_gout_page(
        tmp_path, "The symptoms of asthma are usually mild, brief, and easy to treat."
    ) == set()
    assert _of_gout_page(
        tmp_path, "The symptoms of asthma are worse in children, adults, and older people."
    ) == set()
    assert _of_gout_page(
        tmp_path, "The symptoms of asthma can be hard to spot, vague, and slow to appear."
    ) == set()
    assert _of_gout_page(
        tmp_path, "The symptoms of brucellosis are treated with rest, exercise, and medicines."
    ) == set()


def test_how_often_symptoms_are_seen_says_not_whose(tmp_path: Path) -> None:
    assert _symptoms(
        tmp_path, "The most common signs and symptoms are fever, swelling, and stiff joints."
    ) == {("heart attack", "fever"), ("heart attack", "swelling"),
          ("heart attack", "joint stiffness")}
    assert _symptoms(
        tmp_path,
        "Other frequently observed signs and symptoms in children are abdominal pain, "
        "confusion, and vomiting.",
    ) == {("heart attack in children", "abdominal pain"),
          ("heart attack in children", "confusion"), ("heart attack in children", "vomiting")}
    assert _symptoms(tmp_path, "The most common symptoms are mild and go away.") == set()
