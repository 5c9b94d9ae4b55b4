"""The page's condition named by a general noun ("the condition", "this disorder", "the
syndrome"), resolved to the page's topic when the page is about one condition and nothing
nearer could be meant; and a flattened phenotype table read by position.

Near misses give no fact of the topic: a page about two conditions, "the condition" after
another condition named in the same paragraph, "a condition called Y", a negated lead-in, a
table the sentence before gives to another condition.

Every text is written for the test; the condition and sign names are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown

from trainer.domain import Relation
from trainer.generator.extract.phenotype_table import rows

SYMPTOM = Relation.SYMPTOM_CAUSE
NUMERIC = Relation.NUMERIC

_PAGE = (
    "# Brindle syndrome\n\n## What is Brindle syndrome?\n\n"
    "Brindle syndrome is a rare disorder that affects the joints. {s}\n\n"
    "## Treatment\n\nBrindle syndrome has no cure. Care for Brindle syndrome eases pain.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Symptoms of the condition include stiff joints, fever, and fatigue.",
        "The first signs of this disorder include stiff joints, fever and fatigue.",
        "Signs and symptoms of the syndrome include stiff joints, fever, and fatigue.",
        "Early symptoms of the disorder include stiff joints, fever, and fatigue.",
    ],
)
def test_a_general_noun_stands_for_the_page_topic(tmp_path: Path, sentence: str) -> None:
    found = of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM)
    assert ("Brindle syndrome", "fever") in found, found
    assert ("Brindle syndrome", "fatigue") in found, found


def test_a_page_about_two_conditions_gives_the_noun_no_owner(tmp_path: Path) -> None:
    text = (
        "# Brindle syndrome and Marrow fever\n\nBrindle syndrome and Marrow fever often occur "
        "together. Symptoms of the condition include stiff joints, fever, and fatigue.\n\n"
        "Brindle syndrome is rare. Marrow fever is rarer.\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert not any(c.lower().startswith(("brindle", "marrow")) for c, _ in found), found


@pytest.mark.parametrize(
    "before",
    [
        "Some people with it also get diabetes.",
        "Many also have psoriasis, which flares in winter.",
    ],
)
def test_another_condition_named_first_in_the_paragraph_blocks_the_topic(
    tmp_path: Path, before: str
) -> None:
    sentence = f"{before} Symptoms of the condition include stiff joints, fever, and fatigue."
    found = of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM)
    assert ("Brindle syndrome", "fever") not in found, found


@pytest.mark.parametrize(
    "before",
    [
        "Some children have a related disorder called Tallow palsy.",
        "A second syndrome, known as Tallow palsy, can follow it.",
    ],
)
def test_another_condition_of_that_kind_introduced_is_what_the_noun_means(
    tmp_path: Path, before: str
) -> None:
    noun = "disorder" if "disorder" in before else "syndrome"
    sentence = f"{before} Symptoms of the {noun} include stiff joints, fever, and fatigue."
    found = of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM)
    assert ("Brindle syndrome", "fever") not in found, found


def test_a_denied_list_gives_nothing(tmp_path: Path) -> None:
    sentence = "Symptoms of the condition do not include stiff joints, fever, or fatigue."
    assert of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM) == set()


def test_a_short_name_of_two_letters_names_the_topic(tmp_path: Path) -> None:
    text = (
        "# Brindle syndrome\n\nBrindle syndrome (BS) is a rare disorder. Symptoms of BS include "
        "stiff joints, fever, and fatigue. Brindle syndrome is rare.\n"
    )
    found = {(c.lower(), s) for c, s in of_markdown(tmp_path, text, SYMPTOM)}
    assert ("brindle syndrome", "fever") in found, found


def test_a_member_and_its_examples_are_each_read(tmp_path: Path) -> None:
    sentence = ("Symptoms of the condition include fever, mood changes such as irritability or "
                "anxiety, and fatigue.")
    found = of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM)
    assert ("Brindle syndrome", "fever") in found, found
    assert ("Brindle syndrome", "fatigue") in found, found
    assert not any("such as" in s for _, s in found), found


# -- flattened phenotype tables -------------------------------------------------------------

_TABLE_PAGE = (
    "# Brindle syndrome\n\n## What are the signs of Brindle syndrome?\n\n"
    "A database gives the following list of signs and symptoms for Brindle syndrome. {t} The "
    "database has collected this information from several studies.\n\n"
    "Brindle syndrome is rare. Brindle syndrome has no cure.\n"
)


@pytest.mark.parametrize(
    "header",
    [
        "Signs and Symptoms Approximate number of patients (when available)",
        "Signs and Symptoms Frequency",
        "Symptoms Approximate number of patients",
    ],
)
def test_a_flattened_table_gives_each_term_and_its_frequency(
    tmp_path: Path, header: str
) -> None:
    table = (f"{header} Stiff fingers 90% Bent toes 50% Blue sclerae 7.5% Autosomal recessive "
             "inheritance -")
    text = _TABLE_PAGE.format(t=table)
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert found >= {
        ("Brindle syndrome", "stiff fingers"),
        ("Brindle syndrome", "bent toes"),
        ("Brindle syndrome", "blue sclerae"),
    }, found
    assert not any("inheritance" in s for _, s in found), found
    figures = of_markdown(tmp_path, text, NUMERIC)
    assert ("Brindle syndrome patients with stiff fingers", "90%") in figures, figures
    assert ("Brindle syndrome patients with blue sclerae", "7.5%") in figures, figures


def test_a_table_without_frequencies_gives_its_terms_only(tmp_path: Path) -> None:
    table = ("Signs and Symptoms Approximate number of patients (when available) Stiff fingers - "
             "Bent toes - Aplasia/Hypoplasia of the nails -")
    text = _TABLE_PAGE.format(t=table)
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert ("Brindle syndrome", "aplasia/hypoplasia of the nails") in found, found
    assert ("Brindle syndrome", "bent toes") in found, found
    assert of_markdown(tmp_path, text, NUMERIC) == set()


def test_a_table_given_to_another_condition_is_not_the_topics(tmp_path: Path) -> None:
    text = (
        "# Brindle syndrome\n\nBrindle syndrome is rare. A database gives the following list of "
        "signs and symptoms for Tallow palsy. Signs and Symptoms Approximate number of patients "
        "(when available) Stiff fingers 90% Bent toes 50%\n\nBrindle syndrome has no cure.\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert not any(c == "Brindle syndrome" for c, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # figures in prose, no header: a trial's or a survival figure, no table
        "About 90% of patients were alive at five years, and 50% had no relapse.",
        "Symptoms improved in 60% of the treated arm and 20% of the placebo arm.",
        # a header with one row only: no table can be told
        "Signs and Symptoms Approximate number of patients Stiff fingers 90% of the time.",
    ],
)
def test_no_table_without_a_header_and_rows(text: str) -> None:
    assert rows(text) == []


# -- the people the page's condition affects ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Affected people may have stiff joints, fever, and fatigue.",
        "Over time, affected individuals often develop fever, stiff joints and fatigue.",
        "People with this condition may experience fever, stiff joints, and fatigue.",
        "Those affected usually have fever, stiff joints, and fatigue.",
    ],
)
def test_the_people_a_general_noun_names_hold_the_topics_symptoms(
    tmp_path: Path, sentence: str
) -> None:
    found = of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM)
    assert ("Brindle syndrome", "fever") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        # another condition named first in the paragraph: whose people is unknown
        "Many also get psoriasis. Affected people may have stiff joints, fever, and fatigue.",
        # negated, and no symptoms at all
        "Affected people do not have fever, stiff joints, or fatigue.",
        "Affected people may feel better after a few weeks of rest.",
        # a group told by its treatment: the effects may be the treatment's
        "Affected people who take steroids may have fever, stiff joints, and fatigue.",
    ],
)
def test_near_misses_give_the_affected_people_no_symptom(tmp_path: Path, sentence: str) -> None:
    found = of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM)
    assert not any(c == "Brindle syndrome" for c, _ in found), found


# -- a lead-in that lost its colon with the list's line breaks ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The most common symptoms of Brindle syndrome are - stiff joints - fever - fatigue.",
        "Symptoms of the condition include - fever - stiff joints - fatigue.",
        "Early signs of this disorder include - fatigue - fever - stiff joints. fatigue fever "
        "stiff joints.",
    ],
)
def test_a_run_in_dash_list_after_a_lead_in_verb_is_read(tmp_path: Path, sentence: str) -> None:
    found = {(c.lower(), s) for c, s in of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM)}
    assert ("brindle syndrome", "fever") in found, found
    assert ("brindle syndrome", "fatigue") in found, found
    assert not any("." in s for _, s in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The symptoms of Brindle syndrome are not - fever - rash - cough.",
        "The usual doses are - 5 mg daily - 10 mg weekly - 20 mg monthly.",
        "The main treatments include - rest - physical therapy - pain medicine.",
    ],
)
def test_near_misses_of_a_run_in_dash_list_give_nothing(tmp_path: Path, sentence: str) -> None:
    found = of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM)
    assert not any(c.lower() == "brindle syndrome" for c, _ in found), found


# -- a lead-in whose colon was lost before a marked list -------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "When symptoms of Brindle syndrome do occur, they may include",
        "As the condition advances, symptoms can include",
        "Once signs of it appear, they often include",
    ],
)
def test_a_lead_in_without_its_colon_over_a_list(tmp_path: Path, lead: str) -> None:
    text = (
        "# Brindle syndrome\n\nBrindle syndrome is a rare disorder of the joints.\n\n"
        f"{lead}\n\n- stiff joints\n- fever\n- fatigue\n\nBrindle syndrome has no cure.\n"
    )
    found = {(c.lower(), s) for c, s in of_markdown(tmp_path, text, SYMPTOM)}
    assert ("brindle syndrome", "fever") in found, found


@pytest.mark.parametrize(
    "lead",
    [
        "Side effects of the treatment for Brindle syndrome may include",
        "When symptoms of Brindle syndrome do not occur, tests may include",
    ],
)
def test_near_misses_of_a_lead_in_without_its_colon(tmp_path: Path, lead: str) -> None:
    text = (
        "# Brindle syndrome\n\nBrindle syndrome is a rare disorder of the joints.\n\n"
        f"{lead}\n\n- nausea\n- fever\n- fatigue\n\nBrindle syndrome has no cure.\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert not any(c.lower() == "brindle syndrome" for c, _ in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The first noticeable symptoms of the disorder may be fever, stiff joints, or fatigue.",
        "Fever and fatigue are the most common symptoms of the syndrome.",
        "The most obvious signs of this condition are fever, stiff joints, and fatigue.",
    ],
)
def test_other_shapes_name_the_topic_by_a_general_noun(tmp_path: Path, sentence: str) -> None:
    found = of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM)
    assert ("Brindle syndrome", "fever") in found, found


def test_a_copula_after_another_condition_gives_the_topic_nothing(tmp_path: Path) -> None:
    sentence = ("Many also get psoriasis. Fever and fatigue are the most common symptoms of the "
                "condition.")
    found = of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM)
    assert ("Brindle syndrome", "fever") not in found, found


def test_a_frequency_worded_as_a_class_and_its_range_is_read() -> None:
    text = ("Signs and Symptoms Approximate number of patients (when available) Stiff fingers "
            "Very frequent (80-99%) Bent toes Occasional (5-29%) Blue sclerae 7.5% The database "
            "has collected this.")
    assert rows(text) == [("Stiff fingers", "80-99%"), ("Bent toes", "5-29%"),
                          ("Blue sclerae", "7.5%")]


def test_rows_end_at_the_first_words_that_are_no_row() -> None:
    text = ("Signs and Symptoms Approximate number of patients (when available) Stiff fingers 90% "
            "Bent toes 50% the rest of the patients - about half - had no signs.")
    assert rows(text) == [("Stiff fingers", "90%"), ("Bent toes", "50%")]


# -- "features": a genetic page's word for a condition's signs -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The main features of Brindle syndrome include stiff joints, fever, and fatigue.",
        "Clinical features of the condition are fever, stiff joints, and fatigue.",
        "The three cardinal features of this disorder are fever, stiff joints and fatigue.",
    ],
)
def test_features_of_a_named_condition_are_its_signs(tmp_path: Path, sentence: str) -> None:
    found = {(c.lower(), s) for c, s in of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM)}
    assert ("brindle syndrome", "fever") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Features of the new splint include soft padding, fever alarms, and a fatigue meter.",
        "Key features of the clinic program are rest, fever checks, and fatigue diaries.",
        "The features of Brindle syndrome are not fever, rash, or cough.",
    ],
)
def test_features_of_no_condition_give_nothing(tmp_path: Path, sentence: str) -> None:
    found = of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM)
    assert not any(s in {"fever", "fever alarms", "rash"} for _, s in found), found


# -- the general noun as a cause verb's subject ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The condition can cause fever and fatigue.",
        "This disorder often leads to fever and fatigue.",
    ],
)
def test_a_general_noun_before_a_cause_verb(tmp_path: Path, sentence: str) -> None:
    found = of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM)
    assert ("Brindle syndrome", "fever") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Many also get psoriasis. The disease can cause fever and fatigue.",
        "Some develop a related disorder later. This disorder often leads to fever and fatigue.",
    ],
)
def test_a_general_noun_before_a_cause_verb_after_another_condition(
    tmp_path: Path, sentence: str
) -> None:
    found = of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM)
    assert ("Brindle syndrome", "fever") not in found, found


def test_a_title_naming_two_known_conditions_gives_the_noun_no_owner(tmp_path: Path) -> None:
    text = (
        "# Diabetes and Kidney Disease\n\nBoth are common. Symptoms of the condition include "
        "thirst, fatigue, and blurred vision.\n\nDiabetes needs care. Diabetes is lifelong.\n"
    )
    found = of_markdown(tmp_path, text, SYMPTOM)
    assert not found, found


def test_other_signs_of_the_condition_introduce_no_other_condition(tmp_path: Path) -> None:
    sentence = ("Other signs of the condition appear later. Symptoms of the condition include "
                "stiff joints, fever, and fatigue.")
    found = of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM)
    assert ("Brindle syndrome", "fever") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The first symptom of Brindle syndrome is often fever, fatigue, or even headache.",
        "The usual symptoms of the condition are typically fever, fatigue, and headache.",
    ],
)
def test_a_copula_with_how_often_before_its_list(tmp_path: Path, sentence: str) -> None:
    found = {(c.lower(), s) for c, s in of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM)}
    assert ("brindle syndrome", "headache") in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The first symptom of Brindle syndrome is often mild and easy to miss.",
        "The symptoms of the condition are usually similar to those of a cold.",
    ],
)
def test_a_predicate_after_the_copula_is_no_list(tmp_path: Path, sentence: str) -> None:
    found = of_markdown(tmp_path, _PAGE.format(s=sentence), SYMPTOM)
    assert not any(c.lower() == "brindle syndrome" for c, _ in found), found
