"""Prognostic factors read from an outcome clause: the group it speaks of ("People with A have a
poorer outlook"), its condition ("can be fatal if not treated", "With proper care, ..."), care
given early ("Early treatment lowers the risk of complications"), a comparison of timing ("The
sooner ..., the better ..."); and the clauses that name no factor."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import draft_pairs, extract, of_markdown

from trainer.domain import Relation as R

GOUT = "# What is (are) Gout ?\n\n"


def _read(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return of_markdown(tmp_path, GOUT + text, R.PROGNOSTIC_FACTOR)


def test_a_group_with_a_finding_and_its_outcome(tmp_path: Path) -> None:
    text = (
        "People with kidney stones usually have poorer outcomes than other people.\n\n"
        "Patients with gout who are overweight tend to have a worse outlook.\n\n"
        "Persons with weak immunity caused by steroid use (for example, after a transplant), "
        "liver failure, or obesity appear to develop more severe disease.\n"
    )
    # "appear to develop": the writer's doubt, so those three are drafts, not cards
    assert _read(tmp_path, text) == {
        ("gout", "kidney stones (poorer prognosis)"),
        ("gout", "overweight (poorer prognosis)"),
    }


def test_an_outcome_more_likely_in_a_group_is_one_joint_condition(tmp_path: Path) -> None:
    text = (
        "Poor outcomes are more likely in people who have joint damage and show little "
        "benefit.\n"
    )
    assert _read(tmp_path, text) == {("gout", "joint damage and little benefit (poorer prognosis)")}


def test_a_negated_hedged_or_compared_group_gives_nothing(tmp_path: Path) -> None:
    text = (
        "Patients with anemia do not have a worse outlook.\n\n"
        "Patients who received allopurinol had better survival than those given a placebo.\n\n"
        "People with gout caused by diet may be treated with diet alone, while diet with drugs "
        "has a better outcome for people with gout caused by kidney disease.\n"
    )
    assert _read(tmp_path, text) == set()


def test_untreated_disease_that_can_be_fatal(tmp_path: Path) -> None:
    text = (
        "Gout is a serious disease that can be fatal if not diagnosed and treated.\n\n"
        "If not treated properly, gout can lead to early death.\n\n"
        "Left untreated, gout is usually life-threatening.\n"
    )
    # ("not treated properly": how well care is given, a draft; see the test below)
    assert _read(tmp_path, text) == {
        ("gout", "not diagnosed and treated (poorer prognosis)"),
        ("gout", "untreated disease (poorer prognosis)"),  # the bare lack of care, named once
    }


def test_untreated_said_of_something_else_or_rarely_fatal_gives_nothing(tmp_path: Path) -> None:
    text = (
        "Left untreated, blockages of the ducts can be fatal.\n\n"
        "Gout is rarely fatal if not treated.\n"
    )
    assert _read(tmp_path, text) == set()


def test_care_given_early_or_properly(tmp_path: Path) -> None:
    text = (
        "Early diagnosis and treatment of gout can reduce or even prevent joint damage.\n\n"
        "The sooner treatment begins, the better your chances of recovery.\n\n"
        "With proper care, most people who have it can enjoy a good quality of life.\n\n"
        "Most patients have good outcomes with an early diagnosis and complete treatment.\n\n"
        "Patients who are diagnosed early recover quickly.\n"
    )
    assert _read(tmp_path, text) == {
        ("gout", "early diagnosis and treatment (better prognosis)"),
        ("gout", "early treatment (better prognosis)"),
        ("gout", "proper care (better prognosis)"),
        ("gout", "early diagnosis and complete treatment (better prognosis)"),
        ("gout", "early diagnosis (better prognosis)"),
    }


def test_care_in_general_or_a_drug_gives_nothing(tmp_path: Path) -> None:
    text = (
        "Treatment lowers the risk of complications.\n\n"
        "Early colchicine lowers the risk of complications.\n\n"
        "Early treatment does not lower the risk of complications.\n"
    )
    assert _read(tmp_path, text) == set()


def test_a_cue_noun_and_an_outcome_open_a_list_of_factors(tmp_path: Path) -> None:
    text = (
        "Things that affect survival include the number of joints involved, the level of uric "
        "acid, and age at diagnosis.\n\n"
        "Certain things can change your outlook. These include:\n\n"
        "- the number of attacks a year\n"
        "- your general health\n"
    )
    assert _read(tmp_path, text) == {
        ("gout", "number of joints involved"),
        ("gout", "level of uric acid"),
        ("gout", "age at diagnosis"),
        ("gout", "number of attacks a year"),
        ("gout", "general health"),
    }


def test_the_disease_the_care_is_for_is_left_out_and_an_adverb_is_no_group(
    tmp_path: Path,
) -> None:
    text = (
        "Early treatment for gout can improve your chances of recovery.\n\n"
        "Most children who completely recover can return to their usual diet.\n"
    )
    assert _read(tmp_path, text) == {("gout", "early treatment (better prognosis)")}


def test_how_well_treatment_works_by_when_it_starts(tmp_path: Path) -> None:
    text = (
        "Treatment is more likely to be effective if started early in the course of disease.\n\n"
        "Treatment is most effective if started in the first two days of symptoms.\n\n"
        "Treatment works best when gout is diagnosed early.\n"
    )
    assert _read(tmp_path, text) == {
        ("gout", "early treatment (better prognosis)"),
        ("gout", "treatment started in the first two days of symptoms (better prognosis)"),
        ("gout", "early diagnosis (better prognosis)"),
    }


def test_another_diseases_treatment_or_a_drug_by_its_timing_gives_nothing(
    tmp_path: Path,
) -> None:
    text = (
        "Cancer treatment is usually more effective when the doctor finds the disease early.\n\n"
        "This medicine is most effective when taken within the first 12 hours of an attack.\n\n"
        "Treatment is not more effective if started early.\n"
    )
    assert _read(tmp_path, text) == set()


def test_the_outlook_with_its_direction_and_condition(tmp_path: Path) -> None:
    text = (
        "The outlook is better when the disease is found early.\n\n"
        "The prognosis is generally poorer for people who have kidney stones.\n\n"
        "The outlook is good for most people.\n"
    )
    assert _read(tmp_path, text) == {
        ("gout", "early diagnosis (better prognosis)"),
        ("gout", "kidney stones (poorer prognosis)"),
    }


def test_remission_in_a_group_and_care_after_a_connective(tmp_path: Path) -> None:
    text = (
        "People who have a single attack usually have remission.\n\n"
        "People who have the disease often have remission within 3 years.\n\n"
        "However, with proper care, most people who have it can enjoy a good quality of life.\n\n"
        "Gout can be fatal without treatment.\n"
    )
    assert _read(tmp_path, text) == {
        ("gout", "single attack (better prognosis)"),
        ("gout", "proper care (better prognosis)"),
        ("gout", "untreated disease (poorer prognosis)"),
    }


def test_a_trial_arms_survival_or_another_illness_recovering_gives_nothing(
    tmp_path: Path,
) -> None:
    text = (
        "In the trial, patients with stage III gout had better survival with surgery than "
        "with diet.\n\n"
        "Most people who have the flu recover in a week.\n\n"
        "Children with gout usually have a good outlook.\n"
    )
    assert _read(tmp_path, text) == set()


def test_lead_ins_worded_another_way_open_a_list_of_factors(tmp_path: Path) -> None:
    text = (
        "Things that affect survival include:\n\n"
        "- the stage of the disease\n"
        "- the number of joints involved\n\n"
        "Factors that may influence your outcome are:\n\n"
        "- your age\n"
        "- the level of uric acid\n"
    )
    assert _read(tmp_path, text) == {
        ("gout", "stage of the disease"),
        ("gout", "number of joints involved"),
        ("gout", "age"),
        ("gout", "level of uric acid"),
    }


def test_untreated_with_a_pronoun_a_timing_or_a_second_outcome(tmp_path: Path) -> None:
    text = (
        "Advanced gout can be fatal if it's not treated right away.\n\n"
        "Gout may be deadly if it is not properly treated.\n\n"
        "Gout can be fatal or leave lasting harm, such as kidney failure, if it is not treated "
        "quickly.\n"
    )
    assert _read(tmp_path, text) == {
        ("gout", "not treated right away (poorer prognosis)"),
        ("gout", "not treated quickly (poorer prognosis)"),
    }


def test_untreated_outcome_of_another_thing_or_denied_gives_nothing(tmp_path: Path) -> None:
    text = (
        "A blocked duct can be fatal if it's not treated right away.\n\n"
        "Gout is seldom fatal, even if it's not treated right away.\n\n"
        "Gout is not fatal or harmful, but it hurts, if it is not treated.\n"
    )
    assert _read(tmp_path, text) == set()


def test_care_with_two_verbs_of_one_damage(tmp_path: Path) -> None:
    text = (
        "Prompt treatment for gout can prevent or limit damage to the joints.\n\n"
        "Early care may limit or slow joint damage.\n"
    )
    assert _read(tmp_path, text) == {
        ("gout", "prompt treatment (better prognosis)"),
        ("gout", "early care (better prognosis)"),
    }


def test_care_with_two_verbs_denied_or_general_gives_nothing(tmp_path: Path) -> None:
    text = (
        "Early treatment cannot prevent or limit joint damage.\n\n"
        "Treatment can prevent or limit damage to the joints.\n"
    )
    assert _read(tmp_path, text) == set()


def _cards_and_drafts(tmp_path: Path, text: str) -> tuple[set[tuple[str, str]], set[str]]:
    p = tmp_path / "page.md"
    p.write_text(GOUT + text, encoding="utf-8")
    found = [f for f in extract(p, min_confidence=0.0) if f.relation is R.PROGNOSTIC_FACTOR]
    cards = {(f.subject, f.object) for f in found if f.confidence >= 0.5}
    return cards, {f.object for f in found if f.confidence < 0.5}


def test_an_outcome_with_its_direction_first_and_its_factors_after(tmp_path: Path) -> None:
    cards, _ = _cards_and_drafts(
        tmp_path,
        "Better survival in gout has been associated with an age younger than 50 years, "
        "complete remission rather than partial remission, and normal kidney function.\n\n"
        "Poor outcomes in gout are linked to heavy drinking.\n",
    )
    assert cards == {
        ("gout", "age younger than 50 years (better prognosis)"),
        ("gout", "complete remission rather than partial remission (better prognosis)"),
        ("gout", "normal kidney function (better prognosis)"),
        ("gout", "heavy drinking (poorer prognosis)"),
    }


def test_an_outcome_whose_owner_is_unnamed_is_a_draft_and_a_denied_one_nothing(
    tmp_path: Path,
) -> None:
    cards, drafts = _cards_and_drafts(
        tmp_path, "Favorable survival after relapse has been associated with younger age.\n"
    )
    assert not cards and "younger age (better prognosis)" in drafts
    cards, drafts = _cards_and_drafts(
        tmp_path,
        "Better survival in gout is not associated with diet.\n\n"
        "Studies are looking at whether poor outcomes in gout are linked to diet.\n",
    )
    assert not cards and not drafts


def test_a_sentence_naming_no_condition_after_another_one_is_not_the_pages(
    tmp_path: Path,
) -> None:
    # the paragraph speaks of another condition: whose recovery the timing is about is not
    # the page's
    text = (
        "If you have a stroke, you may be given a clot-busting medicine. It must be given "
        "quickly. The sooner treatment begins, the better your chances of recovery.\n\n"
        "Pneumonia can follow a flu. The earlier doctors treat it, the better the outcome.\n\n"
        "A heart attack needs emergency care. Early treatment improves the chances of "
        "survival.\n"
    )
    assert _read(tmp_path, text) == set()


def test_a_sentence_naming_no_condition_after_the_pages_own(tmp_path: Path) -> None:
    text = (
        "A gout attack can be treated at home. The sooner treatment begins, the better your "
        "chances of recovery.\n\n"
        "Some people relapse years after treatment. Most patients have good outcomes with "
        "an early diagnosis and complete treatment.\n"
    )
    assert _read(tmp_path, text) == {
        ("gout", "early treatment (better prognosis)"),
        ("gout", "early diagnosis and complete treatment (better prognosis)"),
    }


def test_an_uncompared_group_with_another_illness_has_its_own_outlook(tmp_path: Path) -> None:
    # nothing sets these groups beside others: each outlook is the group's own illness's
    text = (
        "Children with asthma usually have a good outlook.\n\n"
        "Most people who have pneumonia have a good prognosis.\n\n"
        "Adults with hepatitis C infection often have a poor outlook.\n\n"
        "Patients with heart disease generally have a favorable outcome.\n"
    )
    assert _read(tmp_path, text) == set()


def test_a_compared_group_or_the_pages_own_patients_give_a_factor(tmp_path: Path) -> None:
    text = (
        "Children with asthma usually have a poorer outlook than other children.\n\n"
        "People with gout who have hepatitis C have a poor outlook.\n\n"
        "Patients who develop kidney failure have a poor prognosis.\n"
    )
    found = _read(tmp_path, text)
    assert ("gout", "asthma (poorer prognosis)") in found
    assert ("gout", "hepatitis C (poorer prognosis)") in found
    assert ("gout", "kidney failure (poorer prognosis)") in found


def test_untreated_told_only_by_how_well_care_is_given_is_a_draft(tmp_path: Path) -> None:
    # "correctly", "properly", "adequately": how well the care is given names nothing a reader
    # could look for in a patient; when or whether care is given is a factor (cards above)
    text = (
        "Gout is a serious illness that can be fatal if not treated correctly, even in healthy "
        "people.\n\n"
        "If they are not adequately treated, gout attacks can become life-threatening.\n\n"
        "Gout may prove deadly if it is not properly treated.\n\n"
        "Severe gout can be fatal if it is not appropriately treated.\n"
    )
    assert _read(tmp_path, text) == set()
    found = extract_drafts(tmp_path, GOUT + text)
    assert ("gout", "not treated correctly (poorer prognosis)") in found
    assert ("gout", "not properly treated (poorer prognosis)") in found


def test_untreated_told_by_timing_or_by_the_diagnosis_keeps_its_card(tmp_path: Path) -> None:
    text = (
        "Gout can be fatal if it is not treated promptly.\n\n"
        "Gout can be fatal if not diagnosed in time.\n"
    )
    assert _read(tmp_path, text) == {
        ("gout", "not treated promptly (poorer prognosis)"),
        ("gout", "not diagnosed in time (poorer prognosis)"),
    }


def extract_drafts(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    p = tmp_path / "page.md"
    p.write_text(text, encoding="utf-8")
    return draft_pairs(extract(p, min_confidence=0.0), R.PROGNOSTIC_FACTOR)
