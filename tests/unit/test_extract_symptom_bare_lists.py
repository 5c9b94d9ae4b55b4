"""Symptom lists that name no owner in their own words, read by their structure: "Symptoms
vary ... and include A, B", "..., with early signs and symptoms including A, B", members given
as a kind of sign with its examples in brackets, a lead-in with its own verb before them (which
is no run-in label), and a flattened phenotype table given for the page's condition by another
of its names. Near misses give nothing: a negated list, a treatment's side effects, the people
with symptoms, a table given for another condition.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation
from trainer.generator.extract.symptom_shapes import symptom_shaped
from trainer.generator.lexicon_load import load_lexicon

SYMPTOM = Relation.SYMPTOM_CAUSE

def _lower(found: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The owner as the card's question words it, whatever its casing on the page."""
    return {(c.lower(), s) for c, s in found}


_PAGE = "# Tallow fever\n\n## What are the symptoms of Tallow fever?\n\n{t}\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Symptoms differ from one child to the next and include fever, a stiff neck, and "
        "joint pain.",
        "The illness starts abruptly, with early signs and symptoms including fever, a stiff "
        "neck and joint pain.",
        "First symptoms may be taken for a cold and can include fever, a stiff neck, and joint "
        "pain.",
        "When present, signs and symptoms may include fever, a stiff neck and joint pain.",
    ],
)
def test_an_unowned_list_after_an_aside_is_the_topics(tmp_path: Path, sentence: str) -> None:
    found = _lower(of_markdown(tmp_path, _PAGE.format(t=sentence), SYMPTOM))
    assert ("tallow fever", "fever") in found, found
    assert ("tallow fever", "joint pain") in found, found


def test_the_one_main_symptom_a_copula_names(tmp_path: Path) -> None:
    for sentence in ("The most common symptom is a headache.", "The main symptom is headache."):
        found = _lower(of_markdown(tmp_path, _PAGE.format(t=sentence), SYMPTOM))
        assert ("tallow fever", "headache") in found, (sentence, found)
    found = _lower(of_markdown(tmp_path, _PAGE.format(t="The main symptom is usually mild."),
                               SYMPTOM))
    assert not found, found


def test_examples_in_brackets_are_the_members(tmp_path: Path) -> None:
    text = ("Signs and symptoms may include chest pain, tiredness, signs of a chill (e.g. "
            "shivering, headache, a sore throat), and swollen ankles.")
    found = _lower(of_markdown(tmp_path, _PAGE.format(t=text), SYMPTOM))
    assert ("tallow fever", "headache") in found, found
    assert ("tallow fever", "swollen ankles") in found, found
    assert not any("chill" in s or (s.startswith("e") and "g" in s[:2]) for _, s in found), found


def test_most_members_read_the_others_left_out(tmp_path: Path) -> None:
    text = "Symptoms include high fever, sweating, muscle rigidity, stupor, and a racing pulse."
    found = _lower(of_markdown(tmp_path, _PAGE.format(t=text), SYMPTOM))
    assert {("tallow fever", "high fever"), ("tallow fever", "sweating"),
            ("tallow fever", "stupor")} <= found, found
    assert ("tallow fever", "racing pulse") not in found, found  # a plain name, left out


def test_a_lead_in_with_its_own_verb_is_no_run_in_label(tmp_path: Path) -> None:
    text = ("The two main signs of Tallow fever are: - a rash - a cough. Other symptoms include "
            "headache, tiredness and night sweats.")
    found = _lower(of_markdown(tmp_path, _PAGE.format(t=text), SYMPTOM))
    assert ("tallow fever", "night sweats") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        # negated
        "Symptoms vary widely and do not include fever, a stiff neck or joint pain.",
        # a treatment's effects, not the condition's signs
        "Side effects of the medicine vary and include fever, a stiff neck and joint pain.",
        # the people who have symptoms: who should act, not which symptoms the page's are
        "People with symptoms such as fever, a stiff neck or joint pain should stay home.",
        # another condition named as whose symptoms they are
        "Symptoms of meningitis vary and include fever, a stiff neck and joint pain.",
    ],
)
def test_near_misses_give_no_topic_symptom(tmp_path: Path, sentence: str) -> None:
    found = of_markdown(tmp_path, _PAGE.format(t=sentence), SYMPTOM)
    assert not any(c.lower() == "tallow fever" for c, _ in found), found


def test_a_place_cut_from_its_sign_is_no_member(tmp_path: Path) -> None:
    text = "Early symptoms include burning, itching, or prickling on the back, or around the hips."
    found = of_markdown(tmp_path, _PAGE.format(t=text), SYMPTOM)
    assert not any(s.startswith("around") or s == "hips" for _, s in found), found


_TABLE = (
    "# Lupus\n\n## What are the signs of Lupus?\n\nA database gives the following list of "
    "signs and symptoms for {x}. Signs and Symptoms Approximate number of patients (when "
    "available) Joint stiffness 90% Hair thinning 50% Mouth ulcers 7.5%\n\nThere is no cure.\n"
)


