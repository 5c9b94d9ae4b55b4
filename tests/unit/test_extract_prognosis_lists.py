"""Prognostic factors from a "the prognosis depends on the following" list run into one line:
items asked as questions are factors in their own words, a set phrasing of the disease's state
becomes a noun phrase, the lead-in may say "upon", the list a sentence about treatment options
introduces gives no prognostic factor, and the disease is the sentence's own or the one a
section heading asks the outlook of."""

from __future__ import annotations

from pathlib import Path

from extract_helpers import of_markdown, of_text

from trainer.domain import Relation as R

MELANOMA = "# What is (are) Melanoma ?\n\n"


def test_items_asked_as_questions_are_factors(tmp_path: Path) -> None:
    text = (
        "The prognosis depends on the following: - The size of the tumor. - Whether the tumor "
        "can be removed by surgery. - How fast the tumor cells grow. - Whether the cancer is "
        "recurrent or progressive.\n"
    )
    assert of_markdown(tmp_path, MELANOMA + text, R.PROGNOSTIC_FACTOR) == {
        ("melanoma", "size of the tumor"),
        ("melanoma", "whether the tumor can be removed by surgery"),
        ("melanoma", "how fast the tumor cells grow"),
        ("melanoma", "recurrent or progressive disease"),
    }


def test_a_long_rambling_item_is_left_out(tmp_path: Path) -> None:
    text = (
        "The prognosis depends on the following: - The stage of the cancer. - Whether the cancer "
        "has spread and where it is now and how it is treated by the doctors here.\n"
    )
    assert of_markdown(tmp_path, MELANOMA + text, R.PROGNOSTIC_FACTOR) == {
        ("melanoma", "stage of the cancer")
    }


def test_a_treatment_options_list_gives_no_prognostic_factor(tmp_path: Path) -> None:
    text = (
        "Certain factors affect the prognosis. Treatment options depend on the following: "
        "- The stage of the cancer. - Whether the spleen is enlarged.\n"
    )
    assert of_markdown(tmp_path, MELANOMA + text, R.PROGNOSTIC_FACTOR) == set()


def test_depends_upon(tmp_path: Path) -> None:
    text = "For adults, the prognosis is dependent upon the age at onset.\n"
    assert of_text(tmp_path, text, R.PROGNOSTIC_FACTOR, heading="# Asthma\n\n") == {
        ("asthma", "age at onset")
    }


def test_a_disease_in_a_sentence_run_into_this_one_is_not_the_subject(tmp_path: Path) -> None:
    text = (
        "Children are also checked for diabetes.The prognosis depends upon the severity of "
        "the attacks.\n"
    )
    assert of_text(tmp_path, text, R.PROGNOSTIC_FACTOR, heading="# Asthma\n\n") == {
        ("asthma", "severity of the attacks")
    }


def test_the_disease_of_an_outlook_heading(tmp_path: Path) -> None:
    text = (
        "# Tumours of the head\n\n## What is the outlook for Sinus and Nose Cancer ?\n\n"
        "The prognosis depends on the following: - The size of the tumor. - The patients age "
        "and general health. - Whether the cancer has just been diagnosed or has come back.\n"
    )
    assert of_markdown(tmp_path, text, R.PROGNOSTIC_FACTOR) == {
        ("sinus and nose cancer", "size of the tumor"),
        ("sinus and nose cancer", "age"),
        ("sinus and nose cancer", "general health"),
        ("sinus and nose cancer", "newly diagnosed or recurrent disease"),
    }


def test_a_listed_item_longer_than_an_inline_factor_is_one_factor(tmp_path: Path) -> None:
    text = (
        "The prognosis depends on the following: - The number of immature white cells and "
        "platelets in the blood. - The kind of skin layer the tumor is in. - The part of the "
        "body where the melanoma first formed and its thickness. - The age of the patient.\n"
    )
    assert of_markdown(tmp_path, MELANOMA + text, R.PROGNOSTIC_FACTOR) == {
        ("melanoma", "number of immature white cells and platelets in the blood"),
        ("melanoma", "kind of skin layer"),  # "the tumor is in" only points back
        ("melanoma", "part of the body where the melanoma first formed and its thickness"),
        ("melanoma", "age"),
    }


