"""A page with no title that names its condition still has a topic: the condition its section
headings ask about. Its symptoms and risk factors, written with no subject or with "the
disease", are that condition's; a page about two conditions, or whose headings ask about a
symptom or a stage, has none."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import of_markdown, page_topic

from trainer.domain import Relation
from trainer.generator.extract.topic_headings import heading_candidate
from trainer.generator.lexicon_load import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def topic(tmp_path: Path, lexicon, text: str) -> str | None:
    return page_topic(tmp_path, lexicon, text)


# A page cut from a longer one: it opens with a paragraph and an "Outlook" section, and only
# its later sections name the condition.
UNTITLED = """Sarcoidosis can touch almost any organ. The lungs are the most usual place.

Outlook

Most people with sarcoidosis get better within a few years.

## What causes Sarcoidosis ?

No single cause is known.

## Who is at risk for Sarcoidosis ?

The disease is more common in women than in men. People with a parent who had sarcoidosis
are at higher risk for the disease.

## What are the symptoms of Sarcoidosis ?

Tiredness and night sweats are common symptoms of the disease. Sarcoidosis may cause a
cough and chest pain.
"""


def test_the_condition_the_headings_ask_about_is_the_topic(tmp_path, lexicon):
    assert topic(tmp_path, lexicon, UNTITLED) == "sarcoidosis"


def test_the_disease_as_subject_stands_for_the_heading_topic(tmp_path, lexicon):
    symptoms = of_markdown(tmp_path, UNTITLED, Relation.SYMPTOM_CAUSE)
    assert {("sarcoidosis", "night sweats"), ("sarcoidosis", "cough")} <= symptoms
    assert ("sarcoidosis", "chest pain") in symptoms
    risks = of_markdown(tmp_path, UNTITLED, Relation.RISK_FACTOR)
    assert ("sarcoidosis", "female sex") in risks
    assert ("sarcoidosis", "male sex") not in risks


TWO_CONDITIONS = """Some text comes first. It names nothing. A second line. A third one. A fourth.

## What causes Brucellosis ?

Nobody knows. Brucellosis is still studied.

## What causes Pyelonephritis ?

Bacteria do. Pyelonephritis follows a bladder infection.
"""


def test_a_page_asking_about_two_conditions_as_often_has_no_topic(tmp_path, lexicon):
    assert topic(tmp_path, lexicon, TWO_CONDITIONS) is None


SYMPTOM_PAGE = """A short opening paragraph. It has lines. A third one. A fourth.

## What causes Headaches ?

Stress can. Headaches are common.

## Who is at risk for Headaches ?

Anyone can get headaches.
"""


def test_headings_about_a_symptom_give_no_topic(tmp_path, lexicon):
    assert topic(tmp_path, lexicon, SYMPTOM_PAGE) is None


ONCE = """An opening paragraph about kidneys. They filter blood. They make urine. Two of them.

## What causes Pyelonephritis ?

Bacteria from the bladder.
"""


def test_one_heading_whose_name_the_text_never_repeats_gives_no_topic(tmp_path, lexicon):
    assert topic(tmp_path, lexicon, ONCE) is None


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("What causes Sarcoidosis ?", "Sarcoidosis"),
        ("Who is at risk for Sarcoidosis? ?", "Sarcoidosis"),
        ("What is (are) Pyelonephritis: Kidney Infection ?", "Pyelonephritis"),
        ("Causes of Henoch-Schonlein Purpura", "Henoch-Schonlein Purpura"),
        ("How is Whipple Disease diagnosed?", "Whipple Disease"),
        ("What is Bronchiectasis?", "Bronchiectasis"),
    ],
)
def test_a_heading_gives_the_clean_name_it_asks_about(heading, name):
    assert heading_candidate(heading) == name


@pytest.mark.parametrize(
    "heading",
    [
        "Outlook",
        "Treatment of Resectable Primary Sarcomas",  # a stage, not the page's disease
        "How to diagnose Adrenal Insufficiency and Addison's Disease ?",  # two conditions
        "What are the treatments for Antibiotic Therapy ?",
        "Symptoms of the disease",
        "What is it?",
    ],
)
def test_a_heading_naming_no_one_clean_condition_gives_none(heading):
    assert heading_candidate(heading) is None


SYMPTOM_SEX = """# Gout

Gout is a kind of arthritis. Gout is more common in men than in women.

