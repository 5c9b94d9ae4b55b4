"""Prognostic factors stated in running sentences rather than lists: "the prognosis depends on
A and whether B", "A affects the prognosis", "tumors with A have a better prognosis", "tumors
related to A have a worse outlook"; and the sentences that name no factor."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import extract, of_markdown

from trainer.domain import Relation as R

KIDNEY = "# What is (are) Kidney Cancer ?\n\n"


def test_a_factor_and_a_question_joined_by_and_whether(tmp_path: Path) -> None:
    text = (
        "The prognosis (chance of recovery) depends on the size of the tumor and whether the "
        "tumor has spread into the bones.\n"
    )
    assert of_markdown(tmp_path, KIDNEY + text, R.PROGNOSTIC_FACTOR) == {
        ("kidney cancer", "size of the tumor"),
        ("kidney cancer", "whether the tumor has spread into the bones"),
    }


def test_what_affects_the_prognosis_is_a_factor(tmp_path: Path) -> None:
    text = "The grade of the tumor affects the prognosis and the treatment of kidney cancer.\n"
    assert of_markdown(tmp_path, KIDNEY + text, R.PROGNOSTIC_FACTOR) == {
        ("kidney cancer", "grade of the tumor")
    }


def test_what_determines_how_far_one_recovers_is_a_factor(tmp_path: Path) -> None:
    for text, f in (
        ("The size of the tumor determines the extent of recovery.\n", "size of the tumor"),
        ("The depth of invasion influences the degree of recovery.\n", "depth of invasion"),
        ("The patient's age affects the likelihood of recovery.\n", "age"),
    ):
        assert of_markdown(tmp_path, KIDNEY + text, R.PROGNOSTIC_FACTOR) == {
            ("kidney cancer", f)
        }, text


def test_what_determines_a_treatment_or_a_category_of_recovery_is_none(tmp_path: Path) -> None:
    text = (
        "The size of the tumor determines the extent of surgery. Several factors determine the "
        "extent of recovery. Diet does not affect the speed of recovery.\n"
    )
    assert of_markdown(tmp_path, KIDNEY + text, R.PROGNOSTIC_FACTOR) == set()


def test_a_category_a_pronoun_or_a_negation_affecting_the_outlook_is_none(
    tmp_path: Path,
) -> None:
    text = (
        "Certain factors affect prognosis. This affects the outlook. Diet does not affect the "
        "prognosis.\n"
    )
    assert of_markdown(tmp_path, KIDNEY + text, R.PROGNOSTIC_FACTOR) == set()


def test_tumors_with_a_feature_and_their_outcome(tmp_path: Path) -> None:
    text = (
        "Tumors with a low grade have a better prognosis than high-grade tumors.\n\n"
        "Tumors related to smoking have a worse prognosis than other tumors.\n"
    )
    assert of_markdown(tmp_path, KIDNEY + text, R.PROGNOSTIC_FACTOR) == {
        ("kidney cancer", "low grade (better prognosis)"),
        ("kidney cancer", "smoking (poorer prognosis)"),
    }


def test_tumors_with_a_feature_but_no_outcome_give_nothing(tmp_path: Path) -> None:
    text = "Tumors with a low grade grow slowly and are often found early.\n"
    assert of_markdown(tmp_path, KIDNEY + text, R.PROGNOSTIC_FACTOR) == set()


def test_list_questions_with_examples_or_of_sixteen_words_are_kept(tmp_path: Path) -> None:
    text = (
        "The prognosis depends on the following: - Whether the tumor has changes in certain "
        "genes, such as the ABC gene or the XYZ gene. - Whether the patient has a history of "
        "drinking alcohol every day for ten or more years. - The stage of the cancer.\n"
    )
    assert of_markdown(tmp_path, KIDNEY + text, R.PROGNOSTIC_FACTOR) == {
        ("kidney cancer", "whether the tumor has changes in certain genes"),
        ("kidney cancer",
         "whether the patient has a history of drinking alcohol every day for ten or more years"),
        ("kidney cancer", "stage of the cancer"),
    }


def test_cured_if_found_early_is_a_better_prognosis(tmp_path: Path) -> None:
    text = "Kidney cancer can usually be cured if found and treated early.\n"
    assert of_markdown(tmp_path, KIDNEY + text, R.PROGNOSTIC_FACTOR) == {
        ("kidney cancer", "found and treated early (better prognosis)")
    }


def test_not_cured_gives_no_factor(tmp_path: Path) -> None:
    text = "Kidney cancer is not cured if found late.\n"
    assert of_markdown(tmp_path, KIDNEY + text, R.PROGNOSTIC_FACTOR) == set()


def test_what_leads_to_a_better_outcome(tmp_path: Path) -> None:
    text = (
        "Studies show that prompt surgery leads to better outcomes.\n\n"
        "Treatment leads to better outcomes.\n"
    )
    assert of_markdown(tmp_path, KIDNEY + text, R.PROGNOSTIC_FACTOR) == {
        ("kidney cancer", "prompt surgery (better prognosis)")
    }



def _drafts(tmp_path: Path, text: str) -> set[tuple[str, str, float]]:
    """Prognostic readings of a page, those held back below the threshold included."""
    p = tmp_path / "page.md"
    p.write_text(KIDNEY + text, encoding="utf-8")
    return {(f.subject, f.object, f.confidence) for f in extract(p, min_confidence=0.0)
            if f.relation is R.PROGNOSTIC_FACTOR}


def test_what_a_treatments_results_depend_on_is_a_draft_naming_that_outcome(
    tmp_path: Path,
) -> None:
    text = (
        "The results of surgery depend a great deal on tumor size as well as the skill of the "
        "surgeon. The treatment's effectiveness depends on the degree of kidney damage.\n"
    )
    drafts = _drafts(tmp_path, text)
    assert {(s, o) for s, o, _ in drafts} == {
        ("kidney cancer", "tumor size (results of surgery)"),
        ("kidney cancer", "skill of the surgeon (results of surgery)"),
        ("kidney cancer", "degree of kidney damage (treatment effectiveness)"),
    }
    # a factor of the treatment's success, not of the disease's outlook: no card unasked
    assert all(c < 0.5 for _, _, c in drafts)
    assert of_markdown(tmp_path, KIDNEY + text, R.PROGNOSTIC_FACTOR) == set()


def test_a_dependency_in_a_because_clause_ends_at_its_comma(tmp_path: Path) -> None:
    text = (
        "Because the prognosis is so dependent on the stage of the tumor, patients should ask "
        "about the number of operations done.\n"
    )
    assert of_markdown(tmp_path, KIDNEY + text, R.PROGNOSTIC_FACTOR) == {
        ("kidney cancer", "stage of the tumor")
    }


def test_a_hedged_dependency_of_success_gives_nothing(tmp_path: Path) -> None:
    text = "The success of surgery may depend in part on the size of the tumor.\n"
    assert _drafts(tmp_path, text) == set()
