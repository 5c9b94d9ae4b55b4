"""How many people have the page's own condition, and shares told as fractions of a group,
each with sentences that give no figure (another condition, a hedge, a trial's arm); and list
items phrased as questions under a prognosis lead-in."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation as R

GOUT = "# Gout\n\nGout is a form of arthritis. Gout causes sudden pain in a joint.\n\n"


def test_a_count_of_people_who_have_the_condition(tmp_path: Path) -> None:
    text = "Nearly 8,000 adults in the United States have gout, a survey found.\n"
    assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == {
        ("adults with gout in the United States", "nearly 8,000")
    }


def test_a_condition_that_affects_a_count_of_people(tmp_path: Path) -> None:
    text = "Gout affects more than 2 million men worldwide.\n"
    assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == {
        ("men with gout worldwide", "above 2 million")
    }


def test_a_yearly_count_of_diagnoses(tmp_path: Path) -> None:
    text = "About 40,000 Americans are diagnosed with gout each year.\n"
    assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == {
        ("Americans diagnosed with gout each year", "about 40,000")
    }


def test_a_count_of_another_condition_or_a_hedged_count_gives_nothing(tmp_path: Path) -> None:
    other = "About 3 million people in the United States have asthma.\n"
    assert of_markdown(tmp_path, GOUT + other, R.NUMERIC) == set()
    hedged = "More than 1 million people may be living with gout without knowing it.\n"
    assert of_markdown(tmp_path, GOUT + hedged, R.NUMERIC) == set()


def test_a_share_told_as_a_fraction_of_a_group(tmp_path: Path) -> None:
    text = "Approximately half of all people with gout have a second attack within a year.\n"
    assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == {
        ("people with gout who have a second attack within a year", "about half")
    }


def test_a_fraction_of_a_trial_arm_or_of_another_group_gives_nothing(tmp_path: Path) -> None:
    arm = "About a third of patients in the placebo arm of the trial had a second attack.\n"
    assert of_markdown(tmp_path, GOUT + arm, R.NUMERIC) == set()
    other = "About half of people with psoriasis have itching.\n"
    assert of_markdown(tmp_path, GOUT + other, R.NUMERIC) == set()


def test_a_question_item_gives_what_it_asks_not_a_name_inside_it(tmp_path: Path) -> None:
    page = (
        "# Hodgkin lymphoma\n\n"
        "Hodgkin lymphoma is a cancer of the lymph system. Hodgkin lymphoma is treatable.\n\n"
        "The chance of recovery depends on the following:\n\n"
        "- The stage of the cancer.\n"
        "- Whether the cancer has spread to the lymph nodes.\n"
    )
    found = of_markdown(tmp_path, page, R.PROGNOSTIC_FACTOR)
    assert found == {
        ("Hodgkin lymphoma", "stage of the cancer"),
        ("Hodgkin lymphoma", "spread to the lymph nodes"),
    }


def test_factors_said_to_affect_the_outlook_are_no_factor_themselves(tmp_path: Path) -> None:
    page = (
        "# Hodgkin lymphoma\n\n"
        "Hodgkin lymphoma is a cancer of the lymph system. Hodgkin lymphoma is treatable.\n\n"
        "Factors that affect the outlook include the size of the largest tumor.\n"
    )
    found = of_markdown(tmp_path, page, R.PROGNOSTIC_FACTOR)
    assert not any(f.startswith("factor") for _, f in found)


def test_a_share_of_people_named_by_the_initials_of_the_page_condition(tmp_path: Path) -> None:
    page = (
        "# Lichen planus\n\n"
        "Lichen planus is a skin rash. Lichen planus is not contagious.\n\n"
        "About half of people with LP have sores in the mouth.\n"
    )
    assert of_markdown(tmp_path, page, R.NUMERIC) == {
        ("people with LP who have sores in the mouth", "about half")
    }


def test_a_count_whose_subject_points_back_to_the_condition(tmp_path: Path) -> None:
    # "It" / "The disease" stands for the condition the sentence before opens with
    cases = {
        "Gout is a form of arthritis. It currently affects about 9 million people in the "
        "United States.\n": ("people with gout in the United States", "about 9 million"),
        "Gout is painful. The disease affects more than 40 million adults worldwide.\n": (
            "adults with gout worldwide", "above 40 million"),
        "Gout is common in men. This condition affects nearly 3,000 children.\n": (
            "children with gout", "nearly 3,000"),
    }  # fmt: skip
    for text, fact in cases.items():
        assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == {fact}, text


def test_it_pointing_to_a_drug_or_another_condition_gives_no_count(tmp_path: Path) -> None:
    for text in (
        "Colchicine is a medicine for gout. It affects about 2 million people.\n",
        "Eczema is a skin disease. It affects about 30 million people.\n",
        "It affects about 9 million people in the United States.\n",
    ):
        assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == set(), text


def test_one_in_every_n_of_a_group_who_get_the_condition(tmp_path: Path) -> None:
    cases = {
        "In fact, one out of every three people 60 years or older will get gout.\n": (
            "people 60 years or older who get gout", "1 in 3"),
        "About 1 in 8 women develop gout.\n": ("women who develop gout", "about 1 in 8"),
        "One in 20 adults has gout.\n": ("adults who have gout", "1 in 20"),
    }  # fmt: skip
    for text, fact in cases.items():
        assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == {fact}, text


def test_one_in_n_hedged_of_another_condition_or_group_gives_nothing(tmp_path: Path) -> None:
    for text in (
        "One out of every five people who have had psoriasis is likely to get gout.\n",
        "About 1 in 8 women may develop gout.\n",
        "About 1 in 8 women develop psoriasis.\n",
        "One in 20 adults does not have gout.\n",
    ):
        assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == set(), text


def test_a_fraction_that_says_where_the_clause_before_holds_gives_nothing(
    tmp_path: Path,
) -> None:
    for text in (
        "Tophi may not be seen on x-rays in almost half of people who have gout.\n",
        "Kidney stones form in about half of people with gout.\n",
        "Tophi are found among nearly a third of people with gout.\n",
    ):
        assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == set(), text
    kept = "About half of people with gout have kidney stones.\n"
    assert of_markdown(tmp_path, GOUT + kept, R.NUMERIC) == {
        ("people with gout who have kidney stones", "about half")
    }


def test_a_count_of_the_broader_condition_the_page_is_a_form_of(tmp_path: Path) -> None:
    page = "# What is (are) Allergic asthma ?\n\nAllergic asthma is a form of asthma.\n\n"
    for text, found in (
        ("Approximately 200 million people worldwide have asthma.\n",
         {("people with asthma worldwide", "about 200 million")}),
        ("Asthma affects more than 20 million adults in the United States.\n",
         {("adults with asthma in the United States", "above 20 million")}),
        ("About 3 million people worldwide have psoriasis.\n", set()),
        ("More than 1 million people may be living with asthma without knowing it.\n", set()),
    ):
        assert of_markdown(tmp_path, page + text, R.NUMERIC) == found, text


def test_a_share_of_the_whole_population_the_condition_affects(tmp_path: Path) -> None:
    cases = {
        "Gout affects roughly 4 percent of the population.\n": (
            "population with gout", "about 4%"),
        "In the United States, the condition affects about 6 percent of the population.\n": (
            "population with gout in the United States", "about 6%"),
        "In the UK, gout affects nearly 3% of the population.\n": (
            "population with gout in the UK", "nearly 3%"),
    }  # fmt: skip
    for text, fact in cases.items():
        assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == {fact}, text
    for text in (
        "Gout may affect 5 percent of the population.\n",  # a hedge
        "Gout does not affect 5 percent of the population.\n",  # a negation
        "Lupus affects 2 percent of the population.\n",  # another condition
        # "the disease" points back to the condition named just before, not the page's
        "Some people with gout also get lupus. The disease affects 2 percent of the "
        "population.\n",
    ):
        assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == set(), text


def test_a_fraction_of_a_group_with_the_condition_says_who_has_what(tmp_path: Path) -> None:
    for text, group in (
        ("About half of people with gout have high blood pressure.\n",
         "people with gout who have high blood pressure"),
        ("Nearly a third of adults with severe gout develop kidney stones.\n",
         "adults with severe gout who develop kidney stones"),
        ("About a quarter of men with gout also have diabetes.\n",
         "men with gout who also have diabetes"),
    ):
        found = of_markdown(tmp_path, GOUT + text, R.NUMERIC)
        assert {g for g, _ in found} == {group}, text


def test_one_of_every_so_many_people_a_genetic_page_counts(tmp_path: Path) -> None:
    cases = {
        "Gout affects an estimated 1 in 4,000 people.\n": ("people with gout", "1 in 4,000"),
        "Gout is estimated to affect 1 in 7,500 to 10,000 people worldwide.\n": (
            "people with gout worldwide", "1 in 7,500 to 10,000"),
        "Gout has an estimated prevalence of 1 in 200,000 people.\n": (
            "people with gout", "1 in 200,000"),
        "Gout has a reported incidence of 1 in 10,000 newborns.\n": (
            "newborns with gout", "1 in 10,000"),
        "Gout is a rare disorder, affecting fewer than 1 in every 100,000 individuals.\n": (
            "individuals with gout", "below 1 in 100,000"),
        # the form the sentence counts, in its own words
        "Chronic gout occurs in 1 in 30,000 to 60,000 newborns.\n": (
            "newborns with chronic gout", "1 in 30,000 to 60,000"),
    }  # fmt: skip
    for text, fact in cases.items():
        assert fact in of_markdown(tmp_path, GOUT + text, R.NUMERIC), text
    for text in (
        "Gout may affect 1 in 4,000 people.\n",  # a hedge
        "Lupus affects an estimated 1 in 4,000 people.\n",  # another condition
    ):
        assert of_markdown(tmp_path, GOUT + text, R.NUMERIC) == set(), text
