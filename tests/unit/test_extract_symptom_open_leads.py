"""Symptom lists whose lead-in leaves the owner to its surroundings: a presentation ("X usually
presents with:"), a bare lead-in that lost its colon after a sentence naming whose symptoms
these continue, a bare lead-in under the topic's (qualified) symptoms heading, "signs of X may
appear, such as", the condition named before the word ("<X> symptoms include"); and the
wording of list members (a gloss after ", or", "varying degrees of"). Near misses must give
nothing: a negated sentence before, a sentence about another condition, a heading naming
another condition, a qualifier word in place of an owner.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

SYMPTOM = Relation.SYMPTOM_CAUSE


def test_a_presentation_lead_in_names_the_owner_of_its_list(tmp_path: Path) -> None:
    for lead in ("COPD usually presents with:", "COPD may present as:",
                 "COPD typically presents with the following:"):
        text = f"# Lungs\n\n{lead}\n\n- Wheezing.\n- Fatigue.\n"
        assert of_markdown(tmp_path, text, SYMPTOM) == {
            ("chronic obstructive pulmonary disease", "wheezing"),
            ("chronic obstructive pulmonary disease", "fatigue"),
        }, lead


def test_a_presentation_of_something_unnamed_gives_nothing(tmp_path: Path) -> None:
    text = "# Lungs\n\nThe patient usually presents with:\n\n- Wheezing.\n- Fatigue.\n"
    assert of_markdown(tmp_path, text, SYMPTOM) == set()


def test_a_bare_lead_in_goes_on_with_the_owner_the_sentence_before_names(
    tmp_path: Path,
) -> None:
    for before in (
        "Wheezing is one of the most common symptoms of asthma.",
        "A cough is an early sign of asthma.",
        "Chest tightness is among the typical symptoms of asthma.",
    ):
        for lead in ("Other symptoms may include", "Additional signs can include:"):
            text = f"# Lungs\n\n{before} {lead}\n\n- fatigue\n- fever\n"
            assert of_markdown(tmp_path, text, SYMPTOM) >= {
                ("asthma", "fatigue"), ("asthma", "fever"),
            }, (before, lead)


def test_a_negated_sentence_before_a_bare_lead_in_gives_no_owner(tmp_path: Path) -> None:
    text = (
        "# Lungs\n\nAsthma does not cause the symptoms of anemia. Other symptoms may include\n\n"
        "- fatigue\n- fever\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == set()


def test_a_bare_lead_in_under_the_topics_symptoms_heading_lists_the_topics(
    tmp_path: Path,
) -> None:
    for heading in ("What are the symptoms of asthma?", "Signs and Symptoms of Asthma",
                    "Night-time Signs and Symptoms"):
        text = (
            f"# Asthma\n\nAsthma is a disease of the airways.\n\n## {heading}\n\n"
            "Night symptoms are common in children. Signs and symptoms include\n\n"
            "- wheezing\n- fatigue\n"
        )
        assert of_markdown(tmp_path, text, SYMPTOM) == {
            ("asthma", "wheezing"), ("asthma", "fatigue"),
        }, heading


def test_a_bare_symptoms_heading_names_no_owner_for_a_bare_lead_in(tmp_path: Path) -> None:
    # the items may name their own causes ("pale skin (from anemia)"): no owner is read
    for heading in ("What are the symptoms?", "Common Symptoms", "Symptoms"):
        text = (
            f"# Asthma\n\nAsthma is a disease of the airways.\n\n## {heading}\n\n"
            "Night symptoms are common in children. Signs and symptoms include\n\n"
            "- wheezing\n- fatigue\n"
        )
        assert of_markdown(tmp_path, text, SYMPTOM) == set(), heading


def test_a_bare_lead_in_after_a_sentence_on_another_matter_gives_nothing(
    tmp_path: Path,
) -> None:
    # the sentence before speaks of another condition the person may have, not of symptoms
    text = (
        "# Asthma\n\nAsthma is a disease of the airways.\n\n## Symptoms of asthma\n\n"
        "Some people with asthma also have eczema. Signs and symptoms may include\n\n"
        "- itchy skin\n- dry skin\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == set()


def test_a_heading_naming_another_condition_gives_no_topic(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nAsthma is a disease of the airways.\n\n"
        "## Kidney Disease Signs and Symptoms\n\n"
        "Symptoms come slowly. Signs and symptoms include\n\n- fatigue\n- nausea\n"
    )
    assert ("asthma", "fatigue") not in of_markdown(tmp_path, text, SYMPTOM)


def test_signs_of_a_condition_that_may_appear_such_as(tmp_path: Path) -> None:
    for verb in ("may appear", "can occur", "sometimes develop"):
        text = (
            f"# Lungs\n\nInstead, other signs and symptoms of asthma {verb}, such as\n\n"
            "- wheezing\n- fatigue\n"
        )
        assert of_markdown(tmp_path, text, SYMPTOM) == {
            ("asthma", "wheezing"), ("asthma", "fatigue"),
        }, verb


def test_the_condition_named_before_the_word_symptoms_owns_them(tmp_path: Path) -> None:
    for sentence in (
        "Asthma symptoms typically include wheezing and fatigue.",
        "Among children, asthma signs and symptoms may include wheezing and fatigue.",
        "COPD symptoms include wheezing and fatigue.",
    ):
        found = of_markdown(tmp_path, f"# Lungs\n\n{sentence}\n", SYMPTOM)
        owner = "asthma" if "sthma" in sentence else "chronic obstructive pulmonary disease"
        assert found == {(owner, "wheezing"), (owner, "fatigue")}, sentence


def test_a_compound_lead_in_over_a_list(tmp_path: Path) -> None:
    text = "# Lungs\n\nAsthma symptoms may include\n\n- wheezing\n- fatigue\n"
    assert of_markdown(tmp_path, text, SYMPTOM) == {("asthma", "wheezing"), ("asthma", "fatigue")}


def test_a_qualifier_before_the_word_symptoms_is_no_owner(tmp_path: Path) -> None:
    for sentence in (
        "Nervous system symptoms include wheezing and fatigue.",
        "Asthma symptoms do not include wheezing and fatigue.",
    ):
        assert of_markdown(tmp_path, f"# Lungs\n\n{sentence}\n", SYMPTOM) == set(), sentence


def test_a_gloss_and_a_degree_are_not_part_of_a_members_name(tmp_path: Path) -> None:
    text = (
        "# Lungs\n\nSymptoms of asthma include:\n\n- fatigue, or feeling tired\n"
        "- varying degrees of wheezing\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {("asthma", "fatigue"), ("asthma", "wheezing")}


def test_a_condition_defined_as_one_that_causes_symptoms(tmp_path: Path) -> None:
    for sentence in (
        "Asthma is a chronic disease that causes wheezing and fatigue.",
        "Asthma is a common lung condition which can cause wheezing and fatigue.",
        "Asthma is a form of airway disease that leads to wheezing and fatigue.",
    ):
        assert of_markdown(tmp_path, f"# Lungs\n\n{sentence}\n", SYMPTOM) == {
            ("asthma", "wheezing"), ("asthma", "fatigue"),
        }, sentence


def test_symptoms_with_a_place_shared_by_all_members_give_nothing(tmp_path: Path) -> None:
    for sentence in (
        "Asthma is a lung disease that causes pain and swelling in the chest.",
        "Asthma is a disease that does not cause wheezing.",
    ):
        assert of_markdown(tmp_path, f"# Lungs\n\n{sentence}\n", SYMPTOM) == set(), sentence


def test_a_longer_state_named_after_symptoms_of_owns_the_list(tmp_path: Path) -> None:
    for state in ("a sharp drop in blood sugar level", "a significant loss of thyroid function"):
        text = f"# Lungs\n\nSymptoms of {state} include\n\n- shakiness\n- sweating\n"
        owner = state.removeprefix("a ")
        assert of_markdown(tmp_path, text, SYMPTOM) == {
            (owner, "shakiness"), (owner, "sweating"),
        }, state


def test_a_group_or_a_category_after_symptoms_of_owns_nothing(tmp_path: Path) -> None:
    for words in ("people who have had it for many years", "many different kinds of diseases"):
        text = f"# Lungs\n\nSymptoms of {words} include\n\n- shakiness\n- sweating\n"
        assert of_markdown(tmp_path, text, SYMPTOM) == set(), words


def test_symptoms_of_a_state_that_include_another_conditions_and_a_list(tmp_path: Path) -> None:
    for lead in (
        "Symptoms of severe lung damage include the symptoms of asthma and",
        "Signs of severe lung damage may include all the symptoms of asthma as well as",
    ):
        text = f"# Lungs\n\n{lead}\n\n- generalized itching\n- easy bruising\n"
        assert of_markdown(tmp_path, text, SYMPTOM) == {
            ("severe lung damage", "generalized itching"),
            ("severe lung damage", "easy bruising"),
        }, lead


def test_two_owners_or_a_negation_before_the_others_symptoms_give_nothing(
    tmp_path: Path,
) -> None:
    for lead in (
        "Symptoms of lung damage and heart damage include the symptoms of asthma and",
        "Symptoms of lung damage do not include the symptoms of asthma and",
    ):
        text = f"# Lungs\n\n{lead}\n\n- generalized itching\n- easy bruising\n"
        assert of_markdown(tmp_path, text, SYMPTOM) == set(), lead


def test_signs_that_may_mean_the_cancer_has_come_back(tmp_path: Path) -> None:
    for lead in (
        "Tell your doctor if you have any of the following signs or symptoms, which may mean "
        "the cancer has come back:",
        "Call your doctor if you notice these symptoms, which can be signs that the cancer "
        "has returned:",
    ):
        text = (
            "# Bladder Cancer Treatment\n\nBladder cancer is a disease of the bladder. "
            "Bladder cancer can spread.\n\n"
            f"## Follow-up care\n\n{lead}\n\n- blood in the urine\n- back pain\n"
        )
        assert of_markdown(tmp_path, text, SYMPTOM) == {
            ("recurrent bladder cancer", "blood in the urine"),
            ("recurrent bladder cancer", "back pain"),
        }, lead


def test_signs_that_do_not_mean_a_recurrence_give_no_recurrent_owner(tmp_path: Path) -> None:
    text = (
        "# Bladder Cancer Treatment\n\nBladder cancer is a disease of the bladder. "
        "Bladder cancer can spread.\n\n## Follow-up care\n\nThese signs do not always mean "
        "the cancer has come back. Tell your doctor if you have any of the following:\n\n"
        "- blood in the urine\n- back pain\n"
    )
    assert not any(s.startswith("recurrent") for s, _ in of_markdown(tmp_path, text, SYMPTOM))
