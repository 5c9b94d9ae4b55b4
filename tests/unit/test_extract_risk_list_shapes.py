"""Risk factors in the general shapes of a cancer risk-factor page: the examples listed under a
listed category ("a family cancer syndrome, such as:" under "people who have:"), an item whose
bracketed gloss holds a clause ("pernicious anemia (a condition in which ...)"), and a group
whose habit is the verb of a "who" clause ("People who smoke have a higher risk"). Near misses
give nothing: examples under a category whose lead-in names no risk, a negated or modal
habit clause.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


def _page(title: str, text: str) -> str:
    return f"# {title}\n\n{title} is a condition many people have.\n\n{text}\n"


def test_examples_listed_under_a_listed_category_are_factors(tmp_path: Path) -> None:
    for lead, cue in (
        ("The risk of liver cancer is higher in people who have:", "such as:"),
        ("Risk factors for liver cancer include:", "including:"),
        ("You are more likely to get liver cancer if you have:", "for example:"),
    ):
        text = _page("Liver cancer", f"{lead}\n\n- cirrhosis\n- an inherited disorder, {cue}\n"
                     "- hemochromatosis\n- Wilson disease")
        found = {f for _, f in of_markdown(tmp_path, text, RISK)}
        assert {"hemochromatosis", "cirrhosis"} <= {f.lower() for f in found}, (lead, found)
        assert "inherited disorder" in {f.lower() for f in found}, (lead, found)


def test_examples_under_a_category_with_no_risk_lead_give_nothing(tmp_path: Path) -> None:
    text = _page("Liver cancer", "Doctors treat many liver problems:\n\n"
                 "- an inherited disorder, such as:\n- hemochromatosis\n- Wilson disease")
    assert of_markdown(tmp_path, text, RISK) == set()


def test_a_bracketed_gloss_with_a_clause_keeps_the_item(tmp_path: Path) -> None:
    text = _page("Stomach cancer", "The risk of stomach cancer is increased in people who "
                 "have:\n\n- pernicious anemia (an autoimmune condition in which the gut "
                 "cannot take up vitamin B12)\n- gout (a disease in which uric acid builds up)\n"
                 "- obesity (which means a high body weight)")
    assert {f.lower() for _, f in of_markdown(tmp_path, text, RISK)} == {
        "pernicious anemia", "gout", "obesity"}


def test_a_group_whose_habit_is_a_who_clause(tmp_path: Path) -> None:
    for sentence, want in (
        ("People who smoke have a higher risk of stomach cancer than nonsmokers.", "smoking"),
        ("Workers who handle asbestos have a higher risk of stomach cancer.",
         "handling asbestos"),
        ("People who work in a coal mine have an increased risk of stomach cancer.",
         "working in a coal mine"),
        ("People who are obese have a greater risk of stomach cancer.", "obesity"),
    ):
        found = of_markdown(tmp_path, _page("Stomach cancer", sentence), RISK)
        assert ("stomach cancer", want) in found, (sentence, found)


def test_a_negated_or_modal_who_clause_gives_no_habit(tmp_path: Path) -> None:
    for sentence in (
        "People who do not smoke have a higher risk of stomach cancer than smokers.",
        "People who may smoke have a higher risk of stomach cancer.",
        "People who never smoke have a higher risk of stomach cancer.",
    ):
        assert of_markdown(tmp_path, _page("Stomach cancer", sentence), RISK) == set(), sentence


def _infection_page(title: str, text: str) -> str:
    return (f"# {title}\n\n## What is {title}?\n\n"
            f"{title} is an infection that many people get. {text}\n")


def test_the_organism_named_as_the_cause_of_an_infection(tmp_path: Path) -> None:
    for sentence, want in (
        ("Giardiasis is caused by the parasite Giardia duodenalis.", {"Giardia duodenalis"}),
        ("Most cases of giardiasis are caused by the protozoan Giardia duodenalis.",
         {"Giardia duodenalis"}),
        ("Giardia infection is caused by the parasites Giardia duodenalis and Giardia muris.",
         {"Giardia duodenalis", "Giardia muris"}),
        ("Infection is usually caused by a parasite called Giardia duodenalis.",
         {"Giardia duodenalis"}),
        # the kind of illness the infection is, then its germ
        ("Giardiasis is a diarrheal illness caused by the parasite Giardia duodenalis.",
         {"Giardia duodenalis"}),
    ):
        found = {f for _, f in of_markdown(tmp_path, _infection_page("Giardiasis", sentence), RISK)}
        assert want <= found, (sentence, found)


def test_a_germ_described_denied_or_of_another_condition_gives_no_organism(
    tmp_path: Path,
) -> None:
    for sentence in (
        "Giardiasis is caused by tiny parasites that live in water.",
        "Giardiasis is not caused by the parasite Giardia muris.",
        "Researchers think giardiasis may be caused by the parasite Giardia muris.",
        "Pneumonia is caused by the bacterium Streptococcus pneumoniae.",
        "Pneumonia is an illness caused by the bacterium Streptococcus pneumoniae.",
    ):
        found = of_markdown(tmp_path, _infection_page("Giardiasis", sentence), RISK)
        assert not any(" " in f and f[0].isupper() for _, f in found), (sentence, found)


def test_a_germ_by_its_latin_name_is_spread_by_a_vector(tmp_path: Path) -> None:
    for sentence in (
        "Giardia duodenalis is spread in nature by contaminated water.",
        "Giardia duodenalis is transmitted by contaminated water.",
    ):
        found = of_markdown(tmp_path, _infection_page("Giardiasis", sentence), RISK)
        assert ("giardiasis", "contaminated water") in found, (sentence, found)


def test_the_examples_a_listed_item_names_are_factors(tmp_path: Path) -> None:
    text = _page("Bladder cancer", "Other risk factors for bladder cancer include:\n\n"
                 "- having changes in genes that are linked to bladder cancer, such as HRAS, "
                 "RB1, and NAT2\n- smoking")
    found = {f for _, f in of_markdown(tmp_path, text, RISK)}
    assert {"HRAS", "RB1", "NAT2", "smoking"} <= found, found
    assert "changes in genes" not in found


def test_a_pointing_lead_in_after_a_risk_sentence(tmp_path: Path) -> None:
    for before in (
        "Although anyone can get glaucoma, some people are at higher risk.",
        "Several things raise the risk of glaucoma.",
        "Some people have a greater risk factor profile; risk factors for glaucoma vary.",
    ):
        text = _page("Glaucoma", f"{before} They include - people with diabetes - "
                     "everyone over age 60 - smokers.")
        found = {f for _, f in of_markdown(tmp_path, text, RISK)}
        assert {"diabetes", "everyone over age 60"} <= found, (before, found)


def test_a_pointing_lead_in_after_no_risk_or_a_lowered_one_gives_nothing(
    tmp_path: Path,
) -> None:
    for before in (
        "There are several things you can do to lower your risk for glaucoma.",
        "There are other types of glaucoma.",
        "These steps help prevent glaucoma and lower its risk.",
    ):
        text = _page("Glaucoma", f"{before} They include - regular eye exams - "
                     "wearing sunglasses - eating a healthy diet.")
        assert of_markdown(tmp_path, text, RISK) == set(), before


def test_the_examples_of_a_kind_of_factor(tmp_path: Path) -> None:
    text = _page("Cataract", "Risk factors for cataract include - certain diseases like "
                 "diabetes - personal behavior like smoking or alcohol use - environmental "
                 "factors such as long exposure to sunlight.")
    found = {f for _, f in of_markdown(tmp_path, text, RISK)}
    assert {"diabetes", "smoking", "alcohol use", "long exposure to sunlight"} <= found, found
    assert not any("behavior" in f or "factors" in f for f in found), found


def test_a_lead_in_whose_members_lead_to_the_topic(tmp_path: Path) -> None:
    for lead in (
        "Examples of lung infections that can lead to bronchiectasis include:",
        "Infections that may cause bronchiectasis are:",
        "Some conditions which often result in bronchiectasis include the following:",
        "Common causes of bronchiectasis include:",
        "The main causes of severe bronchiectasis are:",
    ):
        text = _page("Bronchiectasis", f"{lead}\n\nSevere pneumonia\n\nTuberculosis\n")
        found = {f for _, f in of_markdown(tmp_path, text, RISK)}
        assert {"tuberculosis"} <= {f.lower() for f in found}, (lead, found)


def test_a_causes_lead_in_before_a_flattened_list_names_each_cause(tmp_path: Path) -> None:
    text = _page("Perineal Injury", "Common causes of acute perineal injury include\n\n"
                 "- perineal surgery - straddle injuries - sexual abuse - impalement\n")
    found = of_markdown(tmp_path, text, RISK)
    assert {f for _, f in found} == {"perineal surgery", "straddle injuries", "sexual abuse",
                                     "impalement"}, found
    assert {d for d, _ in found} == {"acute perineal injury"}, found


def test_a_lead_in_leading_to_another_condition_or_denied_gives_nothing(
    tmp_path: Path,
) -> None:
    for lead in (
        "Examples of lung infections that can lead to heart failure include:",
        "Infections that do not cause bronchiectasis include:",
        "Researchers think that infections which may cause bronchiectasis include:",
        "Common causes of a sore throat include:",
    ):
        text = _page("Bronchiectasis", f"{lead}\n\nSevere pneumonia\n\nTuberculosis\n")
        found = of_markdown(tmp_path, text, RISK)
        assert not any(d == "bronchiectasis" for d, _ in found), (lead, found)


def test_a_name_or_a_trouble_with_something_are_two_factors(tmp_path: Path) -> None:
    for sentence in (
        "People with diabetes or problems with the immune system are more likely to get gout.",
        "Risk factors for gout include diabetes and damage to the kidneys.",
        "People with obesity or disorders of the kidney have a higher risk of gout.",
    ):
        found = {f for _, f in of_markdown(tmp_path, _page("Gout", sentence), RISK)}
        assert "diabetes" in found or "obesity" in found, (sentence, found)
        assert not any(" or " in f or " and " in f for f in found), (sentence, found)


def test_a_phrase_shared_by_both_parts_keeps_them_together(tmp_path: Path) -> None:
    text = _page("Leukemia", "Risk factors for leukemia include chemotherapy or radiation "
                 "for other cancers.")
    found = {f for _, f in of_markdown(tmp_path, text, RISK)}
    assert "chemotherapy" not in found, found


def test_one_sex_has_a_greater_risk_than_the_other(tmp_path: Path) -> None:
    for sentence, want in (
        ("In addition, men have a greater risk of getting the infection than women.",
         "male sex"),
        ("Women have a higher risk of nocardiosis than men.", "female sex"),
        ("Boys have a much higher risk of nocardiosis than girls.", "male sex"),
    ):
        found = of_markdown(tmp_path, _infection_page("Nocardiosis", sentence), RISK)
        assert found == {("nocardiosis", want)}, (sentence, found)


def test_a_sex_difference_denied_or_of_another_condition_is_no_card(tmp_path: Path) -> None:
    for sentence in (
        "Men do not have a greater risk of getting the infection than women.",
        "Men have a higher risk of heart attack than women.",
    ):
        found = of_markdown(tmp_path, _infection_page("Nocardiosis", sentence), RISK)
        assert found == set(), (sentence, found)


def test_a_degree_word_before_a_noun_phrase_is_no_predicate(tmp_path: Path) -> None:
    found = of_markdown(tmp_path, _infection_page(
        "Nocardiosis", "People with very weak immune systems are at risk for getting "
        "nocardiosis."), RISK)
    assert ("nocardiosis", "very weak immune systems") in found, found
    found = of_markdown(tmp_path, _page("Gout", "Causes of gout are very common."), RISK)
    assert found == set(), found


def test_an_organism_by_its_latin_name_alone(tmp_path: Path) -> None:
    for sentence, want in (
        ("Most of the infections worldwide are caused by Wuchereria bancrofti.",
         {"Wuchereria bancrofti"}),
        ("In Asia, the disease can also be caused by Brugia malayi and Brugia timori.",
         {"Brugia malayi", "Brugia timori"}),
    ):
        found = {f for _, f in of_markdown(
            tmp_path, _infection_page("Lymphatic filariasis", sentence), RISK)}
        assert want <= found, (sentence, found)


def test_a_condition_shaped_like_a_species_is_no_organism(tmp_path: Path) -> None:
    for sentence in (
        "The disease can be caused by Crohn disease.",
        "In Asia, the disease is never caused by Brugia malayi.",
    ):
        found = {f for _, f in of_markdown(
            tmp_path, _infection_page("Lymphatic filariasis", sentence), RISK)}
        assert not any(f[0].isupper() for f in found), (sentence, found)


def test_one_person_who_has_a_factor(tmp_path: Path) -> None:
    for sentence, want in (
        ("A child who has a parent with MEN1 is also at increased risk for gastrinoma.",
         "parent with MEN1"),
        ("A person with diabetes is more likely to develop gastrinoma.", "diabetes"),
        ("People who have diabetes are more likely to get gastrinoma.", "diabetes"),
    ):
        found = of_markdown(tmp_path, _page("Gastrinoma", sentence), RISK)
        assert ("gastrinoma", want) in found, (sentence, found)


def test_a_subset_of_holders_or_the_group_named_again_gives_no_holding(tmp_path: Path) -> None:
    for sentence in (
        "But some people who have diabetes are more likely to develop gastrinoma than others.",
        "A person with diabetes is not more likely to develop gastrinoma.",
        "People with diabetes are more likely to develop heart failure.",
    ):
        found = of_markdown(tmp_path, _page("Gastrinoma", sentence), RISK)
        assert ("gastrinoma", "diabetes") not in found, (sentence, found)


def test_an_item_that_ran_the_rest_of_its_list_in(tmp_path: Path) -> None:
    text = _page("Gout", "Risk factors for gout include:\n\n- obesity - diabetes - kidney "
                 "disease\n- alcohol use")
    found = {f for _, f in of_markdown(tmp_path, text, RISK)}
    assert found == {"obesity", "diabetes", "kidney disease", "alcohol use"}, found
    text = _page("Gout", "Ways to lower the risk of gout include:\n\n- losing weight - "
                 "drinking water\n- exercise")
    assert of_markdown(tmp_path, text, RISK) == set()


def test_the_ways_people_get_infected(tmp_path: Path) -> None:
    text = _infection_page("Giardiasis", "\n\nPeople can get infected with Giardia parasites in "
                           "several ways:\n\n- The main way is through drinking untreated water"
                           "\u2014for example on camping trips. - A less common way is by eating "
                           "raw vegetables. - Rare cases of congenital transmission have been "
                           "reported.")
    found = {f for _, f in of_markdown(tmp_path, text, RISK)}
    assert {"drinking untreated water", "eating raw vegetables"} <= found, found


def test_ways_under_a_lead_that_is_no_infection_route_give_nothing(tmp_path: Path) -> None:
    text = _infection_page("Giardiasis", "\n\nDoctors can treat giardiasis in several ways:\n\n"
                           "- The main way is through medicines. - Another way is by resting.")
    assert of_markdown(tmp_path, text, RISK) == set()


def test_factors_that_contribute_to_the_topic_and_a_flattened_list_they_open(
    tmp_path: Path,
) -> None:
    text = _page("Miscarriage", "Factors that may contribute to miscarriage include - A genetic "
                 "problem with the fetus. This is the most common cause early on. - Problems "
                 "with the uterus or cervix.\n")
    found = {f for _, f in of_markdown(tmp_path, text, RISK)}
    assert {"genetic problem with the fetus", "problems with the uterus or cervix"} <= found, found


def test_factors_that_contribute_to_a_symptom_are_not_the_topics(tmp_path: Path) -> None:
    text = _page("Rheumatoid arthritis", "Factors that contribute to the pain include swelling "
                 "within the joint and damage within the joint.\n")
    assert of_markdown(tmp_path, text, RISK) == set()


def test_a_flattened_item_that_runs_into_the_signs_list_ends_the_factors(tmp_path: Path) -> None:
    text = _page("Miscarriage", "Factors that may contribute to miscarriage include - A genetic "
                 "problem with the fetus. This is the most common cause early on. - Polycystic "
                 "ovary syndrome Signs of a miscarriage can include bleeding and cramping.\n")
    found = {f for _, f in of_markdown(tmp_path, text, RISK)}
    assert "genetic problem with the fetus" in found, found
    assert not found & {"bleeding", "cramping"}, found


def test_a_risk_of_having_and_dying_from_conditions_after_a_shared_subject(
    tmp_path: Path,
) -> None:
    text = _page("Smoking and Your Heart", "Smoking is a major cause of heart disease.\n\nOver "
                 "time, smoking contributes to atherosclerosis and increases your risk of having "
                 "and dying from heart disease, heart failure, or a heart attack.\n")
    found = of_markdown(tmp_path, text, RISK)
    assert {("heart failure", "smoking"), ("heart attack", "smoking")} <= found, found
    assert not any(f == "over time" for _, f in found), found
