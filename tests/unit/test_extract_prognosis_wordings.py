"""Prognosis stated in the general shapes pages use, each in several wordings, and the
near-misses that must give nothing: a survival figure, a trial's arms, research into whether a
factor matters, a negation, another disease's outlook."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import extract, of_markdown

from trainer.domain import Relation as R

KIDNEY = "# What is (are) Kidney Cancer ?\n\n"
GOUT = "# What is (are) Gout ?\n\n"


def _prog(tmp_path: Path, text: str, head: str = KIDNEY) -> set[tuple[str, str]]:
    return of_markdown(tmp_path, head + text + "\n", R.PROGNOSTIC_FACTOR)


def test_depends_on_with_the_list_right_after_the_colon(tmp_path: Path) -> None:
    text = (
        "The chance of recovery depends on: - the grade of the tumor - the type of kidney "
        "cancer - how the tumor responds to treatment"
    )
    assert _prog(tmp_path, text) == {
        ("kidney cancer", "grade of the tumor"),
        ("kidney cancer", "type of kidney cancer"),
        ("kidney cancer", "response to treatment"),
    }


def test_two_factors_each_with_its_own_determiner(tmp_path: Path) -> None:
    text = (
        "Prognosis (outlook, chance of recovery, treatment options) depends on the size of the "
        "tumor and the patient's overall health."
    )
    assert _prog(tmp_path, text) == {
        ("kidney cancer", "size of the tumor"),
        ("kidney cancer", "overall health"),
    }


def test_recovery_or_how_well_a_person_does_depends_on(tmp_path: Path) -> None:
    assert _prog(
        tmp_path, "How well a person does depends on the grade of the tumor and how early it "
        "is found."
    ) == {("kidney cancer", "grade of the tumor"), ("kidney cancer", "how early it is found")}
    assert _prog(
        tmp_path, "Recovery depends on how bad the attacks are and how soon care starts.", GOUT
    ) == {("gout", "how bad the attacks are"), ("gout", "how soon care starts")}
    assert _prog(tmp_path, "Long-term survival depends mainly on the stage at diagnosis.") == {
        ("kidney cancer", "stage at diagnosis")
    }


def test_what_treatment_or_an_operation_depends_on_is_no_prognosis(tmp_path: Path) -> None:
    text = (
        "Treatment depends on the stage of the cancer. Recovery from surgery depends on the "
        "patient's age. The choice of drug depends on the patient's weight."
    )
    assert _prog(tmp_path, text) == set()


def test_a_factor_called_prognostic_by_a_copula(tmp_path: Path) -> None:
    text = (
        "The grade of the tumor is the most important prognostic factor. Lymph node spread "
        "is also an independent predictor of survival. Weight loss at diagnosis is a poor "
        "prognostic sign. A raised calcium level is a sign of a poor prognosis."
    )
    assert _prog(tmp_path, text) == {
        ("kidney cancer", "grade of the tumor"),
        ("kidney cancer", "lymph node spread"),
        ("kidney cancer", "weight loss at diagnosis (poorer prognosis)"),
        ("kidney cancer", "raised calcium level (poorer prognosis)"),
    }


def test_the_copula_turned_round_and_a_predictor_of_relapse(tmp_path: Path) -> None:
    text = (
        "The strongest prognostic factor is the stage of the tumor at diagnosis.\n\n"
        "Tophus size remains one of the best predictors of relapse."
    )
    assert _prog(tmp_path, text.split("\n\n")[0]) == {
        ("kidney cancer", "stage of the tumor at diagnosis")
    }
    assert _prog(tmp_path, text.split("\n\n")[1], GOUT) == {
        ("gout", "tophus size (poorer prognosis)")
    }


def test_predicts_or_is_linked_to_survival(tmp_path: Path) -> None:
    text = (
        "Tumor size predicts survival. A high tumor grade is associated with worse survival. "
        "Small tumors are linked to longer survival."
    )
    assert _prog(tmp_path, text) == {
        ("kidney cancer", "tumor size"),
        ("kidney cancer", "high tumor grade (poorer prognosis)"),
        ("kidney cancer", "small tumors (better prognosis)"),
    }


def test_research_negation_pronouns_and_bare_association_give_nothing(tmp_path: Path) -> None:
    text = (
        "Researchers are studying whether tumor size predicts survival. It is unclear whether "
        "tumor grade is a prognostic factor. Diet is not a prognostic factor. This is a sign "
        "of a poor prognosis. Several factors are prognostic factors. Tumor grade is "
        "associated with survival. In a study of 500 patients, tumor size predicted survival."
    )
    assert _prog(tmp_path, text) == set()


def test_survival_figures_and_trial_arms_give_nothing(tmp_path: Path) -> None:
    text = (
        "The five-year survival rate is about 75 percent. About 7 in 10 patients live at "
        "least five years. Patients given drug A had longer survival than those given drug B."
    )
    assert _prog(tmp_path, text) == set()


def test_a_timing_that_opens_the_sentence_before_a_good_outlook(tmp_path: Path) -> None:
    assert _prog(tmp_path, "When found early, kidney cancer can often be cured.") == {
        ("kidney cancer", "early diagnosis (better prognosis)")
    }
    assert _prog(
        tmp_path, "If kidney cancer is found and treated early, the chance of recovery is good."
    ) == {("kidney cancer", "early diagnosis and treatment (better prognosis)")}
    assert _prog(tmp_path, "If treated promptly, most people recover fully.", GOUT) == {
        ("gout", "early treatment (better prognosis)")
    }


def test_a_timing_before_no_outlook_or_a_negated_timing_gives_nothing(tmp_path: Path) -> None:
    text = (
        "When found early, kidney cancer may be hard to see on scans. If kidney cancer is "
        "found early, surgery is the main treatment. If kidney cancer is not found early, the "
        "outlook is poor."
    )
    assert _prog(tmp_path, text) == set()


def test_what_has_led_to_a_better_prognosis_after_a_clause(tmp_path: Path) -> None:
    text = (
        "Although the illness was once often fatal, early diagnosis has led to a better "
        "prognosis for most people."
    )
    assert _prog(tmp_path, text, GOUT) == {("gout", "early diagnosis (better prognosis)")}


def test_another_diseases_prognosis_keeps_its_own_subject(tmp_path: Path) -> None:
    text = "The prognosis of lung cancer depends on the stage of the tumor."
    assert _prog(tmp_path, text) == {("lung cancer", "stage of the tumor")}


def test_groups_that_do_better_or_worse(tmp_path: Path) -> None:
    text = (
        "Those with kidney stones usually do worse. Patients with low-grade tumors do better. "
        "People who have gout and kidney disease often have a poorer outcome."
    )
    assert _prog(tmp_path, text.rsplit(". ", 1)[0] + ".") == {
        ("kidney cancer", "kidney stones (poorer prognosis)"),
        ("kidney cancer", "low-grade tumors (better prognosis)"),
    }
    assert _prog(tmp_path, text.rsplit(". ", 1)[1], GOUT) == {
        ("gout", "kidney disease (poorer prognosis)")
    }


def test_a_group_doing_better_on_a_treatment_gives_nothing(tmp_path: Path) -> None:
    text = "Patients with small tumors do better with surgery than with radiation."
    assert _prog(tmp_path, text) == set()


def test_what_worsens_or_improves_the_outlook(tmp_path: Path) -> None:
    text = (
        "Bone spread worsens the prognosis. Smoking lowers the chance of recovery. Having "
        "a large tumor makes the outlook worse."
    )
    assert _prog(tmp_path, text) == {
        ("kidney cancer", "bone spread (poorer prognosis)"),
        ("kidney cancer", "smoking (poorer prognosis)"),
        ("kidney cancer", "large tumor (poorer prognosis)"),
    }


def test_a_treatments_result_or_a_trial_is_no_factor(tmp_path: Path) -> None:
    text = (
        "Adding radiation to surgery improves survival. In the trial, weight loss lowered "
        "survival. Combining two drugs improves the outlook for some patients."
    )
    assert _prog(tmp_path, text) == set()


def test_a_disease_more_severe_in_a_group(tmp_path: Path) -> None:
    assert _prog(tmp_path, "Gout is usually more severe in people who drink alcohol.", GOUT) == {
        ("gout", "drink alcohol (poorer prognosis)")
    }
    assert _prog(
        tmp_path, "It may be particularly severe in people who are also infected with HIV.", GOUT
    ) == {("gout", "HIV infection (poorer prognosis)")}
    assert _prog(
        tmp_path, "People who are overweight are more likely to have severe gout.", GOUT
    ) == {("gout", "overweight (poorer prognosis)")}


def test_a_qualified_form_or_a_comparison_of_sexes_is_not_the_pages_disease(
    tmp_path: Path,
) -> None:
    text = (
        "Tophaceous gout may be more severe in people who have kidney disease. Gout tends to "
        "be more severe in men than in women."
    )
    assert _prog(tmp_path, text, GOUT) == set()


def test_a_long_question_listing_places_is_one_factor(tmp_path: Path) -> None:
    text = (
        "The prognosis depends on the following: - Whether the tumor has spread to the fat "
        "around the kidney, to the adrenal gland, or to other parts of the body. - The stage "
        "of the cancer."
    )
    assert _prog(tmp_path, text) == {
        ("kidney cancer", "whether the tumor has spread to the fat around the kidney, to the "
         "adrenal gland, or to other parts of the body"),
        ("kidney cancer", "stage of the cancer"),
    }


def test_medicines_progress_is_no_factor_of_a_patient(tmp_path: Path) -> None:
    text = "Better scans and early diagnosis have led to a better prognosis for most people."
    assert _prog(tmp_path, text, GOUT) == {("gout", "early diagnosis (better prognosis)")}


COPD = "# What is (are) COPD ?\n\n"


def _draft_pairs(tmp_path: Path, text: str, head: str = KIDNEY) -> set[tuple[str, str]]:
    """Readings held back below the card threshold with an ``uncertain: <reason>`` flag."""
    p = tmp_path / "page.md"
    p.write_text(head + text + "\n", encoding="utf-8")
    return {(f.subject, f.object) for f in extract(p, min_confidence=0.0)
            if f.relation is R.PROGNOSTIC_FACTOR and f.confidence < 0.5
            and any(flag.startswith("uncertain: ") for flag in f.flags)}


def test_what_slows_or_hastens_the_course(tmp_path: Path) -> None:
    text = (
        "Quitting smoking slows the progress of gout. Losing weight can slow the progression "
        "of the disease. Heavy drinking speeds up the progression of gout."
    )
    assert _prog(tmp_path, text, GOUT) == {
        ("gout", "quitting smoking (better prognosis)"),
        ("gout", "losing weight (better prognosis)"),
        ("gout", "heavy drinking (poorer prognosis)"),
    }


def test_treatment_a_drug_or_another_disease_slowing_the_course_gives_nothing(
    tmp_path: Path,
) -> None:
    text = (
        "Treatment slows the progression of gout. Allopurinol slows the progression of gout. "
        "Quitting smoking slows the progression of lung cancer."
    )
    assert _prog(tmp_path, text, GOUT) == set()


def test_a_disease_that_worsens_if_a_habit_goes_on(tmp_path: Path) -> None:
    assert _prog(
        tmp_path, "COPD is a disease that slowly gets worse, especially if you continue to smoke.",
        COPD,
    ) == {("chronic obstructive pulmonary disease", "continued smoking (poorer prognosis)")}
    assert _prog(tmp_path, "Gout usually worsens if people keep drinking beer.", GOUT) == {
        ("gout", "continued drinking (poorer prognosis)")
    }


def test_what_the_outcome_goes_with_is_a_draft_without_direction(tmp_path: Path) -> None:
    text = (
        "Survival is closely related to the stage at diagnosis. The risk of relapse correlates "
        "with tumor size and grade, with risks ranging from 5% to 30%. The best predictor of "
        "relapse is a scan done after two courses of chemotherapy."
    )
    assert _prog(tmp_path, text) == set()
    assert _draft_pairs(tmp_path, text) == {
        ("kidney cancer", "stage at diagnosis"),
        ("kidney cancer", "tumor size and grade"),
        ("kidney cancer", "scan done after two courses of chemotherapy"),
    }


def test_a_trial_or_another_diseases_risk_goes_with_nothing(tmp_path: Path) -> None:
    text = (
        "In the trial, survival was associated with the dose given. The risk of lung cancer "
        "is related to smoking."
    )
    assert _draft_pairs(tmp_path, text) == set()
    assert _prog(tmp_path, text) == set()


def test_a_rate_of_death_or_survival_that_depends_on_factors(tmp_path: Path) -> None:
    assert _prog(
        tmp_path, "Gout has a death rate of 2 percent in the first year but depends on the "
        "patient's age.", GOUT,
    ) == {("gout", "age")}
    assert _prog(tmp_path, "The survival rate depends on the grade of the tumor.") == {
        ("kidney cancer", "grade of the tumor")
    }


def test_a_rate_beside_what_treatment_depends_on_gives_nothing(tmp_path: Path) -> None:
    text = (
        "The death rate is 10 percent, and treatment depends on the stage. The survival rate "
        "is high. The choice of surgery depends on the tumor size."
    )
    assert _prog(tmp_path, text) == set()


def test_care_that_helps_something_else_than_the_pages_disease(tmp_path: Path) -> None:
    text = (
        "Gout can lead to kidney stones. With prompt and proper treatment, kidney stones can "
        "be successfully treated.\n\nWith proper care, most people who have gout can lead a "
        "normal life."
    )
    assert _prog(tmp_path, text, GOUT) == {("gout", "proper care (better prognosis)")}


def test_an_outlook_that_varies_with_or_is_affected_by_factors(tmp_path: Path) -> None:
    text = (
        "The prognosis for gout varies depending on how often attacks occur. The outlook "
        "varies with the number of joints involved. Prognosis is determined by the extent of "
        "joint damage. The outcome is influenced by age, kidney function and diet."
    )
    assert _prog(tmp_path, text, GOUT) == {
        ("gout", "how often attacks occur"),
        ("gout", "number of joints involved"),
        ("gout", "extent of joint damage"),
        ("gout", "age"),
        ("gout", "kidney function"),
        ("gout", "diet"),
    }


def test_what_varies_or_is_affected_that_is_no_outlook_gives_nothing(tmp_path: Path) -> None:
    text = (
        "Treatment varies depending on the number of joints involved. Symptoms vary with age. "
        "The prognosis is affected by certain factors before and after treatment. The dose is "
        "determined by kidney function."
    )
    assert _prog(tmp_path, text, GOUT) == set()


def test_a_group_that_develops_a_complication_or_gets_care_early(tmp_path: Path) -> None:
    text = (
        "Patients who develop kidney failure have a poor prognosis. The outlook is generally "
        "good for people who receive treatment early. Prognosis is better when treatment "
        "begins early."
    )
    assert _prog(tmp_path, text, GOUT) == {
        ("gout", "kidney failure (poorer prognosis)"),
        ("gout", "early treatment (better prognosis)"),
    }


def test_an_outlook_better_or_worse_in_an_age_group(tmp_path: Path) -> None:
    for text, expected in (
        ("The prognosis is usually good, especially in younger patients.", "younger age (better"),
        ("The outlook is generally better in children than in adults.", "younger age (better"),
        ("Children tend to recover faster than adults.", "younger age (better"),
        ("Younger patients have a better chance of recovery.", "younger age (better"),
        ("Outcomes are poorer in older adults.", "older age (poorer"),
    ):
        assert _prog(tmp_path, text, GOUT) == {("gout", expected + " prognosis)")}, text


def test_an_age_group_in_a_negation_or_a_trial_arm_gives_nothing(tmp_path: Path) -> None:
    text = (
        "The prognosis is not worse in older adults. Survival was lower in adults treated "
        "with drug A. The outlook is good in most cases."
    )
    assert _prog(tmp_path, text, GOUT) == set()


def test_a_feature_of_more_or_less_aggressive_tumors(tmp_path: Path) -> None:
    text = (
        "Tumors that carry the XYZ mutation tend to be more aggressive. Cancers with low "
        "levels of protein Q grow more slowly. The RST fusion is associated with aggressive "
        "disease."
    )
    assert _prog(tmp_path, text) == {
        ("kidney cancer", "XYZ mutation (poorer prognosis)"),
        ("kidney cancer", "low levels of protein Q (better prognosis)"),
        ("kidney cancer", "RST fusion (poorer prognosis)"),
    }


def test_what_raises_or_lowers_the_risk_of_relapse(tmp_path: Path) -> None:
    text = (
        "Having the XYZ mutation increases the risk of relapse. Regular exercise lowers the "
        "risk of the cancer coming back."
    )
    assert _prog(tmp_path, text) == {
        ("kidney cancer", "XYZ mutation (poorer prognosis)"),
        ("kidney cancer", "regular exercise (better prognosis)"),
    }


def test_treatment_lowering_the_risk_of_relapse_or_aggressive_treatment_gives_nothing(
    tmp_path: Path,
) -> None:
    text = (
        "Radiation therapy lowers the risk of relapse. Drug A reduces the risk of death. "
        "Tumors that were treated with surgery grow more slowly."
    )
    assert _prog(tmp_path, text) == set()


def test_a_stage_or_severity_of_the_disease_in_a_groups_name(tmp_path: Path) -> None:
    assert _prog(tmp_path, "Most people with mild gout recover fully.", GOUT) == {
        ("gout", "mild disease (better prognosis)")
    }
    assert _prog(tmp_path, "People with advanced kidney cancer have a poor prognosis.") == {
        ("kidney cancer", "advanced disease (poorer prognosis)")
    }


def test_the_disease_alone_or_a_form_of_it_in_a_groups_name_gives_nothing(
    tmp_path: Path,
) -> None:
    text = "People who have gout usually recover. Most persons with acute gout recover."
    assert _prog(tmp_path, text, GOUT) == set()


def test_a_subset_of_a_group_is_no_factor(tmp_path: Path) -> None:
    text = (
        "In some people with mild gout, the disease may go into remission. Certain patients "
        "with large tumors have a poor outcome."
    )
    assert _prog(tmp_path, text.split(". ")[0] + ".", GOUT) == set()
    assert _prog(tmp_path, text.split(". ")[1]) == set()


def test_a_pronoun_after_a_semicolon_stands_for_the_clause_before(tmp_path: Path) -> None:
    text = (
        "Heavy drinking is a known risk factor for gout; it is also associated with more "
        "severe symptoms in people who have the disease."
    )
    assert _prog(tmp_path, text, GOUT) == {("gout", "heavy drinking (poorer prognosis)")}


def test_a_negated_or_self_referring_clause_after_a_semicolon_gives_nothing(
    tmp_path: Path,
) -> None:
    text = (
        "Obesity is common in gout; it is not associated with worse symptoms. Gout is common "
        "in men; it is associated with more severe disease in older men."
    )
    assert _prog(tmp_path, text, GOUT) == set()


def test_a_lead_in_of_recovery_or_how_well_a_person_does_opens_a_list(tmp_path: Path) -> None:
    for lead in ("Recovery depends on:", "How well a person does depends on:"):
        text = f"{lead}\n\n- the grade of the tumor\n- the patient's age\n"
        assert _prog(tmp_path, text) == {
            ("kidney cancer", "grade of the tumor"),
            ("kidney cancer", "age"),
        }, lead


def test_a_lead_in_that_gives_its_lists_direction(tmp_path: Path) -> None:
    text = (
        "People with kidney cancer have a poorer outlook if they have:\n\n- bone spread\n"
        "- weight loss at diagnosis\n"
    )
    assert _prog(tmp_path, text) == {
        ("kidney cancer", "bone spread (poorer prognosis)"),
        ("kidney cancer", "weight loss at diagnosis (poorer prognosis)"),
    }


def test_what_treatment_depends_on_as_a_list_gives_nothing(tmp_path: Path) -> None:
    text = "Treatment depends on:\n\n- the grade of the tumor\n- the patient's age\n"
    assert _prog(tmp_path, text) == set()
