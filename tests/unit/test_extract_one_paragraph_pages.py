"""Patient pages whose whole text is one paragraph, their lists flattened into it with the
line breaks lost ("Symptoms include - A - B - C No one knows why ...").

* the sentence after a flattened list's last item, its full stop lost, is no part of the item;
* a name the page itself calls a germ ("Drellococci are a type of bacteria") causes the
  infection, not a symptom of it.

Every text is written for the test; the condition and germ names are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import TOPIC_PAGE, lowered, of_markdown

from trainer.domain import Relation
from trainer.generator.extract.risk_organisms import is_organism
from trainer.generator.lexicon_load import load_lexicon
from trainer.generator.sentences import _sentence_spans

SYMPTOM = Relation.SYMPTOM_CAUSE
RISK = Relation.RISK_FACTOR

_PAGE = TOPIC_PAGE


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in _sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "last_item", "next_sentence"),
    [
        ("Signs include - Acne - Irritability, crying spells, depression No one knows what "
         "causes it.", "crying spells, depression", "No one knows what causes it."),
        ("People at risk include - Farm workers - People with weak immune systems Brindle "
         "fever is often mild.", "weak immune systems", "Brindle fever is often mild."),
        ("Group A germs cause - Sore throat - Skin sores (impetigo) Group B germs can cause "
         "pneumonia.", "Skin sores (impetigo)", "Group B germs can cause pneumonia."),
        ("Signs include - Thirst - Dizziness and fainting Signs of it in babies include a dry "
         "mouth.", "Dizziness and fainting", "Signs of it in babies include a dry mouth."),
    ],
)
def test_a_sentence_run_into_a_flattened_lists_last_item_is_cut_off(
    text: str, last_item: str, next_sentence: str
) -> None:
    parts = _sentences(text)
    assert parts[0].endswith(last_item), parts
    assert parts[1] == next_sentence, parts


@pytest.mark.parametrize(
    "text",
    [
        # a capital inside an item that no verb takes up is a name, not a new sentence
        "Risk factors include - Travel to West Africa - Living in Group B housing",
        # the list ends with its own full stop: nothing to cut
        "Symptoms include - Fever - Chills. The disease is rare.",
    ],
)
def test_an_item_that_ends_properly_or_holds_a_name_is_kept_whole(text: str) -> None:
    parts = _sentences(text)
    assert parts[0].startswith("Risk factors") or parts[0].endswith("Chills."), parts
    assert len(parts) == (1 if text.startswith("Risk") else 2), parts


def test_the_last_item_of_a_run_on_list_is_a_symptom(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Syndrome",
        p="Brindle syndrome is a group of symptoms that start before a period. Symptoms of "
        "Brindle syndrome include - Breast tenderness - Acne - Bloating - Food cravings No one "
        "knows what causes Brindle syndrome.",
    )
    found = lowered(of_markdown(tmp_path, page, SYMPTOM))
    assert ("brindle syndrome", "food cravings") in found, found
    assert not any("No one" in o for _, o in found), found


def test_the_last_item_of_a_run_on_risk_list_is_a_risk_factor(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Fever",
        p="Brindle Fever is a disease caused by a fungus. Anyone can get it. Other people at "
        "higher risk include - Farm workers - People with weak immune systems Brindle Fever is "
        "often mild, with no symptoms.",
    )
    found = lowered(of_markdown(tmp_path, page, RISK))
    assert ("brindle fever", "weak immune systems") in found, found
    assert not any("mild" in o for _, o in found), found


@pytest.mark.parametrize(
    "paragraph",
    [
        "Drellococci are a type of bacteria that cause serious infections. Drellococci can also "
        "cause other problems, including a serious bloodstream infection called sepsis.",
        "Drell is short for Drellococcus, a type of bacteria. Drell B can cause blood "
        "infections and sepsis in newborns.",
    ],
)
def test_a_germ_the_page_names_as_such_has_no_symptoms(tmp_path: Path, paragraph: str) -> None:
    page = _PAGE.format(t="Drellococcal Infections", p=paragraph)
    found = of_markdown(tmp_path, page, SYMPTOM)
    assert not any(o == "sepsis" for _, o in found), found


def test_a_condition_that_causes_an_infection_keeps_it_as_a_symptom(tmp_path: Path) -> None:
    # the same sentence shape with a condition, not a germ, as its subject
    page = _PAGE.format(
        t="Brindle Syndrome",
        p="Brindle syndrome is a disorder of the immune system. Brindle syndrome can cause "
        "fever, rash and joint pain.",
    )
    found = of_markdown(tmp_path, page, SYMPTOM)
    assert ("brindle syndrome", "fever") in found, found


@pytest.mark.parametrize(
    "lead",
    ["Common BS symptoms include", "Common Brindle syndrome symptoms include",
     "Brindle syndrome symptoms may include"],
)
def test_a_condition_named_before_the_word_symptoms_owns_the_list(tmp_path: Path,
                                                                  lead: str) -> None:
    page = _PAGE.format(
        t="Brindle Syndrome",
        p=f"Brindle syndrome, or BS, is a group of symptoms that start before a period. {lead} "
        "- Breast tenderness - Acne - Food cravings. No one knows what causes BS.",
    )
    found = lowered(of_markdown(tmp_path, page, SYMPTOM))
    assert {("brindle syndrome", "acne"), ("brindle syndrome", "food cravings")} <= found, found


def test_a_lead_in_naming_no_condition_before_the_word_symptoms_gives_nothing(
    tmp_path: Path,
) -> None:
    page = _PAGE.format(
        t="Brindle Syndrome",
        p="Brindle syndrome is a disorder of the joints. Later warning symptoms include - Acne "
        "- Food cravings.",
    )
    found = lowered(of_markdown(tmp_path, page, SYMPTOM))
    assert not any(s == "warning" or s.startswith("later") for s, _ in found), found


def test_they_after_a_sentence_ending_on_symptoms_lists_those_symptoms(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Disorder",
        p="This condition is called Brindle disorder, or BD. Not everyone with BD has the same "
        "symptoms. They include - Fatigue - Changes in weight - Thoughts of death or suicide BD "
        "may be treated with light therapy.",
    )
    found = lowered(of_markdown(tmp_path, page, SYMPTOM))
    assert {("brindle disorder", "fatigue"),
            ("brindle disorder", "thoughts of death or suicide")} <= found, found


def test_they_after_a_sentence_about_something_else_lists_nothing(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Disorder",
        p="Brindle disorder is a type of depression. Doctors use several treatments. They "
        "include - Light therapy - Talk therapy.",
    )
    found = lowered(of_markdown(tmp_path, page, SYMPTOM))
    assert not any("therapy" in o for _, o in found), found


def test_the_groups_a_condition_is_more_likely_in_are_its_risk_factors(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Detachment",
        p="A Brindle detachment lifts the retina from its place. It can occur at any age, but it "
        "is more common in people over age 40. It affects men more than women. A Brindle "
        "detachment is also more likely to occur in people who - Are extremely nearsighted - "
        "Have a family history of Brindle detachment Symptoms include floaters.",
    )
    found = lowered(of_markdown(tmp_path, page, RISK))
    assert {
        ("brindle detachment", "age over 40"),
        ("brindle detachment", "male sex"),
        ("brindle detachment", "extremely nearsighted"),
        ("brindle detachment", "family history of brindle detachment"),
    } <= found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Brindle disease appears to affect men more than women.",
        "Brindle disease appears to be more common in people who - are overweight - smoke",
    ],
)
def test_what_only_appears_to_hold_gives_no_risk_factor(tmp_path: Path, sentence: str) -> None:
    page = _PAGE.format(t="Brindle Disease", p=f"Brindle disease is a kidney disease. {sentence}")
    assert lowered(of_markdown(tmp_path, page, RISK)) == set()


def test_you_are_at_risk_if_you_are_a_state_gives_the_state_not_a_clause(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Sores",
        p="Brindle sores are areas of damaged skin. You are at risk if you are bedridden, "
        "use a wheelchair, or swim in lakes.",
    )
    assert lowered(of_markdown(tmp_path, page, RISK)) == {("brindle sores", "bedridden")}


PHASE = Relation.PHASE_DRUGS


@pytest.mark.parametrize(
    ("paragraph", "drug"),
    [
        ("Brindle fever is an infection. Drellomycin is used to treat Brindle fever.",
         "drellomycin"),
        ("Brindle fever is an infection. Treatment is a strong antibiotic. There is no vaccine.",
         "antibiotic"),
    ],
)
def test_the_drug_a_sentence_says_treats_the_page_disease_is_its_whole_course(
    tmp_path: Path, paragraph: str, drug: str
) -> None:
    page = _PAGE.format(t="Brindle Fever", p=paragraph)
    assert ("overall treatment", drug) in lowered(of_markdown(tmp_path, page, PHASE))


def test_a_drug_used_to_treat_another_disease_is_not_the_pages_course(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Fever",
        p="Brindle fever is an infection. Drellomycin is used to treat severe pneumonia.",
    )
    assert lowered(of_markdown(tmp_path, page, PHASE)) == set()


def test_bare_symptoms_after_a_condition_introduced_in_apposition_are_not_the_topics(
    tmp_path: Path,
) -> None:
    page = _PAGE.format(
        t="Polymyalgia Rheumatica",
        p="Polymyalgia rheumatica is a disorder that causes muscle pain. Polymyalgia rheumatica "
        "sometimes occurs along with giant cell arteritis, a condition that causes swelling of "
        "the arteries in your head. Symptoms include headaches and blurred vision.",
    )
    found = lowered(of_markdown(tmp_path, page, SYMPTOM))
    assert ("polymyalgia rheumatica", "blurred vision") not in found, found
    assert ("polymyalgia rheumatica", "headache") not in found, found


def test_bare_symptoms_after_the_topic_introduced_in_apposition_are_the_topics(
    tmp_path: Path,
) -> None:
    page = _PAGE.format(
        t="Polymyalgia Rheumatica",
        p="Doctors see many older patients with polymyalgia rheumatica, a condition that causes "
        "muscle pain. Symptoms include headaches and blurred vision.",
    )
    found = lowered(of_markdown(tmp_path, page, SYMPTOM))
    assert ("polymyalgia rheumatica", "blurred vision") in found, found


def test_if_you_have_symptoms_they_may_include_lists_the_topics(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Fever",
        p="Brindle Fever is a disease caused by a fungus. Brindle Fever is often mild, with no "
        "symptoms. If you have symptoms, they may include a flu-like illness, with fever, "
        "cough, headache and rash.",
    )
    found = lowered(of_markdown(tmp_path, page, SYMPTOM))
    assert {("brindle fever", "flu-like illness"), ("brindle fever", "fever"),
            ("brindle fever", "rash")} <= found, found


def test_bare_causes_after_a_sentence_on_a_form_of_the_topic_are_that_forms(
    tmp_path: Path,
) -> None:
    page = _PAGE.format(
        t="Brindle Shock",
        p="Brindle shock happens when not enough blood gets to the organs. Watery Brindle shock "
        "happens when you lose a lot of fluid. Causes include internal or external bleeding, "
        "burns, and severe vomiting.",
    )
    found = lowered(of_markdown(tmp_path, page, RISK))
    assert {("watery brindle shock", "internal bleeding"),
            ("watery brindle shock", "burns")} <= found, found
    assert not any(o == "internal" for _, o in found), found


def test_other_causes_after_a_sentence_naming_the_topic_are_the_topics(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Fever",
        p="Brindle fever is a raised temperature. Infections cause most Brindle fevers. There "
        "can be many other causes, including - Heat exhaustion - Autoimmune diseases Treatment "
        "depends on the cause.",
    )
    found = lowered(of_markdown(tmp_path, page, RISK))
    assert {("brindle fever", "heat exhaustion"),
            ("brindle fever", "autoimmune diseases")} <= found, found


def test_bare_causes_after_a_sentence_on_something_else_give_nothing(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Fever",
        p="Brindle fever is a raised temperature. The skin has many layers. Causes include "
        "burns and cuts.",
    )
    assert lowered(of_markdown(tmp_path, page, RISK)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Brindle ulcer is a sore in the stomach. The most common cause of Brindle ulcer is a "
        "shortage of iodine in the diet.",
        "Brindle ulcer is a sore in the stomach. The most common cause is a shortage of iodine "
        "in the diet.",
    ],
)
def test_the_most_common_cause_is_a_risk_factor(tmp_path: Path, text: str) -> None:
    page = _PAGE.format(t="Brindle Ulcer", p=text)
    found = lowered(of_markdown(tmp_path, page, RISK))
    assert ("brindle ulcer", "shortage of iodine in the diet") in found, found


def test_a_variety_of_factors_is_no_factor(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Ulcer",
        p="Brindle ulcer is a sore. Brindle ulcer can be caused by a variety of factors.",
    )
    assert lowered(of_markdown(tmp_path, page, RISK)) == set()


def test_aphasia_is_its_own_condition_not_one_of_its_signs(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Aphasia",
        p="Aphasia is a neurological disorder caused by damage to the brain. Primary signs of the "
        "disorder include difficulty in expressing oneself when speaking, trouble understanding "
        "speech, and difficulty with reading and writing. Although it is primarily seen in "
        "individuals who have suffered a stroke, aphasia can also result from a brain tumor, "
        "head injury, or dementia that affect language-associated regions of the brain.",
    )
    symptoms = lowered(of_markdown(tmp_path, page, SYMPTOM))
    assert {("aphasia", "difficulty in expressing oneself when speaking"),
            ("aphasia", "trouble understanding speech")} <= symptoms, symptoms
    risks = lowered(of_markdown(tmp_path, page, RISK))
    assert {("aphasia", "brain tumor"), ("aphasia", "head injury"),
            ("aphasia", "dementia")} <= risks, risks
    assert not any("word-finding" in s for s, _ in symptoms | risks)


def test_an_aside_in_what_a_condition_results_from_is_no_cause(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Apraxia",
        p="Brindle apraxia is a disorder of the brain. Brindle apraxia results from dysfunction "
        "of the cerebral hemispheres, especially the parietal lobe, and can arise from many "
        "diseases or damage to the brain.",
    )
    risks = lowered(of_markdown(tmp_path, page, RISK))
    assert ("brindle apraxia", "damage to the brain") in risks, risks
    assert not any("parietal" in o for _, o in risks), risks


def test_causes_after_a_pronoun_sentence_are_the_topics_and_a_later_negation_is_not_theirs(
    tmp_path: Path,
) -> None:
    page = _PAGE.format(
        t="Brindle Loss",
        p="Brindle losses are due to natural causes. They can happen before delivery. Causes "
        "include: - Problems with the placenta, the organ that feeds the fetus - Fetal "
        "infections In at least half of all cases, it is not possible to tell why.",
    )
    found = lowered(of_markdown(tmp_path, page, RISK))
    assert {("brindle loss", "problems with the placenta"),
            ("brindle loss", "fetal infections")} <= found, found


def test_a_drug_set_apart_from_those_used_is_not_the_course(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Disease",
        p="Brindle disease is an inflammation of the lungs. Other medicines, besides "
        "prednisone, are used to treat Brindle disease.",
    )
    assert ("overall treatment", "prednisone") not in lowered(of_markdown(tmp_path, page, PHASE))


def test_a_gene_the_drug_source_lists_is_no_drug_before_the_word_gene() -> None:
    lexicon = load_lexicon()
    text = "It is used with fulvestrant in breast cancer that has a mutation in the PIK3CA gene."
    drugs = {m.surface for m in lexicon.find(text) if m.is_kind("drug")}
    assert "fulvestrant" in drugs
    assert "PIK3CA" not in drugs


def test_the_sex_a_condition_most_often_affects_is_a_risk_factor(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Cancer",
        p="Brindle cancer is rare in children. Brindle cancer can occur at any age and most "
        "often affects males.",
    )
    assert ("brindle cancer", "male sex") in lowered(of_markdown(tmp_path, page, RISK))


def test_the_sex_another_condition_most_often_affects_is_not_the_topics(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Disease",
        p="Brindle disease is a group of kidney disorders. PSGN is most common in children, "
        "although it can strike at any age, and it most often affects boys.",
    )
    assert ("brindle disease", "male sex") not in lowered(of_markdown(tmp_path, page, RISK))


def test_a_name_a_gloss_gives_is_read_without_the_word_called(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Cancer",
        p="Brindle cancer is rare. The risk of Brindle cancer is increased in children who have "
        "been exposed to certain chemicals, called aromatic amines.",
    )
    found = lowered(of_markdown(tmp_path, page, RISK))
    assert not any(o.startswith("called") for _, o in found), found


def test_they_after_a_clause_on_people_with_the_condition_are_those_people(
    tmp_path: Path,
) -> None:
    page = _PAGE.format(
        t="Brindle Hypothyroidism",
        p="Affected babies may show no features of the condition, although some babies with "
        "Brindle hypothyroidism are less active than normal. They may have difficulty feeding "
        "and experience constipation.",
    )
    found = lowered(of_markdown(tmp_path, page, SYMPTOM))
    assert {("brindle hypothyroidism", "difficulty feeding"),
            ("brindle hypothyroidism", "constipation")} <= found, found


@pytest.mark.parametrize(
    ("sentence", "factor"),
    [
        ("More women than men get Brindle arthritis.", "female sex"),
        ("It often starts in middle age and is most common in older people.", "older age"),
    ],
)
def test_who_gets_the_condition_most_is_a_risk_factor(
    tmp_path: Path, sentence: str, factor: str
) -> None:
    page = _PAGE.format(t="Brindle Arthritis", p=f"Brindle arthritis is a form of arthritis. "
                        f"{sentence}")
    assert ("brindle arthritis", factor) in lowered(of_markdown(tmp_path, page, RISK))


def test_common_symptoms_are_a_run_in_list(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Thrombosis",
        p="Brindle thrombosis is a blood clot in a deep vein. Common symptoms are - Warmth and "
        "tenderness over the vein - Skin redness Treatment includes medicines.",
    )
    found = lowered(of_markdown(tmp_path, page, SYMPTOM))
    assert {("brindle thrombosis", "warmth and tenderness over the vein"),
            ("brindle thrombosis", "skin redness")} <= found, found


def test_a_sign_felt_in_your_body_part_is_a_member(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Disease",
        p="Brindle disease is an inflammation. Signs and symptoms may include red bumps on your "
        "skin; swollen lymph nodes; or redness in your eyes.",
    )
    found = lowered(of_markdown(tmp_path, page, SYMPTOM))
    assert ("brindle disease", "red bumps on your skin") in found, found


def test_those_symptoms_after_the_symptoms_of_x_are_xs_and_a_series_item_is_split(
    tmp_path: Path,
) -> None:
    page = _PAGE.format(
        t="Brindle Attack",
        p="It's important to know the symptoms of a Brindle attack and call for help. Those "
        "symptoms include - Chest discomfort - pressure, squeezing, or pain - Discomfort in the "
        "upper body - arms, shoulder, neck, back - Nausea, vomiting, dizziness, sweating These "
        "symptoms can also occur in other conditions.",
    )
    found = lowered(of_markdown(tmp_path, page, SYMPTOM))
    assert {("brindle attack", "chest discomfort"), ("brindle attack", "nausea"),
            ("brindle attack", "sweating")} <= found, found
    assert not any("shoulder" in o for _, o in found), found  # a gloss of places


def test_the_following_may_be_signs_of_x_lists_xs_signs(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Stones",
        p="A Brindle stone is a solid piece of material. The following may be signs of Brindle "
        "stones that need a doctor's help: - Blood in your urine - Fever and chills - Vomiting "
        "Your doctor will diagnose a stone with tests.",
    )
    found = lowered(of_markdown(tmp_path, page, SYMPTOM))
    assert {("brindle stones", "vomiting"), ("brindle stones", "fever")} <= found, found


PROGNOSIS = Relation.PROGNOSTIC_FACTOR


@pytest.mark.parametrize(
    "sentence",
    [
        "If untreated, congenital Brindle disease can lead to intellectual disability.",
        "Untreated, congenital Brindle disease may cause permanent severe brain damage.",
    ],
)
def test_a_grave_lasting_outcome_of_the_untreated_disease_is_its_prognostic_factor(
    tmp_path: Path, sentence: str
) -> None:
    page = _PAGE.format(t="Congenital Brindle Disease",
                        p=f"Congenital Brindle disease is a loss of thyroid function. {sentence}")
    found = lowered(of_markdown(tmp_path, page, PROGNOSIS))
    assert ("congenital brindle disease", "untreated disease (poorer prognosis)") in found, found


def test_timely_care_said_to_be_vital_is_a_prognostic_factor(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Infections",
        p="Brindle infections spread quickly and can be fatal. Early diagnosis and treatment are "
        "extremely important. Treatment is important too.",
    )
    found = lowered(of_markdown(tmp_path, page, PROGNOSIS))
    assert ("brindle infections", "early diagnosis and treatment (better prognosis)") in found
    assert not any(o.startswith("treatment") for _, o in found), found


def test_a_labelled_risk_list_under_a_population_named_lead_in_and_link_lines(
    tmp_path: Path,
) -> None:
    page = (
        "# Childhood Brindle Cancer\n\nBrindle cancer is a disease in which cells in the "
        "stomach grow out of control.\n\n## Risk factors\n\nRisk factors for childhood Brindle "
        "cancer include:\n\n- **Atrophic gastritis.** This is an inflammation.\n\n"
        "Learn more about atrophic gastritis.\n- **Hereditary diffuse gastric cancer (HDGC).** "
        "HDGC is a rare, inherited type of cancer.\n"
    )
    found = lowered(of_markdown(tmp_path, page, RISK))
    assert {("brindle cancer", "atrophic gastritis"),
            ("brindle cancer", "hereditary diffuse gastric cancer")} <= found, found


@pytest.mark.parametrize(
    ("sentence", "factors"),
    [
        ("Brindle injuries can occur as a result of shoulder trauma, tumors, or inflammation.",
         {"shoulder trauma", "tumors", "inflammation"}),
        ("Brindle injury commonly occurs as the result of an automobile accident and may include "
         "injury to the joints.", {"automobile accident"}),
    ],
)
def test_what_the_condition_occurs_as_a_result_of_are_its_risk_factors(
    tmp_path: Path, sentence: str, factors: set[str]
) -> None:
    title = "Brindle Injuries" if "injuries" in sentence else "Brindle Injury"
    page = _PAGE.format(t=title, p=f"{title} is damage to the nerves of the neck. {sentence}")
    found = {o for _, o in lowered(of_markdown(tmp_path, page, RISK))}
    assert factors <= found, found
    assert not any("joints" in o for o in found), found


def test_the_most_common_symptoms_include_after_a_sentence_on_the_topic(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Post-Brindle Syndrome",
        p="Post-Brindle syndrome (PBS) is a condition that affects survivors many years after "
        "recovery. PBS is characterized by a further weakening of muscles. The most common "
        "symptoms include slowly progressive muscle weakness, fatigue, and a decrease in muscle "
        "size.",
    )
    found = lowered(of_markdown(tmp_path, page, SYMPTOM))
    assert ("post-brindle syndrome", "fatigue") in found, found


def test_a_determiner_and_a_noun_are_no_germ_and_carry_no_infection(tmp_path: Path) -> None:
    assert not is_organism("The vibrations")
    assert is_organism("Babesia microti")
    page = _PAGE.format(
        t="Brindle Ear Disorders",
        p="Your ear has three parts. The vibrations are transmitted through three tiny bones, "
        "called ossicles, in your middle ear.",
    )
    assert lowered(of_markdown(tmp_path, page, RISK)) == set()


def test_a_type_named_by_its_number_is_the_topics_and_normal_function_is_no_sign(
    tmp_path: Path,
) -> None:
    page = _PAGE.format(
        t="Brindle Syndrome",
        p="Brindle syndrome is an inherited disease. There are three types of Brindle syndrome: "
        "- People with type I are deaf from birth. - People with type II have moderate to "
        "severe hearing loss and normal balance. Vision problems start in the early teens.",
    )
    found = lowered(of_markdown(tmp_path, page, SYMPTOM))
    assert ("brindle syndrome type ii", "moderate to severe hearing loss") in found, found
    assert not any(o.startswith("normal") or s == "type ii" for s, o in found), found


def test_what_causes_one_kind_of_the_topic_is_that_kinds_risk_factor_not_a_symptom(
    tmp_path: Path,
) -> None:
    page = _PAGE.format(
        t="Brindle Shock",
        p="Brindle shock happens when not enough blood gets to the organs. There are several "
        "kinds of Brindle shock. Septic Brindle shock is caused by infections in the "
        "bloodstream. A severe allergic reaction can cause anaphylactic Brindle shock.",
    )
    risks = lowered(of_markdown(tmp_path, page, RISK))
    assert {("septic brindle shock", "infections in the bloodstream"),
            ("anaphylactic brindle shock", "severe allergic reaction")} <= risks, risks
    symptoms = lowered(of_markdown(tmp_path, page, SYMPTOM))
    assert not any(s in ("infections in the bloodstream", "severe allergic reaction")
                   for s, _ in symptoms), symptoms


def test_a_clause_opening_before_the_topic_is_no_kind_of_it(tmp_path: Path) -> None:
    page = _PAGE.format(
        t="Brindle Imperfecta",
        p="Brindle imperfecta is a group of bone disorders. When Brindle imperfecta is caused by "
        "mutations in the CRTAP gene, the bones are brittle.",
    )
    found = lowered(of_markdown(tmp_path, page, RISK))
    assert not any(s.startswith("when") for s, _ in found), found