def test_a_table_given_for_another_name_of_the_topic_is_the_topics(tmp_path: Path) -> None:
    found = of_markdown(tmp_path, _TABLE.format(x="SLE"), SYMPTOM)
    assert ("systemic lupus erythematosus", "joint stiffness") in found, found
    assert ("systemic lupus erythematosus", "hair thinning") in found, found


def test_a_table_given_for_another_known_condition_is_not_the_topics(tmp_path: Path) -> None:
    found = of_markdown(tmp_path, _TABLE.format(x="Rheumatoid arthritis"), SYMPTOM)
    assert not any(c == "systemic lupus erythematosus" for c, _ in found), found


@pytest.mark.parametrize(
    ("phrase", "shaped"),
    [
        ("general body aches", True),  # "aches" is the plural of "ache"
        ("drooping eyelid or corner of the mouth", True),
        ("altered taste", True),
        ("stupor", True),
        ("headache or kidney disease", False),  # a disease after "or" is no place of a sign
        ("corner of the mouth", False),
        ("blurred or double vision", True),  # two words sharing the head after the second
        ("kidney or liver disease", False),  # a disease, whatever shares its head
        ("sore throat", True),  # a state word before a part
        ("swollen red tonsils", True),
        ("cloudy urine", True),
        ("red hair", False),  # a colour is a trait, no sign
        ("dark skin", False),
    ],
)
def test_symptom_shapes(phrase: str, shaped: bool) -> None:
    assert symptom_shaped(load_lexicon(), phrase) is shaped


_STAGES = (
    "# Tallow fever\n\n## Signs of Tallow fever\n\n{lead}\n\n- a dry cough\n- night sweats\n"
    "- swollen ankles\n\nTallow fever has no cure.\n"
)


@pytest.mark.parametrize(
    ("lead", "owner"),
    [
        ("When symptoms of early-stage Tallow fever do occur, they may include",
         "early-stage tallow fever"),
        ("Symptoms of advanced Tallow fever (fever that has reached the lungs) may include",
         "advanced tallow fever"),
        ("Symptoms of late-stage Tallow fever can include the symptoms of early Tallow fever and",
         "late-stage tallow fever"),
        ("Signs of advanced Tallow fever include all the signs of mild Tallow fever plus",
         "advanced tallow fever"),
    ],
)
def test_a_stage_named_by_the_lead_in_owns_its_list(
    tmp_path: Path, lead: str, owner: str
) -> None:
    found = _lower(of_markdown(tmp_path, _STAGES.format(lead=lead), SYMPTOM))
    assert (owner, "night sweats") in found, found
    assert (owner, "swollen ankles") in found, found


@pytest.mark.parametrize(
    "lead",
    [
        # a negated lead-in
        "Symptoms of advanced Tallow fever (fever that has spread) do not include",
        # a treatment's effects added to the disease's
        "Side effects of the treatment for Tallow fever (given for weeks) may include",
    ],
)
def test_near_misses_of_a_stage_lead_in(tmp_path: Path, lead: str) -> None:
    found = _lower(of_markdown(tmp_path, _STAGES.format(lead=lead), SYMPTOM))
    assert not any("tallow fever" in c for c, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # the sentence before opens with the topic: the complication it names is the topic's
        "Tallow fever is an infection in which affected women develop high blood pressure. "
        "More severely affected women may experience headaches, dizziness and nausea.",
        # a complication named as one of the features, not as a subject
        "Other features of the disorder are swelling and weight gain. Affected people may "
        "experience headaches, dizziness and nausea.",
        "In rare cases, an affected individual can experience headaches, dizziness and nausea.",
        "A child with Tallow fever may have headaches, dizziness and nausea.",
    ],
)
def test_the_people_a_condition_affects_have_its_symptoms(tmp_path: Path, text: str) -> None:
    found = _lower(of_markdown(tmp_path, _PAGE.format(t=text), SYMPTOM))
    assert ("tallow fever", "dizziness") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # another disease is the subject of the sentence before
        "Meningitis is another illness of the brain. Affected people may experience headaches, "
        "dizziness and nausea.",
        # a complication as the subject of the sentence before: the general noun may be its
        "Hypertension is common in older women. The condition can cause headaches, dizziness "
        "and nausea.",
        # a negated holder
        "Affected people may not experience headaches, dizziness or nausea.",
        # the signs of an episode, not of the condition at large
        "During a flare, an affected individual can experience headaches, dizziness and nausea.",
    ],
)
def test_near_misses_of_the_affected_people(tmp_path: Path, text: str) -> None:
    found = _lower(of_markdown(tmp_path, _PAGE.format(t=text), SYMPTOM))
    assert ("tallow fever", "dizziness") not in found, found


