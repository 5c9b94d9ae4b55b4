"""Risk factors read from the structure of a sentence: the condition under which someone is
more likely to get a disease ("You are more likely to get X if you A"), "Your chances of X are
higher if you" over an inline list, a plain "at risk for", the causes of the page's own
condition ("X is caused by A", "A can lead to X"), and the complications the condition leads
to (the complication's factor is the condition). Near misses must give nothing: "less likely",
a negated or doubted sentence, a described cause ("problems that lead to X"), a germ, a
symptom after a cause verb, a cause of another condition.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import draft_pairs, extract, of_markdown

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


def test_more_likely_if_you(tmp_path: Path) -> None:
    for sentence in (
        "You are more likely to get asthma if you are overweight.",
        "You are much more likely to develop asthma if you have obesity.",
        "People are more likely to get asthma if they are overweight, because fat "
        "tissue inflames the airways.",
    ):
        found = of_markdown(tmp_path, f"# Asthma\n\n{sentence}\n", RISK)
        assert found & {("asthma", "overweight"), ("asthma", "obesity")}, sentence
        assert all(f[0] == "asthma" for f in found), sentence


def test_your_risk_is_higher_if_you(tmp_path: Path) -> None:
    text = "# Asthma\n\nYour risk of asthma is higher if you have sleep apnea or obesity.\n"
    assert of_markdown(tmp_path, text, RISK) == {
        ("asthma", "sleep apnea"), ("asthma", "obesity"),
    }


def test_more_common_in_people_who_have(tmp_path: Path) -> None:
    for sentence in ("Asthma is more common in people who have obesity.",
                     "Asthma is more common among adults with obesity."):
        assert of_markdown(tmp_path, f"# Asthma\n\n{sentence}\n", RISK) == {
            ("asthma", "obesity"),
        }, sentence


def test_less_likely_negated_or_doubted_conditions_give_nothing(tmp_path: Path) -> None:
    for sentence in (
        "You are less likely to get asthma if you are overweight.",
        "You are not more likely to get asthma if you have obesity.",
        "It is unclear whether you are more likely to get asthma if you have obesity.",
        "Researchers think you are more likely to get asthma if you have obesity.",
    ):
        assert of_markdown(tmp_path, f"# Asthma\n\n{sentence}\n", RISK) == set(), sentence


def test_a_plural_chances_lead_in_over_an_inline_list(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nYour chances of getting asthma are higher if you - are overweight - "
        "have sleep apnea - have a parent, brother, or sister with asthma\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("asthma", "overweight"),
        ("asthma", "sleep apnea"),
        ("asthma", "parent, brother, or sister with asthma"),
    }


def test_a_plain_at_risk_states_the_risk(tmp_path: Path) -> None:
    for sentence in ("Anyone with obesity is at risk for asthma.",
                     "People who have sleep apnea are at risk of asthma."):
        found = of_markdown(tmp_path, f"# Asthma\n\n{sentence}\n", RISK)
        assert len(found) == 1 and next(iter(found))[0] == "asthma", sentence


def test_the_causes_of_the_topic_are_its_risk_factors(tmp_path: Path) -> None:
    for sentence, factor in (
        ("Asthma is usually caused by obesity.", "obesity"),
        ("Most cases of asthma are due to obesity.", "obesity"),
        ("Sleep apnea can lead to asthma.", "sleep apnea"),
        ("Obesity is the most common cause of asthma.", "obesity"),
    ):
        assert of_markdown(tmp_path, f"# Asthma\n\n{sentence}\n", RISK) == {
            ("asthma", factor),
        }, sentence


def test_causes_that_are_described_negated_doubted_or_germs_give_nothing(
    tmp_path: Path,
) -> None:
    for sentence in (
        "Asthma is not caused by obesity.",
        "Researchers believe asthma is caused by obesity.",
        "A blood test can show problems that can lead to asthma.",
        "Asthma is caused by a virus called the common cold virus.",
        "Obesity is caused by asthma medicines.",
    ):
        found = of_markdown(tmp_path, f"# Asthma\n\n{sentence}\n", RISK)
        assert not any(s == "asthma" for s, _ in found), sentence


def test_the_complications_of_the_topic_have_it_as_their_factor(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nAsthma can lead to serious health problems, such as respiratory failure "
        "(a lung condition) and kidney failure.\n\nAsthma can cause a stroke or a heart "
        "attack.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("respiratory failure", "asthma"),
        ("kidney failure", "asthma"),
        ("stroke", "asthma"),
        ("heart attack", "asthma"),
    }


def test_symptoms_after_a_cause_verb_are_no_complications(tmp_path: Path) -> None:
    for sentence in ("Asthma can cause wheezing and fatigue.",
                     "Asthma does not cause kidney failure.",
                     "Asthma may lead to problems such as fatigue."):
        assert of_markdown(tmp_path, f"# Asthma\n\n{sentence}\n", RISK) == set(), sentence


def test_a_group_at_higher_risk_of_a_complication_is_a_draft(tmp_path: Path) -> None:
    p = tmp_path / "page.md"
    p.write_text("# Asthma\n\nPeople who have asthma are at higher risk for pneumonia.\n",
                 encoding="utf-8")
    facts = extract(p, min_confidence=0.0)
    assert draft_pairs(facts, RISK) == {("pneumonia", "asthma")}
    assert not [f for f in facts if f.relation is RISK and f.confidence >= 0.5]


def test_a_sex_at_higher_risk_than_the_other(tmp_path: Path) -> None:
    for sentence, sex in (
        ("Men are at slightly higher risk for asthma than women.", "male sex"),
        ("Therefore, women are at higher risk for asthma.", "female sex"),
        ("Girls are at greater risk of developing asthma than boys.", "female sex"),
    ):
        assert of_markdown(tmp_path, f"# Asthma\n\n{sentence}\n", RISK) == {
            ("asthma", sex),
        }, sentence


def test_a_group_pointed_back_to_hedged_or_at_risk_of_another_condition(
    tmp_path: Path,
) -> None:
    for sentence in (
        "These women are at higher risk for asthma.",
        "Women may be at higher risk for asthma.",
        "Women are at higher risk for pneumonia.",
    ):
        assert of_markdown(tmp_path, f"# Asthma\n\n{sentence}\n", RISK) == set(), sentence


def test_a_group_more_likely_to_get_the_topic_by_its_short_name(tmp_path: Path) -> None:
    text = (
        "# Chronic obstructive pulmonary disease\n\n"
        "Chronic obstructive pulmonary disease is a lung disease.\n\n"
        "People with sleep apnea or obesity are more likely to get COPD.\n\n"
        "Women are more likely to develop COPD than men.\n\n"
        "These people are more likely to get COPD.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("chronic obstructive pulmonary disease", "sleep apnea"),
        ("chronic obstructive pulmonary disease", "obesity"),
        ("chronic obstructive pulmonary disease", "female sex"),
    }


def test_the_risk_factor_is_one_factor(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nThe leading risk factor for asthma is a history of having had eczema. "
        "Another risk factor is aging.\n\nThe main risk factor is unknown.\n\n"
        "A risk factor is something that raises your risk.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("asthma", "history of eczema"), ("asthma", "aging"),
    }


def test_having_the_topic_increases_the_risk_of_a_complication(tmp_path: Path) -> None:
    text = (
        "# Hepatitis B\n\nHepatitis B is an infection.\n\n"
        "Having hepatitis B increases your risk for getting liver cancer, so your doctor may "
        "suggest a scan.\n\nHepatitis B raises the risk of cirrhosis and liver failure.\n\n"
        "Hepatitis B does not increase the risk of asthma.\n\n"
        "Hepatitis B can lead to kidney failure because the kidneys can't filter well.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("liver cancer", "hepatitis B"), ("cirrhosis", "hepatitis B"),
        ("liver failure", "hepatitis B"),
    }


def test_factors_that_affect_the_risk_over_labelled_paragraph_items(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nOther factors that affect a person's risk of asthma include\n\n"
        "- Obesity. People who are obese breathe less deeply.\n"
        "- Sleep apnea, diabetes, and hypertension. These conditions strain the airways.\n"
    )
    assert of_markdown(tmp_path, text, RISK) >= {
        ("asthma", "obesity"), ("asthma", "sleep apnea"), ("asthma", "diabetes"),
        ("asthma", "hypertension"),
    }


def test_factors_that_lower_the_risk_are_none(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nFactors that lower your risk of asthma include\n\n"
        "- Exercise. Active people breathe more deeply.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == set()


def test_what_the_condition_develops_after(tmp_path: Path) -> None:
    for sentence, pair in (
        ("Asthma sometimes develops after a viral infection.", ("asthma", "viral infection")),
        ("Severe asthma often develops after a lung infection.",
         ("severe asthma", "lung infection")),
        ("Asthma may occur soon after exposure to smoke.", ("asthma", "exposure to smoke")),
    ):
        assert of_markdown(tmp_path, f"# Asthma\n\n{sentence}\n", RISK) == {pair}, sentence


def test_an_age_a_time_or_a_negation_after_after_gives_nothing(tmp_path: Path) -> None:
    for sentence in (
        "Asthma usually develops after age 40.",
        "Asthma may start a few weeks after treatment.",
        "Asthma does not develop after a cold.",
        "Symptoms develop after a cold.",
    ):
        assert of_markdown(tmp_path, f"# Asthma\n\n{sentence}\n", RISK) == set(), sentence