## Signs

A swollen toe. This symptom is more common in women than in men.
"""


def test_a_sign_said_to_be_more_common_in_one_sex_is_no_risk_of_the_disease(tmp_path):
    risks = of_markdown(tmp_path, SYMPTOM_SEX, Relation.RISK_FACTOR)
    assert ("gout", "male sex") in risks
    assert ("gout", "female sex") not in risks


BELIEF = """# Gout

Gout is a kind of arthritis.

## Causes

Researchers believe that gout develops if:

- you eat a lot of red meat
- you drink beer every day
"""


def test_items_under_a_lead_in_offered_as_a_belief_give_no_risk_factor(tmp_path):
    assert of_markdown(tmp_path, BELIEF, Relation.RISK_FACTOR) == set()


BARE_LEAD = """# Gout

Gout is a kind of arthritis.

## Related problems

Metabolic syndrome is a group of problems some people with gout also have. Signs and
symptoms may include:

- a large waist
- high blood pressure

## Early signs

People who have gout often feel unwell. Signs and symptoms may include:

- a red toe
- a hot joint
"""


def test_a_bare_lead_in_lists_the_symptoms_of_the_condition_the_sentence_before_opens_with(
    tmp_path,
):
    symptoms = of_markdown(tmp_path, BARE_LEAD, Relation.SYMPTOM_CAUSE)
    assert ("metabolic syndrome", "large waist") in symptoms or (
        "metabolic syndrome",
        "a large waist",
    ) in symptoms
    # a sentence opening with a group of people names no one whose symptoms follow
    assert not {s for s, o in symptoms if "toe" in o or "joint" in o} - {"gout"}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("# What Is Sarcoidosis?", "sarcoidosis"),
        ("# Causes of Henoch-Schönlein Purpura", "Henoch-Schönlein purpura"),
        ("# What Is Headache?", None),  # a symptom's page: no disease to be the subject
        ("# Overview", None),
    ],
)
def test_a_title_gives_a_clean_condition_name_or_none(tmp_path, lexicon, title, expected):
    name = "Henoch-Schönlein purpura" if "Purpura" in title else title.split()[-1].rstrip("?")
    mid = name if "Purpura" in title else name.lower()  # as a sentence writes it
    text = (
        f"{title}\n\n{name} is what this page explains. Doctors see {mid} often.\n\n"
        f"## Symptoms\n\nThe disease can cause a fever.\n"
    )
    assert topic(tmp_path, lexicon, text) == expected


ANAPHORS = """Sarcoidosis can touch almost any organ. The lungs are the most usual place. A third
line follows. A fourth line ends it.

## What causes Sarcoidosis ?

No single cause is known. Sarcoidosis is not passed from person to person.

## What are the symptoms of Sarcoidosis ?

This condition can cause a cough and chest pain. Some people also get a related condition
in the eyes. This condition may cause blurred vision. Asthma is common in the same people.
The disease can cause wheezing.
"""


def test_the_disease_as_a_cause_stands_for_the_topic_unless_another_was_just_named(tmp_path):
    symptoms = of_markdown(tmp_path, ANAPHORS, Relation.SYMPTOM_CAUSE)
    assert {("sarcoidosis", "cough"), ("sarcoidosis", "chest pain")} <= symptoms
    # "a related condition" and "Asthma" in the sentence before: whose is unknown
    assert ("sarcoidosis", "blurred vision") not in symptoms
    assert ("sarcoidosis", "wheezing") not in symptoms


# An infection page with an empty title whose organism's name holds a drug's ("what is
# vancomycin-resistant enterococci?"); a heading that asks about the drug itself names none.
RESISTANT = """#

## What is (are)  ?

## what is meticillin-resistant pneumococci?

Pneumococci are bacteria of the nose and throat. Some have become resistant to the drug, and
meticillin-resistant pneumococci spread in hospitals. Meticillin-resistant pneumococci are
hard to treat.
"""

DRUG_PAGE = """#

## what is vancomycin?

Vancomycin is an antibiotic. Vancomycin is given into a vein.
"""


def test_a_drug_that_only_qualifies_an_organism_leaves_the_organism_the_topic(
    tmp_path, lexicon
):
    assert topic(tmp_path, lexicon, RESISTANT) == "meticillin-resistant pneumococci"
    assert topic(tmp_path, lexicon, DRUG_PAGE) is None
