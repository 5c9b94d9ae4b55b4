"""Risk factors and symptoms checked by type and by the shape of the sentence: an apposition
after a factor, a word a lost dash ran into, a verb glued to the word before it, a category
that a relative clause describes, a group that narrows a sex difference, an unknown set of
factors, a form of the condition named by its cause; a term and its definition in a symptom
list, complications named beside diseases or as "health problems", a cause cut before its
clause, a bare body noun standing for an organ; and the structures "Women are more likely to
get X than men" and "A and B are common symptoms of X".

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import draft_pairs, extract, of_markdown

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR
SYMPTOM = Relation.SYMPTOM_CAUSE


def test_an_apposition_after_a_listed_factor_is_not_part_of_it(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nPeople who are at higher risk of asthma are those with\n\n"
        "- obesity, a condition in which the body holds too much fat\n"
        "- eczema, a disease of the skin that runs in families\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("asthma", "obesity"),
        ("asthma", "eczema"),
    }


def test_a_class_name_run_into_its_definition_is_cut_back(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nOthers at higher risk of asthma are people taking medicines such as\n\n"
        "- diureticsmedications that make the kidneys pass more water\n"
    )
    # (cut back to the class's name; a medicine named as a cause is a side effect, so the
    # factor is held as a draft rather than taught on a card)
    p = tmp_path / "page.md"
    p.write_text(text, encoding="utf-8")
    assert draft_pairs(extract(p, min_confidence=0.0), RISK) == {("asthma", "diuretics")}
    assert of_markdown(tmp_path, text, RISK) == set()


def test_a_risk_verb_glued_to_the_word_before_gives_no_factor(tmp_path: Path) -> None:
    # the dash before "increases" was lost: "both" is no factor, nor is a cut "pills"
    text = (
        "# Diabetes\n\nTaking these tablets with other medicinesinsulin, pills that "
        "raise insulin output, or bothincreases the risk of diabetes.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == set()


def test_a_category_a_relative_clause_describes_is_no_factor(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nHabits related to sleep, work, and exercise that raise the risk of "
        "asthma include\n\n- night shifts\n- long periods of sitting\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("asthma", "night shifts"),
        ("asthma", "long periods of sitting"),
    }


def test_a_sex_difference_within_children_only_gives_no_factor(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nMost adults who have asthma are women. In children, however, the "
        "disease is more common in boys than in girls.\n"
    )
    assert ("asthma", "male sex") not in of_markdown(tmp_path, text, RISK)


def test_unknown_risk_factors_give_no_factor(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nThe risk factors for asthma in young people are unknown, but it runs "
        "in some families, indicating that genes play a part.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == set()


def test_the_risk_of_a_form_named_by_its_cause_is_not_the_topic(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nThe doctor asks about past illnesses, diet, and smoking habits that "
        "raise the risk of exercise-induced asthma.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == set()


def test_items_with_their_own_subject_complete_an_if_lead_in(tmp_path: Path) -> None:
    text = (
        "# Gout\n\nA person may be more likely to get gout if\n\n"
        "- he or she has a family history of gout\n"
        "- he is a man older than 40\n"
    )
    facts = of_markdown(tmp_path, text, RISK)
    assert ("gout", "family history of gout") in facts
    assert ("gout", "man older than 40") in facts
    assert not any(o.startswith(("he ", "she ")) for _, o in facts)


def test_the_disease_whose_risk_the_main_clause_states_is_the_subject(tmp_path: Path) -> None:
    text = (
        "# Bronchiolitis obliterans\n\nBronchiolitis obliterans scars the small airways. "
        "Bronchiolitis obliterans is rare.\n\nPeople who have diseases that scar the airways or "
        "raise the risk of lung infections are at risk for bronchiolitis obliterans. Such "
        "diseases include:\n\nCystic fibrosis. It thickens the mucus.\n"
    )
    facts = of_markdown(tmp_path, text, RISK)
    assert ("bronchiolitis obliterans", "cystic fibrosis") in facts
    assert not any(s == "lung infection" for s, _ in facts)


def test_a_lost_apostrophe_is_spelt_as_the_page_spells_the_name(tmp_path: Path) -> None:
    text = (
        "# Asthma\n\nAsthma is common in people with Samter's syndrome.\n\nPeople at "
        "higher risk of asthma are those with\n\n- Samters syndrome\n- obesity\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("asthma", "Samter's syndrome"),
        ("asthma", "obesity"),
    }


def test_groups_more_likely_to_get_the_condition_are_its_factors(tmp_path: Path) -> None:
    text = (
        "# Gallstones\n\nWomen are more likely to develop gallstones than men. People over "
        "age 50 are more likely to develop gallstones than younger people. These women are "
        "more likely to have gallstones. Men are more likely to get kidney stones.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("gallstones", "female sex"),
        ("gallstones", "age over 50"),
    }


def test_a_term_and_its_definition_give_the_term(tmp_path: Path) -> None:
    text = (
        "# Nephritis\n\nThe signs and symptoms of nephritis include\n\n"
        "- hematuria: blood in the urine\n- edema: swelling of the legs\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("nephritis", "hematuria"),
        ("nephritis", "edema"),
    }


def test_complications_are_no_symptoms(tmp_path: Path) -> None:
    text = (
        "# Emphysema\n\nEmphysema can lead to serious health problems, such as heart failure "
        "and stroke. Blood clots can cause a heart attack or stroke. Cystic fibrosis can "
        "cause digestive problems, such as constipation.\n"
    )
    # the problems of one organ are symptoms, even of a type the lexicon files as a complication
    assert of_markdown(tmp_path, text, SYMPTOM) == {("cystic fibrosis", "constipation")}


def test_a_cause_cut_before_its_clause_gives_nothing(tmp_path: Path) -> None:
    text = (
        "# Vasculitis\n\nPurpura is caused by an abnormal immune response in which the body "
        "attacks its own vessels. Many different kinds of diseases can cause swelling.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == set()


def test_a_bare_body_noun_standing_for_an_organ_is_no_cause(tmp_path: Path) -> None:
    text = (
        "# Goiter\n\nThe thyroid gland sits in the neck. Enlargement of the gland can cause "
        "symptoms such as coughing or hoarseness.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == set()


def test_an_adjective_shared_by_body_parts_keeps_the_list_whole(tmp_path: Path) -> None:
    text = (
        "# Amyloidosis\n\nSigns of amyloidosis also may include an enlarged liver, spleen, "
        "or tongue.\n"
    )
    facts = of_markdown(tmp_path, text, SYMPTOM)
    assert ("amyloidosis", "enlarged liver, spleen, or tongue") in facts
    assert not any(o in ("spleen", "tongue") for _, o in facts)


def test_symptoms_as_the_subject_of_a_copula(tmp_path: Path) -> None:
    text = (
        "# Anemia\n\nFatigue and shortness of breath are common symptoms of anemia. "
        "What are the signs of anemia? These spots are signs of other conditions.\n"
    )
    assert of_markdown(tmp_path, text, SYMPTOM) == {
        ("anemia", "fatigue"),
        ("anemia", "shortness of breath"),
    }


def test_inline_items_complete_an_if_you_lead_in(tmp_path: Path) -> None:
    # each item finishes "if you": a state is a factor, a clause ("work in a bakery") none
    text = (
        "# Asthma\n\nAsthma is common. You are at greater risk if you - are a smoker - work in "
        "a bakery - have a parent with asthma - are overweight.\n"
    )
    assert of_markdown(tmp_path, text, RISK) == {
        ("asthma", "smoking"),
        ("asthma", "parent with asthma"),
        ("asthma", "overweight"),
    }


def test_member_lines_without_bullets_or_stops_are_list_items(tmp_path: Path) -> None:
    # a page converted from HTML: each member on a line of its own, no bullet, no full stop
    text = (
        "# Polycythemia vera\n\nPolycythemia vera (PV) is a rare blood disease. It thickens "
        "the blood.\n\nThe signs and symptoms of PV include:\n\n"
        "Headaches, dizziness, and weakness\n\nA feeling of fullness on the left side of the "
        "belly due to a large spleen (an organ in the belly)\n\nDouble or blurred vision\n\n"
        "Excessive sweating\n\nIn rare cases, people who have PV may have pain in their "
        "bones.\n\nFever\n"
    )
    facts = of_markdown(tmp_path, text, SYMPTOM)
    # a line listing known symptoms gives each; another keeps its words
    assert {
        ("polycythemia vera", "headache"),
        ("polycythemia vera", "dizziness"),
        ("polycythemia vera", "weakness"),
        ("polycythemia vera", "double or blurred vision"),
        ("polycythemia vera", "excessive sweating"),
    } <= facts
    # the line after the prose paragraph is no member
    assert ("polycythemia vera", "fever") not in facts


def test_member_lines_under_a_risk_lead_in_are_factors(tmp_path: Path) -> None:
    text = (
        "# Peripheral artery disease\n\nPeripheral artery disease narrows the leg arteries. "
        "Older age also is a risk factor for P.A.D.\n\n"
        "Several conditions can raise your risk of P.A.D., including:\n\nDiabetes\n\n"
        "High blood pressure\n\nTreatment Options And Outlook\n"
    )
    # "also" is no part of the factor; a title-case heading line is no member
    assert of_markdown(tmp_path, text, RISK) == {
        ("peripheral artery disease", "older age"),
        ("peripheral artery disease", "diabetes"),
        ("peripheral artery disease", "hypertension"),
    }