def test_a_listed_item_with_a_clause_or_a_bare_category_is_no_factor(tmp_path: Path) -> None:
    text = (
        "The prognosis depends on the following: - The stage of the cancer. - The doctor will "
        "talk with the family about the many other things that matter. - Other factors that "
        "doctors take into account before each new treatment. - The specific type.\n"
    )
    assert of_markdown(tmp_path, MELANOMA + text, R.PROGNOSTIC_FACTOR) == {
        ("melanoma", "stage of the cancer")
    }


def test_a_long_question_of_two_places_each_with_to_is_kept(tmp_path: Path) -> None:
    text = (
        "The prognosis depends on the following: - The stage of the cancer. - Whether the "
        "cancer has spread to the lymph nodes near the tumor or to the lungs at the time of "
        "diagnosis.\n"
    )
    assert of_markdown(tmp_path, MELANOMA + text, R.PROGNOSTIC_FACTOR) == {
        ("melanoma", "stage of the cancer"),
        ("melanoma", "whether the cancer has spread to the lymph nodes near the tumor or to the "
                     "lungs at the time of diagnosis"),
    }


def test_the_time_between_two_events_is_one_factor(tmp_path: Path) -> None:
    for text, span in (
        ("The prognosis depends on the thickness of the tumor, the patient's age and the time "
         "between the first symptoms and treatment.\n",
         "time between the first symptoms and treatment"),
        ("The prognosis depends on the patient's age, the gap between the first symptoms and "
         "diagnosis, and overall health.\n", "gap between the first symptoms and diagnosis"),
        ("The prognosis depends on the stage of the cancer, the interval between surgery and "
         "radiation therapy, and the patient's general health.\n",
         "interval between surgery and radiation therapy"),
    ):
        found = of_markdown(tmp_path, MELANOMA + text, R.PROGNOSTIC_FACTOR)
        assert ("melanoma", span) in found, text
        ends = span.split(" between ")[1].split(" and ")
        assert not any(("melanoma", end) in found for end in ends), text


def test_a_list_without_between_is_still_split(tmp_path: Path) -> None:
    text = "The prognosis depends on the stage of the cancer and the patient's age.\n"
    assert of_markdown(tmp_path, MELANOMA + text, R.PROGNOSTIC_FACTOR) == {
        ("melanoma", "stage of the cancer"),
        ("melanoma", "age"),
    }


def test_a_denied_dependence_gives_no_factor(tmp_path: Path) -> None:
    for text in (
        "The outlook does not depend on the patient's age.\n",
        "The prognosis doesn't really depend on the thickness of the tumor.\n",
        "The prognosis of melanoma does not depend on the number of moles.\n",
        "The outlook never depends on the person's sex.\n",
    ):
        assert of_markdown(tmp_path, MELANOMA + text, R.PROGNOSTIC_FACTOR) == set(), text


def test_a_factor_set_aside_after_the_list_is_not_read(tmp_path: Path) -> None:
    for text in (
        "The prognosis depends on the patient's age and not on the number of moles.\n",
        "The prognosis depends on the patient's age, not on the number of moles.\n",
        "The prognosis depends on the patient's age rather than on the number of moles.\n",
    ):
        assert of_markdown(tmp_path, MELANOMA + text, R.PROGNOSTIC_FACTOR) == {
            ("melanoma", "age")
        }, text


def test_a_not_inside_a_factor_is_kept(tmp_path: Path) -> None:
    text = ("The prognosis depends on whether the tumor has spread and whether the patient does "
            "not smoke.\n")
    assert of_markdown(tmp_path, MELANOMA + text, R.PROGNOSTIC_FACTOR) == {
        ("melanoma", "whether the tumor has spread"),
        ("melanoma", "whether the patient does not smoke"),
    }


def test_measures_joined_by_and_are_one_factor_each(tmp_path: Path) -> None:
    text = (
        "# Varnoma\n\nVarnoma is a cancer of the eye. Varnoma is rare.\n\n## What is the "
        "outlook for Varnoma ?\n\nThe prognosis depends on the following: - The size "
        "and thickness of the tumor. - The patient's age and general health. - Early diagnosis "
        "and treatment.\n"
    )
    found = {obj for _, obj in of_markdown(tmp_path, text, R.PROGNOSTIC_FACTOR)}
    assert {"size of the tumor", "thickness of the tumor", "age", "general health"} <= found
    assert "age and general health" not in found