def test_a_colon_before_members_divided_by_semicolons(tmp_path: Path) -> None:
    text = ("Symptoms may include: aching in the hip, knee, or ankle; trouble sleeping at night; "
            "and hoarseness, especially after talking.")
    found = _lower(of_markdown(tmp_path, _PAGE.format(t=text), SYMPTOM))
    assert any(c == "tallow fever" and s.startswith("trouble sleeping") for c, s in found), found
    assert any(c == "tallow fever" and s.startswith("hoarseness") for c, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        # the colon opens a dash list, read by the list readers, never as inline members
        "Symptoms may include: - fever - chills.",
        # a clause after the semicolon is no member
        "Symptoms include fever and chills; treatment is rest and fluids.",
    ],
)
def test_near_misses_of_a_semicolon_list(tmp_path: Path, text: str) -> None:
    found = _lower(of_markdown(tmp_path, _PAGE.format(t=text), SYMPTOM))
    assert not any("treatment" in s or s.startswith("-") for _, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "People with Tallow fever often have a high fever. They may also have a stiff neck, "
        "joint pain, or a rash.",
        "Children with Tallow fever often feel tired. These children can also develop a stiff "
        "neck, joint pain and a rash.",
        "Adults with Tallow fever usually have a cough. They may feel dizzy, or have joint pain "
        "and a rash.",
    ],
)
def test_they_points_back_to_the_people_with_a_condition(tmp_path: Path, text: str) -> None:
    found = _lower(of_markdown(tmp_path, _PAGE.format(t=text), SYMPTOM))
    assert ("tallow fever", "joint pain") in found, found
    assert ("tallow fever", "dizzy") not in found, found  # how they feel: no sign's name


@pytest.mark.parametrize(
    "text",
    [
        # negated
        "People with Tallow fever often have a high fever. They do not have a stiff neck, joint "
        "pain, or a rash.",
        # the people before are told by their treatment
        "People with Tallow fever who take steroids gain weight. They may also have a stiff "
        "neck, joint pain, or a rash.",
        # the sentence before names no holders
        "Tallow fever is common in spring. They may also have a stiff neck, joint pain, or a "
        "rash.",
    ],
)
def test_near_misses_of_they(tmp_path: Path, text: str) -> None:
    found = _lower(of_markdown(tmp_path, _PAGE.format(t=text), SYMPTOM))
    assert ("tallow fever", "joint pain") not in found, found


def test_one_member_the_lexicon_knows_as_a_sign(tmp_path: Path) -> None:
    text = "Symptoms may also include jaundice, and in rare cases, changes in mood."
    found = _lower(of_markdown(tmp_path, _PAGE.format(t=text), SYMPTOM))
    assert ("tallow fever", "jaundice") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Symptoms may also include tallow dust on the sheets.",  # no sign the lexicon knows
        "Symptoms do not include jaundice.",  # negated
    ],
)
def test_one_member_near_misses(tmp_path: Path, text: str) -> None:
    found = _lower(of_markdown(tmp_path, _PAGE.format(t=text), SYMPTOM))
    assert not any(c == "tallow fever" for c, _ in found), found


def test_a_second_verb_after_a_modal_joins_the_members(tmp_path: Path) -> None:
    text = "People with Tallow fever often get headaches and can also have joint pain."
    found = _lower(of_markdown(tmp_path, _PAGE.format(t=text), SYMPTOM))
    assert ("tallow fever", "joint pain") in found, found
    assert not any(s.startswith(("can", "also")) for _, s in found), found


def test_a_list_of_signs_named_by_state_words_reads_whole(tmp_path: Path) -> None:
    text = ("# Rheumatic fever\n\nRheumatic fever is an inflammatory condition.\n\nEarly signs "
            "and symptoms include sore throat; swollen red tonsils; fever; headache; and/or "
            "muscle aches.\n")
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert {("rheumatic fever", "sore throat"), ("rheumatic fever", "swollen red tonsils"),
            ("rheumatic fever", "fever")} <= found, found


def test_a_plain_adjective_cut_from_its_noun_is_no_sign(tmp_path: Path) -> None:
    text = ("# Constipation\n\nConstipation is a condition of the bowel.\n\nPeople with "
            "constipation usually have hard, dry stools that are small in size.\n")
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert not any(s == "hard" for _, s in found), found



def test_adjectives_stacked_inside_a_list_each_name_a_sign_with_the_noun(tmp_path: Path) -> None:
    text = ("# Paget disease of the breast\n\nPaget disease of the breast is a rare type of cancer "
            "involving the nipple. Symptoms usually include redness in the nipple and itchy, "
            "crusty, or thickened skin on or around the nipple.\n")
    found = {s for _, s in of_markdown(tmp_path, text, SYMPTOM)}
    assert found == {"redness in the nipple", "itchy skin on or around the nipple",
                     "crusty skin on or around the nipple",
                     "thickened skin on or around the nipple"}, found
